"""Round 20b (progCC, programs): reforms named only by their weight or number — 标志性改革, 牵引性系统性改革, 几项重大改革,
重要领域改革, 小切口专项改革, 共抓重大改革, 省定试点改革 — are no program.

Such a name says how weighty or how many the reforms are, never which (GUIDELINES.md: a program is a named policy, reform,
campaign …; dev21 and dev22 list them among "generic or vague reforms"). On 200 random corpus reports (seed 2016,
eval/corpus_samples/entN/round20b_precision/scan_generic.py) programs made only of such words before 改革 or 改革试点 were
found 20 times in 16 reports (推动标志性改革举措落地见效 in five provinces' and cities' 2025/2026 reports alone); no gold
file lists one. The words are `kg/data/round20b_generic_reforms.txt` (with how they were chosen); a name made only of them,
with 、和与及 between, before 改革 or 改革试点 is dropped together with the finds it overlapped and beat (重大改革 inside
战略性重大改革), as round 20's not_programs does. Field words (农村改革, 教育综合改革, 综合配套改革, 结构性改革) are not listed and stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines
from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _Sentence


@lru_cache(maxsize=1)
def _generic_reform() -> re.Pattern[str]:
    words = _alt(_lines("round20b_generic_reforms.txt"))
    return re.compile(rf"{words}(?:[、和与及]?{words})*改革(?:试点)?")


def generic_reforms(s: _Sentence) -> None:
    """Drop programs named only by words of weight or number before 改革 (see the module's doc)."""
    generic = _generic_reform()
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and f.name.endswith(("改革", "改革试点")) and generic.fullmatch(f.name):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
