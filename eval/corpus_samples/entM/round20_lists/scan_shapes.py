"""Round 20 (projBA): count, on a dump.py project dump (seed 2001's 200), the coordination shapes of the kind brief.

usage: PYTHONPATH=$PWD python scan_shapes.py DUMP.jsonl [SHAPE]   (prints per shape: cases, reports; with SHAPE its lines)
Shapes (raw text + what was found in the sentence):
  A  shared part with a qualifier: X、Y长江大桥 / X、Y黄河大桥 (items completed without the qualifier or lost)
  B  ordinal / number items: 第四和第五…, 325、105国道 (found whole or not at all)
  C  two full works names joined by 和/及: found run together (one found name = FIRST和SECOND, both with a works head)
  D  two full works names joined by 和/及: the second lost (FIRST found, 和/及 + SECOND with a works head not found)
  E  items before a count + head: X、Y和Z三大基地 (items not found)
"""
import json
import re
import sys

HEAD = (r"(?:高速公路|公路|快速路|大道|路|大桥|桥|隧道|铁路|高铁|号线|线|站|机场|航站楼|水库|电站|电厂|水厂|污水处理厂|"
        r"码头|枢纽|工程|项目|中心|园区|医院|学校|小学|中学|体育馆|博物馆|图书馆|广场|公园|基地|滑雪场|景区)")
ACT = r"(?:改扩建|扩建|改建|改造|整治|建设|迁建|二期|三期|一期)?"
A = re.compile(r"[\u4e00-\u9fff]{2,4}、[\u4e00-\u9fff、]{2,20}(?:长江|黄河|珠江|湘江|汉江|嘉陵江|乌江|闽江|松花江|淮河)大桥")
B = re.compile(r"第[一二三四五六七八九十]+(?:和|、|及)第[一二三四五六七八九十]+[\u4e00-\u9fff]{1,8}|"
               r"(?<![\d.])[GSX]?\d{2,3}(?:、[GSX]?\d{2,3})+(?:和[GSX]?\d{2,3})?(?:国道|省道|线)")
E = re.compile(r"[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})*(?:和|及)[\u4e00-\u9fff]{2,10}[两三四五六七八九十]大"
               r"(?:基地|工程|项目|园区|产业园|片区|板块)")


def main():
    rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
    want = sys.argv[2] if len(sys.argv) > 2 else None
    hits = {k: [] for k in "ABCDE"}
    for d in rows:
        t, found = d["t"], d["p"]
        for m in A.finditer(t):
            full = m.group(0)
            items = re.split(r"、|和", full)
            shared = re.search(r"(?:长江|黄河|珠江|湘江|汉江|嘉陵江|乌江|闽江|松花江|淮河)大桥$", full).group(0)
            if any(i + shared not in found for i in items[:-1]):
                hits["A"].append((d["r"], full, found))
        for m in B.finditer(t):
            hits["B"].append((d["r"], m.group(0), found))
        for p in found:
            for c in re.finditer(r"和|及", p):
                a, b = p[:c.start()], p[c.end():]
                if re.search(HEAD + ACT + "$", a) and re.search(HEAD + ACT + "$", b) and len(a) >= 3 and len(b) >= 3 \
                        and not re.search(r"[和及]", b):
                    hits["C"].append((d["r"], p, found))
                    break
            at = t.find(p)
            if at >= 0:
                rest = t[at + len(p):]
                m = re.match(r"(?:和|及|以及)([^，。；、和及]{2,20}?" + HEAD + ACT + ")", rest)
                if m and m.group(1) not in found and not any(m.group(1) in q for q in found) \
                        and not re.match(r"[各其有相配接一二三四五六七八九十两多]|周边|沿线|附属", m.group(1)):
                    hits["D"].append((d["r"], p + rest[:m.end()], found))
        for m in E.finditer(t):
            hits["E"].append((d["r"], m.group(0), found))
    for k, v in hits.items():
        print(k, "cases", len(v), "reports", len({r for r, _, _ in v}))
        if want == k:
            for r, s, f in v:
                print("  ", r, "|", s, "|", f)


if __name__ == "__main__":
    main()
