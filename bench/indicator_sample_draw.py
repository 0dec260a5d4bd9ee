"""Draw a blind indicator sample (figures only, no extractor indicator) from corpus reports outside every gold set.

    python bench/indicator_sample_draw.py --seed 20261127 --reports 30 --per-report 5 -o /tmp/draw.json
    python bench/indicator_sample_draw.py --seed 20261201 --passages 10 -o /tmp/draw.json
    python bench/indicator_sample_draw.py --seed 20261212 --goals 40 -o /tmp/draw.json
    python bench/indicator_sample_draw.py --seed 20261214 --review 25 --length 700 -o /tmp/draw.json

--passages N draws like the gold files are made: every figure of one passage of 600-1,000 characters (consecutive
sentences from a random one, at least six figures) in each of N reports, stopping early at 140 figures; places of
earlier samples are skipped while any are left, then only their reports (sample M, every place being in some sample).
--goals N draws every figure of the 主要预期目标 paragraph (主要目标/预期目标 followed by 是/为/：) of N reports, one per
place, 5 to 25 figures each: the paragraph every gold excerpt holds.
--review N draws every figure of the first --length characters (2,500 unless told) of the review part (the sentences from the first one of
a review section, 过去一年/一年来 summary and its first sections) of N reports, one per place, at least 5 figures each.

Reports of every place named by a gold set (dev … dev9, held-out) and every report already in a sample are
skipped by place, any year. Each drawn figure gives report, offset (in its sentence), surface and sentence; the
judge fills `accepted` by hand before the extractor's indicator is looked at (then `before`).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from kg.extract.measurements import find_measurements
from kg.read import read_document
from kg.structure import structure_report

ROOT = Path(__file__).resolve().parent.parent
# places of the gold sets' reports (file names only), skipped in every year
GOLD_PLACES = ("国务院", "四川", "厦门", "宜昌", "包头", "长沙", "福建", "桂林", "凉山", "宁夏", "无锡", "广西",
               "黑龙江", "临沧", "黔东南", "威海", "延边", "恩施", "赣州", "广州", "江苏", "兰州", "内蒙古", "日喀则",
               "乌鲁木齐", "沙依巴克",
               # dev4 and dev5 (corpus excerpts)
               "安徽", "广安", "贵阳", "南昌", "四平", "宿州", "烟台", "浙江", "六安", "泸州", "马鞍山", "深圳", "漳州",
               # dev6 … dev9 (corpus excerpts)
               "郴州", "固原", "海南", "合肥", "嘉兴", "曲靖", "湛江", "珠海", "大同", "东莞", "抚顺", "湖南",
               "佳木斯", "石嘴山", "银川", "运城", "宝鸡", "北京", "丹东", "海口", "山东", "十堰", "杭州", "呼和浩特",
               "随州", "苏州", "铜陵", "雅安",
               # dev10 … dev12 (corpus excerpts)
               "长治", "大连", "福州", "濮阳", "上海", "云南", "惠州", "江门", "济南", "三明", "太原", "益阳",
               "巴中", "朝阳", "大理", "甘肃", "河南", "吉林", "青海", "文山",
               # dev13 (corpus excerpts) and the other places of ../shared/reports
               "甘南", "鹤壁", "鹤岗", "荆州", "陇南", "天水", "昌吉", "哈密", "克拉玛依",
               # dev14 (corpus excerpts)
               "甘孜", "聊城", "南通", "齐齐哈尔", "山南", "西藏",
               # dev15 (corpus excerpts)
               "南平", "平凉", "铜仁", "西安", "湘潭", "孝感",
               # dev16 (corpus excerpts)
               "安顺", "常州", "德州", "南宁", "宁波", "肇庆")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="/tmp/govkg-corpus/reports")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reports", type=int, default=30)
    parser.add_argument("--per-report", type=int, default=5)
    parser.add_argument("--passages", type=int, help="draw every figure of one passage per report in this many reports")
    parser.add_argument("--sentences", type=int,
                        help="draw one random measurement sentence (one figure of it) in each of this many reports, "
                             "one report per place while places last; reports already in a sample are skipped, not their places")
    parser.add_argument("--goals", type=int,
                        help="draw every figure of the 主要预期目标 paragraph in each of this many reports, one report per place; "
                             "reports already in a sample are skipped")
    parser.add_argument("--review", type=int,
                        help="draw every figure of the first ~2,500 characters of the review part in each of this many "
                             "reports, one report per place; reports already in a sample are skipped")
    parser.add_argument("--dense", type=int,
                        help="draw every figure of the densest paragraph (a text line of 12-20 figures, most figures per "
                             "character) in each of this many reports, one report per place; reports already in a sample "
                             "are skipped, and places already in a sample while any are left")
    parser.add_argument("--length", type=int, default=2500, help="characters of the review part taken by --review")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    if args.dense:
        return _draw_dense(Path(args.corpus), args.seed, args.dense, Path(args.output))
    if args.review:
        return _draw_review(Path(args.corpus), args.seed, args.review, Path(args.output), args.length)
    if args.goals:
        return _draw_goals(Path(args.corpus), args.seed, args.goals, Path(args.output))
    if args.sentences:
        return _draw_sentences(Path(args.corpus), args.seed, args.sentences, Path(args.output))
    sampled = {item["report"].split("/")[0]
               for path in (ROOT / "eval" / "indicator_samples").glob("sample_*.json")
               for item in json.loads(path.read_text(encoding="utf-8"))}
    paths = sorted(p for p in Path(args.corpus).glob("*/*/*.txt")
                   if p.parent.name not in sampled and not any(g in p.parent.name for g in GOLD_PLACES))
    rng = random.Random(args.seed)
    rng.shuffle(paths)
    drawn, places = [], set()
    if args.passages:
        if not paths:
            # every place outside the gold sets is in some sample by now (sample H drew 259 places): skip the
            # reports already in a sample and the gold places, one report per place as before
            paths, rng = _unused_reports(Path(args.corpus), args.seed)
        return _draw_passages(paths, rng, args.passages, Path(args.output))
    for path in paths:
        if len(places) == args.reports:
            break
        if path.parent.name in places:
            continue
        report = structure_report(read_document(path))
        mentions = find_measurements(report)
        if len(mentions) < args.per_report:
            continue
        places.add(path.parent.name)
        for m in sorted(rng.sample(mentions, args.per_report), key=lambda m: m.start):
            s = report.sentences[m.sentence]
            drawn.append({"report": f"{path.parent.name}/{path.stem}", "offset": m.start - s.start,
                          "surface": m.surface, "sentence": s.text})
    Path(args.output).write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _draw_passages(paths: list[Path], rng: random.Random, count: int, output: Path) -> None:
    drawn, places = [], set()
    for path in paths:
        if len(places) == count or len(drawn) >= 140:
            break
        if path.parent.name in places:
            continue
        report = structure_report(read_document(path))
        n = len(report.sentences)
        if n < 10:
            continue
        i, chosen, length = rng.randrange(n), [], 0
        while i < n and length < 600:
            if length + len(report.sentences[i].text) > 1000 and chosen:
                break
            chosen.append(i)
            length += len(report.sentences[i].text)
            i += 1
        if length < 600:
            continue
        mentions = [m for m in find_measurements(report) if m.sentence in chosen]
        if len(mentions) < 6:
            continue
        places.add(path.parent.name)
        drawn.extend(_items(report, path, mentions))
    output.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _items(report, path: Path, mentions) -> list[dict]:
    """The sample's entries for `mentions` of one report, in text order."""
    items = []
    for m in sorted(mentions, key=lambda m: m.start):
        s = report.sentences[m.sentence]
        items.append({"report": f"{path.parent.name}/{path.stem}", "offset": m.start - s.start,
                      "surface": m.surface, "sentence": s.text})
    return items


