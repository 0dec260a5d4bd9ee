"""Names that end with a head word (…集团, …水库, …改革)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..tokens import word_frequency
from .lexicon import _lexicon, _verbs_of
from .lists import RUN_WORKS, _hosted_after, _place_pair
from .patterns import (
    BRIDGE_AS_PLACE,
    BRIDGE_HEADS,
    CLASS_END,
    COMMON_PROPER,
    COUNT_BEFORE,
    COUNTED,
    EXTENSION_AFTER,
    FIGURE_AFTER,
    GENERIC_LEAD,
    HAN,
    HEAD_RUNS_ON,
    INSTITUTION_RUNS_ON,
    LIST_THEN_FIGURE,
    LOOSE,
    MEASURE,
    NOT_A_BRIDGE,
    NOT_EVENT,
    NUMBER,
    ORDINAL_OR_YEAR,
    PHASE_AFTER,
    PHASE_AT_END,
    PROGRAM_MENTION,
    PROGRAM_RUNS_ON,
    RANK_LEAD,
    ROLE_CENTER,
    SINGLE_HEAD_FOLLOW,
    STOP,
    TOPONYM_END,
    _Found,
)
from .programs import GENERIC_PROGRAM, NUMERAL, _program_ok
from .round17_orgs import shared_org_item_not
from .sentence import (
    _adjacent_quotes,
    _clean,
    _cut_after_verb,
    _program_start,
    _real_rest,
    _Sentence,
    _verb_before,
)
from .stems import (
    ROUTE_GRADE,
    _head_of,
    _is_named,
    _named,
    _place_prefix,
    _places,
    _stem,
    common_word,
    pos,
)

# ---- names that end with a head word --------------------------------------------------------


ROLE_VERBS = {"org": ("org", "with", "build", "program"), "facility": ("org", "with", "build", "program"),
              "place": ("build", "program"), "event": ("host", "build", "attend", "program"),
              "program": ("program",)}



# round 13: a bid or an application inside a span (申办第4届全国体育大会, 北京市联合申办第24届冬奥会, 新华粤申报国家企业技术中心,
# 华药创建全国重点实验室, 建水工业园区申报省级高新技术产业园区: 16 finds in 15 of 200 random corpus reports, seed 1313)
BID_VERB = re.compile(r"申报|申办|申请|申创|创建|争创")
BID_RANK = re.compile(rf"(?:国家|全国|省|自治区|市|州|县|区|部|中国)级?|首批|第[{NUMERAL}0-9]+批")


def _bid_at(masked: str, start: int, hs: int, end: int, role: str) -> int:
    """Where a name starts after a bid verb inside [start, hs): 0 where there is none, -1 where what is
    applied for is a rank or a kind (省级高新技术产业园区), not a name."""
    if role == "program" or hs - start < 3:
        return 0
    bids = list(BID_VERB.finditer(masked, start, hs))
    if not bids:
        return 0
    at = bids[-1].end()
    if role != "event" and BID_RANK.match(masked, at):
        return -1
    return at if _real_rest(masked[at:end]) else -1


# round 13: a 工程 the clause goes on to start, finish or open is works, not a program (20 such programs in 20 of 200
# random corpus reports, seed 1313); not where a figure follows (保障性安居工程开工43 095套, 开工率)
WORKS_STAGE_AFTER = re.compile(r"(?:已|已经|正式|顺利|全面|基本|即将|相继|先后|主体)?(?:开工建设|开工|动工|建成通车|建成投用|建成投运|"
                               r"建成投产|建成|竣工通车|竣工通水|竣工|完工|投入使用|投入运行|投入运营|投运|投用|并网发电|并网|通水|通车)"
                               r"(?=[，,。；;]|$)")


# round 14: a company whose name holds 建设 (河南铁路建设投资集团, 太平洋建设集团; 8 of 200 random corpus reports, seed
# 1414, 66 of 2,999): 建设 was read as the verb the name starts after, leaving 投资集团
BUILDING_COMPANY = re.compile(r"(?:投资|发展|开发|运营|管理|控股|工程)*")
# round 14: 的 after an institution's head, then a tie or a role (与华润集团的战略合作, 与齐二机床、哈量集团的战略重组,
# 江西安康人寿保险公司的组建, 之江实验室的引领作用; about 10 of 200 random corpus reports, seed 1414): the name ends at 的
OF_RELATION = re.compile(r"(?:战略|科技|全面|深度|务实|紧密|产学研|项目|资本|股权)?(?:合作|重组|协作|组建|筹建|改制|改组|"
                         r"引领|带动|龙头)")
LEVELS_AFTER = re.compile(rf"[{HAN}]{{1,3}}[两三四五]级")


def _branch_role(masked: str, cs: int, hs: int) -> str:
    """round 15b: 分院 is a hospital's or school's branch (a facility: 扩建…医院杏林分院 is a project) after a facility head
    (…医院德阳分院, 中北大学德州研究生分院), else an academy's or institute's (电研院汕尾分院, 中国工业互联网研究院江苏分院落户)."""
    lex = _lexicon()
    parent = lex.head_at_end.search(masked, cs, max(cs, hs - 2)) or lex.head_at_end.search(masked, cs, max(cs, hs - 3)) \
        or lex.head_at_end.search(masked, cs, max(cs, hs - 5))
    return "facility" if parent and lex.head_role[parent.group(0)] == "facility" else "org"


def _head_names(s: _Sentence) -> None:
    lex = _lexicon()
    for cs, ce in s.clauses:
        for m in lex.heads.finditer(s.masked, cs, ce):
            head = m.group(0)
            role = lex.head_role[head]
            hs, he = m.span()
            if head == "分院":
                role = _branch_role(s.masked, cs, hs)
            longer = lex.heads.match(s.masked, hs, min(ce, he + 2))
            runs_on = HEAD_RUNS_ON.match(s.masked, he) if he < ce else None
            tied = False
            if runs_on and role in ("org", "facility") and s.masked[he] == "的" and OF_RELATION.match(s.masked, he + 1):
                runs_on, tied = None, True  # 与粤海集团的战略合作, 之江实验室的引领作用: the institution named, then what it does
            if head == "试点" and (s.masked[hs - 1:hs] == "”" or lex.head_at_end.search(s.masked, cs, hs)
                                 and lex.head_role[lex.head_at_end.search(s.masked, cs, hs).group(0)] == "program"):
                continue  # 公立医院改革试点, “营改增”试点: the reform or the quoted name is the program
            if role == "program" and runs_on and PROGRAM_MENTION.match(s.masked, he):
                runs_on = None  # 机构改革任务全面完成: the program is named, then what is done with it
            if role in ("place", "facility") and (s.masked.startswith("项目", he) or runs_on and _built_after(s.masked[he:ce])):
                runs_on = None  # …南繁生态产业园项目已开工, 众生云计算中心上线运营
            if he < ce and (runs_on or role == "program" and PROGRAM_RUNS_ON.match(s.masked, he)) \
                    and not (longer and longer.end() > he):
                continue
            if role in ("org", "facility") and (_inner_head(s, he, ce) or INSTITUTION_RUNS_ON.match(s.masked, he)):
                continue
            if head == "股份" and he < ce and not SHARES_NAME_AFTER.match(s.masked, he):
                continue  # 股份制改革, 代办股份转让, 轮胎股份有限公司, 长客股份二期工程: shares, or a longer name
            if head in BRIDGE_HEADS and (NOT_A_BRIDGE.search(s.masked, max(cs, he - 6), he) or BRIDGE_AS_PLACE.match(s.masked, he, ce)
                                       or "至" in s.masked[max(cs, hs - 6):hs]):
                continue  # 危桥改造, 农村公路桥, 遇水架桥, 新亚欧大陆桥: a kind of bridge or a figure of speech
            if len(head) == 1 and (he < ce and not SINGLE_HEAD_FOLLOW.match(s.masked, he) or _verb_before_head(s.masked, cs, hs)
                                   or _is_place_name(s.masked[max(cs, hs - 3):he])):
                continue  # 芮城、阳城等通用机场: 城 ends the name of a county, it heads nothing
            closing = None
            if he < ce and s.masked[he] == "”" and s.text.count("“", cs, hs) > s.text.count("”", cs, hs):
                he += 1  # 新时代“枫桥经验”: the head closes the quote
                closing = s.text.rfind("“", cs, hs)
            end = _extend_right(s.masked, he, ce, role)
            seg_start = s.masked.rfind("、", cs, hs) + 1 or cs
            seg_start = max(seg_start, cs)
            if role == "program" and LEVELS_AFTER.match(s.masked, seg_start, hs):  # 自治区、市、县三级…机制: the levels are one modifier
                while seg_start > cs + 1:
                    prev = max(cs, s.masked.rfind("、", cs, seg_start - 1) + 1)
                    if prev > cs and not re.fullmatch(rf"[{HAN}]{{1,3}}", s.masked[prev:seg_start - 1]):
                        break
                    seg_start = prev  # the first level starts after the clause's verb (建立自治区、市、县三级…)
            governed = True
            if role == "program" and head == "工程" and _physical(s.masked[seg_start:hs]):
                role = "place"  # 郑州机场二期工程, 引黄调蓄工程: works, not a program
            elif role == "program" and head == "工程" and closing is None and "”" not in s.text[hs - 1:he] and WORKS_STAGE_AFTER.match(s.masked, he, ce):
                role = "place"  # 文博路至文峰路连通工程开工建设, 老虎冲垃圾场沼气发电工程并网发电: works that start or open
            if role == "program":
                start, governed = _program_start(s, seg_start, hs)
                start = _after_category(s.masked, start, hs)
                done = DONE_LEAD.match(s.masked, start, hs)
                if done and hs - done.end() >= 2:
                    start, governed = done.end(), True  # 建成农村道路畅通工程2379公里: the verb governs, it is no part
            else:
                start = _cut_after_verb(s, seg_start, hs, ROLE_VERBS[role])
                if role == "org" and start - 2 > seg_start and s.masked.startswith("建设", start - 2) \
                        and BUILDING_COMPANY.fullmatch(s.masked, start, hs):
                    builder = _cut_after_verb(s, seg_start, start - 2, ROLE_VERBS[role])
                    if start - 2 - builder >= 2:
                        start = builder  # 组建云浮市基础设施建设投资集团: 建设 is part of the company's name, no verb
                if start - 1 >= seg_start and s.masked[start - 1] == "和" and s.masked[start - 1:start + 1] in INNER_WITH \
                        and (start - 1 == seg_start or any(v.end() == start - 1 for v in _verbs_of(ROLE_VERBS[role]).finditer(
                            s.masked, seg_start, start - 1))):
                    start -= 1  # 完成和平路滨江道中心商业街: 和 of 和平路 is no joiner stripped before the name
                elif start - 2 >= seg_start and (s.masked[start - 2:start] in INNER_WITH or s.masked[start - 1:start + 1] in INNER_WITH):
                    start = _cut_after_verb(s, seg_start, start - 2, ROLE_VERBS[role])  # 组建…产业协同创新联盟: 同 of 协同 joins nothing
            bid = _bid_at(s.masked, start, hs, end, role)
            if bid < 0:
                continue  # 新华粤申报国家企业技术中心, 华药创建全国重点实验室: a rank applied for, no name
            start = max(start, bid)  # 成功申办第26届世界大学生夏季运动会: the event starts after the bid
            for t in lex.honor_trigger.finditer(s.masked, start, hs):
                if t.group(0) not in lex.honor_weak:
                    start = t.end()  # 马拉松获评中国田径协会金牌赛事: a name never spans 获评
            if closing is not None and closing > start and not re.match(rf"[{NUMERAL}0-9]", s.text[closing + 1:closing + 2]):
                start = _before_quote(s.masked, start, closing)  # 返乡投资“回归工程” -> 回归工程
            routes = _joined_routes(s, cs, hs) if role == "place" else None
            if routes:  # 锡盟至江苏、上海庙至山东和锡盟至山东电力外送通道: each route takes the shared part
                start = routes[0]
            start, prefix = _after_conjunction(s, start, hs, head, role) if not routes else (start, "")
            if role in ("org", "facility") and cs < start < hs and s.masked[start - 1] in "和及与":
                inner = next((p for p in lex.programs.finditer(s.masked, max(cs, start - 12), hs)
                              if p.start() < start < p.end() or p.end() == start and s.masked[start - 1] in "和及与"), None)
                if inner and _verbs_of(ROLE_VERBS[role]).search(s.masked, cs, inner.start()):
                    start = inner.start()  # 组建碳达峰碳中和产业联盟: 和 inside the program is no conjunction
            if role in ("org", "facility") and start - 1 > cs and s.masked[start - 1] == "与" and s.masked[start - 2] not in "参给赋授":
                start = _paired_fields(s, cs, start, hs, end)
            host = next((o for o in lex.organizations.finditer(s.text, cs, hs) if o.start() < start <= o.end()
                         or start <= o.start()), None) if role == "event" else None
            if host and host.start() < start and re.fullmatch(rf"[{HAN}]*", s.masked[host.end():start]):
                start = host.start()  # 上合组织青岛峰会: the organization that holds the event is part of its name
            if role != "program" and _HEAD_NAMES_RE3.search(s.masked[start:hs]):
                start = _after_copula(s.masked, start, hs)  # 以西昌为中心, 城市形态由单中心, “四馆”指图书馆
            rank = RANK_LEAD.match(s.masked, start, hs)
            if rank and hs - rank.end() >= 2:
                start = rank.end()
            first_event = None
            if role == "event":  # 第三届湛江海洋周和第十五届中国网络媒体论坛: two events joined by 和, each its own
                joins = list(EVENT_JOIN.finditer(s.masked, start, hs))
                if joins and joins[-1].start() - start >= 3 and hs - joins[-1].end() >= 1:
                    first_event = (start, _clean(s.text[start:joins[-1].start()]))
                    first_event = first_event if not (NOT_EVENT.search(first_event[1]) or GENERIC_LEAD.match(first_event[1])
                                                      or COUNTED.match(first_event[1])) else None
                    start = joins[-1].end()
            if start >= hs and not prefix and not (role == "program" and head == "主题教育") \
                    and not (role in ("place", "facility") and len(head) >= 2 and head not in BARE_PHASE_NOT
                             and PHASE_OF_HEAD.match(s.masked, he)):
                continue  # (建成会展中心一期, 博物馆三期: the city's own hall, named by its phase)
            if s.text.count("“", start, end) != s.text.count("”", start, end):
                continue  # a name never starts or ends inside a quote
            if role == "place" and s.masked.startswith("工程", end - 2):
                inner = [m.end() for m in re.finditer(r"工程|——", s.masked[start:hs])]
                if inner and hs - (start + inner[-1]) >= 2:
                    start += inner[-1]  # 贵州水利一号工程夹岩水利枢纽工程: the works start after the program before them
            name = prefix + _clean(s.text[start:end])
            name = _appositive(name, head)
            if role == "event" and name[:1] == "好" and name[1:] in lex.head_role:
                continue  # 举办好马拉松赛: 好 ends the verb, the kind of race names nothing
            if head in SCHOOL_LEVELS and (SCHOOL_KIND_BEFORE.search(s.masked, max(cs, hs - 2), hs)
                                          or SCHOOL_LEVEL_AFTER.match(s.masked, he)):
                continue  # 普及高中阶段教育, 优质普通高中, 逐步提高中水利用: a level of schooling, no school
            if PLATFORM_COMPANY.search(name) and not _place_prefix(name) and "“" not in name:
                continue  # 推动融资平台公司转型, 组建国企运营平台公司: a kind of state company (玉溪国际班列平台公司 stays)
            if role == "event" and COUNT_OF_EDITIONS.match(name):
                name = COUNT_OF_EDITIONS.sub("", name)  # 成功举办三届智博会: how many editions, not the name
            if role != "program" and head != "号线" and name.endswith(head) and len(name) > len(head) \
                    and COUNT_OF_KINDS.fullmatch(name, 0, len(name) - len(head)):
                continue  # “四馆”指…, “三中心”指…: a count of kinds, no name
            if _HEAD_NAMES_RE1.fullmatch(name):
                continue  # 首座500千伏输变电工程: a voltage and the kind of works name nothing
            if _HEAD_NAMES_RE2.fullmatch(name[: name.rfind(head)]):
                continue  # 再次投运220千伏变电站: a voltage or a capacity alone names no work
            if role == "facility" and name.endswith(head):
                name += _shared_works(s.masked, end, ce)
            quotes = _adjacent_quotes(s.text, start, hs)
            if quotes and role == "program":
                for q in quotes:
                    s.add("program", start, end, 2, q + _clean(s.text[hs:end]))
                continue
            if _HEAD_NAMES_RE4.search(name) or "的" in name or len(name) > (32 if role in ("program", "event") else 24) or LOOSE.search(name) \
                    or COUNTED.match(name) and not (role == "program" and s.text.startswith("“", start)):
                continue
            shared = _shared_head(s, cs, seg_start, hs, end) if start == seg_start and seg_start > cs \
                and head not in UNSHARED_HEADS and not tied else []  # 年货展、家博会: 博会 ends one short name, it is shared by none
            span_start = shared[0][0] if shared else start
            if role == "program" and not governed and "“" not in s.text[start:end]:
                continue
            if BRANCH_END.search(name) and (len(name) - len(head) < 4 or _verbs_of(("org", "build")).search(name)):
                continue  # 在穗设立分行: a branch of no named bank
            kind = _kind_of_head(s, role, cs, ce, span_start, end, name, head)
            if kind is None or head == "中心" and _role_center(name) and not (
                    BUILDING_BEFORE.search(s.masked, max(cs, span_start - 6), span_start)
                    or BUILDING_AFTER.match(s.masked, end)):
                continue  # 建设国际消费中心: a role; 开工建设贵阳国际金融中心: a building
            if he < ce and head[-1] in WORD_STARTERS and not _word_ends_at(
                    s.masked[max(cs, hs - 4):min(ce, he + 4)], he - max(cs, hs - 4)):
                continue  # 宗教工作法治化: 工作法 is not a word here
            if shared and role in ("place", "facility") and _phased(name, name.rfind(head), head) \
                    and (len(head) == 1 or not _named(name, role == "facility")):
                shared = []  # 金融岛、海汇港二期: named by its phase alone, the head is not shared
            pair = _place_pair(name, head)
            # 碳达峰碳中和产业联盟: an institution named after a program is one name, the program inside gives way
            rank = 1 if kind == "organization" and lex.programs.search(name) or host and host.start() >= start else 2
            if first_event and kind == "project":  # both names share the span of the pair
                span_start = min(span_start, first_event[0])
                s.add(kind, span_start, end, rank, first_event[1])
            for each in pair or [name]:
                s.add(kind, span_start, end, rank, each)
            for item in routes[1] if routes else ():
                s.add(kind, span_start, end, 2, item + _clean(s.text[routes[0] + routes[2]:end]))
            suffix = _shared_modifier(_clean(s.text[start:hs]), [item for _, item in shared])
            if shared and not suffix and head == "电站":
                suffix = _power_kind(_clean(s.text[start:hs]), [item for _, item in shared])  # 乌东德、白鹤滩水电站
            for _, item in shared:
                if routes and item in routes[1] and ROUTE_GRADE_AT.match(s.masked, routes[0] + routes[2]):
                    continue  # 德令哈至大柴旦、湟中至贵德一级公路: the route took the shared grade and head already
                if kind == "organization" and shared_org_item_not(item):
                    continue  # 央企、知名民企、上市公司, 伏羲庙、大地湾遗址、市博物馆: a kind or a place of its own (round 17)
                s.add(kind, span_start, end, 2, item + suffix + _clean(s.text[hs:end]))
    _named_projects(s)  # 开工建设大庆油田武胜天然气开发净化项目: a named project with no head word
    _peer_institutions(s)  # 组建獐子岛海洋发展集团、新闻传媒控股公司、文体旅集团: a company among named companies
    _place_works(s)  # 推进中山路、店子街改造提升, 加快三江口片区开发: works named by what is done to a named place
    _capacity_pairs(s)  # 江铜10万吨高性能铜板带和30万吨阴极铜: two works of one owner
    _section_pairs(s)  # 十巫高速北段和南段, 宁宣杭高速临安段、高淳段: each section is a work of the same road
    _headless_projects(s)  # 中科炼化一期项目, 大石化搬迁改造项目: a name with no head word keeps the 项目 after it
    _list_siblings(s)  # 市文化艺术中心、市体育中心建成投用: an item of a list of named works is one too
    _opened_lists(s)  # 市博物馆、图书馆、科技馆开馆运行: a list of facilities that opens names the place's own ones
    _short_institutes(s)  # 中科院大连化物所, 湖南股交所, 大商所: institutes and exchanges by their short names
    _hosted_editions(s)  # 承办第十三届赣台会, 办好第二届泉水节: an edition hosted, whatever word ends its name
    _bare_routes(s)  # 舟曲至迭部、玛曲至久治高速项目: a route by its ends shares the road of the list's last route


# round 12: an edition of an event hosted by the reporting unit (成功举办第三届中国新疆国际民族舞蹈节, 承办第十三届赣台会,
# 办好第32届世客会, 举办首届中非少年足球友谊赛): the ordinal or year after a host verb makes the name one event even where
# it ends in a word no event head is (节, 会, 赛, 展, 周 alone); 242 such editions in 120 of 200 random corpus reports
# (seed 1212), 27 of them in 23 reports unread. Items of a list of editions share the verb (…动漫节、第三届…)
EDITION = re.compile(r"(?:第[一二三四五六七八九十百零〇0-9]+届|首届|(?:19|20)[0-9]{2}(?:年)?)(?!度)"
                     r"[^，,。；;、：:“”《》（）()和及与的]{1,14}?(?:会|节|赛|展|周)(?=[，,。；;、]|和|及|暨|期间|$)")
EDITION_NEXT = re.compile(r"(?:、|和|及|以及)")
EDITION_NOT = re.compile(r"(?:座谈会|报告会|表彰会|动员会|推进会|现场会|培训会|联席会|例会|年会)$|人大|政协|党|全会")  # meetings, not events


def _hosted_editions(s: _Sentence) -> None:
    if "届" not in s.masked and not _HOSTED_EDITIONS_RE1.search(s.masked):
        return
    for cs, ce in s.clauses:
        for v in _verbs_of(("host",)).finditer(s.masked, cs, ce):
            at = v.end() + (1 if s.masked.startswith("了", v.end()) else 0)
            while True:
                m = EDITION.match(s.masked, at, ce)
                if not m:
                    break
                name = _clean(s.text[m.start():m.end()])
                if not NOT_EVENT.search(name) and not EDITION_NOT.search(name):
                    s.add("project", m.start(), m.end(), 3, name)
                nxt = EDITION_NEXT.match(s.masked, m.end(), ce)
                if not nxt:
                    break
                at = nxt.end()


# round 10: institutes of the Academy of Sciences and exchanges by their short names, which no head word ends
# (…所 is no head: 派出所, 事务所, 场所). 中科院X所 in 116 corpus reports (中科院宁波材料所, 中科院近物所,
# 中科院过程所郑州分所), X交所 in 238 (深交所 79, 北交所 62, 上交所 44, 港交所 27, 湖南股交所, 成都农交所), 大商所 20.
SHORT_INSTITUTE = re.compile(
    rf"(?:中科院|中国科学院)(?P<cas>[{HAN}]{{1,6}}?)(?<![研究院等])所(?:[{HAN}]{{2,3}}分所|[{HAN}]{{2,3}}分公司)?"
    rf"|(?:中科院|中国科学院)(?P<casb>[{HAN}]{{2,3}}?)分院"  # round 15b: 中科院沈阳分院, 中科院长春分院 (a division's branch)
    rf"|(?:(?:香港联|(?<![{HAN}][{HAN}])[上深北港纽天石])交所|[大郑]商所|(?P<place>[{HAN}]{{2}})[股农林产药联]交所)(?:[{HAN}]{{2,3}}分公司)?")


def _short_institutes(s: _Sentence) -> None:
    if "所" not in s.masked and "分院" not in s.masked:
        return
    lex = _lexicon()
    for m in SHORT_INSTITUTE.finditer(s.masked):
        a, b = m.span()
        if m.group("cas") is not None and re.search(r"[等和及与、]|院所|高校|研究", m.group("cas")):
            continue  # 中科院等院所: a class of institutes
        if m.group("casb") is not None and m.group("casb") not in _places():
            continue  # only a division names a branch of the Academy
        if m.group("place"):
            place = m.group("place")
            if not (place in _places() or pos(place)[0][1] in ("ns", "nz", "j") or TOPONYM_END.search("x" + place)):
                continue
        if any(f.start <= a and b <= f.end and (f.start, f.end) != (a, b) and f.kind != "program" for f in s.found):
            continue  # 深交所湛江基地: the exchange's base is named after it, one name
        nxt = lex.heads.search(s.masked, b, min(len(s.masked), b + 10))
        if nxt and lex.head_role[nxt.group(0)] in ("place", "facility") and re.fullmatch(rf"[{HAN}]*", s.masked[b:nxt.start()]) \
                and not re.search(r"合作|共建|联合|建设|建成|开工|签约|携手|对接", s.masked[b:nxt.start()]):
            continue  # 北交所大连服务基地 (found or not): a base named after the exchange, not the exchange
        s.found[:] = [f for f in s.found if (f.start, f.end) != (a, b)]  # 中科院长春应化所…等落户: an institute, not a work
        s.add("organization", a, b, 1)


# round 10: an event name ends where 和/及 joins the next one (10 of 200 corpus reports merged two: 杨凌农高会和欧亚论坛,
# 兰州马拉松赛和第十五届省运会, 第25届广州国际旅游展和第6届金交会)
EVENT_JOIN = re.compile(r"(?<=[会节展赛坛周])(?:以及|和(?![平谐美睦顺])|及)")  # not 亚洲议会和平协会
SHORT_FAIR_HEADS = frozenset("博会 洽会 交会 贸会".split())  # kg/data/entity_heads.txt, round 10: the ends of short names
# round 11: 双环电子、佳先股份在创业板上市: a company's short name ends with 股份, the items before it are names of their own
UNSHARED_HEADS = SHORT_FAIR_HEADS | {"股份", "马拉松", "马拉松赛"}  # 国际龙舟赛、南昌马拉松: each its own
UNSHARED_HEADS |= {"职院", "农科院", "林科院", "农科所", "医科大", "医科大学", "附院", "职校"}  # round 14d: 安顺学院…建设、安顺职院
# X股份 is a listed company by its short name (泰祥股份顺利转板, 佳先股份在创业板上市, 上汽集团重组上柴股份: 134 corpus
# reports) only where the clause goes on with what the company does or ends
# round 11: a science city is one named zone whatever its modifier (光明科学城, 未来大科学城, 深空科学城, 中原医学科学城;
# 148 corpus reports build, plan or push one), not a count or a quality of them (三大科学城, 世界一流科学城)
SCIENCE_CITY = frozenset(("科学城", "大科学城"))
SCIENCE_CITY_KIND = re.compile(GENERIC_LEAD.pattern + r"|[一二三四五六七八九十两0-9个座]|一流|知名|高水平|综合性$")
ORG_RARE = 100  # jieba's count below which a two-character word before 集团/公司/股份 is a trading name
COMPANY_HEADS = frozenset("集团 公司 有限公司 股份 银行".split())  # not 协会, 合作社: 菜农协会, 领办合作社 are kinds
SHARES_NAME_AFTER = re.compile(r"[^\u4e00-\u9fff]|(?:成功|顺利|正式|率先|已|在|于|上市|挂牌|转板|发行|登陆|成为|实现|完成|"
                               r"和|及|与|等|重组|搬迁|入选|获|荣获|被)")
COUNT_OF_EDITIONS = re.compile(r"^[两三四五2-5]届(?=[\u4e00-\u9fff“])")  # 三届智博会; not the ordinal of 十七届省运会
COUNT_OF_KINDS = re.compile(r"[一二三四五六七八九十两]+")  # “四馆”, “三中心”: a count before the head


def _after_copula(masked: str, start: int, hs: int) -> int:
    """Where a name can start after a preposition or copula jieba reads as one word (为, 由, 指, 向)."""
    at = start
    prev = masked[start - 1:start]
    for word, flag in pos(masked[start:hs]):
        at += len(word)
        if word in ("为", "由", "向") and flag == "p" or word == "指" and (prev.endswith("”") or prev in ("是", "具体")):
            start = at  # not 济南机场南指廊
        prev = word
    return start


BUILDING_BEFORE = re.compile(r"(?:开工建设|开工|建成|竣工|封顶|投用)$")
BUILDING_AFTER = re.compile(r"(?:主体)?(?:开工|建成|竣工|封顶|投用|项目)")


def _role_center(name: str) -> bool:
    """贵阳国际金融中心, 西部国际商贸中心: a place's role; not 浙大杭州国际科创中心, an institute of a university."""
    m = ROLE_CENTER.search(name)
    if not m:
        return False
    pre = name[: m.start()]
    return not pre or pre in _places() or all(f in ("ns", "f", "s") or w in COMMON_PROPER for w, f in pos(pre))


