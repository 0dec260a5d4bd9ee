"""Round 26b (indJA): counted things whose last word jieba's dictionary tags as a verb.

Called once, at the end of ``measurements.sentence_indicators`` (``verb_tagged_heads``). A count's thing that ends in a
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
