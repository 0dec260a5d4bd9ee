"""Instruction count of the build worker's pass (extract -> N-Quads shard) under valgrind's callgrind.

    python bench/instructions.py                 # seeds 7 and 9: 6 corpus reports each, after one warm-up report
    python bench/instructions.py --seeds 7 --tree /tmp/base

CPU time on a shared machine moves by 10% from run to run; the instruction count does not (hash seed fixed).
Counted: only the calls inside `functools.reduce` (valgrind --toggle-collect=functools_reduce), i.e. the extraction
and `nquad_shard` of the 6 reports; start-up, imports and the warm-up report are not. Needs valgrind (apt-get install
valgrind) and about 1-3 CPU-minutes per seed. Prints one line per seed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs under valgrind with PYTHONPATH=<tree>: the same reports for every tree (sorted corpus, fixed seed).
WORKER = r"""
import functools, random, sys
from pathlib import Path
from kg.pipeline import extract_document, nquad_shard
from kg.read import read_document
BASE = "https://w3id.org/govkg/id/"
files = sorted(Path(sys.argv[1]).glob("*/*/*.txt"))  # region/year/report.txt
docs = [read_document(p) for p in random.Random(int(sys.argv[2])).sample(files, 7)]
iri, triples, _ = extract_document(docs[0], BASE)  # warm-up: dictionaries, lexicons, compiled patterns
nquad_shard(iri, triples, BASE)


def one(_acc, document):
    iri, triples, _summary = extract_document(document, BASE)
    nquad_shard(iri, triples, BASE)


functools.reduce(one, docs[1:], None)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", type=Path, default=ROOT, help="source tree to count (has kg/)")
    ap.add_argument("--seeds", default="7,9")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from queries import corpus_dir

    corpus = corpus_dir()
    env = dict(os.environ, PYTHONPATH=str(args.tree.resolve()), PYTHONHASHSEED="0")
    for seed in args.seeds.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "callgrind.out"
            subprocess.run(["valgrind", "--tool=callgrind", "--toggle-collect=functools_reduce",
                            f"--callgrind-out-file={out}", sys.executable, "-c", WORKER, str(corpus), seed],
                           env=env, cwd=str(args.tree), check=True, capture_output=True)
            total = re.search(r"^(?:summary|totals): (\d+)", out.read_text(), re.M)
        print(f"seed {seed}: {int(total.group(1)):,} instructions (6 reports, {args.tree})")


if __name__ == "__main__":
    main()
