"""Round 17 orgQ fix 1: count, on a dump (entN/round15/dump.py SEED 200 OUT organization), the organizations made by lending
the last list item's head to an item that is a kind, a place of its own or an activity (央企公司 of 央企、…、上市公司).
A name counts when it is not verbatim in its sentence, and an item of the sentence (after 、 or a clause start, before 、)
plus an organization head gives the name, and the item matches round 17's SHARED_ITEM_KIND.
usage: PYTHONPATH=$PWD python count_shared_kind.py DUMP.jsonl"""
import json
import re
import sys

from kg.extract.entities.round17_orgs import SHARED_ITEM_KIND

reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if p in d["t"]:
            continue
        for m in re.finditer(r"([^、，,；;。：:“”（）()]{2,10})、", d["t"]):
            item = m.group(1)
            for k in range(len(item), 1, -1):  # the item's tail that starts the made-up name
                if p.startswith(item[-k:]) and len(p) > k and SHARED_ITEM_KIND.search(item[-k:]):
                    n += 1
                    reps.add(d["r"])
                    print(f"{d['r']}\t{p}\t{item[-k:]}")
                    break
            else:
                continue
            break
print(n, "names in", len(reps), "of 200 reports", file=sys.stderr)
