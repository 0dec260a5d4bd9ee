"""Round 26 (projMA): clauses that are only [lead] one subject + a completion or opening predicate, on a dump.py file
(round 15's entN/round15/dump.py SEED N OUT project), with whether the extractor read the subject; tallies the subject's last
character(s) over the unread ones, by report.

usage: python scan_done_heads.py DUMP.jsonl [show]
"""
import json
import re
import sys
from collections import defaultdict

PRED = re.compile(r"(?:已经|已|正式|顺利|全面|全线|基本|全部|即将|如期|按期|提前|年内|主体|先后|相继|陆续|均|也|并)*"
                  r"(?:建成|竣工|完工|落成)?(?:并?(?:投入使用|投入运营|投入运行|投用|投运|投产|启用|开业|运营|运行|通车|开放|使用|蓄水|通水|复航|通航))?$")
LEAD = re.compile(r"^(?:[一二三四五六七八九十]是|同时|此外|其中|目前|今年|去年|全年|年内|[0-9]+月(?:份|底|初)?)?")
BAD = re.compile(r"[、，,和及与等的在将要了对把从被为以使让]")


def main() -> None:
    by_tail = defaultdict(set)
    rows = []
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for clause in re.split(r"[，,；;。：:！？\n]", d["t"]):
            clause = clause.strip()
            m = PRED.search(clause)
            if not m or m.start() == len(clause) or not re.search(r"建成|竣工|完工|落成|投|启用|开业|通车|复航|通航|蓄水|通水", m.group(0)):
                continue
            subj = clause[LEAD.match(clause).end():m.start()]
            if not 3 <= len(subj) <= 16 or BAD.search(subj) or not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z（）()]+", subj):
                continue
            read = any(len(p) >= 2 and (p in subj or subj in p) for p in d["p"])
            rows.append((d["r"], subj, m.group(0), read))
            if not read:
                by_tail[subj[-1]].add(d["r"])
                by_tail[subj[-2:]].add(d["r"])
    for tail, reps in sorted(by_tail.items(), key=lambda x: -len(x[1])):
        if len(reps) >= 2:
            print(f"{tail}\t{len(reps)}")
    if len(sys.argv) > 2:
        for r in rows:
            print("R" if r[3] else "-", *r[:3], sep="\t")


if __name__ == "__main__":
    main()