CAPACITY = r"(?:年产)?[0-9.]+\s*(?:万|亿)?(?:吨级|吨|千瓦|兆瓦|GWh|MW|万套|套|台|辆|只|片|平方米|立方米|头|羽|千瓦时)"
CAPACITY_PAIR = re.compile(rf"(?P<pre>[^0-9和及、]{{0,10}}?)(?P<a>{CAPACITY}[^0-9和及、]{{2,16}}?)(?:和|及)(?P<b>{CAPACITY}[^0-9和及、]{{2,16}})")


def _capacity_pairs(s: _Sentence) -> None:
    """江铜10万吨高性能铜板带和30万吨阴极铜, 大连港30万吨级原油码头和30万吨级矿石码头: a name of one owner or place with
    two capacities joined by 和 is two works, the second one of the same owner (江铜30万吨阴极铜)."""
    if "和" not in s.masked and "及" not in s.masked and "号线" not in s.masked:
        return
    out = []
    for f in s.found:
        m = CAPACITY_PAIR.fullmatch(f.name) if f.kind == "project" else None
        if m and not (m.group("pre") and common_word(m.group("pre"))):
            a = m.group("pre") + re.sub(r"项目$", "", m.group("a"))
            out += [replace(f, name=a), replace(f, name=m.group("pre") + m.group("b"))]
        else:
            out.append(f)
            joined = CAPACITY_JOINED.match(s.masked, f.end) if f.kind == "project" else None
            lead = _CAPACITY_PAIRS_RE1.match(f.name)
            if joined and lead and not common_word(lead.group("pre")) and _lexicon().head_at_end.search(joined.group("b")):
                out.append(replace(f, name=lead.group("pre") + _clean(joined.group("b"))))  # …原油码头和30万吨级矿石码头
    s.found[:] = [_line_of_system(s, f) for f in out]


