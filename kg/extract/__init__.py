"""Stage 3: sentences -> mentions (units, measurements, programs, projects, organizations, honors)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..gazetteer import Gazetteer
from ..model import Mentions, Report, UnitMention
from .entities import find_entities, find_honors
from .measurements import find_measurements
from .units import find_unit_mentions


def extract_mentions(report: Report, gaz: Gazetteer, townships: dict[str, str]) -> Mentions:
    """Every mention of one report; `townships` maps surface forms of in-scope townships to official names."""
    entities = find_entities(report)
    honors = find_honors(report)
    # A place name that is only part of a name (上海 in 上海泰胜风能装备公司, 全国 in a title) is no mention;
    # deixis still refers (全省 in 全省宜居乡村试点镇 is the province around the reporting city).
    inside = [(e.start, e.end) for e in entities if e.kind != "program"] + [(h.start, h.end) for h in honors]
    national = bool(report.meta.meeting and "全国人民代表大会" in report.meta.meeting)
    within = _Within(inside)
    units = [u for u in find_unit_mentions(report, gaz, townships, national)
             if not within(u) or u.deixis is not None and u.deixis != "全国"]
    return Mentions(units=units, measurements=find_measurements(report), entities=entities, honors=honors)


def _within(unit: UnitMention, spans: list[tuple[int, int]]) -> bool:
    """The unit lies inside a longer span (a span that contains it and is not the unit's own span)."""
    return any(start <= unit.start and unit.end <= end and (end - start) > (unit.end - unit.start)
               for start, end in spans)


class _Within:
    """`_within(unit, spans)` for many units, by binary search over the spans sorted by start.

    A span that contains the unit is longer than it unless it is the very same span, so the unit is within
    a longer span when a span starting before it reaches its end, or one starting where it starts goes on
    past its end."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [start for start, _end in spans]
        self.reach = []  # the furthest end of the spans up to each index
        furthest = -1
        for _start, end in spans:
            furthest = max(furthest, end)
            self.reach.append(furthest)

    def __call__(self, unit: UnitMention) -> bool:
        before = bisect_left(self.starts, unit.start)  # spans starting before the unit
        if before and self.reach[before - 1] >= unit.end:
            return True
        at = bisect_right(self.starts, unit.start)  # spans starting where the unit starts end up to `at`
        return at > before and self.reach[at - 1] > unit.end
