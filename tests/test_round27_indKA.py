"""Indicator spans, issue #4 round 27 (indKA): the left edge of a bare fund — a verb of spending or pooling before 资金.
Every sentence but the last group is from a corpus report (place/year in the comment), not from the gold files' passages.

Fix: a figure named only by 投入, 筹集 or 整合 (kg/data/round27_fund_verbs.txt), maybe after a scope word (累计, 多渠道…)
and 各类, and 资金 is named 资金, as dev29 (投入资金102亿元 -> 资金), dev28 (多方筹集资金28.9亿元 -> 资金) and sample C
(筹措资金835亿元 -> 资金) read it; the growth rate after it follows. Named funds (扶贫专项资金), 募集资金 (dev28 keeps it)
and names with more before the verb are left as they were.

Fix 2: 新 + a one-character verb of making (修, 造, 植, 种, 栽, 辟, 创: kg/data/round27_new_making_verbs.txt) at the front of
a name goes, with the further actions listed after it: 新修梯田 -> 梯田 (sample J), 新造生态林 -> 生态林 (dev29), 新造成片林
-> 成片林 (sample I). An object of one character (新造林) or one that opens with a verb (新创建…) is left.
"""

from __future__ import annotations

import pytest

from kg.extract.round27_indKA import bare_fund, new_made
from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("加快补齐公共卫生短板，投入资金52.9亿元，实施补短板项目76个。", "52.9亿元", "资金"),  # 十堰/2021
    ("企业技术改造步伐加快，投入资金124亿元，比上年增长一倍以上，技术和装备水平有所提高。", "124亿元", "资金"),  # 浙江/1994
    ("企业技术改造步伐加快，投入资金124亿元，比上年增长一倍以上，技术和装备水平有所提高。", "一倍", "资金"),  # 浙江/1994
    ("整合资金6.21亿元，实现安全饮水、通村道路、危房改造、幼儿园、标准化卫生室五个全覆盖。", "6.21亿元", "资金"),  # 张掖/2016
    ("整合各类资金50亿元，支持县（市）区社会事业发展和民生保障。", "50亿元", "资金"),  # 合肥/2016
    ("多渠道筹集资金2.6亿元，推进学校标准化建设，新建和改扩建幼儿园29所。", "2.6亿元", "资金"),  # 随州/2014
    ("搭建国企改革资金平台，筹集资金14.9亿元，安置职工8.1万人。", "14.9亿元", "资金"),  # 青岛/2005
    ("十项民生工程扎实开展，16件民生大事全部落实，投入资金132.57亿元、增长6%，被新华网评为首批全国民生改善十佳典范城市。",
     "6%", "资金"),  # 绵阳/2016
    ("38处建设矿井开工34处，累计投入资金24.1亿元，鹿山六井、宝泰隆五矿进入联合试运行。", "24.1亿元", "资金"),  # 七台河/2023
    ("政府购买服务力度不断加大，市本级购买服务项目达到56个、投入资金3486万元，增长124%。", "124%", "资金"),  # 江门/2014
])
def test_bare_fund_named_without_its_verb(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # capital raised by listed firms: dev28 keeps 募集资金 whole
    ("金丰制革、东方海洋、招金矿业3户企业在境内外成功上市，募集资金33.5亿元。", "33.5亿元", "募集资金"),  # 烟台/2007
    # a named fund: round 19 keeps the fund's own name
    ("累计投入扶贫专项资金14.8亿元，实施项目1200个。", "14.8亿元", "扶贫专项资金"),
])
def test_other_funds_unchanged(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("name, expected", [
    ("投入资金", "资金"), ("多方筹集资金", "资金"), ("累计投入资金", "资金"), ("整合各类资金", "资金"),
    ("全年共投入资金", "资金"),
    ("募集资金", ""), ("投入扶贫资金", ""), ("政府投入资金", ""), ("投入资金占比", ""), ("到位资金", ""), ("", ""),
])
def test_bare_fund(name: str, expected: str) -> None:
    assert bare_fund(name) == expected


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("完成水土流失治理，新修梯田12万亩，新建堤防60.7公里。", "12万亩", "梯田"),  # 天水/2019
    ("完成植树造林和生态修复9.3万亩，新造红树林1100亩，治理水土流失63平方公里。", "1100亩", "红树林"),  # 惠州/2023
    ("新种桑园3.73万亩，总面积达76.35万亩。", "3.73万亩", "桑园"),  # 河池/2014
    ("加大新模式、新品种、新技术、新机制推广应用，新植矮化密植果园5万亩，改造老旧果园10万亩。", "5万亩", "矮化密植果园"),  # 平凉/2021
    ("以集装箱运输为主攻方向，新辟远洋干线6条，月航班数达到290班。", "6条", "远洋干线"),  # 宁波/2002
    ("倡导文明绿色出行，新辟优化公交线路10条，重点整治医院、商圈、学校周边交通秩序。", "10条", "公交线路"),  # 连云港/2022
    ("树立大食物观，建成设施蔬菜基地25万亩，新造、改造油茶林33.8万亩。", "33.8万亩", "油茶林"),  # 宜春/2023
    ("建设宜居宜业和美乡村20个，新修（改造）农村公路400公里。", "400公里", "农村公路"),  # 吴忠/2025
    ("城市绿化:新栽乔木42.2万株，灌木1260万株。", "42.2万株", "乔木"),  # 南昌/2005
])
def test_new_made_named_without_its_verb(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("name, expected", [
    ("新修梯田", "梯田"), ("新造生态林", "生态林"), ("新造成片林", "成片林"), ("新修“四好农村路”", "“四好农村路”"),
    ("新辟和优化公交线路", "公交线路"), ("新修改造基本农田", "基本农田"),
    ("新造林", ""), ("新创建和美乡村省级精品示范村", ""), ("新创无废工厂、无废学校、无废公园", ""), ("新开工项目", ""),
    ("新登记企业", ""), ("城区新植树木", ""), ("新修", ""), ("", ""),
])
def test_new_made(name: str, expected: str) -> None:
    assert new_made(name) == expected
