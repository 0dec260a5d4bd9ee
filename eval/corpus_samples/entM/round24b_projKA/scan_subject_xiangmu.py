"""Round 24b (projKA): clauses whose subject is `<name>项目` followed by a start, completion, settling or approval
predicate (运达风电项目基本建成, …制氢和氢能装备制造项目签约落地, …本地消纳项目获批) in a dump of 200 reports.

usage: python scan_subject_xiangmu.py DUMP.jsonl   (DUMP from ../../entN/round15/dump.py SEED 200 OUT project)
Prints each clause with the projects found in its sentence: F (the name before 项目 found, with or without 项目) or -,
then N (the name passes the module's `named_project` test: the pattern) or c (a class of projects, not one named),
and the number of reports holding the shape and the pattern. Run with PYTHONPATH of the tree (the module is imported).
"""
import json
import re
import sys

from kg.extract.entities.round24b_projects import named_project

PRED = (r"(?:基本|全面|顺利|正式|成功|已经|已|实现|如期|率先|相继|陆续|先后|均已|全部|加快)?"
        r"(?:建成|签约|获批|复工|开工|竣工|投产|落地|开建|动工|完工|并网|投用|封顶|开业|试产|试运行|全线贯通|通车|主体完工)")
CLAUSE = re.compile(rf"^(?P<name>[^，,；;。：:、“”]{{3,30}}?)项目(?P<pred>{PRED})")


def main() -> None:
    reports, named, n = set(), set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for clause in re.split(r"[，,；;。：:！]", d["t"]):
            m = CLAUSE.match(clause.strip())
            if not m:
                continue
            name = m.group("name")
            hit = "F" if any(name in p or p in name + "项目" and len(p) >= 3 for p in d["p"]) else "-"
            n += 1
            reports.add(d["r"])
            ok = "N" if named_project(name) else "c"
            if ok == "N":
                named.add(d["r"])
            print(hit, ok, d["r"], name + "项目" + m.group("pred"), "|", "; ".join(d["p"]), sep="\t")
    print(f"# {n} clauses in {len(reports)} reports; a named project (N) in {len(named)} reports")


if __name__ == "__main__":
    main()
