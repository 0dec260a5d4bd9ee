"""Round 21 (progDA): count `A、B(、C) + modifier + program head` coordinations on a dump.py file (seed 2104).

usage: python scan_shared_tail.py DUMP.jsonl [show]
A found program P written right after `、`, whose text is `<item><tail><head>` with a head (工程, 计划, 制度, 改革, 行动),
and the items before it (split at 、, back to the clause start or a governing verb) of 2–8 Han characters: the shape.
Wrong when an item is not found completed with the shared tail (item + tail + head) nor with the head (item + head).
Prints per report the hits, and the totals: reports with the shape, reports with an item missed.
"""
import json
import re
import sys

HEADS = r"(?:工程|计划|制度|改革|行动|机制)"
VERB = re.compile(r"(?:实施|推进|深化|开展|建立|健全|完善|推行|实行|探索|启动|加快|落实|抓好|做好|构建|推动|创新|加强|组织|"
                  r"继续|深入|全面|积极|大力|扎实|着力|持续|稳步|试行|争取)+$")


def main():
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
    show = len(sys.argv) > 2
    shape, wrong = set(), set()
    for d in rows:
        t = d["t"]
        for p in set(d["p"]):
            if not re.search(HEADS + "$", p):
                continue
            for m in re.finditer(re.escape(p), t):
                if m.start() == 0 or t[m.start() - 1] != "、":
                    continue
                # items back to the clause start
                cs = max(t.rfind(c, 0, m.start()) for c in "，。；：！？（）") + 1
                pre = t[cs:m.start() - 1]
                items = pre.split("、")
                v = re.match(r"^[\u4e00-\u9fff]*?(?:实施|推进|深化|开展|建立|健全|完善|推行|实行|探索|启动|加快|落实|抓好|做好|"
                             r"构建|推动|创新|加强|组织|试行|争取)", items[0])
                if v:
                    items[0] = items[0][v.end():]
                if not all(re.fullmatch(r"[\u4e00-\u9fff“”]{2,8}", i) for i in items):
                    continue
                head = re.search(HEADS + "$", p).group(0)
                shape.add(d["r"])
                miss = [i for i in items if not any(q.startswith(i.strip("“”")) and q.endswith(head) for q in d["p"])]
                if miss:
                    wrong.add(d["r"])
                if show:
                    print(("WRONG " if miss else "ok    ") + d["r"], "|", t[cs:m.end()], "|", sorted(set(d["p"])))
    print(f"shape in {len(shape)} reports; an item missed in {len(wrong)}")


main()
