import json,re,sys
# capacity-named 项目 with no found project covering it
CAP=r'(?:年产能?|年处理|年加工|新增)?\s*[0-9.]+\s*(?:万|亿|千|百)?\s*(?:吨|辆|台|千瓦|兆瓦|千伏安|头|套|只|羽|片|平方米|立方米|锭|GWh|MWh|GW|MW)(?:\s*/\s*年)?(?!级)'
pat=re.compile(r'([\u4e00-\u9fffA-Za-z]{0,8}?)('+CAP+r'[\u4e00-\u9fffA-Za-z0-9]{2,16}?)(项目|工程|生产线)')
n=0;miss=0;reps=set()
for line in open(sys.argv[1]):
    d=json.loads(line)
    t=d['t']
    for m in pat.finditer(t):
        n+=1
        core=m.group(2).replace(' ','')
        if not any(core[-4:] in p.replace(' ','') for p in d['p']):
            miss+=1;reps.add(d['r']);print(d['r'].split('/')[-2],'|',m.group(0),'| found:',d['p'][:4])
print(n,'hits',miss,'unread in',len(reps),'reports')
