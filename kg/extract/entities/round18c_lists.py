"""Round 18c (projY, projects): named places in a list that share the last item's works head.

人民公园、桃山公园改造 (dev19), 红山公园、乌兰哈达公园、哈达和硕公园景观提升工程 (dev19), 城南立交桥、宁澜河、安澜河上游、和美园区道路等
绿化工程 (dev19): each item is a named place or structure (a park, a river, a road, a bridge, a square) and the works done to
all of them (改造, 景观提升工程, 绿化工程, 综合整治 …) are written once, after the last. The items before the last came out bare
(红山公园, 人民公园) or not at all. The official gold completes a coordination from its shared part (青峰路、环卫路转运站 gives
青峰路转运站 and 环卫路转运站; 改造镇妖塔、久久世纪亭灯光夜景 gives 镇妖塔灯光夜景 and 久久世纪亭灯光夜景), and dev18/dev19 drop the 等
before the shared part (城南立交桥绿化工程). Round 18 (`round18_projects`) carries facility heads (水库, 机场, 电站 …) across bare
items; this rule carries a works head across items that each end in a place noun of their own.
Counts and verdicts: eval/corpus_samples/entM/round18c_lists/.
"""

from __future__ import annotations

import re

from .patterns import GENERIC_LEAD
from .sentence import _Sentence, _strip_lead
from .stems import pos

# the place or structure noun an item ends with (its own kind: 公园, 河, 路 …)
PLACE = (r"公园|游园|广场|湿地|绿地|绿道|河|江|湖|溪|渠|沟|涌|河道|大道|大街|路|街|巷|立交桥|立交|大桥|桥|隧道|"
         r"小区|社区|市场|老街|古街|古镇|古城|景区|灌区|航道|段|(?<![引连管产岸沿主干二三四])线|公路|"
         # facilities named in full (鹊山水库、玉清湖水库除险加固工程), only before a last item of the same kind
         r"水库|水厂|污水处理厂|机场|国道|省道")
FACILITY_END = re.compile(r"(?:水库|水厂|污水处理厂|机场|国道|省道)$")
# the works written once after the last item: an optional aspect, then the works word, then an optional 工程
ASPECT = r"(?:景观|绿化|亮化|美化|立面|路面|环境|综合|生态|水环境|提档|提质|品质|升级|改造|提升|节水|整治|修缮|提标|电气化|城市化)"
WORKS = r"(?:改扩建|改造|提升|整治|绿化|亮化|美化|改建|扩建|修复|治理|修缮|升级|提质|除险加固|扩容|迁建|异地新建|易地新建)"
# after 等, a kind noun that restates the items (滨河路、中山街等道路改造) is dropped with the 等
KIND = r"(?:道路|街道|街巷|河道|河流|水系|公园|广场|桥梁|绿地)"
HEAD = re.compile(rf"(?:等{KIND}?)?(?P<head>{ASPECT}{{0,2}}{WORKS}(?:工程)?)")
# the last item may end in a kind of stretch after its place noun (大芦线航道, 大沙河城区段): that stretch is shared too
# (赵家沟、大芦线航道整治 → 赵家沟航道整治; 花园河、大沙河城区段治理工程 → 花园河城区段治理工程)
STRETCH = re.compile(r"(?<=[园场地道河江湖溪渠沟涌街路巷桥线])(?:航道|城区段|市区段|河道|道路|绿道|沿线|两岸)$")
JOINED = re.compile(rf"(?:{PLACE})[和与]")  # 解放路和中山路: two items, not one name
PLACE_END = re.compile(rf"(?:{PLACE})$")
# round 21b (projEA): named schools, hospitals and halls share the last item's works word the same way (清水一中、秦州建二小学南校区
# 改造提升工程 (dev13), 五中、十四中、聋哑学校、张家湾小学迁建 (dev21), 市文化中心、市非遗馆改扩建 (dev22), 张掖三中、民乐一中分校、
# 市特殊教育学校异地新建 (dev24): each gold completes every item). Not a bare 中心, 馆 or 楼: a new block (中山医院内科大楼、口腔医院迁建)
# is built, not moved; an item with two institution heads is a new branch (市红十字会医院苍海医院、…、市中医医院改扩建工程).
BUILDING = (r"(?<=[一二三四五六七八九十])中|中学|小学|学校|分校|高中|职中|幼儿园|医院|卫生院|保健院|院区|校区|图书馆|博物馆|文化馆|"
            r"美术馆|科技馆|纪念馆|档案馆|体育馆|展览馆|规划馆|非遗馆|文化中心|体育中心|体育场|大剧院|剧院")
