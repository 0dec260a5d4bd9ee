"""Round 20 (progBB): program names that start with the levels of government carrying them out (市县两级…, 市、区两级…,
省市县三级…, 各区…) or that keep only the last level of such a pair (市、县行政审批一体化改革 → 县行政审批一体化改革).

usage: python scan_levels.py DUMP.jsonl   (DUMP from round15/dump.py 2004 200)
"""
import json
import re
import sys

LEVEL = "[省市县区乡镇]"
PAIR = re.compile(rf"^(?:{LEVEL}、?(?:（[^）]{{1,4}}）)?){{2,4}}(?:两级|三级|四级|五级)|^各(?:县市区|县市|县区|市县|区县|市|县|区)(?![级委])")
# a name that begins with the last level of a pair the text writes before it (市、县X → 县X)
CUT = re.compile(rf"{LEVEL}、(?:{LEVEL}、)?$")


def main() -> None:
    pair, cut = set(), set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for n in d["p"]:
            if PAIR.match(n):
                pair.add(d["r"])
                print("PAIR", d["r"], n, sep="\t")
                continue
            if re.match(LEVEL, n):
                for m in re.finditer(re.escape(n), d["t"]):
                    if CUT.search(d["t"][max(0, m.start() - 4):m.start()]):
                        cut.add(d["r"])
                        print("CUT", d["r"], d["t"][max(0, m.start() - 4):m.start()] + n, n, sep="\t")
    print(f"level pair kept in the name: {len(pair)} reports; name cut after 、 of a level pair: {len(cut)} reports; "
          f"either: {len(pair | cut)}")


if __name__ == "__main__":
    main()
