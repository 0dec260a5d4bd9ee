"""Round 19b (projAC): named works in planning, preparation and approval-stage frames (dev20's projects cause 2;
kg/extract/entities/round19b_stages.py). Excerpts from corpus reports (seed 1912's 200 and a few others), never from a
gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: [lead] NAME [的][项目][建设]前期工作 [progress], or NAME + 开展前期工作: the named works the preparation is for.
PREPARED = [
    # 南宁市 2020: a station and a metro line
    ("加快推进贵阳至南宁、南宁至崇左、南宁至玉林等铁路项目建设，开工建设南宁北站，改造南宁站，建设第二动车所，推进五象站前期工作。",
     {"五象站"}, {"推进五象站"}),
    ("加快轨道交通第三轮建设规划编报，力争年内开工市郊铁路南宁机场线，加快武鸣线前期工作。", {"武鸣线"}, set()),
    # 黑龙江省 2022, 2021: a border bridge; a works with 项目 before 前期工作 (项目 dropped)
    ("完善与俄罗斯毗邻地区省州长定期会晤机制，推进黑河公路大桥、同江铁路大桥口岸开通运营，推动东宁界河桥前期工作。",
     {"东宁界河桥"}, set()),
    ("加快三江连通工程项目前期工作。", {"三江连通工程"}, {"三江连通工程项目"}),
    # 宁夏回族自治区 2011: an adverb with 地 before the verb is no part of the name
    ("继续坚定不移地做好大柳树工程前期工作，开工或建成现代农业示范基地、中部干旱带高效节水补灌等73个项目。",
     {"大柳树工程"}, {"坚定不移地做好大柳树工程"}),
    # 益阳市 2014: 的前期工作, with a lead adverb (尽快完成)
    ("尽快完成益阳大桥的前期工作，实现大桥主体工程施工。", {"益阳大桥"}, {"尽快完成益阳大桥"}),
    # 吉林省 2022: a pumped-storage station
    ("做好通化抽水蓄能电站前期工作，谋划废弃矿坑抽水蓄能项目建设。", {"通化抽水蓄能电站"}, set()),
    # not: plans, campaigns, kinds and lists of kinds (克州 2025, 2014 reports, 城市轨道交通项目, 市级中医医院)
    ("有序推进克州“十五五”规划编制前期工作。", set(), {"克州十五五规划编制", "克州“十五五”规划编制"}),
    ("扎实做好党的群众路线教育实践活动前期工作。", set(), {"党的群众路线教育实践活动"}),
    ("加快推进城市轨道交通项目前期工作。", set(), {"城市轨道交通项目", "城市轨道交通"}),
    ("做好市级中医医院建设前期工作。", set(), {"市级中医医院", "市级中医医院建设"}),
    ("抓好全州碳排放权交易前期工作。", set(), {"全州碳排放权交易"}),
]


@pytest.mark.parametrize("text,found,not_found", PREPARED)
def test_works_in_preparation_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


# Fix 2: a named works at an approval stage (选址获批复, 可研/工可报告通过评审, 核准, 总规获批, 立项), or 完成 NAME 的 stage.
APPROVED = [
    # 克孜勒苏柯尔克孜自治州 2025, 龙岩市 2021, 威海市 2021: an airport's site approved
    ("阿合奇机场选址获国家民航局批复，伊尔克什坦口岸界河桥具备通车条件。", {"阿合奇机场"}, set()),
    ("龙净智慧环保、时代思康、新兴纺织等110个重大项目开工建设，龙岩新机场选址获国家民航局批复。", {"龙岩新机场"}, set()),
    ("新增空中通航城市8个，威海新机场选址获得国家批复。", {"威海新机场"}, set()),
    # 庆阳市 2025: a railway approved, an airport's master plan approved
    ("新建道路251条1208公里，长庆桥至西峰铁路获得核准，庆阳机场改扩建工程总规获批，公铁联运综合客运交通枢纽项目加快实施。",
     {"长庆桥至西峰铁路", "庆阳机场改扩建工程"}, set()),
    # 湛江市 2020, 甘孜藏族自治州 2018: a feasibility report passed, an approval
    ("湛海高铁可研报告通过评审，合湛高铁前期工作加快推进。", {"湛海高铁"}, set()),
    ("甘孜机场建设顺利推进，泸石高速核准获批。", {"泸石高速"}, set()),
    # 西宁市 2024: 立项 after a lead
    ("积极修编水资源综合规划，配合引黄济宁工程立项，开工建设多巴水厂。", {"引黄济宁工程"}, {"配合引黄济宁工程"}),
    # 安阳市 2014: the site settled
    ("豫东北机场选址确定。", {"豫东北机场"}, set()),
    # 无锡市 2019: a stage report compiled (完成工可报告编制), an airport 获批立项; 淮安市 2014: 争取…获批立项
    ("南沿江铁路开工建设，锡澄城际轨道S1线完成工可报告编制，宜兴丁蜀通用机场获批立项，340省道无锡段改扩建等项目开工建设。",
     {"锡澄城际轨道S1线", "宜兴丁蜀通用机场"}, set()),
    ("推进综合交通枢纽建设，启动建设连淮扬镇铁路，争取徐宿淮盐铁路获批立项，同步推进高铁枢纽规划与建设。",
     {"徐宿淮盐铁路"}, {"争取徐宿淮盐铁路"}),
    # 铜陵市 2015: the works as subject of 开展前期工作
    ("铜陵长江三桥开展前期工作。", {"铜陵长江三桥"}, {"铜陵长江三桥开展"}),
    # not: zones, institutions, titles and standards approved (成都 2021, 泉州 2011, 长沙 2024, 2023 reports)
    ("成都天府国际空港综合保税区成功获批。", set(), {"成都天府国际空港综合保税区"}),
    ("泉州工程职业技术学院获批设立。", set(), {"泉州工程职业技术学院"}),
    ("首个公园城市国家标准正式立项。", set(), {"首个公园城市国家标准"}),
    ("首个香辛料领域ISO国际标准获批立项。", set(), {"首个香辛料领域ISO国际标准"}),
    ("煤炭物流园获国家铁路总公司批复。", set(), {"煤炭物流园"}),
    ("市人民医院通过全国三甲综合医院评审。", set(), {"市人民医院"}),
]


@pytest.mark.parametrize("text,found,not_found", APPROVED)
def test_works_at_an_approval_stage_are_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