# a road's section: a direction, a place, or a route between two places (not a second road: 蕲太高速西段)
SECTION_BODY = rf"(?:[东南西北中]|(?:(?!段)[{HAN}]){{2,6}}?至(?:(?!段)[{HAN}]){{2,6}}?|(?:(?!段|至)[{HAN}]){{2,4}}?)(?:延伸)?段"
SECTION_END = re.compile(rf"^(?P<road>.+[路速铁轨道线])(?P<section>{SECTION_BODY})$")
SECTION_NEXT = re.compile(rf"(?:和|及|以及|、)(?P<section>{SECTION_BODY})"
                          r"(?=$|[，,。；;、）)]|和|及|以及|等|建设|工程|项目|开工|建成|完工|竣工|通车|改造|改扩建|扩建|主体|全线|相继|先后|顺利|加快)")


def _section_pairs(s: _Sentence) -> None:
    """十巫高速北段和南段, 351国道嘉鱼段及咸安段, 宁宣杭高速临安段、高淳段 (110 corpus reports join sections so): a
    bare section after a road's section is a section of the same road (十巫高速南段)."""
    if "段" not in s.masked:
        return
    lex = _lexicon()
    out = []
    for f in s.found:
        out.append(f)
        m = SECTION_END.match(f.name) if f.kind == "project" else None
        if not m or not lex.head_at_end.search(m.group("road")):
            continue
        at = f.end
        while True:
            nxt = SECTION_NEXT.match(s.masked, at)
            if not nxt or lex.heads.search(nxt.group("section")[:-1]) or re.search(r"[路街道桥线环]", nxt.group("section")) or any(
                    g.start < nxt.end() and nxt.start() < g.end for g in s.found if g is not f):
                break
            out.append(replace(f, name=m.group("road") + nxt.group("section")))
            at = nxt.end()
    s.found[:] = out


def _headless_projects(s: _Sentence) -> None:
    """中科炼化一期项目, 乌石油田群开发项目: a project named without a head word of its own keeps the 项目 the text
    writes right after it, as the gold sets do (dev6, dev10 READMEs); a name ending in a head (…产业园项目), in works
    (…改造项目) or holding a capacity (…100兆瓦光伏项目) drops it, as the gold sets do too; so does the last item of
    a list whose 项目 the items share (隆基二期、阳光三期…项目)."""
    if "项目" not in s.masked:
        return
    out = []
    for f in s.found:
        if f.kind == "project" and s.masked.startswith("项目", f.end) and f.name == _clean(s.text[f.start:f.end]) \
                and not PROJECT_RUNS_ON.match(s.masked, f.end + 2) and s.masked[f.start:f.end].strip() \
                and not (s.masked[f.start - 1:f.start] == "、" and not s.masked.endswith("项目", 0, f.start - 1)):
            if _keeps_project_word(f.name):
                f = replace(f, name=f.name + "项目", end=f.end + 2)
        out.append(f)
    s.found[:] = out


CAPACITY_IN_NAME = re.compile(r"[0-9]\s*(?:万|亿)?(?:吨|千瓦|兆瓦|瓦|头|套|台|辆|片|只)")


def _keeps_project_word(name: str) -> bool:
    lex = _lexicon()
    bare = PHASE_AT_END.sub("", name) or name
    inner = [m for m in lex.heads.finditer(bare) if lex.head_role[m.group(0)] in ("place", "facility")]
    if inner and len(bare) - inner[-1].end() <= 5:
        return False  # 哈大铁路客运专线辽宁段项目, 州疾控中心新区项目: a section or part of a named work
    return not (lex.head_at_end.search(bare) or lex.works_at_end.search(bare) or re.search(r"[”’]$", name)
                or CAPACITY_IN_NAME.search(name))


LINE_SYSTEM = re.compile(r"(?P<pre>轨道交通|城市轨道交通|地铁|轨道|轻轨|有轨电车|城轨|市域铁路|市域轨道)(?:[0-9]+|[A-Z][0-9]+)号?线")
BARE_LINE = re.compile(r"[0-9]+号线")


def _line_of_system(s: _Sentence, f):
    """轨道交通2号线二期、3号线一期和5号线: a bare numbered line after a line of a named system is a line of that system
    (轨道交通3号线一期), as in 地铁5、6、7号线."""
    if f.kind != "project" or not BARE_LINE.match(f.name):
        return f
    cs, ce = s.clause_of(f.start, f.end)
    at = s.masked.find(f.name, cs, ce)
    while at > cs:
        before = s.masked[cs:at]
        if before.endswith(("、", "和", "及")):
            for m in LINE_SYSTEM.finditer(before):
                if all(BARE_LINE.match(p) for p in re.split(r"、|和|及", before[m.end():])[1:] if p):
                    return replace(f, name=m.group("pre") + f.name)
        at = s.masked.find(f.name, at + 1, ce)
    return f


CAPACITY_JOINED = re.compile(rf"(?:和|及)(?P<b>{CAPACITY}[^0-9和及、，,；;。]{{2,16}}?)(?=[，,、；;。]|等|建设|项目|工程|提前|建成|开工|投产|竣工|完工|$)")


# words that hold one of the joining verbs (同, 和) without joining anything
INNER_WITH = frozenset("协同 共同 相同 合同 认同 连同 一同 如同 陪同 不同 等同 和谐 和平 和美 和睦 和顺".split())
PARTNER_AFTER = re.compile(r"(?:的)?(?:[\u4e00-\u9fff]{0,4}?)(?:合作|共建|合并|对接|签约|签署|携手|联合|交流|联建|结对)")


def _paired_fields(s: _Sentence, cs: int, start: int, hs: int, end: int) -> int:
    """科学与技术广东省实验室, 中药制剂与加工中医药重点实验室: two fields joined by 与 name one institution;
    not a partner (加强与浙江大学合作, 宁波高专与宁波交通职业技术学院合并)."""
    seg = max(cs, s.masked.rfind("、", cs, start - 1) + 1)
    left = _cut_after_verb(s, seg, start - 1, ROLE_VERBS["org"])
    field = s.masked[left:start - 1]
    words = pos(field) if re.fullmatch(rf"[{HAN}]{{2,10}}", field) else ()
    if not words or words[-1][1] not in ("n", "vn", "nz") or _lexicon().head_at_end.search(field) \
            or _verb_before(s, cs, start - 1) == s.masked[left - 2:start - 1] or _place_prefix(s.masked[start:hs]) \
            or re.match(r"中国|国家|中电科|中科院", s.masked[start:hs]) or PARTNER_AFTER.match(s.masked, end, min(len(s.masked), end + 8)):
        return start
    return left


ROUTE = rf"[{HAN}]{{2,5}}至[{HAN}]{{2,5}}"
ROUTE_ITEMS = re.compile(rf"(?:{ROUTE}(?:、|和|及|以及))+")


ROUTE_GRADE_AT = re.compile(r"[一二三四]级")


def _joined_routes(s: _Sentence, cs: int, hs: int) -> tuple[int, list[str], int] | None:
    """蒙西至天津、锡盟至江苏和锡盟至山东电力外送通道: routes named by their ends, joined by 、 and 和, share what
    follows the last one's end (电力外送 + the head). Returns the last route's start, the other routes and the
    length of the last route."""
    if "至" not in s.masked[cs:hs]:
        return None
    start = _cut_after_verb(s, cs, hs, ROLE_VERBS["place"])
    starts = [start] + [i + 1 for i in range(start, hs) if s.masked[i] == "、"]
    m = next((m for a in starts if (m := ROUTE_ITEMS.match(s.masked, a, hs)) and re.fullmatch(
        rf"[{HAN}]{{2,5}}至[{HAN}]+", s.masked[m.end():hs])), None)  # 江北高速、…、武穴至瑞昌和黄梅至九江…: the routes end the list
    if not m:
        return None
    last = s.masked[m.end():hs]
    end_at = last.find("至")
    if not 2 <= end_at <= 5:
        return None
    rest = last[end_at + 1:]
    if not re.fullmatch(rf"[{HAN}]+", rest):
        return None  # 本溪至桓仁（宽甸）: a bracket belongs to the last route alone
    core = ROUTE_GRADE.sub("", rest)  # 靖宇至江源二级公路: the grade is shared with the head
    ends = [k for k in range(min(5, len(core)), 1, -1) if core[:k] in _places()  # 山东 in 山东电力外送
            and (k == len(core) or pos(core[k:])[0][1] != "ns")]  # not 沧源 in 沧源勐省: the place goes on
    if not ends and 2 <= len(core) <= 5:
        ends = [len(core)]  # 漫江至长白铁路: nothing is shared but the head
    if not ends:
        return None
    items = [i for i in re.split(r"、|以及|和|及", m.group(0)) if i]
    if any(not re.fullmatch(ROUTE, i) or _lexicon().head_at_end.search(i) for i in items):
        return None  # 贵阳至南宁高铁和防城港至东兴铁路: a route with a head of its own shares nothing
    return m.end(), items, end_at + 1 + ends[0]


DONE_LEAD = re.compile(r"(?:新建成|建成|新建|开工建设|开工|竣工|完成)")


# (round 14: 泵站 围垦 吹填 疏浚 清淤 护岸 船闸 航道 码头 — 花马湖泵站扩容工程, 东湖清淤工程 were read as programs; such a
# 工程 in 42 of 200 random corpus reports, seed 1414; not 扩容 or 成陆: 信贷扩容工程 is a program)
PHYSICAL = re.compile(PHASE_AFTER.pattern + r"|主体|改造|扩建|续建|加固|除险|贯通|扩能|电气化|提标|水利|输水|供水|调蓄|"
                      r"引水|灌区|管网|管道|线路|电网|输变电|变电|输电|公路|铁路|地铁|轨道|机场|水库|河道|堤防|大桥|隧道|枢纽|场站|厂|"
                      r"防洪|洪水|排涝|调水|[南北东西]调|泵站|围垦|吹填|疏浚|清淤|护岸|船闸|航道|码头|"
                      rf"[{HAN}]段")


def _physical(text: str) -> bool:
    lex = _lexicon()
    return bool(PHYSICAL.search(text)) or any(
        lex.head_role.get(m.group(0)) in ("place", "facility") and len(m.group(0)) > 1 for m in lex.heads.finditer(text))


EVENT_JOINED = re.compile(rf"暨[{HAN}“”（）()·—\-0-9]{{2,24}}?(?:大会|博览会|交易会|洽谈会|推介会|论坛|峰会|节|赛|展)")


