"""Round 24 (projJA, projects): frames and verbs not read as project triggers, across sets.

Fix 1 (cross-set whole misses of the official gold, dev19, dev25, dev26: 中国文字博物馆震撼开馆, 客运西站普速车场开通, 促进邢台机场
通航; eval/corpus_samples/entM/round24_projJA/README.md): a clause that is only one named works and its opening to traffic or
to the public (开通, 开通运营, 开馆, 开园, 开港, 通航; not 开街: dev4 lists 沿口古镇, dev9 not 湖滨步行街). Round 18b's _done_works reads the same shape with its completion
verbs only (建成投用, 竣工, 对外开放 …), round 21's _milestone_works with 通车, 贯通, 封顶, 合龙, 投产, round 22b's
_operating_works with the water and power verbs: none reads an opening. The works test is round 21's (`_works`: round 15's
head test, else round 18b's _works_name and _named): one item, no count, no kind, named. Not: what opens that is no works
(a route, a train, a line of flights, a hotline, a hall, a platform, a bank: 南宁—胡志明市全货机航线开通, “高铁旅游专列”正式开通,
12345政府服务热线开通运行, 网上办事大厅建成开通, 国家级互联网骨干直联点开通运行).
"""

from __future__ import annotations

import re

from .round18b_projects import DONE_LEAD
from .round21_triggers import ADVERB, GOAL_LEAD, _works, clause_subjects

# [adverbs][建成|竣工|落成] 开通(运营|运行) | 开馆 | 开园 | 开港 | (试)通航 at the clause's end
OPEN = re.compile(ADVERB + r"(?:震撼|盛大|隆重)?(?:建成|竣工|落成|完工)?(?:并|后)?(?:正式|顺利|全面|全线)?"
                  r"(?:开通运营|开通运行|开通|开馆|开园|开港|试?通航)$")
OPEN_TAILS = ("开通", "运营", "运行", "开馆", "开园", "开港", "通航")
# what opens and is no works: routes, trains, flights, lines of service, halls, platforms, networks, banks, schools
NOT_OPEN = re.compile(r"航线|班列|专列|专线|列车|线路$|热线|大厅|平台|系统|网络|网$|直联点|通道$|业务|服务|窗口|银行|分行|支行|"
                      r"公司|学校|学院|[区园]区$|口岸$|渠道|频道|电台|账户|通关")


def _opened_works(s) -> None:
    for a, name, _verb in clause_subjects(s, OPEN_TAILS, OPEN, (DONE_LEAD, GOAL_LEAD)):
        if NOT_OPEN.search(name):
            continue
        works = _works(name, "建成")
        if works and name.startswith(works):
            s.add("project", a, a + len(works), 3, works)


# Fix 2 (cross-set whole misses of dev13, dev15, dev17, dev19: 全国以工代赈工作现场会在天水召开, 全省重大项目现场推进会在连隆重
# 召开, 召开“四新”“四化”项目观摩暨开发区建设推进会, 全省供销社改革发展现场会): a field meeting of the country, a province or a
# region convened in the city (`X现场会在Y召开`, `召开|承办|举办 X现场推进会`). The golds list such a meeting as a named event
# (a project: dev13, dev15, dev17, dev19; gold_convened.py); round 18c's hosted_events reads a host verb before an event word
# (节, 周, 展, 赛, 展销会 …) and refuses 全国/全省 leads and meetings; the lexicon reads …大会. Not: a meeting of the city's own
# (重大项目推进会, 重点项目调度会, 现场办公会: no scope before it), a list (、, 和 beside it: projJB's ground).
MEET_NAME = (r"(?:全国|全省|全区|全疆|自治区|[东西南北中]部|“[^”]{1,8}”)[^，,；;。：:、等和及与的在]{2,30}?"
             r"(?:现场观摩推进会|现场推进会|推进现场会|观摩推进会|现场观摩会|现场会|推进会|观摩会)")
MEET_AFTER = re.compile(rf"(?P<name>{MEET_NAME})(?:在[^，,；;。、]{{1,10}}?)?(?:隆重|成功|顺利)?(?:召开|举行|举办)")
MEET_BEFORE = re.compile(rf"(?:召开|承办|举办|举行|承接)(?:了|好)?(?P<name>{MEET_NAME})(?=[，,；;。]|$)")


def _convened_meetings(s) -> None:
    for rx in (MEET_AFTER, MEET_BEFORE):
        for m in rx.finditer(s.masked):
            a, b = m.span("name")
            if (a > 0 and s.masked[a - 1] in "、和及与") or s.masked.startswith(("、", "和", "及"), b) \
                    or any(f.start < b and a < f.end for f in s.found):
                continue  # a list item (projJB's ground) or a name already read
            s.add("project", a, b, 3, s.text[a:b])


def round24_projects(s) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "开通" in s.masked or "开馆" in s.masked or "开园" in s.masked or "开港" in s.masked or "通航" in s.masked:
        _opened_works(s)
    if "会" in s.masked and ("召开" in s.masked or "举" in s.masked or "承" in s.masked):
        _convened_meetings(s)
