"""Round 24 (progJA, programs): a cooperation named by the regions it joins, before 合作.

`全面推进宁淮合作` (dev26 淮安), `深化长江中游城市群合作` (dev17 湖北), `深化川滇藏青甘交界地区合作` (dev14 甘孜),
`晋陕豫黄河金三角区域合作持续深化` (dev7 运城): a standing programme between regions, named by their short forms (宁淮 = 南京
and 淮安) or by the region (…城市群, …交界地区, …区域) before 合作, was found as nothing. Round 9 reads the same pairs before
协作 (闽宁协作, 山海协作: `programs._region_integration`); this pass reads them before 合作 with the same test of the places
(`_integration_places`: at least two places or initials, or a named region such as 长三角, 珠三角, 粤港澳). The golds list 4 of
the 5 such names in their texts (dev7 leaves out 京银合作, an item after 东西协作). Counted on 200 random corpus reports (seed
2403, eval/corpus_samples/entN/round24_progJA/scan_coop.py): regions before 合作 in 46 of the 200, none found before this pass
(most are zones and parks, 粤澳合作中医药科技产业园, which stay out: below).

Not: a partner after 与, 同, 和, 跟, 对 (加强与粤港澳大湾区合作: who the city works with, no name), nor the items of a list
after 与 (深化济宁高新区与北京中关村、上海张江合作), a zone, park, project, agreement,
mechanism or body named after the cooperation (…合作区, …合作园, …合作示范区, …合作项目, …合作框架协议, …合作机制, 上海合作组织:
anything but a predicate or punctuation right after 合作), sectors paired (银保, 政银, 校企, 产学研: no places), a country pair
opened by 中 (中德合作), directions alone (东西合作), a span any rule read already (of any kind).
"""

from __future__ import annotations

import re

from . import programs  # imported as a module: programs.py imports this one
from .round23_programs import PROGRESS
from .sentence import _Sentence
from .stems import _places

HAN = "\u4e00-\u9fff"
GATE = re.compile(r"合作")
# a region word between the places and 合作 (川滇藏青甘交界地区合作, 泛珠三角区域合作, 长江中游城市群合作); the strong ones
# (城市群, 经济圈, 经济带, 交界地区) name a region whatever stands before them
STRONG_TAIL = r"(?:城市群|经济圈|经济带|交界地区)"
TAIL = r"(?:区域|地区)"
COOPERATION = re.compile(rf"(?P<name>(?P<lead>[泛大])?(?P<places>[{HAN}]{{2,10}}?)(?P<tail>{STRONG_TAIL}|{TAIL})?合作)")
# what may stand right after 合作 for it to be the programme itself (a predicate of progress, a measure of it, a list)
AFTER_OK = re.compile(rf"(?:[^{HAN}]|$|和|及|进一步|持续|不断|取得|深入|全面|稳步|加快|迈出|实现|开启|有了|的拓展|的深化|推向|"
                      rf"成效|力度|水平|上[，。；、先]|走深|迈上|步伐|向纵深|更加|日益|深化|扩大|拓展)")
# what may stand right before the name: a clause's start, a list, or a verb that carries a programme
BEFORE_OK = re.compile(r"(?:^|[，。；：、“”（()）]|(?<=合作)和|推进|加快|推动|深化|融入|加强|做好|抓好|实施|落实|促进|服务|参与|"
                       r"加速|对接|抢抓|围绕|借力|深度|全面|积极|主动|着力|大力|坚持|扎实|持续|提速|强化|开展|探索|拓展|扩大|"
                       r"提升|把|将|通过|在|以|做实|务实|灵活|不断|继续|加大)$")
# sectors, not places: 银保合作, 政银合作, 校企合作, 产学研合作, 军民合作
SECTORS = frozenset("银政企校保税产学研医军民警地村社农商用")
NOT_IN = re.compile(r"[的和与及、等对]|[省市县区州]$|^中")
# a verb inside the places: the clause's verb was taken in (深化长江中游城市群合作 → 长江中游城市群合作)
VERB_IN = re.compile(r"推进|加快|推动|深化|融入|加强|做好|抓好|实施|落实|促进|服务|参与|加速|对接|抢抓|围绕|借力|深度|全面|积极|"
                     r"主动|着力|大力|坚持|扎实|持续|提速|强化|开展|探索|拓展|扩大|提升|做实|务实|不断|继续|建设|打造|构建|加大|加速|深入|用好|发挥")


def _regions(places: str, tail: str | None, lead: str | None) -> bool:
    if set(places) <= SECTORS or set(places) <= programs.DIRECTIONS or NOT_IN.search(places) or VERB_IN.search(places):
        return False
    if lead and (places in programs.INTEGRATION_REGIONS or places in _places()):
        return True  # 泛珠三角区域合作, 大珠三角合作
    if lead:
        return False
    if tail and re.fullmatch(STRONG_TAIL, tail):
        return len(places) >= 2  # 长江中游城市群合作
    if tail:  # 晋陕豫黄河金三角区域合作: two places or initials open the region's name
        return places in programs.INTEGRATION_REGIONS or places in _places() or any(programs._city_chain(places[:k]) >= 2 for k in range(2, min(len(places), 5) + 1))
    return programs._integration_places(places)


