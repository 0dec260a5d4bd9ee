"""Round 18b orgV: named companies (stem + 集团/公司/控股, round 17's `_one_institution` says one institution) that no
found organization covers, on a dump.py organization dump, by frame: what stands before (clause start, a verb, 与/和/、)
and after (a verb, 与, a noun). usage: PYTHONPATH=$PWD python scan_named_missed.py DUMP.jsonl"""
from __future__ import annotations

import collections
import json
import re
import sys

import jieba.posseg as pseg

from kg.extract.entities.round17_orgs import _one_institution

HEAD = re.compile(r"集团|公司|控股")
PUNCT = set("，。；：、,;:！？（）()“”")


def main() -> None:
    n, reps = collections.Counter(), collections.defaultdict(set)
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        if not HEAD.search(t):
            continue
        words, pos = [], 0
        for w in pseg.cut(t):
            words.append((pos, pos + len(w.word), w.word, w.flag))
            pos += len(w.word)
        for k, (s, e, word, flag) in enumerate(words):
            if not HEAD.fullmatch(word):
                continue
            best = None
            for j in range(k - 1, max(-1, k - 4), -1):  # the shortest stem of 1-3 words that names one institution
                if words[j][2][0] in PUNCT or words[j][3] in ("x", "p", "c", "uj", "u"):
                    break
                name = t[words[j][0]:e]
                if _one_institution(name):
                    best = (j, name)
                    break
            if not best:
                continue
            j, name = best
            if any(name in p or p in name and len(p) >= 4 for p in found):
                continue
            before = words[j - 1] if j > 0 else (0, 0, "^", "x")
            after = words[k + 1] if k + 1 < len(words) else (0, 0, "$", "x")
            b = "start" if before[3] == "x" or before[2] in ("其中", "同时") else "with" if before[2] in "与同和及、" \
                else "verb" if before[3] in ("v", "vn") else "other"
            a = "verb" if after[3] in ("v", "vn", "vd") else "with" if after[2] in ("与", "和", "、", "等") else \
                "end" if after[3] == "x" else "noun"
            n[(b, a)] += 1
            reps[(b, a)].add(d["r"])
            print("HIT", b, a, before[2], name, after[2], d["r"], t[max(0, words[j][0] - 15):e + 15], sep="\t")
    for k, v in n.most_common():
        print("CNT", *k, v, len(reps[k]), sep="\t")
    print("ALL", sum(n.values()), len(set().union(*reps.values())), sep="\t")


if __name__ == "__main__":
    main()
