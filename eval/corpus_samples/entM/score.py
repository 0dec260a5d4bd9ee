"""Re-score the judged lists: share of scan misses that are real misses, precision of the extractions.
usage: score.py judged_*.tsv"""
import sys

for path in sys.argv[1:]:
    rows = [line.split("\t") for line in open(path, encoding="utf-8") if not line.startswith("#")]
    misses = [r for r in rows if r[1] == "miss"]
    finds = [r for r in rows if r[1] != "miss"]
    real = sum(r[0] == "y" for r in misses)
    right = sum(r[0] == "y" for r in finds)
    sys.stdout.write(f"{path}: real misses {real}/{len(misses)}, right extractions {right}/{len(finds)}\n")
