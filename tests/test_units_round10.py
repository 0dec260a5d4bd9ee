"""Administrative units, issue #4 round 10: two cities written together without a delimiter (自贡内江对口帮扶,
佛山云浮一体化帮扶) are a pair of units; a pair before 至 or 经 is a route's stops. Sentences from corpus reports
(report in comments)."""

from __future__ import annotations

from tests.test_units_round6 import _units_of


def test_two_cities_run_together_before_a_partnership_are_both_units():
    # 湛江 2023, 济南 2024, 巴中 2023: a partnership names both cities, the first has no delimiter after it
    assert {"广州市", "湛江市"} <= set(_units_of("湛江市", 2023, "扎实推动广州湛江对口帮扶工作持续深化。"))
    assert {"济南市", "临沂市"} <= set(_units_of("济南市", 2024, "做好对口支援工作，加强济南临沂协作帮扶。"))
    units = _units_of("巴中市", 2023, "到位金华-巴中东西部协作、自贡内江对口帮扶资金2.6亿元。")
    assert {"自贡市", "内江市", "金华市"} <= set(units)


def test_two_cities_run_together_before_a_joint_development_are_both_units():
    # 佛山 2016, 太原 2012, 拉萨 2025, 西宁 2023: 一体化, 同城化, 两地 after the pair
    assert {"佛山市", "云浮市"} <= set(_units_of("佛山市", 2016, "强化佛山云浮一体化帮扶。"))
    assert {"太原市", "晋中市"} <= set(_units_of("太原市", 2012, "太原晋中同城化格局基本形成。"))
    assert "山南市" in _units_of("拉萨市", 2025, "加强与区内各地市的交流合作，推进拉萨山南一体化。")
    units = _units_of("西宁市", 2023, "推动西宁海东一体化建设。深化西宁兰州两地铜、铝精深加工企业合作。")
    assert {"海东市", "兰州市"} <= set(units)


def test_two_cities_run_together_before_a_verb_or_a_delimiter_are_both_units():
    # 鄂州 2020, 武威 2023: the second city ends at punctuation or 的, the first runs into it
    assert {"黄石市", "黄冈市"} <= set(_units_of("鄂州市", 2020, "加强与黄石黄冈联动。"))
    units = _units_of("武威市", 2023, "以兰白一体化为重点、辐射带动定西临夏的一小时核心经济圈。")
    assert {"定西市", "临夏回族自治州"} <= set(units)


def test_a_pair_before_a_route_link_names_stops_not_units():
    # 东营 2025, 玉林 2020: 滨州东营至淄博 and 怀化经桂林玉林至湛江 are railways
    assert "滨州市" not in _units_of("东营市", 2025, "做好滨州东营至淄博至莱芜高铁谋划争取。")
    assert "桂林市" not in _units_of("玉林市", 2020, "争取张海高铁怀化经桂林玉林至湛江段纳入国家规划。")


def test_a_place_run_into_a_thing_is_still_no_unit():
    # 郑州 (a second place between a place and a thing's head belongs to the name): unchanged by the pair rule
    assert "郑州市" not in _units_of("河南省", 2011, "扩建郑州新郑机场。")
