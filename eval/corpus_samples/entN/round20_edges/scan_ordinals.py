"""Round 20 (progBB): programs found right after a round or phase ordinal (第二轮…, 第三期…) that the found name leaves out.

usage: python scan_ordinals.py DUMP.jsonl   (DUMP from round15/dump.py 2004 200; prints each case and the count of reports)
A case: the sentence text has 第N轮/第N期 (N a numeral) directly before a found program name (no quote between) and no
found program of the sentence holds the ordinal. 第N批 (a batch of places picked), 第N个 and 新一轮 are counted apart.
"""
import json
import re
import sys

ORD = re.compile(r"第[一二三四五六七八九十\d]+[轮期]")
OTHER = re.compile(r"第[一二三四五六七八九十\d]+[批个]|新一轮")


def main() -> None:
    reps, other = set(), set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, names = d["t"], d["p"]
        for n in names:
            for m in re.finditer(re.escape(n), t):
                before = t[max(0, m.start() - 5):m.start()]
                o = re.search(ORD.pattern + "$", before)
                if o and not any(o.group(0) in x for x in names):
                    reps.add(d["r"])
                    print("ORD", d["r"], o.group(0) + n, "|", t[max(0, m.start() - 30):m.end() + 10], sep="\t")
                elif re.search("(?:" + OTHER.pattern + ")$", before):
                    other.add(d["r"])
    print(f"round/phase ordinal lost before a found program: {len(reps)} reports; 第N批/第N个/新一轮 before one: {len(other)} reports")


if __name__ == "__main__":
    main()
