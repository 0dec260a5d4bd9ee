"""Round 15 (progY, programs): structures of corpus reports the passes before did not name (seed 1502 sample)."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _lines
from .patterns import HAN, _Found
from .sentence import _clean, _Sentence

# (a) 科学编制“十五五”规划, 编制“十四五”规划纲要, 制定全市“十四五”发展规划: the period's plan that the report drafts is a
# program (dev13 天水 十五五规划, dev15 西安 十五五规划; 37 of 200 random corpus reports, seed 1502). Only as the object
# of a drafting verb: a plan period named in passing (“十三五”规划确定的目标任务, 纳入“十四五”规划项目) stays out, as
# dev2/dev3/dev11 leave it; a sector's plan (西部大开发“十三五”规划) too.
PERIOD_PLAN = re.compile(
    r"(?:编制|制定|谋划)(?:实施|出台|完成)?(?:好|了|并实施|并执行好)?"
    r"(?:全市|全省|全区|全县|全州|我市|我省|我区|我县|本市)?(?:经济社会发展|国民经济和社会发展)?"
    r"“(?P<period>十[一二三四五]五)”(?P<head>(?:发展)?规划(?:纲要)?)"
    rf"(?![{HAN}]{{0,2}}(?:项目|编制|中期|目标|任务|确定|期|的|时期|实施情况))")


@cache
def _chief_words() -> str:
    words = sorted(_lines("program_chiefs.txt"), key=len, reverse=True)
    return "|".join(words)


@cache
def _chief_pattern() -> re.Pattern:
    words = _chief_words()
    return re.compile(rf"(?:{words}){{1,3}}长制")


@cache
def _lexicon_chiefs() -> frozenset[str]:
    return frozenset(w for w in _lines("programs.txt") if w.endswith("长制"))


# (b) 湾长制, 街长制, 林草长制, 断面长制, 河湖林长制: a system of chiefs named by what they look after is a program, like
# the lexicon's 河长制, 林长制, 路长制 (dev9 田长制, dev15 路长制); …长制 names outside the lexicon in 16 of 200 random
# corpus reports (seed 1502), none of them found before.  The name is the longest run of those words before 长制 in
# which no word is repeated (产业链链长制 keeps the lexicon's 链长制); a name inside it that a pass found gives way.
# The lexicon's own names are left to the lexicon pass (which drops 林长制改革示范区, “河长制湖长制激励市”); a name that
# only qualifies what follows (河湖湾长制信息化管理平台) or is part of a longer quote (“跨界联合河长制”) is none; 库 alone
# opens no name (储备项目库长制: a project library's chief).
CHIEF_QUALIFIES = re.compile(rf"[{HAN}]{{0,4}}?(?:示范|试验区|激励|资金|平台|信息化|办公室|工作站|考核)")
QUOTE = re.compile(r"“[^“”]{1,30}”")

def _chief_systems(s: _Sentence) -> None:
    words = _chief_words().split("|")
    lexicon = _lexicon_chiefs()
    quotes = list(QUOTE.finditer(s.text)) if "“" in s.text else []
    for m in _chief_pattern().finditer(s.text):
        stem = m.group(0)[:-2]
        start = m.start()
        parts = re.findall("|".join(words), stem)
        if len(set(parts)) != len(parts) or parts[0] == "库" or m.group(0) in lexicon:
            continue  # 链链长制: a repeated word is the end of one name and the start of another
        if CHIEF_QUALIFIES.match(s.text, m.end()) or any(
                q.start() < start and m.end() < q.end() and (q.start() + 1 < start or m.end() + 1 < q.end()) for q in quotes):
            continue
        end = m.end()
        inside = [i for i, f in enumerate(s.found) if f.kind == "program" and start <= f.start and f.end <= end]
        if any(s.found[i].start == start and s.found[i].end == end for i in inside):
            continue
        if any(f.kind == "program" and f.start < end and start < f.end and not (start <= f.start and f.end <= end)
               for f in s.found):
            continue  # a longer name found around it (河湖长制管护长效机制) stays
        for i in inside:
            f = s.found[i]
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        s.found = [f for f in s.found if f.kind != "dropped"]
        s.add("program", start, end, 2, name=m.group(0))


def _period_plans(s: _Sentence) -> None:
    for m in PERIOD_PLAN.finditer(s.text):
        start, end = m.start("period") - 1, m.end("head")
        if any(f.kind == "program" and f.start < end and start < f.end for f in s.found):
            continue
        s.add("program", start, end, 2, name=m.group("period") + m.group("head"))


# (c) 出台支持遵义加快建设省域副中心的若干政策措施, 落实促进民营经济发展壮大若干政策措施: a package of measures the report
# issues or carries out, named by its aim, is a program as its title in 《》 is (dev15 铜仁 支持万山转型发展若干政策措施;
# …若干(政策)措施 in 15 of 200 random corpus reports, seed 1502, unquoted and not found in 9).  The name runs from the aim's
# verb to 措施 (with its 的, as the text gives it); a list (钢铁、装备…产业) or 等 is no one name.
MEASURES = re.compile(
    r"(?:研究出台|推动出台|制定出台|制定实施|出台实施|出台|研究制定|制定|印发|完善和兑现|兑现|全面落实|认真落实|落实|贯彻落实)(?:了)?"
    r"(?:我市|我省|我区|全市|全省|全区|省委省政府|省政府|市政府)?"
    rf"(?P<name>(?:关于|促进|支持|加快|推动|推进|进一步|加强|打造|优化|鼓励|扶持|降低|建设|稳)[{HAN}“”]{{2,24}}?若干(?:政策)?措施)")


def _measure_packages(s: _Sentence) -> None:
    for m in MEASURES.finditer(s.text):
        start, end = m.span("name")
        if any(f.kind == "program" and f.start < end and start < f.end for f in s.found):
            continue
        s.add("program", start, end, 2)


# (d) 安达市、兰西县全国农村宅基地制度改革试点, 东川、石林扩权强县试点, 支持公安县、松滋市建设全国…试点: after a list of
# places the program is one for all of them; the last place (and a verb after it) is no part of its name, as dev15 西安
# (团结片区、…、张家堡片区城市更新示范试点 → 城市更新示范试点) and dev13 荆州 have it.  A program name opening with a
# place (a division of the gazetteer, a town after it, a 片区) right after 、/和 whose previous item ends with one (a pilot
# after a list of places in 19 of 200 random corpus reports, seed 1502; names changed in 13).  What is left after the
# place must still name something (体制改革 of 高新区、经开区体制改革 stays whole); a place that is entered into, signs
# or is listed (…复兴镇纳入试点, 汉中市签署…行动计划) opens no program.
PLACE_SUFFIX = re.compile(rf"[{HAN}]{{2,4}}?片区")  # 团结片区, 张家堡片区: a city's districts by name
TOWN_AFTER = re.compile(rf"(?!城乡)[{HAN}]{{1,4}}?(?:镇|乡)")  # 中江仓山镇; not 城乡
PLACE_VERB = re.compile(r"(?:建设|开展|创建|争创|召开|实施|推进)")
PLACE_NOT_PROGRAM = re.compile(r"(?:纳入|签署|入选|列入|被|获批|成为|作为|为|与)")
PLACE_REST_GENERIC = re.compile(r"(?:体制|机制|管理|综合|行政)*(?:改革|体制|机制|试点|工程|行动|计划|建设|创建)")


WORD_PLACES = frozenset({"合作"})  # 合作市 (甘南) is also the word cooperation: 务实合作和哈尔滨大庆一体化


def _place_at(text: str, start: int, end: int) -> int:
    """The end of a place opening text[start:end] (a division of the gazetteer or a …片区), or -1."""
    from .stems import _places

    places = _places()
    for k in range(min(8, end - start - 2), 1, -1):
        if text[start:start + k] in places:
            return start + k
    m = PLACE_SUFFIX.match(text, start, end)
    return m.end() if m else -1


def _ends_with_place(item: str) -> bool:
    from .stems import _places

    places = _places()
    if any(item[-k:] in places and item[-k:] not in WORD_PLACES for k in range(2, min(8, len(item)) + 1)):
        return True
    if item.endswith(("镇", "乡")):  # 罗江金山镇: a town after its county
        for n in range(2, min(5, len(item) - 1) + 1):
            county = item[:-n]
            if any(county[-k:] in places for k in range(2, min(8, len(county)) + 1)):
                return True
    return bool(re.search(rf"[{HAN}]{{2,4}}片区$", item))


def _place_rest(s: _Sentence, start: int, end: int) -> tuple[int, str] | None:
    """Where the program of text[start:end] (a place opening it) starts after the place, its name; None: no program;
    (-1, "") when the name is to be left as it is."""
    cut = _place_at(s.text, start, end)
    if cut < 0:
        return -1, ""
    town = TOWN_AFTER.match(s.text, cut, end)
    cut = town.end() if town and end - town.end() >= 4 else cut
    if PLACE_NOT_PROGRAM.match(s.text, cut):
        return None
    verb = PLACE_VERB.match(s.text, cut)
    cut = verb.end() if verb else cut
    rest = _clean(s.text[cut:end])
    if len(rest) < 4 or PLACE_REST_GENERIC.fullmatch(rest):
        return -1, ""
    return cut, rest


def _shared_place_lists(s: _Sentence) -> None:
    """东川、石林扩权强县试点 read as 东川试点 and 石林扩权强县试点 by the shared-head pass: one program of both places."""
    spans: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(s.found):
        if f.kind == "program":
            spans.setdefault((f.start, f.end), []).append(i)
    for (start, end), idx in spans.items():
        if len(idx) < 2:
            continue
        raw = s.text[start:end]
        last = max(raw.rfind("、"), raw.rfind("和"))
        if last <= 0:
            continue
        items = re.split(r"[、和]", raw[:last])
        if not all(item and _ends_with_place(item) for item in items):
            continue
        got = _place_rest(s, start + last + 1, end)
        if got is not None and got[0] < 0:
            continue
        for i in idx:
            f = s.found[i]
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        if got is not None:
            s.found.append(_Found("program", got[1], got[0], end, s.found[idx[0]].rank))


def _place_list_programs(s: _Sentence) -> None:
    _shared_place_lists(s)
    for i, f in enumerate(s.found):
        if f.kind != "program" or f.start < 3 or s.text[f.start - 1] not in "、和" or _clean(s.text[f.start:f.end]) != f.name:
            continue
        before = re.split(r"[、和，。；：及与]", s.text[max(0, f.start - 16):f.start - 1])[-1]
        if not before or not _ends_with_place(before):
            continue
        got = _place_rest(s, f.start, f.end)
        if got is None:
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        elif got[0] >= 0:
            s.found[i] = _Found(f.kind, got[1], got[0], f.end, f.rank)
    if any(f.kind == "dropped" for f in s.found):
        s.found = [f for f in s.found if f.kind != "dropped"]


# (e) 组合拳 (a combination of measures) is a program only under a quoted name, as the official shayibake gold's
# 降缓返补扩政策组合拳 (打好“降缓返补扩”政策组合拳): 打好政策“组合拳”, 打出稳增长系列组合拳, 服务企业组合拳, 稳企惠企组合拳
# name none (no gold file lists one; dev9 杭州, dev15 湘潭 and dev7 佳木斯 had them as inventions), and a name keeps no
# verb or field glued before its quote (打出“松绑+激励”组合拳 → 松绑+激励组合拳; 外贸、外资…“五外联动”组合拳 →
# 五外联动组合拳).  …组合拳 read as a program in 19 of 200 random corpus reports (seed 1502).
QUOTED_PUNCH = re.compile(r"“(?P<q>[^“”]{2,24})”(?P<p>政策)?组合拳$")
PUNCH_IN_QUOTE = re.compile(r"“(?P<q>[^“”]{1,24}组合拳)”$")
PUNCH_GENERIC = re.compile(r"(?:政策|系列|一系列|政策性)?组合拳")
PUNCH_CHAIN = re.compile(r"(?:“[^“”]{2,24}”[、和]?){2,}(?:政策)?组合拳$")


def _combination_punches(s: _Sentence) -> None:
    for i, f in enumerate(s.found):
        if f.kind != "program" or not f.name.endswith("组合拳"):
            continue
        end = s.text.rfind("组合拳", f.start, f.end + 1) + 3
        if end < 3:
            continue
        text = s.text[:end]
        quoted = QUOTED_PUNCH.search(text)
        inside = PUNCH_IN_QUOTE.search(s.text[:end + 1])
        chain = PUNCH_CHAIN.search(text)
        if chain and f.name[:-3].removesuffix("政策") in re.findall(r"“([^“”]+)”", chain.group(0)):
            continue  # “五水共治”“五气共治”“五废共治”组合拳: each quote with the tail
        if quoted and not PUNCH_GENERIC.fullmatch(quoted.group("q")):
            name = quoted.group("q") + (quoted.group("p") or "") + "组合拳"
            s.found[i] = _Found(f.kind, name, quoted.start(), f.end, f.rank)
        elif inside and not PUNCH_GENERIC.fullmatch(inside.group("q")):
            s.found[i] = _Found(f.kind, inside.group("q"), inside.start(), f.end, f.rank)
        else:
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
    if any(f.kind == "dropped" for f in s.found):
        s.found = [f for f in s.found if f.kind != "dropped"]


# (f) 建立重点产业集群发展协同推进机制, 开展重点行业清洁生产行动: 重点 qualifying the name's first noun stays in the name,
# as every gold file has it (dev14 重点产业集群发展协同推进机制, dev13 重点项目集中开工行动, dev7 重点改革攻坚行动, dev11
# 重点海域陆源污染物总量控制制度; none lists a name without the 重点 of its text); the passes before dropped it as a generic
# lead (项目跨部门联动机制, 领域减污降碳行动): 53 names in 45 of 200 random corpus reports (seed 1502).  Not after 为
# (以…为重点), nor the 重点 of 工作重点/突出重点.
KEY_BEFORE_NOT = re.compile(r"(?:为|作为|工作|突出|难点|重中之|抓住|聚焦|明确|围绕|把握|是)重点$")


def _key_leads(s: _Sentence) -> None:
    for i, f in enumerate(s.found):
        if f.kind != "program" or f.start < 2 or s.text[f.start - 2:f.start] != "重点" or f.name.startswith("重点"):
            continue
        if _clean(s.text[f.start:f.end]) != f.name or KEY_BEFORE_NOT.search(s.text[:f.start]):
            continue
        s.found[i] = _Found(f.kind, "重点" + f.name, f.start - 2, f.end, f.rank)


# (i) 扎实推进新型城镇化和美丽乡村建设: the lexicon's campaign word 和美 (宜居宜业和美乡村) swallowed the 和 before 美丽…建设,
# so the second conjunct was never named ("和美丽" in 15 of 200 random corpus reports, seed 1502; the campaign missed in
# 10).  美丽…建设 after 和 is the campaign when the first conjunct is a program found or a program verb governs the
# clause; a name read from 和美丽 is none.
def _beautiful_after_and(s: _Sentence) -> None:
    from .lexicon import _lexicon, _verbs_of

    lex = _lexicon()
    s.found = [f for f in s.found if not (f.kind == "program" and f.name.startswith("和美丽"))]
    for m in re.finditer("和美丽", s.masked):
        at = m.start() + 1
        campaign = lex.campaign.match(s.masked, at)
        if not campaign:
            continue
        cs, _ce = s.clause_of(at, campaign.end())
        first = any(f.kind == "program" and f.end == m.start() for f in s.found)
        verb = _verbs_of(("build", "program")).search(s.masked, cs, m.start())
        if first or verb:
            s.add("program", at, campaign.end(), 2)


def round15_programs(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "长制" in s.text:
        _chief_systems(s)
    if "五”" in s.text and "规划" in s.text:
        _period_plans(s)
    if "若干" in s.text:
        _measure_packages(s)
    if "、" in s.text or "和" in s.text:
        _place_list_programs(s)
    if "组合拳" in s.text:
        _combination_punches(s)
    if "重点" in s.text:
        _key_leads(s)
    if "和美丽" in s.text:
        _beautiful_after_and(s)
