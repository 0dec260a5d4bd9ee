"""Round 18b (honV, honour precision; structures counted on 200 random corpus reports, seed 1813,
eval/corpus_samples/honW/round18b/).

Each case is a sentence of a corpus report outside those 200 reports and outside the gold passages (report and year after
it); the expected pairs (title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md, the official
gold files and the dev gold files (dev11, dev18: an approval to create is no title received).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# fix 1: 获批创建 (approved to create) names a designation to be created, no title received: no honour; the other clauses
# of the sentence keep theirs
@pytest.mark.parametrize("text, pairs", [
    ("我市获批创建国家电子商务示范城市。", set()),  # 沈阳 2015
    ("获批创建国家自主创新示范区。", set()),  # 泉州 2017
    ("泰兴国家现代农业产业园通过认定，兴化获批创建国家农业现代化示范区。", set()),  # 泰州 2023
    ("盱眙县获批创建国家级现代农业产业园，淮阴农科园成为全省首批农业高新技术产业示范区，淮安区创成国家农村产业融合发展示范区。",
     {("全省农业高新技术产业示范区", "淮阴农科园"), ("国家农村产业融合发展示范区", "淮安区")}),  # 淮安 2021
    ("康平县获批创建国家有机产品认证示范县，法库县被评为国家农产品质量安全县。",
     {("国家农产品质量安全县", "法库县")}),  # 沈阳 2017
    ("成功获批创建国家城市黑臭水体治理示范城市，市中心城区黑臭水体基本消除。", set()),  # 六盘水 2021
    ("全域公共免费WiFi城市项目有序推进，获批创建“宽带中国”示范城市，以大数据为引领的电子信息产业规模达660亿元，"
     "被评为“最适合投资数据中心的城市”。", {("最适合投资数据中心的城市", "")}),  # 贵阳 2015
])
def test_approval_to_create_is_no_title(text, pairs):
    assert extract(text)["honors"] == pairs


# what must stay: a title received after 获批 (a designation), 获批设立, 成功创建, 创成, 创建为
@pytest.mark.parametrize("text, pairs", [
    ("文成、泰顺获批设立省级开发区。", {("省级开发区", "文成"), ("省级开发区", "泰顺")}),  # 温州 2022
    ("砀山县获批创建国家有机产品认证示范区，泗县被命名为省质量强县示范县。", {("省质量强县示范县", "泗县")}),  # 宿州 2018
    ("成功创建国家食品安全示范城市。", {("国家食品安全示范城市", "")}),  # 南京 2023
    ("昆山市获批金融支持深化两岸产业合作改革创新试验区，物联网金融创新走在全国前列。",
     {("金融支持深化两岸产业合作改革创新试验区", "昆山市")}),  # 苏州 2021
])
def test_titles_received_stay(text, pairs):
    assert extract(text)["honors"] == pairs


# fix 2: a clause with no subject goes on with the named unit that opens the sentence (a county or district, a zone, a
# park or scenic area, a company, a college), not the reporting unit, when the title is no city's
@pytest.mark.parametrize("text, pairs", [
    ("饶平县位列全国农产品电商“百强县”第23位，入选国家第一批县域商业行动示范县。",
     {("国家县域商业行动示范县", "饶平县")}),  # 潮州 2023
    ("兴业县成功摘掉毒品重点关注地区“帽子”，获评为广西禁毒重点整治示范县。", {("广西禁毒重点整治示范县", "兴业县")}),  # 玉林 2023
    ("张掖经开区在229个国家级经开区考核中排名第131位、上升6位，获评全省开发区建设发展先进集体。",
     {("全省开发区建设发展先进集体", "张掖经开区")}),  # 张掖 2025
    ("医巫闾山景区成功通过国家5A级景区景观质量评审，获评首批中国（辽宁）特色气候小镇。",
     {("中国（辽宁）特色气候小镇", "医巫闾山景区")}),  # 锦州 2025
    ("金宇集团建成全球最大口蹄疫苗智能制造基地，被认定为自治区级制造业创新中心。",
     {("自治区级制造业创新中心", "金宇集团")}),  # 呼和浩特 2020
    ("鄂钢公司实施绿色城市钢厂改造，入选工信部第五批“绿色工厂”。", {("工信部绿色工厂", "鄂钢公司")}),  # 鄂州 2021
])
def test_unit_opening_the_sentence_is_the_recipient(text, pairs):
    assert extract(text)["honors"] == pairs


# what must stay the reporting unit's: a verb phrase opens the sentence (完成县级…, 全面实施县级…), or the title is a city's
@pytest.mark.parametrize("text, pairs", [
    ("全面实施县级公立医院改革，被确定为公立医院改革国家联系试点城市。", {("公立医院改革国家联系试点城市", "")}),  # 威海 2016
    ("完成县级公立医疗机构改革，获评全国基层中医药工作先进单位。", {("全国基层中医药工作先进单位", "")}),  # 济南 2016
    ("无锡开放大学挂牌成立，入选全国首批现代学徒制试点城市。", {("全国现代学徒制试点城市", "")}),  # 无锡 2016 (the sentence's end)
])
def test_reporting_unit_stays(text, pairs):
    assert extract(text)["honors"] == pairs
