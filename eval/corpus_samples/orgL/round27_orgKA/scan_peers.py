import json, re, sys
sys.path.insert(0, '/work/h/orgKA')
from kg.extract.entities.round19c_orgs import short_name
HAN = "\u4e00-\u9fff"
ITEM = rf"[{HAN}A-Za-z0-9]{{2,14}}"
rx = re.compile(rf"(?P<items>{ITEM}(?:、{ITEM})+)")
unf=0; reps=set()
for l in open(sys.argv[1]):
    d = json.loads(l); t = d['t']
    if not d['p']: continue
    for m in rx.finditer(t):
        items = m.group('items').split('、')
        fl = []
        for it in items:
            if it in d['p']: fl.append('F')
            elif any(p.endswith(it) or it.endswith(p) for p in d['p']): fl.append('f')
            elif short_name(it): fl.append('s')
            else: fl.append('-')
        if 'F' in fl and 's' in fl:
            n = fl.count('s'); unf += n; reps.add(d['r'])
            print(d['r'][14:34], ''.join(fl), m.group('items'), '|', t[m.end():m.end()+12], '|', d['p'], sep='\t')
print('unfound short peers', unf, 'reports', len(reps))
