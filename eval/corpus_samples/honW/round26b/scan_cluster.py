"""Round 26b honNA: clauses of an hdump file where a trigger (入选, 列入, 纳入, 成为, 获批, 认定为, 获评, 入围, 评为, 跻身) is
followed in the clause by a designation that ends in 集群 (国家先进制造业集群, 国家中小企业特色产业集群, 全省战略性新兴产业集群),
and whether the extractor read a …集群 honour there. usage: python scan_cluster.py DUMP.jsonl"""
import json
import re
import sys

PAT = re.compile(r"[^，。；]*?(?:入选|列入|纳入|成为|获批|认定为|获评|入围|评为|跻身)[^，。；]{0,30}?集群(?![^，。；]{0,3}(?:领军|企业|龙头))[^，。；]*")
reports, read_reports = set(), set()
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in PAT.finditer(d["t"]):
        read = [h for h in d["h"] if h[0].endswith("集群")]
        reports.add(d["r"])
        if read:
            read_reports.add(d["r"])
        print(f"{d['r']}\t{'READ' if read else 'none'}\t{read}\t{m.group(0)}")
print(f"# reports with the frame: {len(reports)}; with a 集群 honour read: {len(read_reports)}", file=sys.stderr)
