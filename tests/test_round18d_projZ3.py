"""Round 18d (projZ3): two events glued across 和/及 into one name are two events; a side nobody hosts (颁奖典礼, 备战,
a bare 系列活动) goes (kg/extract/entities/round18d_events.py, called in api._analyse after round 18b's orgs). Excerpts
from corpus reports (seed 1822's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

SPLIT = [
    # 大连市 2019: a quoted week, then an edition
    ("举办“2018沪连经贸合作上海·大连周”和第二届沪连合作论坛，开展行业对接和区域洽谈活动74场，签署经贸合作协议64个。",
     {"2018沪连经贸合作上海·大连周", "第二届沪连合作论坛"}, {"2018沪连经贸合作上海·大连周和第二届沪连合作论坛"}),
    # 重庆市 2009
    ("进一步密切与港澳台地区、国际友好城市和海外的经济联系与文化交流，利用CEPA框架扩大服务贸易，办好“重庆·台湾周”和第五届海峡两岸信息产业技术标准论坛。",
     {"重庆·台湾周", "第五届海峡两岸信息产业技术标准论坛"}, {"重庆·台湾周和第五届海峡两岸信息产业技术标准论坛"}),
    # 乌兰察布市 2018: an edition and a quoted season
    ("加快岱海国际滑雪场娱乐项目建设，办好第二届冰雪节和“一带一路”冰雪季、“飞雪极限”城市挑战赛等活动，推进冰雪运动进校园。",
     {"第二届冰雪节", "一带一路冰雪季"}, {"第二届冰雪节和一带一路冰雪季"}),
    # 邢台市 2023: a named series, then an edition
    ("办好太行山文化年系列活动和第六届旅发大会，推动城郊游、乡村游和夜游经济提档升级，着力构建全域旅游发展格局。",
     {"太行山文化年系列活动", "第六届旅发大会"}, {"太行山文化年系列活动和第六届旅发大会"}),
    # 黔东南苗族侗族自治州 2014: joined by 及
    ("争取在凯里举办“两赛一会”及中国（贵州）国际民间工艺品博览会。",
     {"两赛一会", "中国（贵州）国际民间工艺品博览会"}, {"两赛一会及中国（贵州）国际民间工艺品博览会"}),
    # 吉林省 2013: a count of editions is no part of the name
    ("新增5个国家级经开区和高新区，成功举办5届东北亚博览会和农博会、汽博会等重要展会，我省知名度和影响力明显提升。",
     {"东北亚博览会", "农博会"}, {"5届东北亚博览会和农博会"}),
    # 贵阳市 2007: the award ceremony is no event of its own, the contest after it is
    ("深化文化体制改革，积极挖掘和保护民族民间文化资源，举办好亚洲青年动漫大赛及颁奖典礼和第六届中国舞蹈“荷花奖”民族民间舞蹈大赛。",
     {"第六届中国舞蹈荷花奖民族民间舞蹈大赛"}, {"颁奖典礼和第六届中国舞蹈荷花奖民族民间舞蹈大赛", "颁奖典礼"}),
]

ONE_NAME = [
    # 宜昌市 2018: 茶叶 is no event, 和 is inside the fair's name
    ("积极融入“一带一路”战略，成功举办茶叶和柑橘国际采购商大会、国际茶旅融合论坛，宜汉欧货运班列加挂运行。",
     {"茶叶和柑橘国际采购商大会"}, {"柑橘国际采购商大会"}),
    # 阿坝藏族羌族自治州 2022
    ("在这一年里，我们高质量承办全省文化和旅游发展大会，完美呈现了阿坝文旅融合发展和九寨沟灾后恢复重建成果。",
     {"文化和旅游发展大会"}, {"旅游发展大会"}),
    # 上海市 2026
    ("支持举办中国家电及消费电子博览会、首届海外投资与综合服务展洽会，促进国际专业服务机构集聚发展。",
     {"中国家电及消费电子博览会"}, {"消费电子博览会"}),
    # 张掖市 2014
    ("采取政府扶持、市场运作的方式，举办丝绸之路经济带特色商品及绿色农产品张掖交易会，不断扩大品牌效应。",
     {"丝绸之路经济带特色商品及绿色农产品张掖交易会"}, {"绿色农产品张掖交易会"}),
]


@pytest.mark.parametrize("text,found,not_found", SPLIT)
def test_events_glued_across_and_are_split(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,found,not_found", ONE_NAME)
def test_one_event_with_and_inside_stays_whole(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
