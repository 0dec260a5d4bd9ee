"""Round 22 honFA: each honour line of collect_explain.py's output with the text around it (to group by structure).

usage: python eval/corpus_samples/honW/round22/context.py EXPLAIN.tsv > OUT.tsv
"""
import re
import sys

for line in open(sys.argv[1], encoding="utf-8"):
    s, f, what = line.rstrip("\n").split("\t")
    txt = ("/work/shared/gold/excerpts/" if s == "dev" else f"eval/{s}/") + f.replace(".gold.json", ".txt")
    try:
        text = open(txt, encoding="utf-8").read()
    except OSError:
        text = ""
    m = re.match(r"[-+] (?:missed|invented): (.*?) → (.*)$", what)
    ctx = ""
    if m:
        hon, rec = m.groups()
        for key in (hon, hon[-6:], rec):
            i = text.find(key)
            if i >= 0:
                ctx = text[max(0, i - 70): i + len(key) + 40].replace("\n", " ")
                break
    print(f"{s}\t{f.replace('_excerpt.gold.json', '')}\t{what}\t{ctx}")
