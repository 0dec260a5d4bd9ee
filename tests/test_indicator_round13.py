"""Indicator spans, issue #4 round 13: boundary causes of the misses of the blind passage sample M (and of dev3, I and
L), each confirmed on the corpus and fixed by patterns. Every sentence is from a corpus report outside the held-out
places (place/year in the comment), each case from a different report."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    # a part of a city before its air quality is a scope, dropped as 全市 is (259 of 2,999 corpus reports)
    ("柳州地表水环境质量全国第一，市区空气质量优良率达96.7%", "96.7%", "空气质量优良率"),  # 柳州/2021
    ("巩固治理成果，主城区空气质量优良天数增至301天。", "301天", "空气质量优良天数"),  # 重庆/2017
    ("全域推进清洁取暖，市区PM2.5平均浓度由“十二五”末的43微克下降到27微克", "27微克", "PM2.5平均浓度"),  # 承德/2021
    ("加大大气污染治理力度，确保中心城区空气质量优良率达到80%以上。", "80%", "空气质量优良率"),  # 乌海/2020
    # …and before a governing verb (426 reports), but not before 建成区, a name of its own
    ("优化生活垃圾收运处理，市区新建改建垃圾转运站16座，新增生活垃圾分类试点小区197个。", "16座", "垃圾转运站"),  # 苏州/2015
    ("完成市城区新建公厕30座。", "30座", "公厕"),  # 湘潭/2021
    ("中心城区建成区面积从21.6平方公里拓展至36.6平方公里，扩大69.3%", "36.6平方公里", "中心城区建成区面积"),  # 汕尾/2021
    # sections assessed by the nation and the province written with 、: the count names the sections (71 reports)
    ("52个国、省考断面水质优良率100%。", "52个", "断面"),  # 永州/2022 (sample M, studied)
    ("15个国、省考核断面水质优良率达100%。", "15个", "断面"),  # 眉山/2023
    ("15个国、省考核断面水质优良率达100%。", "100%", "水质优良率"),  # 眉山/2023 (the same sentence)
    # who is spared, before the relief (为市场主体减税降费…: 152 reports; 企业减负…: 272)
    ("落实国家减税降费政策，为企业和群众减负14.2亿元。", "14.2亿元", "减负"),  # 通化/2020
    ("扎实推进财税改革，为市场主体减税降费60亿元。", "60亿元", "减税降费"),  # 眉山/2023 (another sentence)
    ("释放降准资金350亿元，为市场经营主体减负674亿元，供应建设用地", "674亿元", "减负"),  # 宁波/2025
    ("通过债转股，五年累计为企业减负31.2亿元，企业负债率下降，资产质量明显提高。", "31.2亿元", "减负"),  # 济南/2003
    # 设置 and 评选 open a clause before the things set up or chosen (42 and 54 reports)
    ("改造升级5个养老机构，设置护理型养老床位1000张。", "1000张", "护理型养老床位"),  # 六盘水/2021
    ("制定地摊经济发展指引，规范设置露天市场64个、摊位8700个，有力活跃了街边和夜间消费", "64个", "露天市场"),  # 大庆/2021
    ("评选出首批“邕江计划”创新创业领军人才（团队）21支", "21支", "“邕江计划”创新创业领军人才（团队）"),  # 南宁/2020
    # 退税减税降费 named whole (26 reports)
    ("精准打好“1+7+1+N”政策“组合拳”，退税减税降费26.1亿元、减缓社保费3.4亿元", "26.1亿元", "退税减税降费"),  # 中卫/2023
])
def test_round13_spans(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_scope_kept_where_it_names_the_thing() -> None:
    # 城区 is only dropped before air quality or a verb: 中心城区人口 and 中心城区面积 stay whole
    got = indicators_of("中心城区人口突破100万人、建成区面积突破100平方公里")  # 遂宁/2021
    assert got["100万人"] == "中心城区人口"
    got = indicators_of("中心城区道路总长从193.2公里增加到311.2公里，中心城区面积拓展到90平方公里")  # 安顺/2016
    assert got["90平方公里"] == "中心城区面积"


def test_relief_kept_without_a_beneficiary() -> None:
    # nothing but the relief: unchanged
    got = indicators_of("减税降费6.8亿元，开展“无还本续贷”6亿元")  # 白城/2020
    assert got["6.8亿元"] == "减税降费"
