"""Round 12b (issue #4): projects and organizations, structural causes of the studied sets (dev13 among them) confirmed
on the corpus (200 random corpus reports, seed 1222; eval/corpus_samples/entM/README.md, round-12b note). Each case
is a corpus sentence; the report it comes from is named (none is a place of the held-out sets)."""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# works shared by a list of named places (A、B等N个<works>工程|项目): each place gets the works, 项目 dropped as after any
# shared head, 工程 kept; a leading class of the items (河段, 湖泊) is no part of a name that names one already
SHARED_WORKS = [
    # 威海 2014: a coast's restoration works
    ("实施刘公岛、九龙湾等12个海洋整治修复项目，完成7条河道综合治理。",
     {"刘公岛海洋整治修复", "九龙湾海洋整治修复"}, {"刘公岛", "九龙湾"}),
    # 陕西 2026: pumped-storage stations approved
    ("新增煤基化工产品产能超过400万吨/年，电力总装机1.27亿千瓦，山阳、勉县等6个抽水蓄能项目核准建设，外送电量增长1.2倍。",
     {"山阳抽水蓄能", "勉县抽水蓄能"}, {"山阳", "勉县"}),
    # 呼伦贝尔 2022: rivers
    ("统筹实施甘河、诺敏河等治理工程，开展水利工程除险加固，提高应对极端灾害天气能力。", {"甘河治理工程", "诺敏河治理工程"}, {"甘河", "诺敏河"}),
    # 双鸭山 2015: roads and bridges joined by 和
    ("滨水北城核心区基础设施建设基本完工，铁西路、东环路、北环路和卧虹桥、东福桥等拓宽改造工程竣工通车。",
     {"铁西路拓宽改造工程", "东环路拓宽改造工程", "卧虹桥拓宽改造工程"}, {"铁西路", "东环路"}),
    # 鄂州 2025: the class 湖泊 is no part of a lake's name
    ("建设安全韧性现代水网，大力实施花马湖、南迹湖等湖泊水生态修复工程，推进曹家湖、垱网湖、梁子湖水系连通等工程。",
     {"花马湖水生态修复工程", "南迹湖水生态修复工程"}, {"花马湖湖泊水生态修复工程", "花马湖"}),
    # 泉州 2011: old quarters rebuilt
    ("东海、城东、北峰、江南、晋江滨江等5个片区实现投资43亿元；龙头山、云山等8个旧城改造项目实现投资6.1亿元。", {"龙头山旧城改造", "云山旧城改造"}, {"龙头山", "云山"}),
    # 黑龙江 2018: mostly not places, so the list keeps its items as they are
    ("实施大小兴安岭生态功能区、三北防护林、三江平原湿地等保护和修复工程，全面停止天然林商业性采伐，完成造林730.8万亩。",
     set(), {"大小兴安岭生态功能区保护和修复工程"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARED_WORKS)
def test_round12b_shared_works(text, present, absent):
    got = extract(text)["projects"]
    assert present <= got, got
    assert not absent & got, got


# a list of facilities that the clause says were opened or put into use: an item whose stem is plain or missing is the
# place's own facility, a work as 非物质文化遗产馆 (主体完工) is in the official gold; a list with 等 or a count is a class
OPENED_LISTS = [
    # 佛山 2018
    ("第九届市运会、秋色巡游等活动成功举办，中国南方影视中心、岭南方言文化博物馆启动建设，佛山文化馆新馆、全民健身活动中心建成开放。",
     {"全民健身活动中心"}, set()),
    # 唐山 2019: a campus of a hospital and a hotel among named works
    ("新建改扩建中小学108所、幼儿园71所，妇幼保健院新院区、南湖医院开诊运营，京唐乌拉圭国际足球学校、南湖足球公园和足球主题酒店正式投用。",
     {"妇幼保健院新院区", "足球主题酒店"}, set()),
    # 兰州 2015: a plan verb before the list is no part of the first item
    ("力争急救中心、民生医院投入运行，新建省人民医院新区分院。", {"急救中心", "民生医院"}, {"力争急救中心"}),
    # 十堰 2023 (dev8): planned with 等, a class of facilities, not the place's own ones
    ("启动城市规划展览馆、科技馆、大剧院、图书馆等规划建设，推进南水北调博物馆、长征国家文化公园郧西段、学堂梁子考古遗址公园等建设，"
     "确保东风汽车博物馆建成开馆。", set(), {"科技馆", "城市规划展览馆"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), OPENED_LISTS)
def test_round12b_opened_lists(text, present, absent):
    got = extract(text)["projects"]
    assert present <= got, got
    assert not absent & got, got


# an institution renamed or raised (更名, 升格为, 转设为): the old name and the new one are two names, the verb in neither
RENAMED = [
    # 滨州 2024
    ("滨州学院更名山东航空学院，滨州医学院滨州校区在校生规模已超过两地办学前水平。",
     {"滨州学院", "山东航空学院"}, {"更名山东航空学院"}),
    # 南宁 2016
    ("加快东盟职业教育网建设，积极推进南宁学院升格为南宁大学。", {"南宁学院", "南宁大学"}, set()),
    # 运城 2021
    ("运城职业技术学院升格为运城职业技术大学。", {"运城职业技术学院", "运城职业技术大学"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), RENAMED)
def test_round12b_renamed_institutions(text, present, absent):
    got = extract(text)["organizations"]
    assert present <= got, got
    assert not absent & got, got


# works started, approved or nearly done by verbs the built list lacked (启动建设, 核准开工, 启动前期, 全线建成)
STARTED = [
    # 大连 2024
    ("创新实施项目建设三项机制，重大优质项目加快建设，金州湾国际机场正式启动建设，大石化搬迁改造取得阶段性重大成果；",
     {"金州湾国际机场"}, set()),
    # 佛山 2018
    ("珠三角新干线机场启动前期工作，佛山西站开通运营。", {"珠三角新干线机场"}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), STARTED)
def test_round12b_started_works(text, present, absent):
    got = extract(text)["projects"]
    assert present <= got, got
    assert not absent & got, got


# a route named by its ends alone is one road of a run of routes whose last item, or the list's category, names the
# road: the road is carried to it (36 bare routes in 20 of 200 random corpus reports, seed 1222)
BARE_ROUTES = [
    # 青海 2005: the road of the last item
    ("西宁至兰州高速公路全线贯通，西宁至大通、西宁至塔尔寺高速公路等重点工程相继建成，公伯峡水电站两台机组并网发电。",
     {"西宁至大通高速公路", "西宁至塔尔寺高速公路"}, {"西宁至大通"}),
    # 河南 2005: the full names were found already, the bare copies go
    ("郑州黄河二桥和新乡至郑州、濮阳至鹤壁、许昌至南阳等高速公路项目建成通车，新增通车里程340公里；",
     {"新乡至郑州高速公路", "濮阳至鹤壁高速公路", "许昌至南阳高速公路"}, {"新乡至郑州", "濮阳至鹤壁", "许昌至南阳"}),
    # 河南 2011: the road of the list's category
    ("确保石武客专、漯阜铁路建成通车，开工建设郑徐客专和机场至许昌、机场至登封至洛阳等城际铁路，力争开工建设郑渝铁路郑州至南阳段。",
     {"机场至许昌城际铁路", "机场至登封至洛阳城际铁路"}, {"机场至许昌"}),
    # 河南 2005: a list of counted projects names no road, the route stays as written
    ("争取郑州至石人山等9个项目开工建设，新开工里程达到570公里。", set(), {"郑州至石人山高速公路"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), BARE_ROUTES)
def test_round12b_bare_routes(text, present, absent):
    got = extract(text)["projects"]
    assert present <= got, got
    assert not absent & got, got
