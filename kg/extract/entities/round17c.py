"""Round 17c (progS, programs): a short mechanism named by its object and the process it runs (项目推进机制).

_program_ok (programs.py) drops a mechanism of fewer than 7 characters whose stem ends with a generic word (建立协调机制,
完善激励机制: no name). That also dropped the mechanisms named by a concrete object before the process: 建立项目推进机制
(dev17 gold), 完善药品监管机制, 探索股权激励机制, 健全权益保障机制 — the same build as the official gold's 重大项目会商机制 and
风险预警机制 and dev13's 协同推进机制 / dev16's 公共卫生服务机制. Counted by eval/corpus_samples/entN/round17c/scan_mech.py on
200 random corpus reports (seed 1723): a set-up verb + 2-character noun + process word + 机制 in 19 reports, 26 cases (noun-led; 59 reports with
any first word, most of them led by a manner or a verb: 长效管理机制, 健全激励机制, 协调推进机制, left out).
"""

from __future__ import annotations

import re

from .sentence import _Found, _Sentence

# a manner read by jieba as a noun (建立动态管理机制, 完善专业监管机制: how it is run, not what it runs on; 2 of the 20 changed
# lines of the first diff, diff200_seed1723_fix1.txt)
MANNER = re.compile(r"(?:动态|专业|日常|全程)")
# the process a mechanism runs, as the stem's last two characters
PROCESS = re.compile(r"(?:推进|协调|服务|监管|管理|考核|激励|监督|联动|保障|督办|调度|对接|约束|运行)")


def object_process_mechanism(name: str, head: str, stem: str, quoted: bool, sets_up: bool,
                             pos, generic: re.Pattern) -> bool:
    """项目推进机制 after 建立/完善/健全…: a 2-character common noun (not a generic word) + a process word + 机制."""
    if quoted or not sets_up or head != "机制" or name != stem + head or len(stem) != 4:
        return False
    if not PROCESS.fullmatch(stem[2:]) or generic.fullmatch(stem[:2]) or MANNER.fullmatch(stem[:2]):
        return False
    words = pos(stem[:2])
    return len(words) == 1 and words[0][1] == "n"


# Fix 2. A commitment system (…承诺制) named after the verb that carries it out: 推进项目审批告知承诺制 (dev17 gold), 推广投资
# 项目承诺制 (dev11 gold), 全面推行信用承诺制, 推行告知承诺制 — a named reform of approvals, as 河长制 is a named system; the
# extractor read no 承诺制 at all. Counted by eval/corpus_samples/entN/round17c/scan_commit.py on the 200 reports (seed 1723):
# 31 reports, 38 cases, 37 not found. The name runs from the nearest carrying-out verb before it (no comma, list mark or
# conjunction between) to 承诺制, quotes dropped; none when no such verb is near (事业单位实行…和服务承诺制 keeps its verb
# before the 和) or when only 承诺制 is left (推行“承诺制”).
COMMIT_VERB = re.compile(r"(?:推行|实行|实施|落实|推广|推进|探索|开展|深化|建立|试行|执行|推出|全面推开)")
COMMIT_STOP = re.compile(r"[，。；、：,;:（）()和及与或]")


def commitment_systems(s: _Sentence) -> None:
    text = s.text
    for m in re.finditer("承诺制", text):
        lo = max(0, m.start() - 18)
        window = text[lo:m.start()]
        stops = list(COMMIT_STOP.finditer(window))
        if stops:
            lo, window = lo + stops[-1].end(), window[stops[-1].end():]
        verbs = list(COMMIT_VERB.finditer(window))
        if not verbs:
            continue
        start = lo + verbs[-1].end()
        name = text[start:m.end()].replace("“", "").replace("”", "")
        if len(name) < 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", name):
            continue
        if any(f.kind == "program" and f.start < m.end() and start < f.end for f in s.found):
            continue
        s.found.append(_Found("program", name, start, m.end(), 3))


# Fix 3. A named plan carried out or improved, not only drafted: 完善市区医疗设施布局规划 (dev17 gold), 实施广佛同城化发展规划,
# 落实妇女儿童发展规划, 实施法治三亚建设规划. Round 2's plan rule (programs.py, _plans) reads a plan only after a drafting verb
# (出台/编制/制定…) and not a layout plan (布局规划). Counted by eval/corpus_samples/entN/round17c/scan_plan.py on the 200
# reports (seed 1723): a carrying-out verb + a name ending in one of the plan heads in 62 reports (74 cases) not found. The
# plan rule's own guards stay (no plan period 十四五, no 总体规划 alone, nothing counted, no 的/和/及 inside, 8 characters at least).
PLAN_CARRY_VERB = r"(?:组织实施|认真实施|全面实施|深入实施|实施|落实|完善)"
PLAN_LAYOUT_HEAD = r"布局规划"


# Fix 4. A region's campaign brand after the verb that builds it, with no 建设 after: 建设健康镇江 (dev17 gold 健康镇江),
# 建设平安甘孜, 加快建设数字石嘴山, 推进数字辽宁 — the bare brand as the gold sets list it (dev16 健康宁波, dev11 平安太原 and
# 绿色三明, dev7 健康石嘴山, dev3 健康江苏); the extractor read only the forms with 建设 after (平安盐城建设) or quoted ones.
# Counted by eval/corpus_samples/entN/round17c/scan_brand.py on the 200 reports (seed 1723): a brand word + the report's own
# region after such a verb in 75 reports (115 cases, 110 not found). Only the campaign brands the gold sets list (健康, 平安,
# 法治, 数字, 智慧, 文明, 绿色, 美丽, 和谐, 诚信, 书香; not the slogans 幸福, 开放, 品质, 魅力 …), the rest a whole division
# name of the gazetteer, ending at a stop (打造美丽包头彰显新面貌, 建设和谐深圳效益深圳 and lists with 、 left alone).
BRAND = re.compile(r"(?:建设|打造|创建|构建|推进)(?P<name>(?:健康|平安|法治|数字|智慧|文明|绿色|美丽|和谐|诚信|书香)"
                   r"(?P<place>[\u4e00-\u9fff]{2,6}?))(?=[，。；！]|$)")


def region_brands(s: _Sentence) -> None:
    from .stems import _places  # lazy: stems imports the lexicon, which is loaded after this module

    for m in BRAND.finditer(s.text):
        if m.group("place") not in _places():
            continue
        start, end = m.start("name"), m.end("name")
        if any(f.kind == "program" and f.start < end and start < f.end for f in s.found):
            continue
        s.found.append(_Found("program", m.group("name"), start, end, 3))
