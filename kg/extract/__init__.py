"""Stage 3: sentences -> mentions (units, measurements, programs, projects, organizations, honors)."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..model import Mentions, Report
from .entities import find_entities, find_honors
from .measurements import find_measurements
from .units import find_unit_mentions


def extract_mentions(report: Report, gaz: Gazetteer, townships: dict[str, str]) -> Mentions:
    """Every mention of one report; `townships` maps surface forms of in-scope townships to official names."""
    return Mentions(
        units=find_unit_mentions(report, gaz, townships),
        measurements=find_measurements(report),
        entities=find_entities(report),
        honors=find_honors(report),
    )
