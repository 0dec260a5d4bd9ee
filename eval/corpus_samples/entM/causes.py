"""Group the scan's named misses by the structure around them; count reports per cause."""
from __future__ import annotations

import collections
import json
import re
import sys

from compare import compare
from named import named
from run_sample import HEAD_RE, ORG_HEADS

NOISY = {"企业", "大会", "节", "赛", "港"}  # heads whose named candidates are mostly no names (高新技术企业, 党代会)
BUILT_AFTER = re.compile(r"^(?:项目)?(?:建设)?(?:加快施工|施工|开工|建成|竣工|通车|投用|投运|投产|开馆|开园|开业|完工|主体|封顶|全线|正式|顺利|获批|通过|实现|开通|启用|投入|运营|试运营|基本|前期|工可|可研|列入|纳入|已|即将|相继|先后|加快|有序|稳步|全面)")
LIST_NEAR = re.compile(r"[、和及]$")


def cause(it, c, found):
    t = it["text"]
    before, after = t[:c[0]], t[c[1]:]
    head = HEAD_RE.search(c[2][-8:]).group(0)
    org = head in ORG_HEADS
    same_clause = re.split(r"[，,；;。：:]", before)[-1]
    found_in_clause = [f for f in found if f[0] != "program" and t.rfind("，", 0, f[2]) == t.rfind("，", 0, c[0])]
    if any(f[0] == "program" and f[2] < c[1] and c[0] < f[3] for f in found):
        return "program-absorbed"
    if (LIST_NEAR.search(before) or after.startswith(("、", "和", "及"))) and found_in_clause:
        return "list-item-beside-a-find"
    if LIST_NEAR.search(before) or after.startswith(("、", "和", "及")):
        return ("org-" if org else "") + "list-no-find"
    if not same_clause.strip() or same_clause == c[2]:
        if BUILT_AFTER.match(after):
            return ("org-" if org else "") + "subject-with-stage-verb"
        return ("org-" if org else "") + "subject-other"
    return ("org-" if org else "") + "object-after:" + same_clause[-2:]


if __name__ == "__main__":
    data = json.load(open(sys.argv[1]))
    misses, _, _ = compare(data)
    groups = collections.defaultdict(list)
    for it, c in misses:
        if HEAD_RE.search(c[2][-8:]).group(0) in NOISY or not named(c[2]):
            continue
        groups[cause(it, c, it["found"])].append((it, c))
    agg = collections.defaultdict(list)
    for k, v in groups.items():
        agg[k.split(":")[0]] += v
    for k, v in sorted(agg.items(), key=lambda kv: -len({it["report"] for it, _ in kv[1]})):
        print(f"{k:30} mentions {len(v):5} reports {len({it['report'] for it, _ in v}):4}")
    print()
    for k, v in sorted(groups.items(), key=lambda kv: -len({it["report"] for it, _ in kv[1]}))[:40]:
        print(f"{k:30} mentions {len(v):5} reports {len({it['report'] for it, _ in v}):4}")