def _unused_reports(corpus: Path, seed: int) -> tuple[list[Path], random.Random]:
    """Corpus reports of no earlier sample and no gold place, shuffled by a generator seeded with `seed`, and that
    generator (the draw goes on with it, so a seed still gives the sample it gave)."""
    sampled = {item["report"]
               for path in (ROOT / "eval" / "indicator_samples").glob("sample_*.json")
               for item in json.loads(path.read_text(encoding="utf-8"))}
    paths = sorted(p for p in corpus.glob("*/*/*.txt")
                   if f"{p.parent.name}/{p.stem}" not in sampled and not any(g in p.parent.name for g in GOLD_PLACES))
    rng = random.Random(seed)
    rng.shuffle(paths)
    return paths, rng


def _one_per_place(corpus: Path, seed: int, count: int, places: set[str]):
    """(path, structured report) of the unused reports in the seed's order, skipping places already in `places`,
    until `count` places are drawn (the caller adds a place when it keeps its report)."""
    paths, _rng = _unused_reports(corpus, seed)
    for path in paths:
        if len(places) == count:
            return
        if path.parent.name in places:
            continue
        yield path, structure_report(read_document(path))


def _draw_sentences(corpus: Path, seed: int, count: int, output: Path) -> None:
    paths, rng = _unused_reports(corpus, seed)
    drawn, used, places = [], set(), set()
    # one report per place first; when places run out, a second year of a place in the same shuffled order
    for path in [*paths, *paths]:
        if len(drawn) == count:
            break
        if path in used or (path.parent.name in places and len(places) < len({p.parent.name for p in paths})):
            continue
        used.add(path)
        report = structure_report(read_document(path))
        by_sentence: dict[int, list] = {}
        for m in find_measurements(report):
            by_sentence.setdefault(m.sentence, []).append(m)
        if not by_sentence:
            continue
        places.add(path.parent.name)
        index = rng.choice(sorted(by_sentence))
        m = rng.choice(by_sentence[index])
        s = report.sentences[index]
        drawn.append({"report": f"{path.parent.name}/{path.stem}", "offset": m.start - s.start,
                      "surface": m.surface, "sentence": s.text})
    output.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# the paragraph of the year's main targets (主要预期目标是：…, 今年经济社会发展的主要目标是…, 预期目标：…)
