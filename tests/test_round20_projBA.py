"""Round 20 (projBA): coordinations of named works (kg/extract/entities/round20_lists.py and round19c_bounds.py's
one-character heads before 和). Excerpts from corpus reports (seed 2001's 200, a few from the whole corpus for 和平…),
never from a gold file's passage."""
import pytest

from tests.test_entities import extract

# fix 1: the second of a pair joined by 和/及, lost after the first (the second's modifier holds a proper name)
SECOND = [
    # 合肥市 2022
    ("创建国家服务贸易创新发展示范区，建成国家级中欧班列集结中心、国际航空货运集散中心和江淮联运中心。",
     {"国际航空货运集散中心", "江淮联运中心"}, set()),
    # 兰州市 2018
    ("留学人员创业园彭家坪产业基地一期工程和雁滩孵化基地投入运营，重离子医学研究中心一期基本建成。",
     {"雁滩孵化基地"}, set()),
    # 广州市 2017
    ("参与马来西亚马六甲工业园和沙特吉赞经济城等境外园区建设，加强与南太平洋岛国和非洲国家经贸交流合作。",
     {"马来西亚马六甲工业园", "沙特吉赞经济城"}, set()),
    # 秦皇岛市 2021
    ("推进长城（秦皇岛段）国家文化公园和山海关中国长城文化博物馆建设。", {"山海关中国长城文化博物馆"}, set()),
    # 哈尔滨市 2011: the second stops before the count (6大…园区)
    ("抓好平房动漫园、群力文化产业园、哈师大现代文艺产业园和呼兰黑龙江广播影视产业园6大文化产业园区建设。",
     {"哈师大现代文艺产业园", "呼兰黑龙江广播影视产业园"}, {"呼兰黑龙江广播影视产业园6大文化产业园区"}),
]

# fix 1 must not add: a class of facilities (no proper name), a part of the first
NOT_SECOND = [
    # 哈尔滨市 2010
    ("促进城乡义务教育均衡发展，搞好新区配套学校和寄宿制学校规划建设。", set(), {"寄宿制学校"}),
    # 湖北省 2020
    ("推进新时代文明实践中心和县级融媒体中心建设。", set(), {"县级融媒体中心"}),
    # 四川省 2015
    ("加快成都天府国际机场和支线机场建设，打造“空中丝绸之路”。", {"成都天府国际机场"}, {"支线机场"}),
    # 内蒙古自治区 2020
    ("支持在荒漠地区、采煤沉陷区、矿区排土场建设光伏电站和风电基地。", set(), {"风电基地"}),
    # 丹东市 2016: the water transfer is a part of the hub
    ("加快蒲石河抽水蓄能电站建设，推进三湾水利枢纽及输水工程建设。", set(), {"输水工程"}),
    # 天津市 2006: a capacity is no name; the port is carried to the second by the list walkers
    ("重点建设天津港25万吨级深水航道和30万吨级原油码头。", {"天津港30万吨级原油码头"}, {"30万吨级原油码头"}),
]

# fix 2: two works run together across 和 after a one-character head (站, 线, 厂): split
RUN_TOGETHER = [
    # 北京市 2005
    ("第一座医疗废物集中处理厂一期投入运行，卢沟桥污水处理厂和清河污水处理厂二期建成。",
     {"卢沟桥污水处理厂", "清河污水处理厂二期"}, {"卢沟桥污水处理厂和清河污水处理厂二期"}),
    # 太原市 2019
    ("加快推进长风西街、钢园路供水加压站和呼延水厂二期建设。",
     {"钢园路供水加压站", "呼延水厂二期"}, {"钢园路供水加压站和呼延水厂二期"}),
    # 无锡市 2021
    ("市区完成45个重点道桥项目，地铁1号线南延线和3号线一期建成通车。",
     {"地铁1号线南延线", "3号线一期"}, {"地铁1号线南延线和3号线一期"}),
    # 福州市 2025
    ("开通运营地铁4号线后通段、滨海快线，推进地铁2号线东延线和6号线东调段建设。",
     {"地铁2号线东延线", "6号线东调段"}, {"地铁2号线东延线和6号线东调段"}),
]

# 和 inside a name (和平…, jieba reads 和平 as one word): nothing split or glued differently (corpus, outside the 200)
HE_INSIDE = [
    ("加快长王铁路、宝中铁路扩能改造平凉段、陈家沟煤矿专用线和平凉机场高速建设。",
     {"陈家沟煤矿专用线", "平凉机场高速"}, {"凉机场高速", "陈家沟煤矿专用线和平凉机场高速"}),
    ("衡茶吉铁路和平汝、垄茶等高速公路建成通车。", set(), {"衡茶吉铁路", "汝高速公路"}),
    # 呼和浩特市 2015: a route number before 和 and a county's name after it (和林格尔: 和林城关镇) stays whole
    ("国道109线十七沟至大饭铺高速、京新高速呼市段主体完工，武川至葛根塔拉一级公路、省道210线和林城关镇改线工程、"
     "托县沿黄公路建成通车。", {"省道210线和林城关镇改线工程"}, {"省道210线", "林城关镇改线工程"}),
]


@pytest.mark.parametrize("text,want,avoid", SECOND + NOT_SECOND + RUN_TOGETHER + HE_INSIDE)
def test_round20_coordinations(text, want, avoid):
    found = extract(text)["projects"]
    assert want <= found, (want - found, found)
    assert not avoid & found, (avoid & found, found)
