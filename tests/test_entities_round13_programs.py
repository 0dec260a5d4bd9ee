"""Round 13 (structures counted on 200 random corpus reports, seed 1313): programs.

Each case is a sentence of a corpus report outside the regions of the held-out sets and of the studied gold sets; the
expected names follow ../shared/gold/GUIDELINES.md and the habits of the official gold files (a named system, a
package of measures and the items of a counted set are programs; the verb that governs one is no part of its name).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# 最严格的…制度: the 的 after 最严格 hid the system from every head reading; a system joined to it by 和 is one too
STRICTEST = [
    ("坚持最严格的耕地保护制度，提升中国稻种基地建设水平，稳定粮食播种面积241万亩、粮食产量94.5万吨以上。",  # 三明 2022
     {"最严格的耕地保护制度"}, set()),
    ("实行最严格的耕地保护制度和节约集约用地制度，认真落实土地利用总体规划，严肃查处违法违规用地行为。",  # 山东 2009
     {"最严格的耕地保护制度", "节约集约用地制度"}, {"最严格的耕地保护制度和节约集约用地制度"}),
    ("落实最严格的耕地保护制度和最严格的节约用地制度。",  # 青岛 2009
     {"最严格的耕地保护制度", "最严格的节约用地制度"}, set()),
    ("推进滇池、洱海、抚仙湖等九大高原湖泊水环境综合治理，实施最严格的水资源管理制度。",  # 云南 2015
     {"最严格的水资源管理制度"}, {"水资源管理制度"}),
]


@pytest.mark.parametrize(("text", "names", "wrong"), STRICTEST)
def test_the_strictest_systems_are_named_with_their_degree(text: str, names: set[str], wrong: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not wrong & found


def test_a_bare_strictest_system_names_none() -> None:
    assert not any("最严格" in n for n in extract("要用最严格的保护制度守护好一江清水。")["programs"])


# a verb of use, joining or shaping before a program: the program is what follows, nothing when that is generic
LEADS = [
    ("盘活存量经营性国有资产，运用“1+N”模式做大做强国有投融资平台。", "1+N模式", "运用1+N模式"),  # 博尔塔拉 2023
    ("运用“一企一议”协调机制帮助企业解决问题4642个。", "一企一议协调机制", "运用一企一议协调机制"),  # 福州 2020
    ("结合“一件事”改革强化数字赋能政务服务，规范部门执法行为和行政裁量权基准。", "一件事改革", "结合一件事改革"),  # 泰州 2023
    ("推深做实农业特色产业“138+N”工程，新培育产业带头人1985人；", "农业特色产业138+N工程", "推深做实农业特色产业138+N工程"),  # 六安 2020
    ("健全碳达峰碳中和“1+N”政策体系，完善能耗双控制度，形成减污降碳激励约束机制，坚决遏制“两高”项目盲目发展。",  # 广安 2022
     "减污降碳激励约束机制", "形成减污降碳激励约束机制"),
    ("进一步改进审批管理机制，扩大网上审批比重。", "审批管理机制", "改进审批管理机制"),  # 辽源 2016
]


@pytest.mark.parametrize(("text", "name", "wrong"), LEADS)
def test_a_verb_of_use_or_shaping_is_no_part_of_the_name(text: str, name: str, wrong: str) -> None:
    found = extract(text)["programs"]
    assert name in found
    assert wrong not in found


@pytest.mark.parametrize("text", [
    "坚守勤政为民的本分，增强改革创新的胆识，忠诚尽职、奋勇争先。",  # 安徽 2023
    "坚持底线思维，增强斗争本领，积极应对风险和挑战。",  # 德阳 2023
    "把握“一带一路”机遇，结合国家重大战略，加强与“十三五”规划的有序衔接。",  # 日喀则 2020
])
def test_a_verb_before_a_generic_word_names_no_program(text: str) -> None:
    found = extract(text)["programs"]
    assert not {"增强改革", "增强斗争", "结合国家重大战略", "国家重大战略", "改革", "斗争"} & found


# items before a count by 项/个/场, or before a quoted count with a word of its own, share the head; the last item is
# no longer glued to the count
COUNTED = [
    ("实施科技下乡、能人返乡、青年留乡、企业兴乡“四乡工程”，加快培育新型农业经营主体。",  # 安徽 2023
     {"科技下乡工程", "能人返乡工程", "青年留乡工程", "企业兴乡工程"}, {"企业兴乡四乡工程"}),
    ("以提升医疗软实力为牵动，开展名医、名科、名院“三名工程”，不断增强诊疗救治能力。",  # 大连 2015
     {"名医工程", "名科工程", "名院工程"}, {"名院三名工程"}),
    ("着力实施环湖截污、环湖生态、入湖河道治理、底泥疏浚、水源地保护、外流域引水六项工程。",  # 昆明 2011
     {"环湖截污工程", "入湖河道治理工程", "外流域引水工程"}, {"外流域引水六项工程"}),
    ("推动科技城新区揭牌，实施科技创新、产业发展、改革开放、城市建设“四场攻坚战”，科技城新区范围实现地区生产总值702亿元。",  # 绵阳 2022
     {"科技创新攻坚战", "城市建设攻坚战"}, {"城市建设四场攻坚战"}),
    ("开展学前教育普惠优质发展、义务教育城乡一体化发展、普通高中普及提质发展、特殊教育保障能力提升、强师计划等“五项行动”，"
     "不断优化泸水城区教育资源配置。",  # 怒江 2023: 普及 is no 及, and a plan keeps its own head
     {"普通高中普及提质发展行动", "强师计划"}, {"普通高中普行动", "强师计划行动", "提质发展行动"}),
]


@pytest.mark.parametrize(("text", "names", "wrong"), COUNTED)
def test_items_before_a_count_share_its_head(text: str, names: set[str], wrong: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not wrong & found


def test_a_phase_is_no_count() -> None:
    # 二期工程 is a phase of works, not a set of two
    found = extract("重点推进汉长沙国考古遗址公园、贾谊故居二期工程。")["programs"]
    assert not any(n.endswith("工程") and n.startswith(("汉长沙", "贾谊")) for n in found)


# a numbered package of measures put out or carried out is no program: the official shayibake gold leaves
# 落实市场化法治化国际化营商环境175项措施 out of its programs
PACKAGES = [
    ("落实安全生产“十五条硬措施”，开展森林防灭火常态化治理。", "十五条硬措施"),  # 德阳 2023
    ("引进厚德物流等知名企业，出台加快现代物流业发展二十条措施，区域集货能力大幅提升。", "二十条措施"),  # 怀化 2023
    ("落实便利港澳居民在深发展18条措施，深化深港澳更紧密合作。", "18条措施"),  # 深圳 2021
    ("出台促进两岸经贸合作6条措施，琅岐至马祖南竿客运航线开通运营。", "6条措施"),  # 福州 2020
    ("实施优化营商环境52条措施，连续3年位列全国工商联万家民企评营商环境前十。", "52条措施"),  # 青岛 2025
    ("全面落实“智汇沧州”十条措施，大力引进国内外一流人才和“高精尖缺”创新团队。", "十条措施"),  # 沧州 2021
]


@pytest.mark.parametrize(("text", "count"), PACKAGES)
def test_a_numbered_package_of_measures_is_no_program(text: str, count: str) -> None:
    assert not any(count in n for n in extract(text)["programs"])


def test_a_package_with_de_or_without_a_title_names_none() -> None:
    found = extract("统筹稳增长、调结构、促改革，制定出台了支持工业发展的39条意见、促进房地产和建筑业健康发展意见等一系列政策措施。")["programs"]  # 安阳 2014
    assert not any("39条" in n for n in found)
    assert not any("条措施" in n for n in extract("及时出台10条措施，帮助企业渡过难关。")["programs"])


def test_a_strategic_industry_is_no_counted_strategy() -> None:
    # 两个战略性新兴产业: 战略 before 性 is no head of a count (营口 2018)
    found = extract("做大新材料、新能源两个战略性新兴产业。")["programs"]
    assert not any(n.endswith("战略") for n in found)


def test_a_count_of_action_plans_keeps_the_whole_head() -> None:
    found = extract("继续推进城中村改造，实施改造整治、安置房建设、回迁安置、公共配套设施建设四个行动计划，完成56个村整村拆迁。")["programs"]  # 杭州 2018
    assert {"改造整治行动计划", "回迁安置行动计划", "公共配套设施建设行动计划"} <= found


def test_a_title_that_starts_with_zengqiang_keeps_it() -> None:
    # 增强制造业核心竞争力三年行动 is a national plan's title (陕西 2018); only a generic rest (增强改革) is dropped
    found = extract("实施增强制造业核心竞争力三年行动和新一轮技术改造升级工程，加快打造一批先进产业集群。")["programs"]
    assert "增强制造业核心竞争力三年行动" in found


def test_improving_work_style_is_the_object_of_a_system() -> None:
    # 建立改进作风常态化制度 (郴州 2014): 改进作风 is what the system is for, not a verb before its name
    found = extract("建立改进作风常态化制度，持续整治“四风”问题。")["programs"]
    assert "作风常态化制度" not in found
