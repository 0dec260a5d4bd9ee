"""Round 21 orgDA: count dev23's organization frames on the raw text of 200 random corpus reports (seed 2107).

usage: PYTHONPATH=$PWD python eval/corpus_samples/orgL/round21/scan_raw.py [SEED=2107] [N=200]
Prints, per frame, occurrences, reports, and each hit (report, match) for reading by hand.
"""
from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "dump15", Path(__file__).resolve().parents[2] / "entN" / "round15" / "dump.py")
dump15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump15)

HEAD = r"(?:公司|集团|银行|大学|学院|研究院|医院|实验室|中心|协会|商会|联盟|学校|中学|小学|幼儿园|博物馆|研究所)"
N = r"[\u4e00-\u9fffA-Za-z0-9（）]{2,20}?"
FRAMES = {
    # 加强与中国海洋石油总公司的联合开发: a named partner after 与/同/和 and before a cooperation word
    "partner": re.compile(rf"(?:与|同)({N}{HEAD})(?:等)?(?:的)?(?:战略)?(?:合作|联合|签署|签订|共建|对接|携手|深度合作|开展)"),
    # 加快筹建北部湾大学医学院: a body being founded
    "found": re.compile(rf"(?:筹建|筹办|新建|组建|成立|设立|创办|建立)({N}(?:大学|学院|医院|研究院|研究所|学校|中学|小学|幼儿园|博物馆))"),
    # the fix's own frame (round21_orgs): 筹建/筹办/筹设/创办/申办 + a body's head, or the name before (获批)筹建
    "prepare": re.compile(r"(?:筹建|筹办|筹设|创办|申办)了?([^，。；：！？\s]{2,40}?(?:大学|学院|学校|中学|研究院|研究所|科学院|银行|分行))"
                          r"|([\u4e00-\u9fff]{2,20}(?:大学|学院|学校|中学|研究院|研究所|科学院|银行|分行))(?:获批|获准|正式|加快|积极)?(?:筹建|筹办|筹设|创办|申办)"),
    # 茂名石化加速发展: a company as the subject of 发展
    "subject": re.compile(rf"([\u4e00-\u9fff]{{2,12}}(?:公司|集团|石化|钢铁|银行))(?:加速|加快|快速|持续|稳步)(?:发展|壮大|扩张)"),
    # 支持市妇幼保健院申报三级甲等医院: a body that applies for a grade
    "apply": re.compile(rf"(?:支持|推动|推进|鼓励|帮助)({N}{HEAD})(?:申报|申创|创建|争创|创成|晋升|升级|升格|更名)"),
    # 发挥好东大、南航、武汉理工等技术转移中心作用: short names sharing a head
    "shared": re.compile(r"((?:[\u4e00-\u9fff]{2,6}、){1,}[\u4e00-\u9fff]{2,6}等?(?:高校|大学|技术转移中心|研究院))"),
    # 着力建设X、Y、Z三大科研平台
    "platforms": re.compile(r"([^，。；]{4,60}、[^，。；]{4,60}(?:[三四五六七八九十两]大|等)(?:科研|科技|创新|研发)平台)"),
}


def main() -> None:
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 2107
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    hits: dict[str, list[tuple[str, str]]] = {k: [] for k in FRAMES}
    for f in dump15.draw(seed, n):
        rel = f[len(dump15.CORPUS) + 1:]
        text = Path(f).read_text(encoding="utf-8", errors="ignore")
        for k, rx in FRAMES.items():
            for m in rx.finditer(text):
                hits[k].append((rel, m.group(1) or m.group(2)))
    for k, hs in hits.items():
        print(f"== {k}: {len(hs)} occurrences in {len({r for r, _ in hs})} reports")
        for r, s in hs:
            print(f"  {r}\t{s}")


if __name__ == "__main__":
    main()
