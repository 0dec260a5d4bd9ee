"""Round 26 (honMA, honour inventions and misses across sets): a recipient read that is no name but a clause — a time or
frequency adverbial, a verb left at the end or inside, a grantor with 把, a figure or a condition; counted on 200 random
corpus reports, seed 2641, eval/corpus_samples/honW/round26/.

Each case is a sentence of a corpus report, not of a gold passage (report and year after it); the expected pairs (title,
recipient) follow ../shared/gold/GUIDELINES.md and the gold files (dev18 gives `继2003年后再次荣获全国科技进步先进市` to the
reporting city; counted subjects and persons are never listed). Recipient "" is the reporting unit.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# the name before a verb or after a grantor's 把: the clause around it is no part of the recipient
@pytest.mark.parametrize("text, pair, not_recipient", [
    ("大连理工大学精密制造创新团队成为荣获国家科技进步一等奖的唯一团队，华锐重工无人卸船机设计填补国内空白。",  # 大连 2020
     ("国家科技进步一等奖", "大连理工大学精密制造创新团队"), "大连理工大学精密制造创新团队成为"),
    ("温州医科大学团队项目获国家自然科学奖二等奖，温州大学增列为博士学位授予单位，温州理工学院获批设立。",  # 温州 2026
     ("博士学位授予单位", "温州大学"), "温州大学增"),
    ("中宣部、国家发改委还把国际旅游岛列为国家“十二五”文化产业示范区；",  # 海南 2011
     ("国家十二五文化产业示范区", "国际旅游岛"), "国家发改委还把国际旅游岛"),
    ("福建一建集团进入2019福建百强企业和福建服务业百强企业榜单、首次荣获中国建设工程鲁班奖，福建金牛水泥进入福建民营企业百强榜单。",
     ("中国建设工程鲁班奖", "福建一建集团"), "福建一建集团进入2019福建百强企业"),  # 三明 2020
    ("加大推进政务公开力度，资溪、南城和15个乡镇入选全省基层政务公开标准化规范化“十县百乡”建设名单。",  # 抚州 2023
     ("全省基层政务公开标准化规范化十县百乡建设名单", "南城"), "南城和"),
    ("务惠及8万余名儿童，灵山县获列为全国县域养老服务改革试点县和全区关爱服务“一老一小一残”试点县。",  # 钦州 2025
     ("全国县域养老服务改革试点县", "灵山县"), "灵山县获"),
    ("现代农业产业园2个，横县现代农业产业园获认定为第二批国家现代农业产业园。",  # 南宁 2020
     ("国家现代农业产业园", "横县现代农业产业园"), "横县现代农业产业园获"),
])
def test_the_clause_around_the_name_is_no_part_of_the_recipient(text, pair, not_recipient):
    honors = extract(text)["honors"]
    assert pair in honors
    assert not any(r == not_recipient for _, r in honors)


# a time adverbial or 获 of 获列为 with nothing else before the verb: the reporting unit won it
@pytest.mark.parametrize("text, pair, not_recipient", [
    ("首次揽获中国专利奖“双金”。", ("中国专利奖", ""), "首次揽"),  # 宁波 2026
    ("建成充电桩3982个，获列为广西新能源汽车推广应用示范市。", ("广西新能源汽车推广应用示范市", ""), "获"),  # 南宁 2022
])
def test_an_adverbial_or_huo_alone_is_the_reporting_unit(text, pair, not_recipient):
    honors = extract(text)["honors"]
    assert pair in honors
    assert not any(r == not_recipient for _, r in honors)


# a figure, a condition or a count of people as the subject: no honour received
@pytest.mark.parametrize("text, title", [
    ("预计，全年完成地区生产总值14817亿元、可比价增长4.6%，增幅居GDP超万亿元城市前列，经济规模自改革开放以来首次跻身全国大中城市十强；",
     "全国大中城市十强"),  # 南京 2021
    ("博物馆增至192家、居全国城市第2位，演出活动数量较2019年增长1.2倍、跻身全国音乐演艺“第三城”。", "全国音乐演艺第三城"),  # 成都 2024
    ("获得参评资格的城市，必须连续三届（每4年为一届）被评为“全国社会治安综合治理优秀地市（单位）”。",
     "全国社会治安综合治理优秀地市（单位）"),  # 贵阳 2011
    ("超三分之一小城镇成为省级小城镇环境综合整治样板镇。", "省级小城镇环境综合整治样板镇"),  # 丽水 2021
    ("今年以来，我省运动员在国际国内比赛中，又获得十六枚金牌、七枚银牌，有三名运动员在国际比赛中荣获“最佳运动员”称号。", "最佳运动员"),  # 浙江 1981
])
def test_a_figure_or_a_condition_receives_no_honour(text, title):
    assert not any(t == title for t, _ in extract(text)["honors"])


# names that end with 和 or hold a verb-like character stay whole (guards of what was right before)
@pytest.mark.parametrize("text, pair", [
    ("广东众和成功获评省政府质量奖，实现粤西企业零的突破。", ("省政府质量奖", "广东众和")),  # 茂名 2018
    ("新特能源、新疆众和、阜丰生物3家企业获批国家绿色工厂。", ("国家绿色工厂", "新疆众和")),  # 乌鲁木齐 2018
])
def test_names_ending_with_he_stay_whole(text, pair):
    assert pair in extract(text)["honors"]
