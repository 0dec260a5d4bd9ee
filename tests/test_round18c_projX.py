"""Round 18c (projX): events hosted whose name ends in a bare event word (节, 周, 季, 展, 赛, 展销会 …) right after a host
verb (kg/extract/entities/round18c_events.py, called in api._analyse after round 18's shared_facility_heads). Excerpts
from corpus reports (seed 1816's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

HOSTED = [
    # 杭州市 2021: two festivals named by their places
    ("办好西湖读书节、杭州学习节，倡导全民阅读，新增杭州书房35个，组织杭州书房活动800场。",
     {"西湖读书节", "杭州学习节"}, set()),
    # 南宁市 2014: a fair and a week in a list closed by 等
    ("举办香港时尚购物展、南宁名品推广周等各类专业会展105场。", {"香港时尚购物展", "南宁名品推广周"}, set()),
    # 烟台市 2025
    ("办好烟台人才节，引进500名博士、6000名硕士、6万名大学生。", {"烟台人才节"}, set()),
    # 乌鲁木齐市 2025: an edition ending in 季, which round 12's editions do not read
    ("全年开展文艺演出239场，承办首届中国新疆民间艺术季，开展文艺活动1668场。", {"首届中国新疆民间艺术季"}, set()),
    # 苏州市 2022
    ("创新举办苏州国际精英创业周，做强做精“赢在苏州·创赢未来”国际创客大赛。", {"苏州国际精英创业周"}, set()),
    # 福州市 2025: a fair ending in 展销会
    ("办好福州住房展销会，促进房地产消费。", {"福州住房展销会"}, set()),
    # 潍坊市 2020: the second of two events joined by 暨
    ("成功举办中国画节、全国摄影艺术展览暨首届潍坊国际摄影周，我市被授予“中国摄影之乡”。",
     {"首届潍坊国际摄影周"}, {"全国摄影艺术展览暨首届潍坊国际摄影周"}),
    # 锦州市 2022: a quoted name
    ("成功举办“辽宁省第二届电商直播节”。", {"辽宁省第二届电商直播节"}, set()),
    # 天津市 2005: the quoted name, not the country where it is held
    ("办好意大利“中国天津周”、第十五届全国书市等大型文化活动。", {"中国天津周"}, {"意大利中国天津周"}),
    # 博尔塔拉蒙古自治州 2023 (seed 1817): the named race, not the bare one after it
    ("成功举办环赛里木湖公路自行车赛、马拉松赛，圆满承办世界雪日暨国际儿童滑雪节中国主会场。",
     {"环赛里木湖公路自行车赛"}, {"马拉松赛"}),
]

NOT_HOSTED = [
    # 青海省 2024: 发展 ends in 展 but is no exhibition
    ("与9省市区和有关央企签订战略合作协议，举办国资央企助力青海高质量发展、知名跨国企业青海行等活动。",
     {"国资央企助力青海高质量发展"}),
    # 眉山市 2014: a kind of fair with no place or name
    ("扎实推进现代畜牧业深化试点，办好泡菜展销会，力争全年泡菜产业产值突破120亿元。", {"泡菜展销会"}),
    # 辽阳市 2016: a kind of fair
    ("加快建设特色街区，积极发展“夜经济”，办好各类展销会。", {"各类展销会", "展销会"}),
    # 宣城市 2021: job fairs, counted
    ("开展“援企稳岗、政策护航”行动，举办“2+N”招聘会810场，城镇新增就业4.5万人。", {"2+N招聘会", "招聘会"}),
    # 宿迁市 2025 (seed 1817): kinds of race jieba tags as names
    ("发挥商会协会作用，办好马拉松、龙舟赛、篮球赛和城市足球赛，吸引更多体育爱好者打卡宿迁。", {"龙舟赛", "篮球赛"}),
    # 博尔塔拉蒙古自治州 2023 (seed 1817): a bare 马拉松赛 after a named race
    ("成功举办环赛里木湖公路自行车赛、马拉松赛，圆满承办世界雪日暨国际儿童滑雪节中国主会场。", {"马拉松赛"}),
]


@pytest.mark.parametrize("text,found,not_found", HOSTED)
def test_hosted_event_with_a_bare_event_word(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,not_found", NOT_HOSTED)
def test_no_hosted_event(text, not_found):
    projects = extract(text)["projects"]
    assert not (not_found & projects), projects
