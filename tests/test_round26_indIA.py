"""Indicator spans, issue #4 round 26 (indIA): the left edge — whom the action was for. Every sentence is from a corpus
report (place/year in the comment), not from the gold files' passages.

Fix: a figure whose clause opens (after a scope word) with 为/向/给/帮助 and a beneficiary (企业, 市场主体, 困难群众, 园区,
省人大常委会…: kg/data/indicator_beneficiary_heads.txt), or with 向上, is named after the beneficiary, as dev28 (为企业贷款
-> 贷款, 向园区下放经济管理权限 -> 经济管理权限), dev2 (为企业减免税费、降低用地成本、发放稳岗补贴), dev3 (为企业减税降费) and
samples H and N (为市场主体减轻税费负担 -> 税费负担, 积极向上争取资金 -> 资金) read it. Counts of people stay as they were
(帮助就业困难人员就业1.8万人), and so does a list of beneficiaries that goes on without a head (为企业及职工…).
"""

from __future__ import annotations

import pytest

from kg.extract.round26_indIA import rest_after_beneficiary
from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("落实减税降费政策，为中小企业减免税费16.5亿元。", "16.5亿元", "减免税费"),  # 朔州/2020
    ("赋予湖南湘江新区市级权限44项，向省级以上园区下放权限89项；", "89项", "权限"),  # 长沙/2018
    ("向上争取各类资金24.5亿元，获批资金项目全部开工。", "24.5亿元", "资金"),  # 丹东/2022
    ("加强政府立法和行政执法监督，向省人大常委会提交法规议案10件，制定和修改政府规章6件。", "10件", "法规议案"),  # 江西/2009
    ("出台一揽子稳经济政策措施，累计为市场主体减税降费和退缓税费143.85亿元，普惠小微企业贷款增速全省第一。",
     "143.85亿元", "减税降费和退缓税费"),  # 邢台/2023
    ("6.对3000名残疾人开展技术培训，为贫困残疾人配发辅助器具1500件。", "1500件", "辅助器具"),  # 荆门/2016
    ("广东金融高新区股权交易中心注册登记企业达1614家，帮助企业融资326亿元。", "326亿元", "融资"),  # 佛山/2016
    ("成立合肥演艺集团、庐剧艺术传承中心，为一线环卫工人、建筑工人、企业职工和农村群众慰问演出1000多场。",
     "1000多场", "慰问演出"),  # 合肥/2022
    ("强化政策精准滴灌、直达快享，为企业减负降本1196亿元。", "1196亿元", "减负降本"),  # 杭州/2023
    ("持续开展“结对帮扶·爱心甘肃”工程，为困难群众帮办实事1.38万件。", "1.38万件", "实事"),  # 天水/2025
])
def test_figure_named_after_its_beneficiary(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # people counted: the beneficiaries are what the figure counts
    ("开展技能培训3.4万人次，实现失业人员再就业14.3万人，帮助就业困难人员就业1.8万人，零就业家庭保持动态清零。",
     "1.8万人", "就业困难人员就业"),  # 大连/2020 (not 就业: the people are counted; sample J reads either)
    # a list of beneficiaries that goes on with a noun that is no head: left as the rules name it
    ("深化供给侧结构性改革，“1+7”政策落地见效，全市为企业及职工降低社会保险费10.45亿元，“营改增”减税194亿元；",
     "10.45亿元", "社会保险费"),  # 长沙/2018
])
def test_beneficiary_kept_or_left(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("clause, rest", [
    ("为企业贷款", "贷款"),
    ("全年为企业减负", "减负"),
    ("向园区下放经济管理权限", "下放经济管理权限"),
    ("积极向上争取资金", "争取资金"),
    ("为一线环卫工人、建筑工人、企业职工和农村群众慰问演出", "慰问演出"),
    ("为企业及职工降低社会保险费", ""),  # the list goes on without a head
    ("为民办的", ""),  # no beneficiary
    ("为年度计划的", ""),
    ("占全市", ""),
])
def test_rest_after_beneficiary(clause: str, rest: str) -> None:
    assert rest_after_beneficiary(clause) == rest
