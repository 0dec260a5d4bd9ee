"""Round 19c (projAD): two named works joined by 和/及/以及 inside one found project name.

Pattern (seed 1922, `eval/corpus_samples/entM/round19c_bounds/scan_pairs.py`): a found project name holds a complete
works name (its last word a works head: 路, 大桥, 高速公路, 号线, 机场, 水库, …, optionally an extension or a phase after
it: 南延, 全线, 泉州段, 三期) followed by 和/及/以及 and a second item:

- 三贤路及雷音大桥, 澄海路及大学路立交, 松山湖快速干线和龙林高速公路, 地铁17号线全线和6号线南延 -> two works (the second ends
  in a works head or an action of its own);
- 沈彰高速公路和沈抚 (沈抚 opens the next list: 沈抚、沈铁、苏桃等一级公路), 营盘水库和长桥海 -> the first only (the second is bare).

Left whole (the official gold and the dev sets keep them as one works):
- the second is an attachment of the first: 三门湾大桥及接线, 潮阳站站房主体工程及进出站路, T3航站区及配套设施工程;
- the first has no head of its own (the head or the action is written once, for both): 锡宜及沪武高速扩建, 地铁4号和5号线,
  七星花园及北岸新城排涝; nor when the first is bare and the second carries an action both share: 南宁站和南宁南站改扩建;
- 和 inside a word (jieba does not read it as a word of its own): 337线和惠公路, 颐和路, 和平广场, 人和, 中和;
- 与 (a link between the two: 沈大与丹大高速公路连接线, 东江与水库联网供水工程) is not split.
"""
from __future__ import annotations

import re

from ..tokens import pos
from .heads import _conjunction_at
from .patterns import _Found

# works heads a first item must end in (closed list: the heads of the joined pairs read on the 200 of seed 1922)
_HEAD = (r"(?:高速公路|高速|公路|快速路|快速干线|干线|大道|路|街|大桥|桥|立交|隧道|铁路|高铁|城际|号线|线|站|机场|航站楼|水库|"
         r"电站|电厂|水厂|处理厂|港区|码头|口岸|枢纽|合作区|产业园|工程|项目)")
# what may follow the head inside the first item: an extension, a segment, a phase, an action of its own
_TAIL = (r"(?:全线|[东南西北]延(?:伸)?(?:线|段)?|延伸段|[^和及以与、，]{0,6}?段|[一二三四五六七八九十]期(?:工程)?|"
         r"改扩建|扩建|大修|外移|改造|提升|新院)?")
_FIRST = re.compile(_HEAD + _TAIL + r"$")
# an action ending a name (shared by both items when only the second writes it)
_ACTION = re.compile(r"(?:改扩建|扩建|改建|改造|整治|治理|建设|排涝|提升|扩容|修缮|大修|升级|外移)$")
# attachments of the first works (one works with it), and words that start no name
_ATTACHED = re.compile(r"^(?:配套|接线|进出|附属|相关|周边|沿线|连接|两岸|配建|引线|匝道|辅道|站房|改造|整治|扩建|改扩建|"
                       r"提升|延伸|综合|环境|景观|其|各|有关|部分|一批|服务区|收费站|规划|站点|站前|送出|灌区|[一二三四五六七八九十两几多])")
_SECOND_HEAD = re.compile(_HEAD + _TAIL + r"$")
_STAGED = re.compile(r"(?:段|[一二三四五六七八九十]期(?:工程)?)$")
_ROUTE_ONLY = re.compile(r"^[A-Z]?\d+线$")  # 337线和惠公路: a route number before a 和- name
# a first item that names a class of facilities, not one works (公交场站和过街天桥, 通乡油路和农村公路通畅工程,
# 天然气长输管线和市内支线, 污泥处理工程和山区片: the 200 of seed 1922): left as found
_CLASS_FIRST = re.compile(r"^(?:公交|过街|通乡|通村|农村|城乡|天然气|市内|县乡|乡村|污泥|污水|垃圾|供水|排水|雨污)")
_CONN = re.compile(r"以及|及|和")
# round 20 (projBA): a one-character works head before 和 (加压站和呼延水厂, 无锡站和沪宁城际铁路, 南延线和3号线, 汽车线和长安福特…):
# heads._conjunction_at reads a lone character before 和 as part of a trading name (均和集团) and keeps the pair whole;
# here the first item ends in a works head, so a 和 that jieba tags as a conjunction of its own joins two works
_ONE_CHAR_HEAD = frozenset("站线路桥厂港")
_ROUTE_END = re.compile(r"[0-9A-Z]线$")


