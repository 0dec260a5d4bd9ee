"""Round 17 (projQ): a centre, hub or high ground that a place means to make of itself, the object of 打造
(打造长三角航空物流枢纽, 打造A中心、B中心), or a base it means to become (fix 2: 打造世界级盐湖产业创新基地), is a role or goal, not a project. Fix 3: a short name listed beside a sector word before 等…项目 is a sector (引进休闲度假、健康养生、文化创意等产业项目).
Excerpts from corpus reports outside
the 200 of seed 1701 and outside every gold passage."""
import pytest

from tests.test_entities import extract

CASES = [
    # 宁波市 2012
    ("积极发展空港经济，打造长三角航空物流枢纽。", set(), {"长三角航空物流枢纽"}),
    # 天津市 2014
    ("打造台湾商品北方集散中心。", set(), {"台湾商品北方集散中心"}),
    # 永州市 2022
    ("打造中国南方生物提取应用创新中心。", set(), {"中国南方生物提取应用创新中心"}),
    # 武汉市 2012
    ("一是努力打造国家创新中心，构筑自主创新高地。", set(), {"国家创新中心"}),
    # 甘肃省 2022: every centre of a list after one 打造
    ("积极打造兰州国际班列集结中心、兰州中欧回程班列分拨中心。", set(), {"兰州国际班列集结中心", "兰州中欧回程班列分拨中心"}),
    # 沈阳市 2009: a centre being built is a project
    ("开工建设沈阳国际展览中心。", {"沈阳国际展览中心"}, set()),
    # fix 2, bases: 西宁市 2024, 银川市 2024, 甘肃省 2010
    ("打造世界级盐湖产业创新基地。", set(), {"世界级盐湖产业创新基地"}),
    ("打造灵武新能源大基地。", set(), {"灵武新能源大基地"}),
    ("二是着力打造河西新能源和陇东能源化工基地。", set(), {"河西新能源和陇东能源化工基地", "陇东能源化工基地"}),
    # 呼和浩特市 2024 (shortened): a base being built is a project
    ("超聚变服务器北方生产基地建成投产。", {"超聚变服务器北方生产基地"}, set()),
]


# fix 3: a short name listed beside a sector word before 等…项目 is a sector too
SECTOR_PEERS = [
    # 唐山市 2019
    ("发挥滨海优势，培育引进休闲度假、健康养生、文化创意等产业项目。", set(), {"休闲度假", "健康养生"}),
    # 孝感市 2014
    ("一批交通、电力、通讯等基础设施项目建设加快。", set(), {"通讯"}),
    # 泉州市 2020
    ("培育壮大军民融合产业，对接落地一批导航测控、机器人、新材料等项目，新增“民参军”企业18家。", set(), {"导航测控"}),
    # 天津市 2006: a named work (a head word with a name before it) beside sector words stays
    ("天津港、天津滨海国际机场和连接京津交通的高速公路、轨道交通等重大项目要严格按进度加紧建设。",
     {"天津港", "天津滨海国际机场"}, set()),
]


@pytest.mark.parametrize("text,found,not_found", SECTOR_PEERS)
def test_sector_peers_are_not_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_role_centres_after_dazao_are_not_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
