"""Round 17 (progQ): count structures of program finds on a dump.py file (reports / names).

usage: python scan17.py DUMP.jsonl CAUSE [show]
CAUSE: quan  (a name opening with 国 right after 全 in its sentence: 全国 cut to 国)
       cityhead (a name opening with a place ending 市/县/区/州 + more)
"""
import json
import re
import sys

CAUSES = {
    "quan": lambda p, t: p.startswith("国") and ("全" + p) in t.replace("“", "").replace("”", ""),
    "adjq": lambda p, t: bool(re.match(r"^[\u4e00-\u9fff]{1,4}性", p)),
}


def main():
    path, cause = sys.argv[1], sys.argv[2]
    show = len(sys.argv) > 3
    f = CAUSES[cause]
    reps, names = set(), 0
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        for p in d["p"]:
            if f(p, d["t"]):
                reps.add(d["r"])
                names += 1
                if show:
                    print(d["r"], "|", p, "|", d["t"][:160])
    print(cause, len(reps), "reports,", names, "names")


if __name__ == "__main__":
    main()
