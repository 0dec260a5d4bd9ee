"""Round 10 (structural causes seen on the studied sets, confirmed on the corpus): programs.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1010,
eval/corpus_samples/entN/README.md, round 10) and outside the regions of the held-out sets; the expected names
follow ../shared/gold/GUIDELINES.md.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# cities paired by their short forms (or a named region) before 同城化/一体化: a regional strategy
INTEGRATION = [
    ("抢抓长三角发展上升为国家战略的重要机遇，主动融入长三角，推进沪杭同城化。", "沪杭同城化"),  # 杭州 2009
    ("对外推进滁宁同城化，抓好104国道改扩建、滁宁轻轨、滁河航道提升等工程。", "滁宁同城化"),  # 滁州 2014
    ("扎实推进沈抚同城化和沈本一体化，加快沈铁工业走廊和沈西出海通道建设。", "沈抚同城化"),  # 辽宁 2008
    ("扎实推进沈抚同城化和沈本一体化，加快沈铁工业走廊和沈西出海通道建设。", "沈本一体化"),  # 辽宁 2008
    ("推进汕潮揭同城化，发展壮大粤西城镇群，促进粤北地区城镇集约发展。", "汕潮揭同城化"),  # 广东 2014
    ("整体纳入长三角一体化、合肥都市圈，淮河生态经济带上升为国家战略。", "长三角一体化"),  # 蚌埠 2021
    ("广佛同城化建设开局良好。", "广佛同城化建设"),  # 佛山 2010: the campaign keeps 建设
    ("主动融入长江经济带、长三角一体化建设，深化浙东五市经济合作。", "长三角一体化建设"),  # 宁波 2018
    # two regions paired before 协作: a partnership program
    ("对口支援和山海协作工作有效开展。", "山海协作"),  # 福州 2016
    ("加强山海协作和对口帮扶，支援青川灾后恢复重建。", "山海协作"),  # 宁波 2011
    ("粤桂扶贫协作成效显著，广东省财政帮扶资金1.29亿元，引进12家企业。", "粤桂扶贫协作"),  # 柳州 2020
    ("深化闽宁对口协作，提升扶贫协作质量和水平。", "闽宁对口协作"),  # 吴忠 2021
]


@pytest.mark.parametrize(("text", "name"), INTEGRATION)
def test_paired_cities_before_integration_name_a_strategy(text, name):
    assert name in extract(text)["programs"]


# a field, one place, a port or a count before 同城化/一体化 names no strategy
NO_INTEGRATION = [
    ("加快七星关、金海湖、大方同城化步伐，打造高铁辐射带特色城镇组群。", "同城化"),  # 毕节 2020: one county
    ("——启动雅州新区建设、推进三区同城化。", "同城化"),  # 雅安 2022
    ("推进宁波—舟山港一体化，加快港口联盟建设和海铁联运发展。", "一体化"),  # 宁波 2011: a port
    ("新增水肥一体化技术应用面积8万亩。", "一体化"),  # 松原 2020
    ("推进城乡一体化和公共服务一体化，促进城乡要素平等交换。", "一体化"),
    ("加强部门协作，形成工作合力。", "协作"),
    ("与湘西州、临沂市、重庆市武隆区扶贫协作取得积极进展。", "协作"),  # 济南 2021: partners of a list
    ("对口支援西藏、新疆、青海和扶贫协作渝黔甘湘等工作，取得积极成效。", "协作"),  # 山东 2019
    ("进一步深化与长江中游城市群、闽浙赣皖福州协作区、泛珠三角城市群城市交流合作。", "协作"),  # 南昌 2019: a zone
]


@pytest.mark.parametrize(("text", "part"), NO_INTEGRATION)
def test_fields_and_single_places_name_no_strategy(text, part):
    assert not [p for p in extract(text)["programs"] if p.endswith(part)]


# a verb that governs a program is no part of its name (积极探索, 做实, 巩固提升); 激发…改革 names none
GOVERNED = [
    ("积极探索包容审慎监管模式，维护公平竞争的市场秩序。", "包容审慎监管模式", "探索包容审慎监管模式"),  # 新余 2025
    ("积极探索“基金+基地+招商”产业培育发展模式，招引落地亿元以上项目300个。",
     "基金+基地+招商产业培育发展模式", "探索基金+基地+招商产业培育发展模式"),  # 杭州 2023
    ("做实“两重”项目工作专班机制，高质量谋划一批战略性、前瞻性重大项目。",
     "两重项目工作专班机制", "做实两重项目工作专班机制"),  # 芜湖 2025
    ("积极探索旅游管理相对集中行政处罚权试点，在屯溪老街开展综合执法试点工作。",
     "旅游管理相对集中行政处罚权试点", "探索旅游管理相对集中行政处罚权试点"),  # 黄山 2016
    ("积极探索境外人员管理新机制，防止境外黑恶势力渗入。", "境外人员管理新机制", "探索境外人员管理新机制"),  # 东莞 2002
]


@pytest.mark.parametrize(("text", "name", "wrong"), GOVERNED)
def test_a_governing_verb_is_no_part_of_the_name(text, name, wrong):
    programs = extract(text)["programs"]
    assert name in programs and wrong not in programs


def test_a_program_name_opening_with_tisheng_keeps_it():
    # 提升 alone begins names (提升行政执法质量三年行动 in the official gold); only 巩固提升 is a verb before one
    assert "提升行政执法质量三年行动" in extract("实施提升行政执法质量三年行动，规范执法行为。")["programs"]


def test_jifa_names_no_reform():
    assert not [p for p in extract("全面深化改革，激发改革创新动力，着力建设工业强市。")["programs"] if p.startswith("激发")]


# a reform below a level of government keeps the level (省以下…改革): 以下 is no figure's qualifier there
BELOW_LEVEL = [
    ("持续推进供销综合改革、市以下财政体制改革，深化开发区体制改革。", "市以下财政体制改革"),  # 贵阳 2024
    ("实施省以下税收收入划分改革，推动省以下财政事权和支出责任划分改革，改进省级财政专项资金管理。",
     "省以下财政事权和支出责任划分改革"),  # 江西 2017
    ("实施省以下税收收入划分改革，推动省以下财政事权和支出责任划分改革，改进省级财政专项资金管理。",
     "省以下税收收入划分改革"),  # 江西 2017
    ("在全国率先完成省以下环保机构监测监察执法垂直管理改革，出台生态环境保护责任规定和责任清单。",
     "省以下环保机构监测监察执法垂直管理改革"),  # 河北 2018
    ("深化市以下财政体制改革，改进预算编制、管理，推进零基预算改革。", "市以下财政体制改革"),  # 鞍山 2025
]


@pytest.mark.parametrize(("text", "name"), BELOW_LEVEL)
def test_a_reform_below_a_level_keeps_the_level(text, name):
    assert name in extract(text)["programs"]


def test_the_offices_below_a_level_are_a_scope():
    # 县以下机关: the offices the system applies to; the system is named without them
    programs = extract("在县以下机关建立公务员职务与职级并行制度。")["programs"]
    assert "公务员职务与职级并行制度" in programs and not [p for p in programs if p.startswith("县以下")]


# a reform named after the modifier that says what it stresses: the name follows 的
AFTER_DE = [
    ("全力推动以绩效为导向的财政预算制度改革，系统谋划财源建设，加快转变财政投入方式。", "财政预算制度改革"),  # 成都 2018
    ("以建立规范的转移支付制度为核心的财政管理体制改革取得突破。", "财政管理体制改革"),  # 新疆 2005
    ("深化以转变政府职能为重点的行政管理体制改革，着力做好减少审批、整合职能、扶持发展三篇文章。",
     "行政管理体制改革"),  # 淮安 2014
    ("以岗位设置管理为重点的事业单位人事制度改革取得新进展。", "事业单位人事制度改革"),  # 甘肃 2009
    ("深化以股份制改造为重点的国有企业产权制度改革，通过引入大型跨国公司、国内优势企业和社会资本。",
     "国有企业产权制度改革"),  # 广州 2007
]


@pytest.mark.parametrize(("text", "name"), AFTER_DE)
def test_a_reform_after_what_it_stresses(text, name):
    programs = extract(text)["programs"]
    assert name in programs and not [p for p in programs if "的" in p]
