"""Round 17 (progQ, program precision; causes counted on 200 random corpus reports, seed 1702,
eval/corpus_samples/entN/round17/).

Each case is a sentence of a corpus report outside those 200. A verb of the clause (提升, 发展, 弘扬 after a quote, before a
result, or second of a verb pair) and a pronoun subject (我市, 我省) are no part of a program's name; 战略 before the noun
it qualifies (战略任务, 战略支撑, 战略腹地, 战略资源) names no strategy, nor 制度/机制 before 创新 (制度创新) a system, nor 改革 after a preposition or a verb that takes reform in
general (用改革, 靠改革, 勇于改革) a reform.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

LEADS = [
    # (sentence, names that must not be found, names that must be found)
    ("提升“861”行动计划，进一步加快重点产业基地和基础工程建设。",
     {"提升861行动计划"}, {"861行动计划"}),  # 安徽 2007
    ("提升“菜篮子”工程稳产保供能力，鼓励冬闲田“粮菜轮作”，新认定应急保供基地20个。",
     {"提升菜篮子工程"}, {"菜篮子工程"}),  # 南昌 2026
    ("发展“跨境电商+产业带”模式，跨境电商进出口同比增长30%，船舶出口同比增长80%以上。",
     {"发展跨境电商+产业带模式"}, {"跨境电商+产业带模式"}),  # 扬州 2025
    ("巩固发展应用型科研院所改革成果，稳妥推进公益型科研院所改革。",
     {"发展应用型科研院所改革"}, {"应用型科研院所改革"}),  # 江苏 2003
    ("巩固和发展农村税费改革成果，全面推进以乡镇机构、农村义务教育和县乡财政管理体制为主的农村综合配套改革。",
     {"发展农村税费改革"}, {"农村税费改革"}),  # 昆明 2008
    ("积极应对人口老龄化，完善发展养老事业和养老产业政策机制，构建老年友好型社会。",
     {"发展养老事业和养老产业政策机制"}, {"养老事业和养老产业政策机制"}),  # 广东 2025
    # nothing left is a program: a spirit, a victory
    ("大力弘扬“昆明精神”，倡导科学、健康、文明的生活方式，努力提高广大市民的思想道德素质。",
     {"弘扬昆明精神", "昆明精神"}, set()),  # 昆明 2008
    ("巩固发展反腐败斗争压倒性胜利，紧盯重大工程、重点领域、关键岗位，保持反腐高压态势。",
     {"发展反腐败斗争"}, set()),  # 贵州 2019
]

PRONOUNS = [
    ("认真贯彻国家减税降费政策，制定出台我省减税降费方案和具体措施。",
     {"我省减税降费方案"}, {"减税降费方案"}),  # 广东 2019
    ("抓紧编制我市国际旅游岛建设行动计划，推进邮轮游艇码头、免税商城等重点旅游项目建设。",
     {"我市国际旅游岛建设行动计划"}, {"国际旅游岛建设行动计划"}),  # 海口 2009
    ("——我市公立医院改革经验得到国家有关部门和省上肯定；",
     {"我市公立医院改革"}, {"公立医院改革"}),  # 三明 2014
    ("我市污染防治攻坚战成效考核连续五年被省委省政府评为优秀等级。",
     {"我市污染防治攻坚战"}, {"污染防治攻坚战"}),  # 鞍山 2025
]

STRATEGIC = [
    ("（三）强化科技自立自强战略支撑。", {"科技自立自强战略"}, set()),  # 广州 2026
    ("深度参与攀西战略资源创新开发试验区建设。", {"攀西战略"}, set()),  # 雅安 2022
    ("（三）关于“十四五”重大战略任务。", {"十四五重大战略"}, set()),  # 鹰潭 2021
    ("培育一批国有控股上市公司，提升国有企业战略支撑作用。", {"提升国有企业战略", "国有企业战略"}, set()),  # 海口 2021
    ("必须理清思路保持战略定力。", {"必须理清思路保持战略"}, set()),  # 西双版纳 2022
    ("一是打造跨越发展战略平台取得重大进展。", {"跨越发展战略"}, set()),  # 甘肃 2013
    ("锻造国家战略科技力量。", {"锻造国家战略", "国家战略"}, set()),  # 南京 2022
    ("加快建设“一带一路”战略平台。", {"建设一带一路战略", "一带一路战略"}, {"一带一路"}),  # 兰州 2018
    # before 基点 the strategy stays, as the official urumqi gold keeps it, without 这个/这一 or the verb
    ("（一）坚持扩大内需这个战略基点，积极融入和服务做强国内大循环。",
     {"扩大内需这个战略", "坚持扩大内需这个战略"}, {"扩大内需战略"}),  # 深圳 2026
    ("（一）牢牢把握扩大内需这一战略基点，着力增强经济发展的持久动力。",
     {"扩大内需这一战略", "牢牢把握扩大内需这一战略"}, {"扩大内需战略"}),  # 烟台 2013
]

INSTITUTIONAL = [
    ("围绕“八个跨境”推动制度创新。", {"八个跨境推动制度"}, set()),  # 临沧 2021
    ("高标准推进制度创新。", {"高标准推进制度"}, set()),  # 青海 2023
    ("全面深化生态文明制度创新。", {"生态文明制度"}, set()),  # 湖州 2016
]

GENERIC_REFORMS = [
    ("要用改革为一切创新开路、清障、除弊。", {"要用改革"}, set()),  # 辽宁 2015
    ("勇于改革创新。", {"勇于改革"}, set()),  # 福建 2021
    ("实现奋斗目标，关键靠改革。", {"关键靠改革"}, set()),  # 盘锦 2014
    ("发展教育事业，必须靠改革。", {"必须靠改革"}, set()),  # 浙江 1988
    ("依靠改革优化营商环境。", {"依靠改革"}, set()),  # 贵州 2020
]

# a campaign's title that opens with the verb, a title with a verb pair, and a quoted 我为… title stay whole
KEPT = [
    ("完善地方性法规配套，扎实开展提升行政执法质量三年行动，规范涉企行政执法行为。", "提升行政执法质量三年行动"),  # 丹东 2025
    ("全面实施传承发展浙江优秀传统文化行动计划，不断增强优秀传统文化的魅力。", "传承发展浙江优秀传统文化行动计划"),  # 浙江 2018
    ("扎实开展“我为群众办实事”实践活动，完成惠民实事45件。", "我为群众办实事实践活动"),  # 辽源 2022
    ("（一）聚焦投资消费，坚定实施扩大内需战略。", "扩大内需战略"),  # 贵阳 2023
    ("紧扣扩大内需战略基点，挖掘释放强大市场潜力。", "扩大内需战略"),  # 山东 2021
    ("黄河国家战略纵深推进。", "黄河国家战略"),
    ("深化土地综合利用改革。", "土地综合利用改革"),  # 开封 2020: 利用 is a word  # 郑州 2024: 纵深 is an adverb here
    ("推动新时代“南平机制”创新发展。", "新时代南平机制"),  # 南平 2019: the named mechanism develops
]


@pytest.mark.parametrize(("text", "absent", "present"), LEADS + PRONOUNS + STRATEGIC + INSTITUTIONAL + GENERIC_REFORMS)
def test_verb_or_pronoun_is_no_part_of_name(text, absent, present):
    programs = extract(text)["programs"]
    assert not programs & absent
    assert present <= programs


@pytest.mark.parametrize(("text", "name"), KEPT)
def test_title_kept(text, name):
    assert name in extract(text)["programs"]
