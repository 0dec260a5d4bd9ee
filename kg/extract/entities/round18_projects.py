"""Round 18 (projU, projects): bare names of works that share the last item's head across 、 and 和 (project recall on
dev13 … dev17: the structure missed in four of the five sets).

夏河、碌曲330千伏汇集站 (dev13), 甘孜南、甘孜西、理塘500千伏输变电工程 and 道孚和叶巴滩500千伏送出工程 (dev14), 济乐、德商高速 and
杭甬、甬台温城际铁路 after a full name and 和, 龙井湾和戈林等水库 (dev16): the items before the last one came out bare (夏河拉卜楞,
木桥), joined with the next across 和 (龙井湾和戈林水库, 赤山埠和祥符水厂), glued to the name before 和 (杭甬智能高速公路和杭甬)
or not at all. The gold names each item with the shared head (and the voltage before it): 夏河330千伏汇集站, 碌曲330千伏汇集站,
as round 17c did for 连盐、连青铁路. Round 17c's `shared_heads` reads short items of roads and rail lines joined by 、 only;
this rule takes facility heads too (水库, 电站, 机场, 变电站, 水厂 …), items joined by 和, items named by a route (A至B)
and a voltage between the last item and the head. Counts and verdicts: eval/corpus_samples/entM/round18/.
"""

from __future__ import annotations

import re

from ..alternation import trie_alternation
from .patterns import GENERIC_LEAD
from .sentence import _Sentence, _strip_lead
from .stems import _head_of, _places, common_word, pos

# facility heads a run of bare names can share (longest first); road and rail heads after them
FACILITY = ("抽水蓄能电站|抽蓄电站|水电站|光伏电站|火电站|电站|海上风电场|风电场|变电站|汇集站|开关站|输变电工程|送出工程|"
            "水库|通用机场|支线机场|国际机场|民用机场|机场|水厂|自来水厂|净水厂|污水处理厂|污水厂|大桥|"
            # round 19 (projAA): parks of a kind and tunnels named by a bare place (大尖山、蒂峰山等森林公园; 月亮山、黄思湾隧道);
            # not a bare 公园 (环城水系、乌兰夫主题公园; 内蒙古音乐厅、丰州古城遗址公园: places of other kinds before a park)
            "国家公园|森林公园|湿地公园|郊野公园|地质公园|隧道")
ROAD = "高速公路|高速铁路|城际铁路|高速|高铁|铁路"
HEAD_LAST = re.compile(r"[站场程库厂桥速铁园道]")  # the last character of every head: the fastest first test
# the heads alone, as a trie: a fast second test (the optional voltage slows a scan; a flat alternation is tried branch
# by branch)
HEAD_ONLY = re.compile(trie_alternation(FACILITY.split("|") + ROAD.split("|")))
# round 19 (projAA): a count, and kinds after it or after 等, between the last item and the head (建德、桐庐等5个抽水蓄能电站,
# 本溪、营口、辽阳、盘锦4座城市污水处理厂, 沾临、济高等7条高速公路, 后官湖、藏龙岛等国家级湿地公园): dropped from the names, as the
# gold drops them (群力、信义沟…等11个污水处理工程 → 群力污水处理工程; 龙凤山…等大型灌区节水改造 → 龙凤山灌区节水改造)
COUNT = r"(?:[0-9]{1,3}|[一二三四五六七八九十两]{1,3})[个座处条家]|一批"
QUAL = r"在建|新建|续建|大中型|大型|中型|小型|重点|城市|国家级|省级"
GAP = rf"(?P<gap>等?(?:{COUNT})(?:{QUAL}){{0,2}}|等(?:{QUAL}){{1,2}})"
HEAD = re.compile(rf"{GAP}?(?P<cap>±?[0-9]{{2,4}}千伏)?(?P<etc>等)?(?P<head>{FACILITY}|{ROAD})")
# what may follow the head where the name ends there (a shared 项目 is dropped, as after any head)
END_AFTER = re.compile(r"$|项目|建设|等(?![^，,。；;]{0,4}?(?:中心|园|基地|片区|区域|地区|周边|城市|企业|物流|产业|景区|平台))|[，,。；;、：:和及（(]|[加推开建竣完启实投并通续新力动前抓有全正顺基即将已相先陆均年试具将分稳进启]")
# the item and its run: two to six characters of a name (two to four before a road or rail head, as round 17c), or a
# route A至B / A到B (赛尔龙至郎木寺)
ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]{2,6}[至到][\u4e00-\u9fff]{2,6}")
ROUTE = re.compile(r"[\u4e00-\u9fff]{2,6}[至到][\u4e00-\u9fff]{2,6}")
# a works or kind word inside an item: it names a works of its own or a kind (零陵机场迁建, 滇中引水, 中心城区电网, 街北高速扩建)
WORKS_IN = re.compile(r"高速|铁路|高铁|地铁|轨道|轻轨|机场|运河|港|航道|枢纽|水利|电网|电厂|电站|水库|水厂|污水|大桥|城区|扩建|迁建|改造|扩容|改建|"
                      r"新建|拓宽|拓改|提升|改线|连接线|复线|引水|调水|供水|工程|项目|建设|治理|整治|综合|"
                      r"[一二三四五六七八九十两][座个条处家所]|堤|渠")
