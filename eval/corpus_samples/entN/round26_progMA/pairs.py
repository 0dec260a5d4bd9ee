"""Round 26 (progMA): pair program inventions with misses of the same file (boundary errors) and class each pair and each
whole invention by shape, from an explain TSV written by ../round25c_progLA/collect28.py (set, file, missed/invented, name,
sentence).

usage: python pairs.py EXPLAIN.tsv   (prints per shape: count, sets, and the rows)
"""
import re
import sys
from collections import defaultdict

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
by_file = defaultdict(lambda: {"missed": [], "invented": []})
for r in rows:
    by_file[(r[0], r[1])][r[2]].append(r)


def norm(x):
    return re.sub("[“”‘’\"]", "", x)


def shared(a, b, k=3):
    return any(a[i:i + k] in b for i in range(len(a) - k + 1))


PLACE = re.compile(r"^(全国|全省|全市|全县|全区|全州|本市|我市|我县|我区|省|市|县|区|乡镇|镇|村|农村|城市|城乡|全面|深化|推进|开展|实施)")
out = defaultdict(list)
for (s, f), d in by_file.items():
    used = set()
    for inv in d["invented"]:
        p = norm(inv[3])
        hits = [m for m in d["missed"] if shared(p, norm(m[3])) or norm(m[3]) in p or p in norm(m[3])]
        if not hits:
            if re.search(r"(建设|工作|改造|治理|整治|提升|管理|发展)$", p):
                shape = "whole: generic work phrase (…建设/工作/改造/治理/发展)"
            elif re.search(r"(改革|改革试点)$", p):
                shape = "whole: …改革"
            elif re.search(r"(机制|制度|模式|体系)$", p):
                shape = "whole: …机制/制度/模式"
            elif re.search(r"(工程|行动|计划|行动计划|攻坚战|战役)$", p):
                shape = "whole: …工程/行动/计划"
            elif re.search(r"(方案|意见|政策|规划|办法|条)$", p):
                shape = "whole: document/policy"
            else:
                shape = "whole: other (bare/quoted label)"
            out[shape].append((s, f, inv[3], "", inv[4][:100]))
            continue
        for m in hits:
            g = norm(m[3])
            used.add(id(m))
            if p.endswith(g) and len(p) > len(g):
                extra = p[: len(p) - len(g)]
                shape = "edge: extra at front"
            elif p.startswith(g) and len(p) > len(g):
                extra = p[len(g):]
                shape = "edge: extra at end (" + extra + ")" if extra in ("建设", "工作", "工程", "试点", "行动", "政策", "改革") else "edge: extra at end (other)"
            elif g.endswith(p):
                shape = "edge: front cut (pred inside gold)"
            elif g.startswith(p):
                shape = "edge: end cut (gold head lost)"
            elif p in g:
                shape = "edge: pred inside gold"
            elif g in p:
                shape = "edge: gold inside pred, both sides"
            else:
                shape = "edge: crossing"
            out[shape].append((s, f, inv[3], m[3], inv[4][:100]))
for shape, xs in sorted(out.items(), key=lambda kv: -len(kv[1])):
    sets = sorted({x[0] for x in xs})
    print(f"## {shape}: {len(xs)} in {len(sets)} sets ({' '.join(sets)})")
    if "-v" in sys.argv:
        for x in xs:
            print("   ", x[0], x[2], "| gold:", x[3], "|", x[4])
