"""Indicator spans, issue #4 round 27b (indLA): a figure's thing cut inside a word after its first character.
Every sentence but the last two of the first group is from a corpus report (place/year in the comment).

Fix: a one-character name written right after its figure, when jieba cut the word into that character, verb pieces
(at most two characters) and nouns (易|返贫|人口, 缓|控释|肥), runs on through the pieces and the nouns, up to a predicate,
和/的 or a time word: 7.45万易返贫人口 -> 易返贫人口 (dev30), 10万吨缓控释肥 -> 缓控释肥 (dev30). Levels of places (县, 村,
国考断面: a convention split), pieces with no noun after them, and phrases that run on (预增产值过…) are left.
"""

from __future__ import annotations

import pytest

from kg.extract.round27b_indLA import whole_word
from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("将高龄补贴月人均标准提高20元，新建30个社区老年人日间照料中心和10个医养融合服务机构；", "10个", "医养融合服务机构"),  # 青海/2017
    ("12个专安委分条线分行业抓实安全生产。", "12个", "专安委"),  # 湘潭/2024
    ("全力保障油田打好98口探评井和试验井，力争页岩油产量突破。", "98口", "探评井"),  # 大庆/2021
    ("稳步推进“百村百院”工程，新建22个康养特色村和20处康养院。", "22个", "康养特色村"),  # 晋城/2022
    ("加快职业教育改革创新发展，建设2个产教融合型职业教育园区。", "2个", "产教融合型职业教育园区"),  # 齐齐哈尔/2022
    ("一系列稳增长政策举措落地见效，建立5000万元助保贷资金池，帮助企业转型。", "5000万元", "助保贷资金池"),  # 乌海/2018
    ("在每个区创建1个托育服务机构优质示范点。", "1个", "托育服务机构优质示范点"),  # 广州/2020
    ("东方希望200万头生猪、20万头早胜牛现代养殖项目当年签约。", "20万头", "早胜牛"),  # 庆阳/2021
    ("24670套保交楼全部交付，改造老旧小区。", "24670套", "保交楼"),  # 巴彦淖尔/2025
    ("六是为3745名失独家庭购买每人820元的综合保险。", "3745名", "失独家庭"),  # 兰州/2023
    ("四年共有234宗、694万平方米停缓建工程复工。", "694万平方米", "停缓建工程"),  # 海口/2007
    ("纯收入超亿元村由10个增至30个，70个次发达村（社区）村组两级经营性纯收入实现翻番。", "70个", "次发达村"),  # 东莞/2021
    ("完成了45所企办学校、17个企办公安机构和6所企办医院分离工作。", "6所", "企办医院"),  # 哈尔滨/2005
    ("出台实施四批190项稳增长政策举措，经济实现回升。", "190项", "稳增长政策举措"),  # 青岛/2023
    ("消除7.45万易返贫人口返贫致贫风险。", "7.45万", "易返贫人口"),  # dev30 黔南/2023
    ("开工建设中化长山15万吨尿基复合肥和10万吨缓控释肥、云天化20万吨钾肥等项目。", "10万吨", "缓控释肥"),  # dev30 松原/2016
])
def test_word_cut_after_its_first_character(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("健全乡村物流体系，13个县获批国家级电子商务进农村综合示范县。", "13个", "县"),  # 河南/2021: a level of place
    ("沱江水质显著改善、87个国考断面中水质优良断面达标。", "87个", "国"),  # 四川/2020: round 13's joined lists, left
    ("为3600户失能、半失能困难老年人家庭进行适老化改造。", "3600户", "失"),  # 南京/2022: no noun after the piece
    ("突出抓好30个预增产值过10亿元重大增量项目。", "30个", "预"),  # 湖北/2017: the phrase runs on
    ("对121条河涌进行综合整治，建设白云湖。", "121条", "河"),  # 广州/2011: 进行 is a verb of its own
])
def test_other_short_names_unchanged(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("text, name, expected", [
    ("易返贫人口返贫致贫风险", "易", "易返贫人口"), ("探评井", "探", "探评井"), ("次发达镇生产总值平均增长", "次", ""),
    ("单品入驻平台", "单", ""), ("西环加强等", "西", ""), ("易", "易", ""), ("", "易", ""),
])
def test_whole_word(text: str, name: str, expected: str) -> None:
    assert whole_word(text, 0, name) == expected
