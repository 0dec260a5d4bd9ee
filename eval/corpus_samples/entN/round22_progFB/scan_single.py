"""Round 22 (progFB): a single item before 等<head> — `深化预算管理制度等改革`, `推进薪酬制度等改革` — on the 200 reports.

usage: PYTHONPATH=$PWD python scan_single.py SEED N [DUMP.jsonl]
Prints each clause `<verb>X等(重点|各项…)?改革` whose stretch before 等 holds no 、/和/及/与 (a single item, not a list), with
the programs the dump found in that sentence (when DUMP is given), and counts the reports.
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round15"))
from dump import draw  # noqa: E402  (round 15's draw: the same 200 reports as dump.py)

SINGLE = re.compile(r"(?P<pre>[^，。；：！？、\n]{2,30}?)等(?P<mid>重点|各项|一系列|重大|关键|重点领域|领域|专项|[\u4e00-\u9fff]{0,4}?)(?P<head>改革|行动|工程|计划|攻坚战)(?![\u4e00-\u9fff]{0,2}(?:项目|建设))")
seed, n = int(sys.argv[1]), int(sys.argv[2])
found = {}
if len(sys.argv) > 3:
    for line in open(sys.argv[3], encoding="utf-8"):
        d = json.loads(line)
        found[(d["r"], d["t"])] = d["p"]
reps, hits, missed_reps = set(), 0, set()
for f in draw(seed, n):
    rel = f.split("/reports/")[1]
    text = Path(f).read_text(encoding="utf-8")
    for m in SINGLE.finditer(text):
        pre = m.group("pre")
        if re.search(r"[和及与]", pre) or not re.search(r"深化|推进|推动|实施|抓好|开展|完成|启动|加快|加强|统筹|探索|试点|落实", pre):
            continue
        hits += 1
        reps.add(rel)
        progs = [p for (r, t), ps in found.items() if r == rel and m.group(0) in t for p in ps]
        print(f"{rel}\t{m.group(0)}\t{' | '.join(progs)}")
print(f"# {hits} hits in {len(reps)} reports of {n}", file=sys.stderr)
