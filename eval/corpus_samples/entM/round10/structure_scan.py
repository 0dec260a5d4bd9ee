"""structure scans over a run_sample json: reports where the structure occurs, and where the extractor misses"""
import json, re, sys, collections
H = "\u4e00-\u9fff"
d = json.load(open(sys.argv[1]))
only = sys.argv[2] if len(sys.argv) > 2 else None
S = {
 "org-in-program": re.compile(rf"(?P<n>[{H}]{{2,8}}(?:集团|公司|股份|控股))(?:[{H}、和]{{0,10}}?)(?:改革|改制)"),
 "org-then-project": re.compile(rf"(?P<n>[{H}]{{2,10}}(?:集团|公司))[{H}0-9（）]{{2,20}}?项目"),
 "shared-works-list": re.compile(rf"(?:[{H}（）]{{2,14}}、)+(?:[{H}（）]{{2,14}}?)(?P<n>环境综合整治|综合整治|修缮|保护修缮|改造提升|提升改造|提质改造|综合治理|除险加固)"),
 "phase-after-inst": re.compile(rf"(?P<n>[{H}]{{2,12}}(?:中心|医院|学校|中学|小学|一中|二中|三中|学院|大学|馆|园))[（(]?(?:[一二三四五六七八九十]|首)期"),
 "short-company": re.compile(rf"(?<![{H}])(?P<n>[{H}]{{2,4}}(?:股份|控股))(?![{H}]{{0,2}}(?:公司|集团|有限))"),
 "paren-inside": re.compile(rf"(?P<n>[{H}]{{2,10}}（[{H}]{{2,4}}）[{H}]{{2,16}}?(?:产业园|园区|项目|基地|中心|库|工程|一期|二期))"),
 "org-count-person": re.compile(rf"(?P<n>[{H}]{{2,12}}(?:大学|学院|医院|研究院|研究所|公司|集团))(?:[0-9]+|[两一二三四五六七八九十]+)(?:名|位|人)"),
 "yu-inside": re.compile(rf"(?P<n>[{H}]{{2,8}}与[{H}]{{2,8}}(?:研究院|研究所|学院|实验室|研究中心|创新中心))"),
 "object-of-restructure": re.compile(rf"(?:重组|并购|收购|兼并|整合|战略重组|入股|控股)(?P<n>[{H}]{{2,8}}(?:集团|公司|股份|控股))"),
 "short-so": re.compile(rf"(?P<n>[{H}]{{2,4}}(?:化物所|交所|商所|物所|理所|化所|光所|金所))"),
 "works-after-place": re.compile(rf"(?P<n>[{H}]{{2,10}}(?:河|湖|江|铁路|公路|大道|路|街|片区|地块|旧址|遗址|建筑群|公寓|故居))(?P<w>环境综合整治|综合整治|修缮|保护修缮|改造提升|提升改造|综合治理|除险加固|提质改造)"),
}
reports = collections.defaultdict(set); miss = collections.defaultdict(set); ex = collections.defaultdict(list)
for it in d["items"]:
    t = it["text"]
    for k, rx in S.items():
        if only and k != only: continue
        for m in rx.finditer(t):
            n = m.group("n")
            reports[k].add(it["report"])
            ns, ne = m.span("n")
            exact = any(f[2] <= ns + 1 and f[3] >= ne - 1 for f in it["found"] if f[0] != "program")
            if k in ("shared-works-list","works-after-place"):
                exact = any(f[1].endswith(m.group("n")) for f in it["found"] if f[0] != "program")
            if not exact:
                miss[k].add(it["report"]); ex[k].append((t[max(0,m.start()-15):m.end()+10], [f[1] for f in it["found"] if f[2] < m.end()+10 and f[3] > m.start()-15]))
for k in S:
    if only and k != only: continue
    print(f"{k:22} reports {len(reports[k]):4}  with a miss {len(miss[k]):4}")
if only:
    for e in ex[only][:int(sys.argv[3]) if len(sys.argv)>3 else 40]: print("  ", e)
