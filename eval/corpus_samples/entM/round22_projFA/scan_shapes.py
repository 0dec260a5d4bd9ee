"""Round 22 (projFA): count shapes E and D on a dump.py file (dump of the 200 reports of seed 2201, KIND=project).

usage: python scan_shapes.py DUMP.jsonl [shape]   shape: E1 (items before 等N个…项目), E2 (a later item of an invested
list that drops 投资: 投资60亿元的A、55亿元的B), D (routes A至B in a 、 list before a road head)
Prints each item the dump has no project for (loosely: no found name holds it), then the reports counted.
"""
import json
import re
import sys

HAN = "\u4e00-\u9fff"
# E1: A、B、C等N个…项目 (the items run from the clause start or a verb; the loose scan takes the 、 run)
E1 = re.compile(rf"(?P<items>[{HAN}A-Za-z0-9“”·（）()]{{2,20}}(?:、[{HAN}A-Za-z0-9“”·（）()]{{2,20}})*)"
                rf"等(?:[0-9]+|[一二三四五六七八九十两百]+)个[^，,。；;、]{{0,16}}?项目")
# E2: …投资N亿元的A、N亿元的B (a later invested item without 投资)
E2 = re.compile(rf"投资[^，。；]{{0,6}}?[0-9.]+\s*(?:万|亿)元的[^，。；]{{2,30}}?(?:、|和|及|，)\s*(?P<amt>[0-9.]+\s*(?:万|亿)元的)"
                rf"(?P<item>[{HAN}A-Za-z0-9“”·]{{2,24}}?)(?=[、，。；等和及]|项目)")
# D: A至B、C至D…(等)?(graded) road head
D = re.compile(rf"(?P<items>[{HAN}A-Z0-9]{{2,12}}至[{HAN}]{{1,8}}(?:、[{HAN}A-Z0-9]{{2,12}}至[{HAN}]{{1,8}})+)"
               rf"(?P<head>等?(?:[0-9一二三四五六七八九十]+条)?(?:高等级公路|[一二三四]级公路|国省干线公路|干线公路|公路工程|公路|高速公路|高速|铁路|城际铁路))")


def main():
    path = sys.argv[1]
    shape = sys.argv[2] if len(sys.argv) > 2 else "E1"
    reports, n = set(), 0
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        if shape == "E1":
            for m in E1.finditer(t):
                items = m.group("items").split("、")
                items[0] = re.split(r"[，,：:；]", items[0])[-1]
                miss = [x for x in items if len(x) >= 2 and not any(x in f or f in x and len(f) >= 2 for f in found)]
                if miss:
                    reports.add(d["r"])
                    n += 1
                    print(d["r"], "|", m.group(0)[:120], "| miss:", " / ".join(miss), "| found:", " / ".join(found)[:150])
        elif shape == "E2":
            for m in E2.finditer(t):
                x = m.group("item")
                if not any(x[:4] in f for f in found):
                    reports.add(d["r"])
                    n += 1
                    print(d["r"], "|", m.group(0)[:120], "| miss:", x, "| found:", " / ".join(found)[:150])
        else:
            for m in D.finditer(t):
                items = m.group("items").split("、")
                wrong = [x for x in items if not any(f.startswith(x) and len(f) > len(x) for f in found)]
                reports.add(d["r"]) if wrong else None
                n += bool(wrong)
                print(d["r"], "|", m.group(0)[:120], "| head:", m.group("head"), "| found:", " / ".join(f for f in found if "至" in f)[:200],
                      "| not completed:", " / ".join(wrong))
    print(n, "runs;", len(reports), "reports with an item not found/completed")


if __name__ == "__main__":
    main()
