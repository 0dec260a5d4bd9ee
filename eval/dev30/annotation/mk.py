import json
R='/tmp/govkg-corpus/reports/'
names={'长春市/2012':'changchun_2012','黄石市/2014':'huangshi_2014','黔南布依族苗族自治州/2023':'qiannan_2023','松原市/2016':'songyuan_2016','攀枝花市/2025':'panzhihua_2025','盐城市/2016':'yancheng_2016'}
for line in open('/tmp/annot30/pick.out'):
    p,j=line.split(' ',1); d=json.loads(j)
    key='/'.join(p.split('/')[-2:])[:-4]
    L=open(R+p,encoding='utf-8').read().split('\n')
    out=[];prev=None
    for k in d['lines']:
        if prev is not None and k!=prev+1: out.append('……')
        out.append(L[k-1]); prev=k
    txt='\n'.join(out)+'\n'
    fn=f'eval/dev30/{names[key]}_excerpt.txt'
    open(fn,'w').write(txt); print(fn,len(txt))
