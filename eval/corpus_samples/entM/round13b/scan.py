"""Round 13b: count corpus reports holding a structure.  usage: scan.py SEED N"""
import glob, json, random, re, sys
CORPUS = "/tmp/govkg-corpus/reports"
EXCL = json.load(open("eval/corpus_samples/entM/round13/exclude_heldout_regions.json")) if False else None
files = sorted(glob.glob(CORPUS + "/*/*/*.txt"))
random.seed(int(sys.argv[1])); pick = random.sample(files, int(sys.argv[2]))
HEAD = r"(?:水电站|电站|光伏项目|风电项目|项目|工程|公路|铁路|高速公路|水库|园区|产业园|电厂)"
PATS = {
 "count_capacity": re.compile(r"[\u4e00-\u9fff]{2,}、[\u4e00-\u9fff、]{2,}等\d+[个座条项处家]" r"(?:总|年)[^，。；、]{2,20}?的" + r"[^，。；、的]{0,8}" + HEAD),
 "count_then_head": re.compile(r"[\u4e00-\u9fff]{2,}、[\u4e00-\u9fff、]{2,}等\d+[个座条项处]" + r"[^，。；、的]{0,8}" + HEAD),
 "deng_two_head": re.compile(r"、[^，。；、]{2,15}等(?:公路|铁路|水利|能源|电力|交通)(?:工程|项目)"),
}
cnt = {k: 0 for k in PATS}; ex = {k: [] for k in PATS}
for f in pick:
    t = open(f, encoding="utf-8", errors="ignore").read()
    for k, p in PATS.items():
        m = p.findall(t)
        if m:
            cnt[k] += 1; ex[k].append((f.split("/")[-2], m[0][-60:]))
print(cnt)
for k in ex:
    print("==", k)
    for e in ex[k][:12]: print("  ", e)
