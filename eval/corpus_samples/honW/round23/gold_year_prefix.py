"""Round 23 honGA: how the gold files write a year (2024年, 2023年度) before an honour title: kept in the title or dropped.

usage: python eval/corpus_samples/honW/round23/gold_year_prefix.py  (official gold + eval/dev2 … dev25; never the blind sets)
"""
import glob
import json
import re

YEAR = re.compile(r"(?:19|20)\d\d年度?")
files = [(f, f"/work/shared/gold/excerpts/{f.split('/')[-1].replace('.gold.json', '.txt').replace('.json', '.txt')}")
         for f in glob.glob("/work/shared/gold/*.json")]
for i in range(2, 26):
    files += [(f, f.replace(".gold.json", ".txt")) for f in glob.glob(f"eval/dev{i}/*.gold.json")]
kept = dropped = 0
for gf, tf in sorted(files):
    try:
        text = open(tf, encoding="utf-8").read()
    except OSError:
        text = ""
    for h in json.load(open(gf)).get("honors", []):
        t = h["honor"]
        where = gf.split("/")[-2] + "/" + gf.split("/")[-1][:12]
        if YEAR.match(t):
            kept += 1
            print(f"kept\t{where}\t{t}\t{h.get('recipient')}")
        elif re.search(YEAR.pattern + "[“”\"]?" + re.escape(t[:6]), text):
            dropped += 1
            m = re.search(".{0,20}" + YEAR.pattern + "[“”\"]?" + re.escape(t[:6]) + ".{0,10}", text)
            print(f"dropped\t{where}\t{t}\t{h.get('recipient')}\t{m.group(0)}")
print(f"# kept {kept}, dropped {dropped}")
