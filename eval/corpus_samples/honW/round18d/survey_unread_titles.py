"""Round 18d (honX): scoped titles with a city-title head (文明城市, 示范县, 先进集体, 之乡, …) in the raw text of the 200 reports
(seed 1821) that no honour of the dump matches, counted by the two characters before them (the verb that frames them).
usage: PYTHONPATH=$PWD python survey_unread_titles.py   (reads dump200_seed1821_before.jsonl of this folder)
"""
import json,re,sys
sys.path.insert(0,"/work/wt-honX/eval/corpus_samples/entN/round15")
from dump import draw, CORPUS
from pathlib import Path
rows=[json.loads(l) for l in open('dump200_seed1821_before.jsonl')]
hon={}
for r in rows:
    for h in r["h"]: hon.setdefault(r["r"],set()).add(re.sub(r"[“”]","",h[0]))
T=re.compile(r"(?P<v>[^，。；、“”]{2})(?P<t>(?:全国|国家级?|中国)[^，。；、]{0,16}?(?:文明城市|卫生城市|园林城市|森林城市|模范城|示范县|示范市|先进县|先进市|先进集体|先进单位|示范城市|试点城市|生态市|优秀旅游城市|之乡|之都))")
from collections import Counter
c=Counter(); ex={}
for f in draw(1821,200):
    rel=f[len(CORPUS)+1:]
    text=Path(f).read_text(errors="ignore")
    for m in T.finditer(text):
        t=re.sub(r"[“”]","",m.group("t"))
        if any(t[-5:] in h or h[-5:] in t for h in hon.get(rel,())): continue
        v=m.group("v")
        c[v]+=1; ex.setdefault(v,[]).append(rel.split('/')[1]+rel[-8:-4]+" "+text[max(0,m.start()-10):m.end()].replace("\n",""))
for v,n in c.most_common(40): print(n,v,ex[v][:3])
