"""Round 19 (projAA): bare items that share a head across a count or a kind (等N个…, 等国家级…) and park and tunnel heads
(kg/extract/entities/round18_projects.py, round 18's walker). Excerpts from corpus reports (seed 1901's 200), never from a
gold file's passage."""
import pytest

from tests.test_entities import extract

SHARED = [
    # 辽宁省 2002: a count and a kind (城市) between the last item and the head; 营口 is a city, though jieba tags it vn
    ("建成本溪、营口、辽阳、盘锦4座城市污水处理厂，新增污水处理能力63万吨。",
     {"本溪污水处理厂", "营口污水处理厂", "辽阳污水处理厂", "盘锦污水处理厂"}, {"本溪", "营口"}),
    # 黑龙江省 2009: a count before the head
    ("在机场建设上，完成伊春、鸡西、大庆3个支线机场建设项目，积极开展五大连池、抚远和加格达奇机场前期工作。",
     {"伊春支线机场", "鸡西支线机场", "大庆支线机场"}, set()),
    # 庆阳市 2018: a count in words before a voltage
    ("电力方面，加快推进庆中、洪德两个330千伏输变电工程建设，新建110千伏输变电工程3个、35千伏输变电工程5个。",
     {"庆中330千伏输变电工程", "洪德330千伏输变电工程"}, set()),
    # 山东省 2023: 等 and a count before a road head
    ("沾临、济高等7条高速公路通车，济菏改扩建等17条高速开工建设。", {"沾临高速公路", "济高高速公路"}, set()),
    # 西藏自治区 2015: 等 and a kind (重点); the name before 和 is a full one
    ("雅鲁藏布江中游水电规划和环评通过国家审查，拉洛水利枢纽和雅砻、恰央等重点水库开工建设。",
     {"雅砻水库", "恰央水库", "拉洛水利枢纽"}, {"拉洛水利枢纽和雅砻"}),
    # 武汉市 2024: 等 and a level (国家级) before a park head
    ("巩固后官湖、藏龙岛等国家级湿地公园建设成果，推进沉湖湿地晋升国家级自然保护区。",
     {"后官湖湿地公园", "藏龙岛湿地公园"}, {"后官湖", "藏龙岛"}),
    # 中山市 2016: a park kind, the longest head
    ("推进大尖山、蒂峰山、铁炉山等森林公园建设，加快古香林公园、金字山公园、树木园三期建设。",
     {"大尖山森林公园", "蒂峰山森林公园", "铁炉山森林公园"}, {"大尖山公园"}),
    # 宁夏回族自治区 2024 and 阿坝州 2022: national parks
    ("加快创建贺兰山、六盘山国家公园。", {"贺兰山国家公园", "六盘山国家公园"}, {"贺兰山公园"}),
    ("高质量建设大熊猫、若尔盖国家公园，加快构建以国家公园为主体的自然保护地体系。",
     {"大熊猫国家公园", "若尔盖国家公园"}, {"大熊猫公园"}),
    # 青海省 2018 (seed 1902): the particle 好 comes off the first item
    ("统筹山水林田湖草系统治理，建设好三江源、祁连山国家公园，开展好生态功能提升。",
     {"三江源国家公园", "祁连山国家公园"}, {"好三江源国家公园", "三江源公园"}),
    # 安顺市 2016 (seed 1902): 等 before a park kind
    ("启动安顺植物园建设，推进邢江河、虹山湖、黄果树白水河等湿地公园建设。",
     {"邢江河湿地公园", "虹山湖湿地公园", "黄果树白水河湿地公园"}, {"邢江河", "虹山湖"}),
    # 昆明市 2020 (seed 1902): a count before a road head; items with a bracket are left alone
    ("有力推进宜石、昆楚（复）线、武倘寻、昆倘、福宜、三清6条高速公路建设，确保宜石高速建成通车。",
     {"武倘寻高速公路", "昆倘高速公路", "福宜高速公路", "三清高速公路"}, set()),
]

NOT_SHARED = [
    # 温州市 2014: a district is no bare name of a park
    ("高标准实施滨江商务区、中央绿轴公园、三垟湿地公园“三大亮点区块”，推进鹿城双屿综合整治。", {"滨江商务区公园"}),
    # 安徽省 2022: a works item does not take the next item's head
    ("新一轮巢湖综合治理、骆岗中央公园等重大生态工程加快实施。", {"巢湖综合治理公园"}),
    # 襄阳市 2020: a greenway is a place of its own
    ("加快实施岘山绿道、普陀沟公园、樊城江滩公园二期等16个生态景观工程。", {"岘山绿道公园"}),
    # 呼和浩特市 2015 and 2019, 武汉市 2013 (seed 1902): a bare 公园 is no shared head (places of other kinds before a park)
    ("实施环城水系、乌兰夫主题公园和青城公园改造提升工程，推进大黑河绿化改造。", {"环城水系公园"}),
    ("加快内蒙古音乐厅、丰州古城遗址公园、“草原母亲和国家的孩子”文化公园等项目建设。", {"内蒙古音乐厅公园"}),
    ("推进武汉中心书城、武胜国际文化城、汉秀剧场、电影文化主题公园、月湖旅游文化体验区建设。", {"汉秀剧场公园"}),
    # 吉林省 2009 (seed 1902): 和 right after 、 starts an item (和龙), it joins nothing
    ("开工通化至灌水、靖宇至松江河、和龙至南坪、石家至烟筒山4条铁路，争取开工吉林至图们快速铁路。", {"龙至南坪铁路"}),
    # 邵阳市 2014: a phase ends the last item, the run's start is unknown
    ("开工建设五团、龙山、望云山、宝莲二期等9个风电场项目，推进垃圾发电。", {"宝莲二期风电场", "龙山风电场"}),
]


@pytest.mark.parametrize("text,found,not_found", SHARED)
def test_items_share_the_head_across_a_count(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,not_found", NOT_SHARED)
def test_no_shared_head(text, not_found):
    projects = extract(text)["projects"]
    assert not (not_found & projects), projects
