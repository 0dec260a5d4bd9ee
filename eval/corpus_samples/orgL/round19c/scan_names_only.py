"""Round 19c orgAB: the unfound items of scan_short_before_class.py that may be names (for reading by hand).

Reads the scan's output; per unfound item, cuts leading verbs/adverbs/prepositions (jieba v d p c ad vn u, up to 3 words),
keeps items of 2-8 Han characters that are not all dictionary nouns/verbs of a sector (n vn v a b an f l) and not places.
usage: python scan_names_only.py SCAN.txt   (prints report, sentence, item, jieba tags, context; then counts)
"""
import re
import sys

from kg.extract.entities.stems import _places, pos

LEAD = ("v", "d", "p", "c", "ad", "vn", "u", "r")
SECTOR = ("n", "vn", "v", "a", "b", "an", "f", "l", "d", "m", "q")
n, reps = 0, set()
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#"):
        continue
    r, i, link, missed, found, ctx = line.rstrip("\n").split("\t")
    for it in missed.split("|"):
        words = list(pos(it))
        k = 0
        while k < min(3, len(words) - 1) and words[k][1] in LEAD:
            k += 1
        name = "".join(w for w, _ in words[k:])
        tags = words[k:]
        if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", name) or name in _places():
            continue
        if all(f in SECTOR and len(w) >= 2 for w, f in tags):
            continue
        n += 1
        reps.add(r)
        print(f"{r}\t{i}\t{link}\t{name}\t{' '.join(w + '/' + f for w, f in tags)}\t{ctx}")
print(f"# {n} items in {len(reps)} reports", file=sys.stderr)
