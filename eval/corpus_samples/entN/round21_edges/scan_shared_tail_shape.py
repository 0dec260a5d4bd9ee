"""Round 21 (progDA): the fix's own shape on a dump.py file, with the module's filters (round21_program_edges.py).

usage: PYTHONPATH=$PWD python scan_shared_tail_shape.py DUMP.jsonl [show]
`<item>、<item>、<P><T><H>` in the text (items 2–5 Han characters, nouns; T a process word; H a program head) where the dump
found `<P><T><H>` as a program. Right when every item is found as item + the shared tail; wrong otherwise
(lost, or completed with the head alone: 碳排放权制度).
"""
import json
import re
import sys

from kg.extract.entities.round21_program_edges import HEAD, _noun_item, _tail

rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
show = len(sys.argv) > 2
shape, wrong, nw = set(), set(), 0
for d in rows:
    t = d["t"]
    for p in set(d["p"]):
        h = HEAD.search(p)
        if not h or not re.fullmatch(r"[\u4e00-\u9fff]{5,16}", p):
            continue
        pt = _tail(p[:h.start()])
        if not pt:
            continue
        tail = pt[1] + h.group(0)
        for m in re.finditer("((?:[\u4e00-\u9fff]{2,5}、){1,5})" + re.escape(p), t):
            items = m.group(1).rstrip("、").split("、")
            # the first item as the text gives it after a verb: try the shortest noun suffix that passes
            first = items[0]
            cands = [first[k:] for k in range(0, len(first) - 1)]
            ok1 = [c for c in cands if _noun_item(c)]
            if not ok1 or not all(_noun_item(i) for i in items[1:]):
                continue
            items[0] = ok1[0]
            shape.add(d["r"])
            miss = [i for i in items if i + tail not in d["p"]]
            if miss:
                wrong.add(d["r"])
                nw += 1
            if show:
                print(("WRONG " if miss else "ok    ") + d["r"], "|", m.group(0), "|", sorted(set(d["p"])))
print(f"shape in {len(shape)} reports; wrong in {len(wrong)} reports ({nw} coordinations)")
