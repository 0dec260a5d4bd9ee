# round 14c (progX): how many of 200 random corpus reports (seed 14143) hold each structure of the dev15 causes; usage: python3 scan.py
import glob,random,re,sys
files=sorted(glob.glob('/tmp/govkg-corpus/reports/*/*/*.txt'))
sample=sorted(random.Random(14143).sample(files,200))
pats={k:re.compile(v) for k,v in [
 ('nianhuodong', r'[一-龥]{4,10}年活动'),
 ('shuangsuiji_jianguan', r'双随机[、，]?一公开”?(?:监管|抽查)'),
 ('shuangsuiji_any', r'双随机[、]?一公开'),
 ('changzhi', r'(?<![河湖林田山路链])[路田山链街楼网][长]制'),
 ('luzhang', r'路长制'),
 ('ji_gloss', r'”即'),
 ('jingyan', r'[一-龥”]{2,12}(?:建设|管理)经验'),
 ('dengjizhi', r'、[一-龥]{2,8}等(?:推进|工作|长效)?机制'),
 ('lingyu_list', r'(?:农业农村|财税金融|生态环保|社会事业|教育医疗)[、][^，。；]{2,30}等改革'),
 ('chained_quotes_reform', r'“[^“”]{2,8}”“[^“”]{2,8}”(?:改革|机制|行动|模式)'),
 ('lingdao_lianxi', r'领导(?:干部)?(?:联系|包联|包抓|领衔)[^，。；]{2,20}(?:机制|制度|行动)'),
 ('shijilingdao', r'[市县区]级领导[^，。；]{2,12}机制'),
 ('dingdian', r'(?:中央单位|省直单位|中直单位)定点帮扶'),
 ('xingdonggangyao', r'”行动纲要'),
 ('yizhao', r'一揽子政策'),
]}
cnt={k:0 for k in pats}; ex={k:[] for k in pats}
for f in sample:
    t=open(f,encoding='utf-8',errors='ignore').read()
    for k,p in pats.items():
        m=p.search(t)
        if m:
            cnt[k]+=1
            if len(ex[k])<4: ex[k].append(t[max(0,m.start()-12):m.end()+4].replace('\n',' '))
for k in pats: print(k,cnt[k],ex[k])
