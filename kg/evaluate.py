"""Score a built graph against hand-made gold files (see ../shared/gold/GUIDELINES.md).

    golds = [load_gold(p) for p in paths]
    result = evaluate(graph, golds)          # graph: union of all report graphs
    print(format_result(result, explain=True))

Each gold file names its report (``"report": "shayibake_2024.txt"``); the report in
the graph is the gov:Report whose gov:sourceFile has the same base name.  Everything
is scoped to that report: a thing counts as predicted for it when it has
gov:mentionedIn a gov:Sentence with gov:inReport that report.

Scores per gold file and macro-averaged over files:

- admin units, projects, programs, organizations: precision / recall / F1 over
  normalized names (canonical rdfs:label only; aliases are scored separately as
  alias recall, and unit levels as level accuracy over matched units);
- quantities: a gold quantity and a predicted measurement match when their values
  are equal as decimals and their units are equal; matching is one-to-one (greedy,
  deterministic, preferring the measurement whose sentence contains the gold
  ``sentence`` and then the one whose surface text equals the gold ``raw``);
  over matched pairs: indicator attribution (exact and lenient) and target-flag
  accuracy;
- honors: (honor, recipient) pairs; the recipient matches any label or altLabel
  of the awarded unit or organization;
- metadata: correct / stated fields.

A gold kind that is absent from the file (no "projects" key, say) is "not
annotated": shown as n/a and left out of the averages.  An empty list is annotated
as "there are none".
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from typing import Any

from rdflib import Graph
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.consts import GOV
from kg.errors import GoldError

__all__ = [
    "Gold",
    "GoldUnit",
    "GoldQuantity",
    "GoldHonor",
    "GoldError",
    "PRF",
    "Ratio",
    "FileResult",
    "EvalResult",
    "load_gold",
    "gold_from_dict",
    "evaluate",
    "format_result",
    "normalize_name",
]

LEVELS = ("national", "province", "prefecture", "county", "township", "village")
LEVEL_OF_CLASS = {
    GOV.NationalUnit: "national",
    GOV.ProvinceLevelUnit: "province",
    GOV.PrefectureLevelUnit: "prefecture",
    GOV.CountyLevelUnit: "county",
    GOV.TownshipLevelUnit: "township",
    GOV.VillageLevelUnit: "village",
}
META_FIELDS = ("region", "year", "review_year", "date", "speaker", "speaker_title", "meeting")
KINDS = ("admin_units", "quantities", "projects", "programs", "organizations", "honors")
KIND_TITLES = {
    "admin_units": "admin units",
    "quantities": "quantities",
    "projects": "projects",
    "programs": "programs",
    "organizations": "organizations",
    "honors": "honors",
}
MEASUREMENT_CLASSES = (GOV.Outcome, GOV.Target, GOV.Measurement)

# Qualifiers that the gold keeps in `raw` only (GUIDELINES: 以上, 左右, 近, 超 …).
_QUALIFIERS = sorted(
    [
        "左右",
        "以上",
        "以内",
        "以下",
        "不少于",
        "不低于",
        "不超过",
        "超过",
        "超",
        "近",
        "约",
        "逾",
        "多",
        "余",
        "上",
    ],
    key=len,
    reverse=True,
)
_QUALIFIER_RE = re.compile("|".join(map(re.escape, _QUALIFIERS)))
_QUOTES_RE = re.compile("[\u201c\u201d\u2018\u2019\"'\u300c\u300d\u300e\u300f]")
_SPACE_RE = re.compile(r"\s+")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldUnit:
    name: str
    level: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    raw: str
    value: Decimal
    unit: str
    indicator: str | None = None
    target: bool = False
    sentence: str | None = None


@dataclass(frozen=True, slots=True)
class GoldHonor:
    honor: str
    recipient: str | None = None


@dataclass(slots=True)
class Gold:
    """One validated gold file.  A kind that the file does not annotate is None."""

    report: str
    meta: dict[str, Any] = field(default_factory=dict)
    admin_units: list[GoldUnit] | None = None
    quantities: list[GoldQuantity] | None = None
    projects: list[str] | None = None
    programs: list[str] | None = None
    organizations: list[str] | None = None
    honors: list[GoldHonor] | None = None
    source: str = ""  # the gold file's name, for display

    @property
    def name(self) -> str:
        return self.source or self.report


def load_gold(path: Path) -> Gold:
    """Read and validate one gold file; raise GoldError with a one-line reason."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GoldError(f"{path}: gold file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read gold file: {exc}") from None
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise GoldError(
            f"{path}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    return gold_from_dict(data, source=path.name)


def gold_from_dict(data: Any, source: str = "<gold>") -> Gold:
    """Validate a parsed gold document (floats may be Decimal or float)."""
    where = source

    def fail(msg: str) -> GoldError:
        return GoldError(f"{where}: {msg}")

    if not isinstance(data, dict):
        raise fail(f"expected a JSON object at top level, got {_tname(data)}")
    report = data.get("report")
    if report is None:
        raise fail('missing "report" (the report file name)')
    if not isinstance(report, str) or not report.strip():
        raise fail('"report" must be a non-empty string')

    def opt_str(value: Any, at: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise fail(f"{at}: expected a string or null, got {_tname(value)}")
        return value

    def req_str(value: Any, at: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise fail(f"{at}: expected a non-empty string, got {_tname(value)}")
        return value

    def get_list(key: str) -> list | None:
        if key not in data:
            return None
        value = data[key]
        if value is None:
            return None
        if not isinstance(value, list):
            raise fail(f'"{key}": expected a list, got {_tname(value)}')
        return value

    # meta
    meta_in = data.get("meta", {})
    if meta_in is None:
        meta_in = {}
    if not isinstance(meta_in, dict):
        raise fail(f'"meta": expected an object, got {_tname(meta_in)}')
    meta: dict[str, Any] = {}
    for key in META_FIELDS:
        value = meta_in.get(key)
        at = f"meta.{key}"
        if value is None:
            meta[key] = None
        elif key in ("year", "review_year"):
            if isinstance(value, bool):
                raise fail(f"{at}: expected a year, got a boolean")
            if isinstance(value, int):
                meta[key] = value
            elif isinstance(value, Decimal) and value == value.to_integral_value():
                meta[key] = int(value)
            elif isinstance(value, str) and value.strip().isdigit():
                meta[key] = int(value.strip())
            else:
                raise fail(f"{at}: expected a year such as 2024, got {value!r}")
        elif key == "date":
            if not isinstance(value, str) or not _DATE_RE.match(value.strip()):
                raise fail(f"{at}: expected an ISO date yyyy-mm-dd or null, got {value!r}")
            meta[key] = value.strip()
        else:
            meta[key] = opt_str(value, at)

    # admin units
    units: list[GoldUnit] | None = None
    raw_units = get_list("admin_units")
    if raw_units is not None:
        units = []
        for i, item in enumerate(raw_units):
            at = f"admin_units[{i}]"
            if not isinstance(item, dict):
                raise fail(f"{at}: expected an object, got {_tname(item)}")
            level = opt_str(item.get("level"), f"{at}.level")
            if level is not None and level not in LEVELS:
                raise fail(f"{at}.level: {level!r} is not one of {', '.join(LEVELS)}")
            aliases = item.get("aliases") or []
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise fail(f"{at}.aliases: expected a list of strings")
            units.append(
                GoldUnit(
                    name=req_str(item.get("name"), f"{at}.name"),
                    level=level,
                    aliases=tuple(aliases),
                    parent=opt_str(item.get("parent"), f"{at}.parent"),
                )
            )

    # quantities
    quantities: list[GoldQuantity] | None = None
    raw_quantities = get_list("quantities")
    if raw_quantities is not None:
        quantities = []
        for i, item in enumerate(raw_quantities):
            at = f"quantities[{i}]"
            if not isinstance(item, dict):
                raise fail(f"{at}: expected an object, got {_tname(item)}")
            value = item.get("value")
            if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
                raise fail(f"{at}.value: expected a number, got {_tname(value)}")
            target = item.get("target", False)
            if not isinstance(target, bool):
                raise fail(f"{at}.target: expected true or false, got {_tname(target)}")
            quantities.append(
                GoldQuantity(
                    raw=req_str(item.get("raw"), f"{at}.raw"),
                    value=_to_decimal(value),
                    unit=req_str(item.get("unit"), f"{at}.unit").strip(),
                    indicator=opt_str(item.get("indicator"), f"{at}.indicator"),
                    target=target,
                    sentence=opt_str(item.get("sentence"), f"{at}.sentence"),
                )
            )

    # projects, programs, organizations
    names: dict[str, list[str] | None] = {}
    for key in ("projects", "programs", "organizations"):
        raw = get_list(key)
        if raw is None:
            names[key] = None
            continue
        for i, item in enumerate(raw):
            if not isinstance(item, str) or not item.strip():
                raise fail(f"{key}[{i}]: expected a non-empty string, got {_tname(item)}")
        names[key] = list(raw)

    # honors
    honors: list[GoldHonor] | None = None
    raw_honors = get_list("honors")
    if raw_honors is not None:
        honors = []
        for i, item in enumerate(raw_honors):
            at = f"honors[{i}]"
            if not isinstance(item, dict):
                raise fail(f"{at}: expected an object, got {_tname(item)}")
            honors.append(
                GoldHonor(
                    honor=req_str(item.get("honor"), f"{at}.honor"),
                    recipient=opt_str(item.get("recipient"), f"{at}.recipient"),
                )
            )

    return Gold(
        report=report.strip(),
        meta=meta,
        admin_units=units,
        quantities=quantities,
        projects=names["projects"],
        programs=names["programs"],
        organizations=names["organizations"],
        honors=honors,
        source=source,
    )


def _tname(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float, Decimal)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _to_decimal(value: Any) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))  # 98.2 -> Decimal("98.2"), not the binary expansion
    return Decimal(value)


# ------------------------------------------------------------------ normalization


def normalize_name(text: str | None) -> str:
    """Name comparison key: no quotes, no whitespace, full-width ASCII forms folded (（ → (, ＋ → +)."""
    if text is None:
        return ""
    text = _QUOTES_RE.sub("", str(text))
    text = _SPACE_RE.sub("", text)
    return text.translate(_HALF_WIDTH)


_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _norm_sentence(text: str | None) -> str:
    """Sentence containment key: no whitespace, full-width forms folded (，→ ,)."""
    if not text:
        return ""
    return _SPACE_RE.sub("", unicodedata.normalize("NFKC", text))


def _strip_qualifiers(raw: str | None) -> str:
    if not raw:
        return ""
    return _SPACE_RE.sub("", _QUALIFIER_RE.sub("", raw))


def _basename(name: str) -> str:
    return PurePosixPath(str(name).replace("\\", "/")).name


def _lit_decimal(node: Node | None) -> Decimal | None:
    if node is None:
        return None
    try:
        return Decimal(str(node).strip())
    except (InvalidOperation, ValueError):
        return None


def _lit_year(node: Node | None) -> int | None:
    if node is None:
        return None
    m = re.match(r"\s*(-?\d{1,4})", str(node))
    return int(m.group(1)) if m else None


def _lit_int(node: Node | None) -> int | None:
    if node is None:
        return None
    try:
        return int(str(node))
    except ValueError:
        return None


# ---------------------------------------------------------------------- results


@dataclass(slots=True)
class PRF:
    """Counts of one kind: gold items, predicted items, matched pairs."""

    gold: int
    pred: int
    tp: int
    built: bool = True

    @property
    def precision(self) -> float:
        if not self.built:
            return 0.0
        if self.pred == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.tp / self.pred

    @property
    def recall(self) -> float:
        if not self.built:
            return 0.0
        if self.gold == 0:
            return 1.0
        return self.tp / self.gold

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(slots=True)
class Ratio:
    """n correct out of d; value is None when d == 0."""

    n: int = 0
    d: int = 0

    @property
    def value(self) -> float | None:
        return self.n / self.d if self.d else None

    def __str__(self) -> str:
        return f"{self.n}/{self.d}"


@dataclass(slots=True)
class FileResult:
    gold: str  # gold file name
    report: str  # report file name the gold file names
    report_iri: str | None  # None: not built
    scores: dict[str, PRF | None]  # KINDS -> counts; None = not annotated
    indicator_exact: Ratio = field(default_factory=Ratio)
    indicator_lenient: Ratio = field(default_factory=Ratio)
    target: Ratio = field(default_factory=Ratio)
    unit_level: Ratio = field(default_factory=Ratio)
    alias_recall: Ratio = field(default_factory=Ratio)
    hierarchy: Ratio = field(default_factory=Ratio)  # matched units whose gov:partOf is the gold parent
    metadata: Ratio = field(default_factory=Ratio)
    missed: dict[str, list[str]] = field(default_factory=dict)
    invented: dict[str, list[str]] = field(default_factory=dict)
    indicator_errors: list[str] = field(default_factory=list)
    target_errors: list[str] = field(default_factory=list)
    level_errors: list[str] = field(default_factory=list)
    hierarchy_errors: list[str] = field(default_factory=list)
    alias_misses: list[str] = field(default_factory=list)
    metadata_errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def built(self) -> bool:
        return self.report_iri is not None


@dataclass(slots=True)
class EvalResult:
    files: list[FileResult]

    def average(self, kind: str) -> tuple[float, float, float] | None:
        """Macro P, R, F1 of one kind over the files that annotate it."""
        scored = [f.scores[kind] for f in self.files if f.scores.get(kind) is not None]
        if not scored:
            return None
        n = len(scored)
        return (
            sum(s.precision for s in scored) / n,
            sum(s.recall for s in scored) / n,
            sum(s.f1 for s in scored) / n,
        )

    def average_ratio(self, name: str) -> float | None:
        """Macro average of a ratio (indicator_exact, target, …) over files where defined."""
        values = [getattr(f, name).value for f in self.files]
        values = [v for v in values if v is not None]
        return sum(values) / len(values) if values else None

    def pooled_ratio(self, name: str) -> Ratio:
        total = Ratio()
        for f in self.files:
            r = getattr(f, name)
            total.n += r.n
            total.d += r.d
        return total

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (for --format json)."""

        def prf(s: PRF | None) -> dict[str, Any] | None:
            if s is None:
                return None
            return {
                "gold": s.gold,
                "pred": s.pred,
                "matched": s.tp,
                "precision": s.precision,
                "recall": s.recall,
                "f1": s.f1,
            }

        def ratio(r: Ratio) -> dict[str, Any]:
            return {"correct": r.n, "total": r.d, "value": r.value}

        files = []
        for f in self.files:
            files.append(
                {
                    "gold": f.gold,
                    "report": f.report,
                    "report_iri": f.report_iri,
                    "built": f.built,
                    "scores": {k: prf(f.scores.get(k)) for k in KINDS},
                    "indicator_exact": ratio(f.indicator_exact),
                    "indicator_lenient": ratio(f.indicator_lenient),
                    "target_accuracy": ratio(f.target),
                    "unit_level_accuracy": ratio(f.unit_level),
                    "alias_recall": ratio(f.alias_recall),
                    "hierarchy_recall": ratio(f.hierarchy),
                    "hierarchy_errors": f.hierarchy_errors,
                    "metadata": ratio(f.metadata),
                    "missed": f.missed,
                    "invented": f.invented,
                    "indicator_errors": f.indicator_errors,
                    "target_errors": f.target_errors,
                    "level_errors": f.level_errors,
                    "alias_misses": f.alias_misses,
                    "metadata_errors": f.metadata_errors,
                    "notes": f.notes,
                }
            )
        average: dict[str, Any] = {}
        for k in KINDS:
            avg = self.average(k)
            average[k] = (
                None if avg is None else dict(zip(("precision", "recall", "f1"), avg, strict=True))
            )
        for name, key in (
            ("indicator_exact", "indicator_exact"),
            ("indicator_lenient", "indicator_lenient"),
            ("target", "target_accuracy"),
            ("unit_level", "unit_level_accuracy"),
            ("alias_recall", "alias_recall"),
            ("hierarchy", "hierarchy_recall"),
        ):
            average[key] = self.average_ratio(name)
        average["metadata"] = ratio(self.pooled_ratio("metadata"))
        return {"files": files, "average": average}


# ------------------------------------------------------------------- graph view


class _View:
    """Read-only helpers over an rdflib Graph / Dataset (union)."""

    def __init__(self, graph: Graph):
        self.g = graph

    def objects(self, s: Node, p: Node) -> list[Node]:
        return sorted(set(self.g.objects(s, p)), key=str)

    def one(self, s: Node, p: Node) -> Node | None:
        objs = self.objects(s, p)
        return objs[0] if objs else None

    def types(self, s: Node) -> set[Node]:
        return set(self.g.objects(s, RDF.type))

    def labels(self, s: Node) -> list[str]:
        return [str(o) for o in self.objects(s, RDFS.label)]

    def all_names(self, s: Node) -> list[str]:
        return self.labels(s) + [str(o) for o in self.objects(s, SKOS.altLabel)]

    def label(self, s: Node | None) -> str:
        if s is None:
            return ""
        labels = self.labels(s)
        return labels[0] if labels else str(s)


@dataclass(slots=True)
class _Pred:
    """A predicted measurement of one report."""

    node: Node
    value: Decimal | None
    unit: str
    surface: str
    indicators: list[str]
    is_target: bool
    sentences: list[str]  # sentence texts in this report
    order: tuple
    context: str


class _Scope:
    """Everything mentioned in one report."""

    def __init__(self, view: _View, report: Node):
        self.view = view
        self.report = report
        g = view.g
        self.sentences: dict[Node, str] = {}
        self.sentence_start: dict[Node, int] = {}
        for s in set(g.subjects(GOV.inReport, report)):
            if (s, RDF.type, GOV.Sentence) not in g and (s, GOV.text, None) not in g:
                continue  # a section
            self.sentences[s] = str(view.one(s, GOV.text) or "")
            start = _lit_int(view.one(s, GOV.start))
            self.sentence_start[s] = start if start is not None else 0
        self.mentions: dict[Node, set[Node]] = {}
        for s in self.sentences:
            for thing in g.subjects(GOV.mentionedIn, s):
                self.mentions.setdefault(thing, set()).add(s)
        self.by_type: dict[Node, list[Node]] = {}
        for thing in self.mentions:
            for t in view.types(thing):
                self.by_type.setdefault(t, []).append(thing)
        for things in self.by_type.values():
            things.sort(key=self._order)

    def _order(self, thing: Node) -> tuple:
        starts = [self.sentence_start[s] for s in self.mentions.get(thing, ())]
        return (min(starts) if starts else 0, str(thing))

    def of_type(self, *classes: Node) -> list[Node]:
        seen: dict[Node, None] = {}
        for c in classes:
            for thing in self.by_type.get(c, ()):
                seen.setdefault(thing, None)
        return sorted(seen, key=self._order)


# ------------------------------------------------------------------- evaluation


def evaluate(graph: Graph, golds: list[Gold]) -> EvalResult:
    """Score `graph` (the union of all report graphs) against each gold file."""
    view = _View(graph)
    reports_by_file: dict[str, list[Node]] = {}
    for report, source in graph.subject_objects(GOV.sourceFile):
        reports_by_file.setdefault(_basename(str(source)), []).append(report)
    files = []
    for gold in golds:
        candidates = sorted(set(reports_by_file.get(_basename(gold.report), [])), key=str)
        files.append(_evaluate_one(view, gold, candidates))
    return EvalResult(files)


def _evaluate_one(view: _View, gold: Gold, candidates: list[Node]) -> FileResult:
    if not candidates:
        result = FileResult(gold=gold.name, report=gold.report, report_iri=None, scores={})
        for kind in KINDS:
            items = getattr(gold, kind)
            if items is None:
                result.scores[kind] = None
                continue
            result.scores[kind] = PRF(gold=len(_gold_keys(gold, kind)), pred=0, tp=0, built=False)
        result.alias_recall = Ratio(0, sum(len(u.aliases) for u in gold.admin_units or []))
        result.metadata = Ratio(0, sum(1 for k in META_FIELDS if gold.meta.get(k) is not None))
        result.notes.append(
            f"not built: no gov:Report with gov:sourceFile {_basename(gold.report)}"
        )
        return result

    report = candidates[0]
    result = FileResult(gold=gold.name, report=gold.report, report_iri=str(report), scores={})
    if len(candidates) > 1:
        result.notes.append(
            f"{len(candidates)} reports have gov:sourceFile {_basename(gold.report)}; "
            f"scored {report}"
        )
    scope = _Scope(view, report)

    _score_units(view, scope, gold, result)
    _score_quantities(view, scope, gold, result)
    for kind, cls in (
        ("projects", GOV.Project),
        ("programs", GOV.Program),
        ("organizations", GOV.Organization),
    ):
        _score_names(view, scope, gold, result, kind, cls)
    _score_honors(view, scope, gold, result)
    _score_metadata(view, report, gold, result)
    return result


def _gold_keys(gold: Gold, kind: str) -> list:
    """Distinct gold items of a kind, in gold order (names normalized)."""
    items = getattr(gold, kind) or []
    if kind == "quantities":
        return list(items)
    if kind == "honors":
        return list(
            dict.fromkeys((normalize_name(h.honor), normalize_name(h.recipient)) for h in items)
        )
    if kind == "admin_units":
        return list(dict.fromkeys(normalize_name(u.name) for u in items))
    return list(dict.fromkeys(normalize_name(x) for x in items))


def _score_units(view: _View, scope: _Scope, gold: Gold, result: FileResult) -> None:
    """Units are matched one to one on their names: the gold name (the form the text uses) may be the
    unit's rdfs:label or one of its skos:altLabels (扬子江街道 for the official 扬子江路街道)."""
    if gold.admin_units is None:
        result.scores["admin_units"] = None
        return
    units = sorted(set(scope.of_type(GOV.AdministrativeUnit)), key=str)
    labels = {u: {normalize_name(n) for n in view.labels(u)} for u in units}
    names = {u: {normalize_name(n) for n in view.all_names(u)} for u in units}
    gold_units: dict[str, GoldUnit] = {}
    for u in gold.admin_units:
        gold_units.setdefault(normalize_name(u.name), u)
    taken: set = set()
    by_gold: dict[str, Node] = {}
    for pass_names in (labels, names):  # canonical labels first, then other names
        for key in gold_units:
            if key in by_gold:
                continue
            for unit in units:
                if unit not in taken and key in pass_names[unit]:
                    by_gold[key] = unit
                    taken.add(unit)
                    break
    result.scores["admin_units"] = PRF(gold=len(gold_units), pred=len(units), tp=len(by_gold))
    result.missed["admin_units"] = [gold_units[k].name for k in gold_units if k not in by_gold]
    result.invented["admin_units"] = [view.label(u) for u in units if u not in taken]
    predicted = {k: [u] for k, u in by_gold.items()}

    hierarchy = Ratio()
    for key, gu in gold_units.items():
        if not gu.parent or key not in by_gold:
            continue
        hierarchy.d += 1
        parents = view.objects(by_gold[key], GOV.partOf)
        # the gold parent may be any unit up the chain (a county "belongs to" its province too)
        parent_names: set[str] = set()
        seen: set = set()
        frontier = list(parents)
        while frontier:
            node = frontier.pop()
            if node in seen:
                continue
            seen.add(node)
            parent_names.update(normalize_name(n) for n in view.all_names(node))
            frontier.extend(view.objects(node, GOV.partOf))
        if normalize_name(gu.parent) in parent_names:
            hierarchy.n += 1
        elif parents:
            result.hierarchy_errors.append(f"{gu.name}: parent {gu.parent} ≠ {view.label(parents[0])}")
        else:
            result.hierarchy_errors.append(f"{gu.name}: parent {gu.parent} missing")
    result.hierarchy = hierarchy

    level = Ratio()
    alias = Ratio()
    for key, gu in gold_units.items():
        units = predicted.get(key, [])
        names = {normalize_name(n) for u in units for n in view.all_names(u)}
        for a in gu.aliases:
            alias.d += 1
            if normalize_name(a) in names:
                alias.n += 1
            else:
                result.alias_misses.append(f"{gu.name}: {a}")
        if units and gu.level is not None:
            level.d += 1
            levels_found = [
                sorted(LEVEL_OF_CLASS[t] for t in view.types(u) if t in LEVEL_OF_CLASS)
                for u in units
            ]
            if any(lv == [gu.level] for lv in levels_found):
                level.n += 1
            else:
                got = ", ".join("+".join(lv) or "none" for lv in levels_found)
                result.level_errors.append(f"{gu.name}: {gu.level} ≠ {got}")
    result.unit_level = level
    result.alias_recall = alias


def _score_names(
    view: _View, scope: _Scope, gold: Gold, result: FileResult, kind: str, cls: Node
) -> None:
    items = getattr(gold, kind)
    if items is None:
        result.scores[kind] = None
        return
    predicted: dict[str, str] = {}
    for thing in scope.of_type(cls):
        for label in view.labels(thing) or [str(thing)]:
            predicted.setdefault(normalize_name(label), label)
    gold_names: dict[str, str] = {}
    for name in items:
        gold_names.setdefault(normalize_name(name), name)
    tp = sum(1 for k in gold_names if k in predicted)
    result.scores[kind] = PRF(gold=len(gold_names), pred=len(predicted), tp=tp)
    result.missed[kind] = [v for k, v in gold_names.items() if k not in predicted]
    result.invented[kind] = [v for k, v in predicted.items() if k not in gold_names]


def _this_reports_recipients(view: _View, scope: _Scope, honor: Node, recipients: list[Node]) -> list[Node]:
    """The recipients of a shared gov:Honor that this report gives it to.

    One title is one gov:Honor across a build, so in a build of several reports it can carry the recipients of
    all of them (深圳's 全国双拥模范城 and 漳州's). A recipient that another report names beside the title, or
    that is that report's own region (its implicit 我市), and that this report mentions only elsewhere (漳州's
    report names 深圳 once, in a fair) is that report's award, not this one's. Kept: the recipients this report
    names in a sentence with the title, this report's own region, and any recipient no other report gives it to.
    """
    g = view.g
    here = scope.mentions.get(honor, set())
    other = [s for s in g.objects(honor, GOV.mentionedIn) if s not in scope.sentences]
    other_regions = {view.one(r, GOV.region) for s in other for r in g.objects(s, GOV.inReport)}
    region = view.one(scope.report, GOV.region)

    def elsewhere(r: Node) -> bool:
        return r in other_regions or any(s in other for s in g.objects(r, GOV.mentionedIn))

    keep = [r for r in recipients if scope.mentions.get(r, set()) & here or r == region or not elsewhere(r)]
    return keep or recipients


def _score_honors(view: _View, scope: _Scope, gold: Gold, result: FileResult) -> None:
    if gold.honors is None:
        result.scores["honors"] = None
        return
    # predicted pairs: (honor label key, recipient node or None), deduplicated
    preds: list[tuple[str, str, Node | None, set[str]]] = []
    seen: set[tuple[str, Node | None]] = set()
    for honor in scope.of_type(GOV.Honor):
        label = view.label(honor)
        # a title shared by several reports is one gov:Honor: count only the recipients this report names
        recipients = [r for r in view.objects(honor, GOV.awardedTo) if r in scope.mentions] or [None]
        if len(recipients) > 1:
            recipients = _this_reports_recipients(view, scope, honor, recipients)
        for r in recipients:
            key = (normalize_name(label), r)
            if key in seen:
                continue
            seen.add(key)
            names = {normalize_name(n) for n in view.all_names(r)} if r is not None else set()
            preds.append((normalize_name(label), label, r, names))
    gold_pairs: list[GoldHonor] = []
    seen_gold: set[tuple[str, str]] = set()
    for h in gold.honors:
        key = (normalize_name(h.honor), normalize_name(h.recipient))
        if key not in seen_gold:
            seen_gold.add(key)
            gold_pairs.append(h)
    used: set[int] = set()
    missed = []
    for h in gold_pairs:
        hk, rk = normalize_name(h.honor), normalize_name(h.recipient)
        hit = None
        for i, (pk, _label, r, names) in enumerate(preds):
            if i in used or pk != hk:
                continue
            if (h.recipient is None and r is None) or (rk and rk in names):
                hit = i
                break
        if hit is None:
            missed.append(f"{h.honor} → {h.recipient or '(no recipient)'}")
        else:
            used.add(hit)
    result.scores["honors"] = PRF(gold=len(gold_pairs), pred=len(preds), tp=len(used))
    result.missed["honors"] = missed
    result.invented["honors"] = [
        f"{label} → {view.label(r) if r is not None else '(no recipient)'}"
        for i, (_k, label, r, _n) in enumerate(preds)
        if i not in used
    ]


def _predicted_measurements(view: _View, scope: _Scope) -> list[_Pred]:
    preds = []
    for m in scope.of_type(*MEASUREMENT_CLASSES):
        sentences = sorted(scope.mentions.get(m, ()), key=lambda s: scope.sentence_start[s])
        texts = [scope.sentences[s] for s in sentences]
        span = _lit_int(view.one(m, GOV.spanStart))
        span_end = _lit_int(view.one(m, GOV.spanEnd))
        first = sentences[0] if sentences else None
        start = (
            span if span is not None else (scope.sentence_start[first] if first is not None else 0)
        )
        indicator = view.one(m, GOV.indicator)
        preds.append(
            _Pred(
                node=m,
                value=_lit_decimal(view.one(m, GOV.value)),
                unit=str(view.one(m, GOV.unit) or "").strip(),
                surface=str(view.one(m, GOV.surfaceText) or ""),
                indicators=view.labels(indicator) if indicator is not None else [],
                is_target=(m, RDF.type, GOV.Target) in view.g,
                sentences=texts,
                order=(start, str(m)),
                context=_context(
                    texts[0] if texts else "",
                    scope.sentence_start.get(first, 0) if first is not None else 0,
                    span,
                    span_end,
                ),
            )
        )
    preds.sort(key=lambda p: p.order)
    return preds


def _context(
    text: str, sentence_start: int, span: int | None, span_end: int | None, width: int = 12
) -> str:
    if not text:
        return ""
    if span is not None and span_end is not None and sentence_start <= span <= span_end:
        a = max(0, span - sentence_start - width)
        b = min(len(text), span_end - sentence_start + width)
        if a < b:
            return ("…" if a > 0 else "") + text[a:b] + ("…" if b < len(text) else "")
    return text if len(text) <= 2 * width + 8 else text[: 2 * width + 8] + "…"


def _score_quantities(view: _View, scope: _Scope, gold: Gold, result: FileResult) -> None:
    if gold.quantities is None:
        result.scores["quantities"] = None
        return
    preds = _predicted_measurements(view, scope)
    by_key: dict[tuple[Decimal, str], list[int]] = {}
    for i, p in enumerate(preds):
        if p.value is not None:
            by_key.setdefault((p.value, p.unit), []).append(i)

    # candidate pairs with preference scores; greedy in a total, deterministic order
    pairs = []
    for gi, q in enumerate(gold.quantities):
        gsent = _norm_sentence(q.sentence)
        graw = _strip_qualifiers(q.raw)
        for pi in by_key.get((q.value, q.unit), ()):
            p = preds[pi]
            contains = bool(gsent) and any(gsent in _norm_sentence(t) for t in p.sentences)
            same_surface = bool(graw) and _strip_qualifiers(p.surface) == graw
            pairs.append((-int(contains), -int(same_surface), gi, pi))
    pairs.sort()
    gold_to_pred: dict[int, int] = {}
    used: set[int] = set()
    for _c, _s, gi, pi in pairs:
        if gi in gold_to_pred or pi in used:
            continue
        gold_to_pred[gi] = pi
        used.add(pi)

    result.scores["quantities"] = PRF(
        gold=len(gold.quantities), pred=len(preds), tp=len(gold_to_pred)
    )
    result.missed["quantities"] = [
        f"{q.raw} ({_fmt_dec(q.value)} {q.unit}; {q.indicator or '?'}) « {q.sentence or ''} »"
        for gi, q in enumerate(gold.quantities)
        if gi not in gold_to_pred
    ]
    result.invented["quantities"] = [
        f"{p.surface or '?'} ({_fmt_dec(p.value) if p.value is not None else '?'} {p.unit}; "
        f"{p.indicators[0] if p.indicators else '?'}) « {p.context} »"
        for pi, p in enumerate(preds)
        if pi not in used
    ]

    exact = Ratio()
    lenient = Ratio()
    target = Ratio()
    for gi in sorted(gold_to_pred):
        q = gold.quantities[gi]
        p = preds[gold_to_pred[gi]]
        g_ind = normalize_name(q.indicator)
        p_inds = [normalize_name(x) for x in p.indicators]
        exact.d += 1
        lenient.d += 1
        is_exact = bool(g_ind) and g_ind in p_inds
        is_lenient = is_exact or (
            bool(g_ind) and any(x and (x in g_ind or g_ind in x) for x in p_inds)
        )
        exact.n += is_exact
        lenient.n += is_lenient
        if not is_exact:
            got = " | ".join(p.indicators) if p.indicators else "(none)"
            result.indicator_errors.append(f"{q.raw}: {q.indicator or '(none)'} → {got}")
        target.d += 1
        if p.is_target == q.target:
            target.n += 1
        else:
            result.target_errors.append(
                f"{q.raw} ({q.indicator or '?'}): gold {'target' if q.target else 'outcome'}, "
                f"predicted {'target' if p.is_target else 'outcome'}"
            )
    result.indicator_exact = exact
    result.indicator_lenient = lenient
    result.target = target


def _fmt_dec(value: Decimal) -> str:
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _score_metadata(view: _View, report: Node, gold: Gold, result: FileResult) -> None:
    score = Ratio()
    for key in META_FIELDS:
        expected = gold.meta.get(key)
        if expected is None:
            continue
        score.d += 1
        if key == "region":
            region = view.one(report, GOV.region)
            names = view.labels(region) if region is not None else []
            ok = normalize_name(expected) in {normalize_name(n) for n in names}
            got = names[0] if names else None
        elif key in ("year", "review_year"):
            prop = GOV.year if key == "year" else GOV.reviewYear
            got = _lit_year(view.one(report, prop))
            ok = got == expected
        elif key == "date":
            node = view.one(report, DCTERMS.date)
            got = str(node).strip() if node is not None else None
            ok = got == expected
        else:
            prop = {
                "speaker": GOV.speaker,
                "speaker_title": GOV.speakerTitle,
                "meeting": GOV.meeting,
            }[key]
            node = view.one(report, prop)
            got = str(node) if node is not None else None
            ok = got is not None and normalize_name(got) == normalize_name(expected)
        if ok:
            score.n += 1
        else:
            result.metadata_errors.append(
                f"{key}: {expected} ≠ {got if got is not None else '(none)'}"
            )
    result.metadata = score


# --------------------------------------------------------------------- format


_ROW = "{:<15}{:>6}{:>7}{:>7}{:>8}{:>8}{:>8}"


def _f3(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _ratio_cell(r: Ratio) -> str:
    return f"{_f3(r.value)} ({r.n}/{r.d})"


def format_result(result: EvalResult, explain: bool = False) -> str:
    """A plain-text table: one block per gold file, then the macro average."""
    out: list[str] = []
    for f in result.files:
        title = f"== {f.gold} → {f.report}"
        if not f.built:
            title += "  NOT BUILT"
        out.append(title)
        for note in f.notes:
            out.append(f"   ({note})")
        out.append(_ROW.format("metric", "gold", "pred", "match", "P", "R", "F1"))
        for kind in KINDS:
            s = f.scores.get(kind)
            if s is None:
                out.append(_ROW.format(KIND_TITLES[kind], "-", "-", "-", "n/a", "n/a", "n/a"))
            else:
                out.append(
                    _ROW.format(
                        KIND_TITLES[kind],
                        s.gold,
                        s.pred,
                        s.tp,
                        _f3(s.precision),
                        _f3(s.recall),
                        _f3(s.f1),
                    )
                )
        out.append(f"{'indicator exact':<22}{_ratio_cell(f.indicator_exact)}")
        out.append(f"{'indicator lenient':<22}{_ratio_cell(f.indicator_lenient)}")
        out.append(f"{'target accuracy':<22}{_ratio_cell(f.target)}")
        out.append(f"{'unit level accuracy':<22}{_ratio_cell(f.unit_level)}")
        out.append(f"{'alias recall':<22}{_ratio_cell(f.alias_recall)}")
        out.append(f"{'hierarchy recall':<22}{_ratio_cell(f.hierarchy)}  ({len(f.hierarchy_errors) - sum('missing' in e for e in f.hierarchy_errors)} wrong parents)")
        out.append(f"{'metadata':<22}{f.metadata}")
        if explain:
            out.extend(_explain(f))
        out.append("")

    n = len(result.files)
    out.append(f"== average ({n} gold file{'s' if n != 1 else ''}, macro)")
    out.append(_ROW.format("metric", "gold", "pred", "match", "P", "R", "F1"))
    for kind in KINDS:
        avg = result.average(kind)
        scored = [f.scores[kind] for f in result.files if f.scores.get(kind) is not None]
        if avg is None:
            out.append(_ROW.format(KIND_TITLES[kind], "-", "-", "-", "n/a", "n/a", "n/a"))
        else:
            out.append(
                _ROW.format(
                    KIND_TITLES[kind],
                    sum(s.gold for s in scored),
                    sum(s.pred for s in scored),
                    sum(s.tp for s in scored),
                    *(_f3(x) for x in avg),
                )
            )
    out.append(f"{'indicator exact':<22}{_f3(result.average_ratio('indicator_exact'))}")
    out.append(f"{'indicator lenient':<22}{_f3(result.average_ratio('indicator_lenient'))}")
    out.append(f"{'target accuracy':<22}{_f3(result.average_ratio('target'))}")
    out.append(f"{'unit level accuracy':<22}{_f3(result.average_ratio('unit_level'))}")
    out.append(f"{'alias recall':<22}{_f3(result.average_ratio('alias_recall'))}")
    out.append(f"{'hierarchy recall':<22}{_f3(result.average_ratio('hierarchy'))}")
    out.append(f"{'metadata':<22}{result.pooled_ratio('metadata')}")
    return "\n".join(out) + "\n"


def _explain(f: FileResult) -> Iterable[str]:
    for kind in KINDS:
        missed = f.missed.get(kind) or []
        invented = f.invented.get(kind) or []
        if not missed and not invented:
            continue
        yield f"  {KIND_TITLES[kind]}:"
        for item in missed:
            yield f"    - missed: {item}"
        for item in invented:
            yield f"    + invented: {item}"
    sections = (
        ("indicator errors (gold → predicted)", f.indicator_errors),
        ("target flag errors", f.target_errors),
        ("unit level errors (gold ≠ predicted)", f.level_errors),
        ("hierarchy errors", f.hierarchy_errors),
        ("aliases not found", f.alias_misses),
        ("metadata (gold ≠ predicted)", f.metadata_errors),
    )
    for title, items in sections:
        if items:
            yield f"  {title}:"
            for item in items:
                yield f"    {item}"
