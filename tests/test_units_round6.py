"""Administrative units, issue #4 round 6: lists of places before a zone, towns listed before a kind of
town, partner cities, deixis inside an honour's name. Sentences from corpus reports (report in comments)."""

from __future__ import annotations

from tests.test_resolve import _units_of as _units_of_text


def _units_of(region: str, year: int, text: str) -> dict[str, set[str]]:
    """Unit label -> surface forms, for a short report of `region` run through the pipeline."""
    head = f"政府工作报告\n——{year}年1月10日在{region}第十届人民代表大会第五次会议上\n各位代表：\n"
    return _units_of_text(head + text + "\n")


def test_places_listed_before_a_zone_whose_last_item_goes_on_into_its_name_are_no_units():
    # 河南 2011, 淮安 2014, 江西 2014: the last place runs into the zone's name (许昌经济技术开发区)
    units = _units_of("河南省", 2011, "漯河、鹤壁、开封、许昌经济技术开发区升格为国家级经济技术开发区。")
    assert not {"漯河市", "鹤壁市", "开封市", "许昌市"} & set(units)
    units = _units_of("淮安市", 2014, "涟水、金湖经济开发区首次进入全省前列。")
    assert not {"涟水县", "金湖县"} & set(units)
    units = _units_of("江西省", 2014, "新增宜春、龙南、瑞金三个国家级经济开发区。")
    assert not {"宜春市", "龙南市", "瑞金市"} & set(units)


def test_places_listed_with_a_zone_or_before_a_kind_of_district_are_still_units():
    # 陕西 2017, 济南 2012, 石家庄 2023, 德阳 2022, 马鞍山 2020: the zone is one more item, not a head
    units = _units_of("陕西省", 2017, "支持大荔县、蓝田县、榆阳区、西咸新区泾河新城开展国家农村产业融合发展试点。")
    assert {"大荔县", "蓝田县", "榆阳区"} <= set(units)
    units = _units_of("济南市", 2012, "推动历下、市中、槐荫、天桥四个中心区产业升级。")
    assert {"历下区", "槐荫区"} <= set(units)
    units = _units_of("石家庄市", 2023, "积极推进行唐县、赵县农村宅基地规范管理和闲置宅基地盘活利用。")
    assert {"行唐县", "赵县"} <= set(units)
    units = _units_of("德阳市", 2022, "广汉与新都、西南石油大学共建全省首个跨区域产教融合园区。")
    assert "新都区" in units
    units = _units_of("马鞍山市", 2020, "推动和县与浦口区、慈湖高新区与江宁滨江经开区跨界一体化发展。")
    assert "浦口区" in units


def test_towns_listed_before_a_kind_of_town_are_townships():
    # 湘潭 2016, 长沙 2016, 遵义 2014, 绵阳 2014, 恩施 2022, 朝阳 2016
    units = _units_of("湘潭市", 2016, "花石、棋梓、银田3个特色镇和梅林桥城乡统筹示范片建设加快。")
    assert {"花石镇", "棋梓镇", "银田镇"} <= set(units)
    units = _units_of("长沙市", 2016, "开慧、莲花、沩山等特色镇品质明显提升。")
    assert {"开慧镇", "莲花镇"} <= set(units)
    units = _units_of("遵义市", 2014, "保利·未来城等城市综合体、茅台等小城镇加快建设。")
    assert "茅台镇" in units
    units = _units_of("绵阳市", 2014, "加快盐亭玉龙、北川曲山等小城镇百镇建设试点。")
    assert {"玉龙镇", "曲山镇"} <= set(units)
    units = _units_of("朝阳市", 2016, "北票五间房等5个新市镇均被列为宜居乡村试点镇。")
    assert "五间房镇" in units
    assert "北票" in units["北票市"]  # the town's county, written before it


def test_partner_cities_paired_by_a_dash_or_named_for_a_partnership_are_units():
    # 巴中 2023, 桂林 2019, 潮州 2016, 四平 2022, 厦门 2023, 鹤岗 2021
    assert "金华市" in _units_of("巴中市", 2023, "到位金华-巴中东西部协作资金2.6亿元。")
    assert "肇庆市" in _units_of("桂林市", 2019, "深入推进肇庆—桂林扶贫协作，广泛动员社会力量参与。")
    assert "中山市" in _units_of("潮州市", 2016, "中山－潮州对口帮扶工作扎实有效。")
    assert "金华市" in _units_of("四平市", 2022, "持续深化与金华对口合作，干部交流日益密切。")
    assert "临夏回族自治州" in _units_of("厦门市", 2023, "厦门临夏东西部协作获评全球减贫案例。")
    assert "汕头市" in _units_of("鹤岗市", 2021, "加强与汕头对口合作，积极推进粮食加工。")