# the clause speaks of works (built, started, opened, planned), not of lines in service (依托南贵、南昆、湘桂高铁)
WORKS_CLAUSE = re.compile(r"建|推进|实施|开工|通车|竣工|完工|完成|启动|前期|征地|可研|进展|投运|投产|运行|运营|并网|加快|改造|蓄水|发电|"
                          r"选址|规划|谋划|抓好|争取|力争|开通|提速")
NOT_ITEM = re.compile(r"[和及与的等之各]|^[了着把将对被让使]|^(?:[全本该其新改扩续在迁]建|改扩建|新改建|新扩建)|[0-9]|公里|^(?:城市|城区|农村|城乡|市区|县城|全市|全省|全县|国省|省道|国道|"
                      r"中型|小型|大型|大中型|病险|重点|骨干|一批|一级|二级|三级|普通|干线|支线|地方|沿江|沿海|沿线|境内|周边)")
# an item that ends like a facility of its own is a full name (京沪高速铁路, 污水二厂), not a bare one
OWN_END = re.compile(r"(?:厂|站|机场|广场|公园|绿道|景区|体育场|风电场|馆|港|港区|码头|园区|区|新区|开发区|楼|院|校|中心|基地|路|街|大道|线|段|大桥|隧道|水库|高速|铁路|高铁|公路|工程|项目|期)$")
SEP = re.compile(r"、|和")
PARTICLES = frozenset("了着好把将对被让使")  # 好: 建设好三江源、祁连山国家公园 (round 19)
NAME_FLAGS = frozenset(("nr", "ns", "nz", "nt"))
# a verb inside an item (省抓好贵阳至广州) or a road's kind after a route (贵阳至成都快速 of …快速铁路)
ROAD_KIND_END = re.compile(r"(?:快速|城际|干线|一级|二级|高等级|复线|电气化|客运|货运|支线|国际|通用|民用)$")


def _bare_item(name: str, road: bool) -> bool:
    """碌曲, 叶巴滩, 龙井湾, 赤山埠, 赛尔龙至郎木寺: a bare name, not a kind, a count, a verb or a full name."""
    if not ITEM.fullmatch(name) or NOT_ITEM.search(name) or OWN_END.search(name) or GENERIC_LEAD.match(name) \
            or WORKS_IN.search(name):
        return False
    if ROAD_KIND_END.search(name):
        return False
    place = name in _places()  # round 19: 营口 is a city, though jieba tags it vn
    if not place and any(f.startswith("v") and len(w) >= 2 for w, f in pos(name)):
        return False
    if ROUTE.fullmatch(name):
        a, b = re.split(r"[至到]", name, maxsplit=1)
        return not any(common_word(x) and x not in _places() for x in (a, b))  # 沈阳到彰武: cities are common words
    if road and len(name) > 4:
        return False  # 春光制药装备、捷通铁路: a company's name, no road's
    if common_word(name) or _head_of(name) is not None:
        return False
    if road and name in _places():
        return False  # 阜新、阜六高速: a city alone is no road's name (an airport or a reservoir is named by its place)
    first, flag = pos(name)[0]
    return place or not (flag in ("v", "vn", "d", "p", "c", "r", "m", "f") and len(first) >= 2 and first == name[:len(first)]
                and len(first) < len(name) or flag in ("v", "vn", "d", "p", "c", "r", "m", "f") and first == name)


def _and_split(text: str, at: int) -> bool:
    """The 和 at `at` joins two items (龙井湾和戈林), not part of a word (和平, 和田, 平和)."""
    if at > 0 and text[at - 1] == "、":
        return False  # 靖宇至松江河、和龙至南坪: an item starts with 和 (round 19)
    lo, hi = max(0, at - 3), min(len(text), at + 4)
    pieces, k = pos(text[lo:hi]), lo
    for w, _ in pieces:
        if k == at:
            return w == "和"
        if k > at:
            return False
        k += len(w)
    return False


