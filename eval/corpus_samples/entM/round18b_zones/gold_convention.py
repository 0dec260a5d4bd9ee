"""Count how the official gold and the dev sets treat zones, parks, new towns, scenic areas
and port areas: zone-headed names listed as projects vs zone-headed names in the text left out.
Usage: python gold_convention.py  (never reads eval/heldout*)."""
import glob, json, re, os
from collections import Counter
ZONE = r'(?:产业园区|工业园区|产业园|工业园|科技园|物流园区|物流园|园区|新城|新区|景区|风景区|风景旅游区|旅游区|港区|开发区|示范区|试验区|集聚区|片区|保税区|综保区|度假区|合作区|小镇)'
files = sorted(glob.glob('/work/shared/gold/*.gold.json')) + sorted(
    f for f in glob.glob('eval/dev*/*.gold.json'))
listed = Counter(); out_total = 0; rows = []
for f in files:
    d = json.load(open(f))
    projs = d.get('projects') or []
    base = os.path.basename(f).replace('.gold.json', '')
    txt = ''
    for cand in glob.glob(os.path.dirname(f) + '/' + base + '.txt') + glob.glob('/work/shared/gold/excerpts/' + base + '.txt') + glob.glob('/work/shared/reports/' + base + '.txt'):
        txt = open(cand).read(); break
    setname = f.split('/')[-2] if 'eval/' in f else 'official'
    for p in projs:
        if re.search(ZONE + r'$', p):
            rows.append(('listed', setname, base, p))
    # zone names in text (short name before the zone word) not covered by a project
    for m in re.finditer(r'[\u4e00-\u9fffA-Za-z0-9（）]{2,12}?' + ZONE + r'(?=项目|[，。、；等和及建设])', txt):
        s = m.group(0)
        if not any(s in p or p in s for p in projs if len(p) >= 3):
            rows.append(('text-not-project', setname, base, s))
for r in rows:
    print('\t'.join(r))
c = Counter((r[0], r[1] == 'official') for r in rows)
print('#', dict(c))
