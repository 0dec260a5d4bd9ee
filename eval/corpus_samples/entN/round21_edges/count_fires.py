"""Round 21 (progDA): on the 200 reports (seed 2104), the coordinations the shared-tail pass takes (the fix's own shape).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/round21_edges/count_fires.py > count_fires.txt
Wraps programs.shared_tails, prints each sentence where it changed the program names (before → after inside the pass),
and the sentences where it took a coordination that was already read right; then the report counts.
"""
import importlib.util
import sys
from pathlib import Path

import kg.extract.entities.programs as programs
from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

spec = importlib.util.spec_from_file_location("dump", str(Path(__file__).parents[1] / "round15" / "dump.py"))
dump = importlib.util.module_from_spec(spec)
spec.loader.exec_module(dump)

orig = programs.shared_tails
current = {"r": ""}
changed, same = set(), set()


def wrapped(s):
    before = sorted(f.name for f in s.found if f.kind == "program")
    orig(s)
    after = sorted(f.name for f in s.found if f.kind == "program")
    if before != after:
        changed.add(current["r"])
        print("CHANGED", current["r"], "|", s.text[:120], "|", [x for x in before if x not in after], "->",
              [x for x in after if x not in before])


programs.shared_tails = wrapped
for f in dump.draw(2104, 200):
    current["r"] = f[len(dump.CORPUS) + 1:]
    find_entities(structure_report(read_document(Path(f))))
print(f"the pass changed the names in {len(changed)} reports", file=sys.stdout)
