"""Lists: A、B等N个<category>."""

from __future__ import annotations

import re

from ..tokens import word_frequency
from .lexicon import _lexicon
from .patterns import (
    BRIDGE_AS_PLACE,
    BRIDGE_HEADS,
    CATEGORY_RUNS_ON,
    CLASS_END,
    COMMON_PROPER,
    COUNTED,
    GENERIC_LEAD,
    HAN,
    MEASURE,
    NOT_A_BRIDGE,
    NUMBER,
    ORDINAL_OR_YEAR,
    PHASE_AT_END,
    TOPONYM_END,
)
from .round17c_projects import named_peers
from .sentence import _clean, _cut_after_verb, _Sentence, _verb_before
from .stems import _head_of, _is_named, _named, _places, _stem, common_word, pos, rare_word

# ---- lists: A、B等N个<category> ----------------------------------------------------------------
# round 14c: a list whose first item is named by the level alone (市图书馆、规划馆、科技馆…等建成开放, 市口腔医院、骨科医院等
# 项目): the later facilities share that level and are named bare, as the gold writes them (urumqi: 京剧院、文化馆)
LEVEL_LEAD = re.compile(r"(?:市|省|州|县|区)(?!级|区|域|场|会|府|属|直|内|外|委|民|中心|长)[\u4e00-\u9fff]{1,8}?(?:馆|院|中心|场|宫)(?:新馆|新院区?|二期)?、")


def _lists(s: _Sentence) -> None:
    lex = _lexicon()
    _numbered_lines(s)
    _counted_lists(s)
    _phased_lists(s)
    _works_runs(s)
    _company_lists(s)
    if "等" not in s.masked:
        return  # every match of lex.category and lex.built_list starts at 等
    for cs, ce in s.clauses:
        if s.masked.find("等", cs, ce) < 0:
            continue  # perf: the same for a clause (DESCRIBED_LIST starts at 等 too)
        matches = [(m, lex.category_kind[m.group("cat")]) for m in lex.category.finditer(s.masked, cs, ce)]
        matches += [(m, "built") for m in lex.built_list.finditer(s.masked, cs, ce)]
        if not any(m.re is lex.category for m, _ in matches):
            matches += [(m, "project") for m in DESCRIBED_LIST.finditer(s.masked, cs, ce)
                        if not DESCRIBED_NOT.match(m.group("mod")) and not DESCRIBED_SITES.search(m.group("mod"))]
        ends = [m.end() for m, _ in matches if m.re is lex.category]
        for m, kind in matches:
            first_end = s.masked.find("、", cs, m.start())
            first_end = m.start() if first_end < 0 else first_end
            start = _cut_after_verb(s, cs, first_end, ("build", "org", "host", "program", "open"))
            partner = [p for p in PARTNER.finditer(s.masked, start, first_end) if first_end - p.end() >= 2
                       and not lex.headless.match(s.masked, p.start())]  # round 15: not the 同 of 同仁堂
            if partner and kind == "organization":
                start = partner[-1].end()  # 推动政府与北京大学、…等高校…合作: the partners start after 与
            if start >= first_end:
                continue
            verb = _verb_before(s, cs, start)
            if verb in _lexicon().verbs["attend"]:
                continue
            if kind == "event" and not (verb in lex.verbs["host"] or _hosted_after(s, m.end(), ce)):
                continue
            items = _split_items(s.masked, start, m.start())
            items = [_after_list(s.masked, a, b, ends) for a, b in items]
            if kind == "organization" and len(items) == 1 and not _head_of(_clean(s.text[start:m.start()])) \
                    and _clean(s.text[start:m.start()]) not in lex.headless_names \
                    and not ((partner or PARTNER_BEFORE.search(s.masked, cs, start) or COUNTED_ARRIVAL.search(m.group(0))
                              and ARRIVED_AFTER.match(s.masked, m.end(), ce)) and _partner_name(_clean(s.text[start:m.start()]))):
                continue  # a single headless item names a company only as a partner (与中国能建等央企合作)
            signed = bool(verb and re.search(r"签约|签订|引进|招引|落地|开工|竣工|投产", verb))
            started = kind == "project" and not signed and bool(STARTED_AFTER.match(s.masked, m.end(), ce))
            sectors = started or kind == "built" or m.re is DESCRIBED_LIST  # …等项目全部完工: the items may be sectors
            institutions = kind == "built" and "项目" not in m.group(0)  # …研究院等建成并投入运营: still institutions
            kind = "project" if kind == "built" else kind
            route = ""
            if kind == "project" and m.re is lex.category and ROUTE_CATEGORY.search(m.group("cat")):
                mod = ROUTE_MOD.search(m.group("mod"))  # 等高速铁路, 等干线公路: the kind of road is part of it
                route = (mod.group(0) if mod else "") + m.group("cat")
            elif kind == "project" and m.re is lex.category and WORKS_CATEGORY.fullmatch(m.group("cat")):
                mod = WORKS_MOD.search(m.group("mod"))  # 芮城、阳城等通用机场
                route = (mod.group(0) if mod else "") + m.group("cat")  # 塔什萨依、大西沟等水库: bare names of works
                if m.group("cat") == "片区":
                    works = DISTRICT_WORKS.match(s.masked, m.end(), ce)  # 南关路、虢镇车站等片区改造
                    route += works.group(0) if works else ""
            elif kind == "project" and m.re is lex.category and CAMPUS_CATEGORY.fullmatch(m.group("cat")):
                route = m.group("cat")  # 南开大学、天津大学等新校区: each institution's campus
            works = None
            if kind in ("project", "built") and not route:  # …等6个抽水蓄能项目核准建设: the built list names the works too
                works = _list_works(m if m.re is lex.category else BUILT_WORKS.match(m.group(0)))
            if works and 2 * sum(_place_item(_clean(s.text[a:b])) for a, b in items) < len(items):
                works = None  # 大小兴安岭生态功能区、三北防护林、三江平原湿地等保护和修复工程: mostly not places
            shared = _shared_org_head(s, items) if kind == "organization" else _capacity_prefix(s, items)
            before = len(s.found)
            trading, rejected, accepted = [], [], 0
            if route and CAMPUS_CATEGORY.fullmatch(route):
                _campuses(s, items, m.end(), route)
                continue
            for a, b in items:
                n = len(s.found)
                head = _head_of(_clean(s.text[a:b]))
                if head in BRIDGE_HEADS and BRIDGE_AS_PLACE.match(s.masked, b) and "片区" not in route:
                    continue  # 化龙桥等片区: a district named after a bridge
                if institutions and head and lex.head_role[head] == "org":
                    _add_item(s, "organization", a, b, signed)
                    continue
                if (a, b) in shared:
                    _add_item(s, kind, a, b, signed, text=shared[(a, b)])
                    continue
                if works and _place_item(_clean(s.text[a:b])):
                    s.add(kind, a, b, 0, _clean(s.text[a:b]) + _works_for(_clean(s.text[a:b]), *works))
                    accepted += 1  # 合作格河、洮河碌曲段等11个防洪工程: each place gets the works the list shares
                    continue
                _add_item(s, kind, a, b, signed, started, sectors, route)
                if len(s.found) == n and kind == "organization" and _trading_word(_clean(s.text[a:b])):
                    trading.append((a, b))
                if any(b <= e < m.start() for e in ends):
                    continue  # an item of the list before (一诺、宏晟等企业和高登赛锂电池、光伏组件等项目): no peer
                if len(s.found) == n:
                    rejected.append((a, b))
                else:
                    accepted += 1
            if len(s.found) > before:  # 柳工、玉柴、南南铝等龙头企业: a rare word among named companies is one too
                for a, b in trading:
                    _add_item(s, kind, a, b, signed, started, sectors, route, trading=True)
            if kind == "organization" and rejected and len(s.found) - before >= len(rejected):
                # round 17b: 引进了商汤科技、香港正威集团…等企业 (imported here: round17b_orgs imports this module)
                from .round17b_orgs import org_peers
                org_peers(s, rejected, items[0][0], m.group(0))
            if kind == "project" and not route and rejected and LEVEL_LEAD.match(s.masked, items[0][0]) \
                    and (sectors or signed or "项目" in m.group(0) or "工程" in m.group(0)):
                for a, b in rejected:  # 市图书馆、规划馆、科技馆等建成开放: the level of the first item is the others' too (not
                    # 市图书馆、群艺馆…等公益场馆免费开放: institutions that open their doors)
                    name = _clean(s.text[a:b])
                    head = _head_of(name)
                    if head and lex.head_role[head] == "facility" and len(name) <= 8 and name == s.text[a:b] \
                            and not (GENERIC_LEAD.match(name) or COUNTED.search(name) or CLASS_END.search(name)):
                        s.add("project", a, b, 4, name)
            if kind in ("project", "event") and not route and accepted >= 2 and len(rejected) <= accepted // 2:
                for a, b in rejected:  # 恒力重工二期、鼎际得新材料、奇瑞汽车、中粮油脂等产业项目: a name among named peers
                    name = _clean(s.text[a:b])
                    if _peer_name(name, kind == "event") and (kind == "event" or not _head_of(name) or _named(name)):  # a head with an unnamed stem is a kind
                        s.add("project", a, b, 4, name)  # the weakest rank: any other find of it wins (退耕还林, a program)
            elif kind in ("project", "event") and not route and accepted >= 1 and len(rejected) <= accepted \
                    and not any(items[0][0] < e < m.start() for e in ends):
                _few_peers(s, rejected, kind == "event", items[0][0])  # (not a list joined to the list before it:
                # 一诺、宏晟等企业和高登赛锂电池、光伏组件等项目, where the items are counted with the companies')
            if kind == "project" and not route and accepted >= 1 and "项目" in m.group(0) \
                    and not any(items[0][0] < e < m.start() for e in ends) and not PARTNER_BEFORE.search(s.masked, 0, items[0][0]):
                named_peers(s, rejected)  # round 17c: 盛虹炼化、东华能源、中化国际、卫星石化等重大项目 (company-named items)


