"""Round 21b (progEB): program names of a dump.py file that begin with a verb (a verb glued to the name it governs).

usage: python scan_lead_verbs.py DUMP.jsonl   (prints per verb: finds / reports, then every find with its sentence)
Verbs: the words of kg/data/governing_verbs.txt and the program/lead lines of kg/data/entity_verbs.txt, plus CANDIDATES
(verbs seen glued to a program name in the --explain inventions of dev13 … dev24).
"""
import collections
import json
import sys

CANDIDATES = "参与 引入 引进 力推 谋划 放大 抓紧 响应 细化 做实 争当 勇做 改革 试点 创新 推广 稳妥引入 并实施 加快推进 积极推进".split()
words = set(CANDIDATES)
for line in open("kg/data/governing_verbs.txt", encoding="utf-8"):
    if not line.startswith("#"):
        words.update(line.split())
for line in open("kg/data/entity_verbs.txt", encoding="utf-8"):
    if line.startswith(("program ", "lead ")):
        words.update(line.split()[1:])
words = sorted((w for w in words if len(w) >= 2), key=len, reverse=True)
by = collections.defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for p in d["p"]:
        for w in words:
            if p.startswith(w) and len(p) - len(w) >= 3:
                by[w].append((d["r"], p, d["t"]))
                break
tot = sum(len(v) for v in by.values())
reps = {r for v in by.values() for r, _, _ in v}
print(f"# {tot} finds in {len(reps)} reports")
for w, v in sorted(by.items(), key=lambda kv: -len(kv[1])):
    print(f"{w}\t{len(v)}\t{len({r for r, _, _ in v})}\t" + " | ".join(sorted({p for _, p, _ in v}))[:300])
if len(sys.argv) > 2:
    for w, v in by.items():
        for r, p, t in v:
            print(w, r, p, t[:150], sep="\t")