def _joins(name: str, at: int) -> bool:
    """True when 和 at `at` joins two items (a word of its own in jieba's reading of the pair)."""
    if _conjunction_at(name, at, len(name)):
        return True
    if name[at - 1:at] not in _ONE_CHAR_HEAD or _ROUTE_END.search(name, 0, at) and not re.match(r"[0-9A-Z]", name[at + 1:]):
        return False  # 237线和337线和惠公路: a route number before 和 and a Han name (和惠公路) after it
    lo = max(0, at - 4)
    offset, before = lo, ""
    for word, tag in pos(name[lo:]):
        if offset == at:
            return word == "和" and tag == "c" and before == name[at - 1]
        if offset > at:
            return False
        offset += len(word)
        before = word
    return False


def _split(name: str) -> tuple[str, str | None] | None:
    """(first, second or None when the second is bare) of a joined pair, or None when the name is one works."""
    for m in _CONN.finditer(name):
        first, second = name[:m.start()], name[m.end():]
        if len(first) < 3 or len(second) < 2 or not _FIRST.search(first) or _ROUTE_ONLY.match(first) \
                or first.startswith("第") or _CLASS_FIRST.match(first) or "等" in first or first.endswith("沿线"):
            continue  # 第三期项目和…, 石武、津秦等客运专线及大广, 环岛路沿线和…: no works of its own
        if re.fullmatch(_HEAD, second):
            return None  # 龙头水库及电站, 主干线公路及铁路: the second is a part of the first
        if m.group(0) == "和" and not _joins(name, m.start()):
            continue  # 和 inside a word
        if _ATTACHED.match(second) or _CONN.search(second):
            return None
        if _SECOND_HEAD.search(second) or _ACTION.search(second):
            act = _ACTION.search(second)
            if act and act.start() and not _ACTION.search(first) and not _STAGED.search(first) \
                    and _SECOND_HEAD.search(second[:act.start()]):
                return None  # 南宁站和南宁南站改扩建: the action is written once for both
            return first, second
        if len(second) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", second):
            return first, None  # 沈彰高速公路和沈抚: a bare item of the next list
        return None
    return None


def _bare_length(name: str) -> int:
    """Length of the bare second item at the end of a joined name (沈彰高速公路和沈抚 -> 2)."""
    return len(re.split(r"以及|及|和", name)[-1])


def _next_items_head(found: list[_Found], text: str, end: int) -> str | None:
    """The head the next item of the list takes (沈抚、沈铁、苏桃等一级公路: 沈铁一级公路 was found -> 一级公路;
    长桥海、洗洒扩容: 洗洒扩容 -> 扩容)."""
    if not text.startswith("、", end):
        return None
    for g in found:
        if g.kind != "project" or not end < g.start <= end + 1 or not (_SECOND_HEAD.search(g.name) or _ACTION.search(g.name)):
            continue
        for k in range(2, 5):  # the next item: 2 to 4 characters of the found name, then 、 or 等 in the text
            if text.startswith(g.name[:k], end + 1) and text[end + 1 + k:end + 2 + k] in ("、", "等") \
                    and len(g.name) - k >= 2:
                return g.name[k:]
    return None


def round19c_bounds(found: list[_Found], text: str) -> list[_Found]:
    """三贤路及雷音大桥 -> 三贤路, 雷音大桥; 沈彰高速公路和沈抚 -> 沈彰高速公路; 三门湾大桥及接线 stays one works."""
    if "和" not in text and "及" not in text:
        return found
    out: list[_Found] = []
    names = {(f.kind, f.name) for f in found}
    for f in found:
        parts = _split(f.name) if f.kind == "project" and ("和" in f.name or "及" in f.name) \
            and not text.startswith("至", f.end) else None  # 友谊关口岸至越南段高速公路: the second runs on
        if not parts:
            out.append(f)
            continue
        first, second = parts
        at = f.start if text.startswith(f.name, f.start) else -1
        pieces = [(first, f.start, f.start + len(first) if at >= 0 else f.end)]
        if second:
            pieces.append((second, f.end - len(second) if at >= 0 else f.start, f.end))
        elif at >= 0 and (head := _next_items_head(found, text, f.end)):
            bare = f.name[len(f.name) - _bare_length(f.name):]
            pieces.append((bare + head, f.end - len(bare), f.end))  # 沈抚 + 一级公路 of 沈铁一级公路
        for name, start, end in pieces:
            if ("project", name) not in names:
                names.add(("project", name))
                out.append(_Found("project", name, start, end, f.rank))
    return out
