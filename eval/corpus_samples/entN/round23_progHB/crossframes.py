"""Round 23 (progHB): the program WHOLE misses of an explain TSV (round 21b's collect.py, via collect25.py), grouped by the
frame around the name in its sentence, with the sets where each frame is seen.

usage: python crossframes.py explain_programs_before.tsv [rows]   (rows: also print every miss with its frame)
A miss is whole when no invention of the same set and file shares 3 characters in a row with it (round 22b's
whole_misses.py idea). The first frame that fits wins, in the order of FRAMES.
"""
import re
import sys
from collections import defaultdict

sys.path.insert(0, "kg/extract/entities")
HAN = "\u4e00-\u9fff"
PROGRESS = (r"(?:(?:深入|加快|扎实|稳步|有序|顺利|全面|积极|持续|强力|高效|纵深|有效|加速|提速)推进|"
            r"(?:加快|深入|全面|稳步|顺利|扎实|有序|有效|启动)实施|(?:全面|正式|顺利)启动|"
            r"(?:扎实|深入|全面|有序)开展|全面铺开|(?:全面|基本|顺利|圆满|如期)完成|"
            r"成效(?:明显|显著|初显)|初见成效|取得[^，。；]{0,6}?(?:成效|进展|突破|成果)|进展顺利|"
            r"(?:不断|持续)深化|不断深入|扎实有效|全面落实|落地见效|成果丰硕|成为|受到|实现|走在|在全国|在全省|稳步实施|有效推进|"
            r"加快实施|颁布实施|正式获批|获批|基本完成|全面完成|全覆盖|取得)")
VERB = r"(?:实施|推进|深化|开展|推行|实行|落实|启动|抓好|做好|加快|加强|完善|健全|建立|探索|推动|打好|打赢|执行|用好|融入|对接|争取|编制|出台|制定|发布|支持|统筹|坚持|全面|深入|稳妥|继续|积极|大力|持续|扎实)"
FRAMES = [
    ("ordinal heading: 一是X。 / （三）X。", lambda b, a, n: re.search(r"(?:[一二三四五六七八九十]是|[一二三四五六七八九十][、．]|[（(][一二三四五六七八九十][）)]|\d[．.、])\s*$", b) and re.match(r"[。；]|$", a)),
    ("colon list or gloss: N大X：A；B / 即", lambda b, a, n: re.search(r"[：:]|即", b[-12:] if len(b) > 12 else b) and re.search(r"[；;、]|$", a[:1] or "$")),
    ("将/把 X 作为/列入/纳入", lambda b, a, n: re.search(r"[将把]$", b) or re.search(r"[将把][^，。；]{0,4}$", b) and re.match(r"作为|列入|纳入", a)),
    ("以 X 为抓手/契机/载体/牵引/重点", lambda b, a, n: re.search(r"以“?$", b) and re.match(r"”?为", a)),
    ("subject before progress: X深入推进/取得成效/全覆盖", lambda b, a, n: (re.search(r"(?:^|[，。；：])[^，。；：]{0,3}$", b)) and re.match(rf"”?(?:工作|建设|项目|任务)?{PROGRESS}", a)),
    ("list item (、和及等 beside the name)", lambda b, a, n: re.search(r"[、和及与]$", b) or re.match(r"”?(?:[、和及与]|等)", a)),
    ("qualifier: X + 项目/资金/政策/平台/试点/任务/规划/目标/经验/品牌", lambda b, a, n: re.match(r"”?(?:[^，。；]{0,2})(?:项目|资金|政策|平台|试点|任务|目标|经验|品牌|成果|示范|要求|部署|机遇|窗口期|笼子|中期|重点|收官|开局|关键|的)", a)),
    ("object of a programme verb: 实施/推进/深化…X", lambda b, a, n: re.search(rf"{VERB}(?:好|了)?“?$", b)),
    ("other", lambda b, a, n: True),
]


def overlap(a: str, b: str) -> bool:
    return any(a[i:i + 3] in b for i in range(len(a) - 2)) or a in b or b in a


def locate(ctx: str, name: str):
    for key in (name, name[:4], name[-4:]):
        at = ctx.find(key)
        if at >= 0:
            end = at + len(name) if key == name else (at + len(key) if key == name[-4:] else at + len(name))
            return ctx[:at], ctx[end:]
    return None, None


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    inv = defaultdict(list)
    for r in rows:
        if r[2] == "invented":
            inv[(r[0], r[1])].append(r[3])
    table = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r[2] != "missed" or any(overlap(r[3], x) for x in inv[(r[0], r[1])]):
            continue
        b, a = locate(r[4], r[3])
        frame = "no sentence found" if b is None else next(f for f, test in FRAMES if test(b, a, r[3]))
        table[frame][r[0]].append(r[3])
        if len(sys.argv) > 2:
            print(f"{frame}\t{r[0]}\t{r[1][:14]}\t{r[3]}\t{r[4][:160]}")
    sets = ["dev"] + [f"dev{i}" for i in range(13, 26)]
    print("| frame | sets | " + " | ".join(s.replace("dev", "") or "dev" for s in sets) + " | total | examples |")
    print("|---|---|" + "---|" * len(sets) + "---|---|")
    for frame, by in sorted(table.items(), key=lambda kv: -len(kv[1])):
        ex = [n for s in sets for n in by.get(s, [])][:6]
        print(f"| {frame} | {len(by)} | " + " | ".join(str(len(by.get(s, []))) for s in sets)
              + f" | {sum(len(v) for v in by.values())} | {', '.join(ex)} |")


if __name__ == "__main__":
    main()
