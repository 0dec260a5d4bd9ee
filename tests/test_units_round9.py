"""Administrative units, issue #4 round 9: villages listed before a count of villages (周村、天井关村等17个村)
and 城乡 after a county, which is town and country, not a township. Sentences from corpus reports (report
in comments)."""

from __future__ import annotations

from tests.test_units_round6 import _units_of


def test_villages_listed_before_a_count_of_villages_are_units():
    # 晋城 2014: one village written by its bare name (周村) is as much a village as 天井关村
    units = _units_of("晋城市", 2014, "周村、天井关村等17个村列入中国传统村落名录。")
    assert {"周村", "天井关村"} <= set(units)
    # 鄂州 2023, 贺州 2021: the verb before the first item is no part of its name; the kind after the count
    # may be long (15个乡村振兴示范点 is not a village kind, but 等15个乡村 counts villages)
    units = _units_of("鄂州市", 2023, "支持武圣村、岳石洪村等10个村打造特色IP。")
    assert {"武圣村", "岳石洪村"} <= set(units) and "支持武圣村" not in units
    units = _units_of("贺州市", 2021, "全力打造槽碓村、岔山村、岩口村等15个乡村振兴示范点，以点带面促进乡村全面振兴。")
    assert {"槽碓村", "岔山村", "岩口村"} <= set(units) and "打造槽碓村" not in units
    # 昆明 2019: a list of villages to rebuild (城中村) names villages too
    units = _units_of("昆明市", 2019, "实施罗丈村、陈家营村等14个城中村改造项目。")
    assert {"罗丈村", "陈家营村"} <= set(units)


def test_a_county_written_before_a_listed_village_is_its_parent_and_no_part_of_its_name():
    # 锦州 2025: 北镇 and 凌海 are county-level cities of 锦州; 白山 2020: 长白县
    units = _units_of("锦州市", 2025, "北镇桃园村、凌海大茂堡村等8个村获评省传统村落，数量居全省首位。")
    assert {"桃园村", "大茂堡村", "北镇市", "凌海市"} <= set(units)
    assert not {"北镇桃园村", "凌海大茂堡村"} & set(units)
    units = _units_of("白山市", 2020, "长白县果园村等39个村入选全省百村引领千村示范村。")
    assert "果园村" in units and "县果园村" not in units


def test_kinds_of_village_before_a_count_are_no_villages():
    # 南昌 2017: 古驿风情村 and 电商产业村 say what kind of village; 新农村 is no name
    units = _units_of("南昌市", 2017, "溪霞店前古驿风情村、罗亭岭南电商产业村等10个特色秀美示范村建设基本完成。")
    assert not [u for u in units if u.endswith("村")]
    assert not [u for u in _units_of("晋城市", 2014, "建设新农村等3个村。") if u.endswith("村")]


def test_town_and_country_after_a_county_is_no_township():
    # 咸宁 2020, 白城 2016: 建设城乡 and 服务城乡 after a county were read as townships
    units = _units_of("咸宁市", 2020, "支持崇阳县建设城乡融合和乡村振兴先行县。")
    assert "崇阳县" in units and not [u for u in units if u.endswith("城乡")]
    units = _units_of("白城市", 2016, "“通榆县服务城乡群众一张网”改革做法入选中央改革办《改革案例选编》。")
    assert not [u for u in units if u.endswith("城乡")]  # (通榆县 there is part of a brand's name)


def test_autonomous_prefectures_go_by_their_first_character_in_their_province():
    # 新疆 2012, 克拉玛依 2023, 新疆 2020: 克州, 博州, 巴州 with other places of 新疆
    assert "克孜勒苏柯尔克孜自治州" in _units_of("新疆维吾尔自治区", 2012, "在伊犁、喀什、克州启动5所国家支持的重点学校建设。")
    assert "博尔塔拉蒙古自治州" in _units_of("克拉玛依市", 2023, "协调塔城、阿勒泰、博州以及周边兵团建立区域合作机制。")
    assert "巴音郭楞蒙古自治州" in _units_of("新疆维吾尔自治区", 2020, "着力推进乌鲁木齐、巴州天然气储气设施建设。")
    # 巴中 2023: in 四川 巴州 is 巴中's 巴州区, and 博州 names nothing there
    units = _units_of("巴中市", 2023, "巴州天马山等6个森林康养基地入列国家级试点。")
    assert "巴音郭楞蒙古自治州" not in units
    assert "博尔塔拉蒙古自治州" not in _units_of("四川省", 2020, "支持博州发展。")


def test_longjiang_is_heilongjiang_in_its_reports_but_a_county_in_qiqihar():
    from kg.gazetteer import gazetteer
    from kg.resolve import county_forms

    # 黑龙江 2022, 2018: 龙江 is the province's nickname (龙江振兴, 把龙江的事情办好), no 龙江县 of 齐齐哈尔
    units = _units_of("黑龙江省", 2022, "只要我们坚定信心、苦干实干，就一定能够把龙江的事情办好。")
    assert "龙江" in units["黑龙江省"] and "龙江县" not in units
    assert "龙江县" not in _units_of("黑龙江省", 2018, "当前，龙江振兴发展正处在政策机遇期。")
    # in 齐齐哈尔's reports (its prefecture) and 龙江县's own, 龙江 stays the county
    gaz = gazetteer()
    assert county_forms(gaz.by_name["齐齐哈尔市"][0], gaz)["龙江"] == "龙江县"
    assert county_forms(gaz.by_name["龙江县"][0], gaz)["龙江"] == "龙江县"
    assert county_forms(gaz.by_name["哈尔滨市"][0], gaz)["龙江"] == "黑龙江省"


def test_a_township_written_by_its_stem_after_its_county():
    # 文山 2023, 佛山 2013, 临沂 2018: the county's full or short name, then the township's stem and what ends
    # it (a verb, a conjunction, the next item)
    units = _units_of("文山壮族苗族自治州", 2023, "丘北双龙营确定为第二批全国乡村旅游重点镇。")
    assert {"丘北县", "双龙营镇"} <= set(units)
    assert {"狮山镇", "乐平镇"} <= set(_units_of("佛山市", 2013, "佛山高新区实施“一区五园”新体制，核心园区落户南海狮山和三水乐平。"))
    units = _units_of("临沂市", 2018, "蒙阴岱崮、费县许家崖入选全国特色小镇，平邑仲村、沂水马站、郯城新村等被评为省级特色小镇和宜居小镇。")
    assert {"岱崮镇", "仲村镇", "马站镇"} <= set(units)


def test_a_township_stem_that_begins_a_things_name_is_no_township():
    # 阳江 2014: 程村红树林 is a nature reserve; 上饶 2022: 兴安种业 a company
    assert "程村镇" not in _units_of("阳江市", 2014, "保护好阳春鹅凰嶂、阳西程村红树林等自然保护区。")
    assert "兴安街道" not in _units_of("上饶市", 2022, "横峰兴安种业、余干鹏辉高科被评为农业产业化国家重点龙头企业。")
