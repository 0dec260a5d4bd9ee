"""Round 21 (progDC): count the shapes of predicted programs on a dump of round 15's dump.py (seed 2106, 200 reports).

usage: python scan_shapes.py DUMP.jsonl [SHAPE]   (prints per shape: finds, reports; with SHAPE, every find of it in context)
Shapes (regexes on the predicted name, see SHAPES below): documents (关于…意见/决定), modes (…模式), goals (…创建),
generic reforms (a bare field word + 改革), plans (…规划), counted (N场/N大…), deep (深层次…改革).
"""
import json
import re
import sys
from collections import defaultdict

SHAPES = {
    "document": re.compile(r"^关于.*(?:意见|决定|办法|通知|规定|方案)$"),
    "mode": re.compile(r"模式$"),
    "goal": re.compile(r"创建$"),
    "plan": re.compile(r"规划(?:纲要)?$"),
    "counted": re.compile(r"^[一二三四五六七八九十两]+[场大项个]"),
    "reform": re.compile(r"改革$"),
    "system": re.compile(r"(?:制度|体系|体系建设)$"),
    "mechanism": re.compile(r"机制$"),
}


def main() -> None:
    dump = sys.argv[1]
    want = sys.argv[2] if len(sys.argv) > 2 else None
    finds: dict[str, list] = defaultdict(list)
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        for p in d["p"]:
            for k, rx in SHAPES.items():
                if rx.search(p):
                    finds[k].append((d["r"], p, d["t"]))
    for k, v in finds.items():
        print(k, len(v), "finds in", len({r for r, _, _ in v}), "reports")
    if want:
        for r, p, t in finds[want]:
            i = t.find(p[:4])
            print(f"{p}\t{r}\t{t[max(0, i - 30):i + len(p) + 20]}")


if __name__ == "__main__":
    main()
