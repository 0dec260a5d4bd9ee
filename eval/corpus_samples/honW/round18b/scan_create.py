"""Round 18b (honV): count the approvals to create or set up (获批创建, 获批筹建, 获准筹建, …) in the 200 reports of a
hdump.py file, and how many gave an honour read from them.

usage: python scan_create.py DUMP.jsonl   (DUMP from ../hdump.py SEED 200 DUMP.jsonl)
"""
import json
import re
import sys

CREATE = re.compile(r"(?:获批|获准|批准|同意)(?:筹建|争创|申创|开展[^，。；]{0,6}创建|(?:第[一二三四五六七八九十]批|整市)?创建)")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
structure, exact, read = set(), set(), set()
for r in rows:
    for m in CREATE.finditer(r["t"]):
        structure.add(r["r"])
        if "创建" in m.group(0) and m.group(0).startswith("获批"):
            exact.add(r["r"])
            clause = re.split(r"[，。；]", r["t"][m.end():])[0]
            if any(h[0] and h[0][:4] in clause for h in r["h"]):
                read.add(r["r"])
                print(r["r"], "|", r["t"][max(0, m.start() - 20):m.end() + 30])
print(f"approval to create or set up: {len(structure)} reports; 获批创建: {len(exact)}; a title read after 获批创建: {len(read)}")
