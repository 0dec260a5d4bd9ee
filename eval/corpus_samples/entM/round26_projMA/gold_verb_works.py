"""Round 26 (projMA): how the golds treat a clause that is only [lead] VERB + X, VERB a building or opening verb other than
建成 (新建, 改扩建, 扩建, 改建, 拓宽, 建设, 投用, 开通, 启用, 续建, 完成), X passing round 18b's works test and _named.

usage: PYTHONPATH=$PWD python gold_verb_works.py   (the official gold and eval/dev2 … dev28; never heldout*, never dev29)
"""
import glob
import json
import re
import sys
from collections import Counter
from pathlib import Path

from kg.extract.entities.round18b_projects import _named, _works_name

VERB = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:全面|加快|积极|率先|先后|相继|陆续|累计)?(?P<v>新建|改扩建|扩建|改建|拓宽|建设|投用|新投用|开通|新开通|启用|续建|完成)"
                  r"(?P<x>[^、，,和及与等的在将要]{3,24})$")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]


def main() -> None:
    tally = Counter()
    for name, d in SETS:
        for g in sorted(glob.glob(f"{d}/*.gold.json")):
            gold = json.loads(Path(g).read_text(encoding="utf-8"))
            stem = Path(g).name[:-len(".gold.json")]
            txt = glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt")
            if not txt or not gold.get("projects"):
                continue
            projs = [p if isinstance(p, str) else p.get("name", "") for p in gold["projects"]]
            for clause in re.split(r"[，,；;。：:！？\n]", Path(txt[0]).read_text(encoding="utf-8")):
                m = VERB.match(clause.strip())
                if not m:
                    continue
                x = m.group("x")
                w = _works_name(x, False, "建成")
                if not w or not x.startswith(w) or not _named(w):
                    continue
                tag = "EQ" if w in projs else ("IN" if any(w in p or p in w for p in projs) else "--")
                tally[(m.group("v"), tag)] += 1
                print(name, stem, m.group("v"), w, tag, clause.strip()[:50], sep="\t")
    print(sorted(tally.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
