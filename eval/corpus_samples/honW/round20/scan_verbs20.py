"""Round 20 honBA: unusual award verbs on the 200 reports (seed 2007), all sentences: per verb, the reports where it stands
before a scoped title or a quote, and the lines where the dump found no honour in that sentence.
usage: python scan_verbs20.py SENTENCES.jsonl DUMP.jsonl"""
import collections
import json
import re
import sys

S = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
H = {(d["r"], d["i"]): d["h"] for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
V = ["推荐为", "核定为", "选定为", "遴选为", "选为", "评选为", "认证为", "授牌为", "挂牌为", "定为", "确认为", "批准为", "列为",
     "命名为", "认定为", "确定为", "授予", "评为", "誉为", "表彰为", "获称", "获封", "获颁", "荣登", "问鼎", "夺得", "摘取", "赢得",
     "获准", "升级为", "升格为", "晋升为", "获得", "成为", "入列", "列入", "纳入", "进入", "获批"]
SCOPE = r"(?:[^，。；]{0,6}?)(?:全国|国家|中国|全省|省级?|自治区级?|世界|国际|全球|亚洲|首批|“)"
hit, miss, ex = collections.defaultdict(set), collections.defaultdict(set), collections.defaultdict(list)
for s in S:
    t = s["t"]
    for v in V:
        for m in re.finditer(r"(?<![被获])被?[^，。；被]{0,12}" + v + SCOPE if v in ("推荐为", "核定为", "选定为", "遴选为", "选为", "定为")
                             else v + SCOPE, t):
            if v == "定为" and re.search(r"(?:确定为|认定为|核定为|选定为|评定为|鉴定为)$", t[:m.end()].split("“")[0][-4:]):
                continue
            hit[v].add(s["r"])
            if not H.get((s["r"], s["i"])):
                miss[v].add(s["r"])
                ex[v].append(s["r"].split("/")[1] + s["r"][-8:-4] + " " + t[max(0, m.start() - 20):m.end() + 25])
for v in V:
    print(v, "reports", len(hit[v]), "with no honour in the sentence", len(miss[v]))
    for e in ex[v][:8]:
        print("   ", e)
