"""Indicator spans, issue #4 round 19 (indAA). Every sentence is from a corpus report outside the held-out places and
the gold files' passages (place/year in the comment).

Fix 1: a verb of receiving (获, 获得, 荣获, 斩获, 获批) between who received and what was received, before the figure,
is no part of what is measured: the figure measures what was received (文艺精品获文华奖3项 -> 文华奖, 荣获国家自然科学二等奖
1项 -> 国家自然科学二等奖), as dev3's 金牌 for 广州选手在全国第二届职业技能大赛中获得金牌13枚. After a count, the things
counted end before the verb (17个农产品获中部农博会金奖 -> 农产品). 33 of 200 corpus reports (seed 1906). Not inside
another word (查获, 获准, 获权) nor before a preposition (外国获批在渝设立…).
Fix 2: a verb of spending or pooling (投入, 整合) before a named fund is no part of it (投入帮扶资金7.51亿元 -> 帮扶资金),
where jieba reads the fund's first word as a verb and the leading verb was kept (13 of 200 corpus reports, seed 1906).
投入资金 alone and the amounts of the spending itself (投入强度) stay.
Fix 3: 接待 and 实现 at the front of a member of a list of figures (接待游客、旅游收入分别增长…) are dropped as they are
before a single indicator (the official 游客 for 全区接待游客…); 11 of 200 corpus reports (seed 1906). 游客接待人数, where
接待 follows the noun, stays.
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("投资400万元为北部三县25.6万户农房购买保险，受损农房获得理赔金额484.3万元。", "484.3万元", "理赔金额"),  # 柳州/2016
    ("周召倩在东京残奥会荣获2金1铜，我市体育健儿在全国赛事斩获金牌3枚、奖牌9枚。", "3枚", "金牌"),  # 邢台/2022
    ("文艺创作获得国家级奖项6项。", "6项", "国家级奖项"),  # 怀化/2014
    ("荣获国家自然科学二等奖1项，实现了我省此奖项零的突破。", "1项", "国家自然科学二等奖"),  # 山西/2007
    ("第十二届全运会上获金牌 2枚。", "2枚", "金牌"),  # 新余/2014
    ("我省运动员在国内外重大比赛中获得各类奖牌548枚、冠军234个，全民健身运动蓬勃开展。", "548枚", "奖牌"),  # 河北/2003
    ("市属单位获国家级科技奖5项、省级奖40项和市级奖96项。", "5项", "国家级科技奖"),  # 广州/1996
    ("精准有力帮扶企业，14家企业获产业引导专项资金2.6亿元。", "2.6亿元", "产业引导专项资金"),  # 新余/2018
    ("落实长江流域横向生态保护补偿机制，滁河陈浅跨省断面获生态补偿金4700万元。", "4700万元", "生态补偿金"),  # 滁州/2020
    ("惠科项目获批省补助资金4.98亿元。", "4.98亿元", "省补助资金"),  # 滁州/2020
    ("全市83个基础设施领域补短板项目获信贷资金206.52亿元。", "206.52亿元", "信贷资金"),  # 安顺/2020
])
def test_received_thing_is_measured(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)[figure]
    assert found == indicator
    assert "获" not in found


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("“垄上岳阳”综合体开业运营，17个农产品获中部农博会金奖。", "17个", "农产品"),  # 岳阳/2024
    ("54个项目列入省级科技发展计划，7个项目获省级科技进步奖，12项科技成果落地转化。", "7个", "项目"),  # 通化/2020
    ("精准有力帮扶企业，14家企业获产业引导专项资金2.6亿元。", "14家", "企业"),  # 新余/2018
    ("92个项目获国家设备更新改造贷款财政贴息支持，214个项目获国家中长期贷款支持。", "214个", "项目"),  # 宁波/2023
])
def test_counted_things_end_before_receiving(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)[figure]
    assert found == indicator
    assert "获" not in found


@pytest.mark.parametrize("sentence, figure, indicator", [
    # 查获, 获准, 获权: other words; 获批 before a preposition: no object to cut to
    ("实行最严格的食品药品监管，查获假冒伪劣食品52吨，学校、幼儿园食堂“明厨亮灶”达86%以上。", "52吨", "假冒伪劣食品"),  # 湘潭/2020
    ("海南控股获准发行企业债券15亿元，用于西环高速铁路项目。", "15亿元", "企业债券"),  # 海南/2011
    ("积极引导企业参与国际贸易，争取进出口获权企业达到1000家。", "1000家", "进出口获权企业"),  # 聊城/2014
    ("外国获批在渝设立领事机构增至15个。", "15个", "外国获批在渝设立领事机构"),  # 重庆/2026
    # 人均 before 获得: the average is part of what is measured
    ("对农民的直接补贴126亿元，人均获得补贴348元。", "348元", "人均获得补贴"),  # 云南/2010
    # 获批立项: what was approved, no thing received (not cut to 立项数)
    ("国家自然科学基金项目获批立项数增长17.9%。", "17.9%", "国家自然科学基金项目获批立项数"),  # corpus
])
def test_other_words_with_huo_untouched(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("投入衔接资金7.4亿元，实施帮扶项目254个。", "7.4亿元", "衔接资金"),  # 呼和浩特/2025
    ("整合涉农资金1400多亿元，建成生态高标准农田5957.7万亩。", "1400多亿元", "涉农资金"),  # 黑龙江/2018
    ("累计投入扶贫资金3.6亿元，实施产业扶贫项目275个。", "3.6亿元", "扶贫资金"),  # 铁岭/2021
    ("在财力紧张的条件下，累计投入安全领域资金92亿多元，为我区历史最高水平。", "92亿多元", "安全领域资金"),  # 宁夏/2024
    ("五年共投入扶贫专项资金56.8亿元，发放救灾款10.6亿元。", "56.8亿元", "扶贫专项资金"),  # 河北/2003
    ("累计投入扶贫和衔接资金14.8亿元，全面完成71151人脱贫任务。", "14.8亿元", "扶贫和衔接资金"),  # 儋州/2022
])
def test_spending_verb_dropped_before_fund(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)[figure]
    assert found == indicator
    assert not found.startswith(("投入", "整合"))


@pytest.mark.parametrize("sentence, figure, indicator", [
    # Round 27 (indKA) names a bare fund 资金 (投入资金, 整合各类资金), as dev28, dev29 and sample C read it
    ("全年共投入资金330亿元，比计划超出62亿元，民生八大工程全面启动。", "330亿元", "资金"),  # 陕西/2009
    ("预计研发经费投入增长25%、投入强度提升至1.4%。", "1.4%", "投入强度"),  # 海南/2025
    ("整合各类资金3亿元，深入推进“百村示范、千村创建、村村整治”。", "3亿元", "资金"),  # 常德/2016
])
def test_spending_alone_untouched(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figures", [
    ("全市接待游客、旅游综合收入分别增长20%和22%。", {"20%": "游客", "22%": "旅游综合收入"}),  # corpus
    ("全省接待境内外游客和旅游总收入分别增长16.4%和26.2%。", {"16.4%": "境内外游客", "26.2%": "旅游总收入"}),  # 陕西/2018
    ("预计接待旅游总人数和实现旅游总花费分别增长15%、14%。", {"15%": "旅游总人数", "14%": "旅游总花费"}),  # 拉萨/2025
    ("全省旅游总收入、接待国内旅游者人数分别增长19.3%、18.5%。", {"19.3%": "旅游总收入", "18.5%": "国内旅游者人数"}),  # 山西/2020
    ("实现全年接待游客数和旅游总收入分别增长12.8%和10.8%以上。", {"12.8%": "游客数", "10.8%": "旅游总收入"}),  # 儋州/2021
])
def test_list_member_verb_dropped(sentence: str, figures: dict[str, str]) -> None:
    found = indicators_of(sentence)
    for figure, indicator in figures.items():
        assert found[figure] == indicator
        assert not found[figure].startswith(("接待", "实现"))


def test_noun_before_reception_kept() -> None:
    # 张掖/2016: 接待 after the noun is part of the name
    found = indicators_of("游客接待人数、综合收入达到1505万人次和76亿元。")
    assert found["1505万人次"] == "游客接待人数"


def test_spending_verbs_one_after_another() -> None:
    # 甘肃/2017: 整合 and 投入 both go
    found = indicators_of("重视解决农村产业发展中资金短缺的最大瓶颈，整合投入省级涉农资金568亿元，切块到县481亿元。")
    assert found["568亿元"] == "省级涉农资金"


def test_member_verb_with_nothing_after_ends() -> None:
    # a member that is only 实现 and a scope (nothing named after the verb) stays, and the loop ends
    from kg.extract.indicators import _member_without_verb
    assert _member_without_verb("实现全年") == "实现全年"
    assert _member_without_verb("实现全年接待游客数") == "游客数"
