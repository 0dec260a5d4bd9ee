"""Round 19d (orgAC, organizations): banks named by their short names, a closed class.

The reports name the state banks by their short forms in lists of partners and lenders (`与工行、农行、中行、建行四家省分行
签署战略合作框架协议`, `积极运作国开行、农发行贷款项目`, `交行、招行、马鞍山农商行入驻`, `与…、省农发行、省航运集团等建立全面战略
合作`) and a place's rural bank by the place and 农商行/信用联社 (`推进建平农商行组建试点工作`, `完成市农商行、大洼农商行、盘山
农信联社机构改制`). The older rules read 工行, 国开行 and 农发行 (kg/data/entity_headless_organizations.txt) only in an
organization context and a list's later items not at all (dev20: `与国开行、工行、建行、交行、省信用联社签订…`).
Counted on 200 random corpus reports (seed 1932) by eval/corpus_samples/orgL/round19d/scan_banks.py (see the notes' README).

Now the short names of kg/data/entity_bank_short_names.txt are organizations wherever they stand as a word, and a place (a
division of the gazetteer, or 省/市/县/州/区 of the reporting unit) followed by a rural bank's short head (农商行, 农信联社,
信用联社) is one. A two-character name must stand between word bounds (工行 is no bank in 化工行业, nor 建行 in 创建行动,
中行 in 集中行政, 农行 in 强农行动): after the start, a list's 、 or a function word, and before 、, 和, 等, a count, a
clause's end or a lender's word (贷款, 签). A bare class (推进农信社改制, 64家农信社改制组建农商行) is left alone: GUIDELINES.md
takes named companies.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .patterns import _Found

DATA = Path(__file__).resolve().parents[2] / "data" / "entity_bank_short_names.txt"
# what may stand before a two-character short name (a list's 、, a clause's start, a function word, a level of the bank)
LEFT = "、，,。；;：:（(“与和及同向在由对跟省市"
# what may follow it (a list's 、, 和, 等, a count of branches, a clause's end, a lender's or signer's word)
RIGHT = "、，,。；;：:）)”和及与等签贷合分支的在为一二三四五六七八九十两0123456789"
RURAL = r"(?:农商行|农信联社|信用联社|农村信用联社)"
PREFIX = "省市县州"
# before 省/市/县: a whole, not the reporting unit's own bank (全市农商行, 各县信用联社, 城市, 全省建行业)
NOT_OWN = "全各本每该城分外"


@lru_cache(maxsize=1)
def _names() -> tuple[str, ...]:
    names = [ln.strip() for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(sorted(set(names), key=len, reverse=True))


@lru_cache(maxsize=1)
def _rx() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, _names())) + ")|" + RURAL)


@lru_cache(maxsize=1)
def _gate() -> re.Pattern[str]:
    """perf: the last two characters of every short name and of RURAL's words: of 1,800 sentences with 行 or 联社 in 40
    reports, 1 in 20 holds one (进行, 实行, 行动 name no bank)."""
    return re.compile("|".join(map(re.escape, sorted({name[-2:] for name in _names()} | {"商行", "联社"}))))


def _bank_spans(text: str) -> list[tuple[int, int]]:
    from .stems import _places, pos

    spans = []
    for m in _rx().finditer(text):
        s, e = m.start(), m.end()
        name = m.group(0)
        if re.fullmatch(RURAL, name):
            # a rural bank needs its place: 大洼农商行, 宁安信用联社, 市农商行 (not 全区农商行, 组建农商行, 三家信用联社)
            place = next((text[k:s] for k in range(max(0, s - 6), s - 1) if text[k:s] in _places()), "")
            if not place and s >= 2:
                words = pos(text[max(0, s - 8):s])
                if words and words[-1][1] == "ns" and len(words[-1][0]) >= 2:
                    place = words[-1][0]  # a county jieba knows (大洼, 盘山, 建平)
            if place:
                s -= len(place)
            elif s > 0 and text[s - 1] in PREFIX and (s < 2 or text[s - 2] not in NOT_OWN):
                s -= 1
            else:
                continue
            spans.append((s, e))
            continue
        if len(name) == 2:
            if s > 0 and text[s - 1] not in LEFT or e < len(text) and text[e] not in RIGHT:
                continue
        if s > 0 and text[s - 1] in "省市" and (s < 2 or text[s - 2] not in NOT_OWN):
            s -= 1  # 省农发行, 省建行: the bank's provincial branch as the text names it
        spans.append((s, e))
    return spans


def round19d_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Banks named by their short names (see above)."""
    if "行" not in text and "联社" not in text or _gate().search(text) is None:
        return found  # the cheap tests first: it is called for every sentence
    out = found
    for s, e in _bank_spans(text):
        if any(f.start < e and s < f.end for f in out):
            continue  # read already (工行 of the lexicon, a project's name)
        if out is found:
            out = list(found)
        out.append(_Found("organization", text[s:e], s, e, 0))
    return out
