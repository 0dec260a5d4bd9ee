"""Round 20 (projBB): dev21's projects cause 2, frames not read as project triggers (kg/extract/entities/round20_triggers.py).
Excerpts from corpus reports (seed 2002's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: the items of a list of works put into use together (A、B建成投用 / 竣工投产 / 投入使用)
LISTED_DONE = [
    # 沧州市 2025: two prisons built
    ("推进老火车站片区更新改造和高铁新区建设，完成14个安置区交付、中心城区17条道路贯通，确保沧州监狱、沧南监狱如期竣工投用。",
     {"沧州监狱", "沧南监狱"}, set()),
    # 营口市 2018: a street and a river bank, before 等一批…设施
    ("投入城建资金114亿元，东海大街、辽河护岸等一批重大基础设施投入使用。", {"东海大街", "辽河护岸"}, {"重大基础设施"}),
    # 定西市 2023: plants' phases named by the company
    ("陇西一方制药三期、通渭金银花健康产业园、渭源佛慈红日二期建成投产，陇西奇正等7家中医药企业认定为省级产业化龙头企业。",
     {"陇西一方制药三期", "渭源佛慈红日二期"}, set()),
    # 泰州市 2016: a phase before 等N个项目
    ("迈博太科、中崇信诺等 51个项目开工建设，阿斯利康三期、海王保健品等 39个项目竣工投产。", {"阿斯利康三期"}, set()),
    # 吕梁市 2016: named gas pipelines
    ("陕京三线、榆济线、临保线等天然气输气管道建成投运，全市气化人口达到 134.8 万人。", {"陕京三线", "榆济线", "临保线"}, set()),
    # 南宁市 2025: a named project beside an industrial park (a zone: not a project)
    ("完善半导体、新型显示、智能终端等产业上下游配套，推动高速数据传输产业园、拓米项目建成投产。", {"拓米项目"},
     {"高速数据传输产业园"}),
    # not: a generic centre whose tagged word is only an abbreviation (凉山彝族自治州 2022)
    ("确保14个国家级示范县电商中心、物流仓储配送中心全部投用，实现电商交易额100亿元以上。", set(), {"物流仓储配送中心"}),
    # not: one company's project with 和 inside is not cut at 和 (来宾市 2023)
    ("推动润合无机人造石材生产和装配式建筑PC构建项目、皇氏奶制品产业化项目等竣工投产。", set(),
     {"装配式建筑PC构建项目", "润合无机人造石材生产"}),
    # not: platforms, kinds of facility (金昌市 2019, 辽源市 2014, 石家庄市 2021)
    ("市级一体化政务服务平台、市民服务热线平台建成投用。", set(), {"市级一体化政务服务平台", "市民服务热线平台"}),
    ("一批民办养老机构、社区老人日间照料中心投入使用。", set(), {"社区老人日间照料中心"}),
    ("国际会展中心、城市馆、图书馆等标志性建筑建成投用。", set(), {"城市馆", "图书馆"}),
    # not (a fresh 200, seed 2003): a kind of station (南宁市 2017), a voltage before a place's common word (九江市 2016)
    ("三中五象校区、五象新区第一实验小学等4所优质学校如期建成招生，医院、邻里中心、供水加压站等一批设施项目加快建设或建成使用；",
     set(), {"供水加压站"}),
    ("完成电网投资66.4亿元，500千伏石钟山至洪源线路，220千伏码头、沙城扩建等一批输变电设施投入使用。", set(), {"220千伏码头"}),
    # 南通市 2025 and 茂名市 2022 (seed 2003): a hospital's campus, a pipeline's section by its two ends
    ("通大附院东院区、中医院孩儿巷院区建成投用，“先诊疗后付费”等便民举措广受好评。", {"中医院孩儿巷院区"}, set()),
    ("粤西天然气主干管网湛江至茂名、茂名至阳江干线建成投产。", {"茂名至阳江干线"}, set()),
]


@pytest.mark.parametrize("text,must,must_not", LISTED_DONE)
def test_listed_done(text, must, must_not):
    projects = extract(text)["projects"]
    assert must <= projects, projects
    assert not (must_not & projects), projects


# Fix 2: a clause that is only [verb] a named water body's or landform's comprehensive governance (综合治理)
GOVERNED = [
    # 济南市 2021
    ("实施大汶河水环境综合治理，统筹推进玫瑰湖、济西、龙湖、华山湖、白云湖等湿地保护开发，打造沿黄特色湿地群。",
     {"大汶河水环境综合治理"}, {"实施大汶河水环境综合治理"}),
    # 保定市 2021: an adverb before the verb
    ("持续推进白洋淀上游流域综合治理，投资187亿元，实施项目169个。", {"白洋淀上游流域综合治理"}, set()),
    # 上海市 2010: the place of the report and 项目 go
    ("深入推进本市太湖流域水环境综合治理项目。", {"太湖流域水环境综合治理"}, {"本市太湖流域水环境综合治理项目"}),
    # 呼伦贝尔市 2014: 工作 goes
    ("做好呼伦湖综合治理工作，落实好为期5年的部分休渔措施。", {"呼伦湖综合治理"}, {"呼伦湖综合治理工作"}),
    # 江苏省 2019
    ("加大太湖流域综合治理，实现更高水平“两个确保”。", {"太湖流域综合治理"}, {"加大太湖流域综合治理"}),
    # 北京市 2010 and 海南省 2014 (seed 2003): the adverb before the verb goes
    ("稳步推进北运河水系综合治理，加快污水处理厂升级改造，市区、郊区污水处理率分别达到94%和51%，利用再生水6.5亿立方米。",
     {"北运河水系综合治理"}, {"稳步推进北运河水系综合治理"}),
    ("统筹推进南渡江流域综合治理。", {"南渡江流域综合治理"}, {"统筹推进南渡江流域综合治理"}),
    # not (seed 2003): small rivers as a kind (永州市 2025), parks along a river (南宁市 2024)
    ("中小河流水库生态综合治理项目。", set(), {"中小河流水库生态综合治理"}),
    ("推进口袋公园、体育公园建设，加强邕江沿岸公园综合治理，支持青秀山参与南宁国家植物园创建。", set(), {"邕江沿岸公园综合治理"}),
    # not: kinds of water bodies or land (三明市 2014, 延边朝鲜族自治州 2014, 怒江傈僳族自治州 2021, 秦皇岛市 2023, 新疆 2024)
    ("加强重点流域水环境综合治理，强化湖泊生态环境保护。", set(), {"重点流域水环境综合治理"}),
    ("加强小流域综合治理，抓好石头河水利枢纽工程、嘎呀河治理工程等项目建设。", set(), {"小流域综合治理"}),
    ("整治提升村容村貌，实施河湖水系综合治理。", set(), {"河湖水系综合治理"}),
    ("统筹山水林田湖海综合治理。", set(), {"山水林田湖海综合治理"}),
    ("统筹水资源、水环境、水生态治理，强化重点流域综合治理，推进城镇污水收集、处理设施建设。", set(), {"重点流域综合治理"}),
]


@pytest.mark.parametrize("text,must,must_not", GOVERNED)
def test_governed(text, must, must_not):
    projects = extract(text)["projects"]
    assert must <= projects, projects
    assert not (must_not & projects), projects
