"""Round 23 (projHB): on a dump.py file (../../entN/round15/dump.py SEED N OUT project), the clauses of the frames B, C, F, K
of round 22b's table (启动/开工建设/建成/开通/加快建设/推进 X [项目|工程][建设]; X 开工/启动/动工/建成…) whose name nothing
reads (no project found in the sentence overlapping it), with the refusals of why_refused.refusals.

usage: PYTHONPATH=$PWD python scan_refused.py DUMP.jsonl [CAUSE]   (CAUSE: print the clauses whose refusals hold it)
Prints the refusal × reports table (a refusal counted once per report), then the clauses of CAUSE.
"""
from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from why_refused import refusals  # noqa: E402

LEAD = r"(?:[一二三四五六七八九十]是)?(?:全力|加快|大力|积极|力争|确保|争取|推动|全面|年内|今年|重点|继续|着力)*"
FIRST = re.compile(LEAD + r"(?P<verb>启动建设|开工建设|启动实施|启动|建成|开通|加快建设|加快推进|推进|加快|抓好)"
                   r"(?P<name>[^、，,；;。：:“”‘’《》和及等的]{3,30}?)(?:项目|工程)?(?:建设|前期工作)?$")
AFTER = re.compile(LEAD + r"(?P<name>[^、，,；;。：:“”‘’《》和及等的]{3,30}?)(?:已经|已|正式|顺利|全面|全线|基本|如期|即将|年内)*"
                   r"(?P<verb>开工建设|开工|动工|启动建设|启动|建成投用|建成投运|建成运营|建成|竣工|投用|投运|完工|通车|落地)$")


def main() -> None:
    cause = sys.argv[2] if len(sys.argv) > 2 else None
    table: dict[str, set[str]] = defaultdict(set)
    shown = []
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        for clause in re.split(r"[，,；;。：:！？]", t):
            clause = clause.strip()
            m = FIRST.fullmatch(clause) or AFTER.fullmatch(clause)
            if m is None:
                continue
            name = m.group("name")
            if any(name[:3] in f or f[:3] in name for f in found):
                continue
            why = refusals(name)
            for r in why:
                table[r.split(":")[0]].add(d["r"])
            if cause and any(r.split(":")[0] == cause for r in why):
                shown.append(f"{d['r']}\t{m.group('verb')}\t{name}\t{' '.join(why)}\t{clause}")
    for k, v in sorted(table.items(), key=lambda x: -len(x[1])):
        print(f"{k}\t{len(v)} reports")
    for s in shown:
        print(s)


if __name__ == "__main__":
    main()
