"""Find administrative units: full names from the gazetteer, short forms, deixis (我区, 全市, 首府)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from ..gazetteer import NATIONAL_NAME, Gazetteer
from ..model import Report, UnitMention
from .alternation import trie_alternation
from .tokens import pos, word_frequency, word_tag

SUFFIX_CHARS = set("省市区县州旗盟镇乡道村")
LEVEL_BY_SUFFIX = [
    ("自治区", "province"), ("特别行政区", "province"), ("省", "province"),
    ("自治州", "prefecture"), ("地区", "prefecture"), ("盟", "prefecture"), ("州", "prefecture"),
    ("自治县", "county"), ("自治旗", "county"), ("县", "county"), ("旗", "county"), ("区", "county"),
    ("街道", "township"), ("镇", "township"), ("乡", "township"),
    ("社区", "village"), ("村", "village"),
    ("市", "prefecture"),
]
# 我国, 全省, 本市; 首府 and 省会 (not 非省会, 省会城市); 全疆; 自治区 alone or after a separator. Every alternative opens with a
# literal and the lookbehinds follow it (the same matches: a lookbehind that does not fit before the text's start fails
# as the leading one would), so `re` scans for the first characters instead of trying each alternative at every
# position (perf: about 5 times faster, the same matches on 102,334 sentences of 240 corpus reports)
DEIXIS = re.compile(r"我[国省区市州县旗盟]|全[国省区市州县旗盟]|本[国省区市州县旗盟]|首府(?<!非首府)(?!城市)|省会(?<!非省会)(?!城市)"
                    r"|全疆|自治区(?<![\u4e00-\u9fff]自治区)|自治区(?<=[、，,和及与]自治区)")
# A short form (新疆, 杭州) counts where it stands alone, not inside a longer name (杭州亚运会), or where a
# count of places follows it (长春、吉林两个特大城市, 海丰、陆河两个山区县).
COUNTED_PLACES = re.compile(r"[\d一二三四五六七八九十两]+个?(?:(?![、，。；])[\u4e00-\u9fff]){0,4}?"
                            r"(?:城市|地区|[县市区州盟旗镇乡])(?![场民级委政长直域村城])")
SHORT_FOLLOW = set("、，,。；;等和与及地的")
PEOPLE_OF = re.compile(r"(?:各族)?(?:人民|群众|市民|儿女)")  # 南京人民, 赣南儿女: the people of a unit
# A village or community written right after its county or township (花垣县十八洞村, 矮寨镇坪朗村); not
# 村民, 村级, 村委会, 社区服务中心.
VILLAGE_AFTER = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:村|社区|嘎查)(?![民级委集务组干庄落镇]|服务|卫生|党|居委|医院|中心|工作)")
TOWNSHIP_AFTER = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡)(?![\u4e00-\u9fff]{0,1}(?:中心|政府|党委|卫生院|中学|小学|办事处))")
# A short form followed by one of these is a street or an institution: 阿勒泰路, 新疆大学.
NAME_CONTINUES = re.compile(r"(?:路|街|大道|巷|桥|大学|学院|医院|公司|集团|银行|商会|协会|精神)")  # …, 大庆精神
# Units listed by their stems before one level word (elliptical coordination): 友好北路、友好南路等6个街道,
# 天子湖、递铺等5个乡镇, 南浔、织里、练市3个镇, 长兴、安吉两县, 安吉、长兴、德清三县.
# The level word may carry what kind of town they are (温圳、李渡、文港等14个中心镇, 灌口、东孚、汀溪、新圩4个小城镇),
# and one example before 等 stands for the list (北票五间房等5个新市镇: 五间房镇 of 北票).
_TOWN_KIND = r"(?:中心|重点|特色|新市|建制|示范|小城|试点)?"
# After a count with 个 the kind may be any short phrase (向塘、蒋巷…麻丘11个农村建设示范镇, 腾鳌、桑林、洋河等3个乡村振兴
# 示范镇, 阳山、清新、连南三个特困县, 海丰、陆河两个山区县), but no feature town (…等一批特色小镇, 古镇).
_LONG_KIND = r"(?<=个)(?:(?![县旗街、，。；等])[\u4e00-\u9fff]){2,10}?(?<![小古])"
_COORDINATED_LEVEL = (r"(?:(?:" + _TOWN_KIND + r"|" + _LONG_KIND + r")(街道|乡镇|镇|乡)"
                      r"|(?:" + _LONG_KIND + r"(?=[县旗]))?(县（市、区）|县（市区）|县（区）|县（市）|县市区|县区|县市|县|区|旗))")
COORDINATED_TOWNSHIPS = re.compile(r"((?:[\u4e00-\u9fff]{2,6}[、和及])+(?:(?!等)[\u4e00-\u9fff]){2,6}?"
                                   r"|(?:(?!等)[\u4e00-\u9fff]){2,8}?(?=等))"
                                   r"(?:等(?:[\d一二三四五六七八九十两]+个)?|[\d一二三四五六七八九十两]+个?)"
                                   + _COORDINATED_LEVEL + r"(?![村域级城县镇])")
# The end of every match of COORDINATED_TOWNSHIPS (等 or the count's last numeral, then the level): a
# sentence without it is skipped. It opens with a character class, which `re` scans for quickly, where
# COORDINATED_TOWNSHIPS is tried at every Chinese character (the same matches, far fewer steps).
COORDINATED_END = re.compile(r"[等\d一二三四五六七八九十两]个?" + _COORDINATED_LEVEL)
# every match of COORDINATED_TOWNSHIPS ends in a level word with one of these (a sentence without any is skipped)
KIND_CHARS = frozenset("街镇乡县区旗")
COORDINATED_SUFFIXES = {"乡镇": ("镇", "乡"), "县市区": ("县", "市", "区"), "县区": ("县", "区"), "县市": ("县", "市"),
                        "县（市、区）": ("县", "市", "区"), "县（市区）": ("县", "市", "区"),
                        "县（区）": ("县", "区"), "县（市）": ("县", "市")}


# POS tags of a word after a short form that show the name has ended: verbs, adverbs, prepositions,
# conjunctions (宜宾超3000亿元, 镇康被评为); a noun instead makes it part of a longer name (乐山机场).
ENDING_FLAGS = ("v", "p", "d", "c", "ad")


class ScopedForms(dict):
    """Surface form -> official name of the units a report names without their suffix; `in_lists` holds
    forms that are also common place words (宜都, 汉川, 天门): units only as an item of a list of places."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_lists: dict[str, str] = {}


