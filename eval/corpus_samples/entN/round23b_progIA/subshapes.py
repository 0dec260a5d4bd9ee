"""Round 23b (progIA): the program whole misses of the frame 'object of a programme verb' (round 23's crossframes.py, imported),
split by sub-shape: the verb before the name and the name's head.

usage: python subshapes.py explain_programs_before.tsv   (the TSV of collect26.py; sets dev, dev13 … dev26)
"""
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "round23_progHB"))
import crossframes as cf  # noqa: E402

HEADS = [("…制 (责任制, 负责制, 长制, 一费制: a named system)", r"(?<![体机])制$"), ("…政策", r"政策$"), ("…制度", r"制度$"),
         ("…机制", r"机制$"), ("…合作", r"合作$"), ("…建设", r"建设$"), ("…工程", r"工程$"), ("…改革", r"改革$"),
         ("…计划/行动/攻坚", r"(?:计划|行动|攻坚战?|专项攻坚)$"), ("…规划", r"规划$"), ("…一批", r"一批$"), ("other heads", r"")]
SETS = ["dev"] + [f"dev{i}" for i in range(13, 27)]


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    inv = defaultdict(list)
    for r in rows:
        if r[2] == "invented":
            inv[(r[0], r[1])].append(r[3])
    frames = defaultdict(lambda: defaultdict(list))
    table = defaultdict(lambda: defaultdict(list))
    for r in rows:
        if r[2] != "missed" or any(cf.overlap(r[3], x) for x in inv[(r[0], r[1])]):
            continue
        b, a = cf.locate(r[4], r[3])
        frame = "no sentence found" if b is None else next(f for f, test in cf.FRAMES if test(b, a, r[3]))
        frames[frame][r[0]].append(r[3])
        if not frame.startswith("object"):
            continue
        verb = re.search(rf"{cf.VERB}(?:好|了)?“?$", b).group(0)
        head = next(h for h, rx in HEADS if re.search(rx, r[3]))
        table[head][r[0]].append(f"{r[3]} ({verb})")
    print("| frame | sets | " + " | ".join(s.replace("dev", "") or "dev" for s in SETS) + " | total |")
    print("|---|---|" + "---|" * len(SETS) + "---|")
    for frame, by in sorted(frames.items(), key=lambda kv: -sum(len(v) for v in kv[1].values())):
        print(f"| {frame} | {len(by)} | " + " | ".join(str(len(by.get(s, []))) for s in SETS) + f" | {sum(len(v) for v in by.values())} |")
    print("\n| object sub-shape (head) | sets | " + " | ".join(s.replace("dev", "") or "dev" for s in SETS) + " | total | names (verb) |")
    print("|---|---|" + "---|" * len(SETS) + "---|---|")
    for head, by in sorted(table.items(), key=lambda kv: -len(kv[1])):
        names = [n for s in SETS for n in by.get(s, [])]
        print(f"| {head} | {len(by)} | " + " | ".join(str(len(by.get(s, []))) for s in SETS)
              + f" | {len(names)} | {', '.join(names[:14])} |")


if __name__ == "__main__":
    main()
