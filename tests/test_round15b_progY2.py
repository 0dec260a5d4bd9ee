"""Round 15b (progY2, program precision; causes counted on 200 random corpus reports, seed 1512,
eval/corpus_samples/entN/round15b/).

Each case is a sentence of a corpus report outside those 200; the expected names follow ../shared/gold/GUIDELINES.md
and the gold files (bare product or city brands and reforms cut from a zone's name are listed by none of them; service
brands such as 亲商管家, 常享办 are).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (a) a quoted name before a bare 品牌 is a product, city or regional brand
BARE_BRANDS = [
    ("落实新修订的鼓励外商投资产业目录，更大力度保障外资企业的国民待遇，加快推动一批重大外资项目落地，进一步打响“投资上海”品牌。",
     "投资上海"),  # 上海 2025
    ("鼓励服装、家具等传统企业通过手机APP等，与消费者精准互动，建立柔性化、定制化生产模式，打响“东莞定制”品牌。", "东莞定制"),  # 东莞 2016
    ("焕新本土菜系，提升口感品质和档次，培育引进大江南北名厨，以地道食材、地道做法打造“食在东莞”品牌。", "食在东莞"),  # 东莞 2026
    ("充分利用顺德“中国厨师之乡”品牌，发扬光大优秀传统饮食文化。", "中国厨师之乡"),  # 佛山 2005
]
# a service brand (a field before 品牌, a service before the quote, or a lexicon name) stays
SERVICE_BRANDS = [
    ("首创并持续打响政务服务“一网通办”品牌，总门户累计接入服务事项3588项，累计办件量2.97亿件，网办率达到84%。", "一网通办"),  # 上海 2023
    ("高质量提升文旅公共服务水平，推广多语种标识、境外卡支付等个性化、便利化服务，打造“常州礼遇”服务品牌。", "常州礼遇"),  # 常州 2025
]


@pytest.mark.parametrize(("text", "name"), BARE_BRANDS)
def test_bare_brand_is_no_program(text, name):
    assert name not in extract(text)["programs"]


@pytest.mark.parametrize(("text", "name"), SERVICE_BRANDS)
def test_service_brand_stays(text, name):
    assert name in extract(text)["programs"]


# (b) a reform cut from the name of a zone (…改革试验区/实验区/先行区) is none; a reform named by itself stays
ZONE_REFORMS = [
    ("深化农村金融改革，完成30个农村金融综合服务站数字化改造，加快农联社改制进程，争创国家普惠金融改革试验区。",
     "农村金融改革", "普惠金融改革"),  # 四平 2022
    ("深化教育综合改革，全力推进义务教育均衡发展，不断提升朝鲜族教育水平，着力发展现代职业教育，加快教育信息化进程，抓好校园足球改革试验区建设。",
     "教育综合改革", "足球改革"),  # 延边 2016
    ("大力建设科创金融改革试验区。", None, "改革"),  # 嘉兴 2023
    ("积极申报创建国家级台资企业转型升级试验区、省外资外贸发展赋能升级试验区、省教育综合改革实验区。", None, "改革"),  # 东莞 2021
]


@pytest.mark.parametrize(("text", "kept", "cut"), ZONE_REFORMS)
def test_reform_cut_from_zone_is_none(text, kept, cut):
    programs = extract(text)["programs"]
    if kept:
        assert kept in programs
    assert not any(p.endswith(cut) and p != kept for p in programs)


# (c) a counted layout of facilities being built is a set of works; 一带一路 (a belt and a road) stays
LAYOUTS = [
    ("加快推进“两港一中心”建设。", "两港一中心"),  # 乌鲁木齐 2020
    ("高水平推进“三城一区”建设。", "三城一区"),  # 北京 2018
    ("深化“两城一中心”建设。", "两城一中心"),  # 南京 2019
]


@pytest.mark.parametrize(("text", "layout"), LAYOUTS)
def test_facility_layout_is_no_program(text, layout):
    assert not any(p.startswith(layout) for p in extract(text)["programs"])


def test_belt_and_road_stays():
    text = ("湛江的机遇在于国家深入推进“一带一路”建设，作为我国与东盟国家经贸合作最前沿，我们可以加快“走出去”“引进来”，"
            "在更广范围、更深层次扩大对外开放，全面参与国际经济合作；")  # 湛江
    assert "一带一路" in extract(text)["programs"]


# (d) a quoted name before a service, business-climate or education brand is a program by its bare name
SERVICE_BRAND_NAMES = [
    ("进一步优化服务流程，持续提升“泰好办”政务服务品牌影响力。", "泰好办"),  # 泰安 2020
    ("擦亮“就在滨州”服务品牌，开展高校毕业生、退役军人、农民工等重点群体就业服务攻坚行动，城镇新增就业3.5万人以上。",
     "就在滨州"),  # 滨州 2025
    ("推动便民利企服务应用全部接入“蒙速办”，擦亮“蒙速办·赤诚办”政务服务品牌。", "蒙速办·赤诚办"),  # 赤峰 2025
]


@pytest.mark.parametrize(("text", "name"), SERVICE_BRAND_NAMES)
def test_service_brand_named(text, name):
    programs = extract(text)["programs"]
    assert name in programs
    assert not any(p.endswith("品牌") for p in programs)


# (e) a pilot named by what it tries, the object of a verb that runs it, is a program
RUN_PILOTS = [
    ("全面开展生活垃圾分类试点。", "生活垃圾分类试点"),  # 武汉 2018
    ("开展医养结合试点，加快建设养老托育服务体系。", "医养结合试点"),  # 内江 2022
    ("深入开展医养结合试点，全面普及“互联网+医疗健康”服务模式。", "医养结合试点"),  # 定西 2021
    ("推进生活垃圾分类试点。", "生活垃圾分类试点"),  # 张家界 2020
]


@pytest.mark.parametrize(("text", "name"), RUN_PILOTS)
def test_run_pilot_is_a_program(text, name):
    assert name in extract(text)["programs"]


# counted pilots are works, a pilot of a place alone is none
COUNTED_PILOTS = [
    "积极参与共建“一带一路”，自贸试验区实现赋权扩区，开展国家对外开放试点11个。",
]


@pytest.mark.parametrize("text", COUNTED_PILOTS)
def test_counted_pilot_is_none(text):
    assert not any(p.endswith("开放试点") for p in extract(text)["programs"])


# (f) a field's 体制机制 in general names no program; its 体制机制改革 does
SYSTEMS_IN_GENERAL = [
    "完善生态文明体制机制。",  # 泉州 2018
    "完善科技创新体制机制。",  # 西宁 2021
    "创新城镇化工作体制机制。",  # 三门峡 2014
]
SYSTEM_REFORMS = [
    ("深化科技体制机制改革。", "科技体制机制改革"),  # 北京 2017
    ("启动公交集团体制机制改革。", "公交集团体制机制改革"),  # 丹东 2022
]


@pytest.mark.parametrize("text", SYSTEMS_IN_GENERAL)
def test_systems_in_general_are_none(text):
    assert not any(p.endswith("体制机制") for p in extract(text)["programs"])


@pytest.mark.parametrize(("text", "name"), SYSTEM_REFORMS)
def test_system_reform_stays(text, name):
    assert name in extract(text)["programs"]
