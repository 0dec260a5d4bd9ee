"""The public functions: entities and honors of a report."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from ...model import EntityMention, HonorMention, Report
from .headless import _headless_orgs, _headless_peers
from .heads import _head_names
from .honors import _honors
from .lexicon import _lines, _table
from .lists import (
    _company_subjects,
    _done_runs,
    _done_subjects,
    _last_joined,
    _lists,
    _through_roads,
    _water_works,
)
from .patterns import _Found, _Honor
from .programs import (
    _action_names,
    _below_level,
    _campaign_years,
    _counted_lists,
    _governing_leads,
    _lexicon_names,
    _plans,
    _quoted,
    _quoted_heads,
    _reform_after_de,
    _reform_lists,
    _region_campaigns,
    _region_integration,
    _responsibility,
    _service_modes,
    _strong_regions,
    _summary_quotes,
    _switches,
    _title_campaigns,
    _trim_programs,
)
from .round17_orgs import counted_set, org_clause_lead, qualified_kind, round17_orgs
from .round17b_orgs import round17b_orgs
from .round17b_projects import round17b_projects
from .round17c_projects import shared_heads
from .round17c_works import round17c_works
from .round17d_orgs import round17d_orgs
from .round18_orgs import round18_orgs
from .round18_projects import shared_facility_heads
from .round18b_orgs import round18b_orgs
from .round18b_projects import round18b_projects
from .round18b_zones import graded_scenic, new_town
from .round18c_events import hosted_events
from .round18c_lists import shared_works_heads
from .round18d_events import joined_events
from .round19_orgs import round19_orgs
from .round19_projects import round19_projects
from .round19b_stages import round19b_stages
from .round19c_bounds import round19c_bounds
from .round19c_orgs import round19c_orgs
from .round19d_orgs import round19d_orgs
from .round20_lists import round20_lists
from .round20_orgs import round20_orgs
from .round20_project_precision import count_framework, level_kind, zone_list_item
from .round20_triggers import round20_triggers
from .round20b_bounds import round20b_bounds
from .round20b_lists import round20b_lists
from .round20b_orgs import round20b_orgs
from .round20b_triggers import round20b_triggers
from .round21_lists import round21_lists
from .round21_orgs import round21_orgs
from .round21_project_precision import port_area, port_of_entry
from .round21_triggers import round21_triggers
from .round21b_honors import ranked_list
from .round21b_orgs import round21b_orgs
from .round22_buildings import round22_buildings
from .round22_companies import round22_companies
from .round22_honors import quoted_after_grantor
from .round22_orgs import round22_orgs
from .round22_projects import round22_projects
from .round22b_projects import round22b_projects
from .round23_lists import round23_lists
from .round23_orgs import round23_orgs, round23_unfound
from .round23b_lists import round23b_lists
from .round24_lists import round24_lists
from .round24_orgs import round24_research
from .round24_projects import round24_projects
from .round24b_orgs import round24b_classes
from .round24b_projects import round24b_projects
from .round25b_projects import round25b_projects
from .round26_orgs import round26_subjects
from .round26_projects import round26_projects
from .round26b_projects import round26b_projects
from .round27_orgs import round27_peers
from .round27_projects import round27_projects
from .round27b_projLA import round27b_projLA
from .round27b_projLB import round27b_capacity, round27b_projLB
from .round27c_projMA import round27c_projMA
from .sentence import _Sentence
from .subjects import _project_subjects

# footnote marks of the reports (“开发区升级”行动[28], “两城两谷两带”【1】项目, “四个一批”［17］项目; 68 + 7 corpus reports):
# blanked, so they split nothing and end up in no name; the offsets stay those of the sentence
FOOTNOTE = re.compile(r"\[\^?[0-9]{1,3}\]|【[0-9]{1,3}】|［[0-9]{1,3}］")


@lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[tuple[_Found, ...], tuple[_Honor, ...]]:
    if "[" in text or "【" in text or "［" in text:
        text = FOOTNOTE.sub(lambda m: " " * len(m.group(0)), text)
    s = _Sentence(text)
    _honors(s)
    _lists(s)
    _water_works(s)
    _company_subjects(s)
    _headless_orgs(s)
    _project_subjects(s)
    _counted_lists(s)
    _reform_lists(s)
    _lexicon_names(s)
    _head_names(s)
    _done_runs(s)
    _done_subjects(s)
    _through_roads(s)
    round17b_projects(s)
    round18b_projects(s)  # round 18b: 市中医院综合业务楼建成投用 (a works whose last word is no head)
    round19_projects(s)  # round 19: 推进群力堤防工程建设 (a named works whose building is pushed)
    round19b_stages(s)  # round 19b: 加快推进红河元阳哈尼梯田机场的前期工作 (a named works in a preparation frame)
    round20_triggers(s)  # round 20: 沧州监狱、沧南监狱如期竣工投用 (the items of a list of works put into use)
    round20b_triggers(s)  # round 20b: 加快建设科瑞德原料药项目 (a named works pushed, no closing 建设)
    round21_triggers(s)  # round 21: 西南环线一期竣工通车 (a named works and a milestone: 通车, 贯通, 封顶, 合龙, 投产)
    round22_buildings(s)  # round 22: 市民之家、市委党校、市档案馆投入使用 (a list of named buildings put into use)
    round22b_projects(s)  # round 22b: 完成快速路西北半环建设 (a named works whose building or main structure is completed)
    round24_projects(s)  # round 24: 中国文字博物馆震撼开馆, 客运西站普速车场开通 (a named works that opens)
    round24b_projects(s)  # round 24b: 运达风电项目基本建成 (a named project, 项目 and its start or completion)
    round25b_projects(s)  # round 25b: 漳三高速复工建设, …产业园建设全面铺开 (a named works and a progress predicate)
    round26_projects(s)  # round 26: 建成陕京天然气三线, 五号沟液化天然气事故备用站建成 (a named works and a bare 建成)
    round26b_projects(s)  # round 26b: 投资10亿元的招华物流配送、6亿元的青岛啤酒异地扩建 (a list's items named after their own investment)
    round27_projects(s)  # round 27: 新塘站、增城站全面投入使用 (a list's works beside a read peer, before a completion or after a building verb)
    round27b_projLA(s)  # round 27b: 远达大街、机场大道、北凯旋路建设顺利推进 (a list of named roads in a sentence about works)
    round27c_projMA(s)  # round 27c: 市中心医院花城院区即将开业运行, 华润万象汇主体完工 (opening and topping-out frames)
    round27b_capacity(s)  # round 27b: 开工建设本然生物500万吨土壤调节剂项目 (a capacity-named project read alone, 项目 dropped)
    _last_joined(s)
    _trim_programs(s)
    _quoted(s)
    _service_modes(s)
    _switches(s)
    _plans(s)
    _strong_regions(s)
    _region_campaigns(s)
    _region_integration(s)
    _responsibility(s)
    _campaign_years(s)
    _summary_quotes(s)
    _title_campaigns(s)
    _quoted_heads(s)
    _action_names(s)
    _governing_leads(s)
    _below_level(s)
    _reform_after_de(s)
    _headless_peers(s)
    shared_heads(s)  # round 17c: 金甬、沪嘉甬、甬舟、杭丽、甬台温铁路 (the items share the last one's head)
    shared_facility_heads(s)  # round 18: 夏河、碌曲330千伏汇集站, 龙井湾和戈林等水库 (facility heads, 和, routes, voltages)
    shared_works_heads(s)  # round 18c: 人民公园、桃山公园改造 (named places share the last one's works head)
    hosted_events(s)  # round 18c: 办好西湖读书节, 举办香港时尚购物展、南宁名品推广周 (a bare event word after a host verb)
    found = round17b_orgs(round17_orgs(s.result(), text), text)  # round 17b: 南航集团 of 南航集团股权多元化改革
    found = round17c_works(found, text)  # round 17c: 珠江三角洲水资源配置工程 is a works, not a program
    found = round17d_orgs(found, text)  # round 17d: 同济大学 of 与湖南大学、上海大学、同济大学等合作
    found = round18_orgs(found, text)  # round 18: 湛江海洋科技产业创新中心启动运营 (a body that starts work, not a building)
    found = round18b_orgs(found, text)  # round 18b: 浪潮集团落户恩施 (a company that opens a clause and acts is one company)
    found = round19_orgs(found, text)  # round 19: 甘蔗生物育种实验室 of a list of laboratories (a found body's peer)
    found = round19c_orgs(found, text)  # round 19c: 乐山商行等企业上市 (a short name before 等…企业 or a count of companies)
    found = round19d_orgs(found, text)  # round 19d: 与工行、农行、中行、建行四家省分行签署 (banks by their short names)
    found = round20_orgs(found, text)  # round 20: 冶金产业链集团揭牌, 交通银行落户我市 (a body set up, unveiled, settled)
    found = round20b_orgs(found, text)  # round 20b: 推进国家第三代半导体技术创新中心建设 (a research body, built or not)
    found = round21_orgs(found, text)  # round 21: 加快筹建北部湾大学医学院、钦州技师学院 (a body being founded)
    found = round21b_orgs(found, text)  # round 21b: 信发集团铝电升级改造, 市中心医院荆北新院一期 (a works' first part)
    found = round22_companies(found, text)  # round 22: 华为、浪潮、阿里、腾讯等27家龙头企业 (brand words beside a company)
    found = round22_orgs(found, text)  # round 22: 东大、南航、武汉理工等技术转移中心 (items share a research head)
    found = round23_orgs(found, text)  # round 23: 办好汕头职业技术学院 (a school in a frame of its running, not a works)
    found = round23_unfound(found, text)  # round 23: 推进重庆大学“985工程”建设 (an unfound school in that frame)
    found = round24_research(found, text)  # round 24: 建强合成生物研究院 (an unfound named research institute or branch)
    found = round24b_classes(found, text)  # round 24b: 争取建设国家工程技术研究中心 (a level word and a kind: a class, not a body)
    found = round26_subjects(found, text)  # round 26: 赣锋锂业锂盐产能跃居全球第一 (a company that opens a clause and is ranked)
    found = round27_peers(found, text)  # round 27: 柳工、东风柳汽、五菱有限公司 (a short name listed beside a found company)
    found = joined_events(found, text)  # round 18d: 第二届冰雪节和“一带一路”冰雪季 (two events glued across 和/及)
    found = round19c_bounds(found, text)  # round 19c: 三贤路及雷音大桥 (two named works joined inside one name)
    found = round20_lists(found, text)  # round 20: …集散中心和江淮联运中心 (the second of a pair, in the first's frame)
    found = round20b_lists(found, text)  # round 20b: …武穴电子信息园二期、散花科技园建设 (a named item lost beside found ones)
    found = round20b_bounds(found, text)  # round 20b: 接棒第四届省园博会 (a host's verb kept before an event)
    found = round21_lists(found, text)  # round 21: 胡惠元堤路 of 胡惠元堤路、洪都大道 (a road keeps its own head)
    found = round22_projects(found, text)  # round 22: 仙鹤纸业 of 华鲁恒升、仙鹤纸业…等9个百亿项目 (a lost peer)
    found = round23_lists(found, text)  # round 23: 靖州、辰溪污水处理厂提标扩建 (bare names share the facility and works)
    found = round23b_lists(found, text)  # round 23b: 寇河、中固河、王河防洪治理工程 (the kind before the shared head)
    found = round24_lists(found, text)  # round 24: 阿白冲、阿扎河等一批重点水源工程 (bare items take the kind + 工程)
    found = round27b_projLB(found, text)  # round 27b: 中化长山15万吨尿基复合肥和10万吨缓控释肥 (two capacity items, owner shared)
    return tuple(found), tuple(s.honors)  # round 17: 航天基地以及中航西飞集团


# ---- public ----------------------------------------------------------------------------------


@cache
def _generic() -> frozenset[str]:
    return frozenset(_lines("entity_generic.txt"))


@cache
def _sectors() -> frozenset[str]:
    """Sector and field words (旅游, 新材料, 养老服务): a kind of industry, never one project's name (round 16b)."""
    return frozenset(_lines("entity_sectors.txt"))


