"""Round 25 (indFA): a count's noun cut short at a coordination inside the phrase it counts.

A count written before two nouns joined by 和, 及 or 以及 counts the things of both (46个在建重点水源及连通工程,
800.6万农村及乡镇人口, 2.36万边缘户和脱贫不稳定户, 273项重要领域和关键环节改革): after() stops at the conjunction (jieba
tags it c), so the indicator was only the first noun. The official gold and dev2/dev3 keep the whole coordination
(零工市场及零工驿站, 乘用车及重型商用车, 省级科技企业孵化器和众创空间, 一级和二级公路), and so do the hand-judged samples
(C 新农村建设点和清洁工程点, F 人大代表建议和政协委员提案, L 国家和地区).

Not when the second noun has a count of its own (10个项目和资金50亿元), when it opens with a verb, a number or a level
(those are other rules' cases), when 及 is part of a word (及时, 及以上), or when 与 joins them (与 is mostly a
preposition there: 30家企业与高校合作).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from . import indicators

CONJUNCTIONS = ("以及", "和", "及")
# What after the second noun shows it is no thing counted with the first: a figure of its own, a 的 (A和B的…).
_OWN_FIGURE = re.compile(r"[ \u3000]*(?:\d|[一二三四五六七八九十两百千万]+[个家项条户名所座处件种类批]|的)")
QUOTED_COUNT = re.compile(r"“[\d一二三四五六七八九十两百千]+[个家项条户名所座处件种类批]")  # “十项重大工程”, not “两山”
QUOTED = re.compile(r"“[^”]{1,12}”")
# Tags no second noun holds (a preposition, adverb, pronoun, numeral or place word: 事项|网上|全程办理) or opens
# with (a person's or place's name jieba knows: the named thing after a class counted).
_NOT_IN_SECOND = frozenset({"p", "d", "ad", "r", "m", "s", "u", "uj", "ul", "c"})
_NOT_FIRST = frozenset({"nr", "ns", "nz", "nrt", "nt"})
# The second noun is an actor the first deals with (…企业和高校合作), not more things counted.
_WITH_VERBS = ("合作", "签约", "签订", "对接", "结对", "共建", "联合", "达成", "开展合作")


def coordinated(text: str, at: int, noun: str, count: bool = True) -> str:
    """The noun a count at text[:at] counts, with a second noun joined to it by 和/及/以及 (A及B) when after() stopped
    at the conjunction: 46个|在建重点水源及连通工程 -> 在建重点水源及连通工程. Else noun unchanged. Not after a size
    (540万吨煤制油以及煤制天然气, 1000千伏特高压输变线以及…: count False): the size is of the first thing alone."""
    if not count or len(noun) < 2 or not text.startswith(noun, at) or QUOTED.fullmatch(noun):
        return noun  # 3个“20条”和…: a quoted name is one thing of its own, not a class another noun joins
    end = at + len(noun)
    conj = next((c for c in CONJUNCTIONS if text.startswith(c, end)), "")
    if not conj:
        return noun
    words = indicators.pos(text[end:end + 8])
    if not words or words[0][0] != conj:
        return noun  # 及时, 和美, 及以上: the character is part of another word
    rest = end + len(conj)
    if text[rest:rest + 1].isdigit() or text[rest:rest + 1] in "一二三四五六七八九十两" or QUOTED_COUNT.match(text, rest):
        return noun  # 1户热源企业和31户转供热企业, 三个“一号工程”和“十项重大工程”: the second has a count of its own
    if indicators.LEVEL.match(text, rest) or text.startswith(("以上", "以下"), rest):
        return noun
    second = indicators.after(text[rest:])
    if len(second) < 2 or not text.startswith(second, rest) or second in indicators.NOT_COUNTED \
            or indicators.names_amount(second) or second.endswith("问题"):
        return noun  # 解决农村300万人饮水困难和饮水安全问题: the problems of the people counted, not things counted
    if not _ends_in_noun(noun) or not _ends_in_noun(second):
        return noun  # 2.36万边缘户和脱贫|不稳定户: the second reading stopped inside its noun
    words = indicators.pos(second)
    if any(flag in _NOT_IN_SECOND for _w, flag in words) or len(QUOTED.sub("", second)) > 9 \
            or (words[0][1] in _NOT_FIRST and words[0][0][:1] != "“"):
        return noun  # 福清|垃圾焚烧厂, 铁山港|固废: a named thing; 公共服务事项网上全程办理: a predicate run on
    stop = rest + len(second)
    if _OWN_FIGURE.match(text, stop) or text.startswith(_WITH_VERBS + ("等",), stop) \
            or (text.startswith("、", stop) and not text[stop + 1:stop + 2].isdigit()):
        return noun  # 黄百等4个: named members, counted on their own; 51个…工程和道路、供排水…: another object
    if indicators._noun_head_follows(indicators.pos(text[stop:stop + 16]), indicators._verbs_or_predicates()):
        return noun  # 研发机构和科技成果|转移转化中心: the second reading stopped inside a name
    return noun + conj + second


def _ends_in_noun(name: str) -> bool:
    word, flag = indicators.pos(name)[-1]
    return (flag.startswith(("n", "j")) and flag not in ("nr", "ns")) or word in indicators.HEAD_CHARS or word[-1:] == "”"


# Fix 2: the work named after the things worked on, before a figure (老旧小区改造|1441户, 精准帮扶|8148户).
@cache
def _work_nouns() -> tuple[str, ...]:
    text = resources.files("kg.data").joinpath("round25_work_nouns.txt").read_text(encoding="utf-8")
    words = {w for line in text.splitlines() if not line.startswith("#") for w in line.split()}
    return tuple(sorted(words, key=len, reverse=True))


def work_kept(prefix: str, name: str) -> str:
    """The name read from the clause before a figure with the work that ends that clause put back, when the name is
    what is worked on and nothing else follows it: relaxed() drops a clause's last verb as what happened to its
    subject (农旅养融合示范线|开工18条), but 改造, 治理, 修复… name the work the figure measures (老旧小区改造1441户 ->
    老旧小区改造, not 老旧小区). Else name unchanged."""
    if len(name) < 2:
        return name
    written = indicators.strip_trailing(prefix.rstrip(" \u3000")).rstrip("等")
    for work in _work_nouns():
        if written.endswith(name + work):
            return name + work
    return name
