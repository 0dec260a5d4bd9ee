"""Round 23 orgGA: named colleges and universities (…大学, …学院, …职院, …高专) in a dump_all.py dump, by what found them.

usage: python scan_schools.py DUMP_ALL.jsonl [show]
A name: 2-12 Han characters before the head, cut after the last frame word (verbs, 、，), not a kind (高校, 各类, 一批 …).
Prints per name: report, status (org = inside an organization found, proj = inside a project found, other kind, none), name, window.
"""
import json
import re
import sys
from collections import Counter, defaultdict

HEAD = r"(?:大学|学院|职院|高专|职业技术学校|技工学校)"
NAME = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?{HEAD}(?![\u4e00-\u9fff]*?(?:校区|分校|附属|附中|附小))")
LEAD = re.compile(r"^.*(?:推进|推动|支持|加快|建设|办好|启动|完成|依托|引进|与|和|及|、|组建|筹建|成立|争取|实现|全力|积极|加强|深化|新建|创建|申报|设立|举办|合作|联合|共建|促进|实施|开展|引导|鼓励|做强|做优|提升|扩大|帮助|通过|其中|以及|在|对|由|将|把|到|向|为|的)")
KIND = re.compile(r"^(?:高校|各类|一批|普通|本科|职业|高等|民办|公办|新建|现有|全市|全省|大学|学院|重点|知名|国内外|国内|省内|市属|省属|所|家|个|\d|[一二三四五六七八九十两几]所)")
stat = Counter()
reports = defaultdict(set)
show = "show" in sys.argv
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in NAME.finditer(t):
        name = LEAD.sub("", m.group(0))
        if len(name) < 4 or KIND.search(name):
            continue
        st = "none"
        for kind, names in d["k"].items():
            if any(name in n or n in name and len(n) >= 4 for n in names):
                st = "org" if kind == "organization" else ("proj" if kind == "project" else kind)
                if st == "org":
                    break
        stat[st] += 1
        reports[st].add(d["r"])
        if show:
            print(d["r"], st, name, t[max(0, m.start() - 20):m.end() + 15], sep="\t")
for k, v in stat.most_common():
    print(k, v, len(reports[k]), sep="\t", file=sys.stderr)
