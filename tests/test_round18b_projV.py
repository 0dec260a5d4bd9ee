"""Round 18b (projV): dev18's projects cause 2, works whose verb or frame was not read as a project trigger
(kg/extract/entities/round18b_projects.py). Excerpts from corpus reports (seed 1811's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: a clause that is only a works and its completion or opening, where the works' last word is no head of the lexicon.
DONE = [
    # 乌鲁木齐市 2021: a hospital's building; the hospital inside it is no organization of its own here
    ("市中医院综合业务楼建成投用，新建社区卫生服务中心中医综合服务区（中医馆）5个，不断满足群众对优质中医资源的需求。",
     {"市中医院综合业务楼"}, {"市中医院"}),
    # 北京市 2026: a campus, 基本完工
    ("优化医疗卫生资源布局，首儿所通州院区基本完工，市疾控中心新址建成投用，加快安定医院选址建设。", {"首儿所通州院区"}, set()),
    # 南京市 2019: a metro line, 建成运营
    ("长江大桥公路桥维修改造工程竣工通车，地铁宁溧线建成运营。", {"地铁宁溧线"}, set()),
    # 大连市 2009, 天津市 2006: a light rail named by its ends, 投入运营
    ("开发区至金州九里快轨建成运营。", {"开发区至金州九里快轨"}, set()),
    ("津滨轻轨投入运营，地铁一号线建成 试通车，市区快速路通车120公里。", {"津滨轻轨"}, set()),
    # 宁波市 2025: rail tracks by their ends
    ("宁波枢纽综合交通中心（GTC）顺利开工，庄桥至宁波站三四线建成投用。", {"庄桥至宁波站三四线"}, set()),
    # 西安市 2016, 福州市 2011: a station; 建成投入运行 read as one verb
    ("铁路北客站建成投用，西安成为国内重要的高铁枢纽。", {"铁路北客站"}, set()),
    ("火车南站建成投入运行，合福铁路、向莆铁路福州段及可门、江阴支线等7个铁路项目建设扎实推进。", {"火车南站"}, set()),
    # 大连市 2017: a company's project, headless: 项目 kept
    ("普湾储能装备产业基地一期建成投产，松下汽车动力电池项目即将竣工。", {"松下汽车动力电池项目"}, set()),
    # 无锡市 2023: an institution's new campus, 建成启用
    ("出台“一老一幼”整体解决方案，市儿童福利院新院建成启用，新增普惠托育机构20家。", {"市儿童福利院新院"}, set()),
    # 南昌市 2014: a named works finished as a whole (完成 only after 工程/项目)
    ("赣江两岸景观亮化提升工程全面完成。", {"赣江两岸景观亮化提升工程"}, set()),
    # not: a park as a zone (乌鲁木齐市 2021), a kind of works (烟台市 2007, 山西省 2016), a class (菏泽市 2016), a counted
    # works (惠州市 2021), a year's plan (萍乡市 2014), a goal (太原市 2011), vehicles (海口市 2025)
    ("高效推进纺织纤维纱线产业园项目投入运营，构建国际供应链体系。", set(),
     {"纺织纤维纱线产业园", "纺织纤维纱线产业园项目", "高效推进纺织纤维纱线产业园"}),
    ("农村电网建设改造工程全部竣工。", set(), {"农村电网建设改造工程"}),
    ("新一轮农网改造升级工程完成，新增110千伏及以上线路超过1万公里。", set(), {"新一轮农网改造升级工程"}),
    ("扎实推进市区重点工程建设，一大批项目建成投用。", set(), {"一大批项目"}),
    ("两大科学装置场平工程完成，太平岭核电一期、省能源实验室建设提速。", set(), {"两大科学装置场平工程"}),
    ("小农水2012年计划项目全面竣工，改善灌溉面积12.56万亩。", set(), {"小农水2012年计划项目"}),
    ("国企改革三年攻坚阶段目标基本完成，企业发展势头较好。", set(), {"国企改革三年攻坚阶段目标"}),
    ("世界新能源汽车体验中心开工建设，海马氢燃料汽车投入运营。", set(), {"海马氢燃料汽车"}),
    # 通化市 2021: the enumerator is no part of the name
    ("七是市传染病院标准化项目建成使用。", {"市传染病院标准化项目"}, {"七是市传染病院标准化项目"}),
]


@pytest.mark.parametrize("text,found,not_found", DONE)
def test_works_completed_or_opened_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


# Fix 2: a clause that is only a works and the start of its building, or the start verb and one works; the works must be
# named (a proper word, a figure, a way or station), not a kind, a zone or a class.
STARTED = [
    # 雅安市 2023: a national road by number
    ("开工建设国道662线，加快国道549线、省道217线等受损国省干线恢复重建，优化大渡河水上应急运输通道。", {"国道662线"}, set()),
    # 黔南州 2022: a reservoir, the verb after it
    ("大力实施水利建设“三大会战”，福泉凤山大型水库开工建设，建成一批中小型骨干水源工程。", {"福泉凤山大型水库"}, set()),
    # 河南省 2002: a river works after 争取开工建设
    ("全面实施洪汝河下游治理工程，争取开工建设小洪河治理工程，做好燕山水库、河口村水库前期工作。", {"小洪河治理工程"}, set()),
    # 宁波市 2005: a railway between two lists
    ("扎实推进杭州湾跨海大桥及南岸连接线等项目建设，开工建设甬台温铁路，基本建成北仑集装箱码头四期。", {"甬台温铁路"}, set()),
    # 韶关市 2014 (fix 1 with a head of the lexicon: 建成并投入使用 is a verb round 15's rule does not read)
    ("武警作战指挥中心建成并投入使用。", {"武警作战指挥中心"}, set()),
    # not: a kind with no name (西宁市 2018, 乌兰察布市 2021, 平凉市 2020, 通化市 2021, 广东省 2019), a zone (天津市 2011)
    ("推进生活垃圾分类，启动垃圾焚烧发电项目，全面提升生活垃圾规范化处理水平。", set(), {"垃圾焚烧发电项目"}),
    ("加快600万千瓦风电基地建设进度，开工建设配套输电通道。", set(), {"配套输电通道"}),
    ("4G实现行政村全覆盖，5G基站启动建设，智慧平凉APP上线试行。", set(), {"5G基站"}),
    ("全面启动区域医疗中心建设，开展中医药健康文化系列活动。", set(), {"区域医疗中心"}),
    ("完善农村水利、垃圾、污水处理设施，全面启动镇级污水处理厂建设。", set(), {"镇级污水处理厂"}),
    ("响螺湾商务区48栋楼宇全部开工，于家堡金融区启动建设。", set(), {"于家堡金融区"}),
    # 白城市 2025: a name ending in its works word drops 项目 (dev8's gold: 火车站广场改造)
    ("拓展开放“大通道”，启动大安港改扩建项目，推动“齐白通”高铁纳入国家规划。", {"大安港改扩建"}, {"大安港改扩建项目"}),
    # 南宁市 2022 (fix 1): the time before the name is no part of it
    ("年内南宁国际空港综合交通枢纽工程投入使用，6月底前开工建设吴圩国际机场第二跑道。", {"南宁国际空港综合交通枢纽工程"},
     {"年内南宁国际空港综合交通枢纽工程"}),
    # 大连市 2011 (fix 1): a port opened is no works
    ("长兴岛临港工业区升级为国家级经济技术开发区和省综合改革试验区，庄河港正式对外开放。", set(), {"庄河港"}),
]


@pytest.mark.parametrize("text,found,not_found", STARTED)
def test_works_started_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
