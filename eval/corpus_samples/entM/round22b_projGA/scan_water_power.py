"""Round 22b (projGA): count the clauses that are only a works and its reaching operation as a water or power works
(并网发电, 并网供水, 并网, 通水, 蓄水, 下闸蓄水, 点火, 试车, 试运行, 发电) on a dump.py file, and whether a project is found.

usage: python scan_water_power.py DUMP.jsonl [show]
"""
import json
import re
import sys

FRAME = re.compile(r"^(?P<name>[^、，,；;。：:和及与等的]{3,30}?)(?:项目|工程)?(?:已经|已|正式|顺利|成功|全面|全部|基本|即将|如期|按期|提前|首台机组|首批机组|机组|全部机组)*"
                   r"(?:建成|竣工)?(?:实现)?(?:并网发电|并网供电|并网供水|并网运行|并网|投产发电|全面通水|通水|下闸蓄水|蓄水|点火试车|点火|试车|试运行|发电)$")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
reports, unread = set(), set()
for d in rows:
    for clause in re.split(r"[，,；;。：:]", d["t"]):
        clause = clause.strip()
        m = FRAME.match(clause)
        if not m:
            continue
        found = [p for p in d["p"] if p in clause]
        reports.add(d["r"])
        if not found:
            unread.add(d["r"])
        if len(sys.argv) > 2:
            print(d["r"], "|", clause, "|", ",".join(found) or "-")
print(len(reports), "reports with the frame;", len(unread), "with nothing found in the clause")
