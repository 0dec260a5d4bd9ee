"""Build benchmark (issue 9): prints figures, asserts nothing.

    python bench/build.py                 # all sections, the full corpus included
    GOVKG_BENCH_SIZES=10,100 python bench/build.py --no-full

1. throughput ratio: `kg build`'s extraction (read -> emit, one process) in characters/s divided by
   bare `jieba.lcut` characters/s over the same text, measured side by side in this run;
2. scaling: wall seconds per million characters of `kg build --jobs N` at 10, 100 and 1,000 reports;
3. the full corpus: wall time, peak RSS of the build process and of its largest worker, triples,
   store size;
4. a rebuild of the full corpus with nothing changed.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import corpus_dir, folder_mib  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().rglob("*.txt"))


def chars(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in paths)


def throughput(sample: list[Path]) -> None:
    import jieba

    from kg.pipeline import process_document
    from kg.read import read_document

    documents = [read_document(p) for p in sample]
    text = [d.text for d in documents]
    total = sum(len(t) for t in text)
    jieba.initialize()
    process_document(documents[0], "https://w3id.org/govkg/id/")  # load dictionaries and lexicons once
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        for t in text:
            jieba.lcut(t)
        jieba_seconds = time.perf_counter() - started
        started = time.perf_counter()
        for d in documents:
            process_document(d, "https://w3id.org/govkg/id/")
        kg_seconds = time.perf_counter() - started
        rounds.append((jieba_seconds, kg_seconds))
    jieba_seconds = sorted(r[0] for r in rounds)[1]
    kg_seconds = sorted(r[1] for r in rounds)[1]
    print("\n== 1. throughput, one process, same text (median of 3)")
    print(f"text: {len(documents)} reports, {total:,} characters")
    print(f"jieba.lcut:            {total / jieba_seconds:12,.0f} chars/s")
    print(f"kg extraction (all):   {total / kg_seconds:12,.0f} chars/s")
    print(f"ratio kg / jieba.lcut: {jieba_seconds / kg_seconds:.2f}   (goal >= 0.5, moonshot >= 1.0)")


def run_build(paths: list[Path], out: Path, jobs: int, extra: list[str] | None = None) -> tuple[float, str]:
    listing = out.parent / f"{out.name}.inputs"
    listing.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(paths):  # a folder of links: one argument instead of thousands
        link = listing / f"{i:05d}_{path.parent.name}_{path.name}"
        if not link.exists():
            link.symlink_to(path)
    started = time.perf_counter()
    done = subprocess.run([*KG, "build", str(listing), "-o", str(out), "--jobs", str(jobs), "--no-html",
                           *(extra or [])], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 2):
        print(done.stderr[-2000:])
        raise SystemExit(f"kg build failed with {done.returncode}")
    return seconds, done.stdout


def triples_of(stdout: str) -> int:
    for line in stdout.splitlines():
        if line.startswith("triples:"):
            return int(line.split()[1])
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-full", action="store_true", help="skip the full-corpus build")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args()
    sizes = [int(n) for n in os.environ.get("GOVKG_BENCH_SIZES", "10,100,1000").split(",")]
    files = corpus_files()
    rng = random.Random(20261126)
    print(f"corpus: {len(files)} reports; machine: {os.cpu_count()} cores; jobs: {args.jobs}")

    throughput(rng.sample(files, 60))

    work = Path(tempfile.mkdtemp(prefix="govkg-bench-build-"))
    try:
        print("\n== 2. scaling: kg build --jobs N, fresh output folder each time")
        print(f"{'reports':>8} {'characters':>12} {'seconds':>8} {'s per M chars':>14} {'triples':>11}")
        for n in sizes:
            sample = rng.sample(files, min(n, len(files)))
            size = chars(sample)
            seconds, stdout = run_build(sample, work / f"scale{n}", args.jobs)
            print(f"{n:>8} {size:>12,} {seconds:>8.1f} {seconds / size * 1e6:>14.2f} {triples_of(stdout):>11,}")
            shutil.rmtree(work / f"scale{n}", ignore_errors=True)

        if not args.no_full:
            print("\n== 3. the full corpus")
            size = chars(files)
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            seconds, stdout = run_build(files, work / "full", args.jobs)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            print(f"reports: {len(files)}, characters: {size:,}")
            print(f"wall: {seconds:.1f} s ({seconds / 60:.1f} min; goal <= 10 min)")
            print(f"peak RSS of the largest process (build or worker): {max(peak, before) / 1024:.0f} MiB "
                  f"(goal <= 2 GB)")
            print(f"triples: {triples_of(stdout):,}")
            print(f"store: {folder_mib(work / 'full' / 'store'):.0f} MiB; "
                  f"graph.nq: {(work / 'full' / 'graph.nq').stat().st_size / 2**20:.0f} MiB")
            print("\n== 4. rebuild with nothing changed")
            seconds, stdout = run_build(files, work / "full", args.jobs)
            print(f"wall: {seconds:.1f} s (goal <= 10 s)  [{[ln for ln in stdout.splitlines() if 'reused' in ln]}]")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
