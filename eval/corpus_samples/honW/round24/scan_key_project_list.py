"""Round 24 honHA: a project entered on a named list of key projects (秀山城市更新列入省政府联系重点项目, 毗河供水二期工程纳入全国重大水利工程
建设项目, dev5/dev7/dev20 gold honours) on a hdump.py dump: each frame, whether its subject is counted, and what was found.

usage: python eval/corpus_samples/honW/round24/scan_key_project_list.py DUMP.jsonl
"""
import json
import re
import sys

P = re.compile(r"([^，。；]{0,24}?)((?:被|已|成功|均|全部|分别|正式)?(?:列入|纳入|入选|确定为|列为))([^，。；、]{2,26}?(?:重点|重大|建设)项目(?:库|清单|名单|计划)?)(?=[，。；、和及]|$)")
reports, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    for m in P.finditer(d["t"]):
        n += 1
        reports.add(d["r"])
        counted = bool(re.search(r"[0-9一二三四五六七八九十两百]+[个项批座条家]|等|一批|多个", m.group(1)))
        print(f"{d['r'][7:30]}\t{'counted' if counted else 'named?'}\t{m.group(0)}\t{d['h']}")
print(f"{n} frames in {len(reports)} reports")
