"""Round 17b orgR (left alone): a clause that opens with a short company name (2-4 characters + a trade word of lists.py's
COMPANY_END: 恒瑞医药, 石横特钢, 美家科技) followed by a verb, the name not found as an organization.

usage: PYTHONPATH=$PWD python scan_actor.py DUMP.jsonl
"""
import json
import re
import sys

from kg.extract.entities.stems import common_word, pos

END = r"(?:铝业|纸业|药业|医药|科技|电气|电子|化工|矿业|股份|控股|实业|重工|特钢|钢铁|汽车|新材料|能源|乳业|生物|制药|智能|传媒|集团)"
ACTOR = re.compile(rf"(?:^|[，；。：—])([\u4e00-\u9fff]{{2,4}}{END})(?=[\u4e00-\u9fff])")
reps, n = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in ACTOR.finditer(d["t"]):
        name = m.group(1)
        if any(name in o or o in name for o in d["p"]):
            continue
        stem = re.sub(END + "$", "", name)
        w = pos(stem)
        if common_word(stem) or len(w) > 1 or w[0][1] not in ("nr", "nz", "ns", "j", "nt", "nrt", "x", "eng"):
            continue  # the stem one proper word (恒瑞, 石横, 美家 as jieba reads them)
        nxt = pos(d["t"][m.end(1):m.end(1) + 4])[0]
        if not nxt[1].startswith(("v", "p", "d")):
            continue
        print(d["r"], "|", name, "|", d["t"][max(0, m.start(1) - 10):m.end(1) + 30])
        reps.add(d["r"])
        n += 1
print(n, "clause-initial company names not found in", len(reps), "reports")
