import random, re, os, glob
files = sorted(glob.glob('/tmp/govkg-corpus/reports/*/*/*.txt'))
print(len(files))
used=set()
for d in sorted(glob.glob('/work/h/annot30/eval/dev*/README.md')):
    n=int(re.search(r'dev(\d+)',d).group(1))
    if 2<=n<=29:
        for m in re.finditer(r'政府工作报告-[^/`\s]+/([^/`\s]+)/', open(d).read()):
            used.add(m.group(1))
used |= {'芜湖市','海西蒙古族藏族自治州','宿迁市','绵阳市','阳泉市','六盘水市'}
prefixes='四川 厦门 宜昌 包头 长沙 福建 桂林 凉山 宁夏 无锡 乌鲁木齐 沙依巴克 昌吉 哈密 克拉玛依 新疆'.split()
print(len(used), sorted(used))
random.seed(20261208 + 3027)
random.shuffle(files)
picked=[]; prov=0; regions=set()
for f in files:
    parts=f.split('/'); cat=parts[-3]; reg=parts[-2]; yr=parts[-1][:-4]
    if '国务院' in cat: continue
    if os.path.getsize(f)<24000: continue
    y=int(re.match(r'\d{4}',yr).group())
    if reg in used or any(reg.startswith(p) for p in prefixes) or reg in regions:
        print('skip used',reg,yr); continue
    if y<2010: print('skip old',reg,yr); continue
    isprov = '省自治区' in cat
    if isprov and prov>=2: print('skip prov',reg,yr); continue
    prov+=isprov; regions.add(reg); picked.append(f); print('PICK',f)
    if len(picked)==6: break
