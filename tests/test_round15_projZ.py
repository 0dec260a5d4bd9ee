"""Round 15 (projZ, project recall; counted on 200 random corpus reports, seed 1501): the items of lists closed by
等…项目/工程 or 等…活动 that did not come out.

Each case is a sentence of a corpus report (not a passage of a gold file); the expected names follow
../shared/gold/GUIDELINES.md (projects: named works, companies' projects of a list of projects, events hosted).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# fix 1: a short list with as many named items as unnamed ones: each name-like item is a project
FEW_PEERS = [
    ("全力加快中联重科、盐湖特立镁等342个项目建设，力争奥克斯智能产业园、瑞斯康达智能制造等项目投产。",
     {"中联重科", "盐湖特立镁"}),  # 马鞍山 2022
    ("集中开工11批80个重点项目，双桦汽配、市文化艺术中心主体工程等项目全面建成。",
     {"双桦汽配"}),  # 黄山 2021
    ("成功举办富硒农产品博览会、富硒百香果电商节、林产品展销会、汽车展销会等活动。",
     {"富硒农产品博览会", "林产品展销会"}),  # 贵港 2018
]


@pytest.mark.parametrize("text,names", FEW_PEERS)
def test_few_peers_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# …but not a zone among them, a phrase holding 等 or 一批, nor partners of a cooperation
NOT_PEERS = [
    ("科技成果展示交易线上平台建成运营，京津冀大数据综合试验区、西青电子城等项目进展顺利。",
     "京津冀大数据综合试验区"),  # 天津 2019
    ("人工智能、生物医药、新能源新材料等新兴产业加快发展，腾讯、华为等大数据中心和新松机器人、中核质子医疗、三峡新能源等项目相继落地。",
     "华为等大数据中心"),  # 天津 2019
    ("大机焦产量占焦炭总量的比重达76.4%，规划新上了一批焦炉煤气回收、煤焦油深加工等化产回收项目。",
     "新上了一批焦炉煤气回收"),  # 山西 2007
]


@pytest.mark.parametrize("text,name", NOT_PEERS)
def test_few_peers_not(text: str, name: str) -> None:
    found = extract(text)
    assert name not in found["projects"] | found["organizations"]


# fix 2: a list without 等 that a completion verb closes: the items left beside found ones
DONE_RUNS = [
    ("滨海广场、南大街、滨海东路等新建和改造工程基本完成，只楚路综合整治、二马路拓宽改造工程完工，国道206线烟蓬段改造、养马岛大桥建成通车。",
     {"只楚路综合整治", "国道206线烟蓬段改造"}),  # 烟台 2005
    ("省第三人民医院落户岳阳，市疾控中心、妇保院新院投入使用，无偿献血事业健康发展。", {"妇保院新院"}),  # 岳阳 2024
    ("深圳湾污水截排二期工程、福田水质净化厂建成使用。", {"福田水质净化厂"}),  # 深圳 2017
    ("铁路西环线九棋联络线开通，珲阿公路威虎岭至白石山段、松花湖冰雪旅游路建成通车。", {"松花湖冰雪旅游路"}),  # 吉林市 2023
    ("国家已批复中心城区线路全部开工，5号线全线、6号线一期和1号线东延线建成投运。", {"5号线"}),  # 天津 2021
]


@pytest.mark.parametrize("text,names", DONE_RUNS)
def test_done_runs_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# …but not a short headless item sharing the last item's head, a time phrase, nor sectors
NOT_RUNS = [
    ("综合交通网络总里程达18.7万公里，沪苏通、五峰山、南京江心洲长江大桥和燕子矶长江隧道建成通车。", "沪苏通"),  # 江苏 2023
    ("阿高速、呼场—G30公路年底前全线贯通，机场大道二期6月底、西外环8月底实现通车。", "西外环8月底实现"),  # 博尔塔拉 2020
    ("出台促消费一揽子政策措施，房地产、汽车交易中心建成投用，商品房销售面积增长5.8%。", "房地产"),  # 长春 2024
    ("国家已批复中心城区线路全部开工，5号线全线、6号线一期和1号线东延线建成投运。", "5号线全线"),  # 天津 2021
]


@pytest.mark.parametrize("text,name", NOT_RUNS)
def test_done_runs_not(text: str, name: str) -> None:
    found = extract(text)
    assert name not in found["projects"] | found["organizations"]


# fix 3: a clause that is only a facility or works and its completion: what is completed is one thing
DONE_SUBJECTS = [
    ("力争开工建设湟水北干渠一期工程，确保盘道水库主体完工。", "盘道水库"),  # 青海 2005
    ("统筹推进天府新区基础设施、产业园区和城市组团建设，西部国际展览中心主体竣工，益州大道南段等31个项目开工建设。",
     "西部国际展览中心"),  # 成都 2017
    ("市美术馆竣工验收，中心图书馆开馆运营，城市记忆馆建成开放。", "城市记忆馆"),  # 合肥 2025
    ("市科技馆主体完工，市图书馆新馆投入使用。", "市图书馆新馆"),  # 双鸭山 2022
]


@pytest.mark.parametrize("text,name", DONE_SUBJECTS)
def test_done_subject_found(text: str, name: str) -> None:
    assert name in extract(text)["projects"]


# …but not a count, a role, a port opened, a mission, nor a witness's clause
NOT_SUBJECTS = [
    ("县（市）城污水处理厂全部建成运营，6个乡镇污水处理厂投入使用。", "乡镇污水处理厂"),  # 长沙 2010
    ("全国先进制造研发基地基本建成，自主可控、安全高效的产业链更加健全。", "全国先进制造研发基地"),  # 天津 2021
    ("英国驻汉总领事馆开馆，香港特别行政区政府驻武汉经贸办事处设立。", "英国驻汉总领事馆"),  # 武汉 2016
    ("亲自见证中老铁路通车，叮嘱我们把铁路维护好、运营好。", "亲自见证中老铁路"),  # 云南 2022
]


@pytest.mark.parametrize("text,name", NOT_SUBJECTS)
def test_done_subject_not(text: str, name: str) -> None:
    assert name not in extract(text)["projects"]


# fix 4: a list closed by 等 and a description with 的 before 项目/工程: its items are read as a list's
DESCRIBED = [
    ("康臣·玉药整体搬迁入园、大参林饮片加工、银亿含镍铬固体废料无害化处理等总投资80亿元的45个项目开工建设，中金与宝钢合作不锈钢项目、"
     "玉东训达油脂花生油、玉柴中原内配年产500万只气缸套等总投资70亿元的50个项目竣工投产。",
     {"康臣·玉药整体搬迁入园", "玉东训达油脂花生油"}),  # 玉林 2016
    ("江铃股份小蓝商用车基地、百世德薄膜太阳能电池等6个投资过30亿元的重大项目以及海立压缩机、格特拉克、储科电子等10个投资过10亿元的"
     "重大项目开工建设。", {"江铃股份小蓝商用车基地", "格特拉克", "储科电子"}),  # 南昌 2009
    ("实施聂耳故居、华罗庚旧居、梁思成和林徽因旧居、东寺塔等21项不可移动文物的保护和修缮工程。", {"华罗庚旧居", "东寺塔"}),  # 昆明 2012
]


@pytest.mark.parametrize("text,names", DESCRIBED)
def test_described_list_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# …but not where the description makes the items fields, places or examples
NOT_DESCRIBED = [
    ("借助“泛珠大会”等平台，引进了农业、旅游、教育、高新科技和现代服务业等领域的17个项目。", "旅游"),  # 三亚 2014
    ("开工建设泾源、盐池、西吉、海原、彭阳、隆德等县城的垃圾无害化处理和供水工程。", "盐池"),  # 宁夏 2004
    ("以重离子加速器、超氧化物歧化酶等为代表的一批重大科技项目达到了国内外先进水平。", "超氧化物歧化酶"),  # 甘肃 1993
]


@pytest.mark.parametrize("text,name", NOT_DESCRIBED)
def test_described_list_not(text: str, name: str) -> None:
    assert name not in extract(text)["projects"]


# fix 5: the last item after 和/及 of a list whose items all came out as projects
LAST_JOINED = [
    ("协调推进白云国际机场扩建工程、北部空铁联运国际交通枢纽中心和南航飞机维修基地建设。", "南航飞机维修基地"),  # 广州 2013
    ("加快大王山、铜官窑旅游度假区和华强文化产业园等建设。", "华强文化产业园"),  # 长沙 2017
    ("支持京沈、沈丹客运专线和沈阳新北站建设。", "沈阳新北站"),  # 沈阳 2011
]


@pytest.mark.parametrize("text,name", LAST_JOINED)
def test_last_joined_found(text: str, name: str) -> None:
    assert name in extract(text)["projects"]


# …but not a part of the item before it, nor what is done to the items
NOT_LAST_JOINED = [
    ("推动中卫、中宁工业园区和海兴开发区融合发展。", "海兴开发区融合发展"),  # 中卫 2025
    ("推进阳江核电站、华能汕头海门电厂一期1号和2号机组等大型骨干电源建设。", "2号机组"),  # 广东 2007
    ("开通地铁前川线二期、11号线东段二期及三期首开段。", "三期首开段"),  # 武汉 2025
]


@pytest.mark.parametrize("text,name", NOT_LAST_JOINED)
def test_last_joined_not(text: str, name: str) -> None:
    assert name not in extract(text)["projects"]
