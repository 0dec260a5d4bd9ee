"""Round 24 (projJB): bare names of a list closed by `[等…]<kind of works>工程` take the kind and 工程 written once.

Pattern (cross-set table `eval/corpus_samples/entM/round24_projJB/README.md`, sub-shape G; corpus seed 2402): a 、 list of
bare names (places, rivers, districts, routes `A至B`) closed by `等[一批|N处][重点|重大|大中型]<kind>工程`, or by `<kind>工程`
right after the last name, where the kind is a kind of works (公路, 绿化, 水源, 输变电, 污水处理, 防洪, 改造 …) written once for
all the items:

- 加快萨嘎至朗县、波密至墨脱、琼结至错那…等公路工程建设 (dev14) -> 萨嘎至朗县公路工程, 波密至墨脱公路工程 …;
- 重点加快阿白冲、阿扎河、云洞、丫多河、旱塘、铜厂、建水跃进水库引水等一批重点水源工程建设 (dev20) -> 阿白冲水源工程 …
  (建水跃进水库引水, a works of its own, stays as written);
- 完成禅南、藤沙和顺德等输变电工程选址选线 (dev21) -> 禅南输变电工程, 藤沙输变电工程, 顺德输变电工程;
- 实施城南立交桥、宁澜河、安澜河上游、和美园区道路等绿化工程 (dev19) -> 宁澜河绿化工程, 安澜河上游绿化工程;
- 灯杆河、仙人河防洪工程扎实推进 (辽源 2016), 开工建设鸡西、七台河城市供水水源引水工程 (黑龙江 2014): without 等.

Every gold holding such a list gives a bare item the kind and 工程 (`gold_cuts.txt`: dev13, dev14, dev18, dev19, dev20,
dev21; dev25's 寇河防洪治理工程 without 等); an item that is a works or a facility of its own (建水跃进水库引水, 营盘水库,
洙赵新河治理, 杨花桥水厂) and the items of `等重点工程` / `等重大工程` (no kind: 东部污水处理厂中水回用) stay as written.
Before, the items were found bare (阿白冲, 禅南), with the road head only (波密至墨脱公路) or not at all (灯杆河).

Items: round 23's `_bare` (2 to 5 characters, no head, works, kind or verb of their own; a voltage before it kept) that is
no common word or everyday noun (钢铁, 村庄) and holds no works of its own (NOT_BARE: 蒲河绿化, 封山育林, 解放街东通), or a
route `A至B`. With 等, items that are not bare are passed over, so a list mixing bare names and works of their own completes
the bare ones (bare items right before a `name + facility` item are left to it: 大田、大衣、营盘水库); without 等, the run is
the bare items next to the kind, each a place by a tag or its last character (not 大气、水体达标治理工程). Two items at least.
The kind is closed: its last word is a kind of works (KIND_END), without 等 its other words are kind words too (MOD); the
qualifiers 一批, a count, 重点, 重大, 大中型 after 等 are dropped (dev20's 阿白冲水源工程 of `等一批重点水源工程`); a kind with a
qualifier, a class or a second works joined on (NOT_KIND: 等重点民生工程, 等中型水库及烟基水源工程) is none. Not after 工程:
项目库, 建设资金, 区 (a register, money, an area).
"""
from __future__ import annotations

import re

from ..tokens import word_frequency
from .patterns import _Found
from .round23_lists import FACILITY, _bare
from .sentence import _strip_lead
from .stems import common_word, pos

# the last word of the kind: a kind of works done to a named place (公路工程, 水源工程, 绿化工程 …); chosen from the kinds the
# sets' golds complete (gold_cuts.txt) and the kinds written after bare names in seed 2402's 200 (scan_kind_works.py)
KIND_END = (r"公路|道路|绿化|供热|供水|水源|引水|输变电|变电|污水处理|水处理|排水|防洪|堤防加固|除险加固|水利|灌溉|"
            r"改造|提升|提质|整治|治理|修复|综保|保护")
# 等 + a count, a qualifier, a size and a class of the items (湖泊, 河流: 花马湖、南迹湖等湖泊水生态修复工程 -> 花马湖水生态修复工程,
# round 12b's cut), all dropped
QUAL = r"(?:一批|[0-9一二三四五六七八九十两]+[个处座条项])?(?:重点|重大)?(?:大中型|中小型|大型|中型|小型)?(?:湖泊|河流|河道|湖库)?"
# without 等 the kind is told from the last item by its words: modifiers of a kind (城市供水水源引水, 深度水处理) + KIND_END
MOD = r"城市|城镇|深度|综保|堤垸|跨海|干流|供水|水源|生态|景观|环境|综合|亮化|美化"
# without 等 an item is a place by its words (a place, a person's or a proper name's tag) or its last character
PLACE_TAG = ("ns", "nr", "nz", "j")
PLACE_END = re.compile(r"[河湖江山沟县市镇乡村岛湾口港浦塘洞冲溪渠堰岭峡州城]$")
TAIL = re.compile(rf"(?:等{QUAL}(?P<kind>[\u4e00-\u9fff]{{0,6}}?(?:{KIND_END}))|"
                  rf"(?<=[\u4e00-\u9fff])(?<!等)(?P<kind2>(?:{MOD}|{KIND_END}){{0,3}}(?:{KIND_END})))工程(?!项目库|建设资金|区)")
