"""Round 20b (progCA, programs): steps joined by 、 before one mechanism head name one mechanism.

`实行问题直报、直接受理、闭环解决机制` (dev22 济宁) gave three mechanisms (问题直报机制, 直接受理机制, 闭环解决机制) where the
gold keeps one; `建立军地协调、需求对接、资源共享机制` gave nothing, `完善闲置低效用地处置、批而未供土地盘活倒逼机制` only its
last part. The gold files keep such a coordination whole: the official `双随机、一公开机制`; dev9 `项目招商区域协同、利益共享机制`,
dev13 `中小学教师、校长定期交流制度`, dev16 `重大项目、关键项目统筹协调机制`, dev17 `军地协调、需求对接、资源共享机制`, dev18
`闲置低效用地处置、批而未供土地盘活倒逼机制`, dev19 `月调度、季考核、半年拉练、全年结账项目推进机制` and the quoted
`三级包保、四员服务、五级调度项目保障机制`, dev20 `政府资源、资产、资金向国企注入机制`, dev22 (11 whole against 2 lists completed
item by item, dev13 and dev17's `…等机制`; `eval/corpus_samples/entN/round20b_lists/scan_gold.py`). The rule of round 12
(`_coordinated_modifiers` in programs.py: `科学、民主立法机制`, `双随机、一公开机制`) kept the whole only for short items with a
longer last part; this pass takes the rest of the shape for the mechanism head.

Shape: a clause verb that sets a mechanism up (建立, 健全, 完善, 实行, 推行, 探索, 构建, 形成, 创新, 落实 …), then 2–5 parts of
2–10 characters joined by 、 (no quote, bracket, 和/与/及/或/等/的, digits), the last part (2–14 characters) running into
`机制` (with 长效/工作/常态化/协调 … before it as the text gives it). Not when a part before the last itself ends in a head
(机制, 制度, 体制, 体系, 平台, 政策, 改革, 工程, 行动, 中心, 机构 …: two mechanisms or other things listed), when a part starts
with a verb (a second act), when every part is a manner (清单化、闭环式工作机制: vague), before 体制机制 (a domain list) or a
count (…四项机制), under 8 or over 30 characters, or when a project or organization lies over the span.
Counted on 200 random corpus reports (seed 2014, eval/corpus_samples/entN/round20b_lists/scan_mechanisms.py): the shape in
67 reports, not kept whole in 62. The names found inside the span (the items completed with 机制, the
last part alone) are replaced by the whole.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
SETUP_VERB = r"(?:建立健全|建立完善|健全完善|完善健全|探索建立|加快建立|建立|健全|完善|实行|推行|探索|构建|形成|创新|落实|优化)"
COORDINATED_MECHANISM = re.compile(
    rf"{SETUP_VERB}(?P<name>(?P<items>(?:[{HAN}]{{2,10}}、){{1,4}})(?P<last>[{HAN}]{{2,14}}?机制))(?![{HAN}])")
ITEM_NOT = re.compile(r"[和与及或等的]")
ITEM_HEAD = re.compile(r"(?:制|制度|体系|平台|政策|改革|工程|行动|中心|办法|规定|基地|建设|水平|机构|小组|专班)$")
# (an organ is no step: 建立高规格领导机构、高效率协调机制 sets up two things; 林长制、河长制、田长制工作机制: systems of their own)
# a part that starts with a verb of the clause is a second act, not a step of the mechanism (建立社会组织孵化基地、引入竞争机制,
# 完善流通体系建设、提高流通环节管控水平、完善应急机制, 完善…基础设施、激活管理机制)
ITEM_VERB = re.compile(r"^(?:提高|提升|完善|健全|建立|引入|引进|加强|推进|激活|实现|促进|推动|加快|强化|落实|深化|开展|实行|推行|构建|"
                       r"形成|打造|创新|优化|简化|发挥|支持|鼓励|引导|严格|坚持|做好|抓好|探索|为)")  # 优化简化低保、…; 为企业、项目服务机制
# the whole is no name: a domain list before 体制机制 (应急管理、防灾减灾救灾、安全生产体制机制), a counted name
# (风险研判、…、防控责任四项机制, round 19c's), or too short to name anything (竞争、奖励机制)
WHOLE_NOT = re.compile(r"体制机制$|[一二三四五六七八九十两][大项个类]机制$")
# manners only, no subject (清单化、闭环式工作机制: vague, as the gold leaves vague mechanisms out)
MANNER_ONLY = re.compile(r"[\u4e00-\u9fff]{1,3}[化式](?:工作|运行|长效|管理)?机制")
MANNER = re.compile(r"[\u4e00-\u9fff]{1,3}[化式]")
MECHANISM_GATE = re.compile(r"、[\u4e00-\u9fff]{2,14}?机制")


def coordinated_mechanisms(s: _Sentence) -> None:
    """Replace items completed with 机制 (or the last part alone) by the whole coordination (see the module's doc)."""
    for m in COORDINATED_MECHANISM.finditer(s.text):
        items = m.group("items").split("、")[:-1]
        last = m.group("last")
        name = m.group("name")
        if not whole_ok(items, last, name):
            continue
        a, b = m.start("name"), m.end("name")
        inside = [i for i, f in enumerate(s.found) if f.kind == "program" and a <= f.start and f.end <= b]
        if any(s.found[i].name == name for i in inside):
            continue
        if any(f.kind != "program" and f.start < b and a < f.end for f in s.found):
            continue  # a project or organization over the span: left as it is
        keep = [f for i, f in enumerate(s.found) if i not in inside]
        rank = s.found[inside[0]].rank if inside else 0
        s.found[:] = keep + [_Found("program", name, a, b, rank)]


def whole_ok(items: list[str], last: str, name: str) -> bool:
    """Whether the coordination ITEMS、…、LAST (LAST ends in 机制) names one mechanism (see the module's doc)."""
    if len(items) == 1 and len(items[0]) == len(last) - 2:
        return False  # 激励约束、容错纠错机制: two parts of equal standing are two mechanisms (round 12's rule, its test)
    return not (len(name) > 30 or len(name) - name.count("、") < 8 or len(last) < 4 or WHOLE_NOT.search(name)
                or any(ITEM_NOT.search(i) or ITEM_HEAD.search(i) or ITEM_VERB.match(i) for i in items)
                or ITEM_NOT.search(last[:-2]) or ITEM_VERB.match(last)
                or (MANNER_ONLY.fullmatch(last) and all(MANNER.fullmatch(i) for i in items)))