def _after_category(masked: str, start: int, hs: int) -> int:
    """消防、交通等领域安全隐患整治行动: the name starts after 等领域."""
    m = _AFTER_CATEGORY_RE1.search(masked[start:hs])
    return start + m.end() if m else start


def _is_place_name(text: str) -> bool:
    """Whether a short text ending at a one-character head is itself a county or city name (芮城, 塔城)."""
    return any(text[k:] in _places() or len(text) - k == 2 and pos(text[k:]) == ((text[k:], "ns"),) for k in range(len(text) - 1))


def _verb_before_head(masked: str, cs: int, hs: int) -> bool:
    """建成开馆: a one-character head right after a verb is no name."""
    words = pos(masked[max(cs, hs - 4):hs])
    return not words or words[-1][1].startswith("v") and words[-1][1] != "vn" or len(words[-1][0]) == 1 and len(words) == 1


WORD_STARTERS = set("法制院会局站所场港城馆线战略划案式")  # last characters of heads that also begin words
WORD_STARTERS |= set("大投")  # round 14d: 医科大学生, 中国投洽会: the abbreviated head is no word there


@lru_cache(maxsize=65536)
def _word_ends_at(window: str, at: int) -> bool:
    """Whether jieba ends a word at offset `at` of a short window around a head word."""
    offset = 0
    for word, _flag in pos(window):
        offset += len(word)
        if offset == at:
            return True
        if offset > at:
            return False
    return True


WORDS_ENDING_HE = frozenset("中和 协和 共和 总和 人和 祥和 平和 温和 缓和 调和 饱和 柔和 附和".split())


def _conjunction_at(text: str, at: int, end: int) -> bool:
    """其总体功能和中心: jieba reads 和 at `at` as a word of its own (not 北京协和医院, 汇和银行)."""
    if text[max(0, at - 1):at + 1] in WORDS_ENDING_HE:
        return False  # 碳中和研究院: jieba reads 中 + 和
    lo = max(0, at - 4)
    offset, before = lo, ""
    for word, _flag in pos(text[lo:end]):
        if offset == at:
            # 上海均和集团, 贷款难和银行: a character alone before 和 may be a trading name's (a place word is not: 强镇和中心)
            return word == "和" and (len(before) >= 2 or before in ("镇", "村", "县", "区", "市", "乡"))
        if offset > at:
            return False
        offset += len(word)
        before = word
    return False


# round 13: what never stands inside one institution's name between two heads (在, 是, 将, 把, 被; not 的, which a word may hold)
INNER_BREAK = re.compile(r"[在是将把被]")


def _inner_head(s: _Sentence, he: int, ce: int) -> bool:
    """南亚东南亚科技创新中心 inside …创新中心大理分中心: another institution head follows in the same name."""
    lex = _lexicon()
    m = lex.heads.search(s.masked, he, min(ce, he + 12))
    if m and m.group(0) == "桥" and m.end() < ce and not SINGLE_HEAD_FOLLOW.match(s.masked, m.end()):
        m = lex.heads.search(s.masked, m.end(), min(ce, he + 12))  # 市中医院丁桥分院: 丁桥 is the branch's place
    if m and m.start() == he and lex.head_role[m.group(0)] == "place" and len(m.group(0)) > 1:
        return True  # 市中心体育公园: the institution's head is the modifier of a place
    if not m or lex.head_role[m.group(0)] in ("program", "event") or m.start() == he:
        return False
    if m.group(0) in ABBREVIATED_KIND_HEADS and ABBREVIATED_KIND_BEFORE.search(s.masked, he, m.start()):
        return False  # round 14d: 杭州职业技术学院进入…高职院校建设行列: a level of schooling follows, no head
    between = s.masked[he:m.start()]
    if between.startswith("暨"):
        return False  # one institution under two names: _extend_right takes both
    if INNER_BREAK.search(between):
        return False  # 广安投资集团参股的一家企业在港交所上市: 在 ends the name; the later head is another one's
    return bool(re.fullmatch(rf"[{HAN}]+", between)) and not _verbs_of(
        ("build", "org", "with", "program", "host")).search(between) and not lex.honor_trigger.search(between)


# round 12: a generating unit of a named plant is the works (124 of 2,999 corpus reports name one, 11 of 200 random
# reports, seed 1212; the plant alone was not read, what follows the head being 1号机组 rather than what is done)
GENERATING_UNIT = re.compile(r"(?<=电厂|电站|核电|热电)(?:(?:[0-9一二三四五六七八九十]+[号#＃]?(?:、|和|及|至)?)+|首台)机组"
                             r"(?:扩建|改造|工程)?")


def _extend_right(masked: str, he: int, ce: int, role: str) -> int:
    """Take in a phase or part after the head (云计算中心二期, 文化公园北区), for places also the works,
    for events a second event joined by 暨 (…博览会暨三亚芒果产业大会)."""
    if role == "event":
        joined = EVENT_JOINED.match(masked, he, ce)
        return joined.end() if joined else he
    if role in ("org", "facility") and masked.startswith("暨", he):  # …研究院暨郭永怀高等技术研究院: one institution
        lex = _lexicon()
        other = lex.heads.search(masked, he + 1, min(ce, he + 24))
        if other and lex.head_role[other.group(0)] in ("org", "facility") and re.fullmatch(
                rf"[{HAN}]{{2,20}}", masked[he + 1:other.start()]):
            return other.end()
    if role == "place" and masked[he - 1] in "路速铁轨道线":  # 秦唐高速秦皇岛段, 峨汉高速峨边至金口河段, 420省道洪泽段
        section = ROAD_SECTION.match(masked, he, ce)
        if section:
            he = section.end()
    if role in ("facility", "org"):  # 市立医院新院区, 市中医院丁桥分院; 安徽高等研究院合肥分院
        part = (INSTITUTION_PART.match(masked, he, ce) if role == "facility" else None) or _named_part(masked, he, ce)
        if part:
            he = part.end()
    m = PHASE_AFTER.match(masked, he, ce) or PHASE_IN_PARENS.match(masked, he, ce) if role in ("facility", "place") \
        else PHASE_AFTER.match(masked, he, ce)
    if m:
        he = m.end()
    if role == "place" and masked[he - 1] in "厂站电":  # 大唐长山热电厂1号机组投入运营, 阳西电厂7、8号机组动工建设
        unit = GENERATING_UNIT.match(masked, he, ce)
        he = unit.end() if unit else he
    if role == "place" and masked[he - 1] in "路速铁轨道线":
        ext = EXTENSION_AFTER.match(masked, he, ce)
        he = ext.end() if ext else he
    if role == "place":
        w = _lexicon().works.match(masked, he, ce)
        if w and not re.match(r"建设", w.group(0)):  # 白莲崖水库工程, 锦江山隧道工程: annotators keep 工程 (7 of 7 in the dev sets)
            he = w.end()
    elif role == "facility":
        w = FACILITY_WORKS.match(masked, he, ce)  # 市中医院迁建, 市藏医院改扩建二期
        if w:
            he = w.end()
            m = PHASE_AFTER.match(masked, he, ce)
            he = m.end() if m else he
    return he


def _shared_works(masked: str, end: int, ce: int) -> str:
    """市疾控中心、市藏医院改扩建: an institution listed before the last one shares the works done to it."""
    m = SHARED_WORKS.match(masked, end, ce)
    if not m:
        return ""
    lex = _lexicon()
    items = re.split(r"[、和及]", m.group("items"))[1:]
    if all(lex.head_at_end.search(i) and lex.head_role[lex.head_at_end.search(i).group(0)] == "facility" for i in items):
        return m.group("works")
    return ""


ROAD_SECTION = re.compile(rf"(?:[{HAN}]{{2,6}}至[{HAN}]{{2,6}}|[{HAN}]{{1,2}}城|绕城|(?:(?!段)[{HAN}]){{2,4}}?(?:先行|起步|试验|示范)?)段(?![{HAN}]{{0,1}}(?:落|位))")
INSTITUTION_PART = re.compile(r"(?:新院区|院区|新校区|校区|分校|新院|新区|新馆|新址|分院)"
                              rf"(?=[^{HAN}]|$|建|项目|工程|[一二三四五六七八九十\d]期|投|开工|竣工|改|扩|迁|和|及|等|主体|正式|顺利|全面|基本|启用|交付|使用)")
PHASE_IN_PARENS = re.compile(r"[（(][一二三四五六七八九十\d]+期[）)]")  # 市儿童医院（二期）
NAMED_PART = re.compile(rf"(?P<prefix>[{HAN}]{{2,3}}?)(?:分院|分校|新院区|新校区|院区|校区)" + INSTITUTION_PART.pattern[INSTITUTION_PART.pattern.index("(?="):])


# 市中医医院东院区, 市妇幼保健院高新院区, 市中心医院港务区院区, 大学东部新城校区: a campus named by a quarter or a
# zone of the city (100 corpus reports name one)
ZONE_PART = re.compile(rf"(?:[东西南北]|高新|经开|[{HAN}]{{1,4}}?(?:新城|[^{HAN}]?区))(?:新院区|新校区|院区|校区)"
                       rf"(?=[^{HAN}]|$|建|项目|工程|[一二三四五六七八九十\d]期|投|开工|竣工|完工|封顶|启动|加快|开诊|开业|营业|运营|改|扩|迁|和|及|等|主体|正式|顺利|全面|基本|启用|交付|使用)")


# round 15b (orgL2): a branch named by a division, whatever follows it (…医院德阳分院规划建设, 白俄罗斯国家科学院中国分院
# 在西安落地, 清华长三角研究院宁波分院加快发展): 分院/分校/分所/分中心 always name a branch, so no following word is needed
# (27 of 200 random reports, seed 1513, name a branch after an institution; 4 were found whole)
BRANCH_PART = re.compile(rf"(?P<prefix>[{HAN}]{{2,3}}?)(?:分院|分校|分所|分中心)(?!区)")


def _named_part(masked: str, he: int, ce: int) -> re.Match | None:
    """市中医院丁桥分院: a branch or campus named by its place."""
    zone = ZONE_PART.match(masked, he, ce)
    if zone:
        return zone
    branch = BRANCH_PART.match(masked, he, ce)
    if branch and (branch.group("prefix") in _places() or branch.group("prefix") in ("中国", "全国")):
        return branch
    m = NAMED_PART.match(masked, he, ce)
    words = pos(m.group("prefix")) if m else ()
    if m and m.group("prefix") in _places():
        return m  # 沈阳, 合肥: a division names the branch
    if m and all(f in ("ns", "nr", "nz") or len(w) == 1 and f in ("n", "nr", "ns") for w, f in words) \
            and not common_word(m.group("prefix")):
        return m  # 丁桥 (丁 nr, 桥 n), not 设立 or 新建
    return None


# works that make an institution's name a project (市中医院迁建); 提升 and 改造 alone also name its services
SHARED_WORKS = re.compile(rf"(?P<items>(?:[、和及][{HAN}]{{2,20}}?)+)(?P<works>整体迁建|整体搬迁|迁建|改扩建|扩建|改建|标准化改造|提质改造|提升改造|改造)"
                          rf"(?=[，,；;。]|$|等|项目|工程)")
FACILITY_WORKS = re.compile(r"(?:整体迁建|迁建|改扩建|扩建|续建|改建|整体搬迁|搬迁|标准化改造|提质改造|提升改造|改造提升|改造)(?:工程)?")


def _after_conjunction(s: _Sentence, start: int, hs: int, head: str, role: str | None = None) -> tuple[int, str]:
    """第13届省运会和首届…运动会: a name after 和/及 whose left part is a name of its own starts there.

    A bare head after 和 takes the place before the first name (杭州亚运会和亚残运会 -> 杭州亚残运会).
    """
    lex = _lexicon()
    text = s.masked
    for m in _AFTER_CONJUNCTION_RE1.finditer(text[start:hs]):
        if m.group(0) == "和" and _place_prefix(text[start + m.start():hs]) and not _place_prefix(text[start + m.end():hs]):
            continue  # 和龙长白山…小镇: 和龙 is a city, not 和 + 龙…
        left = _clean(s.text[start:start + m.start()])
        right = _clean(s.text[start + m.end():hs])
        if lex.head_role[head] != "program" and len(left) >= 2 and _place_prefix(right):
            return start + m.end(), ""  # …融媒体和中国-东盟网络视听产业基地: a place starts a name of its own
        if lex.head_role[head] == "place" and len(left) >= 4 and RUN_WORKS.search(left) and start + m.end() < hs:
            return start + m.end(), ""  # 沙颍河治理和白莲崖水库工程: works done to one place, then another work
        if start + m.end() == hs and len(left) >= 2 and len(head) <= 3 and (role or lex.head_role.get(head)) in ("org", "facility") \
                and (m.group(0) != "和" or _conjunction_at(text, start + m.start(), hs + len(head))):
            return hs, ""  # 其总体功能和中心, 各县区和商会, 它与交易所: a bare head after 和 names no institution (a
            # compound head is a name's own: 联合国全球地理信息知识与创新中心)
        left_head = _head_of(PHASE_IN_PARENS.sub("", left) if left.endswith(("）", ")")) else left)
        # round 14c: also before a 工程 read as works (2号线二期和S2号线一期北段控制性土建接驳工程, 北地跨线桥一期和…威龙路工程主体完工)
        if not left_head and re.search(r"[东南西北]?段$|[一二三四五六七八九十\d]期$", left) and (role or lex.head_role[head]) == "place":
            left_head = head  # 成乐高速扩容乐山段和峨眉支线: a section is a work of its own
        roles = {lex.head_role.get(left_head), role or lex.head_role.get(head)}  # 郑州机场二期工程: 工程 of works is a place
        if not left_head or (len(roles) > 1 and lex.head_role.get(left_head) != "program"
                             and roles not in ({"org", "facility"}, {"facility", "place"})):
            continue
        new_start = start + m.end()
        if new_start >= hs:  # a bare head: 杭州亚运会和亚残运会
            stem = left[: -len(left_head)]
            place = re.match(rf"[{HAN}]{{2,3}}?(?=[{HAN}]*$)", stem)
            if lex.head_role[head] == "event" and place and len(stem) <= 4:
                return new_start, stem
            return hs, ""
        return new_start, ""
    return start, ""


