"""Round 25b (projLA): clauses `[lead] 加快|推进|推动|完成|抓好 … NAME(重大)?项目(主体)?建设` (the building of one named project
after a verb of pushing), the name tested by round 24b's named_project.

usage: PYTHONPATH=$PWD python scan_verb_xiangmu.py gold | corpus SEED N
Gold rows: set, file, pass?, name, how the gold cuts it: D (listed without 项目), K (listed with 项目), -- (not listed).
"""
import glob
import json
import random
import re
import sys
from pathlib import Path

from kg.extract.entities.round24b_projects import named_project

FRAME = re.compile(r"(?:^|[，,；;。：:\n])(?:[一二三四五六七八九十]是)?(?:积极|全力|大力|加快|扎实|全面|持续|继续)*"
                   r"(?:推进|推动|加快|完成|抓好|做好|加速|启动|实施|保障)(?P<name>[^，,；;。：:、和及与等的]{3,30}?)(?P<big>重大|重点)?项目"
                   r"(?:主体)?(?:建设|工程建设)(?=[，,；;。])")


def main():
    rows, reps = 0, set()
    if sys.argv[1] == "gold":
        sets = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]
        for sname, d in sets:
            for g in sorted(glob.glob(f"{d}/*.gold.json")):
                stem = Path(g).name[:-len(".gold.json")]
                txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt")
                projs = json.loads(Path(g).read_text(encoding="utf-8")).get("projects")
                if not txt or projs is None:
                    continue
                for m in FRAME.finditer(Path(txt[0]).read_text(encoding="utf-8")):
                    name = m.group("name")
                    tag = "D" if name in projs else "K" if name + "项目" in projs else "--"
                    print(f"{sname}\t{stem}\t{'P' if named_project(name) else '-'}\t{name}\t{tag}\t{m.group(0)[:50]}")
                    rows += 1
    else:
        seed, n = int(sys.argv[2]), int(sys.argv[3])
        for f in sorted(random.Random(seed).sample(sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")), n)):
            rep = "/".join(f.split("/")[-2:])
            for m in FRAME.finditer(Path(f).read_text(encoding="utf-8")):
                ok = named_project(m.group("name"))
                print(f"{rep}\t{'P' if ok else '-'}\t{m.group('name')}\t{m.group(0)[:50]}")
                rows += 1
                if ok:
                    reps.add(rep)
        print(f"P in {len(reps)} reports", file=sys.stderr)
    print(rows, "rows", file=sys.stderr)


if __name__ == "__main__":
    main()
