"""Round 21 (projDB): a road in a list completed with another item's road head (扩建胡惠元堤路、洪都大道 -> 胡惠元堤路大道).

Pattern (corpus seed 2102, `eval/corpus_samples/entM/round21_lists/scan_own_head.py`): the list walkers (round 17c's
`shared_heads`, round 18's facility heads) complete the items of `A、B、C大道` with the last item's head. Where an item is
already a road of its own (it ends in 路, 街, 大道, a road's section …段, or a numbered route …线), the head is not shared: it
belongs to the last item only, and the completed name is a road that does not exist:

- 扩建胡惠元堤路、洪都大道、墨山立交桥 -> 胡惠元堤路 (not 胡惠元堤路大道);
- 公滨路、延兴路、化工路、松浦大道全线贯通 -> 公滨路, 延兴路, 化工路;
- 京赞线、正南线等主干公路顺利竣工 -> 京赞线 (not 京赞线公路);
- 胜利路东段、…、大连湾疏港高速公路 -> 胜利路东段; 京沈高铁沈阳至承德段、新民至通辽高铁 -> 京沈高铁沈阳至承德段.

The item is kept bare (the gold's convention for the items of a list: each as the text writes it). Not touched: a route
qualifier before a rail or motorway head (江津至泸州北线高速公路, 成渝中线高铁, 吐鲁番-库尔勒二线铁路: 线 reads a line of that
works), a place named for a bridge (新桥、大沙河等5座水库, 高桥…等高速公路下线口: no road head), a facility at a street
(福民街、建林街、南市区公办幼儿园, 滨江路、站前路…特色街区: the added head is no road), works words (鲁迅路、五一路等拓宽改造工程).
"""
from __future__ import annotations

import re

from .patterns import _Found

# an item that is a road already: a street or road name, a road's or line's section (胜利路东段, 京沈高铁沈阳至承德段)
# (not a span between two roads: 红山路—和燕路快速路 is the fast road from one to the other)
_ROAD_ITEM = re.compile(r"^(?![^—－至]*[—－至])[\u4e00-\u9fff0-9]{1,12}(?:路|大路|街|大街|大道)$|"
                        r"[\u4e00-\u9fffA-Za-z0-9]*(?:路|街|大道|高速|高铁|铁路|公路|线)[\u4e00-\u9fff]{0,4}(?:至[\u4e00-\u9fff]{2,6})?段$")
# a numbered or named route (威青线, 京赞线): a road only before a road head, not before a rail or motorway one (北线高速公路)
_ROUTE_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,8}线$")
# the head added to it: another road, a bridge or a rail line
_ROAD_HEAD = re.compile(r"^(?:大道|大街|大路|公路|高速公路|高速|快速路|快速通道|国道|省道|大桥|桥|铁路|高铁|城际铁路)(?:[一二三四五六七八九十]期)?$")
_ROUTE_HEAD = re.compile(r"^(?:大道|大街|大路|公路)(?:[一二三四五六七八九十]期)?$")
_AFTER_ITEM = "、和及与等"


def _road_item(text: str, name: str, start: int, end: int) -> tuple[str, int] | None:
    """(item, its offset) when `name` is an item of text's list that ends in a road of its own, completed with a road head."""
    if name in text:
        return None
    a = max(text.rfind(c, 0, start) for c in "，,。；;：:") + 1
    for k in range(len(name) - 1, 2, -1):
        item, added = name[:k], name[k:]
        at = text.rfind(item, a, end)
        while at >= 0 and (at + k >= len(text) or text[at + k] not in _AFTER_ITEM):
            at = text.rfind(item, a, at)
        if at < 0:
            continue
        if _ROAD_ITEM.search(item) and _ROAD_HEAD.match(added) or _ROUTE_ITEM.search(item) and _ROUTE_HEAD.match(added):
            return item, at
        return None
    return None


def round21_lists(found: list[_Found], text: str) -> list[_Found]:
    """胡惠元堤路大道 of `扩建胡惠元堤路、洪都大道` -> 胡惠元堤路 (an item that is a road already keeps its own head)."""
    if "、" not in text and "和" not in text and "及" not in text:
        return found
    names = {(f.kind, f.name) for f in found}
    out: list[_Found] = []
    for f in found:
        hit = _road_item(text, f.name, f.start, f.end) if f.kind == "project" else None
        if hit is None:
            out.append(f)
            continue
        item, at = hit
        if ("project", item) in names:
            continue  # the bare road is found already
        names.add(("project", item))
        out.append(_Found("project", item, at, at + len(item), f.rank))
    return out
