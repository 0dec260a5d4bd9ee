"""Round 15 (honW), fix 3: clauses outside the plan part where 成为 is followed by a designation (…示范/试点…) with a scope
or a batch before its head; prints them with the honors the extractor finds in the sentence, counts reports.
usage: scan_become.py DUMP.jsonl"""
import json
import re
import sys

PAT = re.compile(r"成为[^，。；]{0,30}?(?:全国|国家|全省|省级|自治区|全区|中央|中国|首批|首个|第[一二三四五六七八九十0-9]+批)"
                 r"[^，。；]{0,30}?(?:示范|试点|实验区|试验区|先行区)")
reps, found = set(), set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    for clause in re.split(r"[，。；]", d["t"]):
        m = PAT.search(clause)
        if m and not re.search(r"争创|力争|争取|确保|努力|打造|建设成为|推动|加快", clause[:m.start()]):
            reps.add(d["r"])
            hit = [h for h in d["h"] if h[0][-3:] in clause.replace("“", "").replace("”", "")]
            if hit:
                found.add(d["r"])
            print(d["r"].split("/")[1], d["r"][-8:-4], "|", clause, "|", hit)
print(len(reps), "reports of", sys.argv[1], "write one;", len(found), "with a title found in such a clause")
