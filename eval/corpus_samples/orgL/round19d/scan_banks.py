"""Round 19d orgAC: count bank short names (a closed class) in the 200 reports of a seed, and whether the extractor finds them.

usage: python eval/corpus_samples/orgL/round19d/scan_banks.py DUMP.jsonl
DUMP.jsonl is round 15's dump (../../entN/round15/dump.py SEED N DUMP.jsonl organization): every sentence with its finds.
Prints each occurrence (report, name, found?, context) and the number of reports with an unfound occurrence per name.
"""
from __future__ import annotations

import collections
import json
import re
import sys

NAMES = ["工行", "建行", "交行", "农行", "中行", "国开行", "农发行", "邮储银行", "农信社", "农商行", "信用联社",
         "农信联社", "口行"]
RX = re.compile("(" + "|".join(sorted(NAMES, key=len, reverse=True)) + ")")


def main() -> None:
    dump = sys.argv[1]
    reps = collections.defaultdict(set)
    allreps = collections.defaultdict(set)
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        t = d["t"]
        for m in RX.finditer(t):
            name = m.group(1)
            f = set(d["p"])
            hit = any(name in x for x in f)
            ctx = t[max(0, m.start() - 15):m.end() + 12]
            allreps[name].add(d["r"])
            if not hit:
                reps[name].add(d["r"])
            print(f"{'FOUND' if hit else 'MISS'}\t{name}\t{d['r']}\t{ctx}")
    print("# name\treports with it\treports with an unfound occurrence")
    for n in NAMES:
        print(f"# {n}\t{len(allreps[n])}\t{len(reps[n])}")
    print(f"# any\t{len(set().union(*allreps.values()))}\t{len(set().union(*reps.values()))}")


if __name__ == "__main__":
    main()
