"""Round 26 (projMA): a works as the subject of a status predicate (获批, 获…批复, 得到批复, 入选, 获评, 荣获, 纳入, 列入, 通过…验收/审查),
X passing round 18b's works test (_works_name) and round 18b's _named.

usage (add "heads" as a second argument for fix 2's works heads only):
       PYTHONPATH=$PWD python scan_status.py gold            (the official gold and eval/dev2 … dev28: is X a gold project?)
       PYTHONPATH=$PWD python scan_status.py DUMP.jsonl      (a dump.py file: is X read by the dump?)
"""
import glob
import json
import re
import sys
from pathlib import Path

from kg.extract.entities.round18b_projects import DONE_LEAD, _named, _works_name

STATUS = re.compile(r"(?:已经|已|正式|顺利|成功|先后|相继|率先)?(?:获批|获得?(?:国家|省|自治区|国务院|国家发改委|省政府|省发改委|交通运输部|水利部|[^，。；]{0,8})?批复|"
                    r"得到批复|获得?批准|入选|获评|荣获|被?纳入|被?列入|通过(?:国家|省)?[^，。；]{0,10}(?:验收|审查|评审|论证))")
BAD = re.compile(r"[、，,和及与等的在将要]")
# fix 2's works heads: a works of transport or water (the golds list these after a status predicate; institutions, centres,
# bases, parks, districts, towns and river sections after the same predicates are not listed: gold_status.txt)
HEADS = re.compile(r"(?:工程|铁路|高铁|城际|高速公路|高速|公路|机场|水库|泵站|快线|(?:铁路|高铁|公路|高速|城际)[^，。；]{1,6}段)$")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]


def subjects(text: str):
    for clause in re.split(r"[，,；;。：:！？\n]", text):
        clause = clause.strip()
        m = STATUS.search(clause)
        if not m or m.start() < 3:
            continue
        x = clause[DONE_LEAD.match(clause, 0, m.start()).end():m.start()]
        if not 3 <= len(x) <= 24 or BAD.search(x):
            continue
        w = _works_name(x, False, "获批")
        if w and x.startswith(w) and _named(w) and (len(sys.argv) < 3 or HEADS.search(w) and not x.endswith("项目")):
            yield w, clause


def main() -> None:
    if sys.argv[1] == "gold":
        tally = {}
        for name, d in SETS:
            for g in sorted(glob.glob(f"{d}/*.gold.json")):
                gold = json.loads(Path(g).read_text(encoding="utf-8"))
                stem = Path(g).name[:-len(".gold.json")]
                txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt")
                if not txt or not gold.get("projects"):
                    continue
                projs = [p if isinstance(p, str) else p.get("name", "") for p in gold["projects"]]
                for w, clause in subjects(Path(txt[0]).read_text(encoding="utf-8")):
                    tag = "EQ" if w in projs else ("IN" if any(w in p or p in w for p in projs) else "--")
                    tally[tag] = tally.get(tag, 0) + 1
                    print(name, stem, w, tag, clause[:60], sep="\t")
        print(tally, file=sys.stderr)
        return
    reps = set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for w, clause in subjects(d["t"]):
            read = any(len(p) >= 2 and (p in w or w in p) for p in d["p"])
            if not read:
                reps.add(d["r"])
            print("R" if read else "-", w, d["r"], clause[:60], sep="\t")
    print(len(reps), "reports with an unread works", file=sys.stderr)


if __name__ == "__main__":
    main()
