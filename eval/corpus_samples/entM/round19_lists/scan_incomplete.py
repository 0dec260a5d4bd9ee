"""Round 19 (projAA): any list the extractor leaves incomplete, on a dump.py file: a found project P written `P、` or `P和`
whose list ends in a found project Q that carries a head the earlier item lacks (Q = last item + head, P + head not found).

usage: python scan_incomplete.py DUMP.jsonl [show]
Prints per run the bare item, the completed last item and the text between; counts runs and reports.
"""
import json
import re
import sys

SEP = re.compile(r"[、和]")


def main() -> None:
    show = len(sys.argv) > 2
    n, reps = 0, set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], set(d["p"])
        for p in sorted(found):
            for m in re.finditer(re.escape(p) + "[、和]", t):
                rest = t[m.end():m.end() + 60]
                seg = re.split(r"[，。；：,;:]", rest)[0]
                # the last found project that starts inside this list segment and is longer than its item
                for q in sorted(found, key=len, reverse=True):
                    if q == p or q not in seg:
                        continue
                    j = seg.index(q)
                    if j == 0 or seg[j - 1] in "、和等" or j > 0 and SEP.search(seg[:j]):
                        head = None
                        # the head: what q carries after the part written in the list before it
                        for k in range(2, len(q)):
                            if p + q[k:] in found:
                                head = None
                                break
                            head = q[k:] if head is None else head
                        pass
                    break
                # crude: does the segment hold a completed item whose tail p lacks?
                tails = [q[len(x):] for q in found for x in SEP.split(seg) if x and q.startswith(x) and len(q) > len(x)
                         and q != p]
                tails = [h for h in tails if len(h) >= 2 and not any(p + h == f for f in found) and not p.endswith(h)]
                if tails:
                    n += 1
                    reps.add(d["r"])
                    if show:
                        print(d["r"], p, "|", seg[:50], "|", ",".join(sorted(set(tails)))[:60], sep="\t")
    print(f"# {n} bare items in lists whose other item is completed, in {len(reps)} reports")


if __name__ == "__main__":
    main()
