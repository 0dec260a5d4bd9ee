"""Round 26 (indIB): indicator edges of list members.

Called from two one-line hooks: ``indicators._distribute`` (fix 1, ``place_cut``: where a 分别 list's last member ends
when the old fallback would cut inside a word) and ``measurements.sentence_indicators`` (fix 2, ``listed``: a count before
a list joined by 、, right after round 25 indFA's ``coordinated``). The word classes here are closed grammatical classes
(the administrative division suffixes, measure words of times, a few adverbs and quantifiers), not lexicons.
Notes: eval/corpus_samples/ind26_right/README.md.
"""

from __future__ import annotations

import re

from .tokens import is_punctuation, pos

# The last character of a place of the administrative divisions (塔城地区, 阜康市, 和静县, 阿拉善盟, 乌审旗): a closed class.
PLACE_ENDINGS = "市县区州盟旗镇乡"
NOT_PLACES = frozenset({"城市", "都市", "超市"})  # words ending so that name no place


def place_cut(head_part: str, others: list[str], cut: int) -> int:
    """Where the last member of a 分别 list of places ends and the head the members share begins.

    A list whose members end differently (州直、塔城地区、阿勒泰地区国有企业营收; 昌吉市、阜康市、吉木萨尔县地区生产总值)
    was cut in its last member at the first member's length when no word boundary lay within one character of it:
    阿勒|泰地区国有企业营收 gave 州直泰地区国有企业营收 and 塔城地区泰地区国有企业营收, a piece of the last member spliced into
    every other one. When another member is a place (ends in a character of PLACE_ENDINGS) and the last member has such a
    character at the end of one of its words, the place ends there (阿勒泰地区|国有企业营收, 吉木萨尔县|地区生产总值), when a
    head of two characters or more is left. Else the cut stays (城镇、农村|居民人均可支配收入 is right: 农村居民 is one word).
    """
    if not any(p[-1:] in PLACE_ENDINGS for p in others):
        return cut
    at = 0
    for word, _flag in pos(head_part):
        at += len(word)
        if len(head_part) - at < 2:
            break
        if word[-1] in PLACE_ENDINGS and at >= 2 and word not in NOT_PLACES:
            return at
    return cut


# Fix 2: a count before a list of things joined by 、 (8家高耗能、低效益企业, 65家博物馆、图书馆、文化馆（站）).
TIMES = ("次", "天", "日", "年", "周", "小时", "分钟", "季度")  # measure words of times and durations
NOT_MEMBER_FRONT = frozenset({"所有", "全部", "其他", "其余"})  # 536个重点村、所有建档立卡贫困人口: another object
# Words after a list that begin its predicate (…、政协提案全部办结) although jieba does not tag them as verbs.
PREDICATE_FRONT = frozenset({"全部", "均", "都", "全", "已", "已经", "先后", "陆续", "相继", "分别", "共", "累计"})
_PREDICATE_TAGS = frozenset({"v", "vn", "vd", "d", "ad", "a", "p"})
NOTE = re.compile(r"（[^（）]{1,4}）$")  # 文化馆（站）: a note in brackets after the last member
_NOT_IN_MEMBER = frozenset({"p", "d", "ad", "r", "m", "u", "uj", "ul", "c"})


