"""Build benchmark (issue 9): prints figures, asserts nothing.

    python bench/build.py                              # every stage, the full corpus included (make bench)
    python bench/build.py --only ratio                 # one stage; --only takes a comma list
    python bench/build.py --only scaling --sizes 10,100
    python bench/build.py --only corpus,rebuild --reports 500   # the corpus stages on 500 reports

Stages:
  ratio    throughput ratio: characters/s of what a build worker does per report (read -> extract ->
           N-Quads lines, sorted) divided by characters/s of bare `jieba.lcut` over the same text, side by
           side in one process (median of 3 rounds), by CPU time and by wall time; then the same ratio
           for the whole `kg build --jobs 1` command (its CPU time, start-up and store included);
  scaling  seconds per million characters of `kg build --jobs N` into a fresh folder at 10, 100 and
           1,000 reports (wall and CPU of the process tree);
  corpus   the full corpus (or --reports N of it): wall and CPU time, peak RSS of the process tree
           (the build, its workers and the store load, sampled every 0.1 s), triples, store and output sizes;
  rebuild  `kg build` again with nothing changed (after the corpus stage, or after an untimed build
           when run alone).

The machine's other load shows in wall times: compare the CPU figures and the ratios measured in one run.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from queries import corpus_dir, folder_mib  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]
BASE = "https://w3id.org/govkg/id/"
STAGES = ("ratio", "scaling", "corpus", "rebuild")


def corpus_files() -> list[Path]:
    return sorted(corpus_dir().rglob("*.txt"))


def chars(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in paths)


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# ------------------------------------------------------------------ peak RSS of a process tree

def _tree_rss(root: int) -> tuple[int, int]:
    """(sum, largest) resident set size in bytes of `root` and all its descendants."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry.name}/statm", encoding="ascii") as fh:
                resident = int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
        parents[int(entry.name)] = int(fields[1])
        rss[int(entry.name)] = resident
    tree = {root}
    grew = True
    while grew:
        grew = False
        for pid, parent in parents.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    sizes = [rss.get(pid, 0) for pid in tree]
    return sum(sizes), max(sizes, default=0)


class TreePeak:
    """Samples the RSS of a process tree every `interval` seconds until stopped."""

    def __init__(self, pid: int, interval: float = 0.1):
        self.pid, self.interval = pid, interval
        self.total = self.largest = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            total, largest = _tree_rss(self.pid)
            self.total, self.largest = max(self.total, total), max(self.largest, largest)
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


# ------------------------------------------------------------------ running kg build

class Run:
    def __init__(self, seconds: float, cpu: float, stdout: str, peak: TreePeak | None):
        self.seconds, self.cpu, self.stdout = seconds, cpu, stdout
        self.peak_total = peak.total if peak else 0
        self.peak_largest = peak.largest if peak else 0

    def line(self, prefix: str) -> int:
        for line in self.stdout.splitlines():
            if line.startswith(prefix):
                return int(line.split(":")[1].split()[0])
        return 0


