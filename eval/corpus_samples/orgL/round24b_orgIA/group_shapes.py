"""Round 24b orgIA: the organization inventions of crossset_before.tsv (../round21b/crossset.py) sorted into the brief's shapes.

usage: PYTHONPATH=$PWD python group_shapes.py crossset_before.tsv
Shapes: L level word + kind (round24b_orgs._is_class; also level + kind cut with a verb inside), N counted kind, G a kind after a
goal verb (争取/创建/争创/申报/建设/布局 right before), A an academy named for its members (…院 before 院士), R a reader word kept
(我省/我市/我区/我县 at the front), other.
"""
import re
import sys
from collections import defaultdict

from kg.extract.entities.round24b_orgs import _is_class

LEVEL_KIND = re.compile(r"^(?:国家|省|市|县|区|自治区|州)[^，。]{0,4}(?:研究中心|实验室|医疗中心|医院)$")
groups = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 4 or not cols[2].startswith("inv"):
        continue
    s, name, sent = cols[0], cols[3], cols[4] if len(cols) > 4 else ""
    i = sent.find(name)
    before = sent[max(0, i - 4):i] if i >= 0 else ""
    after = sent[i + len(name):i + len(name) + 2] if i >= 0 else ""
    if _is_class(name):
        g = "L level+kind (this fix)"
    elif LEVEL_KIND.match(name) and not re.search(r"人民|中心医院|妇幼|中医", name):
        g = "L' level+kind, not read (a verb or a field word inside)"
    elif re.search(r"[0-9０-９一二三四五六七八九十两]+[个家所]|^[A-Z]个|“[A-Z]”个", name):
        g = "N counted kind"
    elif after.startswith("院士"):
        g = "A academy named for its members"
    elif re.match(r"^我[省市区县州]", name):
        g = "R reader word kept"
    elif re.search(r"(?:争取|创建|争创|申报|建设|布局|谋划)$", before):
        g = "G after a goal verb"
    else:
        g = "other"
    groups[g].append((s, name))
for g in sorted(groups):
    sets = sorted({s for s, _ in groups[g]})
    print(f"{g}\t{len(groups[g])} inventions\t{len(sets)} sets: {' '.join(sets)}")
    if g != "other":
        for s, n in groups[g]:
            print(f"    {s}\t{n}")
