"""Round 18b orgV: frames around company names on the 200 reports (seed 1814) of a dump.py organization dump.

usage: PYTHONPATH=$PWD python scan_frames.py DUMP.jsonl
A: found organizations whose name opens with a verb or adverb word (jieba tag v/vn/d/ad/a): a verb taken into the name
   (成功化解西王集团). B: a company head (集团 公司 控股 股份) after 1-2 jieba words that no found organization covers,
   by the word before (a verb: the object of 重组/化解/收购…; clause start: a subject; 、/和: a list item)."""
from __future__ import annotations

import collections
import json
import re
import sys

import jieba.posseg as pseg

HEADS = ("集团", "公司", "控股")
VERBISH = {"v", "vn", "d", "ad", "a", "vd"}


def main() -> None:
    a_rep, b_rep = collections.defaultdict(set), collections.defaultdict(set)
    a_n, b_n = collections.Counter(), collections.Counter()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        t, found = d["t"], d["p"]
        if not any(h in t for h in HEADS):
            continue
        for p in found:
            if p.endswith(HEADS):
                w = next(iter(pseg.cut(p)))
                if w.flag in VERBISH and len(p) - len(w.word) >= 4:
                    a_n[w.word] += 1
                    a_rep[w.word].add(d["r"])
                    print("A", w.word, p, d["r"], sep="\t")
        words = list(pseg.cut(t))
        pos = 0
        spans = []
        for w in words:
            spans.append((pos, pos + len(w.word), w.word, w.flag))
            pos += len(w.word)
        for k, (s, e, word, flag) in enumerate(spans):
            if word not in HEADS or k == 0:
                continue
            # the name: the one or two words before the head that are nouns / names
            j = k - 1
            while j >= 0 and k - j <= 2 and spans[j][3] in {"n", "nr", "nrt", "ns", "nz", "j", "nt", "nrfg", "eng", "l"} \
                    and spans[j][2] not in "、和与及":
                j -= 1
            if j == k - 1:
                continue
            name = t[spans[j + 1][0]:e]
            if len(name) < 4 or any(name in p or p.endswith(name[-4:]) and p in t for p in found):
                continue
            before = spans[j] if j >= 0 else (0, 0, "^", "x")
            after = spans[k + 1] if k + 1 < len(spans) else (0, 0, "$", "x")
            frame = "list" if before[2] in "、和与及" else "start" if before[3] == "x" or before[2] == "^" else \
                "verb" if before[3] in {"v", "vn"} else "other"
            b_n[frame] += 1
            b_rep[frame].add(d["r"])
            print("B", frame, before[2], name, after[2], d["r"], t[max(0, spans[j + 1][0] - 12):e + 12], sep="\t")
    for k, v in a_n.most_common():
        print("CNT-A", k, v, len(a_rep[k]), sep="\t")
    print("CNT-A all", sum(a_n.values()), len(set().union(*a_rep.values())) if a_rep else 0, sep="\t")
    for k, v in b_n.most_common():
        print("CNT-B", k, v, len(b_rep[k]), sep="\t")


if __name__ == "__main__":
    main()
