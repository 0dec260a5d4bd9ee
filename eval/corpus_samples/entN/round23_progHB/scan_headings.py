"""Round 23 (progHB): ordinal headings that are a bare programme name — `二是就业和创业工程。`, `一是深化改革攻坚年。`,
`（三）城乡社会保障体系建设工程。` — in a dump.py file (round 15's dump of N reports): each sentence whose clause after an
ordinal marker is a name with a programme head and nothing else, with what the extractor found in it.

usage: python scan_headings.py DUMP.jsonl[.text]    (prints: report, sentence, clause, FOUND/MISSED, programs found)
Counts reports and clauses; MISSED = no program of the sentence ends where the clause's name ends.
"""
import json
import re
import sys

ORD = r"(?:[一二三四五六七八九十]{1,3}是|[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[．.、]\s*)"
HEAD = r"(?:工程|行动|战略|计划|改革|攻坚战|[攻坚提升优化建设推进突破落实服务质量效能作风]{2}年)"
CLAUSE = re.compile(rf"(?:^|(?<=[。；：:]))\s*{ORD}(?P<clause>[^，。；：:\n、]{{3,26}}?{HEAD})(?=[。；])")


def main() -> None:
    reps, hits, missed, mreps = set(), 0, 0, set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in CLAUSE.finditer(d["t"]):
            c = m.group("clause").replace("“", "").replace("”", "")
            ok = any(c.endswith(p.replace("“", "").replace("”", "")) for p in d["p"])
            hits += 1
            reps.add(d["r"])
            if not ok:
                missed += 1
                mreps.add(d["r"])
            print(f"{d['r']}\t{d['i']}\t{m.group('clause')}\t{'FOUND' if ok else 'MISSED'}\t{d['p']}")
    print(f"{hits} headings in {len(reps)} reports; {missed} with no program ending at the name, in {len(mreps)} reports",
          file=sys.stderr)


if __name__ == "__main__":
    main()
