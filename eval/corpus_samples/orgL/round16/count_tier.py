"""Round 16 orgP: organizations of a dump named by a tier (二级医院, 市县两级招商中心), the pattern of fix 3.
usage: python count_tier.py DUMP.tsv"""
import re
import sys

ORG_TIER = re.compile(r"(?:国家|[省市县区乡镇村州]{1,4})?[一二两三四五]级")
rows = [ln.rstrip("\n").split("\t") for ln in open(sys.argv[1], encoding="utf-8")]
hits = [r for r in rows if r[1] == "o" and ORG_TIER.match(r[2])]
for r in hits:
    print("\t".join(r))
print(f"# {len(hits)} names in {len({r[0] for r in hits})} reports")