# round 12c: 高中/初中 after a kind word or before what is said of the level (30 of 200 corpus reports read 普及高中
#阶段教育, 普通高中学生 or 提高中低收入 as a school); 齐鲁高中投入使用, 泸州高中 and 吉大高中延吉分校 stay
SCHOOL_LEVELS = frozenset(("高中", "初中"))
SCHOOL_KIND_BEFORE = re.compile(r"(?:普及|普通|优质|公办|民办|星级|示范|特色|[初提登])$")
SCHOOL_LEVEL_AFTER = re.compile(r"阶段|教育|学段|学生|生|学位|在校|毕业|低|毛入学|育人|办学|招生|教师|学校|和大学|和职业")
# round 12c: 平台公司 named by kind words (276 corpus reports; 14 of 200 read 政府平台公司, 地方融资平台公司, 投融资公司…)
PLATFORM_COMPANY = re.compile(r"平台公司$|^(?:[省市县区]级|[省市县]属|地方|政府|国有|各类|各)?投融资公司$")
BRANCH_END = re.compile(r"(?:分公司|子公司|分行|支行|分院|分中心|分局|分所)$")


def lex_role(head: str) -> str | None:
    return _lexicon().head_role.get(head)


def _appositive(name: str, head: str) -> str:
    """亚洲最大专业货运机场花湖机场 -> 花湖机场: a description before the name that ends with the same head."""
    at = name.find(head)
    if BRANCH_END.search(name):
        return name  # 中国出口信用保险公司广西分公司: a branch keeps its company
    if 0 < at and at + len(head) < len(name) - len(head):
        rest = name[at + len(head):]
        if rest.startswith("暨"):
            return name  # 威海市产业技术研究院暨郭永怀高等技术研究院: one institution under two names
        if rest.endswith(head) and len(rest) > len(head) + 1 and not re.match(r"[（(]|[一二三四五六七八九十\d]期", rest) \
                and not _verbs_of(("build", "host", "program")).match(rest) and _is_named(rest[: -len(head)]) \
                and not (_place_prefix(rest) and lex_role(head) in ("org", "facility")):  # …研究院中山研究院: its branch in a place
            return rest
    return name


def _kind_of_head(s: _Sentence, role: str, cs: int, ce: int, start: int, end: int, name: str, head: str) -> str | None:
    lex = _lexicon()
    after = s.masked[end:ce]
    before = s.masked[cs:start]
    if role == "program":
        return "program" if _program_ok(name, head, before, after, s.text[start:end]) else None
    if LIST_THEN_FIGURE.match(after) and not (NAMED_LIST_THEN_COUNT.match(after) or CONJ_THEN_FIGURE.match(after)
                                              or COUNTED_CATEGORY.match(after)) or COUNT_BEFORE.search(before) or GENERIC_LEAD.match(name) or name == head:
        return None
    if _KIND_OF_HEAD_RE1.search(before) or GENERIC_LEAD.search(before[-4:]):
        return None
    verb = _verb_before(s, cs, start) or _list_verb(s, cs, start)
    if verb in CONJUNCTIONS:  # 建成…乐山段和峨眉支线: the name after 和 shares the verb of the one before
        verbs = list(_verbs_of(("build", "host", "org")).finditer(s.masked, cs, start - len(verb)))
        verb = verbs[-1].group(0) if verbs else None
    if role == "event":
        if NOT_EVENT.search(name) or verb in lex.verbs["attend"] or lex.verb_res["attend"].search(before[-8:]) \
                or MEDALS_AFTER.match(after):
            return None
        if verb in lex.verbs["host"] or _hosted_after(s, end, ce) or ORDINAL_OR_YEAR.search(name):
            return "project"
        return None
    building = verb in lex.verbs["build"] or _built_after(after) or after.startswith("项目")  # 临沧至清水河铁路项目
    done = _done_subject(s, cs, start, after, role) or role in ("place", "facility") and building and not _clean(s.masked[cs:start])
    building = building or done
    stem = _stem(name)
    at = name.rfind(head)
    if head in ("国道", "省道") and not (re.search(r"[0-9]\s*$", name[:at]) or re.match(r"[GS][0-9]", name)):
        return None  # 331省道, G219沿边国道: a state road is named by its number
    if role in ("org", "facility") and QUALITY_END.search(stem):
        return None  # 引进长三角一流大学, 知名高校: a quality of institutions, not one institution
    if head in ABBREVIATED_KIND_HEADS and ABBREVIATED_KIND_BEFORE.search(name, 0, at):
        return None  # round 14d: 省优质高职院, 推进中高职院校: a level of schooling, not one 职院
    if role in ("org", "facility") and ORG_ACT.search(name, 1, len(name) - len(head)):
        return None  # 县域农信社组建农商行: an act between two institutions, not one name
    governed = GOVERNED_HEAD.search(name)
    if governed and len(governed.group(0)) == len(name) - governed.start() and governed.start() > 0 \
            or role in ("org", "facility") and re.search(r"从|把|被", name):
        return None  # 分类别推动省实验室, 聚变能源技术从实验室: a verb governs a bare head, no name
    inner = lex.heads.search(stem) if role == "place" else None  # 市肿瘤医院门诊医技综合大楼: a building of a named institution
    named = _named(name, role in ("org", "facility")) or (head == "联盟" and len(stem) >= 2) \
        or inner is not None and lex.head_role[inner.group(0)] in ("org", "facility") and _named(stem[:inner.end()], True) \
        and (len(re.sub(r"^(?:自治区|国家|中国|全国|[省市区县州])", "", stem[:inner.start()])) >= 2 or len(inner.group(0)) >= 3) \
        or done and _subject_name(stem) \
        or "“" in s.text[start:end] or role == "org" and (_legal_name(name) or _trading_name(stem, ORG_RARE if head in COMPANY_HEADS else 10)) \
        or role == "place" and building and _level_own(name, head) \
        or head in SCIENCE_CITY and len(stem) >= 2 and not SCIENCE_CITY_KIND.search(stem)
    phased = role in ("place", "facility") and _phased(name, at, head)
    if not named and not phased:
        return None
    if role == "place" and head in PARK_HEADS and not _park_named(stem) and not SIZE_AFTER.match(after) \
            and not (building and _level_own(name, head)) and not phased:
        return None  # 聚碳新材料产业园区, 近零碳产业园, 中试基地: a park or base named by its trade only (not 建设…扩繁基地1万亩)
    if role == "place":
        return "project" if building or phased else None
    if role == "facility":
        if FACILITY_WORKS_END.search(name) or phased:
            return "project"  # 市藏医院改扩建: works done on an institution's buildings
        if verb in PARTNER_VERBS and not after.startswith("项目") or _awarded_after(after) or UPGRADED.match(NAMED_LIST_AFTER.sub("", after, count=1)):
            return "organization"  # 与圣彼得堡大学合作建成…, 省中医院获批建设国家医学中心: a partner or a recipient
        if CAMPUS_END.search(name):
            return "project"  # 市妇幼保健院高新院区启动建设: a campus is a building, whatever the verb
        if SETTLED.match(after.lstrip("”’")) or OPENED_AFTER.match(after.lstrip("”’")):
            return "organization"  # …营运中心落户我区: an institution that settles, not a building
        if head in MUSEUM_HEADS:
            return "organization"  # 建成中央苏区历史博物馆: the guideline counts museums as organizations, built or not
        if verb in BROUGHT_IN:
            return "organization"  # 引进武汉大学, 新引进北京协和医院: the institution comes, nothing is built
        return "project" if building and verb not in lex.verbs["org"] - lex.verbs["build"] else "organization"
    return "organization"


# a phase right after the head (会展中心一期, 美兰机场（二期）, 国际机场二期改扩建, 博物馆三期): one stage of one work, named
# by its phase even where the modifier is a trade or nothing (the official gold keeps 云计算中心二期); round 10
PHASE_OF_HEAD = re.compile(r"[（(]?(?:[一二三四五六七八九十]|首)期(?![间末初中内限货权])")


BARE_PHASE_NOT = frozenset("园区 基地 产业园 工业园 项目 工程 场馆 景区 小区 城际".split())  # 园区二期: which park?


def _phased(name: str, at: int, head: str) -> bool:
    lead = name[:at]
    return at >= 0 and head not in ("工程", "项目") and bool(PHASE_OF_HEAD.match(name, at + len(head))) \
        and (len(lead) >= 2 or not lead and len(head) >= 2) \
        and not GENERIC_LEAD.fullmatch(lead) and not re.search(r"[0-9]+\s*[个大项家所条批座]|各|等|一批|若干", lead)


SIZE_AFTER = re.compile(r"[0-9.]+\s*万?(?:亩|平方米|公顷)")
# parks and bases: named by a place, a company or a name jieba knows, not by a trade it cannot read (聚碳新材料)
PARK_HEADS = frozenset("产业园 产业园区 园区 工业园 科技园 创业园 示范园 基地 集聚区 聚集区".split())
PARK_OWNER = re.compile(r"(?:集团|公司|股份|科技|电子|药业|实业|控股|能源|汽车|新材料|精密|智能|电气)(?=[\u4e00-\u9fff]{2,})|[0-9A-Za-z（(]|^[百千万亿]+(?:吨|千瓦|头)")  # 千万吨绿色精品钢焦基地: a scale names one


def _park_named(stem: str) -> bool:
    """舞阳高端盐化工, 马栏山创意, 中电科九所磁性材料: a place, a toponym or a company opens the stem."""
    first = pos(stem)[0] if stem else ("", "")
    return _is_named(stem, strict=True) or bool(PARK_OWNER.search(stem)) or _trading_name(stem) \
        or first[1] in ("ns", "nr", "nrt", "nz", "nt") and first[0] not in COMMON_PROPER and len(first[0]) >= 2 \
        or any(TOPONYM_END.search(stem[:k]) for k in (3, 4)) or re.match(r"(?:[东南西北]部|城[东南西北])", stem) \
        or any(_lexicon().head_role[h.group(0)] in ("org", "facility") for h in _lexicon().heads.finditer(stem)) \
        or len(stem) == 2 and len(pos(stem)) == 1 and first[1] in ("ns", "nz", "j", "n") and word_frequency(stem) < 5000 \
        or len(stem) == 2 and len(pos(stem)) == 2 and not any(f.startswith(("m", "a", "v", "d")) for _, f in pos(stem))  # 下塘工业园


CAMPUS_END = re.compile(r"(?:院区|校区)$")
MUSEUM_HEADS = frozenset(("博物馆", "纪念馆", "陈列馆", "美术馆", "博物院"))
BROUGHT_IN = frozenset(("引进", "引进了", "新引进", "招引", "成功招引", "引入", "成功引进"))


CONJUNCTIONS = frozenset(("和", "及", "以及"))
# round 14d: abbreviated institution heads (kg/data/entity_heads.txt) that also end a level of schooling
ABBREVIATED_KIND_HEADS = frozenset(("职院", "职校"))
ABBREVIATED_KIND_BEFORE = re.compile(r"[高中]$")
QUALITY_END = re.compile(r"(?:一流|知名|著名|顶尖|顶级|优质|高水平|高层次|名牌|重点|各类|高端)$")
# 第十二届省运会荣获团体总分第四, 首届文化艺术节获集体奖10个: prizes won at an event are no sign it was hosted
MEDALS_AFTER = re.compile(r"(?:上)?(?:获得|荣获|取得|夺得|斩获|共获|摘得|获)[^，,；;。]{0,12}?"
                          r"(?:奖|金|银|铜|牌|冠军|成绩|第[一二三四五六七八九十\d]+)")
ORG_ACT = re.compile(r"组建|成立|设立|引进|招引|挂牌|并购|收购|改制|改组|共建|联办|合办")
GOVERNED_HEAD = re.compile(r"(?:推动|推进|吸引|支持|引导|鼓励|培育|做强|做大|壮大|加快|依托|对接)(?:[省市区县]级?|国家)?"
                           r"[\u4e00-\u9fff]{1,5}$")
# 毕节职业技术学院、…创建本科层次学校: an institution that is upgraded, renamed or converted acts, it is not built
UPGRADED = re.compile(r"(?:成功|正式|顺利)?(?:创建|升格|升级为|更名|转设|创成|申办|申报|创办本科)")
NAMED_LIST_AFTER = re.compile(r"^(?:、[^、，,；;。]{2,20}?(?=、|创建|升格|升级为|更名|转设|创成|申办|申报))*")
PARTNER_VERBS = frozenset(("与", "同", "携手", "会同", "联合"))  # not 和/及: those join names of one list
FACILITY_WORKS_END = re.compile("(?:" + FACILITY_WORKS.pattern + r")(?:[一二三四五六七八九十\d]+期)?$")


def _awarded_after(after: str) -> bool:
    """…医院、省中医院获批建设国家医学中心: the list the name opens goes on to a title it is granted."""
    at = 0
    while True:
        m = _lexicon().honor_trigger.match(after, at)
        if m:
            return True
        if not after.startswith("、", at):
            return False
        nxt = re.search(r"[、，,；;。]", after[at + 1:])
        stop = len(after) if nxt is None else at + 1 + nxt.start()
        for k in range(at + 2, min(stop, at + 22)):
            m = _lexicon().honor_trigger.match(after, k)
            if m:
                return True
        at = stop
        if at >= len(after):
            return False


# 农业信贷担保有限公司: a company's registered form names one company, whatever its stem
LEGAL_FORM = re.compile(r"(?:有限公司|有限责任公司|股份公司|股份有限公司)$")


