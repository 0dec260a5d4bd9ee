"""Count clause shapes (causes of sample O's and N's misses) in the 200 reports (seed 1505): reports with the shape
in the text, and figures whose indicator (in a dump.py output) shows it.

    python eval/corpus_samples/ind18/scan.py DUMP.tsv
"""
import re
import sys
from collections import defaultdict

sys.path.insert(0, "eval/corpus_samples/ind18")
from dump import sample  # noqa: E402

TEXT = {
    "分别由/从…增加至 list (X和Y分别由a和b…)": re.compile(r"[、和][^，。；,]{1,20}分别(?:由|从)"),
    "ASCII . as full stop before a word": re.compile(r"[\u4e00-\u9fff%）)]\.[\u4e00-\u9fff]"),
    "X在全省/全国/全市… 率先突破/居": re.compile(r"在全(?:省|国|市|区)[^，。；,\d]{0,8}(?:率先|首个|首家)?(?:突破|位居|居|排名|排|列)"),
    "已有N个 elliptical count": re.compile(r"已有\d+[个家项所座条]"),
    "其中…的N家 elliptical count": re.compile(r"其中[^，。；,\d]{0,12}的\d+[个家项所座条户]"),
    "全国重点实验室": re.compile("全国重点实验室"),
    "召开 + figure": re.compile(r"召开\d"),
    "购买 + figure": re.compile(r"购买\d"),
    "创 + noun + figure (创中国驰名商标N件)": re.compile(r"(?<![开首独原])创(?![新业建造造收汇税优先历])[\u4e00-\u9fff“]{2,10}\d+[件个家项]"),
    "…各N个 (X、Y各N个)": re.compile(r"[、和][^，。；,\d]{2,20}各\d+[个家项所座条]"),
    "亿吨级": re.compile("亿吨级"),
    "在…基础上 with a figure": re.compile(r"在[^，。；,]{0,12}\d[^，。；,]{0,6}(?:的)?基础上"),
}
IND = {
    "indicator opens with '.'": lambda s: s.startswith("."),
    "indicator ends with 在全省/全国…": lambda s: bool(re.search("在全[省国市区]", s)),
    "indicator = 基础上": lambda s: s.endswith("基础上"),
    "indicator ends with 各": lambda s: s.endswith("各"),
    "indicator opens with 召开/连续召开/购买": lambda s: bool(re.match("(?:连续)?召开|(?:每人每年)?购买", s)),
    "indicator opens with 创 (not 创新/创业/创建)": lambda s: bool(re.match("创(?![新业建])", s)),
    "indicator with 和 over 分别由 pair": lambda s: False,
}


def main() -> None:
    counts = defaultdict(set)
    for path in sample():
        text = path.read_text(encoding="utf-8", errors="replace")
        for name, rx in TEXT.items():
            if rx.search(text):
                counts[name].add(path)
    for name in TEXT:
        print(f"{len(counts[name]):4d} of 200 reports  text: {name}")
    if len(sys.argv) > 1:
        figs, reps = defaultdict(int), defaultdict(set)
        for line in open(sys.argv[1], encoding="utf-8"):
            report, _s, _o, ind, _w = line.rstrip("\n").split("\t")
            for name, test in IND.items():
                if test(ind):
                    figs[name] += 1
                    reps[name].add(report)
        for name in IND:
            print(f"{len(reps[name]):4d} reports {figs[name]:5d} figures  indicator: {name}")


if __name__ == "__main__":
    main()