def candidates(text: str) -> list[tuple[str, str]]:
    """(kind, name) of every named thing found in a sentence before the generic names are dropped."""
    return [(f.kind, f.name) for f in _analyse(text)[0]]


# spaces inside a name are the source's layout (a PDF's 国道 102线, “互联网 +”行动, a blanked footnote mark; 27 of 300
# corpus reports): dropped, so one name is one node; a space between two Latin letters or digits is kept (Smart City)
INNER_SPACE = re.compile(r"\s+")
HAS_SPACE = re.compile(r"\s")


def _tidy(name: str) -> str:
    if not name or not HAS_SPACE.search(name):  # \s is str.isspace() (perf: one C call, not a loop)
        return name
    name = name.strip()
    return INNER_SPACE.sub(
        lambda m: " " if (m.start() and m.string[m.start() - 1].isascii() and m.string[m.start() - 1].isalnum()
                          and m.string[m.end():m.end() + 1].isascii() and m.string[m.end():m.end() + 1].isalnum())
        else "", name)


# round 15b (projZ2): a city's brand or goal named as a kind of city (打造创新之城, 建设“百馆之城”, 加快建设中国软件名城,
# 扎实推进友善之城、好人之城…建设) is no project: no gold file lists one (dev sets: 研学之城, 超充之城, 品质之城, 青创之城
# not listed); 80 such project finds in 45 of 200 random corpus reports (seed 1511), 79 of them a brand or goal. An honor
# (被授予“中国品牌服装制造名城”) is found apart and stays.
CITY_BRAND = re.compile(r"(?:之城|名城)$")

