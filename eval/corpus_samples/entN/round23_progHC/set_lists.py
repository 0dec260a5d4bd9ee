"""Round 23 progHC: for each list before 等…改革 in the program-annotated development sets (rows of count_lists.py),
what the extractor of this tree finds in the list's clause, beside what the gold names.
usage: PYTHONPATH=$PWD python set_lists.py ROWS.tsv"""
import sys
from collections import OrderedDict

from tests.test_entities import extract

seen = OrderedDict()
for line in open(sys.argv[1], encoding="utf-8"):
    r = line.rstrip("\n").split("\t")
    if len(r) < 7:
        continue
    key = (r[0], r[1], r[6])
    seen.setdefault(key, []).append((r[3], r[4], r[5]))
for (st, f, ctx), items in seen.items():
    found = sorted(extract(ctx + "。")["programs"])
    print(f"{st}\t{f}\t{ctx}")
    print("    gold:", " ".join(f"{it}[{k}:{lst}]" for k, lst, it in items))
    print("    found:", " ".join(found))