def common_word(word: str, place_names_too: bool = False) -> bool:
    """A frequent dictionary word that is not a place name (和平, 前进, 城中), or with place_names_too
    any frequent word (中原, 天桥, 安宁): no short form of a unit."""
    flag = word_tag(word)
    frequent = word_frequency(word) >= 500
    return flag is not None and frequent and (place_names_too or flag != "ns")


@lru_cache(maxsize=2048)  # perf: 5,341 calls for 3,696 spans on 40 reports; the results are immutable
def _word_bounds(text: str, start: int, end: int) -> tuple[frozenset[int], tuple[tuple[str, str], ...]]:
    """Word boundaries (offsets into text) around text[start:end] and the words after it."""
    lo, hi = max(0, start - 4), min(len(text), end + 6)
    bounds = {lo}
    at = lo
    following: list[tuple[str, str]] = []
    for word, flag in pos(text[lo:hi]):
        if at >= end:
            following.append((word, flag))
        at += len(word)
        bounds.add(at)
    return frozenset(bounds), tuple(following)


CLOSERS = "）)”’》」』"


def starts_word(text: str, start: int, end: int) -> bool:
    """A short full name begins a word of its own: not 范县 in 示范县, 海城市 in 沿海城市, 和县 in 市和县."""
    bounds, _ = _word_bounds(text, start, end)
    if start not in bounds:
        return False
    if end - start == 2 and start > 0 and ("\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in CLOSERS):
        # 市和县, 区及县, （社区卫生服务中心）和县、市: a conjunction after a word or a closing bracket, not the county 和县
        if pos(text[start])[0][1][:1] in ("c", "p", "u"):
            return False
    return True


def stands_alone(text: str, start: int, end: int) -> bool:
    """A short form (宜宾, 凤庆) is a whole word followed by punctuation, 等/和, or a verb-like word."""
    after = text[end] if end < len(text) else "。"
    if after in SHORT_FOLLOW or not ("\u4e00" <= after <= "\u9fff") or PEOPLE_OF.match(text, end) \
            or PARTNERSHIP.match(text, end) and text[end:end + 2] != "合作" or COUNTED_PLACES.match(text, end):
        return True
    bounds, following = _word_bounds(text, start, end)
    if start not in bounds or end not in bounds or not following:
        return False
    word, flag = following[0]
    return flag.startswith(ENDING_FLAGS) and (flag != "vn" or word in _action_verbs())  # 中卫建设区域性物流中心


ROUTE_LINKS = "—－-至"
OPEN_QUOTES, CLOSE_QUOTES = "“‘", "”’"
# Two places paired by a dash for a partnership are places, not a route (金华-巴中东西部协作, 肇庆—桂林扶贫协作,
# 太仓—周至对口协作); the words after the second place say so.
PARTNERSHIP = re.compile(r"(?:东西部|东西|扶贫|对口|劳务|结对)*(?:协作|对口|结对|帮扶|合作)(?![社区园]|产业园|示范区)")
_PARTNER_AFTER = re.compile(r"[\u4e00-\u9fff]{2,3}?" + PARTNERSHIP.pattern)


def _inside_a_name(text: str, start: int, end: int, ends: dict[int, int] | None = None) -> bool:
    """A place that is only part of a longer name: a route (“重庆—临沧—缅甸”, 巍山至凤庆高速公路), a
    quoted slogan or brand (“健康龙江”), a milestone after an amount (突破千亿元大关). `ends`: where
    other place names end (and start), so 凤庆 after 巍山至 is a route's end but 拉孜县 after 拓展至 is not."""
    ends = ends or {}
    before = text[start - 1] if start > 0 else ""
    first = _list_start(text, start, ends)  # 延吉至宁波、天津: 天津 ends a route too
    link = text[first - 1] if first > 0 else ""
    if link and link in ROUTE_LINKS and first > 1 and "\u4e00" <= text[first - 2] <= "\u9fff" \
            and (link != "至" or first - 1 in ends or not _verb_before(text, first - 1)) \
            and not (link != "至" and first == start and PARTNERSHIP.match(text, end)):
        return True
    for last in _list_ends(text, end, ends):  # 赤峰、通辽至京沈客专连接线: 赤峰 starts a route too
        link = text[last] if last < len(text) else ""
        if link and link in ROUTE_LINKS and last + 1 < len(text) and "\u4e00" <= text[last + 1] <= "\u9fff" \
                and not (link != "至" and last == end and _PARTNER_AFTER.match(text, last + 1)):
            return True
    opened = max(text.rfind(q, 0, start) for q in OPEN_QUOTES)
    if opened >= 0 and max(text.rfind(q, 0, start) for q in CLOSE_QUOTES) < opened:
        closed = min((i for i in (text.find(q, end) for q in CLOSE_QUOTES) if i >= 0), default=-1)
        if closed >= 0 and (opened + 1, closed) != (start, end):
            return True
    if before and (before.isdigit() or before in "元万亿千百十") or text[max(0, start - 2):start] == "周年":
        return True  # 突破千亿元大关; 成立60周年大庆 (a celebration)
    if text[end - 1] not in SUFFIX_CHARS and _in_parenthesized_name(text, start, end):
        return True
    return False


def _in_parenthesized_name(text: str, start: int, end: int) -> bool:
    """A short place name in brackets inside a name: 中国（合肥）跨境电商综试区, 中以（常州）创新园, 中国石油大学（北京）
    (a full name in brackets is the unit itself: 经济技术开发区（头屯河区）)."""
    opened = text.rfind("（", max(0, start - 6), start)
    if opened < 1 or "）" in text[opened:start] or not "\u4e00" <= text[opened - 1] <= "\u9fff":
        return False
    closed = text.find("）", end, end + 6)
    if closed < 0 or not all(ch in "·、" or "\u4e00" <= ch <= "\u9fff" for ch in text[opened + 1:closed]):
        return False
    return closed + 1 == len(text) or "\u4e00" <= text[closed + 1] <= "\u9fff" or text[closed - 1] in "·、"



# What follows a place in the name of something else: 乌兰察布运输机场, 增城站, 龙南国家级经开区, 山东凯马.
_THING_EXTRA = ("站 火车站 高铁站 客运站 东站 西站 南站 北站 机场 航站楼 经开区 开发区 经济开发区 高新区 自贸区 自贸试验区 综合保税区 保税区 "
                "航线 新区 博览会 交易会 运动会 青奥会 亚运会 峰会 论坛 晚会 文化节 旅游节 艺术节 马拉松 客专 班列 专线 集团 公司").split()
_COUNT = re.compile(r"等?(?:[\d一二三四五六七八九十两]+个)?")
# Word classes allowed between the place and the thing's head (运输, 国家级, 国际): nouns, adjectives,
# distinguishing words; a verb ends the place's phrase (新疆建成机场 names 新疆).
_MODIFIER_FLAGS = ("n", "a", "b", "vn", "nz", "j", "tg")


@cache
def _thing_heads() -> re.Pattern:
    from .entities.lexicon import _table  # the project/organization heads, kept as data
    words = {w for role, ws in _table("entity_heads.txt").items() if role in ("org", "facility", "place") for w in ws}
    words |= set(_THING_EXTRA)
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def _names_a_thing(text: str, start: int, end: int, ends: dict[int, int], known=None) -> bool:
    """The place (and the places listed after it) names a facility, zone, event or company: what follows
    is at most a count and two modifying words, then such a head (not a unit: the thing is named)."""
    # X县城 is X's seat when X has three characters or more (not 古县 in 慈城古县城, 和县 in …”和县城)
    return any(_head_follows(text, at, seat=at > 2 and (at != end or end - start >= 3))
               for at in _list_ends(text, end, ends, known))


def _list_ends(text: str, end: int, ends: dict[int, int], known=None):
    """Where the list a place opens may end: the place itself, or the end of the list's last item when
    that is a place too (“赣州、龙南、瑞金国家级经开区”: the last item has no delimiter after it). A last
    item that was not read as a mention because a name goes on after it (许昌 in
    漯河、鹤壁、开封、许昌经济技术开发区) ends where a `known` place form of two or three characters ends."""
    yield end
    at = end
    while at < len(text) and text[at] == "、":
        nxt = text.find("、", at + 1, at + 10)
        if nxt != -1 and all("\u4e00" <= c <= "\u9fff" for c in text[at + 1:nxt]):
            at = nxt
            continue
        for length in range(2, 9):
            if at + 1 + length in ends:
                yield at + 1 + length
        if known is not None and not any(at + 1 + length in ends for length in range(2, 9)):
            for length in (2, 3):
                if known(text[at + 1:at + 1 + length]):
                    yield at + 1 + length
        return


# Heads that name what the listed places are (洛阳、开封等城市, 包头等盟市中心城市, 慈溪、余姚等副中心城市,
# 河桥、平安、秦川3个省级新型城镇化试点镇): the places are units, not parts of a thing's name.
_COUNTED_KIND = re.compile(r"[\u4e00-\u9fff]{1,3}?[县市旗盟](?![场民级委政长直域])|(?:(?![、，。；])[\u4e00-\u9fff]){1,10}?(?<![小古])[镇乡县](?![场民级委政长直域村城])")
# 城镇 and 城乡 say what a place does (同仁新型城镇化试点县, 汉南区城乡一体化试点): 城 there heads no thing's name
_PLACE_KINDS = ("城市", "城区", "县城", "地区", "市区", "中心区", "城镇", "城乡")


def _head_follows(text: str, at: int, seat: bool = False) -> bool:
    if seat and text.startswith(_PLACE_KINDS, at - 1):
        return False  # 勐海、勐腊县城: the county's seat, not a thing named 城
    counted = _COUNT.match(text, at).end()
    if counted > at and (counted < len(text) and text[counted] in "县市区旗盟州乡镇"
                         or _COUNTED_KIND.match(text, counted)):
        return False  # 通渭、积石山、东乡8个县高速公路, 清远、韶关4个山区市: the count says what the places are
    at = counted
    heads = _thing_heads()
    for number in range(3):
        if text.startswith(_PLACE_KINDS, at):
            return False
        if m := heads.match(text, at):
            return not text.startswith(_PLACE_KINDS, m.end())  # 等副中心城市: what the places are
        words = pos(text[at:at + 8])
        if not words:
            return False
        word, flag = words[0]
        if flag == "v" and word not in _action_verbs() and heads.match(text, at + len(word)):
            return True  # a verb that only modifies the head: 通用机场, 运输机场
        if len(word) > 3 and (m := heads.search(word, 1)) and m.end() == len(word) and len(m.group(0)) >= 3 \
                and not word.endswith(_PLACE_KINDS):
            return True  # the head inside one word: 经济 + 技术开发区
        if flag.startswith("ns") and number == 0 and at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" \
                and 2 <= len(word) <= 4:
            at += len(word)  # a second place right after the first (郑州新郑机场, 郑州新郑综合保税区)
            continue
        if not flag.startswith(_MODIFIER_FLAGS) or flag.startswith("ns") or not "\u4e00" <= word[0] <= "\u9fff":
            return False
        if flag == "vn" and number == 0 and word in _action_verbs():
            return False  # 来宾、贺州建设三甲医院: the places act, they name no hospital
        at += len(word)
    return False


@cache
def _action_verbs() -> frozenset[str]:
    from .entities.lexicon import _table
    return frozenset(w for ws in _table("entity_verbs.txt").values() for w in ws)


def _list_start(text: str, start: int, ends: dict[int, int]) -> int:
    """Start of the first place of the list of places a place ends (“宁波、天津” → 宁波's start)."""
    while start > 1 and text[start - 1] in "、和" and start - 1 in ends:
        start = ends[start - 1]
    return start


def _verb_before(text: str, at: int) -> bool:
    """A verb of two or more characters ends at `at` (拓展至, 延伸至: a verb's goal, not a route)."""
    words = pos(text[max(0, at - 6):at])
    return bool(words) and words[-1][1].startswith("v") and len(words[-1][0]) >= 2


def level_of(name: str) -> str | None:
    for suffix, level in LEVEL_BY_SUFFIX:
        if name.endswith(suffix):
            return level
    return None


NATIONAL_DEIXIS = ("全国", "我国", "本国")
SUFFIX_AT = re.compile("[" + "".join(sorted(SUFFIX_CHARS)) + "]")
_TAILS: dict[int, tuple[dict, frozenset[str]]] = {}


def _name_tails(gaz: Gazetteer) -> frozenset[str]:
    """Every tail of every gazetteer name (市, 阳市, 沈阳市, ...), once per gazetteer."""
    known = _TAILS.get(id(gaz.by_name))
    if known is None or known[0] is not gaz.by_name:
        known = (gaz.by_name, frozenset(name[i:] for name in gaz.by_name for i in range(len(name))))
        _TAILS[id(gaz.by_name)] = known
    return known[1]


def find_unit_mentions(report: Report, gaz: Gazetteer, townships: dict[str, str],
                       national_report: bool = False) -> list[UnitMention]:
    """Every unit mention of the report with its sentence index; longest match wins on overlaps."""
    mentions: list[UnitMention] = []
    # Scoped forms without a suffix (宜都 for 宜都市 in a 宜昌市 report) need their own scan.
    bare = frozenset(k for k in townships if k[-1] not in SUFFIX_CHARS)
    scoped_shorts = _alternation(bare) if bare else None
    # tails of gazetteer names (shared by all reports) and of this report's townships, kept apart: no copy
    name_tails = _name_tails(gaz)
    township_tails = {name[i:] for name in townships for i in range(len(name))}
    in_lists = getattr(townships, "in_lists", {})
    listed_forms = _alternation(frozenset(in_lists)) if in_lists else None

    def known(form: str) -> bool:  # a place's name or short form, for the last item of a list
        return form in gaz.by_short or form in gaz.county_shorts or form in gaz.by_name or form in townships
    for index, sentence in enumerate(report.sentences):
        text = sentence.text
        spans: list[tuple[int, int, str, str | None, str | None]] = []  # start, end, name, deixis, level
        for suffix in SUFFIX_AT.finditer(text):
            end = suffix.end()
            # Only lengths whose text is the tail of some name can match (the same matches, fewer lookups).
            longest, top = 1, min(gaz.max_name_length, end)
            while longest < top and ((tail := text[end - longest - 1:end]) in name_tails or tail in township_tails):
                longest += 1
            for length in range(longest, 1, -1):
                candidate = text[end - length:end]
                if candidate in gaz.by_name:
                    if length <= 3 and not starts_word(text, end - length, end):
                        continue
                    spans.append((end - length, end, candidate, None, level_of(candidate)))
                    break
                if candidate in townships:
                    if length <= 3 and not (starts_word(text, end - length, end)
                                            and end in _word_bounds(text, end - length, end)[0]):
                        continue  # 地城镇 in 就地城镇化
                    official = townships[candidate]
                    spans.append((end - length, end, official, None, level_of(official) or "township"))
                    break
        for short, division in _short_matches(text, gaz):
            spans.append((short[0], short[1], division.name, None, division.level))
        if scoped_shorts is not None:
            for m in scoped_shorts.finditer(text):
                official = townships[m.group(0)]
                if stands_alone(text, m.start(), m.end()) or level_of(official) == "county" and (
                        starts_word(text, m.start(), m.end()) and _township_stem_after(text, m.end(), official, gaz)):
                    spans.append((m.start(), m.end(), official, None, level_of(official)))  # 丘北双龙营 too
        for alias, full in gaz.aliases.items():
            if full == NATIONAL_NAME and not national_report or alias not in text:
                continue
            for m in re.finditer(re.escape(alias), text):
                blocked = gaz.alias_not_followed.get(alias)
                if blocked is not None and blocked.match(text, m.end()):
                    continue
                spans.append((m.start(), m.end(), full, None, None))
        for m in DEIXIS.finditer(text):
            if m.group(0) in NATIONAL_DEIXIS and not national_report:
                continue  # 全国 in a sub-national report is part of a title or body (全国政协, 全国先进)
            spans.append((m.start(), m.end(), m.group(0), m.group(0), None))
        for m in COORDINATED_TOWNSHIPS.finditer(text) if COORDINATED_END.search(text) \
                and not KIND_CHARS.isdisjoint(text) else ():  # the search first: cheaper than a set of the text's characters
            level_word = m.group(2) or m.group(3)
            single = not re.search(r"[、和及]", m.group(1))
            if single and m.group(3):
                continue  # one example before 等 only for towns (a county list needs two items)
            suffixes = COORDINATED_SUFFIXES.get(level_word, (level_word,))
            offset = m.start(1)
            listed = []
            for part in re.finditer(r"[^、和及]+", m.group(1)):
                found = _coordinated_unit(part.group(0), suffixes, gaz, townships)
                if found and single and found[2] != "township":
                    found = None
                if found:
                    item_start = offset + part.end() - len(found[0])
                    listed.append((item_start, offset + part.end(), *found[1:]))
                    county = _county_before(text[offset + part.start():item_start], townships, gaz)
                    if county and found[2] == "township":  # 北票五间房: the town's county written before it
                        listed.append((item_start - len(county[0]), item_start, county[1], "county"))
            # counties of one list share a province: 曲江 in 高新、曲江、碑林、长安、雁塔等五区 (西安) is
            # no 曲江区 of 韶关
            provinces = Counter(gaz.province_of(d[0].code) for _s, _e, name, level in listed
                                if level == "county" and len(d := gaz.by_name.get(name, ())) == 1)
            common = provinces.most_common(1)[0][0] if len(provinces) == 1 or (
                len(provinces) > 1 and provinces.most_common(2)[0][1] > provinces.most_common(2)[1][1]) else None
            for start, end, name, level in listed:
                division = gaz.by_name.get(name, ())
                if level == "county" and len(division) == 1 and gaz.province_of(division[0].code) != common:
                    continue
                # the list's level word decides between a prefecture and a county-level city of one short
                # form (文山 in 文山、麻栗坡、马关5个县（市）is 文山市, not 文山州)
                spans = [span for span in spans if (span[0], span[1]) != (start, end)]
                spans.append((start, end, name, None, level))
        if listed_forms is not None:
            _add_listed(text, spans, listed_forms, getattr(townships, "in_lists", {}))
        _add_list_tails(text, spans, gaz, townships)
        # A township written right after its county (天山区大巴扎街道), even when the gazetteer lacks it.
        parents: dict[int, str] = {}
        for start, end, name, _deixis, level in list(spans):
            if level != "county":
                continue
            m = TOWNSHIP_AFTER.match(text, end)
            if m and m.group(0).endswith("城乡") and m.group(0) not in townships:
                continue  # 城乡 is town and country (崇阳县建设城乡一体化, 通榆县服务城乡群众), unless a known 旧城乡
            if m and _township_phrase(text, end, m.end()) and not any(s <= end < e for s, e, *_ in spans if (s, e) != (start, end) and e > end):
                official = townships.get(m.group(0), m.group(0))
                spans.append((end, m.end(), official, None, "township"))
                parents[end] = name
        for start, end, name, _deixis, level in list(spans):
            if level != "county" or end in parents:
                continue
            found = _township_stem_after(text, end, name, gaz)
            if found and not any(s <= end < e for s, e, *_ in spans if (s, e) != (start, end) and e > end):
                spans.append((end, end + len(found[0]), found[1], None, "township"))
                parents[end] = name
        for start, end, name, _deixis, level in list(spans):
            if level not in ("county", "township"):
                continue
            m = VILLAGE_AFTER.match(text, end)
            if m and _village_phrase(text, end, m.end()) and not any(
                    s <= end < e for s, e, *_ in spans if (s, e) != (start, end) and e > end):
                spans.append((end, m.end(), m.group(0), None, "village"))
                parents[end] = name
        for start, end, name, parent in _listed_villages(text, spans, townships):
            spans.append((start, end, name, None, "village"))
            if parent:
                parents[start] = parent
        ends = {span[1]: span[0] for span in spans if span[3] is None}
        spans = [span for span in spans
                 if span[3] is not None or not (_inside_a_name(text, span[0], span[1], ends)
                                                or span[4] != "village"
                                                and _names_a_thing(text, span[0], span[1], ends, known))]
        for start, end, name, deixis, level in _longest_first(spans):
            surface = text[start:end]
            mentions.append(UnitMention(surface=surface, name=None if deixis else name,
                                        start=sentence.start + start, end=sentence.start + end,
                                        sentence=index, deixis=deixis, level=level,
                                        parent=parents.get(start)))
    return mentions


# Villages listed before a count of villages (周村、天井关村等17个村, 春光村、联丰村、海子沿村等7个村荣获…, 槽碓村、岔山村
# 等15个乡村, 西蒋村等5个省级传统村): each item is a village; one example before 等 stands for the list.
VILLAGE_LIST = re.compile(r"((?:[\u4e00-\u9fff]{1,8}?村[、和及])*[\u4e00-\u9fff]{1,8}?村)"
                          r"(?=等[\d一二三四五六七八九十两]+个(?:(?![、，。；])[\u4e00-\u9fff]){0,8}?村(?![民级委集务组干庄落镇]))")
# Words that end the text before a listed village's name (支持武圣村, 打造槽碓村: 支持 and 打造 are no part of it).
_BEFORE_NAME_FLAGS = ("v", "p", "c", "d", "r", "u", "m", "q", "f")


def _listed_villages(text: str, spans: list, townships: dict[str, str]):
    """(start, end, name, parent) of the villages listed before 等N个…村; a unit written before an item
    (平坝区大屯村, 阳川镇仲坪村) or a township's stem (客店赵泉河村: 客店镇) is its parent."""
    if "等" not in text or "村" not in text:
        return  # every match has both
    for m in VILLAGE_LIST.finditer(text):
        offset = m.start(1)
        for number, part in enumerate(re.finditer(r"(?:[^、和及]|(?<!村)[和及])+", m.group(1))):  # 中和镇七里村 is one
            start, end = offset + part.start(), offset + part.end()
            parent = None
            inner = [(s, e, name) for s, e, name, deixis, level in spans
                     if deixis is None and level in ("county", "township", "prefecture") and start <= e < end - 1
                     and s < e and (s >= start or number == 0)]
            if inner:
                s, e, parent = max(inner, key=lambda span: span[1])
                start = e
            if parent is None and number > 0:
                parent, start = _unit_before_village(text, start, end, townships)
            if parent is None and (number == 0 or end - start > 5):
                start = _village_name_start(text, start, end)
                if text[start] in "省市区县镇乡" and end - start >= 4:
                    start += 1  # the rest of a unit's name the look back cut (长白县果园村)
                parent, start = _unit_before_village(text, start, end, townships)
            name = text[start:end]
            words = pos(name)
            if len(name) < 2 or end - start > 6 or name in GENERIC_VILLAGE_WORDS or word_frequency(name) >= 50 \
                    or any(name.endswith(word) for word in GENERIC_VILLAGE_WORDS if len(word) >= 3) \
                    or len(words) >= 3 and words[-1][0] == "村" and len(words[-2][0]) >= 2 and common_word(words[-2][0]):
                continue  # a kind of village (新农村, 电商产业村, 古驿风情村)
            yield start, end, name, parent


def _unit_before_village(text: str, start: int, end: int, townships: dict[str, str]) -> tuple[str | None, int]:
    """(parent, start of the name) of a village written after a county's short form of the report's province
    (夹江石堰村, 凌海大茂堡村) or a township's stem (客店赵泉河村): the unit that form names."""
    for length in (3, 2):
        stem = text[start:start + length]
        found = next((townships[form] for form in (stem, stem + "镇", stem + "乡") if form in townships), None)
        if found and end - start - length >= 2:
            return found, start + length
    return None, start


def _village_name_start(text: str, start: int, end: int) -> int:
    """Where the name of the village ending at `end` begins, looking back no further than `start`: after the
    last verb, preposition, conjunction or adverb of two characters and at most four characters before 村."""
    words = pos(text[start:end - 1])
    at = end - 1
    for word, flag in reversed(words):
        if flag.startswith(_BEFORE_NAME_FLAGS) and flag not in ("nr", "ns") and (len(word) >= 2 or flag[:1] in "pcur") \
                and not (flag == "m" and at == end - 1) \
                or len(word) >= 2 and common_word(word) and at < end - 1 or end - 1 - (at - len(word)) > 4:
            break
        at -= len(word)
    return at


def _add_listed(text: str, spans: list, pattern: re.Pattern, names: dict[str, str]) -> None:
    """Place words that are counties of the province (宜都, 汉川) count as units where they are items of a
    list whose next or previous item is a unit (新增仙桃、潜江、宜都、大冶4个千亿县)."""
    pending = [m for m in pattern.finditer(text) if starts_word(text, m.start(), m.end())
               and m.end() in _word_bounds(text, m.start(), m.end())[0]
               and not any(s < m.end() and m.start() < e for s, e, *_ in spans)]
    added = True
    while pending and added:
        added = False
        for m in list(pending):
            after = text[m.end():m.end() + 1]
            if after not in ("、",) and text[m.start() - 1:m.start()] != "、":
                continue
            starts = {s for s, *_ in spans}
            ends = {e for _s, e, *_ in spans}
            if after == "、" and m.end() + 1 in starts or text[m.start() - 1:m.start()] == "、" and m.start() - 1 in ends:
                name = names[m.group(0)]
                spans.append((m.start(), m.end(), name, None, level_of(name)))
                pending.remove(m)
                added = True


def _add_list_tails(text: str, spans: list, gaz: Gazetteer, townships: dict[str, str]) -> None:
    """The item after `、` (or 和, 与, 及) that follows a place is a place too when it is a province's,
    prefecture's or (in the report's scope) county's short form: the last item of a list, whatever follows
    it (奉新、上高成功创建, 对福建、厦门工作, 望江和宿松纺织服装, 南昌与丰城公交线路); a name it begins after
    `、` is judged with the list afterwards (_names_a_thing: 漯河、鹤壁、许昌经济技术开发区)."""
    added = True
    while added:
        added = False
        for _start, end, _name, deixis, level in list(spans):
            if deixis is not None or level not in _LISTED_LEVELS or text[end:end + 1] not in _LIST_LINKS:
                continue
            at = end + 1
            if any(s < at + 2 and at < e for s, e, *_ in spans):
                continue
            for length in (4, 3, 2):
                form = text[at:at + length]
                division = gaz.by_short.get(form) or gaz.county_shorts.get(form)
                if division is not None:
                    name, form_level = division.name, division.level
                elif form in townships and form[-1] not in SUFFIX_CHARS:
                    name = townships[form]
                    form_level = level_of(name)
                else:
                    continue
                if len(form) < length or form_level not in _LISTED_LEVELS or NAME_CONTINUES.match(text, at + length) \
                        or text[at + length:at + length + 1] in SUFFIX_CHARS \
                        or len(pos(text[at:at + length + 4])[0][0]) > length:
                    break  # 福建、厦门路; 宁波、天津市 is a full name of its own; 怒江、澜沧江 is a river
                if text[end] != "、" and (_names_a_thing(text, at, at + length, {e: s for s, e, *_ in spans})
                                          or _counts_things(text, at + length)):
                    break  # 运城和长治机场, 西宁和格尔木两个综合交通枢纽: a tail after 和/与/及 that begins a thing's
                    # name is left out (the walk of a list's items goes by 、 only: 谢家集区与山南新区)
                spans.append((at, at + length, name, None, form_level))
                added = True
                break


_LISTED_LEVELS = ("province", "prefecture", "county")
_COUNTED = re.compile(r"[\d一二三四五六七八九十两]+个")


def _counts_things(text: str, at: int) -> bool:
    """A count follows at `at` and what it counts is no kind of place (两个综合交通枢纽, not 两个县)."""
    m = _COUNTED.match(text, at)
    return bool(m) and not (text[m.end():m.end() + 1] in "县市区旗盟州乡镇" or _COUNTED_KIND.match(text, m.end())
                            or text.startswith(_PLACE_KINDS, m.end()))
_LIST_LINKS = ("、", "和", "与", "及")


def _township_stem_after(text: str, at: int, county: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """(stem, official name) of a township of `county` written by its stem right after it (丘北双龙营 for
    双龙营镇, 章贡区水西 for 水西镇): the stem ends a word, is no common word and no level word follows it."""
    counties = [d for d in gaz.by_name.get(county, ()) if d.level == "county"]
    if len(counties) != 1:
        return None
    names = gaz.townships_of(counties[0].code)
    for length in (4, 3, 2):
        stem = text[at:at + length]
        if len(stem) < length or not all("\u4e00" <= c <= "\u9fff" for c in stem):
            continue
        official = [stem + suffix for suffix in ("镇", "乡", "街道") if stem + suffix in names]
        if len(official) != 1 or text[at + length:at + length + 1] in SUFFIX_CHARS | {"街", "城", "路"} \
                or common_word(stem, place_names_too=True) or at + length not in _word_bounds(text, at, at + length)[0]:
            continue
        if not _ends_a_place(text, at + length):
            return None  # 阳西程村红树林, 甘洛斯觉大堰工程, 横峰兴安种业: the stem begins a thing's name
        return stem, official[0]
    return None


def _ends_a_place(text: str, at: int) -> bool:
    """What follows a township's bare stem at `at` ends it: punctuation or a conjunction (南海狮山和三水乐平),
    a verb (海丰可塘获评), a count of towns (宾县居仁等10个整镇) or a village (义县大榆树堡石匣子村)."""
    if at >= len(text) or text[at] in "、，,。；;和与及":
        return True
    if re.match(r"等[\d一二三四五六七八九十两]+个[\u4e00-\u9fff]{0,3}?[镇乡]", text[at:]):
        return True
    village = VILLAGE_AFTER.match(text, at)
    if village and _village_phrase(text, at, village.end()):
        return True
    words = pos(text[at:at + 6])
    return bool(words) and len(words[0][0]) >= 2 and words[0][1].startswith(("v", "p", "d")) and words[0][1] != "vn"


def _township_phrase(text: str, start: int, end: int) -> bool:
    """text[start:end] (after a county) names a township: it ends a word and does not begin with a verb
    (宜良统筹城乡发展 and 渭源县争创水美乡村 name none; 天山区大巴扎街道 does)."""
    at = start
    for number, (word, flag) in enumerate(pos(text[start:end + 2])):
        if number == 0 and len(word) >= 2 and flag.startswith("v") and flag != "vn":
            return False
        at += len(word)
        if at >= end:
            return at == end
    return True


def _coordinated_unit(item: str, suffixes: tuple[str, ...], gaz: Gazetteer,
                      townships: dict[str, str]) -> tuple[str, str, str] | None:
    """(stem, full name, level) of a listed stem: the township or county it names with the list's level
    word; the first item may carry words before it (支持南浔、织里: 南浔)."""
    for cut in range(0, len(item) - 1):
        stem = item[cut:]
        if stem.endswith(suffixes) and (name := _township_name(stem, townships)):
            return stem, name, "township"  # the last item written in full: 红果子、姚伏、陶乐、星海镇4个中心镇
        for suffix in suffixes:
            name = _township_name(stem + suffix, townships)
            if name:
                return stem, name, "township"
            if suffix in "县区市旗" and any(d.level == "county" for d in gaz.by_name.get(stem + suffix, ())):
                return stem, stem + suffix, "county"  # 县级市 too: 文山市 in 文山、马关等县（市）
    return None


def _county_before(prefix: str, townships: dict[str, str], gaz: Gazetteer) -> tuple[str, str] | None:
    """(short form, full name) of a county of the reporting unit that ends `prefix` (北票 before 五间房)."""
    for length in (3, 2):
        short = prefix[-length:]
        if len(short) == length and (name := townships.get(short)) \
                and any(d.level == "county" for d in gaz.by_name.get(name, ())):
            return short, name
    return None


def _village_phrase(text: str, start: int, end: int) -> bool:
    """text[start:end] (after a county or township) names a village: one or two words that end there, the
    first a name or noun (十八洞村, 坪朗村), not a common word (新农村, 美丽乡村, 示范村, 乡村)."""
    words = []
    at = start
    for word, flag in pos(text[start:end + 2]):
        words.append((word, flag))
        at += len(word)
        if at >= end:
            break
    if at != end or len(words) > 3:
        return False
    first, flag = words[0]
    if flag[:1] in ("a", "d", "v", "c", "p", "r", "f") or any(f[:1] == "q" or "个" in w for w, f in words) \
            or word_frequency(text[start:end]) >= 50:
        return False  # 美丽乡村, 各村, 3个村; a numeral may begin a name (十八洞村)
    last = words[-1][0]
    # a frequent common noun before 村 names a kind of village (边境村, 重点村), not one village
    return last not in GENERIC_VILLAGE_WORDS and not (len(words) == 2 and last in ("村", "社区") and
                                                    flag in ("n", "vn", "an") and word_frequency(first) >= 1000)


GENERIC_VILLAGE_WORDS = frozenset("乡村 农村 山村 新村 村村 示范村 重点村 贫困村 行政村 自然村 城中村 中心村 美丽乡村 "
                                  "新农村 城乡社区 农村社区 城市社区 示范社区 和谐社区 小区".split())


def _township_name(name: str, townships: dict[str, str]) -> str | None:
    return townships.get(name)


def township_forms(official: dict[str, str]) -> dict[str, str]:
    """Surface form -> official name, with short official forms (扬子江街道 for 扬子江路街道)."""
    forms = {name: name for name in official}
    for name in official:
        for suffix in ("街道", "镇", "乡"):
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                if len(stem) >= 3 and stem[-1] in "路街":
                    forms.setdefault(stem[:-1] + suffix, name)
    return forms


def _short_matches(text: str, gaz: Gazetteer):
    """Short forms: provinces (新疆) and long prefecture names (乌鲁木齐) anywhere; two-character
    prefecture names (杭州) and autonomous counties (积石山) only where a name cannot go on."""
    for m in _short_pattern(gaz).finditer(text):
        candidate = m.group(0)
        division = gaz.by_short.get(candidate) or gaz.county_shorts.get(candidate)
        if NAME_CONTINUES.match(text, m.end()):
            continue
        after = text[m.end()] if m.end() < len(text) else "。"
        distinctive = division.level == "province" or (division.level == "prefecture" and len(candidate) >= 3)
        if m.start() > 0 and "\u4e00" <= text[m.start() - 1] <= "\u9fff" \
                and m.start() not in _word_bounds(text, m.start(), m.end())[0] \
                and not _after_its_province(text, m.start(), gaz):
            continue  # 山东 in 贺兰山东麓, 白银 in 真金白银
        if distinctive or after in SHORT_FOLLOW or not ("\u4e00" <= after <= "\u9fff") \
                or stands_alone(text, m.start(), m.end()) or _juxtaposed_place(text, m.end(), gaz) and not _pair_before(text, m.start(), gaz) \
                or _PAIR_ENDS.match(text, m.end()) and _pair_before(text, m.start(), gaz):
            yield (m.start(), m.end()), division


# Two cities written together without a delimiter are a pair (自贡内江对口帮扶, 佛山云浮一体化帮扶, 太原晋中同城化,
# 加强济南临沂协作帮扶, 西宁海东一体发展): the first is a place too when the second is one that ends there. Three
# in a row name a route (包头西安海口高铁), and so does a pair before 至 (滨州东营至淄博).
_PAIR_ENDS = re.compile(r"(?:一体化|同城化|一体|两市|两地|双城)")


def _juxtaposed_place(text: str, at: int, gaz: Gazetteer) -> bool:
    """A province's or prefecture's short form begins at `at` and is itself a whole place: what follows it
    ends it (a delimiter, a partnership, 一体化, a verb). 郑州新郑机场 names an airport (the thing's head
    after the pair is checked later), 湖南岳阳 is a province before its city."""
    for length in (4, 3, 2):
        second = text[at:at + length]
        division = gaz.by_short.get(second)
        if division is None or len(second) < length or division.level not in ("prefecture", "province"):
            continue
        end = at + length
        after = text[end] if end < len(text) else "。"
        if after in ROUTE_LINKS or text.startswith("经", end):
            return False  # 滨州东营至淄博至莱芜高铁, 怀化经桂林玉林至湛江段: a route's stops
        return after in SHORT_FOLLOW or not ("\u4e00" <= after <= "\u9fff") or bool(_PAIR_ENDS.match(text, end)) \
            or bool(PARTNERSHIP.match(text, end)) or stands_alone(text, at, end)
    return False


def _pair_before(text: str, at: int, gaz: Gazetteer) -> bool:
    """A province's or prefecture's short form ends at `at` (佛山 in 佛山云浮一体化)."""
    return any((d := gaz.by_short.get(text[at - n:at])) is not None and d.level in ("prefecture", "province")
               for n in (2, 3, 4) if at >= n)


def modified_by_adjective(text: str, start: int, end: int) -> bool:
    """A short form right after an adjective or adverb that ends its phrase (幸福安康！, 人民更安康。,
    平安大庆、) is a common word (well-being, a celebration), unless it is the reporting unit's own (平安本溪,
    健康长治: resolve decides). A place goes on into what it modifies (落实海淀创新发展16条: jieba tags 落实
    an adjective), and one-character adjectives still name the place (大武汉)."""
    if start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff":
        return False
    if end < len(text) and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in "的和与及或":
        return False  # the phrase goes on; a conjunction (兴边富民和桂西五县) or 的 ends it
    words = pos(text[max(0, start - 4):start])
    if not words:
        return False
    word, flag = words[-1]
    return flag in ("a", "ad", "d") and (len(word) >= 2 or flag == "d")


def _after_its_province(text: str, start: int, gaz: Gazetteer) -> bool:
    """A place written right after a province's short form (湖南岳阳: one word to jieba)."""
    return any((d := gaz.by_short.get(text[start - n:start])) is not None and d.level == "province"
               for n in (2, 3) if start >= n)


@lru_cache(maxsize=16)
def _alternation(words: frozenset[str]) -> re.Pattern:
    """The trie alternation of a report's scoped township forms, compiled (about 1 ms each): reports of one
    region share them, and a build's worker takes the reports of a folder one after another (perf)."""
    return re.compile(trie_alternation(words))


@cache
def _short_pattern(gaz: Gazetteer) -> re.Pattern:
    return re.compile(trie_alternation(set(gaz.by_short) | set(gaz.county_shorts)))


def _longest_first(spans):
    if not spans:
        return []
    chosen: list[tuple[int, int, str, str | None, str | None]] = []
    taken = [False] * (max((s[1] for s in spans), default=0) + 1)
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if any(taken[span[0]:span[1]]):
            continue
        for k in range(span[0], span[1]):
            taken[k] = True
        chosen.append(span)
    return sorted(chosen)
