"""Round 18 orgU: facilities (institution heads) the extractor reads as projects, with the words after them.

usage: python scan_facility_project.py PROJECT_DUMP.jsonl
Prints each project whose name ends in an institution head of kg/data/entity_heads.txt's org/facility lines, with the 14
characters after it, then counts by the first two characters after (、 runs of further items skipped).
"""
import collections
import json
import re
import sys

heads = []
for line in open("kg/data/entity_heads.txt", encoding="utf-8"):
    w = line.split()
    if w and w[0] in ("org", "facility"):
        heads += w[1:]
HEAD = re.compile("(?:" + "|".join(sorted(heads, key=len, reverse=True)) + ")$")
cnt, reps = collections.Counter(), collections.defaultdict(set)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        if not HEAD.search(p):
            continue
        at = d["t"].find(p)
        if at < 0:
            continue
        after = d["t"][at + len(p):]
        rest = re.sub(r"^(?:[、和及][^、，,；;。]{2,24}?(?=、|[和及]|$|[^\u4e00-\u9fff]))*", "", after)
        key = re.sub(r"^(?:正式|成功|相继|先后|顺利|已|均)", "", after.lstrip("、”"))[:2]
        cnt[key] += 1
        reps[key].add(d["r"])
        print(d["r"].split("/")[1], d["r"].split("/")[2][:4], p, "|", after[:16])
print("== by the two characters after")
for k, v in cnt.most_common(40):
    print(k, v, len(reps[k]))
