"""Round 26 (projMA): the bare completion frame with a round 18b works head, on a dump.py file.

A: [lead] X + [基本|全面|主体|年内 …]建成 at the clause's end;  B: [lead] (新)建成 + X as the whole clause;
X passes round 18b's works test (_works_name: a round 18b head such as 线, 段, 站, 管线, 工程, 项目, or a lexicon facility head).
usage: PYTHONPATH=$PWD python scan_built.py DUMP.jsonl   (prints each clause: read/unread by the dump, frame, X, report)
"""
import json
import re
import sys

from kg.extract.entities.round18b_projects import DONE_LEAD, _works_name

ADV = r"(?:已经|已|正式|顺利|全面|全线|基本|全部|如期|按期|提前|年内|年底前?|主体|先后|相继|陆续|率先|均|也)*"
AFTER = re.compile(ADV + r"建成$")
BEFORE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:全面|基本|率先|先后|相继|陆续|累计)?新?建成了?(?P<x>.+)$")
BAD = re.compile(r"[、，,和及与等的在将要]")


def main() -> None:
    reps = {"A": set(), "B": set()}
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for clause in re.split(r"[，,；;。：:！？\n]", d["t"]):
            clause = clause.strip()
            m = AFTER.search(clause)
            if m and m.start() > 0:
                x = clause[DONE_LEAD.match(clause, 0, m.start()).end():m.start()]
                frame = "A"
            else:
                m = BEFORE.match(clause)
                if not m:
                    continue
                x, frame = m.group("x"), "B"
            if not 3 <= len(x) <= 24 or BAD.search(x):
                continue
            name = _works_name(x, False, "建成")
            if not name:
                continue
            read = any(len(p) >= 2 and (p in x or name in p) for p in d["p"])
            if not read:
                reps[frame].add(d["r"])
            print("R" if read else "-", frame, name, d["r"], clause, sep="\t")
    print({k: len(v) for k, v in reps.items()}, len(reps["A"] | reps["B"]), "reports with an unread X", file=sys.stderr)


if __name__ == "__main__":
    main()