# not a kind: a qualifier or a class; a second works joined on (三明 2016 `…等中型水库及烟基水源工程`: seed 2403's blind 100)
NOT_KIND = re.compile(r"重点|重大|一批|领域|民生|惠民|实事|前期|主体|配套|专项|各项|[一二三四五六七八九十]大|性|[及和与的、]")
ROUTE = re.compile(r"([\u4e00-\u9fff]{2,6})至([\u4e00-\u9fff]{2,6})")
NOT_ROUTE = re.compile(r"[的和及与等]|高速|铁路|公路|道路|工程|项目|改|扩|建|线")
SHARES_HEAD = re.compile(rf"[\u4e00-\u9fff]{{2,5}}(?:{FACILITY})(?=$|[和及])")
# a street's works of its own (解放街东通, 松州路北通: an opening eastward; dev19's 道路工程 list), a street named in the item,
# a works or a kind of works of its own (蒲河绿化, 封山育林, 退耕还林, 防护林, 水源地保护, 水土保持: 沈阳 2012, 广西 2008)
NOT_BARE = re.compile(r"变$|[东西南北]通$|贯通$|打通$|[路街]|绿化|造林|育林|还林|林$|保护|保持|治理|整治|防治|修复|利用|节能|减排")
VOLT = re.compile(r"[0-9]{2,4}(?:千伏|kV|KV)")
LEAD = re.compile(r"加快|推进|实施|启动|完成|建成|开工|新建|抓好|做好|开展|推动|重点")
SEP = re.compile(r"、|[和及](?=[^、]*$)")  # 和/及 before the last item only (禅南、藤沙和顺德)
CLAUSE_END = "，,。；;：:！？!?（(）)"


def _item(item: str) -> bool:
    """阿白冲, 安澜河上游, 萨嘎至朗县: a bare name or a route of two; not 钢铁 (a common word), 营盘水库, 洙赵新河治理."""
    if ROUTE.fullmatch(item):
        return not NOT_ROUTE.search(item)
    volt = VOLT.match(item)
    if volt and volt.end() < len(item):
        item = item[volt.end():]  # 500千伏梅里 (无锡 2008): the voltage stays in the name, as dev22's 220千伏官塘输变电工程
    if not _bare(item, False) or common_word(item) or NOT_BARE.search(item):
        return False
    words = pos(item)
    # one everyday noun (村庄 976, 厂矿 103: 乌兰察布 2018's 道路、村庄、厂矿…绿化工程) is a kind of place, not a name
    return not (len(words) == 1 and words[0][1] == "n" and word_frequency(item) >= 100)


def _place(item: str) -> bool:
    """前埔, 七台河, 封开江口: a place by a tag or its last character; not 大气, 水体达标 (域内大气、水体达标治理工程)."""
    return PLACE_END.search(item) is not None or any(flag.startswith(PLACE_TAG) for _, flag in pos(item))


def runs(text: str) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """(list start, tail end, [(item start, item end, name)]) of each list A、B等<kind>工程 whose bare items take the kind."""
    out: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    if "、" not in text or "工程" not in text:
        return out
    for m in TAIL.finditer(text):
        kind = m.group("kind") or m.group("kind2")
        if NOT_KIND.search(kind):
            continue
        at = m.start()
        cs = max(text.rfind(c, 0, at) for c in CLAUSE_END) + 1
        seps = [cs + x.start() for x in SEP.finditer(text[cs:at])]
        if not seps:
            continue
        bounds = []
        end = at
        for sep in reversed(seps):
            bounds.append((sep + 1, end))
            end = sep
        first = _strip_lead(text, cs, end)
        verbs = [v.end() for v in LEAD.finditer(text, first, end)]
        bounds.append((verbs[-1] if verbs else first, end))  # 水利基础设施建设重点加快阿白冲 -> 阿白冲
        bounds.reverse()
        items, shared = [], False
        for a, b in reversed(bounds):  # 大田、大衣、营盘水库和…等水源工程: 大田, 大衣 share 营盘水库's facility, not the kind
            if _item(text[a:b]) and (m.group("kind") is not None or _place(text[a:b])):
                if not shared:
                    items.insert(0, (a, b, text[a:b] + kind + "工程"))
            elif m.group("kind") is None:
                break  # without 等 the run is the bare items next to the kind (汀江、九龙江防洪工程、烟草水源工程: 烟草 alone)
            else:
                shared = SHARES_HEAD.match(text[a:b]) is not None
        if len(items) < 2:
            continue
        out.append((bounds[0][0], m.end(), items))
    return out


def round24_lists(found: list[_Found], text: str) -> list[_Found]:
    """阿白冲、阿扎河…等一批重点水源工程 -> 阿白冲水源工程, 阿扎河水源工程 … (the kind and 工程 written once)."""
    if "、" not in text or "工程" not in text:
        return found
    out = list(found)
    for start, end, items in runs(text):
        names = {n for _, _, n in items}
        if any(f.kind == "project" and f.start < end and start < f.end and (f.start < start or f.end > end)
               and f.name not in names for f in out):
            continue  # a find runs past the list: another rule's longer name
        for a, b, _ in items:
            # the item's own finds (阿白冲, 波密至墨脱公路, 藤沙和顺德) give way to the completed name
            out = [f for f in out if not (f.kind in ("project", "organization") and a <= f.start < b and f.name not in names)]
        have = {f.name for f in out if f.kind == "project"}
        for a, _, name in items:
            if name not in have:
                have.add(name)
                out.append(_Found("project", name, a, end, 0))
    return out