BUILDING_END = re.compile(rf"(?:{BUILDING})$")
# after buildings only, the run may end before 等 and a weight of the kind (张掖三中、…异地新建等重点项目建设)
END_AFTER_BUILDING = re.compile(r"等(?:重点|重大|民生)(?:工程|项目)")
# a new campus or hall is built, not moved or extended (市委党校新校区、…、前进西路改造等15个项目建成)
NEW_BUILDING = re.compile(r"新(?:校区|院区|馆|址|区)$")
TWO_HEADS = re.compile(r"(?:医院|学校|中学|小学|大学|学院).+(?:医院|学校|中学|小学)$")
# a kind of school or hospital, not a named one (合格学校、薄弱学校改造, 乡镇卫生院、村卫生室改造)
BUILDING_KIND = re.compile(r"^(?:合格|薄弱|标准化|寄宿制|中小|乡镇|乡村|农村|村级|村|公办|民办|示范性|普通|民族|职业|特殊教育|二级|三级|"
                           r"县级|市级|基层|社区|新|老|旧)")
WORKS_LAST = re.compile(WORKS + r"(?:工程)?")
# what may follow the head where the name ends (not 改造项目区, 提升行动, 整治工作)
END_AFTER = re.compile(r"$|项目(?![区库])|建设|完成|完工|等(?=工程|项目|[0-9一二三四五六七八九十]+[个项条])|[，,。；;：:（(]|[和及全加推开建竣启实投并通续顺基即已稳进分有正]")
# the head is no works of the items: a program, a task, a general aim (整治行动, 提升年, 改造任务)
NOT_AFTER = re.compile(r"行动|工作|任务|活动|计划|方案|年|机制|体系|水平|能力|力度|质量|效果|效率|成效|服务")
ITEM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]{2,12}")
# words that make an item a kind, an area or a works of its own, not one named place (城区道路, 主要街道, 老旧小区, 背街小巷)
NOT_ITEM = re.compile(r"[的等及与各个座条处性]|示范|干流|支流|流域|[一二三四五六七八九十0-9]期|^(?:城市|城区|市区|县城|城镇|城乡|农村|乡村|全市|全区|全县|全省|主要|重点|主干|"
                      r"次干|背街|小街|小巷|商业|特色|步行|老旧|沿街|沿线|沿河|沿江|周边|其他|部分|一批|骨干|中小|大中|大型|中型|小型|重要|农贸|集贸|"
                      r"破损|断头|支路|道路|河道|公园|广场|社区|小区|市场|街道|街巷|城中村|棚户|低洼|主城|新城|老城|旧城)|"
                      r"改造|提升|整治|建设(?!路|大道|大街|街)|工程|项目|治理|修复|新建|续建|扩建|改建|增建|迁建|绿化|亮化|美化|枢纽|连接线|支线|"
                      r"高速|铁路|高铁")  # 孝汉应高速、京港澳高速改扩建: a new line and a widened one, the head is the last's
SEP = re.compile(r"、")


def _named(item: str) -> bool:
    """人民公园, 宁澜河, 和美园区道路: a named place; not 城区道路, 老旧小区, 公园 or a works of its own."""
    if not ITEM.fullmatch(item) or NOT_ITEM.search(item) or GENERIC_LEAD.match(item) or JOINED.search(item):
        return False
    m = PLACE_END.search(item)
    if m is None:  # round 21b: a named school, hospital or hall (张掖三中, 市非遗馆), not a kind or a new branch
        m = BUILDING_END.search(item)
        if m is None or TWO_HEADS.search(item) or BUILDING_KIND.match(item) or NEW_BUILDING.search(item):
            return False
    return m.start() >= 1  # a name before the place noun (东湖, 横河, 人民公园)


