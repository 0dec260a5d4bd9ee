"""Print each changed line of a diff file (dump.py lines with < or >) with the report text around the name."""
import re
import sys

CORPUS = "/tmp/govkg-corpus/reports/"
for line in open(sys.argv[1], encoding="utf-8"):
    side, rest = line[0], line[2:].rstrip("\n")
    tag, kind, name = rest.split("\t")
    text = open(CORPUS + tag.removeprefix("reports/"), encoding="utf-8", errors="ignore").read()
    hits = [m.start() for m in re.finditer(re.escape(name), text)][:3]
    ctx = " || ".join(text[max(0, h - 35):h + len(name) + 25].replace("\n", " ") for h in hits)
    print(f"{side} {kind} {name}\t{tag}\t{ctx}")
