"""Round 12 (structures around program names, counted on 200 random corpus reports): programs.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1212,
eval/corpus_samples/entN/README.md, round 12) and outside the regions of the held-out sets; the expected names
follow ../shared/gold/GUIDELINES.md and the habits of the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# quoted names written one after another before one tail: each quote is a program with the tail, never one glued name
GLUED = [
    ("深化机关效能建设，创新“帮督一体”“交叉督查”机制，加强绩效考核激励。",  # 泉州 2023
     {"帮督一体机制", "交叉督查机制"}, "帮督一体交叉督查机制"),
    ("落实“一区一特色”“一部门一课题”改革推进机制，推动有效市场和有为政府更好结合，充分激发高质量发展内生动力。",  # 南京 2022
     {"一区一特色改革推进机制", "一部门一课题改革推进机制"}, "一区一特色一部门一课题改革推进机制"),
    ("创新“组合港”“一港通”模式，通关效率大幅提升。", {"组合港模式", "一港通模式"}, "组合港一港通模式"),  # 怀化 2023
    ("完善“湘商回归”“校友回湘”联络对接机制。",  # 永州 2025
     {"湘商回归联络对接机制", "校友回湘联络对接机制"}, "湘商回归校友回湘联络对接机制"),
    ("开展美丽宜居城市建设试点，实施道路“白改黑”“微循环”工程，创成省优秀管理城市。",  # 泰州 2022
     {"白改黑工程", "微循环工程"}, "道路白改黑微循环工程"),
    ("实施高校毕业生、退役军人等就业帮扶政策，推进“广东技工”“粤菜师傅”“南粤家政”培训工程。",  # 广州 2020
     {"广东技工培训工程", "粤菜师傅培训工程", "南粤家政培训工程"}, "广东技工粤菜师傅南粤家政培训工程"),
]


@pytest.mark.parametrize(("text", "names", "glued"), GLUED)
def test_glued_quotes_are_one_program_each(text: str, names: set[str], glued: str) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert glued not in found


# list items ending with 体制 or 制度 before a shared 体制改革/制度改革: each a reform, no doubled 体制
SYSTEM_LISTS = [
    ("食盐监管体制、城市执法体制改革稳步推进，审计监督和督查问责力度加大，政风行风持续改善。",  # 揭阳 2018
     {"食盐监管体制改革", "城市执法体制改革"}),
    ("深化投资体制、财税体制改革，健全现代市场体系和社会信用体系，不断激发各类市场主体的活力。",  # 上海 2013
     {"投资体制改革", "财税体制改革"}),
    ("推进信访制度、行政复议体制改革，推动人民调解与司法调解、行政调解、民商事仲裁对接联动。",  # 湖州 2016
     {"信访制度改革", "行政复议体制改革"}),
    ("推进综合交通运输体制、能源管理体制改革，形成“大交通”“大能源”格局。",  # 贵州 2026
     {"综合交通运输体制改革", "能源管理体制改革"}),
]


@pytest.mark.parametrize(("text", "names"), SYSTEM_LISTS)
def test_system_list_items_share_the_reform(text: str, names: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not any("体制体制" in n or "制度制度" in n for n in found)
    assert not any(n.endswith(("体制", "制度")) and n + "改革" in names for n in found)  # 信访制度 alone is no name


# 加大…改革力度: the reform pushed harder is named
REFORM_FORCE = [
    ("加大商事制度改革力度，推行全程电子化登记，加快工商注册便利化。", "商事制度改革"),  # 苏州 2016
    ("加大文化体制改革力度，推进国有文艺演出院团转企改制，完成市广播电视系统整合工作。", "文化体制改革"),  # 合肥 2010
    ("加大“放管服”改革力度，省政府部门权责清单事项从5598项大幅压减至3018项、压减率46%。", "放管服改革"),  # 广东 2019
    ("以金融服务综合化、融资形式多元化为重点，加大金融企业改革力度，推动地方金融机构增资扩股和向外拓展。", "金融企业改革"),  # 重庆 2010
]


@pytest.mark.parametrize(("text", "name"), REFORM_FORCE)
def test_reform_before_force(text: str, name: str) -> None:
    assert name in extract(text)["programs"]


def test_reform_force_needs_a_name() -> None:
    # 加大重要领域和关键环节的改革力度: fields, no reform's name (a structure of 山东 2009, reworded here as a plain clause)
    assert not extract("加大重要领域和关键环节的改革力度。")["programs"]
    assert not extract("进一步加大改革力度。")["programs"]


# quotes of one chain are names of one kind: when one is read as a program by its bare name, so are the others
CHAIN_SIBLINGS = [
    ("成功举办首届世界赣商大会等重大活动，“走出去”和“引进来”取得重大突破。", {"走出去", "引进来"}),  # 江西 2018
    ("“马路本色”向背街小巷和社区延伸，“以克论净”和“垃圾分类”全面铺开，城市出入口环境综合整治成效显著。",  # 南昌 2020
     {"以克论净", "垃圾分类"}),
    ("在航空港实验区和经开区，探索试行“准入前国民待遇”和“负面清单”外资管理方式，放宽对外来投资的限制。",  # 郑州 2014
     {"准入前国民待遇", "负面清单"}),
    ("实行“承诺制+容缺办”，大力推进“网上办”“不见面”审批，上线“济时通”APP。", {"网上办", "不见面"}),  # 济宁 2021
    ("加大重点领域节能降碳力度，加快大宗货物运输“公转铁”、“散改集”，持续提升应对气候变化能力。",  # 内蒙古 2022
     {"公转铁", "散改集"}),
]


@pytest.mark.parametrize(("text", "names"), CHAIN_SIBLINGS)
def test_chain_siblings(text: str, names: set[str]) -> None:
    assert names <= extract(text)["programs"]


@pytest.mark.parametrize("text", [
    "培育“东坡大米”“东坡肉”品牌。",  # 眉山 2023: brands
    "“梵净山珍·健康养生”“梵山净水·泡茶好水”“梵净抹茶·香溢天下”品牌知名度、市场美誉度极大提升。",  # 铜仁 2022
])
def test_brand_chains_get_no_siblings(text: str) -> None:
    found = extract(text)["programs"]
    assert "东坡大米" not in found and "梵净山珍·健康养生" not in found


# a verb that aligns with, stresses or pushes a program is no part of its name
ALIGN_LEADS = [
    ("全面落实十八届三中全会精神，突出公共资源市场化改革，破除影响发展体制机制障碍，增强经济发展活力和动力。",  # 七台河 2014
     "公共资源市场化改革", "突出公共资源市场化改革"),
    ("全面铺开商事登记改革，充分激发了市场活力，新增市场主体同比增长21.5%。", "商事登记改革", "铺开商事登记改革"),  # 东莞 2014
    ("强化收支“两条线”管理，完善部门预算，全面铺开国库集中支付制度改革，扩大政府采购的领域和规模。",  # 广东 2005
     "国库集中支付制度改革", "铺开国库集中支付制度改革"),
]


@pytest.mark.parametrize(("text", "name", "with_verb"), ALIGN_LEADS)
def test_align_lead_is_dropped(text: str, name: str, with_verb: str) -> None:
    found = extract(text)["programs"]
    assert name in found
    assert with_verb not in found


def test_aligning_with_strategies_in_general_names_none() -> None:
    # 湛江 2022: 融入国家战略 names no strategy
    assert not extract("全面融入国家战略，做强做大重大开放平台，全方位深化区域合作，为高质量发展提供动力支撑。")["programs"]


def test_prominent_problem_stays_in_the_name() -> None:
    # 湘潭 2021: 突出 as "prominent" (突出毒品问题) is part of the campaign's name, not a verb before it
    assert "突出毒品问题整治三年行动" in extract("强力推进突出毒品问题整治三年行动，争创全国禁毒示范城市。")["programs"]


def test_gloss_word_opens_no_name() -> None:
    # 柳州 2018: a glossary entry lists the ten campaigns after 即
    found = extract("“十大行动”，即特色产业富民行动、扶贫移民搬迁行动、农村电商扶贫行动、农民工培训创业行动。")["programs"]
    assert "特色产业富民行动" in found
    assert "即特色产业富民行动" not in found
