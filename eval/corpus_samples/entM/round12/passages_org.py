import glob, random, re, sys
from pathlib import Path
from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report
V = re.compile("落户|入驻|签约|合作|引进|与[^，。]{2,12}(?:公司|集团|大学|银行)|揭牌|成立")
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
rng = random.Random(int(sys.argv[1]))
for f in rng.sample(files, int(sys.argv[2])):
    rep = structure_report(read_document(Path(f)))
    ents = find_entities(rep)
    sents = [i for i, s in enumerate(rep.sentences) if len(V.findall(s.text)) >= 1]
    if not sents: continue
    # densest window of 8 sentences
    best = max(range(len(rep.sentences)), key=lambda i: sum(1 for j in sents if i <= j < i + 8))
    print("#####", f)
    for i in range(best, min(best + 5, len(rep.sentences))):
        s = rep.sentences[i]
        print(">>", s.text)
        print("   ", " | ".join(f"{e.kind[:3]}:{e.name}" for e in ents if e.sentence == i and e.kind in ("project", "organization")))
