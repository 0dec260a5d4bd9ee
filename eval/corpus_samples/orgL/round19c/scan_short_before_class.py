"""Round 19c orgAB: short names before 等…企业, a count or a class noun, and whether the extractor found them.

Pattern: `X(、Y)*等?(N家|N个|两家|一批)?<mod>(企业|公司|机构|银行|电厂|集团|龙头|巨头|500强|央企|国企|民企|药企|车企)`,
where the last list segment (after the clause's last separator before it) is split at 、/和/及 into items of 2-8 characters.
An item is "found" when an organization found in that sentence is the item or ends it (after a lead verb).
usage: python scan_short_before_class.py DUMP.jsonl   (prints one line per list with an unfound item, then counts)
  columns: report, sentence, count-or-等, items not found, found organizations of the sentence, the list in context
"""
import json
import re
import sys

CLASS = r"(?:企业|公司|机构|银行|电厂|集团|龙头|巨头|500强|央企|国企|民企|药企|车企|厂商|品牌企业)"
COUNT = r"(?:[0-9]+|[一二三四五六七八九十两]+)(?:家|个|户)"
PAT = re.compile(rf"(?P<items>[^，,。；;：:（）()《》]{{2,60}}?)(?P<link>等(?:{COUNT}|一批)?|{COUNT})"
                 rf"(?P<mod>[\u4e00-\u9fff“”0-9]{{0,10}}?){CLASS}")
hits, reps, lists = 0, set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for m in PAT.finditer(t):
        seg = re.split(r"[“”]", m.group("items"))[-1]
        items = [x for x in re.split(r"、|和|及|与", seg) if x]
        if not items:
            continue
        lists += 1
        missed = [it for it in items if not any(p and (it == p or it.endswith(p) or p.endswith(it)) for p in d["p"])]
        if missed:
            hits += 1
            reps.add(d["r"])
            print(f"{d['r']}\t{d['i']}\t{m.group('link')}\t{'|'.join(missed)}\t{'|'.join(d['p'])}\t{t[max(0, m.start() - 10):m.end() + 6]}")
print(f"# {lists} lists, {hits} with an unfound item, in {len(reps)} reports", file=sys.stderr)
