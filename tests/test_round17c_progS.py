"""Round 17c (progS, programs; dev17's programs cause 4 counted on 200 random corpus reports, seed 1723,
eval/corpus_samples/entN/round17c/).

Each case is a sentence of a corpus report outside those 200 (found with find_cases.py). A short mechanism named by a
concrete object and the process it runs (建立项目推进机制, 完善人才激励机制, 完善股权激励机制) is a program, as the official
gold's 重大项目会商机制; one led by a manner, a verb or a generic word (建立协调推进机制, 健全激励机制, 完善长效管理机制)
stays out. A commitment system (…承诺制) is named from the verb that carries it out (推广证明事项告知承诺制 -> 证明事项告知承诺制),
not when only 承诺制 is left. A named plan carried out or improved (实施…发展规划, 完善…布局规划) is a program as a drafted one
is; a plan followed by 纲要 is not cut before it, and a list before 等 is no plan's name. A region's campaign brand built
(建设健康上海, 打造平安东莞) is a program as the gold sets list it, bare; not a brand of no division (建设美丽乡村, 建设法治政府).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

MECHANISMS = [
    # (sentence, names that must not be found, names that must be found)
    ("建立项目推进机制，顺利完成全国社会管理创新综合试点任务。",
     set(), {"项目推进机制"}),  # 合肥 2013
    ("改进招商方式，完善项目推进机制，优化投资环境，切实提高利用外资质量和水平。",
     set(), {"项目推进机制"}),  # 济南 2008
    ("深化人事制度改革，健全人才激励机制，优化人才发展环境，营造人才辈出、人尽其才的社会氛围。",
     set(), {"人才激励机制"}),  # 武汉 2006
    ("鼓励金融机构完善股权激励机制，完成上市公司股权分置改革和清欠工作。",
     set(), {"股权激励机制"}),  # 深圳 2007
    # guards: a manner, a verb or a generic word before the process
    ("坚持规划共绘、交通共联、产业共链、平台共享、生态共治、文旅共建，完善协调推进机制，高标准实施都市圈发展规划和三年行动方案。",
     {"协调推进机制"}, set()),  # 沈阳 2022
    ("建立健全激励机制，为改革者负责、为担当者担当，激发广大党员干部干事创业的精气神。",
     {"健全激励机制", "激励机制"}, set()),  # 广州 2021
    ("全面清理在建违法建筑，完善长效管理机制。",
     {"长效管理机制"}, set()),  # 东莞 2013
]


@pytest.mark.parametrize("text,absent,present", MECHANISMS)
def test_object_process_mechanism(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, names
    assert not absent & names, names


COMMITMENTS = [
    ("持续推进简政便民，减少和规范证明事项，全面推广证明事项告知承诺制。",
     set(), {"证明事项告知承诺制"}),  # 乌鲁木齐 2020
    ("深入实施“一业一证”改革，在更多领域推行告知承诺制。",
     set(), {"告知承诺制"}),  # 上海 2022
    ("实行“一站式”服务，加强政府电子政务建设，大力推广网上审批，严格执行服务承诺制，进一步提高服务水平，提升群众满意度。",
     set(), {"服务承诺制"}),  # 东莞 2012
    # guards: no verb right before it, or nothing but 承诺制
    ("深化项目投资管理体制改革，推进以承诺制为核心的项目直接落地改革。",
     {"以承诺制", "承诺制"}, set()),  # 东莞 2017
    ("严把资产评估关，实行承诺制、会审制、公示制，确保公有资产不流失。",
     {"实行承诺制"}, set()),  # 东莞 2003
]


@pytest.mark.parametrize("text,absent,present", COMMITMENTS)
def test_commitment_systems(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, names
    assert not absent & names, names


PLANS = [
    ("全面落实《南京生态文明建设规划》，加大主体功能区规划落实力度，加快建设国家生态文明示范区。",
     set(), {"南京生态文明建设规划"}),  # 南京 2016
    ("实施上海中长期科技发展规划，围绕“健康、生态、高端制造、数字化”等战略需求，实现创新中药、基因工程疫苗等突破。",
     set(), {"上海中长期科技发展规划"}),  # 上海 2006
    ("完善学前教育布局规划，开展城镇居民小区配建幼儿园治理，新建、改扩建幼儿园8所，配建园移交29所。",
     set(), {"学前教育布局规划"}),  # 淮北 2020
    ("完善康养产业布局规划，培育一批康养小镇、康养社区、康养度假村，打响康养山西、夏养山西品牌。",
     set(), {"康养产业布局规划"}),  # 山西 2019
    # guards: 纲要 after the plan head; a list before 等
    ("积极推动并认真落实长三角一体化发展规划纲要，发挥龙头带动作用。",
     {"长三角一体化发展规划"}, set()),  # 上海 2019
    ("根据省人大常委会批准的《振兴吉林老工业基地规划纲要》，制订并组织实施了汽车、化工等专项发展规划。",
     {"化工等专项发展规划", "汽车、化工等专项发展规划"}, set()),  # 吉林 2005
]


@pytest.mark.parametrize("text,absent,present", PLANS)
def test_carried_out_plans(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, names
    assert not absent & names, names


BRANDS = [
    ("加快建设健康上海。", set(), {"健康上海"}),  # 上海 2019
    ("打造平安东莞，推进“四化五警”建设，将2万多名治安员整合为辅警。", set(), {"平安东莞"}),  # 东莞 2014
    ("（七）聚力建设美丽上海，推进人与自然和谐共生的现代化。", set(), {"美丽上海"}),  # 上海 2025
    # guards: no division after the brand word; a slogan word
    ("坚持因地制宜、尊重农民意愿、突出农村特色，建设美丽乡村。", {"美丽乡村"}, set()),  # 上海 2014
    ("第一，全面推进依法行政，建设法治政府。", {"法治政府"}, set()),  # 北京 2005
    ("八是坚定不移建设美丽首府。", {"美丽首府"}, set()),  # 乌鲁木齐 2021
]


@pytest.mark.parametrize("text,absent,present", BRANDS)
def test_region_brands(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, names
    assert not absent & names, names
