"""Round 23b (projIA): items of a list that got the last item's head only, without the kind written before that head.

Pattern (cross-set table `eval/corpus_samples/entM/round23b_projIA/README.md`, sub-shape K; corpus seed 2311): a 、/和 list of
bare names whose last item carries a kind word between its name and the head, written once for all of them; the head rule
(`heads._shared_head`) gives the earlier items the head alone:

- 推进寇河、中固河、王河防洪治理工程 (dev25) -> 寇河工程 (before), 寇河防洪治理工程 (gold);
- 全面完成升辉早市、万路夜市改造工程 (dev25) -> 升辉早市工程 (before), 升辉早市改造工程 (gold);
- 努力实施绿榕南路、绿榕西路贯通工程 (dev22) -> 绿榕南路工程 (before), 绿榕南路贯通工程 (gold);
- 镇赉、通榆2座公铁立交桥完成主体工程 (dev26) -> 镇赉立交桥 (before), 镇赉公铁立交桥 (gold).

Every gold holding such a list keeps the kind for each item (dev24's 大清河整治工程 of 大清河、大旱河整治工程, dev24's
沈阳地铁工程 of 沈阳和大连地铁工程, the four above; `gold_cuts.txt`); none gives an item the head alone. On the 200 of seed
2311 the head-only items are airports (达茂、石拐通用机场), parks (篁岭、鄱阳湖国家湿地公园; 井店湖…洋下海绵公园), sewage plants
(弋阳…婺源城镇生活污水处理厂), piers (涵江…小日陆岛交通码头), waterworks (汀江、九龙江防洪工程; 泸定顺河堰…道孚尼措水利工程).

The kind is read from a closed list (`KIND`: the words seen between a list's last name and its head in the 200 and the sets);
a count of the items (2座) between the last item and the kind is skipped. Only a find that is not written in the text as
it stands (item + head, made by the head rule) is completed, and only when its item stands right before a 、/和 of the list.
"""
from __future__ import annotations

import re

from .patterns import _Found

# the kind written once between the last item's name and the head (longest first within each group): works and aims
# before 工程 (防洪治理, 贯通, 改造), grades and kinds of parks, airports, plants, piers and bridges
KIND = ("防洪治理|综合治理|综合整治|环境整治|提升改造|升级改造|改扩建|防洪|整治|治理|贯通|改造|扩建|水利|"
        "国家级|国家|省级|通用|支线|城镇生活|城镇|生活|海绵|陆岛交通|公铁")
KIND_RUN = re.compile(rf"(?:{KIND})+$")
COUNT = re.compile(r"[两二三四五六七八九十0-9]+[座个处条]$")
# an item that ends in a head of its own names a place or a works of its own (seed 2312's blind 100: 潖江蓄滞洪区)
ITEM_HEAD = re.compile(r"(?:区|园|中心|基地|场|厂|站|港|库|馆)$")
CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")
# what may stand between the item and the kind: the list's separators and further items (no clause break, no 等 or 的:
# 那拉提至巴仑台、…、罗中至若羌等域内干支线公路 closes with a kind of roads, not the last route's); an item is 1 to 10 characters
BETWEEN = re.compile(r"(?:[、和][^、和及与等的，,。；;：:！？!?（）()“”]{1,10})+")


def _completed(f: _Found, text: str) -> str | None:
    """寇河工程 (made from 寇河、中固河、王河防洪治理工程) -> 寇河防洪治理工程; None when nothing is to be done."""
    name = f.name
    if name in text:
        return None  # written as it stands: a name of its own
    for k in range(1, min(5, len(name) - 2) + 1):
        item, head = name[:-k], name[-k:]
        at = text.find(item, f.start, f.end)
        if len(item) < 2 or at < 0 or text[at + len(item):at + len(item) + 1] not in ("、", "和"):
            continue
        stop = CLAUSE_END.search(text, at)
        hs = text.find(head, at + len(item), stop.start() if stop else len(text))  # the find may span the item alone (达茂)
        if hs < 0:
            continue
        between = text[at + len(item):hs]
        kind = KIND_RUN.search(between)
        if not kind:
            return None
        rest = between[:kind.start()]
        count = COUNT.search(rest)
        if count:
            rest = rest[:count.start()]
        last = re.split(r"[、和]", rest)[-1]
        if not BETWEEN.fullmatch(rest) or len(last) < 2 or last.endswith(kind.group(0)):
            return None
        if kind.group(0) in item or KIND_RUN.search(item) or ITEM_HEAD.search(item):
            return None  # 黄河干流防洪、蓄集峡水利枢纽, 潖江蓄滞洪区、南岭国家公园: an item ending in a kind or a head is a name of its own
        return item + kind.group(0) + head
    return None


def round23b_lists(found: list[_Found], text: str) -> list[_Found]:
    """寇河、中固河、王河防洪治理工程: 寇河工程 -> 寇河防洪治理工程 (the list's kind written once before the head)."""
    if "、" not in text and "和" not in text:
        return found
    out = []
    have = {f.name for f in found if f.kind == "project"}
    for f in found:
        new = _completed(f, text) if f.kind == "project" else None
        if new is None:
            out.append(f)
        elif new not in have:
            out.append(_Found(f.kind, new, f.start, f.end, f.rank))
            have.add(new)
    return out
