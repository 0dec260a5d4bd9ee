"""Round 17 (honQ) scan: a short quoted title (2-5 characters inside the quotes) right after an honor trigger, with a scope
(省, 全国, 国家…) or batch before the quotes and 称号 after them at most, ending the clause: 被…评为“设计之都”, 成功创建“千兆城市”,
获评省“平安市”, 荣获“中国绒都”称号, 夺得“大禹鼎”. Counts reports of an hdump.py file and whether the extractor finds the title.
usage: python scan_short_quoted.py DUMP.jsonl"""
import json
import re
import sys

TRIG = (r"荣获|获评为?|被评为|评为|被命名为|命名为|被授予|授予|被确定为|被认定为|认定为|入选|成功入选|成功创建为?|创建为|创成|荣膺|摘得|摘取|喜获|斩获|"
        r"夺得|捧得|蝉联|获得|获批|跻身|入围|荣登|上榜|获")
PAT = re.compile(rf"({TRIG})((?:全国|国家|中国|全省|省级?|自治区|全市|市级?)?(?:首批|第[一二三四五六七八九十0-9]+批)?)“([^“”]{{2,5}})”(称号|荣誉称号)?(?=$|[，。；、])")
rep, rep_found, rows = set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        inner = m.group(3)
        found = [h for h, r in d["h"] if inner in h]
        rep.add(d["r"])
        if found:
            rep_found.add(d["r"])
        rows.append((d["r"].split("/")[1] + d["r"][-8:-4], d.get("p"), m.group(0), found))
HEAD = re.compile(r"(?:都|城市|市|县|鼎|杯)$")
print(len({r for r, p, m, f in [(x[0], x[1], x[2], x[3]) for x in rows] if HEAD.search(re.sub("[”称号荣誉]", "", m))}), "report-years with a title head inside the quotes", file=sys.stderr)
print(len(rep), "reports;", len(rows), "clauses;", sum(1 for r in rows if r[3]), "found;", len(rep_found), "reports with a find")
for r in rows:
    print(*r, sep="\t")
