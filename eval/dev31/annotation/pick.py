import re, sys, json
FIG = re.compile(r'(?<![第\d.])(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:\s*)(?:万亿|亿|万|千)?(?:%|个百分点|元|人次|人|户|个|家|项|件|亩|公顷|平方公里|平方米|立方米|公里|千米|米|吨|千瓦时|千瓦|标箱|辆|天|次|场|座|所|名|笔|套|处|台|条|批|倍|所|张|床|栋|间|只|头|株|棵|篇|部|年(?!度))')
FIG2 = re.compile(r'(\d+(?:\.\d+)?)\s*(?:万亿|亿|万|千)?(?:%|个百分点|元|人次|人|户|个|家|项|件|亩|公顷|平方公里|平方米|立方米|公里|千米|米|吨|千瓦时|千瓦|标箱|辆|天|次|场|座|所|名|笔|套|处|台|条|批|倍|张|床|栋|间|只|头|株|篇|部)')
CUES = ['项目','工程','建设','改革','行动','计划','机制','战略','获评','荣获','被评为','被命名为','入选','示范','试点','集团','公司','大学','学院','医院','学校','中心','基地','园区','产业园','公园','投产','开工','竣工','建成','签约']
def figs(s): return len(FIG2.findall(s))
def cue(s): return sum(s.count(c) for c in CUES)
def pick(path, target_kw='主要预期目标'):
    lines = open(path, encoding='utf-8').read().split('\n')
    n = len(lines)
    tl = [i for i,l in enumerate(lines) if target_kw in l]
    t = tl[0] if tl else None
    half = n//2
    end = min(half, t) if t is not None else half
    base = 2 + len(lines[0]) + len(lines[1]) + (len(lines[t]) + 4 if t is not None else 0) + 6
    rv = max([i for i in range(2, end) if base + len(lines[i]) <= 3200], key=lambda i: figs(lines[i]))
    fixed = [0,1,rv] + ([t] if t is not None else [])
    chosen = set(fixed)
    def size(ch): 
        ks = sorted(ch); tot = sum(len(lines[i]) + 1 for i in ks)
        gaps = sum(1 for a,b in zip(ks, ks[1:]) if b != a+1) + (1 if ks[-1] != n-1 else 0)
        return tot + gaps*3
    cand = [i for i in range(2,n) if i not in chosen and len(lines[i]) >= 60]
    score = {i: 100*(cue(lines[i]) + figs(lines[i]))/len(lines[i]) for i in cand}
    for i in sorted(cand, key=lambda i: -score[i]):
        if size(chosen) >= 2300: break
        if size(chosen | {i}) > 3200: continue
        chosen.add(i)
    ks = sorted(chosen)
    return dict(review=rv+1, target=(t+1 if t is not None else None), lines=[k+1 for k in ks], chars=size(chosen), n=n, figs_rv=figs(lines[rv]))
if __name__ == '__main__':
    for p in sys.argv[1:]:
        print(p, json.dumps(pick(p), ensure_ascii=False))
