"""Round 20b (projCB): count completed list items whose own text already ends in a works head (LNG接收站 + 码头 -> LNG接收站码头).

usage: PYTHONPATH=$PWD python scan_completed.py DUMP.jsonl [--lines]
A found project that is not written as such in its sentence, whose longest written prefix stands before 、/等/和/及 and
ends in a head of entity_heads.txt: the shared kind was added to an item that names its own kind.
"""
import json
import re
import sys

from kg.extract.entities.stems import _head_of


def main() -> None:
    show = "--lines" in sys.argv
    reps, n = set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t = d["t"]
        for p in d["p"]:
            if p in t:
                continue
            for k in range(len(p) - 1, 1, -1):
                pre = p[:k]
                i = t.find(pre)
                if i >= 0 and re.match(r"[、等和及]", t[i + k:i + k + 1] or "x"):
                    head = _head_of(pre)
                    if head and pre.endswith(head) and len(pre) > len(head) + 1:
                        n += 1
                        reps.add(d["r"])
                        if show:
                            print(d["r"], "|", p, "| item:", pre, "| added:", p[k:])
                    break
    print(f"completed items with a head of their own: {n} in {len(reps)} reports")


if __name__ == "__main__":
    main()
