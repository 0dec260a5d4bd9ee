"""Round 14 (structures counted on 200 random corpus reports, seed 1414): programs.

Each case is a sentence of a corpus report outside the regions of the held-out sets; the expected names follow
../shared/gold/GUIDELINES.md and the habits of the official gold files (two names coordinated before one head are two
programs; a quoted name is what the quotes hold; a campaign's title keeps the verb that opens it).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# a quoted name after 和/与 shares the head with what stands before 和/与
QUOTE_AFTER_AND = [
    ("深化行政体制和“放管服”改革，开展“减证便民”专项行动，实行清单管理，全面推行“双随机、一公开”。",  # 贵州 2018
     {"行政体制改革", "放管服改革"}, {"行政体制和放管服改革"}),
    ("少数民族传统文化抢救保护和“十项精品、百名人才”工程初见成效。",  # 云南 2015
     {"少数民族传统文化抢救保护工程", "十项精品、百名人才工程"}, {"少数民族传统文化抢救保护和十项精品、百名人才工程"}),
    ("开展健康促进创建和“三减三健”行动，提高全民健康整体水平。",  # 七台河 2021
     {"三减三健行动"}, {"健康促进创建和三减三健行动", "健康促进创建行动"}),
    ("推动落实集团化办学和“强校帮弱校”机制，鼓励普通高中学校培育学科优势，提升高中阶段办学水平。",  # 汕尾 2022
     {"强校帮弱校机制"}, {"集团化办学和强校帮弱校机制"}),
    ("深化商事制度“证照分离”与“准入准营”改革。", {"证照分离改革", "准入准营改革"}, {"商事制度证照分离与准入准营改革"}),
]


@pytest.mark.parametrize(("text", "names", "wrong"), QUOTE_AFTER_AND)
def test_a_quoted_name_after_and_shares_the_head(text: str, names: set[str], wrong: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not wrong & found


def test_a_five_year_plan_after_and_is_no_program() -> None:
    found = extract("党的十三届七中全会通过的《中共中央关于制定国民经济和社会发展十年规划和“八五”计划的建议》，"
                    "为九十年代社会主义现代化建设描绘了宏伟蓝图，指明了前进方向。")["programs"]  # 浙江 1991
    assert not any("八五" in n for n in found)


# a quoted works, plan or campaign is a program, not a construction project
QUOTED_WORKS = [
    ("启动实施“中小学校车安全工程”，保证中小学生出行安全。", {"中小学校车安全工程"}),  # 湖北 2012
    ("完善吸引、留住、激活人才的政策措施，创新柔性招才引智机制，深入实施“中原千人计划”“名校英才入豫计划”“海外引智计划”"
     "等重大人才工程；", {"中原千人计划", "名校英才入豫计划", "海外引智计划"}),  # 河南 2018
    ("加强省级小城市培育试点，深化中心镇“双千工程”建设，提升中心镇综合承载力。", {"双千工程"}),  # 杭州 2015
    ("突出抓好“通道绿化工程”，确保完成高等级公路、国省干道“两年行动计划”建设任务。", {"通道绿化工程"}),  # 赤峰 2020
]


@pytest.mark.parametrize(("text", "names"), QUOTED_WORKS)
def test_a_quoted_works_is_a_program(text: str, names: set[str]) -> None:
    found = extract(text)
    assert names <= found["programs"]
    assert not names & found["projects"]


def test_the_places_of_a_list_stay_projects_beside_a_quoted_program() -> None:
    found = extract("以创建国家森林城市为抓手，加强林地草地管护，实施再造3个塞罕坝、京冀水源林、“千湖工程”等重点生态项目，"
                    "植树造林77万亩。")  # 承德 2015
    assert "千湖工程" in found["programs"]
    assert "千湖工程" not in found["projects"]


# the national reform of the countryside
RURAL = [
    ("坚持农业农村优先发展，深化农村改革，加快农业农村现代化步伐，千方百计推动农业增效益、农村增活力、农民增收入。",
     "农村改革"),  # 南昌 2025
    ("五是深化农村改革。", "农村改革"),  # 郑州 2022
    ("农业农村改革全面推进。", "农业农村改革"),
]


@pytest.mark.parametrize(("text", "name"), RURAL)
def test_the_rural_reform_is_a_program(text: str, name: str) -> None:
    assert name in extract(text)["programs"]


@pytest.mark.parametrize("text", ["建设全国农村改革试验区。", "罗县获评首个集成农村改革试点县。", "推进农村改革发展。"])
def test_a_rural_reform_zone_or_pilot_county_is_no_rural_reform(text: str) -> None:
    assert "农村改革" not in extract(text)["programs"]


# 优化 opens a campaign's title
OPTIMIZING = [
    ("深入实施优化营商环境三年行动，市本级政务服务事项网办率达到98%。", "优化营商环境三年行动"),  # 永州 2020
    ("结合全省优化营商环境三年行动，着力优化政务环境、市场环境、法治环境、人文环境。", "优化营商环境三年行动"),  # 海西 2022
    ("实施优化营商环境攻坚行动，综合整治“内卷式”竞争。", "优化营商环境攻坚行动"),
]


@pytest.mark.parametrize(("text", "name"), OPTIMIZING)
def test_optimizing_opens_the_title(text: str, name: str) -> None:
    found = extract(text)["programs"]
    assert name in found
    assert name[2:] not in found


def test_an_optimized_plan_is_no_title() -> None:
    assert not any(n.startswith("优化") for n in extract("优化深茂铁路线路及站场方案。")["programs"])


# a quoted year of a campaign before 活动 is the name; before 行动 the head stays
YEARS = [
    ("我们始终把作风建设作为坚强保障，持续开展“作风建设年”活动，深入推进政府系统党风廉政建设。", "作风建设年"),  # 吉林 2021
    ("大力开展“项目建设提速年”活动，实行每季度常态化调度机制，466个市重点项目完成投资971.1亿元。", "项目建设提速年"),  # 抚州 2021
]


@pytest.mark.parametrize(("text", "name"), YEARS)
def test_a_quoted_year_before_an_activity_is_the_name(text: str, name: str) -> None:
    found = extract(text)["programs"]
    assert name in found
    assert name + "活动" not in found


def test_a_quoted_year_before_a_campaign_head_keeps_it() -> None:
    assert "优化营商环境作风整治年行动" in extract("打通发展堵点，开展“优化营商环境作风整治年”行动。")["programs"]
