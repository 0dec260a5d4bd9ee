"""Round 26 (indIB) fix 1 over the whole corpus: every written list of 2–5 members whose last member holds a place word
(…县/市/区/旗/盟/州 + a shared head, before 分别/均/，/。), split by indicators.distribute with the fix and with the old
cut (the first member's length); prints the phrases whose split changed.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26_right/scan_place_lists.py > OUT.tsv
"""
import glob
import re

from kg.extract import indicators, round26_indIB

LIST = re.compile(r"(?<=[，。；：])((?:[\u4e00-\u9fff]{2,6}、){1,4}[\u4e00-\u9fff]{3,7}(?:县|市|区|旗|盟|州)[\u4e00-\u9fff]{2,12}?)"
                  r"(?=分别|均|，|。)")


def main() -> None:
    seen: set[str] = set()
    real = round26_indIB.place_cut
    for path in sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")):
        text = open(path, encoding="utf-8").read()
        for m in LIST.finditer(text):
            phrase = m.group(1)
            if phrase in seen:
                continue
            seen.add(phrase)
            k = phrase.count("、") + 1
            round26_indIB.place_cut = real
            new = indicators.distribute(phrase, k)
            round26_indIB.place_cut = lambda _h, _o, cut: cut
            old = indicators.distribute(phrase, k)
            round26_indIB.place_cut = real
            if new != old:
                print(path.split("reports/")[1], phrase, old, new, sep="\t")  # noqa: T201


if __name__ == "__main__":
    main()
