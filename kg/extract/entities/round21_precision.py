"""Round 21 (progDC, programs): 改革 as the abstract noun after a verb, a subject or a word of weight is no named reform.

锐意改革, 弘扬改革创新精神, 正确处理改革、发展、稳定的关系, 释放更多改革红利, 落实落细改革举措, 一些干部改革创新意识不强,
按照既定改革时间表, 推动深层次关键性改革 (dev23): the name read before 改革 holds a verb that governs it, a subject, or words of
time and weight, never a field of reform, so no reform is named (GUIDELINES.md: a program is a named policy, reform, campaign …).
On 200 random corpus reports (seed 2106, eval/corpus_samples/entN/round21_precision/scan_verb_reforms.py) such finds were in
about 30 reports (正确处理改革 in 6, 锐意改革 in 4). A program made only of the words of `kg/data/round21_reform_words.txt` and
round 20b's `kg/data/round20b_generic_reforms.txt` (with 、和与及 between) before 改革 is dropped together with the finds it
overlapped and beat, as round 20b's generic_reforms does. A field after the verb (谋划机构改革, 释放市场化改革红利, 展现农村改革
新作为) is not dropped: that edge is not this pass's, and the gold keeps field reforms (机构改革).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines
from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _Sentence


@lru_cache(maxsize=1)
def _abstract_reform() -> re.Pattern[str]:
    words = _alt(_lines("round21_reform_words.txt") + _lines("round20b_generic_reforms.txt"))
    return re.compile(rf"{words}(?:[、和与及]?{words})*改革")


def abstract_reforms(s: _Sentence) -> None:
    """Drop programs whose words before 改革 are only verbs, subjects or words of weight (see the module's doc)."""
    rx = _abstract_reform()
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and f.name.endswith("改革") and rx.fullmatch(f.name):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
