"""Round 21 projDC: how the official gold and the open dev sets (never heldout*, never dev24) list projects ending in
a zone/port/base head. usage: python gold_heads.py [REGEX]"""
import glob, json, re, sys
HEAD = re.compile(sys.argv[1] if len(sys.argv) > 1 else r"(?:港区|渔港|基地|中心)$")
files = sorted(glob.glob('/work/shared/gold/*.gold.json')) + sorted(
    f for f in glob.glob('eval/dev*/*.gold.json') if '/dev24/' not in f)
for f in files:
    d = json.load(open(f))
    for p in d.get('projects') or []:
        name = p if isinstance(p, str) else p.get('name', '')
        if HEAD.search(name):
            print(f.split('/')[-2], f.split('/')[-1][:30], name, sep='\t')
