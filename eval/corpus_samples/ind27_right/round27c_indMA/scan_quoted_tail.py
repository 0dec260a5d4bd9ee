import sys,re
for line in open(sys.argv[1],encoding='utf-8'):
    f=line.rstrip('\n').split('\t')
    if len(f)<5: continue
    name,win=f[3],f[4]
    m=re.fullmatch(r'(.+?)“([^“”]+)”',name)
    if not m: continue
    after=win.split('】',1)[1] if '】' in win else ''
    # counted: figure directly followed by the name (maybe after 的/多/余)
    if not re.match(r'[以多余左右上的]{0,3}'+re.escape(name[:3]), after): continue
    print('\t'.join([f[0],f[1],f[2],name,win]))