def _legal_name(name: str) -> bool:
    rest = LEGAL_FORM.sub("", name)
    return rest != name and len(rest) >= 4 and not re.search(r"公司|或|和|及|有限|股份|[性型类]$", rest)


def _trading_name(stem: str, rare: int = 10) -> bool:
    """国铁集团, 五粮液集团: a two-character stem jieba has hardly ever seen, or a three-character word it has seldom
    seen, is a trading name, not a trade (快递, 新能源 are common). Before an institution's own head (集团, 公司,
    股份) a two-character word seen up to `rare` times is one too (上药 41, 海螺 68, 首钢 27, 一汽 71; round 11)."""
    words = pos(stem)
    if CLASS_END.search(stem):
        return False  # 政策性银行: a kind of bank
    if len(stem) == 3 and len(words) == 1:
        return word_frequency(stem) < 200 and words[0][1] in ("n", "nz", "j", "nr", "nt")
    return len(stem) == 2 and word_frequency(stem) < rare and words[0][1] in ("n", "nz", "j")


SETTLED = re.compile(r"(?:正式|成功|相继|先后)?(?:落户|入驻|挂牌)")
# 广东金融资产交易中心和珠海产权交易中心开业, 湛江首贷服务中心成立, 深交所湛江基地揭牌: an institution (or the last of
# a list of them) that opens, is set up or unveiled starts its work; nothing is said to be built
OPENED_AFTER = re.compile(r"(?:(?:[、和及]|以及)[^、，,；;。]{2,24}?)*(?:在(?:全国|全省|全市|省内|国内|全区)(?:率先)?|率先)?(?:正式|成功|相继|先后|尽快|顺利|已|均|分别)?"
                          r"(?:开业|揭牌|成立|挂牌成立|揭牌成立|揭牌运行|实体化运行|实质运行|实质性运行)")
# 龙蒲高速完成50%路基土石方工程: a named work that opens its clause and is finished or advanced
DONE_AFTER = re.compile(r"(?:项目)?(?:已|正式|全面|基本|顺利|全线|如期|提前|成功)?(?:完成|投产|竣工|通车|建成|开工|完工|主体完工|贯通|通航|合龙|投用|投运)")


def _subject_name(stem: str) -> bool:
    """众生 in 众生云计算中心上线运营: a clause's subject that is finished names one thing when its modifier is
    nouns only, not a verb (抓紧烟草工业园), a time, a count or a common word (体育中心)."""
    if len(stem) < 2 or common_word(stem) or CLASS_END.search(stem) or GENERIC_PROGRAM.match(stem) \
            or re.search(r"[0-9０-９和及与]", stem):
        return False
    return all(f in ("n", "nz", "ns", "nr", "nrt", "nt", "j", "eng") for _, f in pos(stem))


def _done_subject(s: _Sentence, cs: int, start: int, after: str, role: str) -> bool:
    """A named work that opens its clause, alone or in a list of named works (恩来高速、恩黔高速完成土建工程)."""
    if role not in ("place", "facility"):
        return False
    before = s.masked[cs:start].strip()
    if _clean(before) and not (before.endswith("、") and all(_works_item(_clean(i)) for i in before[:-1].split("、"))):
        return False
    if DONE_AFTER.match(after):
        return True
    at = 0
    while at < len(after) and after[at] == "、":
        stop = re.search(r"[、，,；;。]|$", after[at + 1:]).start() + at + 1
        for j in range(at + 3, min(stop, at + 14) + 1):
            if _works_item(after[at + 1:j]) and DONE_AFTER.match(after, j):
                return True
        at = stop
    return False


def _works_item(item: str) -> bool:
    """恩黔高速: a short item of a list that ends with the head of a place or facility."""
    lex = _lexicon()
    m = lex.head_at_end.search(item)
    return bool(m) and 2 <= len(item) <= 14 and len(item) > len(m.group(0)) and lex.head_role[m.group(0)] in ("place", "facility") \
        and not re.search(r"[0-9]|等", item)


# 青岛大学威海创新研究院、吉林大学威海仿生研究院等5家…: named items counted after 等 stay names
NAMED_LIST_THEN_COUNT = re.compile(r"(?:、[^、，,；;。0-9]{1,20})+等")


# …研究院、…研究院和十大新兴产业研究院: the count after 和 belongs to the last item only
CONJ_THEN_FIGURE = re.compile(r"(?:、[^、，,；;。0-9和及]{1,20})*(?:和|及)" + FIGURE_AFTER.pattern)
# 泰安高新区物流电商园、…、东平电子商务产业园8个电商园区: the count sums up the names before it
COUNTED_CATEGORY = re.compile(r"(?:、[^、，,；;。0-9]{1,20})*?[0-9]+[个家所座处条]" + rf"[{HAN}]{{2,6}}(?:园区|基地|项目|工程|产业园|企业)")


COUNT_PREFIX = re.compile(rf"^[0-9]+[个家所座处条][{HAN}]{{0,4}}(?:园区|基地|项目|工程|产业园)")


def _list_verb(s: _Sentence, cs: int, start: int) -> str | None:
    """The verb before the first item of a list a name is in (规划建设南部…工业园、北部…工业园)."""
    if start <= cs or s.masked[start - 1] != "、":
        return None
    first = cs
    prev = s.masked.rfind("、", cs, start - 1)
    while prev >= cs:
        first = prev
        prev = s.masked.rfind("、", cs, prev)
    item_start = _cut_after_verb(s, cs, first if first > cs else start - 1, ROLE_VERBS["place"])
    return _verb_before(s, cs, item_start)


LIST_ITEMS = r"(?:(?:[和及、]|以及)[^、，,；;。]{1,24}?)*"
BUILT_PROJECT = re.compile(r"项目(?:已|正式|全面|顺利|均)?")
# 做好临沂至东海高速、…等前期工作: works being prepared are projects too
PREPARED = re.compile(LIST_ITEMS + r"(?:等[^、，,；;。]{0,6}?)?(?:项目)?(?:建设)?前期(?:工作)?")
BUILD_AT_END = re.compile(LIST_ITEMS + r"(?:等项目)?(?:规划)?(?:建设|项目建设)$")


def _built_after(after: str) -> bool:
    """The clause goes on to build or open what precedes (国际纺服中心加快建设, …和…建设)."""
    lex = _lexicon()
    after = after.lstrip("”’")
    after = COUNT_PREFIX.sub("", after)  # …产业园8个电商园区加快建设
    m = BUILT_PROJECT.match(after)
    if m:
        after = after[m.end():]
    return bool(lex.built_after.match(after) or BUILD_AT_END.match(after) or PREPARED.match(after) or LINE_OPENED.match(after))


# 武广高铁开通, 地铁2号线正式开通运营: a line that opens is built; not 锦州机场开通2条国际航线 (what it opens follows)
LINE_OPENED = re.compile(r"(?<![机港站])(?:[\u4e00-\u9fff]{0,2}?)(?:正式|顺利|全线|建成)?开通(?=$|[，,。；;]|运行|运营|试运营|使用)")


def _before_quote(masked: str, start: int, qs: int) -> int:
    """Where a name whose head closes a quote starts: after the last verb before the quote, keeping a short
    noun or time modifier (坚持和发展新时代“枫桥经验” -> 新时代枫桥经验; 返乡投资“回归工程” -> 回归工程)."""
    words = pos(masked[start:qs])
    verbs = [i for i, (_, f) in enumerate(words) if f.startswith("v")]
    if not verbs:
        return start
    tail = words[verbs[-1] + 1:]
    while tail and tail[0][0] in ("好", "了", "着", "和", "及"):
        tail = tail[1:]  # 发展好新时代…: the verb's complement
    prefix = "".join(w for w, _ in tail)
    if 2 <= len(prefix) <= 4 and all(f.startswith(("n", "t", "s", "a")) for _, f in tail):
        return qs - len(prefix)
    return qs


def _shared_modifier(last: str, items: list[str]) -> str:
    """大气、水污染防治行动计划: short items share what follows the last item's first word (污染防治), not only the head."""
    if not items or any(len(i) > 2 for i in items):
        return ""
    last = re.sub(r"[一二三四五六七八九十\d]+期$", "", last)  # 青连、连盐、宁启二期铁路: the phase is the last one's
    for k in (1, 2):
        head, rest = pos(last[:k]), last[k:]
        first = pos(rest)[0] if len(rest) >= 2 else None
        if len(head) == 1 and head[0][1].startswith("n") and first and len(first[0]) >= 2 and first[1] in ("n", "vn") \
                and not any(i.endswith(rest) for i in items):
            return rest
    k = len(items[0])
    if all(len(i) == k for i in items) and len(last) >= k + 2:  # 杭海、杭绍城际铁路: items as short as the last one's stem
        head, rest = pos(last[:k]), last[k:]
        first = pos(rest)[0]
        if len(head) > 1 and len(first[0]) >= 2 and first[1] in ("n", "vn", "b") and not any(i.endswith(rest) for i in items):
            return rest
    return ""


PAREN = re.compile(r"[（(][^）)]*[）)]")

# round 13b: the kind of a power station (水电站, 抽蓄电站, 光伏电站) is part of the head the items of a bare list share
# (乌东德、白鹤滩水电站 → 乌东德水电站; before: 乌东德电站); 123 of 2,999 corpus reports list hydropower stations so
POWER_KIND = re.compile(r"(?:抽水蓄能|抽蓄|光伏|水)$")
POWER_ITEM_NOT = re.compile(r"期|[0-9]|电|治理|工程|项目")


def _power_kind(last_stem: str, items: list[str]) -> str:
    """水 of 白鹤滩水电站: the kind of station the last item names before 电站, when a name stays before it and
    the items are bare names (not 衢江治理二期、衢江抽水蓄能电站: a phase of other works)."""
    m = POWER_KIND.search(last_stem)
    if not m or m.start() < 2 or any(len(i) > 5 or POWER_ITEM_NOT.search(i) for i in items):
        return ""
    return m.group(0)




def _shared_head(s: _Sentence, cs: int, seg_start: int, hs: int, end: int) -> list[tuple[int, str]]:
    """青峰路、环卫路转运站: the short items before the last one share its head; (start, item) each."""
    lex = _lexicon()
    last_stem = seg_start < hs and s.masked[seg_start:hs]
    if not last_stem or len(PAREN.sub("", _clean(last_stem))) > (10 if _SHARED_HEAD_RE3.search(last_stem) else 6) \
            or re.search(r"\d$", last_stem) or s.masked.startswith("号线", hs) and re.search(r"[一二三四五六七八九十]$", last_stem):
        # 双江至沧源勐省高速公路; 地铁11号线, 佛山地铁二号线 share no 号线
        return []
    at = seg_start - 1
    items = []
    while at > cs and s.masked[at] == "、":
        prev = s.masked.rfind("、", cs, at)
        a = prev + 1 if prev >= cs else _cut_after_verb(s, cs, at, ("build", "program", "host", "org"))
        item = _clean(s.text[a:at])
        if items and not re.fullmatch(r"[\u4e00-\u9fff]{2,5}(?:[—－-][\u4e00-\u9fff]{2,5})+", item) \
                and (lex.head_at_end.search(item) or lex.works_at_end.search(item) and lex.heads.search(item)):
            break  # 京沪高铁、邯济、德大铁路, 京哈高速改扩建、本桓宽、凌绥高速: the items after a name of its own share the head
        place = item in _places() or pos(item) == ((item, "ns"),)  # 伊宁、塔城、阿勒泰机场: 城 is no head here
        if item in lex.headless_names and lex.head_role.get(lex.head_at_end.search(last_stem + s.masked[hs:end]).group(0)
                                                           if lex.head_at_end.search(last_stem + s.masked[hs:end]) else "") == "org":
            s.add("organization", a, at, 1, item)
            return []  # 中远海运、江苏港口集团: a trading name of its own (round 15, entity_headless_organizations.txt)
        if _SHARED_HEAD_RE1.search(item):
            return []  # 内江师院、内江医科学校, 清华附中、天津大学: an institution of its own, no modifier
        if _SHARED_HEAD_RE2.match(item) and _SHARED_HEAD_RE2.match(_clean(last_stem)):
            return []  # 市一中、市人民医院: each names an institution of the unit, no head is shared
        route = bool(re.search(r"至|[—－-]", item)) and len(PAREN.sub("", item)) <= 10  # 灌阳经恭城至平乐, 五河-蒙城: a route by its ends, 城 no head
        if not (1 < len(item) <= 6 or route) or len(pos(item)) == 1 and pos(item)[0][1].startswith("v") \
                or ((len((lex.head_at_end.search(item) or [""])[0]) >= 2 if "至" not in item else lex.head_at_end.search(item)) if route
                    else not place and lex.heads.search(item)) or lex.programs.fullmatch(item) or lex.verb_res["build"].fullmatch(item) \
                or lex.verb_res["program"].fullmatch(item) or re.search(r"[0-9]", item):
            return []
        items.append((a, item))
        if prev < cs:
            break
        at = prev
    return sorted(items)


# ---- <named thing>项目 after a verb ------------------------------------------------------------

# 项目库, 项目资金, 项目建设者: 项目 starts a word about projects in general, it ends no name
PROJECT_RUNS_ON = re.compile(r"库|资金|用地|审批|管理|化|制|法人|经理|单位|负责|招商|储备|谋划|包装|服务|建设者|数|个数|"
                             r"投资额|落地率|开工率|谋划|推进会|观摩|建设年|攻坚|为王|带动|引领|支撑|清单|集群")
