"""Round 21b honEA: ranked lists (N强, 百强) on the 200 reports (seed 2125).

usage: PYTHONPATH=$PWD python eval/corpus_samples/honW/round21b/scan_ranked.py HON_DUMP.jsonl
HON_DUMP: ../hdump.py output. Prints (a) each honour found whose title is a ranked list (RANKED_LIST), (a') those the fix drops (ranked_list),
(b) the sentences where an honour verb is followed by a ranked list in the text, with what was found there; counts of each.
"""
import json
import re
import sys

from kg.extract.entities.round21b_honors import RANKED_LIST, ranked_list

VERB_RANK = re.compile(r"(?:入选|入围|跻身|进入|晋级|荣登|登上|获评|评为|蝉联|位列|列入|上榜|获)[^，。；]{0,30}?"
                       r"(?:[0-9０-９]+|[十百千])强")
found, narrow, text = [], [], []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for h, r in d["h"]:
        if RANKED_LIST.search(h):
            found.append((d["r"], h, r))
        if ranked_list(h, d["t"]):
            narrow.append((d["r"], h, r))
    for m in VERB_RANK.finditer(d["t"]):
        text.append((d["r"], m.group(0), [h for h, _ in d["h"]]))
print(f"== (a) ranked list found as an honour: {len(found)} lines in {len({f[0] for f in found})} reports")
for f in found:
    print("  " + "\t".join(f))
print(f"== (a') of which a ranked list of enterprises, trades, zones or institutions or a world-wide one (the fix): "
      f"{len(narrow)} lines in {len({f[0] for f in narrow})} reports")
for f in narrow:
    print("  " + "\t".join(f))
print(f"== (b) honour verb + ranked list in the text: {len(text)} in {len({t[0] for t in text})} reports")
for r, s, h in text:
    print(f"  {r}\t{s}\t{h}")
