"""Round 23 (projHA): bare names in a list that share the last item's facility and the works done to it.

Pattern (cross-set table `eval/corpus_samples/entM/round23_projHA/README.md`, sub-shape H1; corpus seed 2301): a 、 list of
bare names (places, rivers, plants by their place, road numbers) whose last item carries a facility word and the works done
to it, written once for all of them:

- 完成靖州、辰溪污水处理厂提标扩建 (dev23) -> 靖州污水处理厂提标扩建, 辰溪污水处理厂提标扩建;
- 石澧、常鲇航道整治稳步推进 (dev19) -> 石澧航道整治, 常鲇航道整治;
- 搞好龙凤山、友谊、香磨山、倭肯河等大型灌区节水改造 (dev19) -> 龙凤山灌区节水改造 … (等 and the size after it dropped);
- 106、107国道改建 (dev19), 以325、105国道改造为重点 (dev21) -> 106国道改建, 325国道改造 …;
- 完成临泽蓼泉、民乐酥油口中型灌区现代化改造 (dev24), 加快建设张掖城南、火车站110千伏变电站主变增容工程 (dev24).

Every gold that holds such a list completes each item with the whole shared part, facility and works together (the cuts
above; dev25's 南城子水库除险加固工程, dev19's 咸宁500千伏变电站扩建工程 keep the works after a facility too). Before, the
head rule (`heads._shared_head`) carried the facility only (靖州污水处理厂: the works cut) or nothing was found (the bare
names are no names to the peer tests), and round 18c's `shared_works_heads` reads only items that end in a place noun of
their own (人民公园、桃山公园改造). A name's own 项目 is cut (the official gold's convention); 工程 stays.

Not: an item that is a name of its own (董梁高速、青兰高速改扩建: a head or works word in the item), a kind or an area
(城区、农村, 大中型, 重点), a verb, a count; a list of one item; numbers only before a road word (国道, 省道).
"""
from __future__ import annotations

import re

from .patterns import GENERIC_LEAD, _Found
from .round18c_lists import _lead_off
from .stems import pos

# the facility written once after the last item (its kind), before the works: the words that close such lists in the
# corpus (scan: eval/corpus_samples/entM/round23_projHA/scan_shared_tail.py)
FACILITY = (r"污水处理厂|污水厂|自来水厂|水厂|热电厂|电厂|垃圾处理场|垃圾处理厂|灌区|航道|国道|省道|变电站|水库|水电站|电站|"
            r"港区|码头|机场|口岸")
ROAD_NUMBER = re.compile(r"[GSX]?[0-9]{2,4}")
NUMBER_FACILITY = re.compile(r"国道|省道")
SIZE = r"(?:大型|中型|小型|大中型|中小型)"
VOLTAGE = r"(?:[0-9]+千伏)"
# what may stand between the facility and the works word (节水改造, 现代化改造, 提标扩建, 主变增容)
ASPECT = r"(?:节水|现代化|提标|主变|扩能|升级|提质|综合|续建配套与?|配套|标准化|生态|环境|防洪)"
WORKS = r"(?:改扩建|扩建|改建|改造|整治|治理|除险加固|增容|扩容|改线|迁建)"
# 等 or a count of the items (两座, 4座) before the shared part is dropped with the size after it (dev19: 龙凤山…等大型灌区节水
# 改造 -> 龙凤山灌区节水改造; dev25: 南城子水库等4座水库的除险加固工程 -> 南城子水库除险加固工程)
COUNT = r"(?:[两二三四五六七八九十0-9]+[座个处条宗])"
SHARED = re.compile(rf"(?P<et>(?:等{COUNT}?|{COUNT}){SIZE}?)?(?P<tail>{SIZE}?{VOLTAGE}?(?:{FACILITY}){ASPECT}{{0,2}}{WORKS}"
                    rf"(?:提升)?(?:工程)?)(?P<proj>项目)?")
