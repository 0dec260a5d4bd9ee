"""Round 19c (progAC, programs): the last item of a list closed by a counted collective name is not glued to that name.

`清河、护岸、净水、保湖“四项行动”` gave 清河行动, 护岸行动, 净水行动 and **保湖四项行动**; `团结稳州、生态立州、口岸强州、旅游兴州
“四大发展战略”` gave only **旅游兴州四大发展战略**; `打好贫困户C、D级危房改造、饮水安全“两个歼灭战”` (dev20) gave 饮水安全两个歼灭战.
The count (四项, 四大, 两个) belongs to the whole list, never to its last item: a name made of the last item + the counted
name is wrong under either convention the gold files follow for such lists — the items completed with the head (dev7 fushun
`青山、绿水、蓝天…六大工程` → 绿水工程 …, dev7 yinchuan `…“三大攻坚战”` → 精准脱贫攻坚战 …; what the extractor mostly does) or the
counted name kept (dev19 `政策落实、…“六大专项行动”` → 六大专项行动, dev20 `碧水守护、…“五大行动”` → 五大行动, dev11 环保“三项改革”).

Counted on 200 random corpus reports (seed 1921, eval/corpus_samples/entN/round19c/scan_counted_lists.py): a list closed by a
counted name in 71 reports; the last item glued to the counted name in 12 of them.

Fix: a program `ITEM + N大|N项|N个 + TAIL` whose ITEM is the last item of a 、 list (the text before it is 、, or 和/及 after a 、 list: A、B和C三大…) is renamed:
- ITEM + TAIL when the other items of the list were already completed with TAIL (保湖四项行动 → 保湖行动, next to 清河行动);
- else the counted name N + TAIL itself (旅游兴州四大发展战略 → 四大发展战略, as dev19/dev20 keep 六大专项行动, 五大行动).
Owners written as a list before the counted name are no items, but the count is not theirs either: 省委、省政府“三大发展战略”
→ 三大发展战略. Not: a counted name followed by 等, itself
one element of a longer list (dev11 `生态综合执法、河湖长制、环保“三项改革”等创新做法`: the gold keeps 环保三项改革); a list
whose item before is itself a quoted counted name (工业“五大攻坚”、…旅游业“四大行动”: each counted name has its own
qualifier); two items joined by 和 as many as the count (松既和铜罐驿两大长江提水工程). A name already found makes the
glued one go.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _clean, _Sentence

GLUED_COUNT = re.compile(r"(?P<count>[一二三四五六七八九十两](?:大|项|个))(?P<tail>[\u4e00-\u9fff]{0,6}?"
                         r"(?:行动|工程|计划|战略|机制|改革|攻坚战|歼灭战|保卫战|战役|活动|革命|会战|专项))$")
LIST_ITEM_SPLIT = re.compile(r"[，。；：]")
COUNT_GATE = re.compile(r"[一二三四五六七八九十两][大项个]")
NUMERALS = "一二三四五六七八九十"  # 两 is 2 below
# an item that is itself a quoted counted or numbered name: 湘江保护和治理省“一号重点工程”、洞庭湖水环境综合治理“五大专项行动”
COUNTED_QUOTE = re.compile(r"“[一二三四五六七八九十两百千万0-9]+[大项个号条][^”]*”$")


def counted_list_names(s: _Sentence) -> None:
    """Rename the last item glued to the counted name that closes its list (see the module's doc)."""
    names = {f.name for f in s.found if f.kind == "program"}
    out: list[_Found] = []
    changed = False
    for f in s.found:
        m = GLUED_COUNT.search(f.name) if f.kind == "program" else None
        at = _item_start(s.text, f.name[:m.start()], m.group("count")) if m and m.start() >= 2 else -1
        if at < 3 or s.text[at - 1] not in "、和及":
            out.append(f)
            continue
        item, count, tail = f.name[:m.start()], m.group("count"), m.group("tail")
        before = s.text[:at - 1]
        cut = max((x.end() for x in LIST_ITEM_SPLIT.finditer(before)), default=0)
        if s.text[at - 1] != "、" and "、" not in before[cut:]:  # A、B和C三大…: a list all the same
            out.append(f)
            continue
        raw = [x for x in re.split("[、和及]", before[cut:]) if x]
        items = [_clean(x) for x in raw]
        if not items or len(items[-1]) < 2 \
                or tail[0] in NUMERALS or COUNT_GATE.search(items[-1]) or COUNTED_QUOTE.search(raw[-1]) \
                or re.match("”?等", s.text[_name_end(s.text, at, f.name):]) \
                or len(re.split("[和及]", item.rstrip("和及"))) == (2 if count[0] == "两" else NUMERALS.find(count[0]) + 1):
            out.append(f)
            continue
        siblings = [n for n in names if n != f.name and n.endswith(tail) and len(n) > len(tail)
                    and any(x.endswith(n[:-len(tail)]) or n[:-len(tail)].endswith(x) for x in items[-3:])]
        new = item + tail if siblings else count + tail
        changed = True
        if new in names:
            continue
        names.add(new)
        out.append(_Found(f.kind, new, f.start, f.end, f.rank))
    if changed:
        s.found[:] = out


def _name_end(text: str, at: int, name: str) -> int:
    """Where NAME, written from AT with quotes allowed inside, ends in the text."""
    i, j = at, 0
    while i < len(text) and j < len(name):
        if text[i] == name[j]:
            j += 1
        elif text[i] not in "“”":
            break
        i += 1
    return i


def _item_start(text: str, item: str, count: str) -> int:
    """Where ITEM (quotes allowed inside) written right before COUNT starts in the text, or -1."""
    m = re.search("“?" + "[“”]?".join(map(re.escape, item)) + "[“”]?" + re.escape(count), text)
    return m.start() if m else -1
