"""Round 24 (indCA): count, in the 200 reports of seed 2407 (or in every corpus report with --all), the sentences where a
share or multiple of a plan, a task or a target follows a figure in a clause of its own (…完成投资1750亿元，为年度计划的
109.3%; …新增就业10.7万人，完成年计划的129.3%; …分别完成任务数的123.6%和209.1%).

    python eval/corpus_samples/ind24/scan.py [--all]
"""
import random
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path("/tmp/govkg-corpus/reports")
FIGURE = r"[\d.]+(?:多|余)?[\u4e00-\u9fff%]{0,4}"
SHAPE = re.compile(FIGURE + r"(?:以上|左右|多|余)?[，,](?:分别|均|累计|超额|共|已)?(完成|为|是|达到|达|相当于|占)了?"
                   r"[^，,；;。、！？]{0,16}?(?:计划|任务|目标|任务数)(?:[（(][^）)]{1,16}[）)])?的[\d.]+(?:%|倍)")

paths = sorted(CORPUS.glob("*/*/*.txt"))
if "--all" not in sys.argv:
    paths = random.Random(2407).sample(paths, 200)
reports = Counter()
hits = Counter()
for path in paths:
    text = path.read_text(encoding="utf-8")
    verbs = {m.group(1) for m in SHAPE.finditer(text)}
    for v in verbs:
        reports[v] += 1
    for m in SHAPE.finditer(text):
        hits[m.group(1)] += 1
    if verbs and "-v" in sys.argv:
        for m in SHAPE.finditer(text):
            print(f"{path.parent.name}/{path.stem}\t{m.group()}")
print(f"{len(paths)} reports")
for v in reports:
    print(f"{v}\treports {reports[v]}\tsentences {hits[v]}")
print("any but 占/是 (the verbs the change adds):",
      sum(1 for p in paths if any(m.group(1) not in ("占", "是") for m in SHAPE.finditer(p.read_text(encoding='utf-8')))))
print("any:", sum(1 for p in paths if SHAPE.search(p.read_text(encoding='utf-8'))))
