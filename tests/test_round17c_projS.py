"""Round 17c (projS): dev17's projects cause 2, company-named items of a list of projects where fewer items came out than
not (kg/extract/entities/round17c_projects.py, called from lists.py). Excerpts from corpus reports (seed 1721's 200),
never from a gold file's passage."""
import pytest

from kg.extract.entities.round17c_projects import company_project
from tests.test_entities import extract

NAMED = [
    # 淮北市 2025: a company-named project among others (奇瑞高速电摩 came out before)
    ("奇瑞高速电摩、融汇化工、先导科技等重大项目成功签约。", {"奇瑞高速电摩", "融汇化工", "先导科技"}, set()),
    # 兰州市 2012: a trading name with its trade; 四方压力容器 (a product word) is left alone
    ("增强七里河园区整体功能，启动星火机床、四方压力容器、嘉恒节能建材等重点产业项目。", {"星火机床", "嘉恒节能建材"}, set()),
    # 德州市 2014: a brand jieba tags as an adjective (玲珑) is still a brand
    ("华鲁恒升、桦超化工、玲珑轮胎、力驰科技、和胜电器等54个产业项目竣工投产，形成一批新的财源基础。",
     {"华鲁恒升", "桦超化工", "玲珑轮胎", "力驰科技", "和胜电器"}, set()),
    # 锦州市 2020
    ("加快推进天工半导体、中信锦州钛业6万吨钛白粉、常州北美新材料10万吨有机颜料等一批高质量项目建设。", {"天工半导体"}, set()),
    # 长沙市 2021
    ("实现惠科、楚天科技四期、天际新能源汽车、永杉等重大项目投产达效。", {"天际新能源汽车"}, set()),
    # 太原市 2002: a product kind (数控机床, 新型锅炉) is no company
    ("太钢不锈钢、太重大型油膜轴承、彩星电器、数控机床、新型锅炉、立体仓库、绿色照明节能产品、螺旋焊管等新产品项目建成投产。",
     set(), {"数控机床", "新型锅炉"}),
    # 山东省 2026: a verb before the name
    ("布局东明石化、东营富海等重大项目，推进弘润石化转型升级。", set(), {"布局东明石化"}),
    # 山西省 2003, 江苏省 2016, 青海省 2010: materials, fields and kinds of works
    ("重点推广纳米技术运用，抓紧建设光纤复合材料、高性能磁材、新型墙体材料等高新技术产业化项目。", set(), {"光纤复合材料"}),
    ("在关键基础材料、核心基础零部件生产等方面落实一批重点项目。", set(), {"关键基础材料"}),
    ("累计完成1000个村新农村建设规划，建成一批设施农牧业、人畜饮水、乡村道路等项目。", set(), {"设施农牧业"}),
    # 衡阳市 2023 (seed 1722): a technology is no brand
    ("抓好“宁电入湘”衡阳段、衡东燃气发电、盐穴压缩空气储能、衡南和常宁抽水储能、风光新能源等项目。", set(), {"风光新能源"}),
]


@pytest.mark.parametrize("text,found,not_found", NAMED)
def test_company_named_items_of_a_list_of_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("name,ok", [("卫星石化", True), ("友达光电", True), ("小牛动力", True), ("先进制造", False),
                                     ("新型储能", False), ("高端化工", False), ("生物医药", False), ("智慧能源", False)])
def test_company_project_name_test(name, ok):
    assert company_project(name) is ok


# Fix 2: short road and rail names of a run share the last item's head (bare items completed; a run that is a clause's
# subject read even where its verb is not a trigger).
SHARED = [
    # 浙江省 2019: bare items were found before (金甬, 沪嘉甬 …), the last item not at all
    ("加快推进金甬、沪嘉甬、甬舟、杭丽、甬台温铁路和杭金衢高速拓宽等补短板工程。",
     {"金甬铁路", "沪嘉甬铁路", "甬舟铁路", "杭丽铁路", "甬台温铁路"}, {"金甬", "沪嘉甬", "甬舟", "杭丽"}),
    # 通化市 2016, 河南省 2015, 德州市 2014: the run is the clause's subject, its verb no trigger
    ("通梅高速公路竣工通车，通靖高速公路路基工程完工，通集、辉白高速公路开始征地拆迁。", {"通集高速公路", "辉白高速公路"}, set()),
    ("郑万高铁引入郑州枢纽工程开工，郑合、郑太高铁预可研完成审查，晋豫鲁铁路通车运营。", {"郑合高铁", "郑太高铁"}, set()),
    ("大路网建设顺利推进，德大、邯济铁路和济乐、德商高速加快实施，石济客运专线开工。", {"德大铁路", "邯济铁路"}, set()),
    # 张家界市 2025: a lead verb is no part of the first name
    ("加快张官高速公路建设，力争炉慈、桑龙高速公路国庆节前通车；", {"炉慈高速公路", "桑龙高速公路"}, {"力争炉慈高速公路"}),
    # 兰州市 2012, 北京市 2001: an item that is a station or a street keeps its own name
    ("积极支持兰渝铁路、宝兰客运专线、铁路编组站、西客站、中川城际铁路、南绕城高速等区域性重大项目建设。",
     {"中川城际铁路"}, {"西客站城际铁路"}),
    ("地铁复八线、平安大街、八达岭高速公路一期和二期等一批交通工程全面完成。", set(), {"平安大街高速公路"}),
    # 长沙市 2016 (seed 1722): lines in service, no works in the clause
    ("武广、沪昆高铁形成了“十”字交汇，黄花机场新航站楼竣工运营。", set(), {"武广高铁", "沪昆高铁"}),
    # 荆门市 2023 (seed 1722)
    ("荆荆、武荆宜高铁建设提速，襄荆高铁开工建设。", {"荆荆高铁", "武荆宜高铁", "襄荆高铁"}, set()),
]


@pytest.mark.parametrize("text,found,not_found", SHARED)
def test_short_items_share_the_last_head(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
