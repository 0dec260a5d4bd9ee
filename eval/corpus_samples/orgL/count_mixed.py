"""Round 15 orgL: partners after 与/同 in a mixed list (places, government bodies and institutions) before a word of
agreement, on the 200 reports (seed 1503); for each institution item (ending with an organization head), whether the
extractor (dump file given) finds it.  usage: python count_mixed.py DUMP.tsv"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dump import sample  # noqa: E402

LIST = re.compile(r"(?:与|同)((?:[^，。；、：与同]{2,20}、)+[^，。；、：与同]{2,20}?)(?:等[^，。；]{0,10}?)?(?:签订|签署|签约|达成|开展|建立|深化|合作|战略合作|共建|携手|对接)")
GOV = re.compile(r"(?:局|委|厅|部|办|政府|[省市县区州])$")
HEAD = re.compile(r"(?:集团|公司|银行|大学|学院|研究院|研究所|科学院|农科院|医院|协会|商会|学会|联盟|交易所|中心)$")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    t, k, n = line.rstrip("\n").split("\t")
    found.setdefault(t, set()).add(n)
reports, items, hit = set(), 0, 0
for f in sample(1503):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    for m in LIST.finditer(text):
        parts = m.group(1).split("、")
        if not any(GOV.search(p) for p in parts) or not any(HEAD.search(p) for p in parts):
            continue
        reports.add(tag)
        for p in parts:
            if HEAD.search(p):
                items += 1
                ok = p in found.get(tag, set())
                hit += ok
                print("found" if ok else "MISS ", p, "|", m.group(0)[:80], "|", tag)
print(f"{len(reports)} of 200 reports; {items} institution items, {hit} found")