# round 17 (projQ): a centre, hub or high ground the place means to make of itself (加快打造长江区域性航运物流中心, 打造
# 国家重要先进制造业中心、国家科技创新中心, 将…医院打造成赣中南区域医疗医学中心, 打造大湾区国际金融枢纽核心引擎) is a role or goal,
# no bounded undertaking: no gold file lists an object of 打造 ending in 中心/枢纽/高地 (dev sets: 打造中欧班列沿海集结中心,
# 打造北方冷链仓储物流枢纽中心, 打造省级区域医疗中心 … not listed). 46 such project finds in 31 of 200 random corpus reports
# (seed 1701), nearly all a role. Checked on the find itself and on later items of a list of such centres after one 打造;
# kept where its clause names it among projects (…中心等项目)
# fix 2: the same for a base (打造长三角绿色农产品生产加工供应基地, 着力打造千万千瓦级风电基地、光电基地、抽水蓄能基地; 37 finds in
# 26 of the 200 reports, 33 a role; dev6's 打造宁南清洁能源基地 is not listed, the gold's bases are built or advanced: 建成两淮
# 能源基地, 甘肃南部新能源基地建设取得实质性进展)
ROLE_HEAD = re.compile(r"(?:中心|枢纽|高地|基地)$")
ROLE_OBJECT = re.compile(r"打造(?:成为|成|为)?(?:[^，,。；;：:、]{1,40}?(?:中心|枢纽|高地|基地)[、和及与])*$")


