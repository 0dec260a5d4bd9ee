"""Score indicator attribution on the hand-judged corpus samples in eval/indicator_samples/ (prints, asserts nothing).

    python bench/indicator_samples.py [--corpus /tmp/govkg-corpus/reports]

Each sample lists figures of six random measurement sentences per corpus report (reports outside every
gold set), with the indicator spans a reader accepts under ../shared/gold/GUIDELINES.md. The script
runs the current extractor on those reports and counts the figures whose indicator is accepted.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

SAMPLES = Path(__file__).resolve().parent.parent / "eval" / "indicator_samples"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="/tmp/govkg-corpus/reports", help="the unpacked corpus reports folder")
    parser.add_argument("--misses", action="store_true", help="print every figure whose indicator is not accepted")
    parser.add_argument("--only", help="score only the sample with this letter (A, B, ...)")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    # national reports sit right in their category folder (政府工作报告-国务院/1989.txt), others in a place's
    places = {p.name: p for p in [*corpus.glob("*"), *corpus.glob("*/*")] if p.is_dir()}
    for path in sorted(SAMPLES.glob(f"sample_{args.only or '*'}.json")):
        items = json.loads(path.read_text(encoding="utf-8"))
        by_report = defaultdict(list)
        for item in items:
            by_report[item["report"]].append(item)
        right = before = 0
        for key, figures in by_report.items():
            place, year = key.split("/")
            report = structure_report(read_document(places[place] / f"{year}.txt"))
            found = {(report.sentences[m.sentence].text, m.start - report.sentences[m.sentence].start): m.indicator
                     for m in find_measurements(report)}
            for item in figures:
                got = found.get((item["sentence"], item["offset"]))
                right += got in item["accepted"]
                before += item.get("before") in item["accepted"]
                if args.misses and got not in item["accepted"]:
                    s, o, n = item["sentence"], item["offset"], len(item["surface"])
                    window = s[max(0, o - 40):o] + "【" + item["surface"] + "】" + s[o + n:o + n + 12]
                    print(f"  {key} {window} -> {got!r}, accepted {item['accepted']}")
        print(f"{path.stem}: {right}/{len(items)} = {right / len(items):.3f} (base extractor: {before / len(items):.3f})")


if __name__ == "__main__":
    main()
