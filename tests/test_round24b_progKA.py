"""Round 24b (progKA, programs; kg/extract/entities/round24b_programs.py): a pilot of a quoted name keeps 试点, and the field
written right before the quote (after the verb).

`“营改增”试点正式启动` was read as the bare 营改增, `开展专项债项目“自审自发”试点` as 自审自发; the golds list such pilots with 试点
kept (and the field): 15 names in 10 sets (dev9 … dev27) against 5 bare in 5 sets (dev3 … dev17). The shape “X”(改革)试点 is in 58 of 200
random corpus reports (seed 2412), read bare 57 times in 43 of them before this round.
Guards: a pilot won or aimed at (入选, 争创: no programme of the city's own, round 17d), a pilot place (…试点城市), a service brand
(…通办: the service is the programme), a place before the quote (not a field), pilots counted (50个“长者饭堂”试点).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
CASES = [
    ("开展结构性减税，“营改增”试点启动实施。", {"营改增"}, {"营改增试点"}),  # 云南 2014
    ("完善分税制财政管理体制，扩大“营改增”试点。", {"营改增"}, {"营改增试点"}),  # 遵义 2014
    ("稳步推进“药品直供”试点。", {"药品直供"}, {"药品直供试点"}),  # 武汉 2007
    ("启动“三供一业”试点，加快城市供水、供热、供气和物业管理改革。", {"三供一业"}, {"三供一业试点"}),  # 哈尔滨 2012
    # the field before the quote, after the verb
    ("开展供销社系统“县基一体化”试点，拓展灵活就业人员参加住房公积金制度试点。", {"县基一体化"},
     {"供销社系统县基一体化试点"}),  # 陇南 2025
    ("启动农村“三改一化”改革试点。", {"三改一化改革", "三改一化"}, {"农村三改一化改革试点"}),  # 天津 2011
    # a place before the quote is no field
    ("（11）加快广播电视数字化进程，推进全省广电网络改制整合，搞好哈尔滨“三网融合”试点。",
     {"三网融合", "哈尔滨三网融合试点"}, {"三网融合试点"}),  # 黑龙江 2011
    # guards: a pilot won or aimed at, a pilot place, a service brand
    ("积极争创全国“无废城市”试点，持续提升固废减量化无害化资源化处置水平。", {"无废城市试点", "全国无废城市试点"}, set()),  # 三门峡 2021
    ("实施科技创新工程，获批“科创中国”试点城市；", {"科创中国试点", "科创中国"}, set()),  # 泉州 2021
    ("完成主城区不动产登记“全城通办”试点，开办企业最快2天可办结。", {"全城通办试点", "不动产登记全城通办试点"},
     {"全城通办"}),  # 昆明 2020
    # guards: pilots counted (many pilot sites, not one programme)
    ("开展50个“长者饭堂”试点，居家和社区养老服务改革试点考评在全国排第3名。", {"长者饭堂试点"}, set()),  # 南宁 2020
    ("推进“四好”22建设，抓好25个“好社区”试点建设，稳步推进17个老旧小区改造。", {"好社区试点"}, set()),  # 南昌 2026
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_quoted_pilot_names(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
