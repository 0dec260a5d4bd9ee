"""Round 19 (projAA): crude scan of list shapes on the 200 reports of a seed (raw text, before any fix).

usage: PYTHONPATH=$PWD python eval/corpus_samples/entM/round19_lists/scan_shapes.py SEED [show]
Shapes counted (reports of the 200 where each occurs):
  bare_site: bare items (no place noun of their own) before [等][count][qualifier] SITE-KIND + works
             (石澧、常鲇航道整治; 106、107国道改建; 群力、信义沟…等11个污水处理工程; 沅澧垸、安造垸、松澧垸3个…堤防加固工程)
  counted:   A、B[、C]等N个/座/条/项 …(工程|项目) after items, any item kind
  seg:       road-segment lists …线/段、…线/段…等…改造工程
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entN" / "round15"))
from dump import draw  # noqa: E402

ITEM = r"[\u4e00-\u9fff0-9A-Za-z#]{1,8}"
WORKS = r"(?:改扩建|改造|提升|整治|治理|加固|除险加固|改建|扩建|新建|建设|修复|工程|项目)"
SITE = r"(?:航道|国道|省道|县道|灌区|堤防|堤|大堤|闸|泵站|水闸|污水处理|供水|供热|电站|港区|码头|枢纽|垸|渠|干渠|片区|园区|产业园|物流园|园)"
COUNT = r"(?:[0-9一二三四五六七八九十两]+[个座条项处家])"
SHAPES = {
    "bare_site": re.compile(rf"(?:{ITEM}、)+{ITEM}(?:和{ITEM})?等?{COUNT}?[\u4e00-\u9fff]{{0,6}}?{SITE}{WORKS}"),
    "counted": re.compile(rf"(?:{ITEM}、)+{ITEM}等?{COUNT}[\u4e00-\u9fff]{{0,10}}?(?:工程|项目)"),
    "seg": re.compile(rf"(?:{ITEM}[线段]、)+{ITEM}[线段]等?[\u4e00-\u9fff]{{0,6}}?{WORKS}"),
}


def main() -> None:
    seed = int(sys.argv[1])
    show = len(sys.argv) > 2
    reps: dict[str, set[str]] = {k: set() for k in SHAPES}
    n: dict[str, int] = {k: 0 for k in SHAPES}
    for f in draw(seed, 200):
        text = Path(f).read_text(encoding="utf-8")
        rel = "/".join(f.split("/")[-3:])
        for k, rx in SHAPES.items():
            for m in rx.finditer(text):
                n[k] += 1
                reps[k].add(rel)
                if show:
                    print(k, rel, m.group(), sep="\t")
    for k in SHAPES:
        print(f"# {k}: {n[k]} matches in {len(reps[k])} of 200 reports")


if __name__ == "__main__":
    main()
