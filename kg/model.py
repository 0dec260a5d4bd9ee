"""Plain data passed between the pipeline stages (read -> structure -> extract -> resolve -> emit)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(slots=True)
class Document:
    """A report as read from disk: cleaned text plus where it came from."""

    source: str  # base name of the input file ("-" for stdin)
    text: str  # cleaned text; every offset downstream indexes this string
    path: str = ""


@dataclass(slots=True)
class Metadata:
    region: str | None = None
    year: int | None = None
    review_year: int | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    speaker: str | None = None
    speaker_title: str | None = None
    meeting: str | None = None


@dataclass(slots=True)
class Section:
    index: int  # document order, 1-based
    heading: str
    level: int  # 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）; 0 = bare heading (2023年工作回顾)
    start: int
    end: int
    parent: int | None = None  # index of the enclosing section
    part: str = "other"  # review | plan | other


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    section: int | None = None  # Section.index

    @property
    def key(self) -> str:
        return f"{self.start}-{self.end}"


@dataclass(slots=True)
class Report:
    document: Document
    meta: Metadata
    sections: list[Section]
    sentences: list[Sentence]

    def section(self, index: int | None) -> Section | None:
        if index is None:
            return None
        return self.sections[index - 1]


@dataclass(slots=True)
class UnitMention:
    surface: str  # as written (沙区, 我区, 友好南路)
    name: str | None  # full name when the text gives it or the alias table knows it
    start: int  # offsets in the report text
    end: int
    sentence: int  # index into Report.sentences
    deixis: str | None = None  # "self", "parent", "province", "national", "capital" for 我区/全市/…
    level: str | None = None  # level suggested by the suffix
    parent: str | None = None  # name of the unit written right before it (天山区大巴扎街道)


@dataclass(slots=True)
class MeasurementMention:
    start: int
    end: int
    sentence: int
    surface: str
    value: Decimal
    unit: str
    indicator: str
    is_target: bool
    qualifier: str | None = None
    kind: str = "level"
    direction: str | None = None
    basis: str | None = None
    period: int | None = None  # the one year it is about (gov:refPeriod)
    # …or the span of years an average or total covers (过去五年年均增长5.2%): gov:periodStart/periodEnd
    period_start: int | None = None
    period_end: int | None = None
    area: UnitMention | None = None  # the unit the figure is about, when the clause names one


@dataclass(slots=True)
class EntityMention:
    kind: str  # program | project | organization
    name: str
    start: int
    end: int
    sentence: int


@dataclass(slots=True)
class HonorMention:
    honor: str
    recipient: str  # surface of the recipient (a unit or organization name); "" = the reporting unit
    start: int
    end: int
    sentence: int
    # what the recipient is: "unit" (a division; "" = the reporting unit), "organization", "program"
    # (a work method or mechanism: …工作法) or "other" (a park, a trade); only "organization" makes a gov:Organization
    recipient_kind: str = "organization"


@dataclass(slots=True)
class Mentions:
    units: list[UnitMention] = field(default_factory=list)
    measurements: list[MeasurementMention] = field(default_factory=list)
    entities: list[EntityMention] = field(default_factory=list)
    honors: list[HonorMention] = field(default_factory=list)


# ---- resolved entities -------------------------------------------------------


@dataclass(slots=True)
class Unit:
    key: str  # division code, "CN", or "name:<label>"
    label: str
    level: str  # national | province | prefecture | county | township | village
    code: str | None = None
    parent: str | None = None  # key of the parent unit
    alt_labels: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)


@dataclass(slots=True)
class Entities:
    """Everything of one report after resolution, ready to emit."""

    report: Report
    region: str | None  # key of the reporting unit
    units: dict[str, Unit]
    measurements: list[MeasurementMention]
    measurement_areas: list[str | None]  # unit key per measurement
    entities: list[EntityMention]
    entity_units: list[str | None]  # unit key per entity (gov:locatedIn)
    honors: list[HonorMention]
    honor_recipients: list[tuple[str, str] | None]  # ("unit"|"organization", key or name)
    # per measurement, the index in `entities` of the project or program it is about (gov:about)
    measurement_subjects: list[int | None] = field(default_factory=list)
