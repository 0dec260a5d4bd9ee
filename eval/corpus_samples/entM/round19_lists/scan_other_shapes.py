"""Round 19 (projAA): the kind brief's other list shapes on a dump.py file (made before the fix), with the extractor's finds:
  seg:       items ending in 线/段 under one works head (…线、…段等路面改造工程)
  bare_site: bare items (no place noun) before a site kind and a works word (石澧、常鲇航道整治; 106、107国道改建)
  named_kind: named items before 等 and a shared kind head (汇盈、柏亚、五维、宇博等电子商务产业园)
usage: python scan_other_shapes.py DUMP.jsonl   (prints each match with the sentence's projects, then counts)
"""
import json
import re
import sys

N = r"[\u4e00-\u9fff0-9A-Za-z]{1,10}"
SHAPES = {
    "seg": re.compile(rf"(?:{N}[线段]、)+{N}[线段]等?[\u4e00-\u9fff]{{0,4}}?(?:改造|改建|扩建|提升|整治)(?:工程)?"),
    "bare_site": re.compile(r"(?:[\u4e00-\u9fff0-9]{2,4}、)+[\u4e00-\u9fff0-9]{2,4}(?:航道|国道|省道|堤防|垸)(?:整治|改建|改造|扩建|加固|治理)"),
    "named_kind": re.compile(r"(?:[\u4e00-\u9fff]{2,4}、){2,}[\u4e00-\u9fff]{2,4}等(?:[\u4e00-\u9fff]{2,6})?(?:产业园|工业园|物流园)"),
}
reps = {k: set() for k in SHAPES}
inc = {k: set() for k in SHAPES}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for k, rx in SHAPES.items():
        for m in rx.finditer(d["t"]):
            items = [x for x in re.split("[、等]", m.group()) if x][:-1]
            reps[k].add(d["r"])
            bare = [x for x in items if not any(p.startswith(x) and len(p) > len(x) for p in d["p"])]
            if bare:
                inc[k].add(d["r"])
            print(k, "INC" if bare else "ok", d["r"], m.group(), "|", " ".join(d["p"])[:150], sep="\t")
for k in SHAPES:
    print(f"# {k}: in {len(reps[k])} reports; an item without a completed find in {len(inc[k])}")
