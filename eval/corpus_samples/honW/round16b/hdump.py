"""Round 13 (honU), round 15 (honW: adds "p", the section part, plan or not): the honors of N corpus reports drawn with SEED, with every sentence that holds a trigger.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/hdump.py SEED N OUT.jsonl
Lines: {"r": report, "i": sentence index, "t": sentence, "h": [[honor, recipient], ...]}; hdiff.py A B prints what changed.
"""
import glob
import json
import random
import re
import sys
from pathlib import Path

from kg.extract.entities import find_honors
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"
TRIG = re.compile(r"荣获|获评|获得|被评为|被命名为|被授予|入选|获批|成功创建|创成|验收|复审|列入|认定为|荣膺|评为|命名为|摘得|喜获|斩获|获|跻身|入围|成为|纳入|授予|蝉联|上榜|荣登")
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
with open(out, "w") as fo:
    for f in sorted(random.Random(seed).sample(files, n)):
        report = structure_report(read_document(Path(f)))
        by = {}
        for h in find_honors(report):
            by.setdefault(h.sentence, []).append([h.honor, h.recipient])
        for i, s in enumerate(report.sentences):
            if i in by or TRIG.search(s.text):
                sec = report.section(s.section)
                fo.write(json.dumps({"r": f[len(CORPUS)+1:], "i": i, "p": sec.part if sec is not None else None, "t": s.text, "h": by.get(i, [])}, ensure_ascii=False) + "\n")
