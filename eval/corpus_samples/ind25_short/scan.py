"""Round 25 (indFA): how many of the 200 reports (seed 2504) have a count whose noun, as the base extractor reads it,
is followed by 和/及/以及 and another noun (46个在建重点水源|及|连通工程): the shape of fix 1, counted on the text.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_short/scan.py [SEED]

Reuses ../ind24/dump.py's draw (random.Random(SEED).sample of the corpus). Prints one line per figure and the totals.
"""
import importlib.util
import sys
from pathlib import Path

from kg.extract import indicators
from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

_spec = importlib.util.spec_from_file_location("ind24_dump", Path(__file__).resolve().parent.parent / "ind24" / "dump.py")
dump = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump)
sys.argv = [sys.argv[0], "-", sys.argv[1] if len(sys.argv) > 1 else "2504"]


def main() -> None:
    reports = figures = 0
    for path in dump.sample():
        report = structure_report(read_document(path))
        text = report.document.text
        hit = False
        for m in find_measurements(report):
            end = m.start + len(m.surface)
            noun = indicators.after(text[end:])
            if len(noun) < 2 or not text.startswith(noun, end):
                continue
            rest = text[end + len(noun):end + len(noun) + 8]
            words = indicators.pos(rest)
            if words and words[0][0] in ("和", "及", "以及") and len(words) > 1 and "\u4e00" <= words[1][0][0] <= "\u9fff":
                figures += 1
                hit = True
                print(f"{path.parent.name}/{path.stem}\t{m.surface}\t{noun}{rest}\t{m.indicator}")
        reports += hit
    print(f"# {figures} figures in {reports} of 200 reports")


if __name__ == "__main__":
    main()
