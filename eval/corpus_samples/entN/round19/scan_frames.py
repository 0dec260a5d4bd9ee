"""Round 19 (progAA): count the frames `VERB + X + HEAD` on a dump (round 15's dump.py) and how often the named X+HEAD
is not found as a program (not a substring of a found name, nor containing one).

usage: python scan_frames.py DUMP.jsonl [HEAD ...]   (prints per head: reports with the frame, reports/cases missed, examples)
"""
import collections
import json
import re
import sys

VERBS = "实施|落实|编制|出台|制定|建立|健全|完善|构建|推行|执行|兑现|用好|争取|修编|印发"
HEADS = sys.argv[2:] or ["政策", "机制", "规划", "条", "措施", "体系", "工程"]
GENERIC = re.compile(r"^(?:相关|各项|各类|有关|国家|上级|中央|省|市|县|一系列|一批|系列|配套|这些|好|了|的|长效|工作|新|优惠|支持|扶持|"
                     r"惠企|惠民|惠农|强农惠农|激励|考核|保障|协调|管理|运行|监管)*$")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
for head in HEADS:
    pat = re.compile(rf"(?:{VERBS})(?P<x>[^，。；：、（）()“”《》]{{2,18}}?){head}(?![\u4e00-\u9fff]{{0,0}}[的])")
    reps, miss_reps, miss, ex = set(), set(), 0, []
    for d in rows:
        for m in pat.finditer(d["t"]):
            x = m.group("x")
            x = re.sub(r"^(?:好|了|和|并|一批|一系列|系列)", "", x)
            if GENERIC.match(x):
                continue
            name = x + head
            reps.add(d["r"])
            if not any(name in p or p in name for p in d["p"]):
                miss += 1
                miss_reps.add(d["r"])
                ex.append(f"{d['r']}\t{name}\t{m.group(0)}")
    print(f"== {head}: frame in {len(reps)} reports; named X+{head} not found in {len(miss_reps)} reports ({miss} cases)")
    for e in ex[:: max(1, len(ex) // 25)][:25]:
        print("   ", e)
