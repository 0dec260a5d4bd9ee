"""Round 25 (indGA): count the right-edge shapes in the 200 reports of seed 2503 (or all 2,941 with --all).

    python eval/corpus_samples/ind25_right/scan.py [--all] [--show SHAPE]

Shapes (text regex on the report text, one hit per report counted once):
  people_problem  解决/缓解 + a count of people or households + what they lacked + 问题/困难
                  (解决了350万农村居民安全用水问题, 解决125.76万人饮水安全问题)
  count_of_number X数量 + a verb of reaching + a count with a classifier of the things (科技型中小企业数量达到2.1万家)
  matter_list     N项 + …事项 + (责任)清单 (32项街道行政处罚赋权事项清单)
  task_after_amount  N万亩/户/套/公里 + X + 任务 (205万亩森林抚育任务)
  formed          X形成 + Y + a figure (城市地下综合管廊形成廊体16公里)
"""
import random
import re
import sys
from pathlib import Path

CORPUS = Path("/tmp/govkg-corpus/reports")
NUM = r"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两]+)(?:多|余)?万?"
SHAPES = {
    "people_problem": re.compile(r"(?:解决|缓解)了?[^，。；、]{0,8}?" + NUM + r"(?:人|户|名)?[^，。；\d]{0,24}?(?:问题|困难)"),
    "count_of_number": re.compile(r"数量(?:已经|已)?(?:达到|达|突破|增至|增加到|增加至|超过|为|有|共|提高到|增长到|发展到)" + NUM +
                                  r"(?:家|个|户|所|座|名|项|件|只|台|处|条|支|种)"),
    "matter_list": re.compile(r"\d+项[^，。；]{2,20}事项[^，。；]{0,4}清单"),
    "task_after_amount": re.compile(NUM + r"(?:亩|公顷|户|套|公里|座|间)[^，。；\d]{2,16}任务"),
    "formed": re.compile(r"[\u4e00-\u9fff]{2,}形成[\u4e00-\u9fff]{1,8}" + NUM + r"(?:公里|万吨|吨|台|个|家|亩)"),
}


def paths() -> list[Path]:
    allp = sorted(CORPUS.glob("*/*/*.txt"))
    return allp if "--all" in sys.argv else random.Random(2503).sample(allp, 200)


def main() -> None:
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    counts = {k: 0 for k in SHAPES}
    ps = paths()
    for p in ps:
        text = p.read_text(encoding="utf-8")
        for k, rx in SHAPES.items():
            hits = [m.group() for m in rx.finditer(text)]
            if hits:
                counts[k] += 1
                if k == show:
                    for h in hits:
                        print(f"{p.parent.parent.name}/{p.parent.name}/{p.stem}\t{h}")
    for k, v in counts.items():
        print(f"{k}\t{v} of {len(ps)} reports")


if __name__ == "__main__":
    main()
