"""Round 27 (indKB): an indicator never keeps a bracket it opens and does not close, nor a trailing 共 (in all) or 各
after scenic sites. Cases from corpus reports (place/year in comments); notes in eval/corpus_samples/ind27_right/round27_indKB/README.md."""

import pytest
from spans import indicators_of

# Fix 1: a figure written inside a bracket after a total is named by what the bracket holds, without 其中/含.
BRACKETS = [
    ("工业增加值增长14%（工业总产值增长16%）;", "16%", "工业总产值"),  # 广州 1996
    ("农业增加值增长5%（农业总产值增长6%）;", "6%", "农业总产值"),  # 广州 1996
    ("城镇生活污水集中处理率74.5%（其中市区82.5%）。", "82.5%", "市区"),  # 云浮 2015
    ("继续加大城市建设投入力度，今年市本级安排城建投资256亿元（含电力建设项目资金23.6亿元）。", "23.6亿元", "电力建设项目资金"),  # 广州 2005
    ("三年内，重点扶持10个市级以上农业龙头企业、100家农民合作社（含农机合作社50家）、1000户家庭农场。", "50家", "农机合作社"),  # 株洲 2016
    ("全年计划实施千万元以上省市重点项目122个（产业项目73个、基础设施项目49个）。", "73个", "产业项目"),  # 七台河 2023
    ("全市117个省市重点项目（产业项目83个，基础设施项目34个），", "83个", "产业项目"),  # 七台河 2023
]


@pytest.mark.parametrize(("sentence", "figure", "name"), BRACKETS)
def test_unclosed_bracket(sentence, figure, name):
    assert indicators_of(sentence)[figure] == name


# Fix 2: 共 before a figure says "in all"; 各 after scenic sites says "each".
TRAILING = [
    ("办理人大代表建议和政协提案共336件，办结率100%。", "336件", "人大代表建议和政协提案"),  # 云浮 2021
    ("建成公共文化设施共1040个，实现市县镇村四级全覆盖。", "1040个", "公共文化设施"),  # 云浮 2021 (公共 kept)
    ("加快信用村建设，整村授信合计共6.2亿元。", "6.2亿元", "整村授信"),  # 云浮 2021 (合计共 both go)
    ("全市已进驻网上办事大厅事项共5189项，全部社区（村）设立网上服务站。", "5189项", "网上办事大厅事项"),  # 江门 2014
    ("建成经济适用房34万平方米，配租廉租房504户，受益居民共达1984户。", "1984户", "受益居民"),  # 宁波 2004
    ("新增国家3A级旅游景区和省级旅游度假区各1家。", "1家", "国家3A级旅游景区和省级旅游度假区"),  # 揭阳 2018
]


@pytest.mark.parametrize(("sentence", "figure", "name"), TRAILING)
def test_trailing_total_or_each(sentence, figure, name):
    assert indicators_of(sentence)[figure] == name


# Guards: brackets closed inside a name stay; a bracket that opens a clause with a verb, or a phase, is left as it was.
def test_closed_bracket_kept():
    assert indicators_of("新批千万美元以上外（台)资项目47项。")["47项"] == "千万美元以上外（台)资项目"  # 福州 2014


@pytest.mark.parametrize(("sentence", "figure", "not_name"), [
    ("人口自然增长率控制在8.7‰（省下达顺德市为8.6‰）以内。", "8.6‰", "省下达顺德市"),  # 佛山 2002: a clause, not a name
    ("加快推进博贺新港区30万吨级（首期15万吨级）航道工程报批工作。", "15万吨", "首期"),  # 茂名 2014: a phase word
])
def test_bracket_clause_left(sentence, figure, not_name):
    assert indicators_of(sentence).get(figure) != not_name

