"""Round 24 (projJA): how the golds treat fix 1's frame (a subject and its opening: X开通/开馆/开园/开港/通航/开街).

usage: python gold_open.py   (from the worktree; reads the official gold and eval/dev2 … dev26 except dev12, never heldout*)
For every clause of a gold text that ends in the opening verbs, prints the subject and whether a gold project (or program,
organization) covers it: `P` a project, `p` a project inside the subject, `O`/`G` an organization / program, `-` none.
"""
import glob
import json
import re

OPEN = re.compile(r"(?P<x>[^，,；;。：:、]{2,30}?)(?:已经|已|正式|顺利|全面|全线|成功|如期|按期|即将|年内|震撼|盛大|隆重)*"
                  r"(?:建成|竣工|落成|完工)?(?:并|后)?(?:正式|顺利|全面|全线)?(?:开通运营|开通运行|开通|开馆|开园|开港|试?通航|开街)$")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 27) if i != 12]


def main() -> None:
    for name, d in SETS:
        for g in sorted(glob.glob(f"{d}/*.gold.json")):
            gold = json.load(open(g, encoding="utf-8"))
            txt = g.replace(".gold.json", ".txt")
            if name == "dev":
                txt = f"{d}/excerpts/" + g.split("/")[-1].replace(".gold.json", ".txt")
            try:
                text = open(txt, encoding="utf-8").read()
            except OSError:
                continue
            projects = gold.get("projects") or []
            orgs = gold.get("organizations") or []
            progs = gold.get("programs") or []
            for clause in re.split(r"[，,；;。：:\n]", text):
                m = OPEN.search(clause.strip())
                if not m:
                    continue
                x = m.group("x")
                tag = "P" if x in projects else "p" if any(p in x for p in projects) else \
                    "O" if any(o in x for o in orgs) else "G" if any(p in x for p in progs) else "-"
                hit = [p for p in projects + orgs + progs if p in x]
                print(f"{name}\t{g.split('/')[-1][:-10]}\t{tag}\t{x}\t{'|'.join(hit)}\t{clause.strip()[:60]}")


if __name__ == "__main__":
    main()
