"""Round 23 (progHB) fix 2: a mechanism or system named by its purpose, its name opening with a verb (支持, 保障, 促进 …), after a
verb that sets it up — `健全支持企业上市服务机制` (dev22 青岛), `健全保障农民工工资支付长效机制` (dev20 张家界), `健全支持民营经济
改革发展机制` (dev17 广东) — in a dump.py file, with what the extractor found in the sentence.

usage: python scan_purpose_mechanisms.py DUMP.jsonl   (prints: report, sentence, name, FOUND/PART/MISSED, programs found)
FOUND = a program is the name; PART = a program lies inside it (cut); MISSED = nothing of it.
"""
import json
import re
import sys

SHAPE = re.compile(r"(?:健全|建立|完善|建立健全|健全完善|构建|创新|形成)(?:了|好)?"
                   r"(?P<name>(?:支持|保障|促进|推动|鼓励|激励|扶持|引导|防止|推进)[^，。；、“”和及与的]{2,18}?"
                   r"(?:长效机制|工作机制|机制|制度))")


def main() -> None:
    reps, counts, mreps = set(), {"FOUND": 0, "PART": 0, "MISSED": 0}, set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in SHAPE.finditer(d["t"]):
            name = m.group("name")
            mark = "FOUND" if name in d["p"] else "PART" if any(p in name for p in d["p"]) else "MISSED"
            counts[mark] += 1
            reps.add(d["r"])
            if mark != "FOUND":
                mreps.add(d["r"])
            print(f"{d['r']}\t{d['i']}\t{name}\t{mark}\t{d['p']}")
    print(f"{sum(counts.values())} in {len(reps)} reports: {counts}; not found whole in {len(mreps)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