def test_a_partnership_park_or_a_route_still_hides_its_places():
    # 乐山 2020, 松原 2020, 抚州 2022
    assert "浙江省" not in _units_of("乐山市", 2020, "抓好浙江—乐山东西部扶贫协作产业园建设。")
    assert "舟山市" not in _units_of("松原市", 2020, "雅达虹工业集中区被列为舟山—松原对口合作园区。")
    assert "宁波市" not in _units_of("抚州市", 2022, "开设至宁波、厦门口岸的“五定”班列。")


def test_the_province_named_only_inside_an_honour_is_still_referred_to():
    # 朝阳 2016: 全省 only inside 全省宜居乡村试点镇 / 全省肉菜流通追溯体系试点市
    units = _units_of("朝阳市", 2016, "我市被确定为全省肉菜流通追溯体系试点市。")
    assert "全省" in units["辽宁省"]


def test_a_second_place_between_a_place_and_a_facility_is_part_of_its_name():
    # 河南 2011, 贵州 (贵阳龙洞堡机场), 甘肃 (兰州中川机场), 郑州 2013 (郑州东站), 昭通 2023 (盐津乌骨鸡…项目)
    units = _units_of("河南省", 2011, "郑州新郑综合保税区获得国家批准。加快郑州东站、郑州新郑机场两大综合交通枢纽建设。")
    assert "郑州市" not in units
    assert "贵阳市" not in _units_of("贵州省", 2015, "贵阳龙洞堡机场停机坪建成投用。")
    assert "兰州市" not in _units_of("甘肃省", 2019, "兰州中川国际机场三期建成投运。")
    assert "盐津县" not in _units_of("昭通市", 2023, "盐津乌骨鸡全产业链项目开工建设。")
    assert "香港特别行政区" not in _units_of("延边朝鲜族自治州", 2018, "参加“东博会”、香港春茗晚会等经贸交流活动。")


def test_a_county_level_city_listed_with_counties_is_the_county_not_the_prefecture_of_its_short_form():
    # 文山 2020 and 2022, 红河 2023, 黔东南 2014: the list's level word 县（市）/县市
    units = _units_of("文山壮族苗族自治州", 2022, "文山、砚山、丘北3县（市）纳入国家整县屋顶分布式光伏试点建设。")
    assert "文山" in units["文山市"] and {"砚山县", "丘北县"} <= set(units)
    units = _units_of("文山壮族苗族自治州", 2020, "持续推进文山、马关、丘北3个县（市）国家紧密型医共体试点工作。")
    assert "文山" in units["文山市"]
    units = _units_of("红河哈尼族彝族自治州", 2023, "蒙自、开远、建水、弥勒、河口5个县市被命名为双拥模范城（县）。")
    assert {"蒙自市", "开远市", "建水县", "弥勒市"} <= set(units)
    units = _units_of("黔东南苗族侗族自治州", 2014, "其中凯里、镇远等5个县市全面停止商品材采伐。")
    assert {"凯里市", "镇远县"} <= set(units)


def test_places_that_build_a_facility_are_units():
    # 广西 2019, 内蒙古 2026, 宁夏 2019: 建设/打造 after the places is their action, not part of a name
    units = _units_of("广西壮族自治区", 2019, "支持防城港、崇左、来宾、贺州建设三甲医院。")
    assert {"防城港市", "崇左市", "来宾市", "贺州市"} <= set(units)
    units = _units_of("内蒙古自治区", 2026, "支持包头、通辽打造高端铝后加工基地。")
    assert {"包头市", "通辽市"} <= set(units)
    units = _units_of("宁夏回族自治区", 2019, "支持固原推进生态城镇建设、中卫建设区域性物流中心。")
    assert "中卫市" in units


def test_counties_listed_before_县市_or_a_count_of_counties():
    # 湖北 2005, 恩施 2022, 凉山 2021: 等县市; 伊犁 2025 (等县市 after full names)
    units = _units_of("湖北省", 2005, "推广仙桃、宜都、汉川、大冶等县市培植骨干财源的经验。")
    assert {"宜都市", "汉川市", "大冶市"} <= set(units)
    units = _units_of("恩施土家族苗族自治州", 2022, "支持恩施、利川、宣恩、来凤等县市创建国家级现代农业产业园。")
    assert "恩施" in units["恩施市"] and {"利川市", "宣恩县", "来凤县"} <= set(units)
    units = _units_of("凉山彝族自治州", 2021, "推动会理、冕宁、盐源、宁南等县市创建天府旅游名县。")
    assert {"冕宁县", "盐源县", "宁南县"} <= set(units)


