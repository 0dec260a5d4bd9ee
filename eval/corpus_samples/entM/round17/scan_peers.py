"""Round 17 (projQ): project finds that stand in one 、-list with a sector or generic word (kg/data/entity_sectors.txt,
entity_generic.txt) — the projP suggestion (a list of sectors closed by 等…项目 whose words the lexicon lacks: 商贸, 茶叶, 公路).
usage: python scan_peers.py DUMP.jsonl   -> reports / names with the list"""
import json, re, sys
from collections import defaultdict
def lex(f):
    return {l.strip() for l in open(f, encoding="utf-8") if l.strip() and not l.startswith("#")}
WORDS = lex("kg/data/entity_sectors.txt") | lex("kg/data/entity_generic.txt")
hits = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        for m in re.finditer(re.escape(p), t):
            # the list run around p: items between 、 (or 和/及 before the last) up to 等
            a = t.rfind("，", 0, m.start()); a = max(a, t.rfind("。", 0, m.start()), t.rfind("；", 0, m.start()))
            b = t.find("等", m.end())
            if b < 0 or re.search(r"[，。；]", t[m.end():b]):
                continue
            seg = t[a + 1:b]
            items = [x for x in re.split(r"[、]|(?:和|及)(?=[^、]*$)", seg)]
            # strip a leading verb phrase from the first item
            peers = [x for x in items if x in WORDS]
            if peers and p not in WORDS:
                hits[d["r"]].append((p, peers, seg + t[b:b + 12])); break
print(len(hits), "reports", sum(map(len, hits.values())), "names")
for r, v in sorted(hits.items()):
    for p, peers, c in v:
        print(f"{r.split('/')[1]}\t{p}\t{'/'.join(peers)}\t{c[-110:]}")
