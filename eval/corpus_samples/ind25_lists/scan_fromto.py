"""Round 25 (indDA): the from-to lists of 2k figures on the 200 reports of seed 2501 (or --all: the 2,941).

    python3 eval/corpus_samples/ind25_lists/scan_fromto.py [--all] [SEED]

A list of k subjects, then 由/从 k figures joined by 、/和/及/与, then a verb to 到/至/为 and k figures (分别 before 由/从
or before the verb, or none): 城镇和农村居民人均可支配收入分别由21604元、8002元增加到30780元、12200元. Prints each sentence
and, at the end, the reports counted.
"""
import random
import re
import sys
from pathlib import Path

CORPUS = Path("/tmp/govkg-corpus/reports")
F = r"(?:上年|去年|\d{4}年|“十[一二三四五]五”末|[^，,；;。、]{0,6}?)的?\s*\d[\d.]*\s*[^\d\s、和及与，,；;。到至]{0,4}"
FROMTO = re.compile(r"[、和及与][^，,；;。]{1,30}?(?:分别)?(?:由|从)" + F + r"(?:[、和及与]\s*\d[\d.]*\s*[^\d\s、和及与，,；;。到至]{0,4})+"
                    r"(?:分别)?[^，,；;。\d]{0,6}?(?:到|至|为)\s*\d[\d.]*\s*[^\d\s、和及与，,；;。]{0,4}(?:[、和及与]\s*\d)")


def main() -> None:
    paths = sorted(CORPUS.glob("*/*/*.txt"))
    if "--all" not in sys.argv:
        seed = int(next((a for a in sys.argv[1:] if a.isdigit()), 2501))
        paths = random.Random(seed).sample(paths, 200)
    reports = set()
    for path in paths:
        for sentence in re.split("[。；;\n]", path.read_text(encoding="utf-8", errors="ignore")):
            if FROMTO.search(sentence):
                reports.add(path)
                sys.stdout.write(f"{path.parent.name}/{path.stem}\t{sentence.strip()[:160]}\n")
    sys.stdout.write(f"# {len(reports)} of {len(paths)} reports\n")


if __name__ == "__main__":
    main()
