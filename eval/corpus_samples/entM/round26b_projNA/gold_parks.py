"""Round 26b (projNA): parks and bases with a completion/start predicate in the golds' texts (…产业园建成投产, …基地一期封顶):
is the park a gold project (P) and does this tree read it (y/n)?

usage: PYTHONPATH=$PWD python gold_parks.py   (reads eval/devN and the official gold; never heldout*)
"""
import glob
import json
import os
import re

from tests.test_entities import extract

FRAME = re.compile(r"([^，,。；;、：:]{2,30}?(?:产业园|工业园|科技园|创业园|园区|基地|公园)(?:[一二三四五六七八九十]期)?)(?:主体(?:厂房|工程)?)?"
                   r"(?:已经|已|正式|顺利|全面|提前|基本|如期)*(?:建成投产|竣工投产|投产|封顶|开工|开园|建成|揭牌|投用|投入使用)")


def norm(x):
    return re.sub(r"[“”‘’\"\s]", "", x)


for g in sorted(glob.glob("eval/dev[0-9]*/*.gold.json")) + sorted(glob.glob("/work/shared/gold/*.gold.json")):
    G = json.load(open(g, encoding="utf-8"))
    d = os.path.dirname(g)
    p = next((q for q in (f"{d}/{G['report']}", f"{d}/excerpts/{G['report']}", f"/work/shared/reports/{G['report']}")
              if os.path.exists(q)), None)
    if p is None:
        continue
    P = [norm(x) for x in (G.get("projects") or [])]
    for sent in re.split(r"(?<=[。；\n])", open(p, encoding="utf-8").read()):
        ms = list(FRAME.finditer(sent))
        if not ms:
            continue
        got = extract(sent)["projects"]
        for m in ms:
            name = norm(m.group(1))
            gp = [x for x in P if len(x) >= 3 and (x in name or name.endswith(x) or x.endswith(name[-6:]))]
            read = any(any(x[i:i + 3] in f for i in range(len(x) - 2)) for x in gp for f in got) if gp else \
                any(name[-5:] in f for f in got)
            print(g.split("/")[-2], "P" if gp else "-", "y" if read else "n", m.group(0)[:60], sep="\t")