def runs(s: _Sentence) -> list[tuple[int, int, list[str], list[tuple[int, int]]]]:
    """(start, end, names, item spans) of each run A、B[和C][NNN千伏]HEAD of bare items in a clause that speaks of works."""
    out: list[tuple[int, int, list[str], list[tuple[int, int]]]] = []
    if "、" not in s.text and "和" not in s.text or HEAD_LAST.search(s.text) is None or HEAD_ONLY.search(s.text) is None:
        return out
    for m in HEAD.finditer(s.text):
        if s.text[max(0, m.start() - 1):m.start()] in ("", "，", ",", "。", "；", ";", "：", ":"):
            continue  # the head opens its clause: nothing before it to share it
        if not END_AFTER.match(s.text, m.end()):
            continue  # 水库除险加固, 机场改扩建, 高速公路连接线: the name runs on
        road = m.group("head") in ROAD.split("|")
        cap, head = m.group("cap") or "", m.group("head")
        cs, ce = s.clause_of(m.start(), m.end())
        # walk back over items separated by 、 or 和
        items: list[tuple[int, int]] = []
        end, stopped = m.start(), False
        seps = [x.start() for x in SEP.finditer(s.text, cs, end)]
        while True:
            while seps and s.text[seps[-1]] == "和" and not _and_split(s.text, seps[-1]):
                seps.pop()  # 和平, 和田: part of a word
            if not seps:
                break
            sep = seps.pop()
            name = s.text[sep + 1:end]
            if not _bare_item(name, road):
                stopped = True  # 邯济铁路和济乐、德商高速: a full name before the run
                break
            items.append((sep + 1, end))
            end = sep
        if not items:
            continue
        if not stopped:  # the first item runs from the clause start, after a lead verb
            start = _strip_lead(s.text, cs, end)
            whole = pos(s.text[cs:end])
            if start > cs and len(whole) == 1 and whole[0][1] in NAME_FLAGS:
                start = cs  # 向家坝、溪洛渡电站即将蓄水: one name jieba knows, not 向 + 家坝
            word, flag = (pos(s.text[start:end]) or (("", ""),))[0]
            if flag.startswith("v") and len(word) >= 2 and end - start - len(word) >= 2:
                start += len(word)  # 整治湖边、上李水库: a verb the lead list does not hold
            if s.text[start:start + 1] in PARTICLES and end - start >= 3:
                start += 1  # 保证了京张、张大…高铁: a particle before the first item
            if _bare_item(s.text[start:end], road):
                items.append((start, end))
            elif s.text[end] != "和":  # 滇中引水和乌东德、白鹤滩水电站: another thing before 和
                continue  # 配合省抓好贵阳至广州: the lead did not come off; the run's start is unknown
        if len(items) < 2:
            continue
        alone = not s.masked[cs:items[-1][0]].strip(" ，,；;。") and not s.masked[m.end():ce].strip(" ，,；;。")
        if not (WORKS_CLAUSE.search(s.text, cs, ce) or alone and WORKS_CLAUSE.search(s.text)):
            continue  # 依托南贵、南昆、湘桂高铁: lines in service (a clause that is only the run shares its sentence's verb)
        items.reverse()
        out.append((items[0][0], m.end(), [s.text[a:b] + cap + head for a, b in items], items))
    return out


def shared_facility_heads(s: _Sentence) -> None:
    """Give each bare item of a run (A、B[和C][NNN千伏]HEAD) the shared head."""
    for run_start, run_end, names, items in runs(s):
        if any(f.kind == "project" and f.start < run_end and run_start < f.end and f.end > run_end for f in s.found):
            continue  # a find runs past the head (…高速公路河北段): another rule's name
        have = {f.name for f in s.found if f.kind == "project"}
        if all(n in have for n in names):
            continue
        cs = s.clause_of(run_start, run_end)[0]
        s.found[:] = [f for f in s.found if not (f.kind == "project" and f.start < run_end and run_start < f.end
                                                 and f.name not in names and f.start >= _lead_start(s, items, cs))]
        for n in names:
            s.add("project", run_start, run_end, 0, n)


def _lead_start(s: _Sentence, items: list[tuple[int, int]], cs: int) -> int:
    """Finds from here on that overlap the run are its bare or joined items (杭甬智能高速公路和杭甬 starts before the run)."""
    a = items[0][0]
    if a > cs and s.text[a - 1] == "和":
        return cs  # the name glued across 和 to the run's first item
    return a

