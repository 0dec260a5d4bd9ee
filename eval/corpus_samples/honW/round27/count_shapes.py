"""Round 27 honKA: sentences (and reports) of the corpus that write each honour shape probed this round.

usage: python eval/corpus_samples/honW/round27/count_shapes.py SEED N   (N >= 2941: every report)
A count of the frame in the raw text, before any reading: the upper bound of what a rule on the shape could change.
"""
import glob
import random
import re
import sys

FILES = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
MINISTRY = (r"(?:中央财政|财政部|水利部|交通运输部|生态环境部|自然资源部|民政部|人社部|工业和信息化部|工信部|国家发改委|国务院(?:办公厅)?|"
            r"农业农村部|商务部|科技部|教育部|住建部|文化和旅游部|文旅部|应急管理部|市场监管总局|中宣部)")
SHAPES = {
    "trigger + a ministry or 中央财政 scope": rf"(?:获批|列入|纳入|成为|入选|入围|获评|荣获|获|被评为|被确定为|被列为|认定为)(?:为)?(?:全国|国家)?(?:首批|第[一二三四五六七八九十]+批)?{MINISTRY}",
    "成功申报 + a designation": r"成功申报(?:为)?[^，。；]{2,30}?(?:试点|示范|基地|城市|项目|先导区|试验区|示范区)",
    "获…“…”美誉": r"(?:获|获得|荣获|荣膺)[^，。；]{0,20}“[^“”]{2,16}”(?:的)?美誉",
    "four-character title + 称号 (no quotes)": r"(?:荣获|获得|获)(?:了)?[一-龥]{4}称号",
    "strong trigger + scoped hospital title": r"(?:荣获|获评|被评为|被命名为|入选|被确定为|被认定为|认定为|晋升为|荣膺)(?:为)?(?:全国|国家级?|省级?|全省|自治区级?|[一-龥]{2,3}省)[^，。；、]{2,16}?医院(?=[，。；、]|$)",
    "…研究及/与应用 (a research title) + 获…奖": r"(?:与|及|和)(?:应用|产业化|示范|推广|示范应用|推广应用)”?(?:项目)?[^，。；]{0,6}(?:荣获|获得?|获评)[^，。；]{2,30}奖",
    "active 授予 + the recipient as object + 称号": r"(?<!被)授予(?:了)?(?:我市|我省|我区|我县|我州|[一-龥]{2,4}(?:市|县|区))[^，。；]{2,30}(?:称号|荣誉)",
    "被…批准(设立)为 + a designation": r"被[^，。；]{1,12}批准(?:设立)?为[^，。；]{2,30}?(?:试验区|示范区|试点|城市|基地)",
    "a whole quoted subject with inner ‘’ + 入选/获评 + case": r"“[^“”]*‘[^“”]*’[^“”]*”(?:入选|获评|荣获|被评为)[^，。；]{0,40}(?:案例|经验|做法)",
    "trigger + 全国/全省 + batch + a title scoped again (国家/中国)": r"(?:获批|列入|纳入|成为|入选|获评|被授予|授予|荣获)(?:全国|全省)(?:首批|首个|第[一二三四五六七八九十]+批)(?:国家|中国)",
    "列入/纳入 + a key-project list (重点/重大项目)": r"(?:列入|纳入)[^，。；]{0,12}(?:重点|重大)(?:建设)?项目(?:[，。；]|$)",
}
seed, n = int(sys.argv[1]), int(sys.argv[2])
files = FILES if n >= len(FILES) else random.Random(seed).sample(FILES, n)
counts = {k: [0, 0] for k in SHAPES}
for f in files:
    text = open(f, encoding="utf-8", errors="ignore").read()
    for name, pat in SHAPES.items():
        hits = re.findall(rf"[^。！？\n]*(?:{pat})[^。！？\n]*", text)
        if hits:
            counts[name][0] += 1
            counts[name][1] += len(hits)
print(f"# {len(files)} reports (seed {seed if n < len(FILES) else 'all'}): reports / sentences")
for name, (r, s) in counts.items():
    print(f"{r:5d} {s:5d}  {name}")
