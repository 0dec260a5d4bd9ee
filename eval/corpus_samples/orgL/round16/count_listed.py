"""Round 16 orgP: reports of the 200 (seed 1602) whose text says 上市公司, and those where the before dump found an
organization or project ending in 上市公司.  usage: python count_listed.py BEFORE_DUMP.tsv"""
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

paths = sample(1602)
text_hits = sum("上市公司" in open(p, encoding="utf-8", errors="ignore").read() for p in paths)
rows = [ln.rstrip("\n").split("\t") for ln in open(sys.argv[1], encoding="utf-8")]
found = {r[0] for r in rows if r[2].endswith("上市公司")}
bare = {r[0] for r in rows if r[2] == "上市公司" and r[1] == "o"}
print(f"reports whose text says 上市公司: {text_hits} of 200")
print(f"reports with a found name ending in 上市公司: {len(found)}; with the bare 上市公司 as organization: {len(bare)}")
