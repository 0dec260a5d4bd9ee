"""Round 12c: organization finds of a run_sample.py output whose name matches a regex, with the number of reports.
usage: grp.py SAMPLE.json REGEX"""
import json,re,sys,collections
d=json.load(open(sys.argv[1])); rx=re.compile(sys.argv[2])
c=collections.defaultdict(set)
for it in d['items']:
    for f in it['found']:
        if f[0]=='organization' and rx.search(f[1]): c[f[1]].add(it['report'])
reps=set().union(*c.values()) if c else set()
print(len(c),'names in',len(reps),'reports')
for k,v in sorted(c.items()): print(' ',k,len(v))
