import glob,re,sys,json
from tests.spans import indicators_of
out=[]
for f in sorted(glob.glob('/tmp/govkg-corpus/reports/*/*/*.txt')):
    t=open(f,encoding='utf-8').read()
    for s in re.findall(r'[^。；\n]*、[^。；\n]*分别[^。；\n]*[。；]', t):
        if not re.search(r'(?:地区|自治州|盟|州|市|县|区)[\u4e00-\u9fff]{0,12}分别', s): continue
        try: out.append((f[33:], s, indicators_of(s)))
        except Exception as e: pass
json.dump(out, open(sys.argv[1],'w'), ensure_ascii=False)
print(len(out))
