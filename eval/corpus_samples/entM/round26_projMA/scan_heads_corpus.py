"""Round 26 (projMA): how often each candidate facility noun ends the subject of a completion or opening clause
([lead] SUBJECT + 建成/竣工/完工/投用/投产/通车 …), on the 200 reports of a seed and on the whole corpus (raw text, no extraction).

usage: python scan_heads_corpus.py SEED [show HEAD]
Prints, per candidate head: reports of the 200, clauses of the 200, reports of the corpus (2,941), clauses of the corpus.
"""
import glob
import random
import re
import sys
from collections import defaultdict

CORPUS = "/tmp/govkg-corpus/reports"
PRED = re.compile(r"(?:已经|已|正式|顺利|全面|全线|基本|全部|即将|如期|按期|提前|年内|主体|先后|相继|陆续|均|也|并)*"
                  r"(?:(?:建成|竣工|完工|落成)(?:并?(?:投入使用|投入运营|投入运行|投用|投运|投产|启用|开业|运营|运行|通车|开放|使用|蓄水|通水))?|"
                  r"投入使用|投入运营|投入运行|投用|投运|投产|启用|通车|通水|蓄水)$")
LEAD = re.compile(r"^(?:[一二三四五六七八九十]是)?(?:同时|此外|其中|目前|今年|去年|全年|年内)?(?:确保|力争|推动|推进|实现|争取|促进|加快)?")
BAD = re.compile(r"[、，,和及与等的在将要了对把从被为以使让个座条处所家批项]")
HEADS = ["船闸", "节制闸", "闸", "防波堤", "堤", "水源地", "净化厂", "处置厂", "热源厂", "水厂", "主机厂", "厂", "种猪场", "填埋场",
         "滑雪场", "停车场", "场", "明渠", "灌渠", "干渠", "渠", "港", "苑", "环", "馆", "码头", "泊位", "仓库", "库", "园"]


def draw(seed: int, n: int) -> list[str]:
    files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
    return sorted(random.Random(seed).sample(files, n))


def subjects(path: str):
    text = open(path, encoding="utf-8").read()
    for clause in re.split(r"[，,；;。：:！？\n]", text):
        clause = clause.strip()
        m = PRED.search(clause)
        if not m or m.start() == 0:
            continue
        subj = clause[LEAD.match(clause).end():m.start()]
        if 3 <= len(subj) <= 16 and not BAD.search(subj) and re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z（）()]+", subj):
            yield subj, m.group(0)


def head_of(subj: str):
    for h in HEADS:
        if subj.endswith(h):
            return h
    return None


def main() -> None:
    seed = int(sys.argv[1])
    sample = set(draw(seed, 200))
    show = sys.argv[3] if len(sys.argv) > 3 else None
    reps = defaultdict(lambda: [set(), 0, set(), 0])
    for f in sorted(glob.glob(f"{CORPUS}/*/*/*.txt")):
        for subj, pred in subjects(f):
            h = head_of(subj)
            if h is None:
                continue
            r = reps[h]
            r[2].add(f)
            r[3] += 1
            if f in sample:
                r[0].add(f)
                r[1] += 1
            if show == h:
                print(("S " if f in sample else "  ") + f[len(CORPUS) + 1:], subj, pred, sep="\t")
    print("head\treports200\tclauses200\treportsCorpus\tclausesCorpus")
    for h in HEADS:
        r = reps[h]
        print(h, len(r[0]), r[1], len(r[2]), r[3], sep="\t")


if __name__ == "__main__":
    main()