# round 15 (projZ): a list closed by 等 and a description with 的 before 项目/工程 (康臣·玉药整体搬迁入园、大参林饮片加工等总投资80
# 亿元的45个项目, 南京长江隧道、长江四桥、绕越高速等一批引导支撑城市发展的重大交通项目; 33 such lists in 25 of 200 random corpus
# reports, seed 1501, most of their items unread): the category rule's modifier holds no 的 and no figure; the items go
# through the same tests (sectors such as 交通、能源、水利等为重点的工程 name nothing)
DESCRIBED_LIST = re.compile(rf"等(?:一批|[0-9]+[{MEASURE}])?(?P<mod>[^，,。；;：:、“”]{{1,20}}?的[{HAN}0-9]{{0,10}}?)(?P<cat>项目|工程)"
                            rf"(?![{HAN}]{{0,1}}(?:{CATEGORY_RUNS_ON}|库|储备))")


# …not where the description says the items are fields, places or examples (等领域的17个项目, 等县城的垃圾无害化处理工程,
# 等国家和地区的高科技项目, 等为代表的一批重大科技项目)
DESCRIBED_NOT = re.compile(r"(?:[0-9一二三四五六七八九十]+[个项家])?(?:领域|方面|行业|产业|地区|地方|国家|城市|县城|县|地级市|省|市|区|乡镇|"
                           r"为代表|为重点|为主|为核心|为龙头)")
# …nor where it gives a capacity: the items are the sites of works of one kind (道孚、新龙、色达等5个总装机180万千瓦的光伏项目)
DESCRIBED_SITES = re.compile(r"装机|千瓦|兆瓦")


# round 15 (projZ): a short list closed by 等…项目/工程 or 等…活动 with as many named items as unnamed ones (华为、世纪互联等项目
# 投入运行, 中联重科、盐湖特立镁等342个项目, 举办富硒农产品博览会、…、林产品展销会等活动; before, two named peers were needed and
# at most a third of the items unnamed: 33 more projects in 30 of 200 random corpus reports, seed 1501, 27 of them right): each
# name-like item is one too; not a zone (…综合试验区), nor a phrase holding 等, 了 or 一批, nor partners (与…等合作项目)
FEW_PEERS_NOT = re.compile(r"等|了|一批|(?:试验区|发展区|集聚区|示范区|开发区|功能区|新区|园区)$")


def _few_peers(s: _Sentence, rejected: list[tuple[int, int]], event: bool, start: int) -> None:
    if PARTNER_BEFORE.search(s.masked, 0, start):
        return  # 与中国供销集团、中粮集团等合作项目: partners
    for a, b in rejected:
        name = _clean(s.text[a:b])
        if not FEW_PEERS_NOT.search(name) and _peer_name(name, event) and (event or not _head_of(name) or _named(name)):
            s.add("project", a, b, 4, name)  # the weakest rank, as the peers of a longer list


# 合作格河、迭部达拉沟等11个防洪工程, 刘公岛、九龙湾等12个海洋整治修复项目, 长兴路等7条道路贯通工程: works done at
# each named place of a list (56 corpus reports); a leading class of the items (道路, 城中村) is dropped where the item
# names one already; 项目 is dropped as after any shared head (九家湾水库除险加固), 工程 kept
WORKS_DESC = re.compile(r"(?P<cls>城市|道路|路段|国省道|城中村|棚户区|老旧小区|小区|片区|中小河流|河流|河段|河道|湖泊)?(?P<works>[^和及与、的]{0,6}?"
                        r"(?:治理|整治|修复|改造|提升|处理|防洪|防治|加固|蓄能|亮化|绿化|美化|贯通|保护|整修|清淤|疏浚))")
CLASS_OWN = {"城市": "市", "道路": "路街道线段", "路段": "路街道线段", "国省道": "路道线段", "城中村": "村庄", "棚户区": "区片",
             "老旧小区": "区苑园", "小区": "区苑园", "片区": "区片", "中小河流": "河江溪沟渠", "河流": "河江溪沟渠",
             "河段": "河江溪沟渠段", "河道": "河江溪沟渠", "湖泊": "湖泊塘库"}
WORKS_WORD = re.compile(r"治理|整治|修复|改造|提升|处理|防洪|防治|加固|蓄能|建设|工程|项目|[和及与的等]")
PLACE_ITEM_END = re.compile(r"(?:村|片区|片|段|镇|乡|街道|圩|庄|营|小区|社区|县|区|市|旗)$")


BUILT_WORKS = re.compile(rf"等(?:{NUMBER}[{MEASURE}])?(?P<mod>[{HAN}]{{1,4}})(?P<cat>项目)")


def _list_works(m: re.Match | None) -> tuple[str, str, str] | None:
    """(class, works, head) of a list category naming works (等11个防洪工程 -> ("", "防洪", "工程"))."""
    if m is None or m.group("cat") not in ("项目", "工程"):
        return None
    w = WORKS_DESC.fullmatch(QUALIFIER_MOD.sub("", m.group("mod")))
    if w is None:
        return None
    return w.group("cls") or "", w.group("works"), "工程" if m.group("cat") == "工程" else ""


def _works_for(item: str, cls: str, works: str, head: str) -> str:
    own = CLASS_OWN.get(cls, "")
    return ("" if cls and item[-1] in own else cls) + works + head


def _place_item(name: str) -> bool:
    """刘公岛, 洮河碌曲段, 塘厦旧圩, 勉县: a named place, not a company, a kind or works named already."""
    if not 2 <= len(name) <= 10 or not re.fullmatch(rf"[{HAN}（）()]+", name) or WORKS_WORD.search(name) \
            or GENERIC_LEAD.match(name):
        return False
    head = _head_of(name)
    if head and _lexicon().head_role[head] != "place":
        return False
    if name in _places() or all(f == "ns" for _, f in pos(name)):
        return True  # 洛阳, 东湖: a place jieba knows well is still a place
    return not (common_word(name) or _common_words(name)) and bool(TOPONYM_END.search(name) or PLACE_ITEM_END.search(name))


def _peer_name(name: str, event: bool = False) -> bool:
    """中粮油脂, 服博会, 世界女子围棋赛 among named items of one list: a short name, not a trade, a sector, a place,
    a count or a kind of thing."""
    if not 3 <= len(name) <= 14 or not re.fullmatch(rf"[{HAN}A-Za-z0-9（）()·“”]+", name) or re.search(r"[和及与的]", name) \
            or common_word(name) or name in _places() or GENERIC_LEAD.match(name) or CLASS_END.search(name) \
            or COUNTED.search(name) or ORG_CLASS.search(name) or _leading_word(name):
        return False
    if event and EVENT_END.search(name) and (len(pos(name)) >= 2 or word_frequency(name) < 20):
        return True  # 世界女子围棋赛: everyday words, but one event; 服博会: a word jieba has hardly seen
    bare = re.sub(r"[厂站场馆园所线]$", "", WORKS_END.sub("", name)) or name  # 光纤光缆厂: a kind of plant
    return not any(_plain_words(x) for x in (bare, re.sub(r"^[新大老小]", "", bare) or bare))


