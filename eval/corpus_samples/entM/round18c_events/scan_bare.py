"""Round 18c (projX): the fix's pattern on a dump.py project dump — a named item ending in a bare event word (节 周 季 展
赛 汇 展销会 …) in the list right after a host verb (举办/承办/主办/办好/筹办/协办), counted with the rule's own regexes
(kg/extract/entities/round18c_events.py, without its overlap test), found or not by the dump's extractor.

usage: PYTHONPATH=$PWD python scan_bare.py DUMP.jsonl [show]
"""
import json
import re
import sys
from collections import defaultdict

from kg.extract.entities.round18c_events import EVENT_END, HOST, LIST_END, NOT_NAME, QUOTES, _named_event
from kg.extract.entities.sentence import _clean, _mask


def items(text):
    masked = _mask(text)
    for v in HOST.finditer(masked):
        stop = LIST_END.search(masked, v.end())
        for part in re.split(r"、|暨", masked[v.end():stop.start() if stop else len(masked)]):
            name = QUOTES.sub("", _clean(part))
            if 3 <= len(name) <= 20 and EVENT_END.search(name) and not NOT_NAME.search(name) and _named_event(name):
                yield name


def main():
    reps, miss = defaultdict(int), defaultdict(int)
    rows = []
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for n in items(d["t"]):
            ok = any(n == q or n in q for q in d["p"])
            reps[d["r"]] += 1
            if not ok:
                miss[d["r"]] += 1
            rows.append(("found" if ok else "MISS", d["r"], n))
    print(f"{sum(reps.values())} mentions in {len(reps)} reports; missed {sum(miss.values())} in {len(miss)} reports")
    if len(sys.argv) > 2:
        for r in rows:
            print("\t".join(r))


if __name__ == "__main__":
    main()
