"""Round 13 (structures around honors counted on random corpus reports): honors.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1313,
eval/corpus_samples/entN/README.md, round 13) and outside the places of the held-out sets; the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# 入选/列入/纳入…创建名单: the list entered is the title, 创建名单 and all (the dev gold writes 国家农业现代化示范区创建名单)
@pytest.mark.parametrize("text, pair", [
    ("上杭列入国家乡村振兴示范县创建名单。", ("国家乡村振兴示范县创建名单", "上杭")),  # 龙岩 2023
    ("花湖机场入选国家多式联运示范工程创建名单。", ("国家多式联运示范工程创建名单", "花湖机场")),  # 鄂州 2023
    ("紫鹊界梯田列入国家5A级景区创建名单，", ("国家5A级景区创建名单", "紫鹊界梯田")),  # 娄底 2023
])
def test_a_creation_list_is_the_title(text, pair):
    assert extract(text)["honors"] == {pair}


def test_a_creation_list_with_no_designation_is_none():
    """纳入国家级创建名单 (达州 2023): a scope before 创建名单 names nothing."""
    assert extract("开江稻渔现代农业园区纳入国家级创建名单。")["honors"] == set()


# 创建 inside a title before 示范/先进/推荐 does not end it (获评全国法治创建先进单位)
@pytest.mark.parametrize("text, pairs", [
    ("廊坊、唐山、秦皇岛被评为全国精神文明创建工作先进市。",  # 河北 2006
     {("全国精神文明创建工作先进市", "廊坊"), ("全国精神文明创建工作先进市", "唐山"),
      ("全国精神文明创建工作先进市", "秦皇岛")}),
    ("永昌工业园被评为全国和谐劳动关系创建示范工业园区。",  # 金昌 2023
     {("全国和谐劳动关系创建示范工业园区", "永昌工业园")}),
    ("麟游县被评为全国法治县创建先进县。", {("全国法治县创建先进县", "麟游县")}),  # 宝鸡 2014
    ("成功入选国家“公交都市”创建示范城市。", {("国家公交都市创建示范城市", "")}),  # 西宁 2016
])
def test_creation_inside_a_title(text, pairs):
    assert extract(text)["honors"] == pairs


# a title cut at its last head word before a pool, a scope or a step entered is no title received
@pytest.mark.parametrize("text", [
    "兴凯湖外环公路纳入国家储备项目库，",  # 鸡西 2020
    "陶铝新材料入选合肥综合性国家科学中心项目库，",  # 淮北 2022
    "陵城区智慧农业大棚等9个项目入选全省乡村振兴重大项目库。",  # 德州 2020
    "绥宁纳入国家重点生态功能区范围，",  # 邵阳 2014
])
def test_a_pool_or_scope_entered_is_no_honor(text):
    assert extract(text)["honors"] == set()


# a count right after the title (…42个、创历史新高, …20余项): titles counted, no recipient named
@pytest.mark.parametrize("text", [
    "农林牧渔业增加值年均增长6.1%，成功创建省级现代农业产业园21个、居全省首位。",  # 韶关 2022
    "文化体制改革迈出新步伐，共获省级以上奖励60余项，群众文化生活更加活跃。",  # 济南 2004
    "获得国家科技进步奖6项、历史最佳。",  # 常州 2025
])
def test_counted_titles_are_no_honor(text):
    assert extract(text)["honors"] == set()


# the undertaking named before a case's title is its recipient, also when it holds a verb (建设, 推进, 治理)
@pytest.mark.parametrize("text, pair", [
    ("启动66个共同缔造活动试点，驻村尖刀班推进乡村治理入选全国第四批乡村治理典型案例。",  # 恩施 2023
     ("全国乡村治理典型案例", "驻村尖刀班推进乡村治理")),
    ("“两整治一提升”专项行动入选中国改革2024年度典型案例。",  # 南昌 2025
     ("中国改革2024年度典型案例", "两整治一提升专项行动")),
    ("骆马湖幸福河湖建设获评水利部典型案例。", ("水利部典型案例", "骆马湖幸福河湖建设")),  # 宿迁 2025
    ("河长制标准化建设入选水利部优秀案例；", ("水利部优秀案例", "河长制标准化建设")),  # 泉州 2021
    ("生态文明小康村建设入选全国改革开放四十周年典型案例。",  # 甘肃 2021
     ("全国改革开放四十周年典型案例", "生态文明小康村建设")),
])
def test_an_undertaking_is_the_case(text, pair):
    assert extract(text)["honors"] == {pair}


def test_an_undertaking_after_a_verb_of_doing_is_no_recipient():
    """大力推进…建设 入选… (a verb of doing leads): the reporting unit's work, not a named case."""
    honors = extract("大力推进生态建设入选全国优秀案例。")["honors"]
    assert not any("推进" in r for _, r in honors), honors


def test_recipients_before_a_count_without_measure_word():
    """新安、兰考等6县获评… and 浮山镇等3镇获评…: the named ones, without the count."""
    assert extract("新安、兰考等6县获评“四好农村路全国示范县”。")["honors"] == {  # 河南 2019
        ("四好农村路全国示范县", "新安"), ("四好农村路全国示范县", "兰考")}


# 进入 before a scoped list, rank or ranks is a weak trigger: the list or ranking entered is the title, a rank keeps its N强
@pytest.mark.parametrize("text, pairs", [
    ("阴山岩刻进入世界文化遗产预备名单，乌后旗蒙古族驼球列入国家级非物质文化遗产名录。",  # 巴彦淖尔 2016
     {("世界文化遗产预备名单", "阴山岩刻"), ("国家级非物质文化遗产名录", "乌后旗蒙古族驼球")}),
    ("继巩义之后，新郑又进入全国综合实力百强县行列。", {("全国综合实力百强县", "新郑")}),  # 河南 2007
    # round 21b (honEA): a ranked list of enterprises is no title at all (no gold file of any set counts one)
    ("东兴煤化工、佳电股份、益海粮油、中粮建三江米业等4家企业进入全省制造业企业100强，新增规上工业企业60户。", set()),  # 佳木斯 2023
    ("海航集团进入世界500强，海马汽车、立昇净水布局海外。", set()),  # 海口 2016
])
def test_entering_a_list_or_rank(text, pairs):
    assert extract(text)["honors"] == pairs


@pytest.mark.parametrize("text", [
    "残疾人就业工作进入全国先进行列。",  # 太原 2004 (a word of praise, no list)
    "城市综合竞争力进入全国省会城市先进行列，",  # 福州 2007
    "力争更多县（市）进入全省30强。",  # a goal
    "两县均进入全省“一县一业”示范县行列。",  # 本溪 2014 (counted, no named recipient)
    "兖州工业园、邹城开发区进入全省开发区前10强。",  # 济宁 2021 (a place in a ranking, as 居全省第N位)
])
def test_entering_praise_goals_or_counts_is_no_honor(text):
    assert extract(text)["honors"] == set()
