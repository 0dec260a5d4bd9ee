"""Round 21 (projDB): a road in a list keeps its own head (kg/extract/entities/round21_lists.py).
Excerpts from corpus reports (seed 2102's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 南昌市 2002: 胡惠元堤路 is a road; 大道 is 洪都大道's only
    ("主要是增强市、县区主干道通行功能，扩建胡惠元堤路、洪都大道、墨山立交桥等；", {"胡惠元堤路", "洪都大道", "墨山立交桥"},
     {"胡惠元堤路大道"}),
    # 哈尔滨市 2013
    ("公滨路、延兴路、化工路、松浦大道全线贯通，哈西群力联络空间区域改造成效突出。", {"公滨路", "延兴路", "化工路", "松浦大道"},
     {"公滨路大道", "延兴路大道", "化工路大道"}),
    # 石家庄市 2017: a numbered route before a road head
    ("南绕城高速、西阜高速、平赞高速全线开工，京赞线、正南线等主干公路顺利竣工。", {"京赞线", "正南线"}, {"京赞线公路"}),
    # 辽宁省 2019: a rail line's section
    ("京沈高铁沈阳至承德段、新民至通辽高铁开通运营。", {"京沈高铁沈阳至承德段", "新民至通辽高铁"}, {"京沈高铁沈阳至承德段高铁"}),
    # 宝鸡市 2023
    ("支持陈仓区以喜迎建区二十周年、港务区以体制改革为契机，加快滨河北路、陆港大道等基础设施建设。", {"滨河北路", "陆港大道"},
     {"滨河北路大道"}),
    # 莆田市 2023
    ("加快八二一街、木兰大道建设，拉开城市框架。", {"八二一街", "木兰大道"}, {"八二一街大道"}),
]

NOT_CHANGED = [
    # 重庆市 2021: 北线 is the motorway's line, the completed name stands
    ("铜梁至安岳、梁平至开江、江津至泸州北线等高速公路开工建设。", {"江津至泸州北线高速公路"}, {"江津至泸州北线"}),
    # 南京市 2021: a fast road between two roads
    ("续建红山路—和燕路、机场二通道等快速路项目。", {"红山路—和燕路快速路"}, {"红山路—和燕路"}),
    # 嘉峪关市 2020: kindergartens at two streets (the added head is no road)
    ("福民街、建林街、南市区公办幼儿园和南市区小学、师范附校初中部教学楼建成投用。", {"福民街幼儿园", "建林街幼儿园"}, {"福民街"}),
    # 遵义市 2014: reservoirs named for a place called 新桥
    ("实现新桥、大沙河等5座水库下闸蓄水，新增年供水能力1.8亿立方米；", {"新桥水库"}, {"新桥"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_CHANGED)
def test_road_items(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