def region_cooperations(s: _Sentence) -> None:
    """宁淮合作, 长江中游城市群合作: a cooperation named by its regions is a programme (GUIDELINES.md: an ongoing policy)."""
    text = s.masked
    for at in [m.start() for m in GATE.finditer(text)]:
        end = at + 2
        if not AFTER_OK.match(text, end):
            continue
        for start in range(max(0, at - 14), at - 1):  # the longest name first, as round 9's 协作 rule
            m = COOPERATION.fullmatch(text, start, end)
            if not m or not BEFORE_OK.search(text[max(0, start - 4):start]) and start > 0:
                continue
            if text[start - 1:start] in ("与", "同", "跟", "对") or not _regions(m.group("places"), m.group("tail"), m.group("lead")):
                continue
            cs, _ce = s.clause_of(start, end)
            if re.search(r"[与同跟]", text[cs:start]):
                break  # 深化济宁高新区与北京中关村、上海张江合作: the partners of a list after 与, no names
            if any(f.start < end and start < f.end for f in s.found):
                break
            s.add("program", start, end, 2)
            break


# ---- fix 2: a numbered programme right after the verb that carries it -----------------------------------------------------

# 统筹推进“五外联动” (dev24 淮南), 坚持“双自联动” (dev21 武汉), 推进“百企帮百村”和对口援藏扶贫 (dev26 那曲), 深入推进“四水同治”,
# 扎实推进“两防两降”: a quoted name opened by a numeral, with no head after it, was read as a numbered slogan (`_slogan`: 两个维护,
# 六稳, 三农) and dropped, though the verb right before the quote puts it in force. The golds list 21 of the 28 such quotes right
# after a programme verb in their texts; the 7 left out are records (七连冠, 二十一连丰), outcomes after 实现 (双提升), groups after
# 做好 (一老一小) and a chain before 行动 (双百双增和“保姆式服务”行动) — all kept out below. Counted on 200 random corpus reports
# (seed 2403, eval/corpus_samples/entN/round24_progJA/scan_numbered.py): 229 such quotes in 130 reports, 120 not found.
NUMBERED_GATE = re.compile(r"“[一二三四五六七八九十两双百千万]")
NUMBERED = re.compile(r"(?:推进|推行|实行|实施|落实|深化|开展|坚持|推广|探索|建立|完善|启动)(?:好|了)?"
                      r"“(?P<name>[一二三四五六七八九十两双百千万][^“”，。；、：:,（）()]{3,6})”(?=[，。；]|$|[和及、](?!“))")
# a count of things, a record or a year (两个毫不动摇, 五张清单, 四大工程, 七连冠, 十年禁渔), the idiom 三管齐下 (three ways at
# once), not a programme's name
NUMBERED_NOT = re.compile(r"[个大项张条类篇种名批次件年届连位]|管齐下|"
                          # a facility, a place or a line (四馆一中心, 一院三馆, 三院一基地, 三河五湖, 三区三线): projects and plans
                          r"(?:馆|中心|院|场|站|园|基地|厂|楼|所|校|湖|河|库|路|桥|线|人口|群体|文章)$")


def numbered_programmes(s: _Sentence) -> None:
    """统筹推进“五外联动”, “两区同建”稳步实施: a numbered name put in force (the verb before it, or how far it got) is a programme."""
    for m in [*NUMBERED.finditer(s.text), *NUMBERED_SUBJECT.finditer(s.text)]:
        name = m.group("name")
        if NUMBERED_NOT.search(name):
            continue
        a, b = m.start("name") - 1, m.end("name") + 1
        if any(f.start < b and a < f.end for f in s.found):
            continue
        s.add("program", a, b, 2)


# fix 2b: the same numbered name as its clause's subject, before how far it got: `“两区同建”稳步实施` (dev16 德州), `农村“五线五治”
# 成效明显` (dev19 咸宁), `“一革命五行动”…` (dev11), `“百项疏堵行动”…` (dev17): the golds list 5 of the 5 such quotes in their
# texts (gold_vs_text.py; dev16 and dev19 were whole misses). A field of up to four characters may stand before the quote (农村,
# 信访, 灾后重建); the name is the quote. The predicates are round 23's (`round23_programs.PROGRESS`). On the 200 (seed 2403):
# 30 such quotes in 24 reports, 12 not found in 11.
NUMBERED_SUBJECT = re.compile(rf"(?:^|(?<=[，。；：]))[{HAN}]{{0,4}}“(?P<name>[一二三四五六七八九十两双百千万][^“”，。；、：:,（）()]{{3,6}})”"
                              rf"(?={PROGRESS})")
