"""Indicator spans, issue #4 round 15 (ind18). Every sentence is from a corpus report outside the held-out places and
the gold files' passages (place/year in the comment).

Fix 1: 各 after a list that one figure counts for each member (新增国家级和省级湿地公园试点各1个): the list names what is
measured, 各 is no part of it (30 of 200 corpus reports, seed 1505); not after places or a period (三县各2户, 首期各50亿元).
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("新增国家级和省级湿地公园试点各1个。", "1个", "国家级和省级湿地公园试点"),  # 盘锦/2016
    ("新建廉租住房和公共租赁住房各1000套，农村危房改造1000户", "1000套", "廉租住房和公共租赁住房"),  # 湘潭/2014
    ("改造升级县域农贸市场、乡镇商贸中心各20个。", "20个", "县域农贸市场、乡镇商贸中心"),  # 十堰/2025
    ("财政总收入和一般预算收入各增长7%；", "7%", "财政总收入和一般预算收入"),  # 山西/2010
    ("加大边境县转移支付力度，一线、二线边民自治区补助标准各提高1000元。", "1000元", "一线、二线边民自治区补助标准"),  # 西藏/2019
    ("新增护理型床位、认知障碍照护床位各300张以上。", "300张", "护理型床位、认知障碍照护床位"),  # 烟台/2026
])
def test_list_before_each(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    # places before 各: the thing counted is named elsewhere, the place list is not made to look like a name
    ("高新区、淮上区新增10亿元以上企业各3户，三县各2户，龙子湖区、禹会区各1户。", "2户", "三县"),  # 蚌埠/2016
    ("改造棚户区500万平方米，其中庐山区300万平方米，浔阳区、九江经济技术开发区各100万平方米。", "100万平方米",
     "浔阳区、九江经济技术开发区"),  # 九江/2014
])
def test_not_places_before_each(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


@pytest.mark.parametrize("sentence, figure, indicator", [
    # 各 inside a name stays (各项存款余额)
    ("金融机构人民币各项存款余额2882.91亿元、增长", "2882.91亿元", "金融机构人民币各项存款余额"),  # 绵阳/2014 or 2016
])
def test_each_inside_a_name(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


# Fix 2: 全国重点实验室 (the national key laboratories as named since 2022; 17 of 200 corpus reports, seed 1505) is a
# designation, not 全国 (a scope) before 重点实验室: a known name (indicators.txt) keeps the scope word it opens with.
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("东湖科学城建设聚势突破，13家全国重点实验室获批重组和新建，6个大科学装置建设有力推进，", "13家", "全国重点实验室"),  # 武汉/2024
    ("完成新建、重组11家全国重点实验室，国家级、部级创新平台分别达到22家、182家。", "11家", "全国重点实验室"),  # 吉林/2026
    ("获批新建全国重点实验室3个。", "3个", "全国重点实验室"),  # 云南/2024
    ("新增全国重点实验室15家、总数达33家；", "33家", "全国重点实验室"),  # 杭州/2025
    # a scope word is still dropped elsewhere
    ("全市生产总值达到3433.1亿元，增长14.8%", "3433.1亿元", "生产总值"),  # 宁波/2008
])
def test_national_key_laboratories(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


# Fix 3: a count that opens its clause before a noun phrase that after() did not read (it opens with 试点, a numeral
# class 四类/万人, 基本, or a verb jieba reads as a place: 新建): the noun phrase up to the predicate (16 of 200 corpus
# reports changed, seed 1505; before: 未识别指标 or the figure before's noun). Not a time (3个月左右…), not a
# verb first (11129人获得落户资格), not an amount of each thing counted (3至5家年销售收入100亿元以上).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("集镇建设提速提质，38个试点集镇实施项目211个", "38个", "试点集镇"),  # 洛阳/2023
    ("22种基本蔬菜全年零售均价下降", "22种", "基本蔬菜"),  # 海口/2022
    ("6所万人职业学校建设进展顺利", "6所", "万人职业学校"),  # 沈阳/2007
    ("自贸区建设扎实推进，165项试点任务基本完成", "165项", "试点任务"),  # 陕西/2019
    ("2个万人核酸检测基地投入使用", "2个", "万人核酸检测基地"),  # 吉林市/2022
    ("创建20个省级儿童友好社区和37个试点单元，投用市级托育综合服务中心", "37个", "试点单元"),  # 大庆/2025
    ("6个全省“百镇试点镇”加快建设", "6个", "“百镇试点镇”"),  # 大庆/2014
])
def test_count_opens_clause(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("23天新发病例“归零”，48天住院病例“清零”，3个月左右基本恢复正常经济社会秩序", "3个月",
     "左右基本恢复正常经济社会秩序"),  # 徐州/2021
    ("形成10家以上年销售收入超过50亿元、3至5家年销售收入100亿元以上的企业集团", "5家", "年销售收入"),  # 河南/2001
])
def test_not_a_count_opening_its_clause(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


# Fix 4: a percentage before 的 and a short noun (two characters) before what the things did (实现, 建成, 步入, 用于…):
# the share of those things (10 of 200 corpus reports changed, seed 1505; before: 未识别指标 or the figure before's
# noun). Short nouns before anything else stay guarded (…的高速增长 is no share of things).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("确保年内30%以上的学校实现智慧教育覆盖", "30%", "学校"),  # 西藏/2019
    ("启动“气化枣庄”建设，70%的镇街步入“天然气时代”", "70%", "镇街"),  # 枣庄/2016
    ("40.6%的农户用上了卫生户厕，94.1%的乡镇建成污水处理设施，", "94.1%", "乡镇"),  # 酒泉/2021
    ("新建1300座农村户厕，全市24%的村庄实现污水集中处理。", "24%", "村庄"),  # 西宁/2024
    ("市属国有、集体企业改革攻坚战取得重大突破，86%的企业完成了产权制度改革", "86%", "企业"),  # 宁波/2002
])
def test_share_of_short_noun(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("完成省下达单位GDP能耗降低2.33%的目标任务", "2.33%", "目标任务"),  # 湛江/2016: a rate before 的, no share of things
])
def test_not_a_share_of_things(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


# Fix 5: a 分别 list of two members that share no head, each a name (利税、利润, 存款和贷款, 淘宝村、淘宝镇): each member
# as written, not the whole list for both figures; an amount written alone after a first member that names its front
# (旅游人数和收入, 地方一般公共预算收入、支出) takes that front (59 figures of 23 of 200 corpus reports, seed 1505).
# Not places (海口、三亚分别拆除…: what is measured is named before).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("实现利税、利润分别增长3.9%和2.8%。", "3.9%", "利税"),  # 山东/1999
    ("实现利税、利润分别增长3.9%和2.8%。", "2.8%", "利润"),
    ("存款和贷款分别比上年增加了85.25亿元和95.51亿元，较好地支持了有效益企业", "95.51亿元", "贷款"),  # 甘肃/1995
    ("全市淘宝村、淘宝镇分别达到200个、30个以上，电子商务交易额增长", "30个", "淘宝镇"),  # 菏泽/2018
    ("旅游人数和收入分别增长73.5%、120.9%。", "73.5%", "旅游人数"),  # 西宁/2024
    ("旅游人数和收入分别增长73.5%、120.9%。", "120.9%", "旅游收入"),
    ("地方一般公共预算收入、支出增长9.5%、10.3%，分别突破百亿、三百亿元大关。", "10.3%", "地方一般公共预算支出"),  # 西宁/2020
    ("信访案件和人数分别下降10%、20%。", "20%", "信访人数"),  # 白山/2015
])
def test_list_of_two_names(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("拆除违法建筑约870万平方米，其中海口、三亚分别拆除366万平方米、388万平方米；", "366万平方米", "海口"),  # 海南/2016
])
def test_not_a_list_of_places(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


# Fix 6: a count's noun cut before the rest of a project's name (10个工业|节能改造项目): the name runs to 项目/工程 when no
# list, 的, verb of the things or threshold comes between (41 figures of 34 of 200 corpus reports, seed 1505). Not after
# places counted (村, 学校…), a count in 所 or 户, or a noun that is a project already (3个项目入选…).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("182户“僵尸企业”处置完毕，201个“三供一业”维修改造项目", "201个", "“三供一业”维修改造项目"),  # 沈阳/2020
    ("积极运用数字技术、绿色技术改造提升传统产业，推进300个大规模设备更新项目，培育", "300个", "大规模设备更新项目"),  # 沈阳/2025
    ("实施东北大马路等15条街路更新工程，贯通5条以", "15条", "街路更新工程"),  # 沈阳/2025
    ("新增20个定额治疗病种，70余项常规诊疗项目费用平均降低", "70余项", "常规诊疗项目"),  # 长春/2013
])
def test_project_name_after_count(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("3个项目入选国家级非遗项目。", "3个", "项目入选国家级非遗项目"),  # 锦州/2023
    ("组织实施455个村整村推进、96个村易地搬迁等项目，五年累", "96个", "村易地搬迁等项目"),  # 西宁/2016: a list (等)
])
def test_not_a_project_name_after_count(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


# Fix 7: 市本级/省本级/自治区本级 (a government's own budget level) is a scope like 全市 (23 of 200 corpus reports, seed
# 1505; samples B, C, H, L, N drop it), not when only a bare amount or a verb of paying follows (市本级支出11.9亿元).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("坚持过紧日子，大力压减和严控一般性支出，市本级“三公”经费同比下降11.23%。", "11.23%", "“三公”经费"),  # 河源/2022
    ("推进土地管理体制改革，全年获批建设用地5.12万亩，市本级土地出让金121.51亿元，", "121.51亿元", "土地出让金"),  # 南昌/2011
    ("完成年度隐性债务化解任务，13家融资平台隐性债务实现清零，市本级全口径债务率下降30个百分点，", "30个百分点",
     "全口径债务率"),  # 淮南/2025
    ("“三保”力度，下达直达和参照直达资金1107.1亿元，省本级“三公”经费支出下降40%。", "40%", "“三公”经费支出"),  # 江西/2021
])
def test_own_level_is_a_scope(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, wrong", [
    ("全市财政教育支出63.2亿元，市本级支出11.9亿元，", "11.9亿元", "支出"),  # 九江/2014: the level names it
])
def test_own_level_names_a_bare_amount(sentence: str, figure: str, wrong: str) -> None:
    assert indicators_of(sentence)[figure] != wrong


# Fix 8: a count's noun cut at a verb inside the name of a pilot, zone, centre, institution, policy or campaign
# (2个国家级外贸|转型升级基地): the name runs on to that head (46 figures of 37 of 200 corpus reports, seed 1505); not
# over what the things did (列入, 入选, 上榜, 为, 在…), a number, or to a task (改造任务: the thing is counted).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("获评石材、不锈钢制品2个国家级外贸转型升级基地。", "2个", "国家级外贸转型升级基地"),  # 云浮/2022
    ("确保中部云基地二期等480个重点项目完成投资400亿元以上，建成10个智能制造试点，", "10个", "智能制造试点"),  # 洛阳/2023
    ("新建5家嵌入式养老服务示范机构、11家养老服务示范中心；", "11家", "养老服务示范中心"),  # 淮北/2022
    ("松原市入选全国首批30个城乡高效配送试点城市。", "30个", "城乡高效配送试点城市"),  # 吉林/2020
])
def test_designation_after_count(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("11家企业上榜中国企业500强", "11家", "企业"),  # 武汉/2026: what the firms did, not a name
    ("完成172个老旧小区综合整治任务", "172个", "老旧小区"),  # 合肥/2018: a task, the estates are counted
])
def test_not_a_designation_after_count(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_designation_with_a_word_holding_a_verb_character() -> None:
    # 创新 holds 新, 有机 holds 有: only a run that opens with such a character is what the things did
    assert indicators_of("以技术、品牌、管理创新推动民营经济转型升级，新增100家民营高新技术企业，")["100家"] == "民营高新技术企业"  # 南通/2014
    assert indicators_of("启动武昌、汉阳等6个区域营商环境创新改革试点")["6个"] == "区域营商环境创新改革试点"  # 武汉/2024


# Fix 9: a count of things names the things, not their number (高新技术企业数量达133家 -> 高新技术企业, as dev3's 广州
# file names 科技型中小企业数量达2.1万家; 13 of 200 corpus reports, seed 1505) where the clause writes it before the count;
# a rate keeps 数量 (dev3 赣州), also a rate that follows the count and takes its subject; a list named in the clause before
# keeps it (round 4's …、高新技术企业数量翻一番，分别达到2000家、1200家).
@pytest.mark.parametrize("sentence, figure, indicator", [
    ("加快中小企业成长，规上工业企业数量突破600家。", "600家", "规上工业企业"),  # 鄂州/2022
    ("高新技术企业数量达133家，比2016年增加67家，实现翻番。", "133家", "高新技术企业"),  # 鄂州/2022
    ("全市高新技术企业数量突破1400家，比去年增长80%，", "1400家", "高新技术企业"),  # 昆明/2022
    ("全市高新技术企业数量突破1400家，比去年增长80%，", "80%", "高新技术企业数量"),  # a rate keeps 数量
])
def test_count_names_the_things(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator
