"""Round 15b orgL2: count candidate organization structures on the 200 reports of seed 1513 (reports with >= 1 hit).
usage: PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/orgL/round15b/count.py [SEED=1513]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
PATTERNS = {
    # a branch named by its place after an institution's name: 清华长三角研究院宁波分院, 中国药科大学泰州分校
    "branch": re.compile(rf"(?:研究院|科学院|院|研究所|所|大学|学院|中心|医院|银行)[{H}]{{2,3}}(?:分院|分校|分中心|分所|分行)"),
    # the same, followed by something other than a separator
    "branch_verb": re.compile(rf"(?:研究院|科学院|院|研究所|所|大学|学院|中心|医院)[{H}]{{2,3}}(?:分院|分校|分中心|分所)[{H}]"),
    "shengge": re.compile(r"升格为"),
    "chongzu": re.compile(rf"重组[{H}]{{2,12}}(?:集团|公司)"),
    "biaowei": re.compile(r"标委会|标准化技术委员会"),
    "zhengqu_luohu": re.compile(rf"争取[^，。；]{{2,40}}(?:落户|落地|入驻)"),
    # list of two bare items sharing an institution head: 碳纤维及复合材料、清洁能源材料技术创新中心
    "shared_head": re.compile(rf"[{H}]{{2,8}}、[{H}]{{2,10}}(?:技术创新中心|创新中心|重点实验室|工程技术研究中心|研究院|标委会)"),
}


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1513
    counts = {k: 0 for k in PATTERNS}
    examples = {k: [] for k in PATTERNS}
    for f in sample(seed):
        text = open(f, encoding="utf-8", errors="ignore").read()
        for k, p in PATTERNS.items():
            ms = list(p.finditer(text))
            if ms:
                counts[k] += 1
                examples[k].extend(text[max(0, m.start() - 15):m.end() + 6].replace("\n", " ") for m in ms[:2])
    for k in PATTERNS:
        print(f"{k}\t{counts[k]} of 200")
        for e in examples[k][:12]:
            print("   ", e)


if __name__ == "__main__":
    main()
