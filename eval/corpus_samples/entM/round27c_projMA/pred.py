import json,glob,re,sys
from pathlib import Path
from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report
FR=re.compile(sys.argv[1])
sets=open('/tmp/projMA/sets').read().split()
for st in sets:
    files=sorted(glob.glob('/work/shared/gold/*.gold.json')) if st=='official' else sorted(glob.glob(f'eval/{st}/*.gold.json'))
    for g in files:
        d=json.load(open(g)); tp=g.replace('.gold.json','.txt')
        try: t=open(tp).read()
        except: continue
        if not FR.search(t): continue
        offs=[o for o in d.get('offsets',[]) if o['kind']=='project']
        rep=structure_report(read_document(Path(tp)))
        ents=[e for e in find_entities(rep) if e.kind=='project']
        for i,s in enumerate(rep.sentences):
            for m in re.finditer(r"[^，；。]+",s.text):
              if not FR.search(m.group(0)): continue
              pp=[e.name for e in ents if e.sentence==i and e.name in m.group(0)]
              gp=[o['surface'] for o in offs if o['surface'] in m.group(0)]
              print(st, tp.split('/')[-1][:12],'|',m.group(0),'|| G',gp,'|| P',pp)
