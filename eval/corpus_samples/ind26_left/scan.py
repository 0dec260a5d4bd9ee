"""Round 26 (indIA): count the pattern of fix 1 on a dump of the 200 reports of a seed (../ind24/dump.py OUT SEED).

The pattern: a figure whose clause (the text before it from the last clause mark, as in the dump's window) opens, after a
scope word, with 为/向/给/帮助 and a beneficiary ending in a head of kg/data/indicator_beneficiary_heads.txt, or with
向上; what follows the beneficiary is at least two characters. Prints each hit (report, clause, the dumped name) and
the numbers of figures and reports; with --wrong only the hits whose dumped name reaches into the beneficiary.
    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26_left/scan.py DUMP.tsv [--wrong]
"""
import sys

from kg.extract.round26_indIA import CLAUSE_MARKS, rest_after_beneficiary


def main():
    wrong_only = "--wrong" in sys.argv
    figures = 0
    reports = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        report, _s, _o, name, window = line.rstrip("\n").split("\t")
        head = window[:window.find("【")].rstrip(" \u3000")
        cut = max(head.rfind(mark) for mark in CLAUSE_MARKS) + 1
        if cut == 0:
            continue  # the clause may start before the window
        clause = head[cut:]
        rest = rest_after_beneficiary(clause)
        if len(rest) < 2:
            continue
        if wrong_only and not (head.endswith(name) and len(name) > len(rest)):
            continue
        figures += 1
        reports.add(report)
        print(f"{report}\t{clause}\t{name}")
    print(f"# {figures} figures in {len(reports)} of 200 reports")


main()
