"""Round 15 (honW), task 3: the region find_region picks for each of the 200 full corpus reports (seed 1504), to check
that a change for title-less excerpts leaves full reports alone. usage: full_regions.py OUT.tsv"""
import glob
import random
import sys
from pathlib import Path

from kg.gazetteer import gazetteer
from kg.read import read_document
from kg.resolve import find_region
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
gaz = gazetteer()
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for f in sorted(random.Random(1504).sample(files, 200)):
        region = find_region(structure_report(read_document(Path(f))), gaz)
        out.write(f"{f[len(CORPUS) + 1:]}\t{region.name if region else None}\n")