def _role_goal(text: str, start: int) -> bool:
    """True when the find starting at `start` is the object of 打造 (directly, or a later item of a list of centres)."""
    return ROLE_OBJECT.search(text, max(0, start - 160), start) is not None


# round 17 (projQ) fix 3, the structural rule round 16b left: a short name listed beside a sector word before 等 … 项目/工程
# (大力引进煤磷化工、锂电池、钢铁铸造、食用菌、中药材、茶叶、刺梨等产业项目; 竣工投产铁路、公路、水运、能源、水利等一批项目;
# 推进闽港金融、旅游、物流等现代服务业项目) is a sector too, though kg/data/entity_sectors.txt lacks it (茶叶, 刺梨, 公路, 闽港金融):
# 35 such finds in 19 of 200 random corpus reports (seed 1701). Only names of at most 6 characters without Latin letters or
# digits; not a known organization (华为、苹果、快手等项目) and not a head word with a modifier before it (第二东西通道,
# 合杭梦想小镇: a named work beside 轨道交通 stays): 30 finds dropped in 14 of the 200 reports, 29 of them a sector or a kind
SECTOR_LIST_TAIL = re.compile(r"(?:一批|一系列)?[^，,。；;：:]{0,8}?(?:项目|工程)")
CLAUSE_MARK = re.compile(r"[，,。；;：:]")
HAS_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９]")


@cache
def _all_heads() -> tuple[str, ...]:
    return tuple(sorted({w for words in _table("entity_heads.txt").values() for w in words}, key=len, reverse=True))


@cache
def _headless_names() -> frozenset[str]:
    return frozenset(_lines("entity_headless_organizations.txt"))


