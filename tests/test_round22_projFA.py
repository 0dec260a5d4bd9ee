"""Round 22 (projFA): a named item lost beside found ones in a counted list of projects (`…等N个…项目`, `…等一批…项目`;
kg/extract/entities/round22_projects.py). Excerpts from corpus reports (seed 2201's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 铁岭市 2016: the first item after the lead 力争, a trading name + product (茅台 is rare to jieba)
    ("力争茅台保健酒、中利光电新材料、中电国际垃圾焚烧发电、哥伦布广场等100个亿元以上项目竣工投产。",
     {"茅台保健酒", "中利光电新材料"}, {"力争茅台保健酒"}),
    # 盘锦市 2023: the first item after 重点实施
    ("重点实施信汇卤化丁基橡胶、青岛软控碳五深加工等44个建链延链补链强链项目，", {"信汇卤化丁基橡胶", "青岛软控碳五深加工"}, set()),
    # 襄阳市 2021: the first item at the clause's start
    ("清华同方电脑、奥利斯智能装备等69个投资过10亿元的重大项目相继投产，", {"清华同方电脑", "奥利斯智能装备"}, set()),
    # 濮阳市 2023: after 突出抓好
    ("突出抓好天顺风电全产业链、中建科濮阳新能源产业基地等6个10亿元以上项目，", {"天顺风电全产业链"}, set()),
    # 南通市 2016: no peer found, but every item a name (Latin letters, proper-noun tags)
    ("江苏LNG、恒力新材料、招商局海工等26个50亿元以上产业项目建成投产，", {"江苏LNG", "恒力新材料", "招商局海工"}, set()),
]

NOT_CHANGED = [
    # 辽宁省 2005: sectors, no peer
    ("加快交通、能源、水利等100个重点基础设施项目的开工和建设。", set(), {"交通", "能源", "水利"}),
    # 宁夏 2013: a class of housing beside a named hospital (保障性: a descriptor)
    ("全力实施宁夏儿童医院、保障性住房等9个社会事业项目，", {"宁夏儿童医院"}, {"保障性住房"}),
    # 哈密市 2016: classes, no peer
    ("实施群众体育活动中心、城市道路等10个PPP项目，", set(), {"城市道路", "群众体育活动中心"}),
    # 滨州市 2023: a class of park (新能源: a descriptor) among named ones
    ("遴选鲁北（滨州）盐碱滩涂地风光储输一体化基地、新能源汽车产业园、中国牛智谷等10个以上引领性项目，", {"中国牛智谷"},
     {"新能源汽车产业园"}),
    # 乌海市 2018: a class of outlets (everyday words only)
    ("区域检验检测平台、农产品销售网点等24个合作项目顺利推进，", set(), {"农产品销售网点"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_CHANGED)
def test_counted_list_peers(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
