"""Round 23 (progHA): dev25's program misses/inventions from `kg eval --explain` in the format of
../round21b_precision/collect.py (which covers dev, dev13 … dev24 only); the context finder is imported from it.

usage: PYTHONPATH=$PWD python explain_dev25.py BUILD_ROOT >> OUT.tsv
"""
import re
import subprocess
import sys
from pathlib import Path

root = Path(sys.argv[1])
src = Path(__file__).resolve().parents[1] / "round21b_precision" / "collect.py"
ctx_src = src.read_text(encoding="utf-8")
ns: dict = {"re": re}
exec(ctx_src[ctx_src.index("def context"):ctx_src.index("with out.open")], ns)  # the context() helper only
r = subprocess.run([".venv/bin/kg", "eval", "eval/dev25", "-g", str(root / "dev25"), "--explain"], capture_output=True, text=True)
texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(Path("eval/dev25").glob("*.txt"))}
cur = sect = None
for line in r.stdout.splitlines():
    m = re.match(r"== (\S+) → (\S+)", line)
    if m:
        cur = m.group(2)
        continue
    m = re.match(r"  (\w+):$", line)
    if m:
        sect = m.group(1)
        continue
    m = re.match(r"    ([-+]) (missed|invented): (.+)$", line)
    if m and sect == "programs":
        print(f"dev25\t{cur}\t{m.group(2)}\t{m.group(3)}\t{ns['context'](texts.get(cur, ''), m.group(3))}")
