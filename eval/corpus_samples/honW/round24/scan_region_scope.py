"""Round 24 honHA: an honour trigger followed by a province's short name or a multi-place region (广西化工园区, 川渝…试点城市,
湘赣边区域合作示范区, 辽宁…重点项目) on a hdump.py dump; prints each frame and what was found in its sentence.

usage: python eval/corpus_samples/honW/round24/scan_region_scope.py DUMP.jsonl
"""
import json
import re
import sys

REGION = (r"(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|"
          r"贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|长三角|粤港澳大湾区|京津冀|成渝|川渝|湘赣边|合芜蚌|长江经济带|黄河流域)(?![省市])")
TRIG = (r"(?:荣获|获评|被评为|被命名为|被确定为|被认定为|被列为|被授予|评为|命名为|入选|获批|成功创建|创成|列入|纳入|被纳入|被列入|成为|"
        r"认定为|确定为|列为|上榜|入围)")
P = re.compile(rf"{TRIG}(?:首批|第.批)?“?{REGION}[^，。；、]{{3,30}}")
reports, unread, n = set(), set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    for m in P.finditer(d["t"]):
        n += 1
        reports.add(d["r"])
        got = [h for h in d["h"] if h[0][:2] in m.group(0)]
        if not got:
            unread.add(d["r"])
        print(f"{d['r'][7:30]}\t{'found' if got else 'NONE'}\t{m.group(0)}\t{got}")
print(f"{n} frames in {len(reports)} reports; with nothing found in {len(unread)}")
