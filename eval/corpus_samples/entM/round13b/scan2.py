"""Round 13b: reports (of all corpus reports, and of 200 random ones, seed 1331) holding each structure."""
import glob, random, re
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
random.seed(1331); pick = set(random.sample(files, 200))
H = "\u4e00-\u9fff"
PATS = {
 # a bare coordination sharing 水电站: 拉哇、扎拉、林芝、江达水电站
 "hydro_list": re.compile(rf"[{H}]{{2,4}}、(?:[{H}]{{2,4}}、)*[{H}]{{2,4}}水电站"),
 # a route code before a route by its ends as the last item of 等…公路: S95石渠至甘孜等高速公路
 "code_route_last": re.compile(rf"、[GSXY]\d{{1,4}}[{H}]{{2,8}}至[{H}]{{2,8}}等(?:[{H}]{{0,4}})(?:公路|铁路|高速)"),
 "code_route_any": re.compile(rf"[GSXY]\d{{1,4}}[{H}]{{2,8}}至[{H}]{{2,8}}[、和](?:[^，。；]{{0,40}})等(?:[{H}]{{0,4}})(?:公路|铁路|高速)"),
 # 段 as the last item: 康新过境段等高速公路
 "duan_last": re.compile(rf"、[^，。；、]{{2,12}}段等(?:高速|干线|国省干线)?(?:公路|铁路|高速|高铁)"),
 # 等…公路工程: shared head with 工程
 "road_works": re.compile(rf"、[^，。；、]{{2,12}}等(?:[{H}]{{0,4}})(?:公路|铁路|高速公路)工程"),
}
for k, p in PATS.items():
    allc = [f for f in files if p.search(open(f, encoding="utf-8", errors="ignore").read())]
    ex = [p.search(open(f, encoding="utf-8", errors="ignore").read()).group(0) for f in allc[:6]]
    print(k, "all:", len(allc), "of 200:", len(pick & set(allc)), ex)
