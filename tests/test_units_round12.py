"""Administrative units, issue #4 round 12: the last item of a list of places is a place whatever follows it.
Sentences from corpus reports (report in comments), none of a held-out place."""

from __future__ import annotations

from tests.test_units_round6 import _units_of


def test_the_last_item_of_a_list_of_places_is_a_place_whatever_follows_it():
    # 宜春 2016: 奉新 is read (a delimiter follows it), 上高 was not (成功 follows it)
    assert {"奉新县", "上高县"} <= set(_units_of("宜春市", 2016, "奉新、上高成功创建国家园林城，宜丰获批全国十佳生态文明城。"))
    # 佛山 2024, 北京 2018, 天津 2016: partners and places acting in a clause
    assert {"茂名市", "云浮市"} <= set(_units_of("佛山市", 2024, "扎实开展对口帮扶协作茂名、云浮工作，加快共建产业转移合作园。"))
    assert {"顺义区", "房山区"} <= set(_units_of("北京市", 2018, "统筹大兴、通州等空间资源，与顺义、房山协同发展，抓好一批重大项目落地。"))
    assert {"西青区", "武清区"} <= set(_units_of("天津市", 2016, "培育了一批强区强街强镇，西青、武清经济总量跨越千亿。"))
    # 泉州 2013, 盘锦 2021: the fourth item of a list before a verb, a partner city before 合作
    units = _units_of("泉州市", 2013, "推动安溪、南安、永春、德化申报中央苏区县。")
    assert {"安溪县", "南安市", "永春县", "德化县"} <= set(units)
    assert {"营口市", "阜新市"} <= set(_units_of("盘锦市", 2021, "帮扶义县项目全面建成受益，与营口、阜新合作逐步深化。"))


def test_a_list_item_that_begins_a_longer_word_or_name_is_no_place():
    # 怒江 2022: 澜沧江 is a river (澜沧 is 澜沧拉祜族自治县's short form)
    units = _units_of("怒江傈僳族自治州", 2022, "怒江、澜沧江等干支流水质持续改善。")
    assert "澜沧拉祜族自治县" not in units
    # 河南 2011 (as round 6): the last item runs into a zone's name, and the list with it
    units = _units_of("河南省", 2011, "漯河、鹤壁、开封、许昌经济技术开发区升格为国家级经济技术开发区。")
    assert not {"漯河市", "鹤壁市", "开封市", "许昌市"} & set(units)


def test_a_real_name_that_begins_with_a_place_still_hides_it():
    # 淮南 2022: a place inside a project's name stays no unit (the name has more than places)
    units = _units_of("淮南市", 2022, "开工凤台县、潘集区450万千瓦风光火储氢基地。")
    assert "潘集区" not in units


def test_the_last_item_after_he_yu_ji_is_a_place_unless_it_begins_a_name():
    # 安庆 2019, 南昌 2023, 安徽 2011: 和/与 join the last two places of a list
    assert {"望江县", "宿松县"} <= set(_units_of("安庆市", 2019, "打造桐城智能制造、望江和宿松纺织服装、迎江现代服务业等产业集群。"))
    assert "丰城市" in _units_of("南昌市", 2023, "新增4条公交线路，南昌与丰城公交线路由1条增至3条。")
    assert "淮南市" in _units_of("安徽省", 2011, "淮北大堤保护区、蚌埠和淮南城市防洪标准提高到百年一遇。")
    # 山西 2021: 长治 after 和 begins an airport's name; 淮南 2024: 山南新区 after 与 hides no list
    assert "长治市" not in _units_of("山西省", 2021, "推进武宿机场三期改扩建、运城和长治机场改扩建。")
    units = _units_of("淮南市", 2024, "推动山南山北联动发展，大通区、谢家集区与山南新区毗邻区集聚发展。")
    assert {"大通区", "谢家集区"} <= set(units) and "山南市" not in units
    # 黑龙江 2003: a count of things after the pair (两个国家级高新技术产业开发区) names zones, not places
    units = _units_of("黑龙江省", 2003, "哈尔滨和大庆两个国家级高新技术产业开发区技工贸总收入增长。")
    assert "大庆市" not in units
