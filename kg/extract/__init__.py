"""Stage 3: sentences -> mentions (units, measurements, programs, projects, organizations, honors)."""

from __future__ import annotations

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
    units = [u for u in find_unit_mentions(report, gaz, townships, national)
             if not _within(u, inside) or u.deixis is not None and u.deixis != "全国"]
    return Mentions(units=units, measurements=find_measurements(report), entities=entities, honors=honors)


def _within(unit: UnitMention, spans: list[tuple[int, int]]) -> bool:
    return any(start <= unit.start and unit.end <= end and (end - start) > (unit.end - unit.start)
               for start, end in spans)
