"""Byte-identity check for speed work: the same reports' N-Quads from two source trees must not differ.

    python bench/identity.py BASE_DIR                  # BASE_DIR vs this tree, 150 random corpus reports
    python bench/identity.py BASE_DIR --other DIR      # BASE_DIR vs DIR
    python bench/identity.py BASE_DIR --reports 40 --seed 3 --jobs 2

BASE_DIR is a checkout of the starting point, e.g. `git archive <commit> | tar -x -C /tmp/base`.
Each tree runs in its own subprocesses (PYTHONPATH=tree) over the same reports (a fixed random sample
of the corpus); each report's lines are the sorted N-Quads a build worker writes (extract -> N-Quads); where the tree has
`nquad_shard` (the shard's bytes made directly), they must also equal `shard_bytes` of those lines.
The base tree's output is cached by tree, report list and digest of the tree's kg/ sources, so a
re-check after every change only extracts this tree again. Prints the reports that differ (with the
first differing lines) and exits 1 when any does, 0 when all are byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/govkg/id/"

# Runs inside a subprocess with PYTHONPATH=<tree>: reads a list of paths, writes one JSON line per
# report {"path": ..., "sha": ..., "lines": [...]} (lines only when asked for).
WORKER = r"""
import hashlib, json, sys
from pathlib import Path
from kg.pipeline import extract_document, nquad_lines
from kg.read import read_document
from kg.shards import shard_bytes
try:
    from kg.pipeline import nquad_shard  # the shard written directly (newer trees): must equal the lines'
except ImportError:
    nquad_shard = None
base, listing, out = sys.argv[1], sys.argv[2], sys.argv[3]
with open(out, "w", encoding="utf-8") as fh:
    for path in Path(listing).read_text(encoding="utf-8").splitlines():
        iri, triples, _summary = extract_document(read_document(Path(path)), base)
        lines = sorted(nquad_lines(iri, triples, base))
        data = "\n".join(lines)
        shard_ok = nquad_shard is None or nquad_shard(iri, triples, base) == shard_bytes(lines)
        fh.write(json.dumps({"path": path, "sha": hashlib.sha256(data.encode()).hexdigest(),
                             "lines": lines, "shard_ok": shard_ok}, ensure_ascii=False) + "\n")
"""


def corpus_reports() -> list[Path]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from queries import corpus_dir
    return sorted(corpus_dir().rglob("*.txt"))


def tree_digest(tree: Path) -> str:
    h = hashlib.sha256()
    for path in sorted((tree / "kg").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(tree)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


def extract_tree(tree: Path, paths: list[Path], jobs: int, work: Path) -> dict[str, dict]:
    """Run the worker over `paths` with `tree` on PYTHONPATH, in `jobs` subprocesses."""
    chunks = [paths[i::jobs] for i in range(jobs)]
    procs = []
    env = dict(os.environ, PYTHONPATH=str(tree))
    for i, chunk in enumerate(chunks):
        listing, out = work / f"in{i}.txt", work / f"out{i}.jsonl"
        listing.write_text("\n".join(map(str, chunk)), encoding="utf-8")
        procs.append((subprocess.Popen([sys.executable, "-c", WORKER, BASE, str(listing), str(out)],
                                       env=env, cwd=str(tree)), out))
    results: dict[str, dict] = {}
    for proc, out in procs:
        if proc.wait() != 0:
            sys.exit(f"identity: extraction with {tree} failed (exit {proc.returncode})")
        for line in out.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            results[record["path"]] = record
    return results


def cached_extract(tree: Path, paths: list[Path], jobs: int, work: Path, cache_dir: Path) -> dict[str, dict]:
    key = hashlib.sha256((tree_digest(tree) + "\n".join(map(str, paths))).encode()).hexdigest()[:20]
    cache = cache_dir / f"{key}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    results = extract_tree(tree, paths, jobs, work)
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    tmp.replace(cache)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base", type=Path, help="source tree of the starting point (has kg/)")
    ap.add_argument("--other", type=Path, default=ROOT, help="tree to compare (default: this one)")
    ap.add_argument("--reports", type=int, default=150)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "govkg-identity")
    args = ap.parse_args()
    for tree in (args.base, args.other):
        if not (tree / "kg" / "pipeline.py").is_file():
            sys.exit(f"identity: {tree} is not a govkg source tree (no kg/pipeline.py)")
    files = corpus_reports()
    if not files:
        sys.exit("identity: no corpus reports found")
    paths = random.Random(args.seed).sample(files, min(args.reports, len(files)))
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "a").mkdir()
        (work / "b").mkdir()
        base = cached_extract(args.base.resolve(), paths, args.jobs, work / "a", args.cache)
        other = extract_tree(args.other.resolve(), paths, args.jobs, work / "b")
    differ = 0
    lines = 0
    for path in map(str, paths):
        a, b = base[path], other[path]
        lines += len(a["lines"])
        if not a.get("shard_ok", True) or not b.get("shard_ok", True):
            differ += 1
            print(f"DIFFERS {path}: nquad_shard's bytes are not shard_bytes(nquad_lines(...))")
            continue
        if a["sha"] != b["sha"]:
            differ += 1
            only_a = sorted(set(a["lines"]) - set(b["lines"]))
            only_b = sorted(set(b["lines"]) - set(a["lines"]))
            print(f"DIFFERS {path}: {len(only_a)} lines only in base, {len(only_b)} only in other")
            for line in only_a[:3]:
                print(f"  - {line[:200]}")
            for line in only_b[:3]:
                print(f"  + {line[:200]}")
    print(f"{len(paths) - differ} of {len(paths)} reports byte-identical ({lines:,} N-Quads lines in base)")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
