"""Indicator spans: material between the indicator and its figure that is not part of it (每日, 由上年的,
折合, 连续第N年, 双双) and 分别 lists of points whose first figure has no unit (分别提高1.8和2.1个百分点).
Every sentence is from a corpus report, not from a gold file."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    # a per-day rate after 达到: the capacity, not 达到每日
    ("城市供水设计能力达到每日96.5万吨", "96.5万吨", "城市供水设计能力"),
    ("自主核酸检测能力达到每日5.5万人次", "5.5万人次", "自主核酸检测能力"),
    # 平均每天新增: the subject of the clause before
    ("新登记市场主体62.9万户，平均每天新增1722户", "1722户", "市场主体"),
    ("新增个体工商户2.8万户，平均每天新增78户", "78户", "个体工商户"),
    # 由上年(的) X 提高到 Y: both figures are the rate's
    ("农村五保户集中供养率由上年的15%提高到40%", "15%", "农村五保户集中供养率"),
    ("市属工业企业改制面由上年的25.3％提高到66.5％", "66.5％", "市属工业企业改制面"),
    ("农民人均负担由上年77元降至42元", "77元", "农民人均负担"),
    # （折合…美元）: the same amount in dollars
    ("人均生产总值8.06万元（折合1.18万美元）", "1.18万美元", "人均生产总值"),
    ("人均国内生产总值达4.6万元（折合5561美元）", "5561美元", "人均国内生产总值"),
    # 连续第N年 and 双双 are about the figure, not the indicator; 双双 keeps the whole list
    ("电商交易额、农村网络零售额增速连续第三年超过30%", "30%", "电商交易额、农村网络零售额"),
    ("高新技术企业、科技型中小企业双双超过4000家", "4000家", "高新技术企业、科技型中小企业"),
    ("食品、石化产业营业收入双双突破4000亿元", "4000亿元", "食品、石化产业营业收入"),
    # 分别提高A和B个百分点: A is read as a point too (numbers.py), and each figure takes its own item
    ("五大支柱产业和战略性新兴产业产值占规模工业比重达到62%和16%，分别提高1.8和2.1个百分点",
     "2.1个百分点", "战略性新兴产业产值占规模工业比重"),
    ("鞍钢产品本地加工率和供应链本地配套率分别提高3.5和3个百分点", "3.5", "鞍钢产品本地加工率"),
    ("鞍钢产品本地加工率和供应链本地配套率分别提高3.5和3个百分点", "3个百分点", "供应链本地配套率"),
    ("城乡居民收入与经济同步增长，财政收入占GDP、税收占财政收入比重分别提高0.9和3.4个百分点",
     "0.9", "财政收入占GDP比重"),
    ("城乡居民收入与经济同步增长，财政收入占GDP、税收占财政收入比重分别提高0.9和3.4个百分点",
     "3.4个百分点", "税收占财政收入比重"),
])
def test_trailing_material_is_not_indicator(sentence, figure, indicator):
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, names", [
    # a figure shared by a list (双双突破) and then 分别 with one figure per member
    ("金融机构本外币存贷款余额双双突破7000亿元，分别增长10.3%、22.8%",
     {"10.3%": "金融机构本外币存款余额", "22.8%": "金融机构本外币贷款余额"}),
    ("金融机构人民币存款、贷款余额双双突破万亿元，分别达到10814.51亿元和10403.12亿元",
     {"万亿元": "金融机构人民币存款、贷款余额", "10814.51亿元": "金融机构人民币存款余额"}),
])
def test_respectively_after_shared_figure(sentence, names):
    found = indicators_of(sentence)
    assert {figure: found[figure] for figure in names} == names
