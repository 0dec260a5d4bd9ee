"""Round 21 (progDB): count the shape of fix 1 on a dump (round15/dump.py SEED N OUT): a pilot (…试点, …改革试点) with a field of its own
at a clause's start or after a verb of carrying it on (the regex and filters of kg/extract/entities/round21_programs.py),
and whether a program covering it was found.

usage: PYTHONPATH=$PWD python scan_pilots.py DUMP.jsonl
"""
import json
import sys

from kg.extract.entities.round21_programs import HEAD, LEVEL_ONLY, NOT_IN, PILOT, _place_only


def main() -> None:
    rep, miss, ex = set(), set(), []
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in PILOT.finditer(d["t"]):
            raw = m.group("name")
            name = raw.replace("“", "").replace("”", "")
            if raw.count("“") != raw.count("”") or NOT_IN.search(name):
                continue
            field = name[: HEAD.search(name).start()]
            if len(field) < 2 or LEVEL_ONLY.match(field) or _place_only(field):
                continue
            rep.add(d["r"])
            found = [p for p in d["p"] if name in p.replace("“", "").replace("”", "") or p in name and len(p) >= len(name) - 2]
            if not found:
                miss.add(d["r"])
            ex.append(("found" if found else "MISS", d["r"], name, d["t"][max(0, m.start() - 15):m.end() + 12]))
    print(f"== pilots: {len(rep)} reports with a mention, {len(miss)} with one not found")
    for x in ex:
        print("  ", " | ".join(x))


if __name__ == "__main__":
    main()