def _sector_peer(name: str, text: str, start: int, end: int, sectors: frozenset[str]) -> bool:
    """True when a short name stands in a 、-list closed by 等 … 项目/工程 that holds a sector word."""
    if len(name) > 6 or HAS_LATIN_OR_DIGIT.search(name) or name in _headless_names():
        return False
    if name[1:].endswith(_all_heads()):
        return False  # a head word with a modifier before it (a proper suffix of the name; perf: one C call)
    b = text.find("等", end)
    if b < 0 or CLAUSE_MARK.search(text, end, b) or not SECTOR_LIST_TAIL.match(text, b + 1):
        return False
    a = max(text.rfind(c, 0, start) for c in "，,。；;：:")
    items = text[a + 1:b].split("、")
    return len(items) > 1 and any(item in sectors for item in items)


# round 15b (projZ2): a bare district (清水塘等重点片区加快建设, 统筹推进信江南片区、高铁北片区…等“五大片区”建设, 东海、
# 城东…等5个片区实现投资) is a zone, no project: the gold files list a district only with its works (南关路片区改造,
# 方兴湖片区综合开发, 西溪片区道路管网综合整治), never bare. 55 bare …片区 project finds in 23 of 200 random corpus reports
# (seed 1511). Kept where the rest of its clause names it one of a list of projects (丁太鲁片区等32个城市更新项目,
# 茜草半岛、罗汉片区等典范项目建设).
BARE_DISTRICT = re.compile(r"片区$")
# fix 5: the same for a zone by its zone word (海丝核心区建设加快推进, 推进虹桥企业出海总部集聚区建设, 全面提升中韩示范区、临空经济
# 示范区等开放引领功能, 加快北京经济技术开发区等重点产业基地建设): 72 such project finds in 54 of the 200 reports; no gold file
# lists a project or organization ending in one of these words (侯官文化全景示范区等项目建设: named as a project, kept)
ZONE = re.compile(r"(?:核心区|先行区|示范区|集聚区|聚集区|功能区|试验区|合作区|开发区|(?<![院校馆厂站场])新区)$")  # not 市第一人民医院新区 (a campus)
NAMED_AS_PROJECT = re.compile(r"[^，,。；;：:]*?(?:项目|工程)")

# a listed company is named by its own name: a name ending in 上市公司 (上市公司, 境内外上市公司, 后备上市公司,
# 平稳解决上市公司, 参股更多上市公司) tells a kind of companies, never one (round 16 orgP: 35 of 200 reports, seed 1602)
LISTED_KIND = re.compile(r"上市公司$")
# a kind of financial institution told by generic words only, no one company (融资性担保公司, 政府性担保公司, 国有融资性担保公司,
# 商业保理公司, 合资证券公司, 股份制银行, 国家银行): round 16 orgP, 11 of 200 reports (seed 1602); a named one keeps its
# name before the kind (州农发担保公司, 绿昌融资担保公司, 国家开发银行) and stays
FINANCE_KIND = re.compile(
    r"(?:国有|政府|政府性|地方|合资|外资|民营|商业|股份制|融资性?|区域性|再|规范管理|市级|省级|新型|各类|中小企业)*"
    r"(?:(?:(?:融资性?|再)?担保|小额贷款|商业保理|融资租赁|典当|证券|金融资产管理|资产管理|保险)公司|(?:股份制|国家|商业|村镇|民营|外资)银行)")
# an organization named by a tier (二级医院, 三级中心, 市县两级招商中心, 市县乡村四级退役军人服务中心, 国家三级公立医院) is a
# kind of bodies at one or several levels, no one body: round 16 orgP, 10 of 200 reports (seed 1602). Organizations only:
# projects keep their grade after a place (宣泾路一级公路, 江东新区三级公立医院)
ORG_TIER = re.compile(r"(?:国家|[省市县区乡镇村州]{1,4})?[一二两三四五]级")

# short forms of programs: a report that also names the program in full gets the full name for both
SHORT_FORMS = {"双创": "大众创业、万众创新"}


