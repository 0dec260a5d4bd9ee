"""Round 27b (indLA, issue #4): a figure's thing cut inside a word, after its first character.

Shape: the thing counted after a figure is a word jieba's dictionary does not hold, so jieba cuts it into single
characters and short verbs (易|返贫|人口, 缓|控释|肥, 康|养|特色|村, 探|评|井, 医|养|融合|服务|机构); the
thing-after-the-figure reader stops at the first verb and keeps one character (7.45万易返贫人口 -> 易, 10万吨缓控释肥
-> 缓). A one-character name is never the thing itself when the text right after it is such a verb piece followed by
a noun: the name runs on through the verb pieces (at most two, each of one or two characters) and the nouns after
them (n*, vn, zg, k, a one-character nr; a noun jieba tags v from round 26b's list: 举措), up to the first other word,
not ending in a vn or a measure (生产总值), when a predicate, 和/的 or a time word follows (not 产值|过…).

Evidence (study: ``eval/corpus_samples/ind27_short/round27b_indLA/README.md``): dev30 易返贫人口 -> 易, 缓控释肥 -> 缓
(the golds keep the whole word; no gold or sample names a figure by one such character). The 200 reports of seed 2741
hold 200 one-character names; most are a level of place (县, 村, 镇) and are left; the cut words are the rest.
Left alone: a level or place character (国考断面, 省控断面: round 13's joined lists, a convention split), a name whose
next word is no verb piece (失|能、…, 节|会|的), and verb pieces with no noun after them (西|环|加强).
"""
from __future__ import annotations

import re

from .round26b_indJA import verb_tagged_nouns
from .tokens import is_punctuation, pos

# Levels and places counted alone (13个县, 9个村) and the levels that open joined lists (87个国考断面: round 13).
PLACE_CHARACTERS = frozenset("国省市县区乡镇村州盟旗")
# Nouns by jieba that say how much, not what (保交楼|全部|交付).
NOT_THINGS = frozenset({"全部", "全面", "全年", "全市", "全省", "以上", "以下", "左右"})
_QUALIFIER = re.compile(r"[ \u3000]*(?:以上|以下|左右|多|余)?[ \u3000]*")
_NOUN_FLAGS = ("n", "vn", "zg", "k")
# Measures of what the things have, not the things (8个次发达镇生产总值平均增长: 次发达镇).
MEASURES = ("生产总值", "总值", "增加值", "产值", "收入", "总额")


def _noun(word: str, flag: str) -> bool:
    if is_punctuation(word) or any(ch in word for ch in "“”\"《》（）()") or word in NOT_THINGS:
        return False
    if word in verb_tagged_nouns():
        return True
    return flag.startswith(_NOUN_FLAGS) and flag != "nr" or (flag == "nr" and len(word) == 1)


def whole_word(text: str, at: int, name: str) -> str:
    """The thing written at ``at`` whose first character ``name`` is, or "" when it is no cut word."""
    window = re.split(r"[，,。；;：:、（(）)\s和及与或]", text[at:at + 16], maxsplit=1)[0]
    words = pos(window) if window else []
    if len(words) < 3 or words[0][0] != name:
        return ""
    k, pieces = 1, 0
    while k < len(words) and words[k][1] == "v" and pieces + len(words[k][0]) <= 2:
        pieces += len(words[k][0])  # 易|返贫, 助|保|贷; not 河|涌|进行 (a verb of its own)
        k += 1
    if k == 1:
        return ""
    end = k
    while end < len(words) and _noun(*words[end]):
        end += 1
    if end < len(words) and not _boundary(*words[end]):
        return ""  # 30个预|增|产值|过10亿元…: the phrase runs on, the thing is further on
    while end > k and (words[end - 1][1] == "vn" or words[end - 1][0].endswith(MEASURES)):
        end -= 1  # 8个次|发达|镇|生产总值: what the things have is no part of them
    return "".join(w for w, _f in words[:end]) if end > k else ""


def _boundary(word: str, flag: str) -> bool:
    """A word the thing may stand before: the predicate (v, d, p), 和/的, a time or an amount word (全部)."""
    return flag[:1] in ("v", "d", "p", "c", "u", "t") or word in NOT_THINGS


def cut_words(text: str, quantities: list, result: list[str]) -> None:
    """Round 27b (indLA): 7.45万易|返贫|人口 -> 易返贫人口, in place."""
    for i, (q, name) in enumerate(zip(quantities, result, strict=False)):
        if len(name) != 1 or name in PLACE_CHARACTERS:
            continue
        at = _QUALIFIER.match(text, q.end).end()
        if text[at:at + 1] != name:
            continue
        whole = whole_word(text, at, name)
        if whole:
            result[i] = whole
