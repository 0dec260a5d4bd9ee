"""Round 21b (progEA, programs): the items of a colon list of programmes — glossary lines and run-in terms.

`13.“八大提升行动”：基础设施提升行动、城市管理提升行动、…和谐社区提升行动…` (dev24 淮南), `3.“六大工程”：这是…的部署，包括强核工程、
立柱工程、强链工程…` (dev17 广东), `11．“十大提升计划”：指…计划、社区标准化建设计划、乡村净化计划…` (dev16 肇庆), `21．“四大专项行动”：
“两不愁三保障”再排查行动、扶贫项目资金管理清查行动…` (dev20 资阳), and in the corpus `13. 七大工程：` + `产业振兴工程、城镇扩容提质工程、
县域崛起工程…` (株洲 2016), `［32］七大重点工程：创新成果转化工程、…` (海口 2022): a glossary entry or a run-in term names a set of
programmes, and the items after its colon (or the whole next sentence, when the term was read as a heading) are listed without a
verb, so no program rule read them, or read one item of eight. The dev sets list every item as a program (dev16, dev17, dev20,
dev24). Counted on 200 random corpus reports (seed 2122, `eval/corpus_samples/entN/round21b_programs/scan.py`).

The list: after a colon (or from the sentence's start), an optional 指/即/包括, then two or more items joined by 、 (the last one may be
joined by 和 or 及) running to the sentence's end; every item ends with the same programme head (工程, 行动, 计划, 攻坚战, 革命, 机制, 制度: 广元 2022
`常态化政企沟通“六大机制”：困难问题会商机制、跟踪服务机制…`).
Not: a list whose first item a verb opens (实施…工程、…工程, 坚持和完善…制度、…: the verb rules' list), an item with
a verb at its start, with 的 or 中的 (农村环境整治工作中的厕所革命), with a
number (500千伏盘州输变电工程, 20件在建骨干水源工程: counted or works), with a works word (公路, 铁路, 水库, 大桥, 机场, 航道, 港区, …期工程…:
a project), or crossing a name some rule found of another kind; a list with an item longer than 24 characters (a sentence).
A program the rules found inside an item (谐社区提升行动: 和 read as a conjunction) gives way to the whole item.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _clean, _Sentence

HAN = "\u4e00-\u9fff"
HEADS = ("专项行动", "攻坚战", "工程", "行动", "计划", "革命", "机制", "制度")
# the list starts after a colon or at the sentence's start (a run-in term read as a heading leaves its items alone); 指/即/包括 may
# open it; it runs to the sentence's end (a full stop, a semicolon or nothing)
LIST = re.compile(
    r"(?:^\s*|[：:]\s*|包括|主要包括|主要有)(?:即|指|是指|主要指|包括|主要包括)?"
    rf"(?P<items>[{HAN}“”（）()]{{2,26}}?(?:{'|'.join(HEADS)})(?:、[{HAN}“”（）()]{{2,40}}?(?:{'|'.join(HEADS)}))+)"
    r"\s*[。；;]?\s*$"
)
GATE = re.compile(rf"(?:{'|'.join(HEADS)})、")
# an item opened by a verb or an adverb is a clause (实施…工程), not a name of the list
VERB_START = re.compile(r"^(?:实施|推进|开展|启动|抓好|做好|搞好|办好|加快|深入|持续|积极|建成|完成|加强|推动|深化|继续|组织|全面|大力|"
                        r"着力|扎实|落实|坚持|完善|健全|建立|构建|规范|强化|探索|改进|建设|新建|续建|开工|谋划|争取|打造|创建|制止|反对|坚决|重点|力争|确保|主要|这是)")
# what may not stand in an item: 的/中 (a description), a number (a count or a works), a works word (a project), 等 (an open list)
NOT_IN = re.compile(r"[的等0-9０-９]|中的|公路|铁路|高速|水库|大桥|机场|电站|变电|输电|线路|枢纽|管网|隧道|港口|港区|航道|码头|水厂|干渠|灌区|期工程")
# a head followed by 即/指/是 inside an item: a term and its definition were read as one item
HEAD_INSIDE = re.compile(rf"(?:{'|'.join(HEADS)})”?(?:即|指|是|，)")
NUMBERED = re.compile(r"^(?:[0-9０-９]{1,2}[.．、]|［[0-9]{1,2}］|\[[0-9]{1,2}\])")


def _items(text: str, a: int, b: int, head: str) -> list[tuple[int, int]] | None:
    """The spans of the items in text[a:b], or None when one item does not end with the head."""
    spans, start = [], a
    for i in range(a, b + 1):
        if i == b or text[i] == "、":
            spans.append((start, i))
            start = i + 1
    last_a, last_b = spans[-1]
    for j in (m.start() for m in re.finditer(r"[和及]", text[last_a:last_b])):
        left, right = text[last_a:last_a + j], text[last_a + j + 1:last_b]
        if left.endswith(head) and right.endswith(head) and len(_clean(right)) > len(head) + 1:
            spans[-1:] = [(last_a, last_a + j), (last_a + j + 1, last_b)]  # …道路提升工程和乡村道路安全生命防护工程
            break
    return spans if all(text[x:y].endswith(head) for x, y in spans) else None


def colon_lists(s: _Sentence) -> None:
    """Add the items of a colon list of programmes (see the module's doc)."""
    text = s.text
    body = NUMBERED.sub(lambda m: " " * len(m.group(0)), text)
    m = LIST.search(body)
    if not m:
        return
    a, b = m.span("items")
    first = text[a:b].split("、", 1)[0]
    head = next((h for h in HEADS if text[a:b].endswith(h)), None)
    if head is None or not first.endswith(head):
        return
    if VERB_START.match(_clean(first)):
        return  # 实施文明守望工程、…, 坚持和完善民族区域自治制度、…: a verb opens the list, the verb rules read it
    spans = _items(text, a, b, head)
    if not spans or len(spans) < 2 or any(HEAD_INSIDE.search(text[x:y - len(head)]) for x, y in spans):
        return  # “三干”工程即潭州大道快速化改造工程、…: the list starts inside an item, after a term and 即
    for x, y in spans:
        name = _clean(text[x:y])
        if not (len(head) + 2 <= len(name) <= 24) or VERB_START.match(name) or NOT_IN.search(name) or name in HEADS:
            continue
        crossing = [f for f in s.found if f.start < y and x < f.end]
        if any(f.kind != "program" or f.start < x or f.end > y for f in crossing):
            continue  # a name of another kind, or a program that runs out of the item: leave the item to it
        if any(f.name == name for f in crossing):
            continue
        s.found = [f for f in s.found if f not in crossing]  # 谐社区提升行动 gives way to 和谐社区提升行动
        s.found.append(_Found("program", name, x, y, 2))
