"""Round 24 honHA: a weak trigger (成为/纳入/列入/被确定为/被列为) before a designation's head (…试点城市, …示范区, …示范基地, …试验区)
on a hdump.py dump (past part only, no goal word before it); prints each frame, whether its subject is counted, what was found.

usage: python eval/corpus_samples/honW/round24/scan_weak_designation.py DUMP.jsonl
"""
import json
import re
import sys

P = re.compile(r"([^，。；]{0,20}?)((?:被|已|成功|正式|均|全部|分别|先后|相继)?(?:成为|纳入|列入|被确定为|确定为|被列为|列为)了?)"
               r"([^，。；、]{3,30}?(?:试点城市|试点市|试点县|试点区|示范城市|示范市|示范县|示范区|试验区|实验区|示范基地|示范点|先行区|"
               r"先导区|试点))(?=[，。；、和]|$)")
GOAL = re.compile(r"力争|争取|确保|努力|推动|推进|加快|积极|申报|争创|打造|建设|将")
reports, unread, n = set(), set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    for m in P.finditer(d["t"]):
        if GOAL.search(m.group(1)):
            continue
        n += 1
        reports.add(d["r"])
        got = [h for h in d["h"] if h[0][-4:] in m.group(3)]
        counted = bool(re.search(r"[0-9一二三四五六七八九十两百]+[个项批座条家所]|等", m.group(1)))
        if not got and not counted:
            unread.add(d["r"])
        print(f"{d['r'][7:30]}\t{'found' if got else 'counted' if counted else 'NONE'}\t{m.group(1)}【{m.group(2)}{m.group(3)}】\t{got}")
print(f"{n} frames in {len(reports)} reports; a named subject with nothing found in {len(unread)}")
