"""Program candidates of the CV gold sets, with their labels (issue #4, round progML).

For each gold file of the CV sets (official gold, eval/dev2 … dev25 as listed in SETS; files whose `programs` is null are
skipped) the extractor's program finds (`find_entities`) are grouped by normalised name, as `kg eval`
scores them (`_score_names`: one item per distinct normalised name per file). A name is positive when it is in the file's
gold program names (normalised). Each candidate keeps the raw contexts of its finds, so features can be recomputed.

    PYTHONPATH=$PWD .venv/bin/python eval/program_filter/data.py   # writes eval/program_filter/candidates.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kg.evaluate import load_gold, normalize_name
from kg.extract import extract_mentions
from kg.gazetteer import gazetteer
from kg.read import read_document
from kg.resolve import find_region, resolve_entities, scoped_townships
from kg.structure import structure_report

ROOT = Path(__file__).resolve().parents[2]
GOLD = Path("/work/shared/gold")
# the sets a helper may train and validate on (never dev26, heldout, heldout2)
SETS = ["dev", "dev2", "dev3", "dev5", "dev7", "dev9", "dev11"] + [f"dev{n}" for n in range(13, 26)]


def set_files(name: str) -> list[tuple[Path, Path]]:
    """(gold, text) pairs of one set."""
    if name == "dev":
        pairs = []
        for g in sorted(GOLD.glob("*.gold.json")):
            report = json.loads(g.read_text(encoding="utf-8"))["report"]
            t = Path("/work/shared/reports") / report
            if not t.exists():
                t = GOLD / "excerpts" / report
            pairs.append((g, t))
        return pairs
    d = ROOT / "eval" / name
    return [(g, d / json.loads(g.read_text(encoding="utf-8"))["report"]) for g in sorted(d.glob("*.gold.json"))]


def candidates_of(report, found) -> list[dict]:
    """The program finds of a report grouped by normalised name, with the raw context of each find."""
    others = {normalize_name(m.name) for m in found if m.kind != "program"}
    groups: dict[str, dict] = {}
    for m in found:
        if m.kind != "program":
            continue
        key = normalize_name(m.name)
        sent = report.sentences[m.sentence]
        section = report.section(sent.section)
        part = section.part if section is not None else "other"
        g = groups.setdefault(key, {"key": key, "name": m.name, "mentions": [], "other_kind": key in others})
        g["mentions"].append([sent.text, m.start - sent.start, m.end - sent.start, part])
    return list(groups.values())


def extract(tpath: Path):
    """The report, its entity finds, and the program names its honors' recipients add (not the filter's to drop)."""
    gaz = gazetteer()
    report = structure_report(read_document(tpath))
    region = find_region(report, gaz)
    surface, official = scoped_townships(region, gaz)
    mentions = extract_mentions(report, gaz, surface)
    entities = resolve_entities(report, mentions, gaz, region, official)
    extra = {normalize_name(key) for r in entities.honor_recipients if r is not None
             for kind, key in [r] if kind == "program"}
    return report, mentions.entities, extra


def main() -> None:
    out = []
    for s in SETS:
        for gpath, tpath in set_files(s):
            gold = load_gold(gpath)
            if gold.programs is None:
                continue
            report, found, extra = extract(tpath)
            cands = candidates_of(report, found)
            golds = sorted({normalize_name(x) for x in gold.programs})
            for c in cands:
                c["label"] = int(c["key"] in golds)
            keys = {c["key"] for c in cands}
            extra = sorted(k for k in extra if k not in keys)
            out.append({"set": s, "file": gpath.name, "region": report.meta.region, "gold": golds,
                        "candidates": cands, "extra": extra})
            print(s, gpath.name, len(cands), sum(c["label"] for c in cands), len(golds), file=sys.stderr)
    (ROOT / "eval" / "program_filter" / "candidates.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
