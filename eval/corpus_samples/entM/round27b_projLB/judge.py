import re,sys
from collections import Counter
def judge(src, out, marks):
    rows=[];cur=None
    for l in open(src).read().split('\n'):
        if '|' in l and not l.startswith('    '):
            cur=l.split('|')[0].strip()
        m=re.match(r'    (TRIM|NEW |LOST) (\[.*\])',l)
        if m:
            for n in eval(m.group(2)):
                k=m.group(1).strip()
                rows.append((cur,k,n,marks.get(n,'y') if k!='LOST' else 'split'))
    with open(out,'w') as w:
        w.write('report\tchange\tname\tjudged (y/half/n; TRIM: 项目 dropped, NEW: read, LOST: the joined name replaced)\n')
        for r in rows: w.write('\t'.join(r)+'\n')
    c=Counter(r[3] for r in rows if r[1]!='LOST'); print(out,'changes',sum(c.values()),dict(c),'reports',len({r[0] for r in rows}))
judge('compact2771_v3.txt','judged_final_seed2771.tsv',{'今年上半年600万吨炼油':'half','梅花新一轮投资60万吨赖氨酸':'half','2GW单晶硅切片':'half','5万吨磷酸铁锂':'half','130万千瓦新能源发电':'half'})
judge('compact2772_v3.txt','judged_fresh_final_seed2772.tsv',{'今年上半年600万吨炼油':'half','上马西峰100万千瓦冷热电三联':'half','山阴县10万千瓦光伏市场化交易试点':'half','840万千瓦新能源':'n','700万千瓦新能源':'n'})
