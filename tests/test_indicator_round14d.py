"""Indicator spans, issue #4 round 14d: a count before a size class keeps the class (10个5万吨级深水泊位 ->
5万吨级深水泊位), while the size figure itself names the thing after 级 (round 14), also across 以上的; a count of
villages, towns or estates names them, not their sewage or surroundings that the clause treats (400个行政村生活污水治理
-> 行政村). Every sentence is from a corpus report outside the held-out places (place/year in the comment)."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    # a count, then a size class: the things counted are the ones of that class (32 of 2,999 corpus reports)
    ("虎门港获准建设10个5万吨级深水泊位，其中8个已动工", "10个", "5万吨级深水泊位"),  # 东莞/2007
    ("虎门港获准建设10个5万吨级深水泊位，其中8个已动工", "5万吨", "深水泊位"),
    ("绥中港区3个5万吨级通用泊位投入使用", "3个", "5万吨级通用泊位"),  # 葫芦岛/2016
    ("铁山港东岸2个10万吨级码头泊位建设加快", "2个", "10万吨级码头泊位"),  # 玉林/2023
    ("广澳港区2个10万吨级集装箱泊位、8公里长深水防波堤", "2个", "10万吨级集装箱泊位"),  # 汕头/2021
    # …with 以上 and 的 after 级: 以上 stays with the class, 的 goes; the size figure names the thing after them
    ("虎门港建成15个5万吨级以上的深水泊位，新增吞吐能力4000万吨", "15个", "5万吨级以上深水泊位"),  # 东莞/2007
    ("虎门港建成15个5万吨级以上的深水泊位，新增吞吐能力4000万吨", "5万吨", "深水泊位"),
    ("新建续建5个5万吨级以上泊位，实施25万吨级航道工程", "5个", "5万吨级以上泊位"),  # 盘锦/2016
    ("形成3个亿吨级、4个5000万吨级的大型煤炭集团", "4个", "5000万吨级大型煤炭集团"),  # 山西/2016
    ("形成3个亿吨级、4个5000万吨级的大型煤炭集团", "5000万吨", "大型煤炭集团"),
])
def test_count_before_size_class(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # not a size class: a compound count still takes the noun after its last figure, an ordinal counts nothing
    ("全面完成十二件31项民生实事", "十二件", "民生实事"),
    ("推动第二个30万吨级原油码头建设", "30万吨", "原油码头"),  # 天津/2009
    # a capacity without 级 is not a class: the count and the capacity keep their own readings
    ("建成2个10万吨级泊位，新增吞吐能力300万吨", "300万吨", "吞吐能力"),
])
def test_not_a_size_class(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # a count of villages, towns or estates, then their sewage or surroundings and a verb of treating them: the places
    # are counted (some 300 of 2,999 corpus reports), as the official file's 居民小区 of 居民小区公共设施…
    ("完成400个行政村生活污水治理、10个人口3000人以上行政村生活污水集中处理", "400个", "行政村"),  # 内蒙古/2024
    ("安排500个村庄环境综合整治，再建300个", "500个", "村庄"),  # 青海/2018
    ("完成2500个行政村人居环境建设。", "2500个", "行政村"),  # 西藏/2013
    ("完成300个村环境整治，受益人口达42.2万", "300个", "村"),  # 杭州/2010
    ("扎实开展农村人居环境整治，完成750个示范村环境综合整治、179个村生活污水治理", "750个", "示范村"),  # 长治/2021
    ("扎实开展农村人居环境整治，完成750个示范村环境综合整治、179个村生活污水治理", "179个", "村"),
    ("100个老旧小区环境综合整治全面推开", "100个", "老旧小区"),  # 合肥/2014
    ("实施300个村庄生活污水提升治理，铺设供水管网", "300个", "村庄"),  # 泉州/2026
    # …not facilities that treat them (counted as facilities), nor 农村 (no place counted), nor households
    # …not facilities that treat them (counted as facilities)
    ("开工建设100个建制镇污水处理设施，推进城镇污水配套管网和垃圾焚烧处理设施", "100个", "建制镇污水处理设施"),  # 海南/2018
])
def test_count_of_places_treated(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    # 农村 is no place a count names (the counties of 项目县 are counted here), and 户 counts homes, not estates
    ("打造2—4个农村人居环境整治提升专项项目县", "4个", "农村"),  # 邯郸/2022
    ("全面完成120个、5.74万户老旧小区环境综合整治任务。", "5.74万户", "老旧小区"),  # 合肥/2014
])
def test_not_a_count_of_places(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong
