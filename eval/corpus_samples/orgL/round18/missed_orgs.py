"""Round 18 orgU: every missed gold organization of dev13 … dev17 with its sentence (from `kg eval --explain` output).

usage: python missed_orgs.py EXPLAIN_DIR   (reads EXPLAIN_DIR/devN_explain.txt; prints set, file, name, kind predicted, sentence)
"""
import json
import re
import sys
from pathlib import Path

D = Path(sys.argv[1])
for n in range(13, 18):
    ex = (D / f"dev{n}_explain.txt").read_text(encoding="utf-8")
    for block in re.split(r"^== ", ex, flags=re.M)[1:]:
        if " → " not in block.split("\n")[0]:
            continue
        gold_name = block.split(" → ")[0].strip()
        gold = json.loads(Path(f"eval/dev{n}/{gold_name}").read_text(encoding="utf-8"))
        text = Path(f"eval/dev{n}/{gold_name.replace('.gold.json', '.txt')}").read_text(encoding="utf-8")
        m = re.search(r"^  organizations:\n((?:    .*\n)+)", block, flags=re.M)
        if not m:
            continue
        for line in m.group(1).splitlines():
            if "missed:" not in line:
                continue
            name = line.split("missed:")[1].strip()
            offs = [o for o in gold["offsets"] if o["kind"] == "organization" and o["name"] == name]
            at = offs[0]["start"] if offs else text.find(name)
            a = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
            b = min(x for x in (text.find("。", at), text.find("\n", at), len(text)) if x >= 0)
            other = [k for k in ("projects", "programs") if name in gold.get(k, [])]
            print(f"dev{n}\t{gold_name[:-10]}\t{name}\t{offs[0]['surface'] if offs else ''}\t{text[a:b+1].strip()}")
