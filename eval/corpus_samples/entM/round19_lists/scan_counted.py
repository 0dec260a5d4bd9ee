"""Round 19 (projAA): count the shape `A、B[和C](等)?(N个)?(qualifier)*KIND[works]` on a dump.py file — bare items before a
shared site kind with a 等, a count or a qualifier between them (the part round 18's `runs` does not read: it wants the kind
right after the last item or its 等): 建德、桐庐等5个抽水蓄能电站; 白沙门、观澜湖等3个污水处理厂项目; 伊春、鸡西、大庆3个支线机场;
大尖山、蒂峰山、铁炉山等森林公园建设; 龙凤山、友谊、香磨山、倭肯河等大型灌区节水改造.

usage: python scan_counted.py DUMP.jsonl [show]
A run is `incomplete` when one of its items + kind is not among the sentence's projects.
"""
import json
import re
import sys

NAME = r"[\u4e00-\u9fff0-9]{2,6}"
COUNT = r"[0-9一二三四五六七八九十两]+[个座处条项]"
QUAL = r"(?:在建|新建|大中型|大型|中型|小型|重点|重大|国家级|省级|市级|城市|骨干|集中式|区域性|规模化)"
KIND = (r"(?:抽水蓄能电站|抽水蓄能|水电站|光伏电站|电站|风电场|变电站|污水处理厂|污水处理工程|污水处理|水厂|净水厂|水库|支线机场|通用机场|机场|"
        r"森林公园|湿地公园|郊野公园|公园|灌区|堤防|航道|国道|省道|高速公路|高铁|铁路|城际铁路|大桥|港区|码头)")
RUN = re.compile(rf"(?P<items>(?:{NAME}、)+{NAME}(?:和{NAME})?)(?P<etc>等)?(?P<count>{COUNT})?(?P<qual>{QUAL}{{0,3}})(?P<kind>{KIND})")


def main() -> None:
    show = len(sys.argv) > 2
    runs = inc = 0
    reps, inc_reps = set(), set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in RUN.finditer(d["t"]):
            if not (m.group("etc") or m.group("count") or m.group("qual")):
                continue  # round 18's shape
            items = re.split(r"[、和]", m.group("items"))
            runs += 1
            reps.add(d["r"])
            have = " ".join(d["p"])
            missing = [x for x in items if not any(p.startswith(x) and m.group("kind")[:2] in p for p in d["p"])]
            if missing:
                inc += 1
                inc_reps.add(d["r"])
            if show:
                print("INC" if missing else "ok", d["r"], m.group(), "|", have[:160], sep="\t")
    print(f"# {runs} runs in {len(reps)} reports; {inc} incomplete in {len(inc_reps)} reports")


if __name__ == "__main__":
    main()