def find_entities(report: Report) -> list[EntityMention]:
    """Programs, projects and organizations of every sentence, once per name and sentence."""
    found: list[EntityMention] = []
    generic = _generic()
    sectors = _sectors()
    for index, sentence in enumerate(report.sentences):
        seen = set()
        for f in _analyse(sentence.text)[0]:
            name = _tidy(f.name)
            if not name or f.kind != "program" and name in generic:
                continue
            start = f.start
            if f.kind == "organization" and (lead := org_clause_lead(name)) != name:
                if not lead:
                    continue  # round 17: 搭建科技金融战略联盟, 设立中小银行: a verb of the clause and a kind
                if sentence.text.startswith(name, f.start):
                    start = f.start + len(name) - len(lead)  # 运营好苏州科技馆: the name after the verb
                name = lead
            if f.kind != "program" and (LISTED_KIND.search(name) or FINANCE_KIND.fullmatch(name)) \
                    or f.kind == "organization" and (ORG_TIER.match(name) or counted_set(name) or qualified_kind(name)):
                continue  # round 17: 一办三中心 (a numbered set), 各地商协会 (generic qualifiers and a kind)
            if f.kind == "project" and (CITY_BRAND.search(name) or name in sectors):
                continue
            if f.kind == "project" and _sector_peer(name, sentence.text, f.start, f.end, sectors):
                continue
            if f.kind == "project" and ROLE_HEAD.search(name) and _role_goal(sentence.text, f.start) \
                    and not NAMED_AS_PROJECT.match(sentence.text, f.end):
                continue
            if f.kind == "project" and (BARE_DISTRICT.search(name) or ZONE.search(name) or graded_scenic(name)
                                        or new_town(name, sentence.text, f.end)) \
                    and not NAMED_AS_PROJECT.match(sentence.text, f.end):
                continue
            if f.kind == "project" and port_area(name) and not NAMED_AS_PROJECT.match(sentence.text, f.end):
                continue  # round 21 (projDC): 吉达港区, 东疆港区, 钦州保税港区: a zone of a port, no project
            if f.kind == "project" and port_of_entry(name, sentence.text, f.start, f.end) \
                    and not NAMED_AS_PROJECT.match(sentence.text, f.end):
                continue  # round 21 (projDC): 大同航空口岸正式开放, 荆州港水运口岸对外开放: a gate opened, no work
            if f.kind == "project" and level_kind(name, sentence.text, f.start):
                continue  # round 20 (projBC): 市县图书馆, 乡镇卫生院, 社区卫生服务中心, 县县通高铁: kinds at many places
            if f.kind == "project" and zone_list_item(name, sentence.text, f.start, f.end, _all_heads()):
                continue  # round 20 (projBC): 滦平金山岭长城、…等重点旅游休闲度假区建设: zones named by their place
            if f.kind == "project" and count_framework(name):
                continue  # round 20 (projBC): “两环五射”高速公路, “十横十纵”快速路网, 一区六园: frameworks, no one work
            if (f.kind, name) not in seen:
                seen.add((f.kind, name))
                found.append(EntityMention(f.kind, name, sentence.start + start, sentence.start + f.end, index))
    programs = {m.name for m in found if m.kind == "program"}
    return [replace(m, name=SHORT_FORMS[m.name]) if m.kind == "program" and SHORT_FORMS.get(m.name) in programs else m
            for m in found]


# words that tell of an honor already received, even in the plan part (去年…荣获…)
RECEIVED = re.compile(r"荣获|被评为|被命名为|被授予|获评|被认定为|去年|上年|过去|已经|先后")


def find_honors(report: Report) -> list[HonorMention]:
    """Honors with their recipients; recipient "" is the reporting unit."""
    found: list[HonorMention] = []
    for index, sentence in enumerate(report.sentences):
        section = report.section(sentence.section)
        if section is not None and section.part == "plan" and not RECEIVED.search(sentence.text):
            continue  # the plan's 创成…, 获批…, 入选… are goals, not honors received
        for h in _analyse(sentence.text)[1]:
            if ranked_list(_tidy(h.honor), sentence.text):
                continue  # 入选中国民营企业500强, 晋级中国化工园区20强: a ranked list is no title (round 21b, honEA)
            # 入选央视“国家品牌计划”, 蝉联全国综治最高奖“长安杯”: the grantor or the prize's description is no part of the title
            # (round 22, honFA)
            honor = quoted_after_grantor(_tidy(h.honor), sentence.text) or _tidy(h.honor)
            found.append(HonorMention(honor=honor, recipient=_tidy(h.recipient), start=sentence.start + h.start,
                                      end=sentence.start + h.end, sentence=index,
                                      recipient_kind=h.recipient_kind))
    return found
