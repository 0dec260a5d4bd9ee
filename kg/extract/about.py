"""Which project or program a measurement is about, where the sentence makes it clear (gov:about).

Two shapes, both within one clause:

- the name, then the figure, with at most a short predicate between them and nothing that starts a
  new item: 减税降费36亿元, “四好农村路”1万公里, “六维引才”活动300余场, 农村饮水安全工程新增受益人口210万人,
  九家湾水库除险加固工程完成投资1.2亿元;
- the figure as an attribute of the name: 总投资10亿元的港航服务中心项目, 投资400亿元的东华能源…项目.

Nothing is linked across a comma (启用新门诊大楼，培养20名名医: the second clause is another matter), over
an enumeration (A、B等10个项目: the figure counts the list, not A) or another figure, and a figure that
counts things by a measure word of items (个, 项, 家, 所 …) is not taken as being about one named item.
"""

from __future__ import annotations

import re

from ..model import EntityMention, MeasurementMention

KINDS = ("project", "program")
MAX_GAP = 12  # characters between the end of the name and the figure
# what may not stand between the name and the figure: clause and list punctuation, list words,
# digits (another figure), and 其中 (a part of the whole)
_BREAK = re.compile(r"[，,。；;：:、！？!?（）()《》\s0-9０-９]|等|及|和|与|或|其中|分别|以及|同比|比上年")
_QUOTES = "“”‘’「」『』\"'"
# measure words that count items: the figure is how many such things there are, not a fact of one
_COUNT_WORDS = set("个项家所处批座只台套部栋条支")
_ATTRIBUTE = re.compile(r"(?:以上|以下|左右|多|余)?的")


def _counts_items(m: MeasurementMention) -> bool:
    return m.unit in _COUNT_WORDS or m.surface.rstrip("余多以上左右")[-1:] in _COUNT_WORDS


def measurement_subjects(text: str, measurements: list[MeasurementMention],
                         entities: list[EntityMention]) -> list[int | None]:
    """For each measurement, the index in `entities` of the project or program it is about, or None."""
    by_sentence: dict[int, list[int]] = {}
    for j, e in enumerate(entities):
        if e.kind in KINDS:
            by_sentence.setdefault(e.sentence, []).append(j)
    subjects: list[int | None] = []
    for m in measurements:
        choice, best = None, None
        if not _counts_items(m):
            for j in by_sentence.get(m.sentence, ()):
                e = entities[j]
                if e.end <= m.start:  # the name, then the figure
                    gap = text[e.end:m.start].lstrip(_QUOTES + "》")
                    if len(gap) > MAX_GAP or _BREAK.search(gap):
                        continue
                    distance = len(gap)
                elif m.end <= e.start:  # the figure as the name's attribute (…的<name>)
                    gap = text[m.end:e.start].rstrip(_QUOTES + "《")
                    if not _ATTRIBUTE.fullmatch(gap):
                        continue
                    distance = len(gap)
                else:  # a figure inside a name (4.4万户煤改电工程) is part of the name
                    continue
                if best is None or distance < best:
                    choice, best = j, distance
        subjects.append(choice)
    return subjects
