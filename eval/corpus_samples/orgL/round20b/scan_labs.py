"""Round 20b orgCA: research bodies (实验室, 创新中心, 研究中心) on the 200 reports — what kind the extractor gives them.

usage: PYTHONPATH=$PWD python scan_labs.py DUMP.organization.jsonl
Runs kg.extract.entities.api.candidates on every sentence of the dump holding a research head and prints each find
that ends with one (kind, name, the verb context), then counts finds by kind and reports with a project-kind one.
"""
import json
import re
import sys
from collections import Counter

from kg.extract.entities.api import candidates

HEAD = re.compile(r"(?:实验室|创新中心|研究中心)$")
IN_TEXT = re.compile(r"实验室|创新中心|研究中心")


def main():
    kinds, reports = Counter(), {}
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t = d["t"]
        if not IN_TEXT.search(t):
            continue
        for k, n in candidates(t):
            if HEAD.search(n):
                kinds[k] += 1
                reports.setdefault(k, set()).add(d["r"])
                i = t.find(n)
                print(k, d["r"], n, "|", t[max(0, i - 15):i + len(n) + 12])
    for k in kinds:
        print(f"## {k}: {kinds[k]} finds in {len(reports[k])} reports")


if __name__ == "__main__":
    main()
