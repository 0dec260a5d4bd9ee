import json
R='/tmp/govkg-corpus/reports/'
names={'锦州市/2020':'jinzhou_2020','淮北市/2014':'huaibei_2014','昆明市/2020':'kunming_2020','榆林市/2020':'yulin_2020','衡水市/2022':'hengshui_2022','吕梁市/2020':'lvliang_2020'}
for line in open('/tmp/annot31/pick.out'):
    p,j=line.split(' ',1); d=json.loads(j)
    key='/'.join(p.split('/')[-2:])[:-4]
    L=open(R+p,encoding='utf-8').read().split('\n')
    out=[];prev=None
    for k in d['lines']:
        if prev is not None and k!=prev+1: out.append('……')
        out.append(L[k-1]); prev=k
    txt='\n'.join(out)+'\n'
    fn=f'/tmp/annot31/ex/{names[key]}_excerpt.txt'
    open(fn,'w').write(txt); print(fn,len(txt))
