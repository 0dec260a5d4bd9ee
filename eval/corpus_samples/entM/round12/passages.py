import glob, random, re, sys
from pathlib import Path
from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report
# usage: passages.py SEED N [org]: the densest window of sentences with project verbs (8 sentences), or with
# organization verbs (`org`: 5 sentences)
ORG = len(sys.argv) > 3 and sys.argv[3] == "org"
V = re.compile("落户|入驻|签约|合作|引进|与[^，。]{2,12}(?:公司|集团|大学|银行)|揭牌|成立" if ORG else
               "建成|开工|投产|签约|落户|揭牌|成立|挂牌|入驻")
WINDOW = 5 if ORG else 8
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
rng = random.Random(int(sys.argv[1]))
for f in rng.sample(files, int(sys.argv[2])):
    rep = structure_report(read_document(Path(f)))
    ents = find_entities(rep)
    sents = [i for i, s in enumerate(rep.sentences) if len(V.findall(s.text)) >= 1]
    if not sents: continue
    # densest window of 8 sentences
    best = max(range(len(rep.sentences)), key=lambda i: sum(1 for j in sents if i <= j < i + WINDOW))
    print("#####", f)
    for i in range(best, min(best + WINDOW, len(rep.sentences))):
        s = rep.sentences[i]
        print(">>", s.text)
        print("   ", " | ".join(f"{e.kind[:3]}:{e.name}" for e in ents if e.sentence == i and e.kind in ("project", "organization")))
