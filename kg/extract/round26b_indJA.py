"""Round 26b (indJA): counted things whose last word jieba's dictionary tags as a verb.

Called at the end of ``measurements.sentence_indicators`` (``verb_tagged_heads``, then fix 2 ``driven_actions``). A count's thing that ends in a
noun jieba tags v (超市, 通道, 举措, 组织, 展会: ``kg/data/round26b_verb_tagged_nouns.txt``, chosen by corpus count) was
cut inside the word: the phrase rules read the word as the predicate and stopped before it (12个社区|超市 -> 社区,
8处以上人行|通道 -> 人行, 农民专业合作经济|组织达549个 -> 农民专业合作经济). The golds take the whole noun (dev29 社区超市,
人行通道, 农民专业合作经济组织; dev2 人行通道, 农民专业合作经济组织; dev3 展会; dev28 便民利民举措). The word is put back
when it follows the indicator right where the figure's thing is written and closes it: after a count, the phrase ends
there (punctuation, the end, 、/和/及/与/等); before a figure, only a short predicate (达, 增至…) stands between it and
the figure. Notes: eval/corpus_samples/ind26b_short/README.md.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from .tokens import is_punctuation, pos

_ENDS = frozenset("、和及与等")
_QUALIFIER = re.compile(r"[ \u3000]*(?:以上|以下|左右|多)?")
_PREDICATE = re.compile(r"[\u4e00-\u9fff]{0,3}")  # 达, 增至, 发展到: what may stand between the thing and its figure


@cache
def verb_tagged_nouns() -> frozenset[str]:
    text = resources.files("kg.data").joinpath("round26b_verb_tagged_nouns.txt").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0] for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _head_at(text: str, at: int, limit: int) -> str:
    """The verb-tagged noun jieba reads as one word at AT (before LIMIT), or ''."""
    words = pos(text[at:min(limit, at + 8)])
    word = words[0][0] if words else ""
    return word if word in verb_tagged_nouns() else ""


def verb_tagged_heads(text: str, quantities: list, result: list[str]) -> None:
    """Put back a verb-tagged noun the indicator of a count or a figure stopped before (in place)."""
    for i, q in enumerate(quantities):
        name = result[i]
        if len(name) < 2 or name.endswith(tuple(verb_tagged_nouns())):
            continue
        # after a count: 12个社区超市, 8处以上人行通道
        skip = _QUALIFIER.match(text, q.end).end()
        at = text.find(name, skip, skip + len(name) + 6)
        if at >= 0 and not any(is_punctuation(ch) for ch in text[skip:at]):  # not a later clause's word
            end = at + len(name)
            if word := _head_at(text, end, len(text)):
                nxt = text[end + len(word):end + len(word) + 1]
                if not nxt or nxt in _ENDS or is_punctuation(nxt):
                    result[i] = name + word
                    continue
        # before a figure: 农民专业合作经济组织达549个
        at = text.rfind(name, 0, q.start)
        if at < 0:
            continue
        end = at + len(name)
        if (word := _head_at(text, end, q.start)) and _PREDICATE.fullmatch(text, end + len(word), q.start):
            result[i] = name + word


# Round 26b (indJA) fix 2: the verb of a verb-object measure. 带动 is a governing verb, dropped before the thing a figure
# measures (带动|农户); but before a bare action (就业: one word jieba tags v or vn) it names the measure: 带动就业
# 1.5万人 counts the jobs a policy brought, not employment (the official gold's 创业带动就业, dev29's 带动就业 ×2, sample H's
# 带动就业), for a count of people. 10 of 200 corpus reports (seed 2663) write 带动就业 before a figure.
_DRIVER = "带动"
_BEFORE_FIGURE = re.compile(r"(?:近|约|超|超过|达|逾)?")


def driven_actions(text: str, quantities: list, result: list[str]) -> None:
    """带动|就业1.5万人 -> 带动就业 (in place)."""
    for i, q in enumerate(quantities):
        name = result[i]
        if "人" not in (q.unit or ""):
            continue  # people brought to work; not 带动|消费100亿元 (round 12: what a means drove, read without it)
        words = pos(name) if 2 <= len(name) <= 3 else []
        if len(words) != 1 or words[0][1] not in ("v", "vn"):
            continue
        at = text.rfind(name, 0, q.start)
        if at >= 2 and text[at - 2:at] == _DRIVER and _BEFORE_FIGURE.fullmatch(text, at + len(name), q.start):
            result[i] = _DRIVER + name
