"""Round 23 (progHC, programs): a list of fields before 等…改革 is no list of reforms.

`_reform_lists` (programs.py) reads every item of a list before 等(重点|各项…)改革 as a reform of its own (深化投融资体制、财税
金融体制、农村土地制度等改革 → 投融资体制改革 …). When the items are bare fields — 文化、教育等改革 (连云港 2019), 统筹抓好农业农村、
集体林权、财税金融、公共资源交易等改革 (铜仁 2024), 国资国企、财税金融等改革 — the list says in which fields reform goes on, as
`等领域改革` does (shared/gold national 2024: 深化财税金融、农业农村、生态环保等领域改革 names none), and the gold files of dev15,
dev17, dev21, dev24 and dev25's neighbours leave such items out; dev7 (石嘴山) and dev13 list them (see
eval/corpus_samples/entN/round23_progHC/README.md for the count per set).

Narrow: only a list whose EVERY item is a field word of kg/data/round23_reform_fields.txt (the items the corpus itself writes
before 等领域改革, seen ≥ 3 times), or two of them written together (文化卫生, 教育医疗). An item with a head of its own
(土地管理体制, 农村土地制度, 集体产权制度), a quoted item (“放管服”), or any other bare item (项目告知承诺, 容缺受理, 扩权赋能强县,
粮食系统企业混改) keeps the whole list as it was.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines


@lru_cache(maxsize=1)
def _field() -> re.Pattern:
    words = _alt(_lines("round23_reform_fields.txt"))
    return re.compile(rf"(?:{words}){{1,2}}")


def field_list(items: list[str]) -> bool:
    """True when every item of a list before 等…改革 is a bare field (文化、教育; 国资国企、财税金融)."""
    field = _field()
    return len(items) >= 2 and all(field.fullmatch(item) for item in items)
