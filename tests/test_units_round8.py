"""Administrative units, issue #4 round 8 (corpus recall sweep): the short forms of 西藏 and 内蒙古, places
listed before a count with a kind of town or county, and short forms that are common words after an
adjective. Sentences from corpus reports outside the measured sample (report in comments)."""

from __future__ import annotations

from kg.gazetteer import gazetteer, short_name
from tests.test_units_round6 import _units_of


def test_autonomous_regions_named_by_a_people_keep_their_short_form():
    # 西藏自治区 and 内蒙古自治区: stripping the people (藏, 蒙古) left 西 and 内
    assert short_name("西藏自治区") == "西藏"
    assert short_name("内蒙古自治区") == "内蒙古"
    assert short_name("新疆维吾尔自治区") == "新疆"
    assert gazetteer().by_short["内蒙古"].name == "内蒙古自治区"
    # 上海 2011, 东莞 2005: listed among provinces as partners
    assert {"新疆维吾尔自治区", "西藏自治区", "云南省", "青海省"} <= set(
        _units_of("上海市", 2011, "做好对口支援工作，对新疆、西藏、云南、青海的援助进一步加大。"))
    assert "内蒙古自治区" in _units_of("雅安市", 2023, "拓展与青海、内蒙古等地合作。")
    # 川西藏区 is 川西 + 藏区, no 西藏
    assert "西藏自治区" not in _units_of("四川省", 2012, "继续实施川西藏区生态保护与建设工程。")


def test_places_listed_before_a_count_and_a_kind_of_town_or_county():
    # 兰州 2015, 东莞 2026 has no township data; 哈尔滨 2016, 南宁 2020: the kind between the count and the
    # level word (省级新型城镇化试点镇, 贫困县) says what the listed places are
    units = _units_of("兰州市", 2015, "推进青城国家级历史文化名镇和河桥、平安、秦川3个省级新型城镇化试点镇建设。")
    assert {"河桥镇", "平安镇", "秦川镇"} <= set(units)
    assert {"延寿县", "木兰县", "巴彦县"} <= set(
        _units_of("哈尔滨市", 2016, "延寿、木兰、巴彦3个贫困县全部摘帽。"))
    assert {"马山县", "上林县", "隆安县"} <= set(
        _units_of("南宁市", 2020, "马山、上林、隆安3个贫困县实现脱贫摘帽。"))
    # the last item written in full (石嘴山 2013)
    units = _units_of("石嘴山市", 2013, "打造红果子、姚伏、陶乐、星海镇4个中心镇。")
    assert {"红果子镇", "姚伏镇", "陶乐镇", "星海镇"} <= set(units)
    # feature towns are places, not townships (南宁 2018: 古辣、金陵 … 等一批特色小镇)
    units = _units_of("南宁市", 2018, "建设古辣、金陵、古零、伶俐等3个特色小镇。")
    assert not {"古辣镇", "金陵镇"} & set(units)


def test_a_short_form_after_an_adjective_or_adverb_is_a_word():
    # 上海 2018, 伊犁 2025 (安康: well-being), 广西 2009 (平安大庆: a safe celebration)
    assert "安康市" not in _units_of("上海市", 2018, "让人民享有共同富裕、更加幸福安康的生活。")
    assert "安康市" not in _units_of("伊犁哈萨克自治州", 2025, "社会更安宁、发展更安全、人民更安康。")
    assert "大庆市" not in _units_of("广西壮族自治区", 2009, "50周年大庆真正办成了平安大庆。")
    assert "富民县" not in _units_of("广西壮族自治区", 2009, "（7）兴边富民和桂西五县基础设施建设。")
    # after a verb or in a list the place stays (陕西 2009, 黑龙江 2008)
    assert "安康市" in _units_of("陕西省", 2009, "加快渭南、安康、商洛等重灾区的恢复重建工作。")
    assert "大庆市" in _units_of("黑龙江省", 2008, "全力支持中石油和大庆创建百年油田。")
    # a place that goes on into what it modifies is named (北京 2020: jieba tags 落实 an adjective)
    assert "海淀区" in _units_of("北京市", 2020, "中关村科学城深入落实海淀创新发展16条。")
    # a one-character adjective still names the place (大武汉)
    assert "武汉市" in _units_of("咸宁市", 2012, "打造对接大武汉的桥头堡。")


def test_urbanization_after_places_names_no_thing():
    # 青海 2026, 武汉 2011: 城镇化 and 城乡 say what the places do; 城 there heads no new town's name
    units = _units_of("青海省", 2026, "大通、湟中、民和、互助、共和、同仁新型城镇化试点县建设加快。")
    assert {"大通回族土族自治县", "湟中区", "民和回族土族自治县"} <= set(units)
    assert "汉南区" in _units_of("武汉市", 2011, "汉南区城乡一体化试点取得成效。")
    # a thing's head still hides the places (青海 2013: 机场; 黑龙江 2008: 港口, 集团公司; 黄山 2022: 北京城建)
    assert "德令哈市" not in _units_of("青海省", 2013, "建成德令哈、花土沟、果洛机场。")
    units = _units_of("黑龙江省", 2008, "建设同江、黑河两个港口。依托东轻、东安等集团公司建立基地。")
    assert not {"同江市", "黑河市", "东安区"} & set(units)
    assert "北京市" not in _units_of("黄山市", 2022, "积极对接北京城建、首旅、首农。")


def test_a_count_of_places_after_a_short_form():
    # 吉林 2006: 吉林 (the city; the province shares the form) before 两个特大城市; 汕尾 2014
    assert "吉林市" in _units_of("吉林省", 2006, "推进长春、吉林两个特大城市更快更好地发展。")
    assert "陆河县" in _units_of("汕尾市", 2014, "稳步推进海丰、陆河两个山区县农村综合改革。")
    # 和谐吉林 in 吉林's report is the province's slogan, no 吉林市
    assert "吉林市" not in _units_of("吉林省", 2006, "建设和谐吉林，实现协调发展。")


def test_a_kind_before_a_district_word_is_no_list_of_districts():
    # 四川 2014: 200个万亩亿元示范区 are zones, and 新建 is a verb, not 新建区
    assert "新建区" not in _units_of("四川省", 2014, "新建和改造提升200个万亩亿元示范区。")


def test_a_county_by_the_name_it_had_before_a_renaming():
    # the gazetteer holds current names; older reports write the earlier ones (广州 2013: 增城市, 从化市 are
    # districts since 2014; 长沙 2012: 宁乡县 a city since 2017; 贵阳 2007: 平坝县 a district since 2014)
    units = _units_of("广州市", 2013, "开展增城市、从化市县级公立医院改革试点。")
    assert units.get("增城区") == {"增城市"} and units.get("从化区") == {"从化市"}
    assert "宁乡县" in _units_of("长沙市", 2012, "天心区实现畜禽养殖业全面退出，宁乡县建立新机制。")["宁乡市"]
    assert "平坝县" in _units_of("贵阳市", 2007, "包括安顺市的西秀区、平坝县、镇宁县、普定县。")["平坝区"]
    # inside a word it is no unit (新增城市, 沿江城市: 增城区 and 江城区 are districts of 广州 and 阳江)
    assert not {"增城区", "江城区"} & set(_units_of("广东省", 2020, "新增城市公共停车位，打造沿江城市。"))
