"""High-recall scan for program and honor mentions, independent of the extractor, compared with what it finds.

usage: PYTHONPATH=$PWD python eval/corpus_samples/entN/scan.py SEED N OUTDIR
Writes OUTDIR/{extracted,candidates,misses,unexplained}.tsv (report, kind, sentence index, name, cause, sentence).
A candidate is covered when an extraction of its kind in the same sentence overlaps its core (head and the two
characters before it; a quote's content; an honor title's last four characters); an extraction is explained when
some candidate of its sentence overlaps it.
"""
from __future__ import annotations

import glob
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from kg.extract.entities import find_entities, find_honors
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"
HAN = "\u4e00-\u9fff"
HEADS = (r"三年行动|行动计划|行动方案|专项行动|行动|计划|工程|战略|改革|制度|机制|体系|试点|示范区|专项|攻坚战|保卫战|"
         r"工作法|模式|创建|倡议|运动|活动|政策|体制|责任制|长制|建设")
PROGRAM_VERBS = r"实施|推进|开展|深化|落实|启动|推行|实行|建立|健全|完善|打好|打赢|坚持|推广|探索|创新|开启|部署|贯彻|深入"
HEAD_RE = re.compile(rf"([{HAN}A-Za-z0-9+“”]{{2,14}}?)({HEADS})(?![{HAN}]?(?:项目|资金|中心))")
QUOTE_RE = re.compile(r"“([^“”]{2,20})”")
SLOGAN_RE = re.compile(rf"[一二三四五六七八九十两]+(?:大|项)?[{HAN}]{{2,8}}(?:攻坚战|行动|工程|战略|改革)|[一二三四五六]稳[一二三四五六]保")
HONOR_TRIG = r"荣获|获得|被评为|被命名为|被授予|入选|成功创建|获批|获评|创成|荣膺|被列为|被确定为|评为|命名为|列入|跻身|荣登|创建成为|获"
HONOR_RE = re.compile(rf"(?:{HONOR_TRIG})(?:了|为)?([^，。；、：！？]{{3,40}})")
HONOR_HEAD = re.compile(rf"[{HAN}“”]{{2,24}}?(?:称号|示范市|示范县|示范区|示范城市|先进[{HAN}]{{0,3}}|文明城市|卫生城市|百强[县区市]?|模范[{HAN}]{{0,3}}|之乡|之都|[一二三等]等奖|金奖|大奖|试点城市|优秀城市)")


def say(*parts) -> None:
    sys.stdout.write(" ".join(map(str, parts)) + "\n")


def draw(seed: int, n: int) -> list[str]:
    files = sorted(glob.glob(f"{CORPUS}/*/*/*.txt"))
    return sorted(random.Random(seed).sample(files, n))


def program_candidates(text: str):
    """(start, end, core, cause) of every span that could name a program."""
    out = []
    for m in HEAD_RE.finditer(text):
        start, end = m.start(2), m.end(2)
        before = text[max(0, start - 12):start]
        verb = re.search(rf"(?:{PROGRAM_VERBS})[^，。；]*$", before)
        cause = "head:" + m.group(2) + (":verb" if verb else "")
        core = text[max(0, start - 2):end].replace("“", "").replace("”", "")
        out.append((start - 2, end, core, cause))
    for m in QUOTE_RE.finditer(text):
        before = text[max(0, m.start() - 8):m.start()]
        after = text[m.end():m.end() + 4]
        verb = re.search(rf"(?:{PROGRAM_VERBS})[^，。；]*$", before)
        cause = "quote" + (":verb" if verb else "") + (":head" if HEAD_RE.match(after) or re.match(HEADS, after) else "")
        out.append((m.start(), m.end(), m.group(1)[-4:], cause))
    for m in SLOGAN_RE.finditer(text):
        out.append((m.start(), m.end(), m.group(0)[-4:], "slogan"))
    return out


def honor_candidates(text: str):
    out = []
    for m in HONOR_RE.finditer(text):
        title = m.group(1)
        if HONOR_HEAD.search(title) or "“" in title or re.search(r"(?:称号|示范|先进|城市|县|区|基地|试点|奖|强|单位|品牌|园区|名录|名单)", title):
            out.append((m.start(1), m.end(1), title[-4:], "trigger:" + re.match(HONOR_TRIG, m.group(0)).group(0)))
    for m in HONOR_HEAD.finditer(text):
        out.append((m.start(), m.end(), m.group(0)[-4:], "head"))
    return out


def _clean(s: str) -> str:
    return s.replace("“", "").replace("”", "")


def main() -> None:
    seed, n, outdir = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    outdir.mkdir(parents=True, exist_ok=True)
    rows = {k: [] for k in ("extracted", "candidates", "misses", "unexplained")}
    cause_reports = defaultdict(set)
    unexpl_reports = defaultdict(set)
    for f in draw(seed, n):
        rel = f[len(CORPUS) + 1:]
        report = structure_report(read_document(Path(f)))
        texts = [s.text for s in report.sentences]
        got = defaultdict(list)
        for e in find_entities(report):
            if e.kind == "program":
                got[("P", e.sentence)].append(e.name)
        for h in find_honors(report):
            got[("H", h.sentence)].append(h.honor + "\t" + h.recipient)
        for (kind, i), names in got.items():
            for name in names:
                rows["extracted"].append((rel, kind, i, name, "", texts[i]))
        for i, text in enumerate(texts):
            for kind, cands in (("P", program_candidates(text)), ("H", honor_candidates(text))):
                names = [_clean(x.split("\t")[0]) for x in got.get((kind, i), [])]
                explained = set()
                seen_core = set()
                for start, end, core, cause in cands:
                    if core in seen_core:
                        continue
                    seen_core.add(core)
                    span = _clean(text[max(0, start):end])
                    hit = [nm for nm in names if core in nm or (len(nm) >= 2 and nm in span)]
                    explained.update(hit)
                    rows["candidates"].append((rel, kind, i, span, cause, text))
                    if not hit:
                        rows["misses"].append((rel, kind, i, span, cause, text))
                        cause_reports[(kind, cause)].add(rel)
                for nm in names:
                    if nm not in explained and not any(_clean(text[max(0, s):e]) in nm or nm in _clean(text[max(0, s - 6):e + 6])
                                                       for s, e, _, _ in cands):
                        rows["unexplained"].append((rel, kind, i, nm, "", text))
                        unexpl_reports[kind].add(rel)
    for k, rs in rows.items():
        (outdir / f"{k}.tsv").write_text("".join("\t".join(map(str, r)) + "\n" for r in rs), encoding="utf-8")
    counts = Counter()
    for r in rows["extracted"]:
        counts[r[1]] += 1
    say("extracted", dict(counts), "candidates", Counter(r[1] for r in rows["candidates"]),
          "misses", Counter(r[1] for r in rows["misses"]), "unexplained", Counter(r[1] for r in rows["unexplained"]))
    for (kind, cause), reps in sorted(cause_reports.items(), key=lambda x: -len(x[1])):
        say(f"miss {kind} {cause}: {len(reps)} reports, {sum(1 for r in rows['misses'] if r[1] == kind and r[4] == cause)} mentions")
    for kind, reps in unexpl_reports.items():
        say(f"unexplained {kind}: {len(reps)} reports")


if __name__ == "__main__":
    main()