def _plain_words(name: str) -> bool:
    """城市地下排水, 青年人才弄潮, 现代氢能: only everyday words (城市 and 中国 too), no name among them."""
    return all(len(w) >= 2 and (f in COMMON_FLAGS or f in ("t", "i", "l", "an", "s") or w in COMMON_PROPER)
               for w, f in pos(name))


EVENT_END = re.compile(r"(?:赛|会|节|展|周|季)$")  # 世界女子围棋赛: common words, but one event


# 恒力新材料科创园160万吨树脂、260万吨聚酯; 上海方豪13.45万吨醋酸衍生品和2.2万吨高端抗氧剂: a capacity item after a
# company's capacity item is that company's too (71 corpus lists of capacities before 等…项目)
CAPACITY_ITEM = re.compile(r"(?:年产|新增)?[0-9.]+\s*(?:万|亿)?(?:吨|千瓦|兆瓦|千瓦时|立方米|平方米|套|台|辆|片|只|件)")
OWNER_CAPACITY = re.compile(rf"(?P<owner>[{HAN}A-Za-z（）()·]{{2,14}}?)(?:年产|新增)?[0-9.]+\s*(?:万|亿)?(?:吨|千瓦|兆瓦|千瓦时|立方米|平方米|套|台|辆|片|只|件)")


