"""Round 20b (projCC): dev22's projects cause 3, frames not read as project triggers (kg/extract/entities/round20b_triggers.py).
Excerpts from corpus reports (seed 2013's 200 and the corpus), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: a push verb and one named works or project, with no closing 建设 (round 19 reads `推进X工程建设`)
PUSHED_ONLY = [
    # 武汉市 2025: a company's refinery project
    ("加快推进中韩石化炼化一体项目，推动武钢有限高炉低碳改造。", {"中韩石化炼化一体项目"}, set()),
    # 泸州市 2023: 加快建设 + a company's plant project (its 沱二桥至沱三桥绿道照明项目 sentence is in dev5's passage: not used)
    ("推进步长制药新药临床试验，加快建设科瑞德原料药项目。", {"科瑞德原料药项目"}, set()),
    # 吕梁市 2023 (seed 2113): a hospital building's works (the works word ends the name: 项目 dropped)
    ("推动市第三人民医院年内主体完工，加快推进汾阳医院外科楼改扩建项目，改造提升市中医院、市妇幼保健中心。",
     {"汾阳医院外科楼改扩建"}, set()),
    # 蚌埠市 2016: a named link works
    ("加快推进天河-张公湖连接工程项目，有效改善席家沟沿线区域生态环境。", {"天河-张公湖连接工程项目"}, set()),
    # 安康市 2021: an institution's relocation (the works word ends the name: 项目 dropped, round 18b's convention)
    ("加快实施市儿童福利院迁建项目，加强婴幼儿照护服务体系建设，完善农村留守妇女儿童和老人关爱服务机制。", {"市儿童福利院迁建"}, set()),
    # not: programs and campaigns (泉州市 2026, 河北省 2017, 新疆 2020, 甘肃省 2025)
    ("创建省级示范镇、示范村，实施闽台乡建乡创合作提升项目，推进“五个美丽”整村打造。", set(), {"闽台乡建乡创合作提升"}),
    ("推进京张高铁、延崇高速、宁远机场等基础设施建设，继续抓好张家口绿化工程，确保5个竞赛场馆和47个配套项目如期开工。", set(),
     {"张家口绿化工程"}),
    ("大力推进南疆四地州煤改电居民电供暖改造（一期）工程，完成31.6万户电供暖改造任务。", set(),
     {"南疆四地州煤改电居民电供暖改造（一期）工程"}),
    ("加快敦煌研究院“典范”“高地”建设，全面实施流失海外敦煌文物数字化复原项目。", set(), {"流失海外敦煌文物数字化复原项目"}),
    # not: a kind of road named by one word (乐山市 2025), a company's verb inside (武汉市 2026)
    ("推进环城公路项目，畅通城市外循环。", set(), {"环城公路"}),
    ("推进中韩石化布局高端化工材料项目，建成武钢有限取向硅钢。", set(), {"中韩石化布局高端化工材料项目"}),
    # not: a loan's zone project (淮南市 2018), a park (阜阳市 2021), 实施…工程 (a program: 深圳市 2018)
    ("加快实施世行贷款采煤沉陷区项目，谋划实施淮西湖、十涧湖等综合治理项目。", set(), {"世行贷款采煤沉陷区项目"}),
    ("推广快检车、快检室，大力实施阳光智慧餐饮工程，加强网上订餐等新业态监管。", set(), {"阳光智慧餐饮工程"}),
    # a fresh 200 (seed 2113): a company's capacity project (天津市 2004), a named water diversion (昭通市 2023)
    ("建设力神2亿只锂离子电池扩能项目。", {"力神2亿只锂离子电池扩能"}, set()),  # round 27b: 项目 dropped after a capacity + product (golds 13 drop / 3 keep)
    ("持续推进润昭引水项目，抓好威信水系连通及水美乡村全国试点县建设。", {"润昭引水项目"}, set()),
    # not (seed 2113): a count (东莞市 2022), kinds and farming programmes (桂林市 2020, 连云港市 2025, 西藏 2014)
    ("加快实施741宗工业技改投资项目。", set(), {"741宗工业技改投资项目"}),
    ("建设高端化旅游项目。", set(), {"高端化旅游项目"}),
    ("稳步扩大绿鳍马面鲀深水网箱养殖规模，实施工船养殖三文鱼项目。", set(), {"工船养殖三文鱼项目"}),
    ("继续实施黄牛改良项目。", set(), {"黄牛改良项目"}),
]


@pytest.mark.parametrize("text,must,must_not", PUSHED_ONLY)
def test_pushed_only(text, must, must_not):
    projects = extract(text)["projects"]
    assert must <= projects, projects
    assert not (must_not & projects), projects


# Fix 2: the same frame where a program rule read the named works as a program (工程 ends it)
PROGRAM_READ = [
    # 重庆市 2019: a named water-allocation works
    ("推进渝西水资源配置工程，优化主城区水厂布局，加强农村水源工程建设，完善供水安全保障体系。", {"渝西水资源配置工程"},
     set()),
    # 甘肃省 2025: a named power transmission works (its sibling 陇电入鲁工程 after 建成投运 is another rule's)
    ("建成投运陇电入鲁工程，加快推进陇电入浙工程，开工建设陇电入川工程。", {"陇电入浙工程"}, set()),
    # 河北省 2009: a port's relocation works
    ("曹妃甸煤码头一期二单元、矿石码头二期开工建设，推进秦皇岛港西港东迁工程，加快南水北调中线主体及配套工程建设。",
     {"秦皇岛港西港东迁工程"}, set()),
    # a fresh 200 (seed 2113): 南昌市 2023, 烟台市 2012
    ("加快建设赣江尾闾综合整治工程，开工建设抚河尾闾综合整治及水系连通工程等100余个水利高质量发展项目。",
     {"赣江尾闾综合整治工程"}, set()),
    ("加快构建现代水网工程体系，推进南水北调东线续建配套工程，实施10座大中型、70座小型水库除险加固工程。",
     {"南水北调东线续建配套工程"}, set()),
]
# not: campaigns named 工程 stay programs (河北省 2004, 嘉兴市 2023, 兰州市 2012)
PROGRAM_KEPT = [
    ("研究制定有关规划和措施，推进人才兴冀工程。", "人才兴冀工程"),
    ("加强应急管理体系建设，推进海塘安澜工程，提升台风、洪涝等自然灾害应急处置能力。", "海塘安澜工程"),
    ("全面加强精神文明建设和全国文明城市创建工作，推进公民道德建设工程，建立健全社会征信系统。", "公民道德建设工程"),
    # a fresh 200 (seed 2113): 宿迁市 2019 (a kind), 宁波市 2014 (电子商务: no power works)
    ("扎实推进河湖水系沟通工程，让水流起来、活起来。", "河湖水系沟通工程"),
    ("扶持企业开拓国内外市场，积极推进电子商务拓市场工程，建立网上宁波名品商城。", "电子商务拓市场工程"),
]


@pytest.mark.parametrize("text,must,must_not", PROGRAM_READ)
def test_program_read_as_works(text, must, must_not):
    found = extract(text)
    assert must <= found["projects"], found["projects"]
    assert not (must & found["programs"]), found["programs"]
    assert not (must_not & found["projects"]), found["projects"]


@pytest.mark.parametrize("text,name", PROGRAM_KEPT)
def test_campaign_stays_program(text, name):
    found = extract(text)
    assert name in found["programs"], found["programs"]
    assert name not in found["projects"], found["projects"]
