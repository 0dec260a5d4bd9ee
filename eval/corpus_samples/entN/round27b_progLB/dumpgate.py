"""round15/dump.py restricted to the drawn reports whose text holds GATE (the pass runs only on sentences with it)."""
import glob,json,random,sys
from pathlib import Path
from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report
CORPUS="/tmp/govkg-corpus/reports"
seed,n,out,gate=int(sys.argv[1]),int(sys.argv[2]),Path(sys.argv[3]),sys.argv[4]
files=sorted(random.Random(seed).sample(sorted(glob.glob(f"{CORPUS}/*/*/*.txt")),n))
with out.open("w") as w:
    for f in files:
        if gate not in open(f).read(): continue
        rel=f[len(CORPUS)+1:]
        report=structure_report(read_document(Path(f)))
        by={}
        for e in find_entities(report):
            if e.kind=="program": by.setdefault(e.sentence,[]).append(e.name)
        for i,s in enumerate(report.sentences):
            w.write(json.dumps({"r":rel,"i":i,"t":s.text,"p":by.get(i,[])},ensure_ascii=False)+"\n")
