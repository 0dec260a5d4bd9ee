"""Golden cases: tests/cases/<name>/input.txt and the expected extraction in expected.json.

Regenerate an expected file after a deliberate change with:
    python -m tests.test_cases tests/cases/<name>   (then read the diff before committing)
An expected file may also hold "programs" and "honor_recipients" (every recipient of every honor); a new case
named entities_programs_* or entities_honors_* gets them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.read import read_document

CASES = Path(__file__).resolve().parent / "cases"


EXTRA = ("programs", "honor_recipients")  # asked for by the cases whose expected file has them


def extract_case(case: Path, extra: tuple[str, ...] = ()) -> dict:
    """The extraction of one case as plain JSON: metadata, units, measurements, honors; and, when asked,
    the programs and every (honor, recipient) pair (an honor received by several recipients)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

    from kg.consts import GOV, LEVEL_CLASSES
    from kg.pipeline import process_document

    _iri, triples, summary = process_document(read_document(case / "input.txt"), "https://w3id.org/govkg/id/")
    g = Graph()
    for t in triples:
        g.add(t)
    levels = {v: k for k, v in LEVEL_CLASSES.items()}
    report = next(g.subjects(RDF.type, GOV.Report))

    def one(s, p):
        v = g.value(s, p)
        return None if v is None else str(v)

    measurements = []
    for cls in (GOV.Outcome, GOV.Target):
        for m in g.subjects(RDF.type, cls):
            measurements.append({
                "start": int(g.value(m, GOV.spanStart)), "surface": one(m, GOV.surfaceText),
                "value": one(m, GOV.value), "unit": one(m, GOV.unit),
                "indicator": one(g.value(m, GOV.indicator), RDFS.label), "target": cls == GOV.Target,
                "period": one(m, GOV.refPeriod) or (g.value(m, GOV.periodStart) and
                                                     f"{g.value(m, GOV.periodStart)}-{g.value(m, GOV.periodEnd)}"),
                "kind": one(m, GOV.valueKind),
            })
    units = []
    for u in set(g.subjects(RDF.type, GOV.AdministrativeUnit)):
        if (u, GOV.mentionedIn, None) not in g:
            continue
        level = next(levels[t] for t in g.objects(u, RDF.type) if t in levels)
        units.append({"label": one(u, RDFS.label), "level": level, "code": one(u, GOV.divisionCode),
                      "alt": sorted(str(a) for a in g.objects(u, SKOS.altLabel))})
    honors = sorted(
        [one(h, RDFS.label), one(URIRef(str(g.value(h, GOV.awardedTo))), RDFS.label)]
        for h in g.subjects(RDF.type, GOV.Honor)
    )
    out = {
        "metadata": {k: one(report, p) for k, p in (("year", GOV.year), ("date", DCTERMS.date),
                                                      ("speaker", GOV.speaker), ("meeting", GOV.meeting))}
        | {"region": summary.region},
        "units": sorted(units, key=lambda u: u["label"]),
        "measurements": sorted(measurements, key=lambda m: m["start"]),
        "honors": honors,
    }
    if "programs" in extra:
        out["programs"] = sorted(str(g.value(p, RDFS.label)) for p in g.subjects(RDF.type, GOV.Program)
                                 if (p, GOV.mentionedIn, None) in g)
    if "honor_recipients" in extra:
        out["honor_recipients"] = sorted(
            [one(h, RDFS.label), one(r, RDFS.label) if r is not None else None]
            for h in g.subjects(RDF.type, GOV.Honor) for r in (list(g.objects(h, GOV.awardedTo)) or [None]))
    return out


@pytest.mark.parametrize("case", sorted(p for p in CASES.iterdir() if (p / "input.txt").is_file()), ids=lambda p: p.name)
def test_golden_case(case):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert extract_case(case, tuple(k for k in EXTRA if k in expected)) == expected


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        case = Path(arg)
        old = case / "expected.json"
        extra = tuple(k for k in EXTRA if k in (json.loads(old.read_text(encoding="utf-8")) if old.is_file() else {})
                      or case.name.startswith(f"entities_{k.split('_')[0]}"))
        (case / "expected.json").write_text(json.dumps(extract_case(case, extra), ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
        print(f"wrote {case / 'expected.json'}")