GOALS = re.compile(r"(?:主要预期目标|主要目标|预期目标)(?:建议|拟|确定|设定)?(?:是|为|：|:)")


def _draw_goals(corpus: Path, seed: int, count: int, output: Path) -> None:
    """Every figure of the first 主要预期目标 paragraph (the line holding the phrase, and the next line when the phrase
    ends its line, as in 主要预期目标是：↵地区生产总值增长6%…) of each of `count` reports, one report per place."""
    drawn, places = [], set()
    for path, report in _one_per_place(corpus, seed, count, places):
        text = report.document.text
        match = None
        for sentence in report.sentences:
            section = report.section(sentence.section)
            if (section is None or section.part != "review") and (found := GOALS.search(sentence.text)):
                match = (sentence.start + found.start(), sentence.start + found.end())
                break
        if match is None:
            continue
        start = text.rfind("\n", 0, match[0]) + 1
        end = text.find("\n", match[1])
        end = len(text) if end == -1 else end
        if end - match[1] < 40:  # the phrase heads the paragraph: take the next line too
            following = text.find("\n", end + 1)
            end = len(text) if following == -1 else following
        mentions = [m for m in find_measurements(report)
                    if start <= report.sentences[m.sentence].start < end or
                    start <= m.start < end]
        if not 5 <= len(mentions) <= 25:
            continue
        places.add(path.parent.name)
        drawn.extend(_items(report, path, mentions))
    output.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _draw_review(corpus: Path, seed: int, count: int, output: Path, length: int = 2500) -> None:
    """Every figure of the review part's first sentences (from its first sentence, until `length` characters are
    taken) of each of `count` reports, one report per place: the year under review's outcomes."""
    drawn, places = [], set()
    for path, report in _one_per_place(corpus, seed, count, places):
        chosen, taken = set(), 0
        for index, sentence in enumerate(report.sentences):
            section = report.section(sentence.section)
            if section is None or section.part != "review":
                if chosen:
                    break
                continue
            chosen.add(index)
            taken += len(sentence.text)
            if taken >= length:
                break
        mentions = [m for m in find_measurements(report) if m.sentence in chosen]
        if len(mentions) < 5:
            continue
        places.add(path.parent.name)
        drawn.extend(_items(report, path, mentions))
    output.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _draw_dense(corpus: Path, seed: int, count: int, output: Path, low: int = 12, high: int = 20) -> None:
    """Every figure of one whole paragraph (a text line) of each of `count` reports, one report per place: the paragraph
    of `low`-`high` figures with the most figures per character (sample O: a passage of ~15 figures chosen by figure
    density, as the gold excerpts hold dense paragraphs). Places of no earlier sample come first while any are left."""
    paths, _rng = _unused_reports(corpus, seed)
    sampled_places = {item["report"].split("/")[0]
                      for path in (ROOT / "eval" / "indicator_samples").glob("sample_*.json")
                      for item in json.loads(path.read_text(encoding="utf-8"))}
    fresh = [p for p in paths if p.parent.name not in sampled_places]
    drawn, places = [], set()
    for path in [*fresh, *[p for p in paths if p not in fresh]]:
        if len(places) == count:
            break
        if path.parent.name in places:
            continue
        report = structure_report(read_document(path))
        text = report.document.text
        mentions = find_measurements(report)
        by_line: dict[int, list] = {}
        for m in mentions:
            by_line.setdefault(text.rfind("\n", 0, m.start) + 1, []).append(m)
        best, density = None, 0.0
        for start, found in by_line.items():
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if low <= len(found) <= high and len(found) / max(1, end - start) > density:
                best, density = start, len(found) / max(1, end - start)
        if best is None:
            continue
        places.add(path.parent.name)
        drawn.extend(_items(report, path, by_line[best]))
    output.write_text(json.dumps(drawn, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
