"""Round 22b (projGA): count the clauses whose building (or its main structure) is completed, the verb first
(完成快速路西北半环建设, 完成幸福路北延伸项目主体建设, 完成高铁综合客运站主体工程) or after (黄河滩区迁建工程完成主体建设),
on a dump.py file (seed 2211's 200), and whether a project was found in the clause.

usage: python scan_done_main.py DUMP.jsonl [show]
"""
import json
import re
import sys

BEFORE = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:全面|基本|顺利|如期|按期|提前|加快|力争|确保|争取|年内|已)?完成(?:了)?"
                    r"(?P<name>[^、，,；;。：:和及与等的]{3,26}?)(?:项目|工程)?(?:主体)?(?:建设|工程|施工)(?:任务)?$")
AFTER = re.compile(r"^(?P<name>[^、，,；;。：:和及与等的]{3,26}?)(?:已经|已|全面|基本|顺利|如期|按期|提前|年内)*完成(?:了)?"
                   r"(?:主体)(?:建设|工程|施工|结构)?$")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
reports, unread = set(), set()
for d in rows:
    for clause in re.split(r"[，,；;。：:]", d["t"]):
        clause = clause.strip()
        m = BEFORE.match(clause) or AFTER.match(clause)
        if not m:
            continue
        found = [p for p in d["p"] if p in clause]
        reports.add(d["r"])
        if not found:
            unread.add(d["r"])
        if len(sys.argv) > 2:
            print(d["r"], "|", clause, "|", ",".join(found) or "-")
print(len(reports), "reports with the frame;", len(unread), "with nothing found in the clause")
