"""Round 26b (projNA): for every list of gold_lists.py, which gold-project items the extractor of THIS tree reads
(run on the sentence alone). Prints per item: P-read (y/n), the item, the list's tail; a summary per set on stderr.

usage: PYTHONPATH=$PWD python gold_lists_read.py [sets...]
"""
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_lists_lib import LIST, norm  # noqa: E402
from tests.test_entities import extract  # noqa: E402

SETS = sys.argv[1:] or ["dev"] + [f"dev{i}" for i in range(2, 30)]
tot = Counter()
for s in SETS:
    d = Path("/work/shared/gold") if s == "dev" else Path(f"eval/{s}")
    for g in sorted(glob.glob(str(d / "*.gold.json"))):
        gold = json.load(open(g, encoding="utf-8"))
        txt = next((p for p in (d / gold["report"], d / "excerpts" / gold["report"],
                                Path("/work/shared/reports") / gold["report"]) if p.exists()), None)
        if txt is None:
            continue
        text = txt.read_text(encoding="utf-8")
        P = [norm(x) for x in (gold.get("projects") or [])]
        for sent in re.split(r"(?<=[。；;\n])", text):
            ms = list(LIST.finditer(sent))
            if not ms:
                continue
            found = [norm(x) for x in extract(sent)["projects"]]
            for m in ms:
                body = m.group(1) or m.group(2)
                for k, it in enumerate(re.split(r"、|和|及", body)):
                    n = norm(it)
                    gp = [x for x in P if x and len(x) >= 2 and (x in n or n in x)]
                    if not gp:
                        continue
                    hit = any(any(x[i:i + 3] in f for i in range(max(1, len(x) - 2))) for x in gp for f in found)
                    tot[(s, hit)] += 1
                    print(s, gold["report"], "y" if hit else "n", k, gp[0], m.group(0)[-50:], sep="\t")
for s in SETS:
    print(s, "read", tot[(s, True)], "missed", tot[(s, False)], file=sys.stderr)
