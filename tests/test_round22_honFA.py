"""Round 22 (honFA, honours across sets: a grantor or a description written before a quoted title is no part of it; counted on
200 random corpus reports, seed 2207, eval/corpus_samples/honW/round22/).

Each case is a sentence of a corpus report, not of a gold passage (report and year after it); the expected pairs (title,
recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the gold files that write the quoted name alone:
dev19 `入选央视“国家品牌计划”` → 国家品牌计划, dev24 `荣获《环球时报》“2020十大…”称号` → 2020十大最具投资吸引力城市, dev20
`荣获中宣部“五个一工程”奖` → 五个一工程奖, dev11 `夺取全国综治最高荣誉“长安杯”` → 长安杯.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# a broadcaster, an organisation or a ministry before its prize: who gives the title is no part of it
@pytest.mark.parametrize("text, pairs", [
    ("大力发展品牌农业，全市农业“三品”认证总数达204个，六安瓜片、霍山石斛入选央视“2013中国十大最具魅力农产品”。",
     {("2013中国十大最具魅力农产品", "六安瓜片"), ("2013中国十大最具魅力农产品", "霍山石斛")}),  # 六安 2014
    ("荣获联合国教科文组织“全球学习型城市奖”。", {("全球学习型城市奖", "")}),  # 成都 2020
    ("加大高品质文体服务供给，杂技剧《先声》、广播剧《问天》入选中宣部“五个一工程”奖，城市文明建设水平不断提升。",
     {("五个一工程奖", "先声"), ("五个一工程奖", "问天")}),  # 沈阳 2025
    ("经过几代人几十年的不懈努力，大南山绿色屏障工程荣获住建部“中国人居环境范例奖”。",
     {("中国人居环境范例奖", "大南山绿色屏障工程")}),  # 西宁 2014
])
def test_the_grantor_before_a_quoted_title_is_dropped(text, pairs):
    assert extract(text)["honors"] == pairs


# the prize described before its quoted name (its field and rank): the quoted name is the title
@pytest.mark.parametrize("text, pairs", [
    ("西北首家特种设备安全运行监控中心（96333）建成运行，我市连续两届荣获全国社会治安综合治理最高奖项“长安杯”。",
     {("长安杯", "")}),  # 西安 2017
    ("文化事业发展繁荣，《大明王朝1566》获得中国电视剧最高奖“飞天奖”，陈素珍获中国戏剧最高奖“梅花奖”。",
     {("飞天奖", "大明王朝1566"), ("梅花奖", "陈素珍")}),  # 海口 2008
    ("推进市域治理现代化，社会治理积分制管理、“九久入户”工程经验在全国推广，沙洋荣获全国综治最高奖“长安杯”。",
     {("长安杯", "沙洋")}),  # 荆门 2021
])
def test_a_prize_described_before_its_name(text, pairs):
    assert extract(text)["honors"] == pairs


# what stays: a scope before the quotes (全国, 省), a ministry before a quoted name that is no prize (dev11 keeps
# 商务部最佳实践案例, dev9 生态环境部EOD模式试点), a field before a trophy (our older golden cases write 全国综治长安杯), a short quoted name after an organisation
@pytest.mark.parametrize("text, pairs", [
    ("连续4次荣获全国“双拥模范城”称号。", {("全国双拥模范城", "")}),  # 哈尔滨 2001
    ("扬剧《衣冠风流》获省“五个一工程”奖。", {("省五个一工程奖", "衣冠风流")}),  # 扬州 2015
    ("河湖长制考核实现“四连冠”，招苏台河（四平段）入选生态环境部“美丽河湖优秀案例”。",
     {("生态环境部美丽河湖优秀案例", "招苏台河")}),  # 四平 2025
    ("宜宾高新区成为全国唯一入选科技部“百城百园”的省级高新区。", {("科技部百城百园", "宜宾高新区")}),  # 宜宾 2022
    ("成为首批国家公共文化服务示范区，荣获全国平安建设“长安杯”。",
     {("国家公共文化服务示范区", ""), ("全国平安建设长安杯", "")}),  # 长沙 2016
])
def test_a_scope_or_a_ministry_before_a_quoted_title_stays(text, pairs):
    assert extract(text)["honors"] == pairs
