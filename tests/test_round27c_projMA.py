"""Round 27c (projMA): a facility before an opening or topping-out frame (主体完工, 主体建筑…封顶, 即将开业运行), a facility read as an
organization while it is being built (…博物馆主体封顶), and what is refused (banks opening, counts, a verb before the name).

Cases from corpus reports of seed 2781 (the study 200) and three from studied gold passages (dev30, dev13, dev6);
see eval/corpus_samples/entM/round27c_projMA/README.md.
"""

from __future__ import annotations

import pytest

from tests.spans import entity_kinds

FIND = [
    # 邯郸 2023: a named works with no lexicon head
    ("东湖大桥正式通车，五得利大厦等项目竣工，华润万象汇主体完工，城发广场等项目加快建设；", {"华润万象汇"}),
    # 遂宁 2023
    ("武引二期主体完工，白鹤林水库下闸蓄水，祥凤寨水库、群英水库全面完工。", {"武引二期"}),
    # 武威 2021: the part (主体建筑) and 建成 before 封顶
    ("文化旅游产业方面，全力打造文化旅游名市，雷台文化旅游综合体主体建筑全面建成封顶，天梯山石窟抢救性保护有序推进。", {"雷台文化旅游综合体"}),
    # 上饶 2021, 呼伦贝尔 2021: a museum being built is the works
    ("上饶美术馆主体完工。", {"上饶美术馆"}),
    ("乌兰牧骑惠民演出1631场，呼伦贝尔历史博物馆主体封顶，草原文化（国际）交流中心、乌兰牧骑宫投入使用。", {"呼伦贝尔历史博物馆"}),
    # 陇南 2025, 长沙 2020: a park or its first zone opened (开园运营, 首开区)
    ("礼县三国文化产业园开园运营。", {"礼县三国文化产业园"}),
    ("争创国家级车联网先导区，实现人工智能科技城首开区开园，加快建设驱动未来的“湘江智谷”。", {"人工智能科技城首开区"}),
    # dev30 (攀枝花 2025): an opening frame the earlier rules do not know
    ("市中心医院花城院区即将开业运行。", {"市中心医院花城院区"}),
    # dev13 (天水 2025): the dam is a part of the reservoir
    ("清水汤浴水库大坝顺利封顶。", {"清水汤浴水库"}),
    # dev6 (合肥 2025)
    ("大外环北环主体完工，在建高速公路达300公里，高速路网加密联通。", {"大外环北环"}),
]

NOT = [
    # banks opening are organizations
    ("民生银行常德分行、广发银行常德分行先后开业。", {"民生银行常德分行", "广发银行常德分行"}),
    # 广安 2023: a verb before the name
    ("完成市博物馆陈列布展并正式开馆，加快组建广安市艺术团。", {"完成市博物馆陈列布展并"}),
    # 太原 2023: a kind of works, not a named one
    ("完成燃气老旧管网改造393.8公里，30年以上城镇燃气老旧管网改造全面完工。", {"30年以上城镇燃气老旧管网改造"}),
    # a kind of park, named by no word of its own
    ("城市公园开园。", {"城市公园"}),
    # 长治 2021: a bare number is no item
    ("207、208国道主城区过境段改线全面完工，全长112公里的国道环线顺利贯通。", {"207"}),
]


@pytest.mark.parametrize(("text", "names"), FIND)
def test_found(text, names):
    assert names <= entity_kinds(text).get("project", set())


@pytest.mark.parametrize(("text", "names"), NOT)
def test_not_found(text, names):
    assert not names & entity_kinds(text).get("project", set())