def run_build(paths: list[Path], out: Path, jobs: int, extra: list[str] | None = None,
              sample_rss: bool = False) -> Run:
    listing = out.parent / f"{out.name}.inputs"
    listing.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(paths):  # a folder of links: one argument instead of thousands
        link = listing / f"{i:05d}_{path.parent.name}_{path.name}"
        if not link.exists():
            link.symlink_to(path)
    cpu = children_cpu()
    started = time.perf_counter()
    process = subprocess.Popen([*KG, "build", str(listing), "-o", str(out), "--jobs", str(jobs), "--no-html",
                                *(extra or [])], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    peak = TreePeak(process.pid) if sample_rss else None
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    if peak:
        peak.stop()
    if process.returncode not in (0, 2):
        print(stderr[-2000:])
        raise SystemExit(f"kg build failed with {process.returncode}")
    return Run(seconds, children_cpu() - cpu, stdout, peak)


# ------------------------------------------------------------------ stages

def stage_ratio(files: list[Path], rng: random.Random, n: int, jobs: int, work: Path) -> None:
    import jieba

    from kg.pipeline import extract_document, nquad_shard
    from kg.read import read_document

    sample = rng.sample(files, min(n, len(files)))
    documents = [read_document(p) for p in sample]
    text = [d.text for d in documents]
    total = sum(len(t) for t in text)
    jieba.initialize()
    extract_document(documents[0], BASE)  # load dictionaries and lexicons once

    def kg_pass() -> None:
        for d in documents:
            iri, triples, _summary = extract_document(d, BASE)
            nquad_shard(iri, triples, BASE)  # what write_shard writes

    def jieba_pass() -> None:
        for t in text:
            jieba.lcut(t)

    rounds = []
    for _ in range(3):  # side by side, alternating
        row = []
        for fn in (jieba_pass, kg_pass):
            wall, cpu = time.perf_counter(), time.process_time()
            fn()
            row += [time.perf_counter() - wall, time.process_time() - cpu]
        rounds.append(row)
    jw, jc, kw, kc = (statistics.median(r[i] for r in rounds) for i in range(4))
    print("\n== ratio: one process, same text (median of 3 rounds, side by side)")
    print(f"text: {len(documents)} reports, {total:,} characters")
    print(f"{'':34} {'chars/CPU-s':>12} {'chars/wall-s':>13}")
    print(f"{'jieba.lcut':34} {total / jc:12,.0f} {total / jw:13,.0f}")
    print(f"{'kg worker (extract + N-Quads)':34} {total / kc:12,.0f} {total / kw:13,.0f}")
    print(f"ratio kg / jieba.lcut: {jc / kc:.2f} by CPU time, {jw / kw:.2f} by wall time "
          f"(goal >= 0.5, moonshot >= 1.0)")
    run = run_build(sample, work / "ratio", 1)
    print(f"whole `kg build --jobs 1` on the same reports (start-up, shards, graph.nq, graph.ttl, store): "
          f"{run.cpu:.1f} CPU-s, {run.seconds:.1f} s wall -> {total / run.cpu:,.0f} chars/CPU-s; "
          f"ratio to jieba.lcut by CPU time: {jc / run.cpu:.2f}")
    shutil.rmtree(work / "ratio", ignore_errors=True)


def stage_scaling(files: list[Path], rng: random.Random, sizes: list[int], jobs: int, work: Path) -> None:
    print(f"\n== scaling: kg build --jobs {jobs}, a fresh output folder each time")
    print(f"{'reports':>8} {'characters':>12} {'wall s':>8} {'CPU s':>8} {'wall s/M chars':>15} "
          f"{'CPU s/M chars':>14} {'triples':>11}")
    for n in sizes:
        sample = rng.sample(files, min(n, len(files)))
        size = chars(sample)
        run = run_build(sample, work / f"scale{n}", jobs)
        print(f"{n:>8} {size:>12,} {run.seconds:>8.1f} {run.cpu:>8.1f} {run.seconds / size * 1e6:>15.2f} "
              f"{run.cpu / size * 1e6:>14.2f} {run.line('triples:'):>11,}")
        shutil.rmtree(work / f"scale{n}", ignore_errors=True)
        shutil.rmtree(work / f"scale{n}.inputs", ignore_errors=True)


def stage_corpus(files: list[Path], jobs: int, out: Path) -> None:
    print(f"\n== corpus: kg build --jobs {jobs} of {len(files)} reports into a fresh folder")
    shutil.rmtree(out, ignore_errors=True)
    size = chars(files)
    run = run_build(files, out, jobs, sample_rss=True)
    print(f"reports: {len(files)} ({run.line('skipped inputs:')} skipped), characters: {size:,}")
    print(f"wall: {run.seconds:.1f} s ({run.seconds / 60:.1f} min; goal <= 10 min); "
          f"CPU (build + workers): {run.cpu:.1f} s; {run.seconds / size * 1e6:.2f} s per M chars")
    print(f"peak RSS of the process tree: {run.peak_total / 2**20:,.0f} MiB (goal <= 2 GB); "
          f"largest single process: {run.peak_largest / 2**20:,.0f} MiB")
    print(f"triples: {run.line('triples:'):,}")
    sizes = {name: (out / name) for name in ("store", "graph.nq", "graph.ttl", "shards", "texts")}
    print("sizes: " + ", ".join(
        f"{name} {folder_mib(p) if p.is_dir() else p.stat().st_size / 2**20:,.0f} MiB"
        for name, p in sizes.items() if p.exists()))


def stage_rebuild(files: list[Path], jobs: int, out: Path) -> None:
    if not (out / "store").is_dir():
        print(f"\n(building {len(files)} reports first for the rebuild stage, not timed)")
        run_build(files, out, jobs)
    run = run_build(files, out, jobs)
    reused = [ln for ln in run.stdout.splitlines() if "reused" in ln]
    print(f"\n== rebuild with nothing changed ({len(files)} reports)")
    print(f"wall: {run.seconds:.1f} s (goal <= 10 s); CPU {run.cpu:.1f} s; {reused[0] if reused else 'nothing reused'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(STAGES),
                        help=f"comma list of stages to run: {', '.join(STAGES)} (default: all)")
    parser.add_argument("--no-full", action="store_true", help="skip the corpus and rebuild stages")
    parser.add_argument("--reports", type=int, default=None,
                        help="reports for the ratio stage (default 60) and the corpus/rebuild stages (default all)")
    parser.add_argument("--sizes", default=os.environ.get("GOVKG_BENCH_SIZES", "10,100,1000"),
                        help="report counts of the scaling stage (default 10,100,1000)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--work", type=Path, default=None,
                        help="folder for the builds (default: a temporary folder, removed at the end)")
    args = parser.parse_args()
    stages = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(stages) - set(STAGES))
    if unknown:
        parser.error(f"unknown stage(s): {', '.join(unknown)}; choose from {', '.join(STAGES)}")
    if args.no_full:
        stages = [s for s in stages if s not in ("corpus", "rebuild")]
    sizes = [int(n) for n in args.sizes.split(",") if n.strip()]
    files = corpus_files()
    rng = random.Random(20261126)
    load = os.getloadavg()[0]
    print(f"corpus: {len(files)} reports; machine: {os.cpu_count()} cores, load average {load:.1f}; "
          f"jobs: {args.jobs}; stages: {', '.join(stages)}")
    work = args.work or Path(tempfile.mkdtemp(prefix="govkg-bench-build-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if "ratio" in stages:
            stage_ratio(files, rng, args.reports or 60, args.jobs, work)
        if "scaling" in stages:
            stage_scaling(files, rng, sizes, args.jobs, work)
        chosen = files if args.reports is None else random.Random(7).sample(files, min(args.reports, len(files)))
        if "corpus" in stages:
            stage_corpus(chosen, args.jobs, work / "full")
        if "rebuild" in stages:
            stage_rebuild(chosen, args.jobs, work / "full")
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
