"""Round 17 (honQ) recall sweep: every sentence of the N corpus reports drawn with SEED (the same draw as ../hdump.py)
that holds an honor cue. The cue list is built from the official gold honors' verbs (被命名为, 荣获, 被评为, 创建为,
被确定为, 入选) and GUIDELINES.md, widened by the brief's list.
usage: PYTHONPATH=$PWD python cues.py SEED N OUT.jsonl  (lines {"r", "i", "t", "cue"})
       python cues.py --draw CUES.jsonl K SEED > sample.tsv  (K random cue sentences, one per line, to judge by hand)"""
import glob
import json
import random
import re
import sys

CUE = re.compile(r"荣获|获评|获得(?!感)|入选|被评为|被命名为|命名为|被授予|授予|称号|获批|成功创建|创建为|列入[^，。；]{0,40}?(?:名单|名录)"
                 r"|评为|跻身|被确定为|确定为|认定为|荣膺|摘得|喜获|斩获|蝉联|上榜|入围|荣登")

if sys.argv[1] == "--draw":
    rows = [json.loads(x) for x in open(sys.argv[2], encoding="utf-8")]
    for d in random.Random(int(sys.argv[4])).sample(rows, int(sys.argv[3])):
        print(d["r"], d["i"], d["cue"], d["t"], sep="\t")
    sys.exit()

from pathlib import Path  # noqa: E402

from kg.read import read_document  # noqa: E402
from kg.structure import structure_report  # noqa: E402

CORPUS = "/tmp/govkg-corpus/reports"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
seed, n, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
reports = set()
with open(out, "w", encoding="utf-8") as fo:
    for f in sorted(random.Random(seed).sample(files, n)):
        report = structure_report(read_document(Path(f)))
        for i, s in enumerate(report.sentences):
            m = CUE.search(s.text)
            if m:
                reports.add(f)
                fo.write(json.dumps({"r": f[len(CORPUS) + 1:], "i": i, "cue": m.group(0), "t": s.text}, ensure_ascii=False) + "\n")
print(len(reports), "reports with a cue sentence", file=sys.stderr)
