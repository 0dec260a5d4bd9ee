"""Round 17d (progT, programs): a quoted name carried out as a pilot (开展“一网交易”试点) read as the bare quoted name.

A quoted name followed by 试点 (or 改革试点) was read only when another rule happened to take it (最多访一次试点, 营改增), so
开展“一网交易”试点, 推进“多规合一”试点, 开展“数字乡村”试点, 推行“一单制”试点 gave no name at all. The gold sets list the bare
quoted name in most such cases (dev xizang 一次办到底, nanning 同城通办, dev17 guangdong 理财通, jiangsu 三证合一, baotou 掌上办,
luzhou 一口受理; 4 keep 试点: 国家城市双修试点, 多规合一试点, 农村宅基地三权分置试点, 营改增试点改革), as the official
convention for a headless quoted name (quotes and the words around them dropped). Counted by
eval/corpus_samples/entN/round17d/scan_edges.py on 200 random corpus reports (seed 1732): “…”(改革)试点 in 75 reports
(112 cases), no name holding the quoted words in 36 cases of 30 reports. Not after a selection (入选/获批/评为/列为/列入/争创/作为/确定为: dev2 lincang 作为全省首个“运抵直通”试点, 入选“科创中国”试点 is a title
won, dev sets list none), and nothing when a program already covers the quotes (三变改革试点, 中国制造2025).
"""

from __future__ import annotations

import re

from .sentence import _Found, _Sentence

# not a pilot place or unit (“三全育人”试点省市, “科创中国”试点城市, “三交”试点市: a title won; 5 of the first diff's 32 lines)
QUOTED_PILOT = re.compile(r"“(?P<name>[\u4e00-\u9fff0-9A-Za-z+＋、]{2,12})”(?:改革)?试点(?!省|市|城市|县|区|镇|村|单位|企业)")
SELECTED = re.compile(r"(?:入选|获批|评为|列为|列入|确定为|命名为|授予|争创|作为)[^，。；“”]{0,10}$")


def quoted_pilots(s: _Sentence) -> None:
    text = s.text
    for m in QUOTED_PILOT.finditer(text):
        name = m.group("name")
        if SELECTED.search(text[max(0, m.start() - 12):m.start()]) or name.startswith("、") or name.endswith("、"):
            continue
        start, end = m.start(), m.end()
        if any(f.kind == "program" and (f.start < end and start < f.end or name in f.name) for f in s.found):
            continue
        s.found.append(_Found("program", name, start + 1, m.end("name"), 3))
