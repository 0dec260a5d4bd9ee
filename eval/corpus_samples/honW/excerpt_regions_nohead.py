"""Variant of excerpt_regions.py: the excerpts without any title line (各位代表：…… and the passages only).
Round 15 (honW), task 3: title-less excerpts of the 200 corpus reports (seed 1504), cut the way the development
excerpts are (the date/meeting line and the speaker line with the place's name taken out, then 各位代表：, …… and passages
from the middle of the report, about 2,500 characters), and the region find_region picks for each against the full report's.
usage: excerpt_regions.py OUT.tsv [SEED N [EXCERPTS_DIR]]   (report, full region, excerpt region, same?); the
excerpts are written to EXCERPTS_DIR when given"""
import glob
import random
import re
import sys
import tempfile
from pathlib import Path

from kg.gazetteer import gazetteer, short_name
from kg.read import read_document
from kg.resolve import find_region
from kg.structure import structure_report

NOHEAD = True
CORPUS = "/tmp/govkg-corpus/reports"
files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
gaz = gazetteer()
rows = []
seed, n = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1504, 200)
keep = Path(sys.argv[4]) if len(sys.argv) > 4 else None
rng = random.Random(seed)
for f in sorted(random.Random(seed).sample(files, n)):
    doc = read_document(Path(f))
    full = find_region(structure_report(doc), gaz)
    if full is None:
        continue
    lines = [ln for ln in doc.text.splitlines() if ln.strip()]
    head = []
    lines_for_head = [] if NOHEAD else lines[:6]
    for ln in lines_for_head:  # the date/meeting line and the speaker line, without the place's name
        if re.search(r"会议上|市长|省长|州长|县长|区长|主席|盟长|旗长|人民政府", ln) and len(ln) < 60:
            for name in sorted({full.name, short_name(full.name)}, key=len, reverse=True):
                if len(name) >= 2:
                    ln = ln.replace(name, "")
            head.append(ln)
    body = [ln for ln in lines if len(ln) > 80]
    if len(body) < 4:
        continue
    k = rng.randrange(len(body) // 4, len(body) - 2)
    passage = []
    while k < len(body) and sum(map(len, passage)) < 2500:  # about as long as a development excerpt
        passage += [body[k], "……"]
        k += 1
    text = "\n".join(head + ["各位代表：", "……"] + passage) + "\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as tmp:
        tmp.write(text)
    got = find_region(structure_report(read_document(Path(tmp.name))), gaz)
    Path(tmp.name).unlink()
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f[len(CORPUS) + 1:].replace("/", "_")).write_text(text, encoding="utf-8")
    rows.append((f[len(CORPUS) + 1:], full.name, got.name if got else "None", "y" if got and got.code == full.code else "n"))
Path(sys.argv[1]).write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
print(len(rows), "excerpts,", sum(r[3] == "n" for r in rows), "with another region or none")