def test_districts_named_by_common_nouns_are_units_only_in_their_own_city():
    # 茂名 2023, 潮州 2016, 衡阳 2021: a zone, an old town, a zone's part; 天津 2020, 丽江, 攀枝花: the district
    assert "滨海新区" not in _units_of("茂名市", 2023, "建强四大平台。滨海新区锚定港湾新城定位，集聚发展。")
    assert "古城区" not in _units_of("潮州市", 2016, "逐步推进古城区街巷修缮改造。")
    assert "东区" not in _units_of("衡阳市", 2021, "调规扩区，加快建设松木经开区（东区）。")
    assert "滨海新区" in _units_of("天津市", 2020, "出台《加快推进新时代滨海新区高质量发展的意见》，滨海新区综合实力增强。")
    assert "古城区" in _units_of("丽江市", 2021, "古城区被认定为国家全域旅游示范区。")
    assert "东区" in _units_of("攀枝花市", 2019, "东区农村产权制度改革被列为国家级试点。")
    # written right after their city they are the districts anywhere (凉山 2014, 河北 2012, 朝阳 2022)
    assert {"西区", "东区"} <= set(_units_of("凉山彝族自治州", 2014, "攀枝花市仁和区、西区、东区、盐边县纳入规划。"))
    assert "滨海新区" in _units_of("河北省", 2012, "主动加强与天津滨海新区、山东半岛蓝色经济区的沟通和合作。")
    assert "滨海新区" in _units_of("朝阳市", 2022, "建立与天津滨海新区、江苏镇江长期合作机制。")


def test_a_celebration_a_spirit_or_an_air_route_named_after_places_names_no_unit():
    # 宁夏 2019, 淮安 2020 (周年大庆); 南昌 2009, 无锡 2023, 大庆 2014 (…精神); 遵义 2014 (航线)
    assert "大庆市" not in _units_of("宁夏回族自治区", 2019, "成功举办自治区成立60周年大庆，围绕展示成就。")
    assert "大庆市" not in _units_of("淮安市", 2020, "圆满完成新中国成立70周年大庆等重大活动安保任务。")
    assert "井冈山市" not in _units_of("南昌市", 2009, "大力弘扬井冈山精神，加快发展。")
    assert "延安市" not in _units_of("无锡市", 2023, "建设市委党校新校区、延安精神无锡学习基地。")
    units = _units_of("遵义市", 2014, "力争开通至大连、郑州、青岛、南京、南宁、桂林航线。")
    assert not {"大连市", "郑州市", "青岛市", "南京市", "南宁市", "桂林市"} & set(units)


def test_a_county_seat_is_the_county_not_a_thing_named_after_it():
    # 西双版纳 2023, 南昌 2024, 合肥 2021, 兰州 2026, 南昌 2012: X县城 is the county's seat
    units = _units_of("西双版纳傣族自治州", 2023, "景城融合项目加快推进，勐海、勐腊县城面貌有新提升。")
    assert {"勐海县", "勐腊县"} <= set(units)
    units = _units_of("南昌市", 2024, "“两翼”指进贤、安义县城两个特色组群。")
    assert {"进贤县", "安义县"} <= set(units)
    units = _units_of("合肥市", 2021, "打造巢湖城区、长丰县城、庐江县城三大市域副中心。")
    assert {"长丰县", "庐江县"} <= set(units)
    units = _units_of("兰州市", 2026, "“多镇”是指永登县城、皋兰县城、红古城区及若干重点镇。")
    assert {"永登县", "皋兰县"} <= set(units)
    # a two-character county inside a longer word stays out (宁波 2020, 清远 2021, 邢台 2022)
    assert "古县" not in _units_of("宁波市", 2020, "推进慈城古县城保护开发。")
    assert "南县" not in _units_of("清远市", 2021, "连山、连南县城特色化改造成效明显。")
    assert "和县" not in _units_of("邢台市", 2022, "中心城市“十大标配”和县城“两馆两院三中心”建设全面推进。")


def test_and_after_a_closing_bracket_is_a_conjunction_not_the_county_he_xian():
    # 哈尔滨 2014, 泰州 2022: 和 after （…） or ” joins two items; 和县 is no county there
    units = _units_of("哈尔滨市", 2014, "统筹推进市、区、街道（社区）和县、乡（镇）、村两个三级公共文化服务网络建设。")
    assert "和县" not in units
    units = _units_of("泰州市", 2022, "新时代文明实践中心（所、站）和县级融媒体中心实现全覆盖。")
    assert "和县" not in units
    # the county itself, opening a sentence, still is one
    units = _units_of("马鞍山市", 2020, "和县加快建设长江岸线生态廊道。")
    assert "和县" in units
