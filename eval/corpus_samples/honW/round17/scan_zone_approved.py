"""Round 17 (honQ) scan: a clause whose subject names a zone or platform and whose verb is 获批(设立|建设) with nothing after it
(南宁跨境电商综合试验区获批设立: the official-style pair is 跨境电商综合试验区 | 南宁市). Counts reports of an hdump.py file and
whether the extractor finds an honor in that clause. usage: python scan_zone_approved.py DUMP.jsonl"""
import json
import re
import sys

PAT = re.compile(r"([^，。；：]{2,40}?(?:试验区|示范区|先行区|实验区|自贸区|保税区|综保区|新区|高新区|开发区|片区|物流中心|口岸|中心|基地|园区|产业园|集群))"
                 r"(?:成功|正式)?获批(?:设立|建设|成立|筹建)?(?=$|[，。；并])")
rep, rep_hit, rows = set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        subj = m.group(1)
        found = [h for h, r in d["h"] if h in subj or (r and r in subj)]
        rep.add(d["r"])
        if found:
            rep_hit.add(d["r"])
        rows.append((d["r"].split("/")[1] + d["r"][-8:-4], subj, found))
print(len(rep), "reports;", len(rows), "clauses;", sum(1 for r in rows if r[2]), "with a find;", file=sys.stderr)
for r in rows:
    print(*r, sep="\t")
