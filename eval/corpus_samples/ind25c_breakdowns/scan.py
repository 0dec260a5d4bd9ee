"""Round 25c (indHA): count the two shapes on the 200 reports of seed 2531 (or --all).

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25c_breakdowns/scan.py [--all]

1. amount lists after one verb: 投资A亿元的X、B亿元的Y (a second amount + 的 + a work, after 、/和/及, the verb
   投资/总投资/总投资额 written once before the first amount of the same clause).
2. breakdowns after a total: a clause opening with 其中 whose figure follows a member only (no own measure).
"""
import random
import re
import sys
from pathlib import Path

CORPUS = Path("/tmp/govkg-corpus/reports")
NUM = r"[0-9０-９.]+(?:多|余)?[万亿]?(?:元|美元)"
AMOUNT_LIST = re.compile(r"(?:总投资额?|投资额?|总投入|投入)(?:约|近|超过?|达)?" + NUM + r"(?:以上|左右)?的[^，,；;。、]{2,30}?"
                         r"[、和及](?:总投资|投资)?(?:约|近|超过?|达)?" + NUM + r"(?:以上|左右)?的")
BREAKDOWN = re.compile(r"其中[：:，,]?([^，,；;。、0-9]{1,12}?)(?:达到|达|为|实现|完成)?[0-9０-９.]+[万亿]?[^0-9，,；;。、]{0,3}[、，,]"
                       r"[^，,；;。]{1,12}?[0-9０-９.]+")


def main() -> None:
    files = sorted(CORPUS.glob("*/*/*.txt"))
    if "--all" not in sys.argv:
        files = random.Random(2531).sample(files, 200)
    seen = {"amount_list": {}, "breakdown": {}}
    for f in files:
        text = f.read_text(encoding="utf-8")
        key = "/".join(f.parts[-2:])
        for name, pat in (("amount_list", AMOUNT_LIST), ("breakdown", BREAKDOWN)):
            hits = [m.group(0) for m in pat.finditer(text)]
            if hits:
                seen[name][key] = hits
    for name, reps in seen.items():
        print(f"== {name}: {len(reps)} of {len(files)} reports, {sum(map(len, reps.values()))} matches")
        for key, hits in reps.items():
            for h in hits:
                print(f"{key}\t{h}")


if __name__ == "__main__":
    main()
