"""Round 18 (progU, programs): the items of a list closed by 等 + a program head other than 改革 (A、B等制度/工程/计划/行动).

`下决心推行联审联批、限时办结、容缺受理等制度`, `推进紧缺人才引进、高层次人才柔性引进、大学生回归等计划`, `大力开展绿色制造、
装备升级等行动`, `协同开展薄弱学科攻坚、…、高海拔学校供暖等工程` gave no name at all (or a bare first item: 分级诊疗 of
`推进分级诊疗、双向转诊等制度建设`): only lists before 等改革 were split and completed (programs.py `_reform_lists`). The dev
sets written after round 12 list each item with the shared head: dev13 hebi (紧缺人才引进计划 …), hegang (分级诊疗制度,
双向转诊制度), dev14 shannan (联审联批制度 …, 薄弱学科攻坚工程 …), dev17 lianyungang (绿色制造行动, 装备升级行动); with 等机制
also dev15 pingliang and dev17 taian: missed in four of the five studied sets. Counted by
eval/corpus_samples/entN/round18/scan_etc_heads.py on 200 random corpus reports (seed 1802): the rule adds names in 23 of
them; see that folder's README for the counts and the judged changes.

等机制 is left out: the official shayibake gold does not list the items of its `实行区级领导包联、定期调度等机制` (reading them
cost dev 0.911 -> 0.902), and the official files win over the dev sets.

Guards (each item must pass, or the list is left as it was): the head right after 等 (no 等专项行动, 等工作制度: a kind of its
own), not a head that qualifies a noun after it (制度型开放, 制度体系, 制度措施); 2 to 6 items of 4 to 16 characters, Han and
quotes only, none opening with a verb or a determiner, none holding 的/了/在/对/把/与/及, none a document (管理办法, 提示函);
every item holds a verb (jieba v/vn, or a process word jieba tags as a noun: 绩效考核, 全民医保) or is quoted — items of
nouns only name fields or places (养老、优抚、助残等制度, 高速公路、城市道路等工程, 社区居民大会、居民代表大会等制度); for 工程,
no item naming works done to a place (截污治污, 流域治理, 生态修复: projects by GUIDELINES.md), and fewer than half the items
read whole as projects (九家湾水库除险加固、…等工程: the official shayibake gold lists them as projects). An item of two parts
joined by 和, each of 4 characters or more with a verb or process word, gives two names (集体协商和支付保障等机制).
"""

from __future__ import annotations

import re

from .sentence import _clean, _Found, _Sentence
from .stems import pos

ETC_HEAD = re.compile(r"等(?P<head>制度|工程|计划|行动)"
                      r"(?!型|创新|改革|体系|体制|办法|机制|制度|措施|政策|保障|优势|短板|红利|环境|性|项目|资金|框架|成果|建设项目)")
ETC_HEAD_GATE = re.compile(r"等(?:制度|工程|计划|行动)")  # the cheap test before the pass
ITEM = re.compile(r"[\u4e00-\u9fff“”]{4,18}")
ITEM_NOT = re.compile(r"[的了在对把与及将为等]|^(?:对|把|将|在|各|各项|相关|有关|其他|其它|一批|多项|一系列|坚持|深化|推进|"
                      r"推动|加快|加强|实施|开展|完善|健全|建立|抓好|做好|统筹|落实|执行|实行|推行|继续|积极|严格|认真|进一步|提供|提高|加大|强化|"
                      r"优化|构建|打造|鼓励|支持|引导)|(?:办法|提示函|意见|方案|规定|条例|细则|通知|决定|标准)$")  # documents
# the items of a 等工程 list that name works done to a place (金山河上游截污治污、排涝防汛等工程, 倭肯河流域治理、山体生态修复、
# 采煤沉陷区修复等工程: bounded works, projects by GUIDELINES.md, not programs)
WORKS_ITEM = re.compile(r"(?:治理|修复|整治|改造|处理|防汛|防洪|治污|截污|加固|绿化|亮化|美化|硬化|疏浚|清淤|减排|复垦|搬迁|扩建|迁建|新建)$|"
                        r"道路|公园|管网|河道|桥梁|街巷|广场|水库|堤防|泵站")  # 道路绿化品质提升、城市公园改造提升等工程
# 工资增长、集体协商和支付保障等机制: an item of two parts joined by 和 is two items, each with the head
AND_ITEM = re.compile(r"(?P<a>[\u4e00-\u9fff“”]{4,})和(?P<b>[\u4e00-\u9fff“”]{4,})")
# the verbs that govern such a list (the first item starts after the last of them)
LEAD_VERB = re.compile(r"(?:健全|完善|建立|落实|推行|实行|实施|开展|推进|深化|创新|探索|坚持|执行|优化|强化|加强|构建|出台|制定|启动|"
                       r"抓好|做好|用好|推动|加快|推广|严格|试行|改进|规范|运用|依托|通过|发挥|实现|形成)")
# an item that has a head of its own (路长制, 公车改革; not 绿线控制, 总量限制: a verb ending in 制)
ITEM_DONE = re.compile(r"(?:机制|制度|(?<![体控限抵管编压克节遏])制|工程|计划|行动|改革|试点)$")


# process words jieba tags as nouns (绩效考核, 跟踪调度, 全民医保, 领导分包)
PROCESS_END = re.compile(r"(?:考核|调度|监管|评估|评价|审查|咨询|听证|协商|分包|包保|包联|管理|服务|保障|督办|问责|公示|公开|备案|"
                         r"登记|监测|预警|医保|运营|结算|交易|追究)$")


def _has_verb(item: str) -> bool:
    return bool(PROCESS_END.search(item)) or any(tag in ("v", "vn", "vd") for _w, tag in pos(item))


def etc_head_lists(s: _Sentence) -> None:
    for m in ETC_HEAD.finditer(s.masked):
        head = m.group("head")
        cs, _ce = s.clause_of(m.start(), m.end())
        seps = [c for c in re.finditer("、", s.masked[cs:m.start()])]
        if not 1 <= len(seps) <= 5:
            continue
        verbs = list(LEAD_VERB.finditer(s.masked, cs, cs + seps[0].start()))
        start = verbs[-1].end() if verbs else cs  # 完善重点建设项目管理、…: the last verb that governs the list, not 建设
        bounds, at = [], start
        for c in seps:
            bounds.append((at, cs + c.start()))
            at = cs + c.end()
        bounds.append((at, m.start()))
        names = []
        for a, b in bounds:
            raw = s.text[a:b].strip()
            item = _clean(raw)
            if not ITEM.fullmatch(raw) or not 4 <= len(item) <= 16 or ITEM_NOT.search(item) \
                    or not ("“" in raw or _has_verb(item)):
                break
            if head == "工程" and WORKS_ITEM.search(item):
                break
            joined = AND_ITEM.fullmatch(item)
            parts = [joined.group("a"), joined.group("b")] if joined and all(map(_has_verb, joined.groups())) else [item]
            names += [(a, b, x if ITEM_DONE.search(x) else x + head) for x in parts]
        else:
            works = sum(any(f.kind == "project" and f.start <= a and b <= f.end for f in s.found) for a, b, _n in names)
            if 2 * works >= len(bounds):
                continue  # 九家湾水库除险加固、…、建筑小区海绵化改造等工程: items read whole as projects name works
            s.found = [f for f in s.found if f.kind != "program" or f.end <= start or m.end() <= f.start]
            for a, b, name in names:
                s.found.append(_Found("program", name, a, b, 1))
            s.blocked.append((start, m.end()))