PROJECT_LEAD_END = re.compile(r"[等的个批大类项、与和及或]$")
INVESTMENT_LEAD = re.compile(r"(?:总投资|计划投资|投资|估算投资|合同投资|签约金额)?(?:约|超过?|近)?[0-9.]+\s*(?:万|亿)?元(?:的)?")
INVESTMENT_BEFORE = re.compile(INVESTMENT_LEAD.pattern + "$")
FIRST_OF_KIND = re.compile(r"(?:首个|首家|首座|首条|唯一|第一个|第一家)(?:的)?")
NOT_ONE_THING = re.compile(r"(?:型|性|类|级|式|等|各)$")
# 城建重点项目, 闽西南重点协作项目, 鲁青高级中学建设项目: a kind of project, or a built thing the head rule names
PROJECT_STEM_END = re.compile(r"(?:重点|重大|示范|合作|协作|协同|科研|签约|招商|投资|建设|强链|补链|补短板|民生|惠民|试点|配套|储备|前期|"
                              r"产业|产业化|新建|续建|在建|竣工|开工|入库|备选|必备|献礼|援建|上游|下游|工业|城建|PPP|BOT|EPC)$")


# 组建獐子岛海洋发展集团、新闻传媒控股公司、文体旅集团; 对接中国电子科技集团、…、航天科技集团等; 支持投资集团、工发集团、
# 城建集团: a company whose name is everyday words is named all the same among the named companies of its list
PEER_HEAD = re.compile(r"(?:集团|控股公司|有限公司|股份公司|公司)$")
PEER_NOT = re.compile(r"^(?:大型|重点|龙头|知名|骨干|优质|规上|国有|民营|外资|各类|各级|相关|有关|其他|专业|平台|子|分|一批|一家|新设|新建|新组建)|"
                      r"(?:企业|平台|项目)(?:集团|公司)$")


def _peer_institutions(s: _Sentence) -> None:
    if "、" not in s.masked:
        return
    found = {(f.start, f.end) for f in s.found if f.kind == "organization"}
    ends = {f.end for f in s.found if f.kind == "organization"}
    for cs, ce in s.clauses:
        parts, at = [], cs
        i = s.masked.find("、", cs, ce)
        while i >= 0:  # the clause's parts between its 、 (the last one ends at the clause's end)
            parts.append((at, i))
            at = i + 1
            i = s.masked.find("、", at, ce)
        parts.append((at, ce))
        if len(parts) < 2:
            continue
        items = []
        for a, b in parts:
            stop = _PEER_INSTITUTIONS_RE1.search(s.masked[a:b])
            b2 = a + stop.start() if stop and a + stop.start() > a else b
            m = PEER_HEAD.search(s.masked, a, b2)
            items.append((a, b2, m is not None and (b2 in ends or any(fe == b2 for _, fe in found))))
        if sum(1 for *_, ok in items if ok) < 2:
            continue
        for a, b, ok in items:
            if ok or not PEER_HEAD.search(s.masked[a:b]):
                continue
            start = _cut_after_verb(s, a, b, ("org", "with", "build", "program"))
            name = _clean(s.text[start:b])
            stem = PEER_HEAD.sub("", name)
            if 2 <= len(stem) <= 8 and re.fullmatch(rf"[{HAN}]+", name) and not PEER_NOT.search(name) \
                    and not GENERIC_LEAD.match(name) and not CLASS_END.search(stem) and not LOOSE.search(name):
                s.add("organization", start, b, 3, name)


# 中山路、店子街改造提升, 三江口片区开发, 陈亮河环境综合整治, 金寨南路快速化改造: a named street, river, district or
# riverside and what is done to it is one work (the works words of the gold's names)
PLACE_END = r"(?:大道|路|街|巷|河|江|湖|溪|湾|片区|地块|出口|广场|两岸|湿地|老街|古城|沟|线)"
PLACE_WORKS = re.compile(rf"(?P<place>[{HAN}]{{1,10}}?{PLACE_END})(?P<works>(?:环境|生态)?综合(?:整治|开发|治理)|(?:片区)?开发|改造提升|"
                         rf"提升改造|整治提升|修复保护|生态修复|航道整治|(?:快速化|市政化|综合交通|提档升级)改造)")
PLACE_WORKS_WORDS = re.compile("综合|开发|改造|整治|修复")  # one is in every alternative of PLACE_WORKS' works
PLACE_WORKS_AFTER = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}项目)?(?:相继|先后|全面|加快|稳步|有序|顺利|基本|已|正式)?"
                               r"(?:推进|建成|完工|竣工|开工|启动|实施|进展顺利|投用)")


def _place_works(s: _Sentence) -> None:
    if not PLACE_WORKS_WORDS.search(s.masked):
        return  # every match of PLACE_WORKS has one of them
    lex = _lexicon()
    for cs, ce in s.clauses:
        for m in PLACE_WORKS.finditer(s.masked, cs, ce):
            after = PLACE_WORKS_AFTER.match(s.masked, m.end(), ce)
            if m.end() < ce and re.match(rf"[{HAN}]", s.masked[m.end()]) and not after \
                    and not s.masked.startswith(("等", "项目", "工程", "和", "及"), m.end()):
                continue  # 中山路改造提升行动: the works run on into another word
            first = s.masked.find("、", cs, m.start("place")) if s.masked[m.start("place") - 1:m.start("place")] == "、" else -1
            seg = _cut_after_verb(s, cs, m.end("place") if first < 0 else first, ("build", "program"))
            seg = max(seg, m.start("place") if first < 0 else cs)
            verb = _verb_before(s, cs, seg)
            if not (verb in lex.verbs["build"] or verb in lex.verbs["program"] or after):
                continue
            at, items = seg, []
            for part in s.masked[seg:m.end("place")].split("、"):
                items.append((at, at + len(part), _clean(part)))
                at += len(part) + 1
            good, named = [], 0
            for a, _b, place in items:
                stem = re.sub(PLACE_END + "$", "", place)
                plain = _plain_words_stem(stem)
                if not 2 <= len(stem) <= 8 or re.search(r"[等的和及与]", place) or GENERIC_LEAD.match(place) or LOOSE.search(place) \
                        or COUNTED.search(place) or plain and not (len(stem) == 2 and len(items) > 1) or CLASS_END.search(stem) \
                        or COMMON_AREA.match(stem):
                    continue  # (解放河、清溪河综合整治: a street or river of one everyday word, among named ones, below)
                one = not plain and (_is_named(stem, strict=True) or _place_prefix(stem) or len(pos(stem)) == 1 and word_frequency(stem) < 50)
                named += one
                good.append((a, place, one))
            for _a, place, one in good:
                if one or named:  # 中山路、店子街改造提升: a street among named ones is named too
                    s.add("project", seg, m.end(), 3, place + m.group("works"))  # one span: the items share it


COMMON_AREA = re.compile(r"(?:老|新|旧|主|中心|城区|城市|农村|乡村|城乡|沿|各|重点|背街|海洋|[一二三四五六七八九十两]大)")


def _plain_words_stem(stem: str) -> bool:
    """城市道, 农村河, 老旧小区: everyday words, no name."""
    words = pos(stem)
    return all(len(w) >= 2 and (f in ("n", "vn", "v", "a", "an", "b", "d", "l", "f") or w in COMMON_PROPER) for w, f in words)


def _named_projects(s: _Sentence) -> None:
    """开工建设大庆油田武胜天然气开发净化项目, 引入川东北首个京东云仓项目, 总投资26.7亿元的中健汇达锂电池负极材料项目:
    a named thing with no head word of its own, called a project and built, signed or brought in, is a project
    under the name the text gives (with 项目). A name that ends with a head (…产业园项目) is the head rule's."""
    lex = _lexicon()
    for cs, ce in s.clauses:
        at = s.masked.find("项目", cs, ce)
        while at >= 0:
            hs, he = at, at + 2
            at = s.masked.find("项目", he, ce)
            if hs - cs < 4 or PROJECT_LEAD_END.search(s.masked, cs, hs) or PROJECT_RUNS_ON.match(s.masked, he, ce):
                continue
            stem_end = hs - 1 if s.masked[hs - 1] == "”" else hs
            if lex.head_at_end.search(s.masked, cs, stem_end) or lex.works_at_end.search(s.masked, cs, stem_end) \
                    or PHASE_AT_END.search(s.masked, cs, stem_end):
                continue  # 悦如火山温泉度假区项目, 浔栖江南三期项目: the head rule names these
            seg_start = s.masked.rfind("、", cs, hs) + 1 or cs
            if seg_start > cs:
                continue  # an item of a list: the list rules name its items
            start = _cut_after_verb(s, cs, hs, ("build", "org", "program"))
            verb = _verb_before(s, cs, start)
            invest = INVESTMENT_LEAD.match(s.masked, start, hs) or INVESTMENT_BEFORE.search(s.masked, cs, start)
            if invest and invest.end() > start:
                start = invest.end()
            for rank in FIRST_OF_KIND.finditer(s.masked, start, hs):
                if hs - rank.end() >= 4:
                    start = rank.end()  # 川东北首个京东云仓项目: a rank before the name is no part of it
            if s.text.count("“", start, he) != s.text.count("”", start, he):
                continue
            if re.fullmatch(r"“[^“”]*[一二三四五六七八九十两][^“”]*”", s.text[start:hs].strip()) or " " in s.text[start:he]:
                continue  # “两城两谷两带”项目, “五通八联三保障”项目: a quoted slogan, not the name of one work
            name = _clean(s.text[start:he])
            stem = _clean(s.text[start:hs])
            if not 4 <= len(stem) <= 22 or re.search(r"[等的和及与，、]", stem) or LOOSE.search(stem) or COUNTED.match(stem) \
                    or GENERIC_LEAD.match(stem) or NOT_ONE_THING.search(stem) or _verb_first(stem):
                continue
            opens = not _clean(s.masked[cs:start]) or bool(invest) and not _clean(s.masked[cs:invest.start()])
            governed = verb in lex.verbs["build"] and not _clean(s.masked[cs:start].replace(verb, "", 1) if verb else "x")
            owned = governed and _owned_stem(stem)
            if not (_proper_word(stem) or (opens or owned) and _is_named(stem, strict=True)) or re.search(rf"[0-9０-９一二三四五六七八九十两]+\s*[{MEASURE}宗件]|[【】（）()]", stem) \
                    or PROJECT_STEM_END.search(stem) or VERB_INSIDE.search(stem):
                continue
                continue
            before, after = s.masked[cs:start], s.masked[he:ce]
            if not (verb in lex.verbs["build"] or verb in lex.verbs["org"] or invest or _built_after(after)
                    or not _clean(before) and DONE_AFTER.match(after)):
                continue
            # a headless name keeps 项目 (易捷特项目, 名冠微电子项目); rank 1, so the clause-subject rule's shorter
            # copy of the same name (蒙牛…液态奶 in 蒙牛…液态奶项目加快建设) gives way
            s.add("project", start, he, 1, name)


# 推动信义集团多晶硅项目开工建设, 推进中泰嘉华12万吨…项目建设: a company's works or an owner's capacity make a governed
# stem one thing
OWNED_STEM = re.compile(rf"(?P<owner>[{HAN}]{{2,8}}(?:集团|公司|股份))[{HAN}]{{2,}}|(?P<by>[{HAN}]{{2,6}})[0-9.]+\s*(?:万|亿)?(?:吨|千瓦|兆瓦|头|套|台|辆)")


def _owned_stem(stem: str) -> bool:
    m = OWNED_STEM.match(stem)
    if not m:
        return False
    owner = m.group("owner") or m.group("by")
    return not any(f.startswith(("v", "d", "p", "r", "m")) for _, f in pos(owner)) and not GENERIC_LEAD.match(owner) \
        and owner not in COMMON_PROPER and not owner.startswith(("城区", "城市", "全市", "全省", "全县", "全区"))


VERB_INSIDE = re.compile(r"做好|承担|就有|推进|实施|开展|加快|推动|落实|完成|启动|争取|谋划|包装|所签|暨")
USER_WORD_FREQ = 3  # the frequency kg/data's user dictionary gives its words
NOT_A_PROPER_START = frozenset("中央 地方 省级 市级 县级 国家级 集成电路 农产品 海洋 科技 城建 文旅 健康 协同 城区 山水林田湖草 "
                               "山水林田湖草沙".split())


def _proper_word(stem: str) -> bool:
    """大庆油田 in 大庆油田武胜天然气开发净化: a word jieba knows as a name, or a place, opens the stem."""
    words = pos(stem)
    if not words or words[0][0] in COMMON_PROPER or words[0][0] in NOT_A_PROPER_START:
        return False
    first, flag = words[0]
    if _place_prefix(stem) or re.match(r"[A-Za-z]{2,}", stem):
        return True
    if len(first) >= 2:  # a name jieba knows (华能, 蒙牛, 京东); not a word of the project's own dictionary (新兴产业)
        return flag in ("ns", "nz", "nt", "nrt") and word_frequency(first) > USER_WORD_FREQ
    return flag == "nr" and len(words) > 1 and len(words[1][0]) == 1  # 恒邦, 裕龙岛: characters jieba cannot place


def _verb_first(stem: str) -> bool:
    """推进建设…, 加快实施…: what is left still opens with a verb, so it is no name."""
    words = pos(stem)
    return bool(words) and words[0][1] in ("v", "vd", "d", "p", "c", "r")


# ---- round 8: the other items of a list of named works ----------------------------------------------

INNER_VERB = re.compile(r"建设|推进|推动|打造|支持|加快|启动|实施|开工|创建|发展")
LEVEL_LEAD = re.compile(r"^(?:自治区|[省市区县州])(?![级属直内外域])")
SIBLING_JOIN = re.compile(r"、|(?<!以)及|(?:以及)|和(?![平谐美睦顺])")  # 和平路, 和谐: 和 inside a word joins nothing
SIBLING_BAD = re.compile(r"[0-9０-９]|的|等|级|与|同|——|其他|有关|相关|各类|一批|若干|多个|部分|以上|以下|重要|首个|首家|首座|唯一|第一|"
                         r"高水平|一流|区域性|型|最[大长高早]")


