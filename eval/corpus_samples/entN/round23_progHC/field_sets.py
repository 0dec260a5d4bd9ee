"""Round 23 progHC: of the lists in set_rows_reform.tsv (count_lists.py reform), those whose every item is a field word
(kg/data/round23_reform_fields.txt, round23_fields.field_list): per set, items the gold lists / leaves out, 等领域改革 apart.
usage: PYTHONPATH=$PWD python field_sets.py ROWS.tsv"""
import sys
from collections import OrderedDict, defaultdict

from kg.extract.entities.round23_fields import field_list

lists = OrderedDict()
for line in open(sys.argv[1], encoding="utf-8"):
    r = line.rstrip("\n").split("\t")
    lists.setdefault((r[0], r[1], r[2], r[6]), []).append((r[5], r[4]))
per = defaultdict(lambda: [0, 0])
for (st, f, mid, ctx), items in lists.items():
    if not field_list([i.replace("“", "").replace("”", "") for i, _ in items]):
        continue
    for _i, v in items:
        per[(mid, st)][0 if v == "listed" else 1] += 1
    print(mid, st, f, ctx, " ".join(f"{i}[{v}]" for i, v in items))
for (mid, st), (a, b) in sorted(per.items()):
    print(f"{mid}\t{st}\tlisted {a}\tleft {b}")
