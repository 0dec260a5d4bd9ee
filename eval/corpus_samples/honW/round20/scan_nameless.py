"""Round 20 honBA: a listing or award verb before a pilot with no name (国家和省级试点, 全国首批试点县市, 全省首批试点城市) on the
200 reports, and whether the dump read it as a title.  usage: python scan_nameless.py SENTENCES.jsonl DUMP.jsonl"""
import json
import re
import sys

S = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
H = {(d["r"], d["i"]): d["h"] for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
P = re.compile(r"(?:列入|纳入|列为|入选|成为|确定为|获批|被列入|被纳入|被列为|被确定为)(?:了)?((?:国家|全国|省|全省|省级|自治区|自治区级|"
               r"国家级|中央|市级|和|、|首批|第[一二三四五六七八九十0-9]+批)+(?:改革|综合|重点)?(?:试点|示范|试点示范|示范试点)"
               r"(?:县市|城市|县|市|区|单位|地区)?)(?=[，。；、]|$)")
reps, found, pilot = set(), set(), set()
for s in S:
    for m in P.finditer(s["t"]):
        title = m.group(1)
        got = [x for x in H.get((s["r"], s["i"]), []) if x[0] and x[0][-2:] == title[-2:] and len(x[0]) <= len(title)]
        reps.add(s["r"])
        if "试点" in title:
            pilot.add(s["r"])
        if got:
            found.add(s["r"])
        print("FOUND" if got else "none ", s["r"].split("/")[1], s["r"][-8:-4], "|", s["t"][max(0, m.start() - 25):m.end() + 3], "|", got)
print("reports with the frame:", len(reps), "with 试点:", len(pilot), "read as a title:", len(found))
