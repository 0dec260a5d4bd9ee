"""Round 26 (indIA): choose the heads that end a beneficiary after 为/向/帮助 (为企业|减税降费1.2亿元).

Over every corpus report, a clause that opens (after a scope word) with 为/向/给/帮助 and runs to a figure with a unit;
jieba splits what follows the preposition, and the noun right before the first verb-tagged word is taken as the
candidate head of the beneficiary. Prints the candidate heads with the number of reports they occur in.
    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26_left/choose_heads.py [N_REPORTS]
"""
import collections
import random
import re
import sys
from pathlib import Path

from kg.extract import indicators

CORPUS = Path("/tmp/govkg-corpus/reports")
CLAUSE = re.compile(r"(?:^|[，,；;。：:！？])(?:全年|累计|共|今年|去年|全市|全区|全县|全省|全州|已|先后|积极|主动|)"
                    r"(为|向|给|帮助)([\u4e00-\u9fff、“”]{3,30}?)(?=[\d一二三四五六七八九十两][\d.]*[多余]?[万亿]?[\u4e00-\u9fff%])")


def main():
    paths = sorted(CORPUS.glob("*/*/*.txt"))
    if len(sys.argv) > 1:
        paths = random.Random(2601).sample(paths, int(sys.argv[1]))
    heads = collections.Counter()
    reports = collections.defaultdict(set)
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="ignore")
        for m in CLAUSE.finditer(text):
            words = indicators.pos(m.group(2))
            for k, (w, f) in enumerate(words):
                if k and f == "v":
                    head = words[k - 1]
                    if head[1].startswith("n") or head[1] in ("l", "j"):
                        heads[head[0]] += 1
                        reports[head[0]].add(path)
                    break
    for head, n in heads.most_common(80):
        print(f"{head}\t{n}\t{len(reports[head])}")


main()
