"""Round 26b honNA: every honour the extractor reads in the corpus reports that write 集群 (the only reports the fix can
change), one line each: report, sentence index, title, recipient. Run on the base and on the branch, then diff.
usage: PYTHONPATH=$PWD python cluster_honours_corpus.py OUT.tsv"""
import glob
import sys
from pathlib import Path

from kg.extract.entities import find_honors
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"
with open(sys.argv[1], "w", encoding="utf-8") as fo:
    for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt")):
        if "集群" not in open(f, encoding="utf-8", errors="ignore").read():
            continue
        report = structure_report(read_document(Path(f)))
        for h in find_honors(report):
            fo.write(f"{f[len(CORPUS) + 1:]}\t{h.sentence}\t{h.honor}\t{h.recipient}\n")
