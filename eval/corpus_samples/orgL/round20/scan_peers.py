"""Round 20 orgBA: items of a list (、 和 及 与) next to a found organization that end in an organization head and are not
found (the peers of a found body). usage: python scan_peers.py DUMP.jsonl"""
import json
import re
import sys

H = "\u4e00-\u9fff"
HEAD = re.compile(r"(?:集团公司|集团|有限公司|公司|控股|银行|交易所|研究院|研究所|研究中心|大学|学院|医院|实验室|创新中心)$")
SEP = re.compile(r"[、和及与]")
reps, miss = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], [p for p in d["p"] if p]
    for p in found:
        for m in re.finditer(re.escape(p), t):
            # the neighbour after: up to the next separator or clause end
            for side in ("after", "before"):
                if side == "after":
                    if m.end() >= len(t) or not SEP.match(t[m.end()]):
                        continue
                    nb = re.match(rf"[{H}A-Za-z0-9（）]{{2,24}}?(?=[、，。；：和及等]|$)", t[m.end() + 1:])
                else:
                    if m.start() == 0 or not SEP.match(t[m.start() - 1]):
                        continue
                    nb = re.search(rf"(?:^|(?<=[、，。；：和及]))[{H}A-Za-z0-9（）]{{2,24}}$", t[:m.start() - 1])
                if not nb:
                    continue
                item = nb.group(0)
                if not HEAD.search(item):
                    continue
                reps.add(d["r"])
                ok = any(item in q or q in item for q in found if q != p)
                if not ok:
                    miss.add(d["r"])
                print("ok  " if ok else "MISS", d["r"], side, p, "|", item)
print(f"## peers with a head: in {len(reps)} reports; unfound in {len(miss)} reports")
