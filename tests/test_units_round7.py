"""Administrative units, issue #4 round 7: the customary short forms of long county-level names, derived
from the gazetteer (喀左, 阜蒙, 前郭, 土左旗, 察右前旗). Sentences from corpus reports (report in comments)."""

from __future__ import annotations

from kg.gazetteer import county_abbreviations
from tests.test_units_round6 import _units_of


def test_derived_abbreviations_of_long_county_names():
    assert "喀左" in county_abbreviations("喀喇沁左翼蒙古族自治县")
    assert "前郭" in county_abbreviations("前郭尔罗斯蒙古族自治县")
    assert "土左" in county_abbreviations("土默特左旗")
    assert "察右前" in county_abbreviations("察哈尔右翼前旗")
    # the people's character only where the stem is another unit's (阜新市), not 长土 for 长阳土家族自治县
    assert "阜蒙" in county_abbreviations("阜新蒙古族自治县", {"阜新"})
    assert "阜蒙" not in county_abbreviations("阜新蒙古族自治县")
    assert county_abbreviations("凤庆县") == ()


def test_abbreviated_counties_are_read_in_their_province():
    # 朝阳 2018, 吉林 2021, 呼和浩特 2022, 乌兰察布 2022, 阜新 2016, 通辽 2016
    assert "喀喇沁左翼蒙古族自治县" in _units_of("朝阳市", 2018, "支持建平、喀左创建省级全域旅游示范区。")
    assert "前郭尔罗斯蒙古族自治县" in _units_of("吉林省", 2021, "边境经济合作区和试验区加快推进。前郭、珲春、公主岭获批。")
    assert "土默特左旗" in _units_of("呼和浩特市", 2022, "推动总部经济等业态；土左旗、托县、和林格尔县加快发展。")
    assert "察哈尔右翼前旗" in _units_of("乌兰察布市", 2022, "全产业链典型县，察右前旗入选全国示范县。")
    assert "阜新蒙古族自治县" in _units_of("阜新市", 2016, "合楼等投入使用。阜蒙县、太平区义务教育均衡发展通过验收。")
    units = _units_of("通辽市", 2016, "提升科尔沁区、科左中旗、开鲁县的承载能力。")
    assert {"科尔沁左翼中旗", "开鲁县"} <= set(units)


def test_a_derived_form_is_no_unit_outside_its_province_or_inside_a_word():
    # 本满 (本溪满族自治县) is no unit in 基本满足; 喀左 means nothing in a 广东 report
    assert "本溪满族自治县" not in _units_of("辽宁省", 2015, "基本满足群众的出行需求。")
    assert "喀喇沁左翼蒙古族自治县" not in _units_of("广东省", 2018, "支持喀左、建平发展。")


def test_the_reporting_unit_and_its_province_go_by_their_short_forms():
    # 延边 2018 (延边发展进程中), 日喀则 2023 (关于西藏工作), 兰州 2019 (“精致兰州”): short forms before a
    # noun or in a slogan are no mentions of their own, but they are aliases of the units
    assert "延边" in _units_of("延边朝鲜族自治州", 2018, "2017年，是延边发展进程中极不平凡的一年。")["延边朝鲜族自治州"]
    assert "西藏" in _units_of("日喀则市", 2023, "认真贯彻习近平总书记关于西藏工作的重要指示，全区第三。")["西藏自治区"]
    assert "兰州" in _units_of("兰州市", 2019, "提出“都会城市、精致兰州”发展定位。")["兰州市"]
    # 吉林 is 吉林省 and 吉林市: no alias of either from a 吉林省 report
    units = _units_of("吉林省", 2006, "建设长春、吉林两个特大城市，振兴吉林老工业基地。")
    assert "吉林" not in units["吉林省"]


def test_place_words_that_are_counties_count_among_listed_places():
    # 湖北 2026: 宜都, 汉川 are also common place words; listed with other units they are the counties
    units = _units_of("湖北省", 2026, "经济稳步发展，新增仙桃、潜江、宜都、大冶4个千亿县。")
    assert {"仙桃市", "潜江市", "宜都市"} <= set(units)
    units = _units_of("湖北省", 2026, "枣阳、枝江、汉川、天门等经济强县实力增强。")
    assert "汉川市" in units
    # alone, or listed with things that are no units, they stay words (洪湖、梁子湖 are lakes)
    assert "洪湖市" not in _units_of("湖北省", 2026, "加强洪湖、梁子湖等重点湖库生态保护。")
    assert "宜都市" not in _units_of("湖北省", 2026, "宜都的发展很快。")
