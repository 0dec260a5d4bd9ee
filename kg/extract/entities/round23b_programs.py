"""Round 23b (progIA, programs): a named system (…制) put in force, as the object of a programme verb.

`继续实施项目包保责任制` (dev21 鸡西), `严格实行一费制`, `加快推行排污许可制` (dev21), `建立大学校长目标责任制` (dev24: left out, below),
`全面推行优化营商环境指标长制` (dev26 宜春): a system named with the one-character head 制 (GUIDELINES.md: a named system is a
program, its head kept), after a verb that puts it in force (实行, 推行, 实施, 落实, 建立, 健全, 完善, 执行, 推广), was found
only when the lexicon held the exact name (河长制, 河湖长制) or round 8's responsibility rule (`_responsibility` of programs.py)
read it — and that rule leaves out on purpose every 责任制 whose name holds 目标, 包保, 首问 or 一把手 (a bare 目标责任制 names no
system), so a holder's 包保责任制 (项目包保责任制) or 一把手负责制 (招商引资一把手负责制) was lost with the bare one. Any …目标责任制
stays out, with a field too: round 8's tests hold 落实污染减排目标责任制 as no program (tests/test_entities.py), though dev24's gold
lists 大学校长目标责任制 — a convention for the lead to settle, not changed here.
How the golds treat the frame (eval/corpus_samples/entN/round23b_progIA/README.md, gold_vs_text26.py): of the verb + …制 names in
the texts of the program sets, the golds list 23 and leave out 3 (an item of a list, 一口制; a glued 河长制湖长制; 农村人居环境整治
垃圾付费制). Counted on 200 random corpus reports (seed 2312, scan_systems.py): the shape in 166 of the 200 (458 matches), not
found in 97 reports before, in 64 after (most of the rest: …目标责任制, lists with 和, bare roles, forms).

Not: a bare role or target (目标责任制, 工作目标责任制, 岗位履职责任制, 部门牵头负责制, 一把手负责制: no field before the role words), a list or a
phrase (和, 与, 及, 的, 等, 、), a form of ownership, contract or pay (股份制, 股份合作制, 公司制, 承包制, 合同制, 年薪制 …: a way of
organizing, not a programme), 体制, 机制, 编制, 控制, 限制 … (制 not a head), a span any rule read already (of any kind), a bare 承诺制 (round 17c's commitment_systems reads the 承诺制 names).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
# the head 制 at the end of a name (a stop after it); 体制, 机制, 编制, 控制 … end with 制 but are no system's head
HEAD = re.compile(r"(?<![体机编控限抑管税学法建克牵研定压专遏复印绘自节反强牌宪帝改])制(?=”?(?:[，。；、和）)]|$))")
GATE = re.compile(r"(?:实行|推行|实施|落实|建立|健全|完善|执行|推广)[^，。；]{2,16}?(?<![体机编控限抑管税学法建克牵研定压专遏复印绘自节反强牌宪帝改])制(?=”?(?:[，。；、和）)]|$))")
# the verb that puts the system in force (the last one of the clause, read left to right: 实行行政机关… is 实行 + 行政机关…)
VERB = re.compile(r"(?:实行|推行|实施|落实|建立|健全|完善|执行|推广)(?:了|好)?")
STEM = re.compile(rf"[{HAN}“”]{{2,16}}")
# role and target words of a responsibility or leadership system: a name of these words alone names none
ROLE = re.compile(r"(?:党政主要领导|主要领导|行政首长|首长|厂长|经理|行长|校长|院长|层级|任期|市县长|部门|牵头|履职|目标管理|目标考核|目标|包保|包联|首问|一把手|一岗双责|领导|岗位|工作|管理|主体|属地|经营|分工|行政|市长|县长|"
                  r"省长|责任追究|追究|责任|负责|问责)+$")
# a form of ownership, contract, pay or tenure, bare or with two characters before it: a way of organizing, not a programme
# (corpus: 推行股份制, 实行合同制, 审批制); with a field it names a system (企业投资项目核准制, dev22)
FORM = re.compile(rf"^[{HAN}]{{0,2}}(?:股份|股份合作|合作|公司|合伙|承包|租赁|合同|聘任|聘用|年薪|计件|工资|会员|学分|学年|双休|工时|民主集中|"
                  r"所有|全民所有|集体所有|审批|核准|备案|登记|代理|代建|供给|配给|包干|双轨|单轨|轮换|任期|终身)$")  # bare or nearly
NOT_IN = re.compile(r"[和与及的等、制]|覆盖|[一二三四五六七八九十两0-9]+(?:大|项|个|批|件|类)|各项|各级|有关|相关|这|该|"
                    r"实行|推行|实施|落实|建立|健全|完善|执行|推进|深化|加强|加快|严格|全面|进一步|继续|着力|不断|坚持")


def named_systems(s: _Sentence) -> None:
    """Add a named system (…制) after a verb that puts it in force (see the module's doc)."""
    for h in HEAD.finditer(s.text):
        back = s.text[max(0, h.start() - 24):h.start()]
        back = re.split(r"[，。；：:]", back)[-1]
        verbs = list(VERB.finditer(back))
        if not verbs or not STEM.fullmatch(back, verbs[-1].end()):
            continue
        raw = back[verbs[-1].end():]
        close = s.text.startswith("”", h.end())  # 严格实行“一费制”: the whole name quoted
        if raw.count("“") != raw.count("”") + close:
            continue
        if close:  # 药品采购“两票制”: the quoted name alone, as dev20's gold lists 两票制
            raw = raw[raw.rfind("“"):]
        stem = raw.replace("“", "").replace("”", "")
        if len(stem) < 2 or stem == "承诺" or NOT_IN.search(stem) or FORM.match(stem):
            continue
        field = ROLE.sub("", stem) if re.search(r"责任$|负责$|追究$|问责$", stem) else stem
        role = stem[len(field):]
        if len(field) < 2 or "目标" in role:
            continue  # 目标责任制, 一把手负责制: roles with no field; any 目标责任制 (round 8: 污染减排目标责任制 is none)
        if re.fullmatch(r"项目|重点|日常|执行|推进|落实|任务|工作|各项", field) and (field == stem or "工作" in role):
            continue  # 项目工作责任制, 重点工作责任制: a generic field of work (round 8's FIELD_WORK guard)
        a, b = h.start() - len(raw), h.end() + close
        if any(f.start < b and a < f.end for f in s.found):
            continue  # read already (河长制, 安全生产责任制), or a name of another kind crosses it
        s.found.append(_Found("program", stem + "制", a, b, 1))