def _list_siblings(s: _Sentence) -> None:
    """市文化艺术中心、市体育中心建成投用, 开工建设杨泗港长江大桥、三阳路长江隧道、江汉七桥: where one item of a list
    of names was found as a project or organization, the other items of that list that end with the head of a place,
    facility or institution are found too (in 123 of 200 random corpus reports such an item was missed: its own
    stem was too plain for the head rule, or it sat after 和, or before a verb the rules do not know). The list is
    the run of items joined by 、, 和, 及 in one clause around the found one; the weakest rank, so any other find
    of the same text wins."""
    if "、" not in s.masked and "和" not in s.masked and "及" not in s.masked:
        return
    lex = _lexicon()
    anchors = [f for f in s.found if f.kind in ("project", "organization") and f.rank <= 2 and not STOP.search(f.name)
               and (lex.head_at_end.search(f.name) or PHASE_AT_END.search(f.name) or lex.works_at_end.search(f.name))]
    done: set[tuple[int, int]] = set()
    for f in anchors:
        cs, ce = s.clause_of(f.start, f.end)
        if (cs, ce) in done:
            continue
        done.add((cs, ce))
        items = _sibling_items(s, cs, ce)
        taken = [(g.start, g.end, g.kind) for g in s.found]
        for at, (a, b, head_end) in enumerate(items):
            if any(ga < b and a < gb for ga, gb, _ in taken):
                continue
            kinds = {k for ga, gb, k in taken
                     for na, nb, _ in items[max(0, at - 1):at] + items[at + 1:at + 2] if ga < nb and na < gb}
            kinds &= {"project", "organization"}
            if not kinds:
                continue  # only next to a found item, so a run is anchored at every step
            kind = _sibling_kind(s, a, b, head_end, kinds)
            if kind:
                s.add(kind, a, b, 3)
                taken.append((a, b, kind))


# round 12b: a route named by its ends alone (舟曲至迭部) is one road of a list of routes whose last item, or the list's
# category, names the road (舟曲至迭部、玛曲至久治高速项目, 玉林至铁山港、…、兴安至桂林等4条高速公路, 机场至许昌、
# 机场至登封至洛阳等城际铁路): 36 bare routes in 20 of 200 random corpus reports (seed 1222), most with the road after the
# run; the road is carried to the bare one (or the bare copy dropped where the full one is found too)
ROUTE_NAME = re.compile(rf"[{HAN}（）()]{{2,10}}?(?:(?:至|经)[{HAN}（）()]{{2,10}}?)+")
ROAD_WORD = r"(?:高速公路|高速铁路|城际铁路|城际轨道|客运专线|快速铁路|[一二三四]级公路|国道|省道|高速|铁路|高铁|城际|公路|客专|快速路)"
ROUTE_RUN_ROAD = re.compile(rf"(?:(?:、|和|及){ROUTE_NAME.pattern}?)*?(?:等(?:{NUMBER}[条段])?(?:续建|在建|新建)?)?(?P<road>{ROAD_WORD})"
                            rf"(?![{HAN}]{{0,3}}(?:网|线网|里程|通车里程|出口|沿线|服务区|站|运输))")
BARE_ROUTE = re.compile(rf"[{HAN}]{{2,8}}(?:至[{HAN}]{{2,8}})+")


def _bare_routes(s: _Sentence) -> None:
    if "至" not in s.masked:
        return
    names = {(f.kind, f.name) for f in s.found}
    for i, f in enumerate(s.found):
        if f.kind != "project" or not BARE_ROUTE.fullmatch(f.name) or _head_of(f.name) or ROAD_END.search(f.name):
            continue
        m = ROUTE_RUN_ROAD.match(s.masked, f.end)
        if m is None:
            continue
        s.found[i] = _Found(f.kind, f.name + m.group("road"), f.start, f.end, f.rank)
        if ("project", f.name + m.group("road")) in names:
            s.found[i] = _Found(f.kind, f.name + m.group("road"), f.start, f.end, 9)  # the full copy wins


ROAD_END = re.compile(rf"(?:路|道|线|段|桥|工程|项目|整治|改造|景观)$|{ROAD_WORD}|扩建|改建|新建|续建|建设")  # 桂林至柳州改扩建


# round 12b: a list of two or more facilities that the clause says were opened or put into use (市博物馆、图书馆、科技馆开馆运行,
# 清河火车站、北京朝阳站、北京丰台站相继建成投用, 市民之家、市委党校、市档案馆投入使用): the text names the place's own ones, so
# an item whose stem is plain or missing (图书馆, 档案馆新馆, 高铁站前广场) is one work too, as the gold keeps 非物质文化遗产馆
# (主体完工) and 市档案馆; a list with 等 or a count (城市规划展览馆、科技馆…等规划建设) is a class, not the place's own
LIST_OPENED = re.compile(r"(?:均|已|相继|先后|陆续|正式|全面|顺利|同时|即将|全部|基本)*(?:建成并?)?"
                          r"(?:投入使用|投入运营|投入运行|建成投用|建成投运|建成开放|建成使用|建成运行|建成运营|建成开馆|投用|启用|开馆|开诊|"
                          r"开园|开业)(?![\u4e00-\u9fff]{0,2}(?:率|数|面积|时间))")
LIST_OPENED_WORDS = re.compile("投入|投用|投运|开放|使用|运行|运营|开馆|启用|开诊|开园|开业")  # one is in every match
LIST_OPENED_BAD = re.compile(r"[0-9０-９]|等|的|一批|各|多个|若干|部分|其他|新建|改扩建|扩建|改造|迁建|建设|项目|工程|乡镇|社区|村级|农村|街道")


def _opened_lists(s: _Sentence) -> None:
    if "、" not in s.masked and "和" not in s.masked or not LIST_OPENED_WORDS.search(s.masked):
        return
    lex = _lexicon()
    for cs, ce in s.clauses:
        m = LIST_OPENED.search(s.masked, cs, ce)
        if m is None or m.start() - cs < 5:
            continue
        lead = re.match(LIST_OPENED_LEAD, s.masked[cs:m.start()])
        start = cs + lead.end()
        span = s.masked[start:m.start()]
        if "等" in span or not re.search(r"、|和|及", span):
            continue  # …等一批公共设施: a class among the items
        items, at = [], start
        for j in list(SIBLING_JOIN.finditer(s.masked, start, m.start())) + [None]:
            items.append((at, j.start() if j else m.start()))
            at = j.end() if j else m.start()
        names = [_clean(s.text[x:y]) for x, y in items]
        if any(LIST_OPENED_BAD.search(n) or not 2 <= len(n) <= 16 or STOP.search(n) or LOOSE.search(n)
               or not re.fullmatch(rf"[{HAN}A-Za-z（）()·]+", n) or _verbs_of(("build", "org", "program")).match(n) for n in names):
            continue  # 新建的6个社区卫生服务中心, 各县（市、区）…设施: a class or a clause among the items
        heads = [_head_of(LIST_OPENED_PART.sub("", n)) for n in names]
        if sum(1 for h in heads if h and lex.head_role[h] in ("place", "facility", "org")) < 2:
            continue
        taken = [(f.start, f.end) for f in s.found]
        for (x, y), name, head in zip(items, names, heads, strict=True):
            if not head or lex.head_role[head] not in ("place", "facility", "org") or any(fa < y and x < fb for fa, fb in taken):
                continue
            if len(head) < 2 and len(name) < 4 or head in BRIDGE_HEADS or LIST_OPENED_KIND.fullmatch(name):
                continue  # 变电站, 实验室 alone: a kind of plant, not the place's own one
            s.add("organization" if head in MUSEUM_HEADS else "project", x, y, 3, name)


LIST_OPENED_KIND = re.compile(r"[一二三四五六七八九十0-9]+号线|变电站|消防站|实验室|重点实验室|污水处理厂|水厂|加油站|充电站|停车场|公厕|垃圾中转站|中转站|标准厂房|厂房|大科学装置")
LIST_OPENED_PART = re.compile(r"(?:新馆|新院区|新校区|[（(]?[一二三四]期[）)]?)$")


# a time word or a plan verb before the list (力争急救中心、民生医院投入运行): no part of the first item
LIST_OPENED_LEAD = re.compile(r"(?:同时|此外|目前|其中|今年|去年|年内|年底前|[0-9]+月(?:底|份)?|力争|确保|争取|推动|促进|实现|加快|推进)*[，,]?")


def _sibling_items(s: _Sentence, cs: int, ce: int) -> list[tuple[int, int, int]]:
    """(start, end, head end) of the items of the clause's list; an item runs from its joiner to the end of its
    head (with a phase, section or works after it); the first starts after the clause's last governing verb."""
    lex = _lexicon()
    out: list[tuple[int, int, int]] = []
    pos_ = cs
    for j in list(SIBLING_JOIN.finditer(s.masked, cs, ce)) + [None]:
        a, b = pos_, (j.start() if j else ce)
        pos_ = j.end() if j else ce
        heads = [m for m in lex.heads.finditer(s.masked, a, b) if lex.head_role[m.group(0)] in ("place", "facility", "org")]
        if not heads:
            out.append((a, a, a))  # no head: a hole that ends the run on either side
            continue
        h = heads[-1]
        role = lex.head_role[h.group(0)]
        end = _extend_right(s.masked, h.end(), b, role)
        if j and end != b or len(h.group(0)) == 1 and end < ce and not SINGLE_HEAD_FOLLOW.match(s.masked, end) \
                or end < ce and HEAD_RUNS_ON.match(s.masked, end) and not s.masked.startswith(("率先", "的"), end):
            out.append((a, a, a))  # an item ends with its head (and phase), nothing after it; 南宁城市…, 宁句城际轨道…: no head
            continue
        if not out or out[-1][1] == out[-1][0]:
            a = _cut_after_verb(s, a, h.start(), ROLE_VERBS.get(role, ("build",)))
        out.append((a, end, h.end()))
    return out


def _sibling_kind(s: _Sentence, a: int, b: int, head_end: int, kinds: set[str]) -> str | None:
    lex = _lexicon()
    name = _clean(s.text[a:b])
    heads = [m.group(0) for m in lex.heads.finditer(s.masked, a, head_end) if lex.head_role[m.group(0)] in ("place", "facility", "org")]
    head = heads[-1] if heads else None
    if not head or not 3 <= len(name) <= 24 or SIBLING_BAD.search(name) or LOOSE.search(name) or STOP.search(name) \
            or GENERIC_LEAD.search(s.masked[max(0, a - 4):a]) \
            or COUNTED.match(name) or GENERIC_LEAD.match(name) or CLASS_END.search(name[:name.rfind(head)] or "x"):
        return None
    role = lex.head_role[head]
    if head in BRIDGE_HEADS and (_head_of(name) is None or BRIDGE_AS_PLACE.match(s.masked, b)):
        return None  # 上穿下穿桥: no bridge's name
    if role not in ("place", "facility", "org") or s.text.count("“", a, b) != s.text.count("”", a, b) \
            or s.text.count("（", a, b) != s.text.count("）", a, b) or INNER_VERB.search(name, 1, name.rfind(head)) \
            or _verbs_of(("build", "org", "program")).match(name):
        return None  # …A市建设B科学城: a verb inside, a clause rather than an item
    stem = name[:name.rfind(head)]
    bare = LEVEL_LEAD.sub("", stem)
    if not stem or len(bare) < 2 and not (LEVEL_LEAD.match(stem) and len(head) >= 3) \
            or not LEVEL_LEAD.match(stem) and not _named(name, role != "place"):
        return None  # 美术馆, 城市检测基地, 东部新中心: a kind or a role; 市体育中心, 市人民医院: the city's own
    if role == "org" or head in MUSEUM_HEADS:
        return "organization"  # museums are organizations, built or not (the head rule's convention)
    if role == "place":
        return "project" if "project" in kinds else None
    return "project" if "project" in kinds else "organization"


# 市体育中心建成开放, 新建市体育公园, 省高层次人才产业园开园: a place of the city's (the province's) own, named by its
# level and what it is, is one place when the text builds or opens it (gold: 市文化中心, 区第二联合办公楼改造)
LEVEL_OWN = re.compile(r"(?:自治区|[省市区县州])(?![级区域场会府属直内外委城镇乡中民政道际县市省长管容貌情])[\u4e00-\u9fff]")


def _level_own(name: str, head: str) -> bool:
    stem = name[: name.rfind(head)]
    return bool(LEVEL_OWN.match(name)) and len(name) - (3 if name.startswith("自治区") else 1) >= 4 \
        and not CLASS_END.search(stem or "x") and not re.search(r"[0-9]|等|各|和|及|与|、|的|项目|建设工程$", name)


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_AFTER_CATEGORY_RE1 = re.compile(r"等(?:重点)?(?:领域|方面|行业)")
_AFTER_CONJUNCTION_RE1 = re.compile(r"和|及|与|以及")
_CAPACITY_PAIRS_RE1 = re.compile(rf"(?P<pre>[^0-9和及、]{{2,10}}?){CAPACITY}")
_HEAD_NAMES_RE1 = re.compile(r"[0-9.]+\s*千伏(?:及以下)?[\u4e00-\u9fff]{0,3}工程")
_HEAD_NAMES_RE2 = re.compile(r"[0-9.]+\s*万?(?:千伏|兆瓦|千瓦|吨)(?:级|及以上|以上)?")
_HEAD_NAMES_RE3 = re.compile(r"[为由指向]")
_HEAD_NAMES_RE4 = re.compile(r"(?<![高中初平对同])等")
_HOSTED_EDITIONS_RE1 = re.compile(r"(?:19|20)[0-9]{2}")
_KIND_OF_HEAD_RE1 = re.compile(r"等$")
_PEER_INSTITUTIONS_RE1 = re.compile(r"等|和|及")
_SHARED_HEAD_RE1 = re.compile(r"(?:[院校馆所局厂]|附中|附小|[一二三四五六七八九十]中)$")
_SHARED_HEAD_RE2 = re.compile(r"[市区县省州](?!级)")
_SHARED_HEAD_RE3 = re.compile(r"至|[—－-]")
