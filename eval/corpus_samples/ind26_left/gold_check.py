"""Round 26 (indIA): how the golds cut a clause 'SUBJECT + measuring verb + NOUN + figure' (left edge).

For every gold quantity of the official files, dev2, dev3, dev28 and every figure of samples A-P, take the clause
before the figure (from the last clause mark) and, when a measuring verb stands inside it after >= 2 characters,
print the set, the clause and the gold name(s): whether the gold keeps the subject, the verb, or only the object.
    python gold_check.py [VERB ...]
"""
import glob
import json
import re
import sys

VERBS = sys.argv[1:] or ["生产", "实现", "完成", "达到"]
CLAUSE = re.compile(r"[，,；;。：:！？（）()]")


def clause_before(sentence, at):
    head = sentence[:at]
    cut = max((m.end() for m in CLAUSE.finditer(head)), default=0)
    return head[cut:]


def show(tag, clause, names):
    for v in VERBS:
        k = clause.find(v, 2)
        if k >= 2:
            subj, obj = clause[:k], clause[k + len(v):]
            kept = "whole" if any(n.startswith(subj[-2:]) or subj[-2:] in n for n in names) and \
                any(v in n for n in names) else ("subj+obj" if any(subj[-2:] in n for n in names) else
                                                 ("verb+obj" if any(n.startswith(v) for n in names) else
                                                  ("obj" if any(obj.endswith(n) or n in obj for n in names) else "other")))
            print(f"{tag}\t{v}\t{kept}\t{clause}\t{' / '.join(names)}")
            return


def main():
    sets = {"official": glob.glob("/work/shared/gold/*.gold.json")}
    for d in ("dev2", "dev3", "dev28"):
        sets[d] = glob.glob(f"eval/{d}/*.gold.json")
    for tag, files in sets.items():
        for f in sorted(files):
            for q in json.load(open(f, encoding="utf-8")).get("quantities") or []:
                s, raw = q.get("sentence", ""), q.get("raw", "")
                at = s.find(raw)
                if at < 0:
                    continue
                show(f"{tag}:{f.split('/')[-1][:12]}", clause_before(s, at), [q["indicator"]])
    for f in sorted(glob.glob("eval/indicator_samples/sample_*.json")):
        for it in json.load(open(f, encoding="utf-8")):
            show(f"sample{f[-6]}:{it['report']}", clause_before(it["sentence"], it["offset"]), it["accepted"])


main()