def listed(text: str, at: int, noun: str, count: bool = True) -> str:
    """The noun a count at text[:at] counts, with the members joined to it by 、 when after() stopped at the first 、:
    关停8家|高耗能、低效益企业 -> 高耗能、低效益企业, 65家|博物馆、图书馆、文化馆（站） -> the three. The golds take the
    list as written (dev28; samples A 小麦、玉米生产区, F 行业协会、商会, N 断头路、卡脖路; the official 纺机、农机及各类装备).
    Else noun unchanged: not when a member has a count or figure of its own (20家龙头企业、合作社1000家; 35项重点工作、
    市本级22件…), opens with a number, a level or a verb (another object: 5个项目、新建…), holds a preposition, adverb,
    pronoun or verb, is no counted noun, or when the list ends in 等 (named members) or runs into 的."""
    from . import indicators, round25_indFA

    if not count or not noun or not text.startswith(noun, at) or text[max(0, at - 2):at].endswith(TIMES):
        return noun  # 4次提高…、…, 2天内…: a count of times or days counts no list of things
    end = at + len(noun)
    if not text.startswith("、", end) or round25_indFA.QUOTED.fullmatch(noun):
        return noun
    verbs = indicators._verbs_or_predicates() | indicators._indicator_verbs()
    while text.startswith("、", end):
        rest = end + 1
        if text[rest:rest + 1].isdigit() or text[rest:rest + 1] in "一二三四五六七八九十两百千万“" \
                or indicators.LEVEL.match(text, rest) or text.startswith(("以上", "以下", "等"), rest):
            return noun
        member = indicators.after(text[rest:])
        if len(member) < 2 or not text.startswith(member, rest) or member.endswith(tuple(indicators.NOT_COUNTED)) \
                or indicators.names_amount(member) or member.endswith("问题") or "（" in NOTE.sub("", member):
            return noun  # …、创历史最好水平; …、大渡口（石台）经开区: no thing counted, a named place
        words = indicators.pos(member)
        if any(flag in _NOT_IN_MEMBER or word in verbs for word, flag in words) \
                or words[0][1] in round25_indFA._NOT_FIRST or words[0][0] in NOT_MEMBER_FRONT:
            return noun  # 、新建…, 、在…: another clause; 、北京…: a named place (jieba's reading of a verb or name)
        if round25_indFA._OWN_FIGURE.match(text, rest + len(member)):
            return noun  # 、合作社1000家: a member with a figure of its own
        end = rest + len(member)
    last_start = text.rfind("、", at, end) + 1
    if not _list_ends(text, end, verbs):
        return noun  # 8类主要刑事案件立案数、命案|发案数, 孤老、残疾|低保家庭: the last member was read short
    if _runs_on(noun) or not round25_indFA._ends_in_noun(NOTE.sub("", text[last_start:end]) or "、") or text.startswith(("等", "的"), end) \
            or text.startswith(round25_indFA._WITH_VERBS, end):
        return noun
    joined = round25_indFA.coordinated(text, last_start, text[last_start:end])  # …、垃圾处理产业化项目和…
    conj = next((c for c in ("以及", "和", "及") if text.startswith(c, end)), "")
    if joined == text[last_start:end] and conj and not round25_indFA._OWN_FIGURE.match(text, end + len(conj)):
        return noun  # 街头游园、停车设施和|城市驿站, 省市、中央和|国家部委: a member after 和 not read, no list cut inside
    return text[at:last_start] + joined


def _list_ends(text: str, end: int, verbs: frozenset[str]) -> bool:
    """Whether the list read up to text[:end] ends there: a mark, 和/及 (another member), a governing verb or an adverb,
    or a verb, adverb or preposition not followed by a noun or 等 (…文化馆（站）|免费开放); not a noun or a numeral, nor a
    verb inside a name (命案|发案数, 残疾|低保家庭, 艺术|展览等)."""
    from . import indicators

    words = indicators.pos(text[end:end + 10])
    if not words or is_punctuation(words[0][0]) or words[0][0] in ("和", "及", "以及"):
        return True
    first = words[0]
    second = words[1] if len(words) > 1 else ("", "x")
    if second[0] == "、":
        return False  # 规模适度、经济|适用、…: a list of predicates, not of things
    if first[0] in verbs or first[0] in PREDICATE_FRONT:
        return True
    if first[1] not in _PREDICATE_TAGS or first[0] == "与" or len(first[0]) == 1:
        return False  # 商贸中心、便民商|超…: the last member was cut inside a word
    return not (second[1].startswith("n") or second[0] == "等")


def _runs_on(noun: str) -> bool:
    """Whether the first member read after the count runs on into a predicate (志愿者|下沉社区、驻守基层): a noun, then a
    verb."""
    from . import indicators

    flags = [flag for _w, flag in indicators.pos(noun)]
    return any(a.startswith("n") and b == "v" for a, b in zip(flags, flags[1:], strict=False))
