"""Round 24 honHA: trigger + title-like span with no honour found, on a hdump.py dump (past part only), grouped by trigger.

usage: python eval/corpus_samples/honW/round24/scan_unread.py DUMP.jsonl [TRIGGER_REGEX]
"""
import collections
import json
import re
import sys

TRIG = sys.argv[2] if len(sys.argv) > 2 else r"荣获|获评|被评为|被命名为|被授予|入选|获批|成功创建|创成|列入|纳入|被确定为|被列为|认定为|荣膺|评为|命名为|跻身|入围|成为|上榜|授予"
P = re.compile(rf"({TRIG})([^，。；]{{3,36}}?(?:试验区|示范区|先行区|实验区|先导区|试点(?:城市|县|市|区|省|地区|单位)?|示范(?:市|县|区|城市|基地|园区|点|村|镇|单位)|"
               r"基地|名录|名单|城市|县城|强县|先进县|先进市|先进单位|先进集体|之乡|之都|品牌|案例|景区|小镇|村|奖|称号)(?:之一)?)(?=[，。；、”和及]|$)")
by = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    if d.get("p") == "plan":
        continue
    for m in P.finditer(d["t"]):
        span = m.group(2)
        if any(h[0][-3:] in span for h in d["h"]):
            continue
        pre = d["t"][max(0, m.start() - 14):m.start()]
        if re.search(r"力争|争取|确保|努力|推动|推进|加快|积极|申报|争创", pre):
            continue
        by[m.group(1)].append((d["r"], pre + "【" + m.group(0) + "】"))
for t, xs in sorted(by.items(), key=lambda kv: -len({r for r, _ in kv[1]})):
    print(f"== {t}: {len(xs)} frames in {len({r for r, _ in xs})} reports")
    for r, x in xs:
        print(f"  {r[:28]}\t{x}")
