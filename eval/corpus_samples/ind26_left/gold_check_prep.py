"""Round 26 (indIA): how the golds cut a clause 'PREPOSITION (为/向/给/帮/帮助/替/对) + NP + what is measured + figure'.

For every gold quantity of the official files, dev2, dev3, dev28 and every figure of samples A-P, take the clause
before the figure (from the last clause mark); when it opens (after a scope word) with 为/向/给/帮助/帮/替/对, print the
set, the clause and the gold name(s).      python gold_check_prep.py
"""
import glob
import json
import re

CLAUSE = re.compile(r"[，,；;。：:！？（）()]")
PREP = re.compile(r"(?:全年|累计|共|今年|去年|全市|全区|全县|全省|全州|已|先后|积极|主动|)(为|向|给|帮助|帮|替|对)(?=[\u4e00-\u9fff])")


def clause_before(sentence, at):
    head = sentence[:at]
    cut = max((m.end() for m in CLAUSE.finditer(head)), default=0)
    return head[cut:]


def show(tag, clause, names):
    m = PREP.match(clause)
    if m and len(clause) > m.end() + 2:
        print(f"{tag}\t{m.group(1)}\t{clause}\t{' / '.join(names)}")


def main():
    sets = {"official": glob.glob("/work/shared/gold/*.gold.json")}
    for d in ("dev2", "dev3", "dev28"):
        sets[d] = glob.glob(f"eval/{d}/*.gold.json")
    for tag, files in sets.items():
        for f in sorted(files):
            for q in json.load(open(f, encoding="utf-8")).get("quantities") or []:
                s, raw = q.get("sentence", ""), q.get("raw", "")
                at = s.find(raw)
                if at >= 0:
                    show(f"{tag}:{f.split('/')[-1][:12]}", clause_before(s, at), [q["indicator"]])
    for f in sorted(glob.glob("eval/indicator_samples/sample_*.json")):
        for it in json.load(open(f, encoding="utf-8")):
            show(f"sample{f[-6]}:{it['report']}", clause_before(it["sentence"], it["offset"]), it["accepted"])


main()
