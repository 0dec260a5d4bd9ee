"""Round 25 (indDA): the 分别 family on the 200 reports of seed 2501 (random.Random(2501).sample, as ../ind24/dump.py).

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind25_lists/scan.py OUT.tsv [SEED]

One line per sentence of the family, with the shape, the figures after the list and the indicator each got:
  2k    a list, 分别, then 由/从 k figures and 到/至/为 k figures (城镇和农村居民人均可支配收入分别由21604元、8002元增加到30780元、12200元)
  k     a list, 分别, then k figures in its clause (一、二、三产业增加值分别增长4.2%、7.1%和8.3%)
  pair  k figures joined by 和/、 with no 分别 (存贷款余额达2980亿元和1638亿元)
  both  one figure after 均/双双/都 (均增长20%以上, 双双超过1万亿元)
Columns: report, shape, number of reports' figures in the clause, the distinct indicators, the sentence.
"""
import importlib.util
import re
import sys
from pathlib import Path

from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

_spec = importlib.util.spec_from_file_location("ind18_dump", Path(__file__).resolve().parent.parent / "ind18" / "dump.py")
dump = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dump)

BREAK = re.compile(r"[，,；;。！？：:]")
FROMTO = re.compile(r"分别(?:由|从)")
TO = re.compile(r"(?:增加|提高|增长|上升|下降|降低|减少|扩大|缩小|提升|达到|发展|降|升|增|减)?(?:到|至)")
JOIN = ("和", "、", "及", "与")
BOTH = re.compile(r"(?:均|双双|都|同时)(?:比上年)?(?:增长|超过|突破|达到|提高|下降|实现|保持)")


def main() -> None:
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 2501
    import random
    paths = random.Random(seed).sample(sorted(dump.CORPUS.glob("*/*/*.txt")), 200)
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for path in paths:
            report = structure_report(read_document(path))
            by_sentence: dict[int, list] = {}
            for m in find_measurements(report):
                by_sentence.setdefault(m.sentence, []).append(m)
            for si, ms in by_sentence.items():
                s = report.sentences[si]
                text = s.text
                offs = [(m.start - s.start, m.start - s.start + len(m.surface), m) for m in ms]
                seen = set()
                for f in re.finditer("分别", text):
                    clause_end = BREAK.search(text, f.end())
                    end = clause_end.start() if clause_end else len(text)
                    group = [o for o in offs if f.end() <= o[0] and o[1] <= end]
                    if len(group) < 2:
                        continue
                    shape = "k"
                    if FROMTO.match(text, f.start()) and len(group) % 2 == 0 and TO.search(
                            text, group[len(group) // 2 - 1][1], group[len(group) // 2][0]):
                        shape = "2k"
                    seen.update(id(o[2]) for o in group)
                    names = " | ".join(f"{o[2].surface}={o[2].indicator}" for o in group)
                    out.write(f"{path.parent.name}/{path.stem}\t{shape}\t{len(group)}\t{names}\t{text[:200]}\n")
                # pairs with no 分别 and one figure after 均/双双
                start = 0
                for b in [*BREAK.finditer(text), None]:
                    stop = b.start() if b else len(text)
                    group = [o for o in offs if start <= o[0] and o[1] <= stop and id(o[2]) not in seen]
                    clause = text[start:stop]
                    if len(group) >= 2 and "分别" not in clause and all(
                            text[a[1]:c[0]] in JOIN for a, c in zip(group, group[1:], strict=False)):
                        names = " | ".join(f"{o[2].surface}={o[2].indicator}" for o in group)
                        out.write(f"{path.parent.name}/{path.stem}\tpair\t{len(group)}\t{names}\t{text[:200]}\n")
                    elif len(group) == 1 and BOTH.search(clause) and re.search("[、和与及]", clause[:group[0][0] - start]):
                        o = group[0]
                        out.write(f"{path.parent.name}/{path.stem}\tboth\t1\t{o[2].surface}={o[2].indicator}\t{text[:200]}\n")
                    start = b.end() if b else len(text)


if __name__ == "__main__":
    main()