def _same_facility(item: str, last_kind: re.Match[str] | None) -> bool:
    """亭口水库、红岩河水库、渭河综合治理工程: a facility item shares the head only with facilities of its kind."""
    m = FACILITY_END.search(item)
    return m is None or last_kind is not None and m.group() == last_kind.group()


def _building(item: str) -> bool:
    """A school, hospital or hall (round 21b), not a place of round 18c's kinds."""
    return PLACE_END.search(item) is None


PARTICLES = frozenset("了着好把将对")


def _lead_off(text: str, cs: int, end: int) -> int:
    """Where the first item starts: after the lead verbs, a verb the lead list lacks (完工船房河) and a particle (实施好东肖溪)."""
    start = _strip_lead(text, cs, end)
    word, flag = (pos(text[start:end]) or (("", ""),))[0]
    if flag.startswith("v") and len(word) >= 2 and end - start - len(word) >= 2:
        start += len(word)
    if text[start:start + 1] in PARTICLES and end - start >= 3:
        start += 1
    return start


def runs(s: _Sentence) -> list[tuple[int, int, list[str]]]:
    """(start, end, names) of each run A、B[、C][等]HEAD whose items are named places and HEAD a works."""
    out: list[tuple[int, int, list[str]]] = []
    if "、" not in s.text or WORKS_LAST.search(s.text) is None:
        return out
    for m in HEAD.finditer(s.text):
        at = m.start()
        building = not PLACE_END.search(s.text, max(0, at - 4), at)
        if building and not BUILDING_END.search(s.text, max(0, at - 4), at):
            continue  # the head does not follow a place noun: 产业升级, 技术改造
        if not (END_AFTER.match(s.text, m.end()) or building and END_AFTER_BUILDING.match(s.text, m.end())) \
                or NOT_AFTER.match(s.text, m.end()):
            continue  # 改造项目区, 整治行动, 提升水平, 湟中路整治、羚羊路下穿: the name runs on, is no works or one item's own
        cs, _ = s.clause_of(at, m.end())
        seps = [x.start() for x in SEP.finditer(s.masked, cs, at)]
        if not seps:
            continue
        items: list[tuple[int, int]] = []
        stretch = STRETCH.search(s.text, seps[-1] + 1, at)
        shared = (stretch.group() if stretch else "") + m.group("head")
        end = at
        stopped = False
        last_kind = FACILITY_END.search(s.text, 0, at)
        while seps:
            sep = seps.pop()
            if not _named(s.text[sep + 1:end]) or not _same_facility(s.text[sep + 1:end], last_kind) \
                    or _building(s.text[sep + 1:end]) != building:  # round 21b: a works word is shared within one kind
                stopped = True
                break
            items.append((sep + 1, end))
            end = sep
        if not items:
            continue
        if not stopped:  # the first item runs from the clause start, after a lead verb
            start = _lead_off(s.text, cs, end)
            if _named(s.text[start:end]) and _same_facility(s.text[start:end], last_kind) \
                    and _building(s.text[start:end]) == building:
                items.append((start, end))
        if len(items) < 2:
            continue
        items.reverse()
        names = [s.text[a:b] + shared for a, b in items[:-1]] + [s.text[items[-1][0]:at] + m.group("head")]
        # an earlier item that ends in the stretch itself does not take it twice (A航道、B航道整治)
        out.append((items[0][0], m.end(), [n.replace(shared + shared, shared) for n in names]))
    return out


def shared_works_heads(s: _Sentence) -> None:
    """Give each named place of a run (A、B[等]HEAD) the shared works head; drop its bare and joined forms."""
    for run_start, run_end, names in runs(s):
        if any(f.kind == "project" and f.start < run_end and run_start < f.end and f.end > run_end for f in s.found):
            continue  # a find runs past the head: another rule's name
        # the bare and joined forms go even when another rule found the names (盐宝线 beside 盐宝线航道整治)
        s.found[:] = [f for f in s.found if not (f.kind in ("project", "organization") and f.start < run_end
                                                 and run_start < f.end and f.start >= run_start and f.name not in names)]
        for n in names:
            s.add("project", run_start, run_end, 0, n)
