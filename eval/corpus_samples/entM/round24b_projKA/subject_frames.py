"""Round 24b (projKA): whole misses (../round22b_projGA/whole_misses.py output) and inventions (cross27.py output) tagged
by what follows the name in its sentence: `项目` + a start/completion/signing/approval predicate (the fix's frame, XM),
the predicate without 项目 (P: other rounds' ground), else -.

usage: python subject_frames.py WHOLE_MISSES.tsv CROSS.tsv
"""
import re
import sys
from collections import defaultdict

PRED = (r"(?:基本|全面|顺利|正式|成功|已经|已|实现|如期|率先|相继|陆续|先后)?"
        r"(?:建成|签约|获批|复工|开工|竣工|投产|落地|开建|动工|完工|并网|投用|封顶|开业|试产|试运行|首批机组并网)")


def tag(name: str, window: str) -> str:
    at = window.find(name)
    if at < 0:
        return "?"
    after = window[at + len(name):at + len(name) + 12]
    if re.match(r"(?:[“”\"]*)项目" + PRED, after):
        return "XM"
    if re.match(PRED, after):
        return "P"
    return "-"


def main() -> None:
    by = defaultdict(list)
    for line in open(sys.argv[1], encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if len(r) >= 5:
            by[tag(r[2], r[4])].append(("miss", r[0], r[2], r[4][:120]))
    for line in open(sys.argv[2], encoding="utf-8"):
        r = line.rstrip("\n").split("\t")
        if r[2] == "i":
            t = tag(r[3], r[5])
            if t == "XM" or r[3].endswith("项目"):
                by["XM-inv" if t == "XM" else "项目-inv"].append(("inv", r[0], r[3], r[5][:120]))
    for k in ("XM", "XM-inv", "项目-inv", "P"):
        rows = by.get(k, [])
        print(f"## {k}: {len(rows)} in sets {sorted({r[1] for r in rows})}")
        for r in rows:
            print("\t".join(r))


if __name__ == "__main__":
    main()
