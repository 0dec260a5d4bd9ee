"""Round 9 (issue #4): projects and organizations, causes left by round 8 (eval/corpus_samples/entM/README.md,
round-9 note). Each case is a corpus sentence; the report it comes from is named."""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# a named bridge (name + 桥) built, opened or finished is a project (86 corpus reports name one, then build, open or
# finish it); kinds of bridges, figures of speech, counts and places named after a bridge are not
BRIDGES = [
    # 武汉 2017: a bare numbered bridge beside 大桥 and 隧道
    ("建成沌口长江大桥，开工建设江汉七桥，加快扩建月湖桥、岱黄高速府河桥。", {"沌口长江大桥", "江汉七桥", "月湖桥"}, set()),
    # 滁州 2016
    ("古城保护性改造有序进行，内城河综合治理及南大桥、西大街桥等快速建设；", {"南大桥", "西大街桥"}, set()),
    # 齐齐哈尔 2021: a flyover named by its road
    ("中心城区升级改造道路113条，民航路跨线桥开工建设，通北桥、飞鹤桥建成通车。", {"民航路跨线桥", "通北桥", "飞鹤桥"}, set()),
    # 哈尔滨 2017: a railway bridge named by its line is the bridge, not the line
    ("牡客专和哈尔滨机场扩建工程加快建设，确保滨北铁路桥建成通车。", {"滨北铁路桥"}, {"滨北铁路"}),
    # 黄冈 2021: a kind of bridge
    ("新改建农村公路1000公里，创建美丽农村路1000公里，完成危桥改造800座。", set(), {"危桥改造"}),
    # 泰安 2020: a figure of speech
    ("过去一年，我们逢山开路、遇水架桥，经济社会发展取得了可喜成绩。", set(), {"遇水架桥"}),
    # 上海 2022: places named after a bridge, listed as districts
    ("继续推进桃浦、南大、吴淞、高桥等区域转型发展。", set(), {"高桥", "桃浦桥", "南大桥"}),
    # 重庆 2014
    ("江北嘴、悦来新城、中央公园、化龙桥等片区形象显现。", set(), {"化龙桥"}),
    # 贵港 2021: a count of works, not a name
    ("推进“九路两桥”、西外环高速公路建设。", set(), {"九路两桥"}),
    # 保山 2022: a route ending at a place named 桥
    ("加快建设弥渡至昌宁、昌宁至链子桥等高速公路。", set(), {"昌宁至链子桥"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), BRIDGES)
def test_round9_named_bridges(text, present, absent):
    got = extract(text)
    assert present <= got["projects"], (present - got["projects"], got)
    assert not absent & (got["projects"] | got["organizations"]), got


def test_round9_place_named_after_a_bridge_in_a_count():
    """A county's reservoirs by name: 双桥 is the reservoir's place, 双桥水库 the work (counted list)."""
    got = extract("建成双桥、鱼洞坝、旧院等5座中型水库和8座小型水库。")["projects"]
    assert "双桥水库" in got and "双桥" not in got


def test_round9_branch_named_by_a_bridge_place():
    """市中医院丁桥分院: 丁桥 names the branch's place, it heads nothing."""
    got = extract("推进市儿童医院（二期）和市中医院丁桥分院建设。")["projects"]
    assert "市中医院丁桥分院" in got


# an exhibition hall named by the fair it houses: 广交会 + 展馆, not the event 广交会 and a bare 馆
HALLS = [
    ("保障广交会展馆四期建成开馆，加快空港国际会展中心建设。", {"广交会展馆四期"}),  # 广州 2022
    ("武汉国际博览中心主展馆建成投入使用。", {"武汉国际博览中心主展馆"}),  # 武汉 2011
    ("世园会主展馆封顶。", {"世园会主展馆"}),  # 青岛 2013
]


@pytest.mark.parametrize(("text", "present"), HALLS)
def test_round9_exhibition_halls(text, present):
    got = extract(text)["projects"]
    assert present <= got, (present - got, got)


# a project opening its clause whose first character jieba cuts off as a verb (建/龙, 通/威, 立/华): 26 corpus clauses
# `X项目 + stage` start with a single-character "verb" that is a company's first character
SUBJECTS = [
    ("建龙钢铁80万吨冷轧钢项目建成投产，粗钢产量增长20%；", "建龙钢铁80万吨冷轧钢"),  # 吉林 2020
    ("制造业规模稳步扩大，通威一期5万吨高纯晶硅项目建成试产。", "通威一期5万吨高纯晶硅"),  # 保山 2022
]


@pytest.mark.parametrize(("text", "name"), SUBJECTS)
def test_round9_company_project_subjects(text, name):
    assert name in extract(text)["projects"]


def test_round9_verbal_subject_still_no_name():
    """抓在建…: a real verb before the clause still names nothing."""
    got = extract("抓在建项目建成投产。")["projects"]
    assert not any(n.startswith("抓") for n in got)


# wrong finds of before: a verb, a copula or a preposition kept in the name
def test_round9_no_verb_before_he_ping_road():
    """天津 2010: 完成 governs; 和 of 和平路 is part of the name."""
    got = extract("完成和平路滨江道中心商业街、泰达时尚广场、河东万达广场建设。")["projects"]
    assert "完成和平路滨江道中心商业街" not in got and "和平路滨江道中心商业街" in got


@pytest.mark.parametrize("text", [
    "“四馆”指图书馆、文化馆、博物馆、美术馆；",  # 东莞 2025
    "“三中心”指国际演艺中心、国际赛事中心。",  # 广州 2025: a definition of a plan's parts
    "推动城市形态由单中心、高集聚向多中心、多组团均衡发展。",  # 合肥 2006
    "强化国土空间规划和用途管制，加快构建以博乐市为中心，以县城、建制镇和集镇为支撑的城镇体系。",  # 博州 2023
    "发展旅游业，从全省来说，应当以杭州为中心，把浙东、浙西、浙南几条线路连接起来。",  # 浙江 1986
])
def test_round9_no_copula_in_names(text):
    got = extract(text)
    names = got["projects"] | got["organizations"]
    assert not any(w in n for n in names for w in ("指", "为中心", "由", "四馆", "三中心")), names


def test_round9_zhi_inside_a_word_kept():
    """济南 2014: 南指廊 is a pier of the airport, 指 no verb."""
    assert "济南机场南指廊工程" in extract("济南机场南指廊工程即将建成。")["projects"]
