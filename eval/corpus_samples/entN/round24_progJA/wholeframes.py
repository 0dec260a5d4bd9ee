"""Round 24 (progJA): the program WHOLE misses (and inventions) of an explain TSV (collect26.py), grouped by the name's head
(class word) and by the frame in the RAW text (quotes kept): quoted or not, the verb before, the predicate after.

usage: python wholeframes.py explain_programs_before.tsv [rows]
Whole = no invention of the same file shares 3 characters in a row (round 23 crossframes.overlap, imported).
"""
import glob
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round23_progHB"))
from crossframes import overlap  # noqa: E402

HEADS = ["政策", "制度", "体制", "机制", "模式", "工程", "行动", "活动", "合作", "试点", "改革", "建设", "战略", "计划", "规划", "责任制"]
VERB = r"(?:实施|推进|深化|开展|推行|实行|落实|启动|抓好|做好|加快|加强|完善|健全|建立|探索|推动|打好|打赢|执行|用好|融入|对接|争取|编制|出台|制定|发布|支持|统筹|坚持|实现|创新|构建|推广|策应|深入|全面|稳步|积极|大力|持续|扎实)"


def texts(s):
    if s == "dev":
        fs = ["/work/shared/reports/shayibake_2024.txt"] + sorted(glob.glob("/work/shared/gold/excerpts/*.txt"))
    else:
        fs = sorted(glob.glob(f"eval/{s}/*.txt"))
    return {Path(f).name: Path(f).read_text(encoding="utf-8") for f in fs}


def head(n):
    n = n.replace("“", "").replace("”", "")
    return next((h for h in HEADS if n.endswith(h)), "(none)")


def frame(text, name):
    bare = name.replace("“", "").replace("”", "")
    # find in raw text allowing quotes anywhere
    pat = "".join(re.escape(c) + "[“”]?" for c in bare)
    m = re.search("“?" + pat, text)
    if not m:
        return "not found", "", ""
    b = text[max(0, m.start() - 12):m.start()]
    a = text[m.end():m.end() + 8]
    quoted = "quoted" if "“" in m.group(0) or b.endswith("“") else "bare"
    verb = "verb-before" if re.search(VERB + r"(?:好|了)?[^，。；、]{0,6}$", b) else ("clause-start" if re.search(r"(?:^|[，。；：\n])[^，。；：\n]{0,3}$", b) else "other-before")
    pred = "list" if re.match(r"[、和及与]|等", a) else ("class-word" if re.match(r"(?:政策|资金|服务|专区|平台|项目|品牌|示范|模式|机制|制度|工程|活动|建设)", a) else ("progress" if re.match(r"[^，。；]{0,2}(?:推进|实施|取得|完成|深入|开展|落地|成效|启动|实现)", a) else "other-after"))
    return f"{quoted}/{verb}/{pred}", b, a


rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
inv = defaultdict(list)
for r in rows:
    if r[2] == "invented":
        inv[(r[0], r[1])].append(r[3])
cache = {}
tab = defaultdict(lambda: defaultdict(list))
for r in rows:
    if r[2] != "missed" or any(overlap(r[3], x) for x in inv[(r[0], r[1])]):
        continue
    if r[0] not in cache:
        cache[r[0]] = texts(r[0])
    f, b, a = frame(cache[r[0]].get(r[1], ""), r[3])
    key = (head(r[3]), f)
    tab[key][r[0]].append(r[3])
    if len(sys.argv) > 2:
        print(f"ROW\t{head(r[3])}\t{f}\t{r[0]}\t{r[1][:14]}\t" + f"{b}[{r[3]}]{a}".replace("\n", "⏎"))
print("| head | frame | n sets | sets | total | examples |")
print("|---|---|---|---|---|---|")
for key, by in sorted(tab.items(), key=lambda kv: (-len(kv[1]), -sum(len(v) for v in kv[1].values()))):
    tot = sum(len(v) for v in by.values())
    ex = [n for v in by.values() for n in v][:6]
    print(f"| {key[0]} | {key[1]} | {len(by)} | {' '.join(sorted(by))} | {tot} | {', '.join(ex)} |")