def _capacity_prefix(s: _Sentence, items: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    out: dict[tuple[int, int], str] = {}
    owner = None
    for a, b in items:
        name = _clean(s.text[a:b])
        if owner and CAPACITY_ITEM.match(name):
            out[(a, b)] = owner + name
            continue
        m = OWNER_CAPACITY.match(name)
        owner = m.group("owner") if m and _owner_name(m.group("owner")) else None
    return out


def _owner_name(owner: str) -> bool:
    """德方纳米, 金浦集团, 恒力新材料科创园: a company or park that owns the capacity, not a verb or a kind."""
    return not GENERIC_LEAD.match(owner) and not common_word(owner) and not _common_words(owner) \
        and not _leading_word(owner) and not re.search(r"[和及与等的]", owner)


def _leading_word(name: str) -> bool:
    """A name opening with a verb, adverb, pronoun or the like of two characters or more (推进…, 全面…); a
    single character (建 of 建龙集团, 希 of 希铝) is part of a name."""
    word, flag = pos(name)[0]
    return flag in ("p", "c", "r", "m") or flag.startswith(("v", "d", "a")) and len(word) > 1


PARTNER = re.compile(r"与|同|携手|会同")
# 国投融资等4家融资租赁公司开业, 哈药总厂等23家知名医药企业落户: a counted kind that opens or settles names its
# first member (20 corpus reports)
COUNTED_ARRIVAL = re.compile(r"^等(?:[0-9]+|[一二三四五六七八九十两]+)家")
ARRIVED_AFTER = re.compile(r"(?:相继|先后|正式|成功|已)?(?:开业|落户|入驻|挂牌)")
# the rest of one category (…等道路|升级改造项目) and the conjunction that opens the next list
LIST_JOINED = re.compile(rf"(?:[{HAN}]{{0,8}}?(?:项目|工程|设施|建设))?(?:以及|和|及)")


def _after_list(masked: str, a: int, b: int, ends: list[int]) -> tuple[int, int]:
    """…等一批交通项目以及帕孜水利: an item that runs over the end of the list before it starts after its conjunction."""
    for e in ends:
        if a < e < b:
            joined = LIST_JOINED.match(masked, e, b)
            if joined:
                return joined.end(), b
    return a, b

# 综保区跨境电商、文登西洋参、那香海文旅度假3个特色小镇: as many items as the count, each one of the kind
COUNTED_KIND = re.compile(r"(?P<n>[0-9]+|[一二三四五六七八九十两]+)(?:个|家|座|处|所)")
# the end of one counted list and the conjunction that opens the next (…3个运输机场和…)
AFTER_COUNTED = re.compile(rf"(?:[0-9]+|[一二三四五六七八九十两]+)(?:个|家|座|处|所)[{HAN}]{{1,8}}?(?:和|以及|及)")
# 黎平长溪、天柱三门塘等21个在建水库: the state or rank of the counted kind is no part of each name
QUALIFIER_MOD = re.compile(r"^(?:在建|新建|续建|中型|小型|大中型|大型|综合性|市属|区属|县属|公办|民办|定点|省级|市级|县级|国家级|重点|骨干)+")
DESIGNATION_HEADS = frozenset("城 中心 港 谷 新城 通道 集聚区 聚集区 核心区 口岸 枢纽".split())
SMALL = {c: i for i, c in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _counted_lists(s: _Sentence) -> None:
    if "、" not in s.masked:
        return
    lex = _lexicon()
    for cs, ce in s.clauses:
        for m in COUNTED_KIND.finditer(s.masked, cs, ce):
            if "、" not in s.masked[cs:m.start()]:
                continue
            found = next((h for k in range(5) if (h := lex.heads.match(s.masked, m.end() + k, ce))
                          and lex.head_role[h.group(0)] in ("place", "facility")
                          and re.fullmatch(rf"[{HAN}]*", s.masked[m.end():m.end() + k])), None)
            if found is None or found.group(0) in BRIDGE_HEADS and NOT_A_BRIDGE.search(s.masked, max(cs, found.end() - 6), found.end()):
                continue  # …等59个路桥项目: roads and bridges, no shared head
            head, mod, end = found.group(0), s.masked[m.end():found.start()], found.end()
            n = int(m.group("n")) if m.group("n").isdigit() else SMALL.get(m.group("n"), 0)
            from_ = cs
            joined = AFTER_COUNTED.search(s.masked, cs, m.start())
            while joined:  # …3个运输机场和乌拉特中旗、…3个通用机场: the second list starts after 和
                from_ = joined.end()
                joined = AFTER_COUNTED.search(s.masked, from_, m.start())
            for j in re.finditer(r"和|及", s.masked[from_:m.start()]):
                if lex.head_at_end.search(s.masked, from_, from_ + j.start()):
                    from_ += j.end()  # 威宁草海机场和百里杜鹃、…5个通用机场: the counted list starts after 和
                    break
            first = s.masked.find("、", from_, m.start())
            if first < 0:
                continue
            start = _cut_after_verb(s, from_, first, ("build", "org", "host", "program")) if from_ == cs else from_
            etc = s.masked[m.start() - 1] == "等"  # 北首岭、秦腔等13个博物馆: the named ones among the counted
            items = _split_items(s.masked, start, m.start() - etc)
            names = [_clean(s.text[a:b]) for a, b in items]
            if (not 2 <= len(items) < n if etc else len(items) != n) or any(not 2 <= len(x) <= 12 or "等" in x or re.search(r"[0-9]|[一二三四五六七八九十两]个", x)
                                      or not _head_of(x) and common_word(x) for x in names):
                continue
            verb = _verb_before(s, cs, start)
            after = s.masked[end:ce]
            if from_ > cs:
                verb = _verb_before(s, cs, _cut_after_verb(s, cs, s.masked.find("、", cs, m.start()), ("build", "org", "host", "program")))
            if not (verb in lex.verbs["build"] or lex.built_after.match(after) or lex.honor_trigger.match(after)) \
                    or re.match(rf"[{HAN}]", after) and not re.match(r"建设|项目|工程|等|和|及|以及", after) \
                    and not (lex.built_after.match(after) or lex.honor_trigger.match(after)):
                continue  # 汕头、湛江2个省域副中心, 三个人流枢纽节点: a plan's designations, not works built or honored
            if head in DESIGNATION_HEADS:
                continue  # 七台河、双鸭山…4个煤矿城, 3个中心镇, 三个副中心: kinds of places in a plan
            built = lex.head_role[head] == "place" or verb in lex.verbs["build"]
            kind = "project" if built else "organization"
            for x in names:
                place = x in _places() or pos(x) == ((x, "ns"),)
                if etc and re.search(r"[和及]", x):
                    continue  # 邕江引水二期项目及石埠: the first item runs over the list's start
                own = _head_of(x) or x[-1] in head or re.search(r"[一二三四五六七八九十\d]+[中小]$", x) \
                    or etc and pos(x) == ((x, "nrt"),)  # 中卫七中等14所学校; 威斯汀、希尔顿等5家高端酒店: brands
                name = x if not place and own else x + QUALIFIER_MOD.sub("", mod) + head  # …物流电商园 is named already
                if _named(name, kind == "organization") or _is_named(x):
                    s.add(kind, items[0][0], end, 0, name)


# 富祥科技一期、天新药业二期建成投产: a list of phases that open or start names works, whatever their heads
PHASE_ITEM = re.compile(rf"[{HAN}·0-9.]{{2,20}}?(?:[一二三四五六七八九十]|首)期(?:工程|项目)?")
PHASED_LIST = re.compile(rf"(?P<items>{PHASE_ITEM.pattern}(?:(?:、|和|及){PHASE_ITEM.pattern})+)(?:项目)?(?:相继|先后|陆续|均|全部|顺利|正式)?"
                         r"(?:建成|竣工|开工|投产|投运|开业|通车|完工|试运行|并网)")


# 索通云铝90万吨阳极炭素一期建成投产、二期开工建设: one phase that opens its clause and is finished or started,
# and a bare later phase of the same works after it
SINGLE_PHASED = re.compile(rf"(?P<items>{PHASE_ITEM.pattern})(?:项目)?(?:相继|先后|陆续|均|全部|顺利|正式|全面|即将|已)?"
                           r"(?:建成|竣工|开工|投产|投运|投用|开业|通车|完工|试运行|并网|达产)")
NEXT_PHASE = re.compile(r"(?:[一二三四五六七八九十]|首)期(?:工程|项目)?(?=(?:相继|先后|陆续|均|全部|顺利|正式|全面|即将|已)?"
                        r"(?:建成|竣工|开工|投产|投运|投用|开业|通车|完工|加快|启动|动工|有序推进))")
CAPACITY_LEAD = re.compile(r"^[0-9.]+\s*(?:万|亿)?[吨千瓦兆GWMh套台辆只片]")


def _phase_ok(name: str, any_stem: bool = False) -> bool:
    stem = PHASE_AT_END.sub("", re.sub(r"(?:工程|项目)$", "", name))
    return bool(PHASE_AT_END.search(re.sub(r"(?:工程|项目)$", "", name))) and 2 <= len(stem) <= 20 \
        and not GENERIC_LEAD.match(name) and (any_stem or not common_word(stem)) and not re.search(r"等|第", name) \
        and not CAPACITY_LEAD.match(name) and not (re.search(r"[0-9]", name) and not re.search(r"[0-9.]+\s*(?:万|亿)?[吨千瓦兆GWMh套台辆只片]", name))


def _phased_lists(s: _Sentence) -> None:
    if "期" not in s.masked:
        return
    for cs, ce in s.clauses:
        for m in PHASED_LIST.finditer(s.masked, cs, ce):
            start = _cut_after_verb(s, cs, m.end("items"), ("build", "org", "host", "program"))
            start = max(start, m.start())
            items = [(a, b, _clean(s.text[a:b])) for a, b in _split_items(s.masked, start, m.end("items"))]
            good = [x for x in items if _phase_ok(x[2])]
            for a, b, name in items:  # 隆基一期、晶澳二期、阳光二期: among named phases a common stem (阳光) is a company too
                if _phase_ok(name, any_stem=len(good) >= 1 and len(items) >= 2):
                    s.add("project", a, b, 0, name)
        _governed_phases(s, cs, ce)
        m = SINGLE_PHASED.search(s.masked, cs, ce)
        if m is None or "、" in s.masked[m.start():m.end("items")]:
            continue
        start = _cut_after_verb(s, cs, m.end("items"), ("build", "org", "host", "program"))
        if _clean(s.masked[cs:start]) or start < m.start():
            continue  # the phase must open its clause (大唐新余二期竣工投用)
        name = _clean(s.text[start:m.end("items")])
        if name.endswith("项目") and _head_of(PHASE_AT_END.sub("", name[:-2])):
            name = name[:-2]  # 抚州新能源汽车科技产业园一期项目: a name that ends with a head drops 项目
        if not _phase_ok(name) or not _is_named(PHASE_AT_END.sub("", re.sub(r"(?:工程|项目)$", "", name))):
            continue
        s.add("project", start, m.end("items"), 1, name)
        nxt = re.match(r"[^，,；;。]{0,6}?、", s.masked[m.end():ce])
        later = NEXT_PHASE.match(s.masked, m.end() + nxt.end()) if nxt else None
        if later:
            stem = PHASE_AT_END.sub("", re.sub(r"(?:工程|项目)$", "", name))
            s.add("project", start, m.end("items"), 1, stem + re.sub(r"(?:工程|项目)$", "", later.group(0)))


# round 10: a phase governed by a building verb names one work even where its name ends with no head word
# (建成秦州热源厂二期, 建成法式风情街二期, 建成投运呈祥路南延三期, 建成运行市生活垃圾综合处理厂二期项目; a phase after a
# name with no head missed in 96 of 200 random corpus reports): the name ends with a structure (…厂, …街, …路, …矿,
# …库) or is named, and nothing runs on after the phase
GOVERNED_PHASE = re.compile(rf"[{HAN}·0-9.（）]{{2,24}}?(?:[一二三四五六七八九十]|首)期(?:工程|项目)?(?=(?:建设|项目建设)?(?:[，,；;。、]|$))")
VERB_TAIL = re.compile(r"(?:运行|投运|投用|投产|运营)")  # 建成运行…: the second half of a verb jieba splits
STRUCTURE_END = re.compile(rf"[{HAN}](?:厂|街|路|大道|矿|煤矿|库|线|站|楼|场|园|城|港|桥|渠|堤|闸|区|段|延|网)$")


def _governed_phases(s: _Sentence, cs: int, ce: int) -> None:
    lex = _lexicon()
    build = lex.verbs["build"]
    for m in GOVERNED_PHASE.finditer(s.masked, cs, ce):
        start = _cut_after_verb(s, cs, m.end(), ("build", "org", "host", "program"))
        start = max(start, m.start())
        verb = _verb_before(s, cs, start)
        tail = VERB_TAIL.match(s.masked, start, m.end())
        if tail and verb:
            start = tail.end()
        if verb not in build or any(f.start < m.end() and start < f.end for f in s.found):
            continue
        name = _clean(s.text[start:m.end()])
        if "、" in s.masked[start:m.end()] or re.search(r"[和及与的]", name):
            continue
        bare = re.sub(r"(?:工程|项目)$", "", name)
        stem = PHASE_AT_END.sub("", bare)
        if not _phase_ok(bare) or lex.programs.search(stem) or _head_of(stem) \
                or not (STRUCTURE_END.search(stem) or _is_named(stem, strict=True)):
            continue
        s.add("project", start, m.end(), 3, name)  # the weakest: 启动狮子岭二期、海马三期工业园: the head rule's list wins


# 地铁5、6、7号线: one line of each number
NUMBERED_LINES = re.compile(rf"(?P<pre>[{HAN}]{{2,8}}?)(?P<nums>\d+(?:[、和及]\d+)+)(?P<head>号线|号泊位|号楼)")


def _numbered_lines(s: _Sentence) -> None:
    if "号" not in s.masked:
        return
    for m in NUMBERED_LINES.finditer(s.masked):
        start = _cut_after_verb(s, s.clause_of(m.start(), m.end())[0], m.start("nums"), ("build", "program"))
        pre = _clean(s.text[start:m.start("nums")])
        if len(pre) < 2:
            continue
        for num in re.split(r"[、和及]", m.group("nums")):
            s.add("project", start, m.end(), 0, pre + num + m.group("head"))


# …、奋斗水库等重大工程开工建设: the items of a list of works that start or finish are specific
STARTED_AFTER = re.compile(r"(?:相继|先后|陆续|均|已|全部|基本|顺利|正式|全面)?(?:开工建设|开工|建成投产|建成投用|建成|竣工|投产|投运|"
                           r"建成通车|通车|完工|落地|签约)")


def _partner_name(name: str) -> bool:
    """中国能建, 胡庆余堂, 东北师大 in 与…等央企/企业/高校合作: a short name, not a kind, a place or a verb."""
    words = pos(name)
    return 2 <= len(name) <= 8 and bool(re.fullmatch(rf"[{HAN}A-Za-z0-9]+", name)) and not common_word(name) \
        and name not in _places() and not GENERIC_LEAD.match(name) and not CLASS_END.search(name) \
        and not PARTNER_KIND.search(name) and words[0][1] not in ("v", "d", "p", "r", "c", "m") \
        and not (len(words) == 1 and words[0][1] == "ns")


PARTNER_BEFORE = re.compile(r"(?:与|同|携手|会同)$")
PARTNER_KIND = re.compile(r"(?:省直|市直|中直|企业|央企|国企|高校|院校|院所|机构|平台|银行|部门|单位|城市|地区|国家|省份|龙头|头部|知名|一流)$")


def _trading_word(name: str) -> bool:
    """玉柴: one noun jieba has seldom seen (a trading name), not a verb-like trade (电控)."""
    return len(name) <= 3 and rare_word(name) and pos(name)[0][1] in ("n", "nz", "nr", "nrt", "nt", "j") and word_frequency(name) < 20


def _split_items(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    items, at = [], start
    for i in range(start, end + 1):
        if i == end or masked[i] == "、":
            if i > at:
                for a, b in _split_quotes(masked, at, i):
                    items.extend(_split_and(masked, a, b))
            at = i + 1
    return items


def _split_and(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """钦州保税港区东卡口一期和铁路货场至码头…: 和 joins two items when the left one ends like a name."""
    lex = _lexicon()
    for m in _SPLIT_AND_RE1.finditer(masked[start:end]):
        left = masked[start:start + m.start()]
        if OWNER_CAPACITY.match(left) and CAPACITY_ITEM.match(masked, start + m.end(), end):
            return [(start, start + m.start()), (start + m.end(), end)]  # 希铝50万吨合金铝和20万吨氟化铝
        if masked[start + m.end():end] in lex.headless_names and lex.head_at_end.search(left):
            return [(start, start + m.start()), (start + m.end(), end)]  # 南开大学及百度 (round 15)
        if end - (start + m.end()) >= 4 and (lex.head_at_end.search(left) or re.search(
                PHASE_AT_END, left) or lex.works_at_end.search(left)):
            return [(start, start + m.start()), (start + m.end(), end)]
        right = masked[start + m.end():end]
        if len(left) >= 3 and 3 <= len(right) <= 12 and TOPONYM_END.search(right) and TOPONYM_END.search(re.sub("全线$", "", left)) \
                and _is_named(right[:-1], strict=True):
            return [(start, start + m.start() - (2 if left.endswith("全线") else 0)), (start + m.end(), end)]  # 珠海大道全线和迎宾南路
    return [(start, end)]


def _split_quotes(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """“霓裳华服·穿越丝路”“群众村晚” are two items."""
    parts = [(m.start(), m.end()) for m in _SPLIT_QUOTES_RE1.finditer(masked[start:end])]
    if len(parts) >= 2 and sum(b - a for a, b in parts) == end - start:
        return [(start + a, start + b) for a, b in parts]
    return [(start, end)]


# 临沧至清水河、临翔至双江等5条（段）高速公路: a route by its two ends is named with the list's road
ROUTE_CATEGORY = re.compile(r"(?:公路|铁路|高速|高铁|快速路)$")
ROUTE = re.compile(rf"[{HAN}]{{2,8}}(?:至|[—－-][{HAN}]{{2,8}}[—－-]|[—－-])[{HAN}]{{2,8}}")  # 明光—来安, 淮北—宿州—蚌埠
CAMPUS_CATEGORY = re.compile(r"新校区|新院区")


def _campuses(s: _Sentence, items: list[tuple[int, int]], end: int, part: str) -> None:
    """南开大学、天津大学等新校区建设: the campus of each named institution is the project, not the institution;
    one span over the whole list, so the institutions found by their heads give way."""
    lex = _lexicon()
    for a, b in items:
        name = _clean(s.text[a:b])
        head = _head_of(name)
        if head and lex.head_role[head] == "facility" and _named(name, True):
            s.add("project", items[0][0], end, 0, name + part)
WORKS_CATEGORY = re.compile(r"水库|电站|机场|大桥|港口|码头|隧道|公园|片区")
# what is done to each district of a list (…等片区综合开发): part of each name, as 九家湾水库除险加固 keeps its works
DISTRICT_WORKS = re.compile(r"(?:综合|整体|提升|更新)?(?:改造|开发)(?:提升)?")
WORKS_MOD = re.compile(r"(?:通用|国际|支线|抽水蓄能|水)$")


def _shared_org_head(s: _Sentence, items: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """广发、浙商、平安银行等金融企业: short bare items share the last item's institution head."""
    if len(items) < 2:
        return {}
    last = _clean(s.text[items[-1][0]:items[-1][1]])
    head = _head_of(last)
    if not head or _lexicon().head_role[head] != "org" or len(last) <= len(head) + 1:
        return {}
    names = {(a, b): _clean(s.text[a:b]) for a, b in items[:-1]}
    if not all(2 <= len(n) <= 3 and not _head_of(n) and re.fullmatch(rf"[{HAN}]+", n) for n in names.values()):
        return {}
    return {span: n + head for span, n in names.items()}


ROUTE_MOD = re.compile(r"(?:高速|干线|城际|快速|国省干线|旅游|[一二三四]级)$")  # round 13: 等7条三级公路 keeps its grade


def _road_abbreviation(name: str) -> bool:
    """屏马峨, 蒲（江）夹（江）, 邢大: a road named by the first characters of the places it joins, which
    jieba cannot read as words (not 乡村, 城区, 沿江)."""
    bare = re.sub(r"[（(][^）)]*[）)]", "", name)
    if not re.fullmatch(rf"[{HAN}]{{2,4}}", bare) or bare in _places():
        return False
    words = pos(bare)
    return all(len(w) == 1 or word_frequency(w) < 50 for w, _ in words) or all(f in ("j", "ns") for _, f in words)


NOT_ROUTE = re.compile(r"段$|公路|铁路|高速|高铁|机场|改|扩|建")  # 京台高速齐河至济南段: already named by its road


def _add_item(s: _Sentence, kind: str, a: int, b: int, signed: bool, started: bool = False,
              sectors: bool = False, route: str = "", trading: bool = False, text: str | None = None) -> None:
    """One item of a list; items of a list of signed or started projects are specific by nature."""
    lex = _lexicon()
    item = _ADD_ITEM_RE1.sub("", s.text[a:b] if text is None else text)
    name = _clean(item)
    if route and re.search(r"公园|片区", route) and (name.endswith(("公园", "片区")) or name.endswith("园")):
        route = ""  # 古竹片区、埔前片区等片区, 植物园、花博园等公园: named already
    if route and (ROUTE.fullmatch(name) or _road_abbreviation(name)) and not (_head_of(name) or NOT_ROUTE.search(name)):
        s.add(kind, a, b, 0, name + route)
        return
    if route and WORKS_CATEGORY.search(route) and not name.endswith(WORKS_CATEGORY.search(route).group(0)) and not name.endswith("园") \
            and (not lex.heads.search(name) or name in _places() or pos(name) == ((name, "ns"),)
                 or "片区" in route and _head_of(name) in BRIDGE_HEADS) \
            and 2 <= len(name) <= 6 \
            and not common_word(name) and not _common_words(name) and not GENERIC_LEAD.match(name):
        s.add(kind, a, b, 0, name + route)  # 万州、黔江等机场; 塔什萨依、大西沟等水库
        return
    if route and not _head_of(name) and common_word(name):
        return  # 城区、乡村等干线公路: parts of the unit, not roads
    if not route and kind == "project" and _ADD_ITEM_RE2.fullmatch(name) \
            and not _head_of(name) and ROAD_BEFORE_LIST_END.match(s.masked, b) \
            or not route and kind == "project" and DASH_ROUTE_BEFORE.search(s.masked, max(0, a - 14), a) and _head_of(name):
        return  # 建成明光—来安、阜阳—亳州高速公路等项目: routes by their ends share the road of the last one (head rule)
    if not 2 <= len(name) <= 30 or COUNTED.match(name) or GENERIC_LEAD.match(name) or "的" in name:
        return  # 中玖集团投资9亿元的医疗产品商贸公司: a description, not a name
    if name in _places() and (kind in ("project", "event") or kind == "organization" and PLACES_LIST_END.match(s.masked, b)):
        return  # 广州、深圳、佛山等地现代物流园区, 济南、青岛等5个国家物流枢纽, 与香港、深圳等地商协会: a division alone names no
        # project or organization (round 13: 44 such finds in 24 of 200 random corpus reports, seed 1313)
    head = _head_of(name)
    pair = _place_pair(name, head)
    if pair:
        for each in pair:
            _add_item(s, kind, a, b, signed, started, sectors, route, trading, each)
        return
    quoted = item.startswith("“") and item.endswith("”")
    if kind == "organization" and head and re.search(r"(?:院区|校区)$", name) and len(name) > len(head) + 3:
        kind = "project"  # 宝一中高新校区等13所学校建成投用: a campus is a building, not an institution
    if kind == "organization" and text is None and a >= 1 and s.masked[a - 1:b] in lex.headless_names:
        a, name = a - 1, s.masked[a - 1:b]  # 同仁堂 cut after a partner's 同 (round 15)
    if kind == "organization" and name in lex.headless_names:
        s.add(kind, a, b, 0, name)  # round 15: 百度、海螺、字节跳动等…: a corpus-frequent trading name (common words to jieba)
        return
    if kind == "organization":
        if re.search(r"(?:街道|镇|乡|村|社区|县|区|市|州|旗|省)$", name) and head is None:
            return  # a unit among the organizations (米东区三道坝镇、乌鲁木齐职业大学等18家单位)
        if head and len(name) > len(head) and all(f.startswith("v") for _, f in pos(name[: -len(head)])):
            return  # 吸引银行、证券…等金融机构: a verb and a kind
        if CLASS_END.search(name) or ORG_CLASS.search(name) or not head and any(f == "v" and len(w) > 1 for w, f in pos(name)) \
                or (head is None and _common_words(name) and not trading):
            return  # 政企沟通, 大型央企, 科研院所, 钢铁: kinds of organizations or trades, not names
        name = re.sub(r"[（(][^）)]*[）)]$", "", name)
    elif kind == "event":
        if name[:1] == "好" and s.masked[a - 1:a] == "办" and name[1:] in lex.head_role:
            return  # 举办好马拉松赛、公路自行车赛等大型赛事: 好 ends the verb, the kind of race names nothing
        if not (quoted or (head and lex.head_role[head] == "event") or _is_named(_stem(name))
                or ORDINAL_OR_YEAR.search(name)):
            return
        kind = "project"
    elif kind == "project":
        if sectors and not quoted and (name in _places() or "等" in name or not head and (
                common_word(name) or started and not _is_named(name, strict=True))):
            return  # 住房、教育、医疗、通讯等项目全部完工: sectors, not projects
        signed = signed or started
        if not (quoted or signed or PHASE_AT_END.search(name) or (
                _is_named(WORKS_END.sub("", name), strict=True) if WORKS_END.search(name) else _named(name))):
            return  # 农村黑臭水体治理: works on a kind of thing
    s.add(kind, a, b, 0, name)


PLACES_LIST_END = re.compile(r"(?:、[^、，,；;。等]{1,8})*等(?:地|省|市|城市|地区|州市|省市|县市|国家)")  # 香港、深圳等地商协会; not 阿里、吉利等5家企业
DASH_ROUTE_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,5}(?:[—－-][\u4e00-\u9fff]{2,5})+、$|^[\u4e00-\u9fff]{2,5}(?:[—－-][\u4e00-\u9fff]{2,5})+、$")
ROAD_BEFORE_LIST_END = re.compile(r"(?:、[^、，,；;。等]{2,14}?)*?(?:高速公路|高速|铁路|高铁|城际铁路|城际|公路|管道|快速路|通道)等")
PLACE_PAIR = re.compile(rf"([{HAN}]{{2,4}})[和及]([{HAN}]{{2,4}}?)([{HAN}]{{2,12}})")


# 北过境和钓磻高速, 雅康和汶马高速公路, 阿岗和车马碧水库: two roads or reservoirs by their short names share the head
ROUTE_PAIR = re.compile(rf"([{HAN}]{{2,4}})和([{HAN}]{{2,4}}?)(高速公路|高速|铁路|高铁|城际铁路|水库)([{HAN}]{{2,4}}段)?")
NOT_ROUTE_PAIR = re.compile(r"[一二两双复]线|新建|改建|改造|续建|开工|建设|工程|病险|上游|下游|运营|城际|国家|省级|市级|普通|干线|地方")


def _route_pair(name: str, head: str | None) -> list[str]:
    pair = ROUTE_PAIR.fullmatch(name)
    if not pair or head != pair.group(3) and not (pair.group(4) and head and head.endswith("段")) or any(NOT_ROUTE_PAIR.search(g) or _head_of(g) for g in pair.group(1, 2)):
        return []
    left, right = pair.group(1, 2)
    if any(all(f.startswith("v") for _, f in pos(g)) or pos(g)[0][1].startswith("v") and len(pos(g)[0][0]) > 1 for g in (left, right)):
        return []  # 新建和改造铁路: verbs, not names
    part = pair.group(3) + (pair.group(4) or "")  # 濮卫和阳新高速濮阳段: the section is each road's
    return [left + part, right + part]


def _place_pair(name: str, head: str | None) -> list[str]:
    """舒兰和永吉钼产业园: one park in each of two places -> 舒兰钼产业园, 永吉钼产业园."""
    routes = _route_pair(name, head)
    if routes:
        return routes
    pair = PLACE_PAIR.fullmatch(name)
    if pair and head and len(pair.group(3)) > len(head) and all(
            g in _places() or pos(g) == ((g, "ns"),) for g in pair.group(1, 2)):
        return [pair.group(1) + pair.group(3), pair.group(2) + pair.group(3)]
    return []


ORG_CLASS = re.compile(r"(?:企业|产业|行业|央企|国企|民企|院所|单位|机构|同行|主体|高校|院校|上市公司)$|"
                       r"^(?:大型|重点|龙头|知名|骨干|优质|规上|规模以上|小微|中小|各类|各级|国内外|境内外|国内|国外)")


COMMON_FLAGS = ("n", "vn", "v", "a", "b", "d", "an", "ad", "f")


def _common_words(text: str) -> bool:
    """Only dictionary words that are not names (钢铁, 新材料, 保险): a trade, not a company."""
    words = pos(re.sub(r"^[新大老小]", "", text) or text)
    return all(len(w) >= 2 and f in COMMON_FLAGS for w, f in words)


WORKS_END = re.compile(r"(?:改造|提升|治理|修复|整治|建设|保护|提标|加固|新建|迁建|改扩建|扩建|续建|贯通|配套|综合整治)$")


def _hosted_after(s: _Sentence, end: int, ce: int) -> bool:
    return bool(re.search(r"成功举办|举办|举行|圆满举办|召开|开幕|落幕|闭幕", s.masked[end:ce]))


# 全面开展淮北大堤加固、涡河治理、沙颍河治理和白莲崖水库工程建设: a run of named works, each with what is done to it
RUN_WORD = re.compile(r"治理|整治|加固|清淤|疏浚|修复|改造|扩建|迁建")
RUN_WORKS = re.compile(r"(?:综合治理|综合整治|治理|整治|除险加固|加固|清淤|疏浚|生态修复|修复|改造|扩建|改扩建|迁建)$")


def _works_runs(s: _Sentence) -> None:
    if "、" not in s.masked:
        return
    lex = _lexicon()
    for cs, ce in s.clauses:
        if len(RUN_WORD.findall(s.masked, cs, ce)) < 2 or "、" not in s.masked[cs:ce]:
            continue
        start = _cut_after_verb(s, cs, ce, ("build", "program"))
        if start == cs or "等" in s.masked[start:ce]:
            continue  # a run follows its verb; a list with 等 is the list rules'
        body = re.sub(r"(?:项目)?(?:建设|前期工作)$", "", s.masked[start:ce])
        parts, at = [], start
        for part in re.split(r"、|和|及", body):
            parts.append((at, at + len(part), _clean(part)))
            at += len(part) + 1
        works = [p for p in parts if RUN_WORKS.search(p[2]) and 4 <= len(p[2]) <= 16]
        if len(parts) < 3 or len(works) < 2 or not all(RUN_WORKS.search(n) or lex.head_at_end.search(n) for _, _, n in parts):
            continue
        for a, b, name in works:
            stem = RUN_WORKS.sub("", name)
            if _is_named(stem, strict=True) and not GENERIC_LEAD.match(name) and not common_word(stem):
                s.add("project", a, b, 1, name)


# ---- waters listed before the works done on them ----------------------------------------------

# 黑龙江、松花江、嫩江干流治理; 推进贾鲁河、索须河综合治理: each water gets the works (a list with 等
# names a class of waters instead)
WATER = rf"[{HAN}]{{1,5}}(?:江|河|湖|溪|渠|湾|水库)"
WATER_WORKS = re.compile(rf"(?P<items>{WATER}(?:、{WATER})+)(?P<works>[{HAN}]{{0,5}}?(?:综合治理|综合整治|治理|整治|生态修复|修复|清淤|疏浚|除险加固|加固))"
                         rf"(?![{HAN}])")
WATER_WORKS_WORDS = re.compile("治理|整治|修复|清淤|疏浚|加固")


def _water_works(s: _Sentence) -> None:
    if "、" not in s.masked or not WATER_WORKS_WORDS.search(s.masked):
        return  # every match of WATER_WORKS has both
    for cs, ce in s.clauses:
        for m in WATER_WORKS.finditer(s.masked, cs, ce):
            start = _cut_after_verb(s, cs, s.masked.find("、", m.start(), m.end()), ("build", "program"))
            if start >= m.end("items"):
                continue
            works = m.group("works")
            if re.search(r"等|和|及|与", works):
                continue
            at = start
            for part in s.masked[start:m.end("items")].split("、"):
                a, b = at, at + len(part)
                at = b + 1
                if not re.fullmatch(WATER, part) or GENERIC_LEAD.match(part):
                    return
                s.add("project", a, b if b < m.end("items") else m.end(), 0, part + works)


# ---- companies listed as what lists on a market or produces ----------------------------------

# 延边金刚山食品、吉林国遥博诚科技挂牌新三板; 支持香江电器、聚智科技上市; 西北油田、乌石化、国能化工…加速释放产能
MARKET_AFTER = re.compile(r"(?:相继|先后|成功|正式|实现|过会|顺利|均|已|加速|加快|全面|率先)*"
                          r"(?P<on>在(?=[^，,；;。、等]{0,8}?(?:交所|板|香港|境外|纳斯达克))[^，,；;。、等]{2,14}?(?:成功|首发)?(?=上市|挂牌))?"
                          r"(?:挂牌新三板|在新三板挂牌|登陆新三板|挂牌上市|上市|IPO上市|释放产能|满负荷生产|满产|生产(?![\u4e00-\u9fff]{0,4}(?:基地|线|车间|园|厂|中心|项目)))")
MARKET_WORDS = re.compile("三板|上市|产能|生产|满产")  # one is in every alternative of MARKET_AFTER's last group
COMPANY_END = re.compile(r"(?:铝业|纸业|铜业|锂业|硅业|化学|精密|食品|科技|电器|电气|电子|化工|煤化工|石化|矿业|药业|医药|环保|新材料|材料|股份|控股|实业|重工|"
                         r"机械|能源|乳业|生物|制药|装备|光电|纺织|建材|钢铁|汽车|物流|油田|煤矿|煤业|智能|传媒|集团|公司)$")


def _company_subjects(s: _Sentence) -> None:
    if not MARKET_WORDS.search(s.masked):
        return  # every match of MARKET_AFTER has one of them
    for cs, ce in s.clauses:
        for m in MARKET_AFTER.finditer(s.masked, cs, ce):
            exchange = EXCHANGE.search(s.masked, m.start("on"), m.end("on")) if m.group("on") else None
            if exchange:  # 在港交所上市: the exchange is an organization the report names
                s.add("organization", exchange.start(), exchange.end(), 1)
            start = _cut_after_verb(s, cs, m.start(), ("org", "build"))
            lead = SUPPORT_LEAD.match(s.masked, start, m.start())
            start = lead.end() if lead else start
            items = _split_items(s.masked, start, m.start())
            names = [(a, b, _clean(s.text[a:b])) for a, b in items]
            if not names or any(not 2 <= len(n) <= 14 or COUNTED.search(n) or GENERIC_LEAD.match(n) or ORG_CLASS.search(n)
                                or re.search(r"[等的和及与0-9]|百千万|千[家户]|[百千万](?:家|户|亩|人|个|元|吨)", n) or _common_words(n) or common_word(COMPANY_END.sub("", n) or n) for _, _, n in names) \
                    or m.group("on") and any(pos(n)[0][1].startswith("v") for _, _, n in names) \
                    or not (m.group("on") or LISTED_FOR_SURE.match(m.group(0)) and all(_is_named(n) for _, _, n in names)
                            or any(COMPANY_END.search(n) or _trading_word(n) for _, _, n in names)):
                continue  # every item a name, one at least a company by its trade word or a trading name
            for a, b, n in names:
                s.add("organization", a, b, 1, n)


# 恒进感应、万润新能成功上市: what succeeds in listing is a company, whatever its name (74 corpus reports list
# such names before 成功/顺利/相继 上市)
LISTED_FOR_SURE = re.compile(r"(?:成功|顺利|相继|先后)(?:挂牌)?上市")
EXCHANGE = re.compile(r"上交所|深交所|港交所|北交所|纽交所|香港联交所|联交所|纳斯达克|上海证券交易所|深圳证券交易所|北京证券交易所")
def _company_lists(s: _Sentence) -> None:
    """依托云箭集团、辰州矿业、恒光科技等拓展新材料产业链, 释放淯鑫铝业、泽鑫铝业等电解铝产能: a list before 等 whose
    items all end with a company's trade word (…铝业, …科技, …集团) names companies, whatever follows 等."""
    if "等" not in s.masked or "、" not in s.masked:
        return
    for cs, ce in s.clauses:
        for m in _COMPANY_LISTS_RE1.finditer(s.masked[cs:ce]):
            at = cs + m.start()
            first = s.masked.find("、", cs, at)
            if first < 0:
                continue
            start = _cut_after_verb(s, cs, first, ("org", "build", "program"))
            lead = SUPPORT_LEAD.match(s.masked, start, at)
            start = lead.end() if lead else start
            names = [(a, b, _clean(s.text[a:b])) for a, b in _split_items(s.masked, start, at)]
            if len(names) < 2 or any(not 4 <= len(n) <= 10 or not COMPANY_END.search(n) or COUNTED.search(n)
                                     or re.search(r"[的和及与0-9]", n) or GENERIC_LEAD.match(n) or ORG_CLASS.search(n)
                                     or _common_words(n) or common_word(COMPANY_END.sub("", n)) for _, _, n in names):
                continue
            for a, b, n in names:
                s.add("organization", a, b, 1, n)


SUPPORT_LEAD = re.compile(r"(?:争取|推动|支持|扶持|力争|推进|重点推进|做好|帮助|鼓励|引导)+")


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_ADD_ITEM_RE1 = re.compile(r"(?:项目)?(?:建设|规划建设)$")
_ADD_ITEM_RE2 = re.compile(r"[\u4e00-\u9fff]{2,5}(?:[—－-][\u4e00-\u9fff]{2,5})+")
_COMPANY_LISTS_RE1 = re.compile("等")
_SPLIT_AND_RE1 = re.compile(r"和|及")
_SPLIT_QUOTES_RE1 = re.compile(r"“[^“”]+”")


# round 15 (projZ): a list without 等 that a completion verb closes, opening its clause (武孝城铁、武汉城市圈环线高速、孝汉大道建成
# 通车, 群众艺术馆、朝鲜族艺术馆竣工; such runs in 128 of 200 random corpus reports, seed 1501, a first item missed while a later
# one comes out in 31): where at least as many items came out as projects as not, each name-like item left is one too
RUN_DONE = re.compile(r"(?:相继|先后|陆续|均|全部|全面|基本|顺利|正式|全线|已|主体|主体工程|如期|按期|相继)?(?:建成通车|建成投用|建成投运|"
                      r"建成投产|建成开放|建成运营|建成运行|建成使用|竣工通车|竣工投用|竣工投产|竣工|投入使用|投入运营|投入运行|完工|通车)"
                      r"(?=[，,。；;]|$)")
DONE_LAST = frozenset("车用运产放营行成工顶馆园")  # the last characters of RUN_DONE's and SUBJECT_DONE's verbs
RUN_LEAD = re.compile(r"(?:推动|确保|力争|争取|实现|促进|推进)?")
RUN_PART = re.compile(r"(?:全线|部分区段|部分路段)$")  # 5号线全线、6号线一期…建成投运: the line itself
RUN_TIME = re.compile(r"[0-9０-９一二三四五六七八九十]+月|月底|年底|年内|实现")  # 西外环8月底实现通车


def _done_runs(s: _Sentence) -> None:
    if "、" not in s.masked:
        return
    for cs, ce in s.clauses:
        if s.masked[ce - 1] not in DONE_LAST:
            continue  # perf: no completion ends the clause
        done = RUN_DONE.search(s.masked, cs, ce)
        if not done or done.end() != ce:
            continue
        start = RUN_LEAD.match(s.masked, cs, done.start()).end()
        span = s.masked[start:done.start()]
        if "、" not in span or re.search(r"[等的在于将]", span):
            continue
        items = [(a, b) for a, b in _split_items(s.masked, start, done.start()) if b > a]
        if len(items) < 2:
            continue
        projects = [(a, b) for a, b in items if any(f.kind == "project" and f.start < b and a < f.end for f in s.found)]
        others = [(a, b) for a, b in items if not any(f.start < b and a < f.end for f in s.found)]
        if not projects or len(others) > len(projects):
            continue
        for a, b in others:
            name = RUN_PART.sub("", _clean(s.text[a:b])) or _clean(s.text[a:b])
            head = _head_of(name)
            if not FEW_PEERS_NOT.search(name) and not COUNTED.search(name) and not RUN_TIME.search(name) \
                    and _peer_name(name) and (_named(name) if head else len(name) >= 4):
                s.add("project", a, b, 4, name)  # not 沪苏通 of 沪苏通、五峰山长江大桥 (the head is shared)


# round 15 (projZ): a clause that is only a facility or works and its completion (盘道水库主体完工, 西部国际展览中心主体竣工,
# 城市记忆馆建成开放, 市图书馆新馆投入使用; 191 such clauses in 114 of 200 random corpus reports, seed 1501, nothing found in 35
# of them in 33 reports): what is completed is one thing, named by the report even where its words are common (the
# official gold's 中央公园, 市新殡仪馆); not a count (6个乡镇污水处理厂), a first or a rank (全国首个…, 国家级…), a role
# (全国先进制造研发基地), a port opened (…口岸) or a mission (…领事馆)
SUBJECT_DONE = re.compile(r"(?:主体工程|主体框架|主体结构|主体)?(?:基本|全面|顺利|如期|按期|正式|已经|已|全线)?(?:建成通车|建成投用|建成投运|"
                          r"建成投产|建成开放|建成运营|建成使用|建成|竣工通车|竣工投用|竣工|完工|封顶|投入使用|投入运营|通车|投用|开馆|开园)$")
SUBJECT_LEAD = re.compile(r"(?:确保|力争|推动|实现|争取)?")
SUBJECT_NOT = re.compile(r"^(?:全国|全省|全市|全区|全县|世界|国家|国内|省内|首个|首家|首条|第[0-9一二三四五六七八九十]+)|口岸$|领事馆$|"
                         r"[等的和及与、]|[0-9０-９]+[个座所家条处]|^(?:一批|多个|部分|各类|这|该|其)|亲自|见证|目睹")  # 亲自见证中老铁路通车: a witness


def _done_subjects(s: _Sentence) -> None:
    lex = _lexicon()
    for cs, ce in s.clauses:
        if s.masked[ce - 1] not in DONE_LAST:
            continue  # perf: no completion ends the clause
        done = SUBJECT_DONE.search(s.masked, cs, ce)
        if not done or done.start() - cs < 3:
            continue
        start = SUBJECT_LEAD.match(s.masked, cs, done.start()).end()
        end = done.start()
        m = PHASE_AT_END.search(s.masked, start, end)
        head_end = m.start() if m and m.end() == end else end
        head = lex.head_at_end.search(s.masked, start, head_end)
        if not head or lex.head_role[head.group(0)] not in ("place", "facility") or head.end() != head_end:
            continue
        name = _clean(s.text[start:end])
        if not 4 <= len(name) <= 20 or name != s.text[start:end] or SUBJECT_NOT.search(name) or GENERIC_LEAD.match(name) \
                or COUNTED.search(name) or any(f.start < end and start < f.end for f in s.found):
            continue
        stem = s.masked[start:head.start()]
        if not stem or stem not in "市省县区州" and common_word(stem):
            continue  # 体育中心建成投用, 城市公园建成开放, 中心医院: a kind, named by no word of its own (市博物馆: the city's)
        s.add("project", start, end, 3, name)


# round 15 (projZ): the last item of a list of projects joined by 和/及 (朱宏路、昆明路、广安路主线桥和西南二环立交, 地铁4号线、
# 5号线、6号线、滨海快线和1号线二期; lists of projects with a last item after 和/及 in 144 of 200 random corpus reports, seed 1501,
# the last item unread in 105 lists in 77 reports): where every item before it came out as a project, a name-like last
# item is one too; not a kind of thing (配套设施, 沿海港口群, 世界级集装箱枢纽港, 村卫生室)
LAST_JOINED = re.compile(r"((?:[^、，,。；;：:等和及与]{2,16}、)+[^、，,。；;：:等和及与]{2,16})(?:和|及|以及)([^、，,。；;：:等和及与的]{3,18}?)"
                         r"(?=等|建设|建成|开工|竣工|完工|通车|投用|投产|投入|项目|工程|前期|$)")
LAST_NOT = re.compile(r"世界级|国际|区域|沿海|配套|相关|其他|周边|一批|重点|特色|部分|[村镇乡]|社区|管网|港口群|改造|整治|提升|规划|"
                      r"发展$|^(?:城市|城乡|农村|乡村|公共|市政|基层|各|新|[0-9一二三四五六七八九十]+[号期])")  # 1号和2号机组, 二期及三期首开段: a part


def _last_joined(s: _Sentence) -> None:
    if "、" not in s.masked or not ("和" in s.masked or "及" in s.masked):
        return
    for cs, ce in s.clauses:
        for m in LAST_JOINED.finditer(s.masked, cs, ce):
            items, at = [], m.start(1)
            for part in m.group(1).split("、"):
                items.append((at, at + len(part)))
                at += len(part) + 1
            if not all(any(f.kind == "project" and f.start < b and a < f.end for f in s.found) for a, b in items):
                continue
            a, b = m.span(2)
            if any(f.start < b and a < f.end for f in s.found):
                continue
            name = _clean(s.text[a:b])
            if not LAST_NOT.search(name) and not COUNTED.search(name) and not GENERIC_LEAD.match(name) and _peer_name(name):
                s.add("project", a, b, 4, name)


# round 15b (projZ2): a road, line or works that goes through along its whole length (西部环山路全线贯通, 实现内顺城路全线贯通,
# 全线贯通环巢湖旅游道路, 实现新外环全线通车; 34 such clauses in 29 of 200 random corpus reports, seed 1511, nothing found in 16
# of them in 14 reports): what goes through is one work, named by the report even where its stem is a common word (复兴路,
# 人民路: street names; 大外环, 新外环: a ring road by one character); not a count (402公里黄河标准化堤防), a kind (城市道路, 主干道) or a list with 和/及
THROUGH_END = re.compile(r"(?:年内|年底|今年|上半年|下半年|[0-9]{1,2}月底?)?全线(?:贯通|通车)$")
THROUGH_START = re.compile(r"(?:实现|确保|力争|推动|推进)?全线贯通(?:了)?")
THROUGH_LEAD = re.compile(r"(?:实现|确保|力争|推动|推进|争取)")
THROUGH_HEAD = re.compile(r"(?P<head>大道|道路|快速路|快速通道|通道|干道|绿道|廊道|外环|内环|环线|环路|铁路|城际铁路|高铁|高速公路|高速|公路|"
                          r"大桥|隧道|线|路|街)(?:（?(?:[一二三四五六七八九十]|首)期）?)?(?:工程)?$|工程(?:（?(?:[一二三四五六七八九十]|首)期）?)?$")
STREET_HEADS = frozenset(("路", "街", "大道"))  # 复兴路, 解放大道: a common word names a street
THROUGH_NOT = re.compile(r"[等的和及与]|^(?:城市|城乡|农村|乡村|市政|主干|次干|支|各|全|新建|改建|骨干|重点|一批)")


def _through_roads(s: _Sentence) -> None:
    if "全线" not in s.masked:
        return
    for cs, ce in s.clauses:
        clause = s.masked[cs:ce]
        if "全线" not in clause:
            continue
        end = THROUGH_END.search(s.masked, cs, ce)
        if end and end.end() == ce:
            lead = THROUGH_LEAD.match(s.masked, cs, end.start())
            a, b = (lead.end() if lead else cs), end.start()
        else:
            start = THROUGH_START.match(s.masked, cs, ce)
            if not start:
                continue
            a, b = start.end(), ce
        at = a
        for part in s.masked[a:b].split("、"):
            pa, pb = at, at + len(part)
            at = pb + 1
            name = _clean(s.text[pa:pb])
            if not 3 <= len(name) <= 20 or name != s.text[pa:pb] or THROUGH_NOT.search(name) or COUNTED.search(name) \
                    or GENERIC_LEAD.match(name) or any(f.start < pb and pa < f.end for f in s.found):
                continue
            head = THROUGH_HEAD.search(name)
            if not head:
                continue
            stem = name[:head.start()]
            ring = head.group("head") in ("外环", "内环") and len(stem) == 1  # 大外环, 新外环
            if not ring and (len(stem) < 2 or head.group("head") not in STREET_HEADS and common_word(stem) or stem in _places()):
                continue  # 城市道路, 高速公路: a kind; 郑州环线? the place alone names no road
            s.add("project", pa, pb, 3, name)
