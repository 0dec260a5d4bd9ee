"""Round 18c (projX): event frames in a dump.py project dump (entN/round15/dump.py SEED N OUT project), found or missed.

usage: python scan_events.py DUMP.jsonl [show]
Frames (each a candidate event name; a name counts as found when a project of its sentence equals it or contains it
once quotes are dropped):
  host   成功举办/承办/举办/办好/主办/筹办/召开/举行 (+好/了) NAME            (the verb before)
  after  NAME (等…)? 成功举办/圆满落幕/隆重召开/圆满举办/成功召开/顺利举办/开幕/举行  (the verb after)
  city   成为 NAME 承办城市/承办地/举办地/永久会址/主办城市
NAME: 2-24 characters without punctuation, ending in an event word (会 节 赛 展 周 汇 季 论坛 峰会 …); government
meetings (人代会, 常务会议, 座谈会 …) and generic ones (招聘会, 培训会, 活动 alone) are left out of the counts.
"""
import json
import re
import sys
from collections import Counter, defaultdict

EV = r"(?:博览会|交易会|洽谈会|推介会|运动会|大会|论坛|峰会|年会|节|赛|展|周|汇|季|会)"
NAME = rf"(?:第[一二三四五六七八九十百零〇0-9]+届|首届)?[“”\u4e00-\u9fff·（）()0-9A-Za-z]{{1,22}}?{EV}”?"
HOST = r"(?:成功举办|圆满举办|精心办好|高标准办好|高质量办好|承办好|举办好|筹办好|成功承办|承办|举办|办好|主办|筹办|协办|召开|举行)(?:了)?"
F_HOST = re.compile(rf"{HOST}(?P<n>{NAME})(?=[，。；、,;]|和|及|等|暨|期间|$)")
F_AFTER = re.compile(rf"(?:^|[，。；、,;：]|和|及)(?P<n>{NAME})(?:等[\u4e00-\u9fff]{{0,6}})?(?:在[\u4e00-\u9fff]{{1,6}})?(?:成功举办|圆满落幕|隆重召开|圆满举办|成功召开|顺利举办|胜利召开|顺利召开|隆重举行|成功举行|开幕|举行|召开|举办)")
F_CITY = re.compile(rf"成为(?P<n>{NAME})(?:的)?(?:承办城市|承办地|举办地|永久会址|主办城市|永久举办地)")
NOT = re.compile(r"人代会|人大|政协|常务会|全会|党|座谈会|表彰会|动员会|部署会|培训会|招聘会|报告会|联席会|例会|代表大会|工作会|"
                 r"推进会|现场会|调度会|协调会|听证会|见面会|恳谈会|说明会|发布会|新闻|^[会节赛展周汇季]$|^(?:各类|各种|一批|系列|多场|重大|大型|国际性|全国性)")


def load(p):
    for line in open(p, encoding="utf-8"):
        yield json.loads(line)


def found(name, projects):
    n = name.replace("“", "").replace("”", "")
    return any(n == q.replace("“", "").replace("”", "") or n in q.replace("“", "").replace("”", "") for q in projects)


def main():
    show = len(sys.argv) > 2
    counts = Counter()
    reps = defaultdict(set)
    miss_reps = defaultdict(set)
    rows = []
    for d in load(sys.argv[1]):
        t = d["t"]
        seen = set()
        for frame, rx in (("city", F_CITY), ("host", F_HOST), ("after", F_AFTER)):
            for m in rx.finditer(t):
                n = m.group("n").strip("“”")
                n = re.sub(r"^(?:好|了)", "", n)
                if len(n) < 3 or NOT.search(n) or n in seen:
                    continue
                seen.add(n)
                ok = found(n, d["p"])
                counts[(frame, ok)] += 1
                reps[frame].add(d["r"])
                if not ok:
                    miss_reps[frame].add(d["r"])
                rows.append((frame, "found" if ok else "MISS", d["r"], n, t[max(0, m.start() - 20):m.end() + 20]))
    for f in ("host", "after", "city"):
        print(f"{f}: {counts[(f, True)] + counts[(f, False)]} mentions in {len(reps[f])} reports; "
              f"missed {counts[(f, False)]} in {len(miss_reps[f])} reports")
    if show:
        for r in rows:
            print("\t".join(r))


if __name__ == "__main__":
    main()
