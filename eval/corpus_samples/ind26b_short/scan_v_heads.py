"""Round 26b (indJA): counts before a noun phrase whose last word jieba's dictionary tags as a verb (12个社区超市,
8处以上人行通道, 549个农民专业合作经济组织), so after() stops before it and the count names a piece (社区, 人行).

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26b_short/scan_v_heads.py SEED [ALL]

For every count (a figure ending in a measure word) of 200 random corpus reports (random.Random(SEED).sample, as
../ind24/dump.py), reads after() on the text after it; when the word right after the phrase after() read is tagged v
and the phrase ends there (punctuation, end, 、/和/及/与/等 after it), prints the word. Tally by word, with the reports.
"""
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from kg.extract import indicators
from kg.extract.tokens import is_punctuation, pos
from kg.numbers import find_quantities

CORPUS = Path("/tmp/govkg-corpus/reports")
COUNT = re.compile(r"[个家所项条座处名支件户类批种台辆套间栋张]$")
ENDS = ("、", "和", "及", "与", "等", "")


def main() -> None:
    paths = sorted(CORPUS.glob("*/*/*.txt"))
    if len(sys.argv) <= 2:
        paths = random.Random(int(sys.argv[1])).sample(paths, 200)
    seen: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        rid = f"{path.parent.name}/{path.stem}"
        for sentence in re.split(r"[。；！？\n]", path.read_text(encoding="utf-8")):
            for q in find_quantities(sentence):
                surface = sentence[q.start:q.end]
                if not COUNT.search(surface):
                    continue
                suffix = sentence[q.end:]
                noun = indicators.after(suffix)
                if len(noun) < 2 or (at := suffix.find(noun)) < 0:
                    continue
                rest = suffix[at + len(noun):]
                words = pos(rest[:12])
                if not words or words[0][1] != "v" or len(words[0][0]) < 2:
                    continue
                nxt = words[1][0] if len(words) > 1 else ""
                if not (nxt in ENDS or is_punctuation(nxt)):
                    continue
                seen[words[0][0]].add(rid)
                lines[words[0][0]].append(f"{rid}\t{surface}{noun}【{words[0][0]}】{nxt}")
    for word in sorted(seen, key=lambda w: -len(seen[w])):
        print(f"{word}\t{len(seen[word])} reports\t{len(lines[word])} figures")
        for line in lines[word][:4]:
            print("    " + line)
    print("reports with any:", len(set().union(*seen.values())) if seen else 0)


if __name__ == "__main__":
    main()
