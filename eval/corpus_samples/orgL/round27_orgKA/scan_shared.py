"""Shape: bare items before a last item with a company head they share (组建铁投、国投和长三角创投集团)."""
import json, re, sys
HAN = "\u4e00-\u9fff"
rx = re.compile(rf"(?P<lead>组建|整合组建|成立|重组|整合|推进|支持|培育壮大)?(?:了|新的)?(?P<items>[{HAN}]{{2,6}}(?:、[{HAN}]{{2,6}})*)(?:、|和|及)(?P<last>[{HAN}]{{2,8}}?(?:集团公司|集团|控股集团|公司))(?=[，。；、等和及]|$)")
n=0; reps=set(); lead=0
for l in open(sys.argv[1]):
    d=json.loads(l); t=d['t']
    for m in rx.finditer(t):
        items=m.group('items').split('、')
        if any(re.search(r"集团|公司|银行|企业|项目|产业|的", i) for i in items): continue
        unf=[i for i in items if not any(i in p for p in d['p'])]
        if not unf: continue
        n+=len(unf); reps.add(d['r']); lead+= bool(m.group('lead'))
        print(d['r'][14:34], m.group(0), '|', d['p'], sep='\t')
print('items', n, 'reports', len(reps), 'with a lead verb', lead)