# a first character of every WORKS word: SHARED (optional groups first, so tried at every position) runs only where one stands
WORKS_GATE = re.compile("[" + "".join(sorted({w[0] for w in WORKS[3:-1].split("|")})) + "]")
# the name runs on into another word: 改造项目区, 治理工作, 改造任务
NOT_AFTER = re.compile(r"区|库|行动|工作|任务|活动|计划|方案|机制|体系|水平|能力|资金|试点|示范")
# a bare name is short: 2 to 5 characters (靖州, 鸭河口, 南太子湖, 民乐酥油口); longer items name works of their own
# (裕溪复线船闸, 甜水堡调蓄引水, 防城港钢铁基地: the blind 100 of seed 2302)
ITEM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{1,5}")
# an item that is a name of its own, a kind or a works: it does not take the shared part
NOT_ITEM = re.compile(rf"[的和及与等各个座条处所]|期|修|拓宽|延伸|改|扩|迁|湾$|域$|枢纽|通道|高铁|城际|学院|高中|大学|延$|减灾|增效|循环|{FACILITY}|{WORKS}|工程|项目|建设|高速|铁路|公路|大道|路$|街$|桥$|站$|段$|线$|"
                      r"厂$|区$|中心$|园$|场$|港$|^(?:城区|城市|市区|县城|城镇|城乡|农村|乡村|全市|全区|全县|全省|主要|重点|骨干|"
                      r"大中|中小|大型|中型|小型|其他|部分|一批|新建|现有|已建|在建|病险)")
SEP = re.compile(r"、|[和及](?=[^、]*$)")  # 和/及 before the last item only (黄石和西湖灌区续建配套改造)
CLAUSE_END = "，,。；;：:！？!?（(）)"


def _bare(item: str, numbered: bool) -> bool:
    """龙凤山, 靖州, 临泽蓼泉, 106 (before 国道): a bare name; not 城区, 董梁高速, 污水处理厂, 改造."""
    if not ITEM.fullmatch(item):
        return False
    if ROAD_NUMBER.fullmatch(item):
        return numbered
    if len(item) < 2 or re.search(r"[0-9]", item) or NOT_ITEM.search(item) or GENERIC_LEAD.match(item):
        return False
    word, flag = pos(item)[0]
    return not (flag.startswith(("v", "d", "p", "c", "r", "m", "a")) and len(word) == len(item))


def runs(text: str) -> list[tuple[int, int, list[tuple[int, str]]]]:
    """(start, end, [(item start, name)]) of each run A、B[等]<facility><works> whose items are bare names."""
    out: list[tuple[int, int, list[tuple[int, str]]]] = []
    if "、" not in text or not WORKS_GATE.search(text):
        return out
    for m in SHARED.finditer(text):
        if m.group("proj") is None and NOT_AFTER.match(text, m.end()):
            continue
        if m.group("proj") is not None and NOT_AFTER.match(text, m.end()):
            continue  # 改造项目区, 改造项目库
        at = m.start()
        cs = max(text.rfind(c, 0, at) for c in CLAUSE_END) + 1
        numbered = NUMBER_FACILITY.search(m.group("tail")) is not None
        head = text[cs:m.start()]
        seps = [cs + x.start() for x in SEP.finditer(head)]
        if not seps:
            continue
        bounds = []
        end = at
        for sep in reversed(seps):
            bounds.append((sep + 1, end))
            end = sep
        first = _lead_off(text, cs, end)
        bounds.append((first, end))
        bounds.reverse()
        items = []
        for a, b in reversed(bounds):  # from the last item back; an item that is a name of its own ends the run
            if not _bare(text[a:b], numbered):
                break
            items.insert(0, (a, text[a:b]))
        if len(items) < 2:
            continue
        tail = m.group("tail")
        out.append((items[0][0], m.end("tail"), [(a, item + tail) for a, item in items]))
    return out


def round23_lists(found: list[_Found], text: str) -> list[_Found]:
    """靖州、辰溪污水处理厂提标扩建 -> 靖州污水处理厂提标扩建, 辰溪污水处理厂提标扩建 (the shared facility and works)."""
    if "、" not in text:
        return found
    out = list(found)
    for start, end, named in runs(text):
        names = {n for _, n in named}
        if any(f.kind == "project" and f.start < end and start < f.end and (f.start < start or f.end > end)
               and f.name not in names for f in out):
            continue  # a find runs past the list: another rule's longer name
        out = [f for f in out if not (f.kind in ("project", "organization") and start <= f.start and f.end <= end
                                      and f.name not in names)]
        have = {f.name for f in out if f.kind == "project"}
        for a, name in named:
            if name not in have:
                out.append(_Found("project", name, a, end, 0))
    return out
