"""Indicator spans, issue #4 round 25 (indDA): figures assigned item by item in a list. Every sentence is from a corpus
report (place/year in the comment), not from the gold files' passages.

Fix 1: a list of k subjects, then 由/从 k figures and a verb to 到/至 k more (城镇和农村居民人均可支配收入分别由21604元、8002元
增加到30780元、12200元), 分别 before 由/从, before the verb or not written; and a list with a level and its growth in one
clause (城乡居民收入分别达27266元和11972元、增长9.2%和10.6%). Each member measures its figure of each half, as GUIDELINES'
分别 example spells each member out and sample O accepts 个体工商户 / 私营企业 for the four figures of 个体工商户和私营企业分别
由上年的…增加至…. Before, every one of the 2k figures took the whole list (5 of 200 corpus reports, seed 2501, plus 2 of the
level-and-growth form; 79 of 2,941 for the from-to form).

Fix 2: one figure shared by a list after 均/双双/都 (进出口总值、实际利用外资均增长5%) names the whole list, as dev2 (城镇和农村
常住居民人均可支配收入均增长8%) and dev3 (旅游接待人次、总收入均增长20%以上; 社会消费品零售总额和商品进出口总值双双超过1万亿元)
write it; the base kept the last member only, or cut the first member's front (12 of 200 reports, seed 2501). A list ending
in 等 keeps its class, a governing verb before the list stays out (the list's front is extended only when its first member
was cut to a bare amount: 游客接待|人数和旅游收入), and 年均/人均/亩均 are not 均.
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figures", [
    ("职工、居民医保最高支付限额分别由20万元、13万元提高到54万元、42万元，我市被国家确定为首批自助开通异地就医直接结算试点城市。",
     {"20万元": "职工医保最高支付限额", "13万元": "居民医保最高支付限额",
      "54万元": "职工医保最高支付限额", "42万元": "居民医保最高支付限额"}),  # 鹤岗/2021
    ("城市居民人均可支配收入、农民人均纯收入分别由7306元、2352元增加到11222元、3465元，年均分别增长10%和7.8%。",
     {"7306元": "城市居民人均可支配收入", "2352元": "农民人均纯收入", "11222元": "城市居民人均可支配收入",
      "3465元": "农民人均纯收入", "10%": "城市居民人均可支配收入", "7.8%": "农民人均纯收入"}),  # 贵阳/2007
    ("森林覆盖率、优良天数比例分别从17.5%、77%提高到36.2%、81.1%。",
     {"17.5%": "森林覆盖率", "77%": "优良天数比例", "36.2%": "森林覆盖率", "81.1%": "优良天数比例"}),  # 滁州/2021
    ("森林覆盖率、草原综合植被盖度、水土流失治理程度分别由22.8％、83.6％、56％提高到30.8％、90.3％和80％。",
     {"22.8％": "森林覆盖率", "83.6％": "草原综合植被盖度", "56％": "水土流失治理程度",
      "30.8％": "森林覆盖率", "90.3％": "草原综合植被盖度", "80％": "水土流失治理程度"}),  # 固原/2022
    ("全市林木覆盖率和自然湿地保护率分别由25%、16.6%提高到27%、50%。",
     {"25%": "林木覆盖率", "16.6%": "自然湿地保护率", "27%": "林木覆盖率", "50%": "自然湿地保护率"}),  # 无锡/2017
    ("城镇居民年人均可支配收入和农村居民年人均纯收入分别由2000年的5358元、2231元提高到8090元左右、3006元左右，年均分别递增8.4%和6.1%。",
     {"5358元": "城镇居民年人均可支配收入", "2231元": "农村居民年人均纯收入", "8090元": "城镇居民年人均可支配收入",
      "3006元": "农村居民年人均纯收入"}),  # 海南/2006
    # 分别 before the verb
    ("累计取消下放各类行政审批项目428项，新增内资企业数和注册资金额由17669家、770亿元分别增加到37786家、2379亿元。",
     {"17669家": "新增内资企业数", "770亿元": "注册资金额", "37786家": "新增内资企业数", "2379亿元": "注册资金额"}),  # 无锡/2017
    # no 分别
    ("城镇和农村居民人均可支配收入从25041元、7668元增加到37016元、12373元，年均增长8.3%、10.1%。",
     {"25041元": "城镇居民人均可支配收入", "7668元": "农村居民人均可支配收入", "37016元": "城镇居民人均可支配收入",
      "12373元": "农村居民人均可支配收入", "8.3%": "城镇居民人均可支配收入", "10.1%": "农村居民人均可支配收入"}),  # 毕节/2022
    ("轻工业、民营工业增加值占工业增加值比重由8.6%、48.8%提高到24.8%、67.5%。",
     {"8.6%": "轻工业增加值占工业增加值比重", "48.8%": "民营工业增加值占工业增加值比重",
      "24.8%": "轻工业增加值占工业增加值比重", "67.5%": "民营工业增加值占工业增加值比重"}),  # 安顺/2016
    # a level and its growth in one clause
    ("一般公共预算收入222亿元、同口径增长1%，城乡居民人均可支配收入分别达到45406元和17162元、增长5%和6%。",
     {"45406元": "城镇居民人均可支配收入", "17162元": "农村居民人均可支配收入",
      "5%": "城镇居民人均可支配收入", "6%": "农村居民人均可支配收入"}),  # 兰州/2023
    ("城乡居民收入分别达27266元和11972元、增长9.2%和10.6%。",
     {"27266元": "城镇居民收入", "11972元": "农村居民收入", "9.2%": "城镇居民收入", "10.6%": "农村居民收入"}),  # 贵阳/2016
])
def test_from_to_list_each_member_twice(sentence: str, figures: dict[str, str]) -> None:
    found = indicators_of(sentence)
    for figure, indicator in figures.items():
        assert found[figure] == indicator
    assert not any("、" in found[f] or "和" in found[f] for f in figures)  # never the whole list


@pytest.mark.parametrize("sentence, figures", [
    # one subject, not a list: its figures stay its own (a pair of classes of one allowance)
    ("一二线边民补助从年人均1700元、1500元提高到6000元、5400元，分别增长2.5倍和2.6倍。",
     {"1700元": "一二线边民补助", "1500元": "一二线边民补助", "6000元": "一二线边民补助", "5400元": "一二线边民补助"}),  # 西藏/2021
    # one figure a side
    ("企业退休人员月人均养老金由1276元提高到2182元。",
     {"1276元": "企业退休人员月人均养老金", "2182元": "企业退休人员月人均养老金"}),  # 菏泽/2016
    # a 分别 list of k figures, as before
    ("城镇和农村居民人均可支配收入分别增长8.3%和9.2%，分别达到37016元和12373元。",
     {"8.3%": "城镇居民人均可支配收入", "9.2%": "农村居民人均可支配收入",
      "37016元": "城镇居民人均可支配收入", "12373元": "农村居民人均可支配收入"}),  # 毕节/2022 (shortened)
])
def test_other_lists_stay(sentence: str, figures: dict[str, str]) -> None:
    found = indicators_of(sentence)
    for figure, indicator in figures.items():
        assert found[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("力争全年进出口总值、实际利用外资均增长5%。", "5%", "进出口总值、实际利用外资"),  # 石家庄/2019
    ("固定资产投资增长10%，一般公共预算总收入、地方一般公共预算收入均增长5.5%，社会消费品零售总额增长8%。", "5.5%",
     "一般公共预算总收入、地方一般公共预算收入"),  # 厦门/2023 (shortened)
    ("确保交通投资、生态环境和公共设施投资、高新技术产业投资、制造业投资、民间投资均增长10%。", "10%",
     "交通投资、生态环境和公共设施投资、高新技术产业投资、制造业投资、民间投资"),  # 台州/2019
    ("国内实际到位资金和实际利用外资均增长10%。", "10%", "国内实际到位资金和实际利用外资"),  # 辽阳/2021
    ("力争游客接待人数和旅游收入双双增长20%。", "20%", "游客接待人数和旅游收入"),  # 酒泉/2014
    ("确保省级以上公益林管护面积到位率和补偿资金发放到位率均达到100%。", "100%",
     "省级以上公益林管护面积到位率和补偿资金发放到位率"),  # 湖南/2014
    ("确保游客接待量、旅游收入均增长15%以上。", "15%", "游客接待量、旅游收入"),  # 遵义/2022
])
def test_one_figure_shared_by_a_list(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_shared_list_then_distributed() -> None:
    # the list the shared figure names is the one a 分别 clause after it spells out, member by member
    found = indicators_of("工业增加值和社会消费品零售总额均突破1万亿元，分别增长11.8%、13.8%；")  # 湖北/2014
    assert found["1万亿元"] == "工业增加值和社会消费品零售总额"
    assert found["11.8%"] == "工业增加值"
    assert found["13.8%"] == "社会消费品零售总额"


@pytest.mark.parametrize("sentence, figure, indicator", [
    # a list ending in 等: its class
    ("智能家电、新能源汽车、海洋装备、食品饮料等产业增加值均增长10%。", "10%", "产业增加值"),  # 青岛/2024
    # a governing verb before the list stays out
    ("新签约长三角来淮投资项目数、资金额均增长10%以上。", "10%", "长三角来淮投资项目数、资金额"),  # 淮南/2024
    ("办理人大代表建议和政协提案满意率均达100%。", "100%", "人大代表建议和政协提案满意率"),  # 江门/2020
    ("实现新雪季接待游客人次、出游总花费增速均达到20%以上。", "20%", "游客人次、出游总花费"),  # 吉林/2025
])
def test_shared_figure_guards(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator
