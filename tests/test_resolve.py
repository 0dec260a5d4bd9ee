"""One node per real thing: codes, the hierarchy, aliases, deixis, scoped look-ups, years that meet."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg import build
from kg.consts import GOV
from kg.gazetteer import gazetteer, short_name
from kg.query import library, rows_of, run_query

DATA = Path(__file__).resolve().parent / "data"
UNIT = "https://w3id.org/govkg/id/unit/"


def test_the_district_has_its_code_and_a_chain_up_to_the_country(sample_dataset):
    g = sample_dataset
    district = URIRef(UNIT + "650103")
    assert g.value(district, GOV.divisionCode) == Literal("650103")
    chain = []
    node = district
    while node is not None:
        chain.append(str(g.value(node, RDFS.label)))
        node = g.value(node, GOV.partOf)
    assert chain == ["沙依巴克区", "乌鲁木齐市", "新疆维吾尔自治区", "中华人民共和国"]


def test_aliases_and_deixis_are_one_node(sample_dataset):
    g = sample_dataset
    district = URIRef(UNIT + "650103")
    alts = {str(a) for a in g.objects(district, SKOS.altLabel)}
    assert {"沙区", "我区", "全区"} <= alts
    city = URIRef(UNIT + "650100")
    assert "首府" in {str(a) for a in g.objects(city, SKOS.altLabel)}


def test_streets_are_looked_up_inside_the_reporting_district(sample_dataset):
    g = sample_dataset
    street = next(g.subjects(RDFS.label, Literal("友好南路街道", lang="zh")))
    assert str(g.value(street, GOV.divisionCode)) == "650103004000"  # not 伊春市友好区
    assert g.value(street, GOV.partOf) == URIRef(UNIT + "650103")
    short = next(g.subjects(SKOS.altLabel, Literal("扬子江街道", lang="zh")))
    assert str(g.value(short, RDFS.label)) == "扬子江路街道"


def test_an_ambiguous_name_is_not_linked_to_a_wrong_division():
    gaz = gazetteer()
    assert gaz.resolve_name("朝阳区") is None  # 北京 and 长春 both have one
    assert gaz.resolve_name("朝阳区", scope="110000").code == "110105"


@pytest.mark.parametrize("name, short", [("新疆维吾尔自治区", "新疆"), ("昌吉回族自治州", "昌吉"),
                                         ("积石山保安族东乡族撒拉族自治县", "积石山"), ("乌鲁木齐市", "乌鲁木齐"),
                                         ("广西壮族自治区", "广西")])
def test_short_names(name, short):
    assert short_name(name) == short


def test_every_unit_has_one_level_and_a_parent_up_to_the_country(sample_dataset):
    g = sample_dataset
    levels = {GOV.NationalUnit, GOV.ProvinceLevelUnit, GOV.PrefectureLevelUnit, GOV.CountyLevelUnit,
              GOV.TownshipLevelUnit, GOV.VillageLevelUnit}
    for unit in set(g.subjects(RDF.type, GOV.AdministrativeUnit)):
        assert len(set(g.objects(unit, RDF.type)) & levels) == 1
        if str(unit).startswith(UNIT + "name/"):
            continue  # a name the gazetteer could not place keeps no guessed parent
        if unit != URIRef(UNIT + "CN"):
            assert g.value(unit, GOV.partOf) is not None, unit


@pytest.fixture(scope="module")
def urumqi_three_years(tmp_path_factory):
    out = tmp_path_factory.mktemp("urumqi")
    return build([str(DATA / f"urumqi_{y}.txt") for y in (2023, 2024, 2025)], out, html=False)


def test_gdp_targets_of_2023_and_2024_meet_the_reported_figures(urumqi_three_years):
    query = next(q for q in library() if q.name == "targets_vs_outcomes")
    names, rows = rows_of(run_query(urumqi_three_years.out_dir, query.path.read_text(encoding="utf-8"),
                                    {"unit": "乌鲁木齐市"}))
    pairs = [dict(zip(names, row, strict=False)) for row in rows]
    # a target for year Y meets the outcome for year Y, not the outcomes of other years
    assert all(r["targetPeriod"] == r["outcomePeriod"] for r in pairs)
    gdp = {(r["targetPeriod"], r["targetText"], r["outcomeText"]) for r in pairs if r["indicator"] == "地区生产总值"}
    assert ("2023", "7.5%", "6.0%") in gdp
    assert ("2024", "7.5%", "5.3%") in gdp


def test_shared_things_are_one_node_across_years(urumqi_three_years):
    g = urumqi_three_years.dataset()
    city = URIRef(UNIT + "650100")
    reports = {g.value(s, GOV.inReport) for s in g.objects(city, GOV.mentionedIn)}
    assert len(reports) == 3
    gdp = next(g.subjects(RDFS.label, Literal("地区生产总值", lang="zh")))
    years = {str(g.value(g.value(s, GOV.inReport), GOV.year))
             for m in g.subjects(GOV.indicator, gdp) for s in g.objects(m, GOV.mentionedIn)}
    assert years == {"2023", "2024", "2025"}


def _units_of(text: str) -> dict[str, set[str]]:
    """Unit label -> surface forms, for a short report text run through the pipeline."""
    from kg.pipeline import process_document
    from kg.read import document_from_text

    _iri, triples, _summary = process_document(document_from_text(text, "case.txt"), "https://w3id.org/govkg/id/")
    labels: dict = {}
    alts: dict = {}
    for s, p, o in triples:
        if p == RDFS.label and str(s).startswith(UNIT):
            labels[s] = str(o)
        elif p == SKOS.altLabel and str(s).startswith(UNIT):
            alts.setdefault(s, set()).add(str(o))
    return {label: alts.get(s, set()) for s, label in labels.items()}


PREFECTURE_HEAD = "政府工作报告\n——2021年2月2日在临沧市第四届人民代表大会第四次会议上\n各位代表：\n"
PROVINCE_HEAD = "政府工作报告\n——2022年1月20日在四川省第十三届人民代表大会第五次会议上\n各位代表：\n"


def test_county_short_names_of_the_reporting_prefecture():
    units = _units_of(PREFECTURE_HEAD + "凤庆、沧源成为全省美丽县城，镇康被评为国家园林县城，双江自治县获评示范县。\n")
    assert units["凤庆县"] == {"凤庆"}
    assert units["镇康县"] == {"镇康"}  # followed by a preposition: the name has ended
    assert units["双江拉祜族佤族布朗族傣族自治县"] == {"双江自治县"}
    assert "沧源" in units["沧源佤族自治县"]


def test_county_and_prefecture_short_names_in_a_province_report():
    units = _units_of(PROVINCE_HEAD + "绵阳、宜宾超3000亿元。成功处置泸定6.8级地震。凉山州脱贫成果巩固。\n")
    assert "宜宾" in units["宜宾市"]  # followed by a verb
    assert "泸定" in units["泸定县"]  # a county two levels below the reporting province
    assert "凉山州" in units["凉山彝族自治州"]


def test_a_short_name_that_goes_on_into_a_longer_name_is_no_unit():
    units = _units_of(PROVINCE_HEAD + "建成乐山机场、若尔盖国家公园。\n")
    assert "乐山市" not in units
    assert "若尔盖县" not in units


def test_a_short_full_name_inside_a_word_is_no_unit():
    units = _units_of(PROVINCE_HEAD + "创建国家级示范县5个，各市和县加快发展，建设沿海城市群。\n")
    assert not {"范县", "和县", "海城市"} & set(units)


def test_generic_district_names_are_common_nouns_outside_their_province():
    units = _units_of(PROVINCE_HEAD + "推进老城区、新城区有机更新。\n")
    assert not {"老城区", "新城区"} & set(units)


def test_frequent_words_are_no_county_short_names_outside_the_reporting_unit():
    head = "政府工作报告\n——2025年1月10日在平凉市第五届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "推动社会安全安宁。灵台、崇信、庄浪工业集中区建设加快。\n")
    assert "安宁区" not in units  # 安宁 (peace) is a common word; 安宁区 is a district of 兰州
    assert {"灵台县", "崇信县"} <= set(units)  # 庄浪 goes on into 庄浪工业集中区


def test_a_short_name_before_a_particle_is_part_of_a_longer_name():
    head = "政府工作报告\n——2025年1月10日在朝阳市第八届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "开展凌河之夏等公益惠民活动。\n")
    assert "凌河区" not in units


def test_places_listed_before_the_facility_they_name_are_no_units():
    head = "政府工作报告\n——2016年1月23日在内蒙古自治区第十二届人民代表大会第四次会议上\n各位代表：\n"
    units = _units_of(head + "建成乌兰察布、扎兰屯、霍林郭勒3个运输机场和乌拉特中旗、新巴尔虎右旗、阿荣旗3个通用机场。"
                             "包头、鄂尔多斯国家级经开区排名上升。赤峰市经济平稳。\n")
    assert not {"乌兰察布市", "扎兰屯市", "霍林郭勒市", "乌拉特中旗", "新巴尔虎右旗", "阿荣旗",
                "包头市", "鄂尔多斯市"} & set(units)
    assert "赤峰市" in units  # a place that ends its phrase is still a unit


def test_places_in_a_listed_route_are_no_units_but_a_verbs_goal_is():
    head = "政府工作报告\n——2023年1月6日在日喀则市第二届人民代表大会第三次会议上\n各位代表：\n"
    units = _units_of(head + "新增延吉至宁波、天津等空中航线，开工建设赤峰、通辽至京沈客专连接线。"
                             "医疗援藏拓展至拉孜县、亚东县。\n")
    assert not {"宁波市", "天津市", "赤峰市", "通辽市"} & set(units)
    assert {"拉孜县", "亚东县"} <= set(units)


def test_a_township_ends_a_word_and_is_no_verb_phrase_after_a_county():
    # corpus sentences (阜阳 2014, 定西 2023, 昆明 2017, 咸宁 2020, 连云港 2020)
    head = "政府工作报告\n——2014年1月10日在阜阳市第四届人民代表大会第三次会议上\n各位代表：\n"
    units = _units_of(head + "注重就地城镇化，有序推进农业转移人口市民化。渭源县争创水美乡村建设示范县。"
                             "完成安宁、东川、宜良统筹城乡发展试点工作。嘉鱼县田野乡村公园获评国家4A级景区。"
                             "在新沭河水漫桥、沙河镇等危险区段值守。\n")
    assert not {"地城镇", "争创水美乡", "统筹城乡", "田野乡"} & set(units)
    assert "渭源县" in units


def test_a_province_inside_a_word_or_a_short_name_in_brackets_inside_a_name_is_no_unit():
    # corpus sentences (广州 2026, 银川 2019, 德阳 2021, 福州 2016, 苏州 2014, 乌鲁木齐 2018)
    head = "政府工作报告\n——2021年1月10日在德阳市第九届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "我们隆重庆祝中国共产党成立100周年。加快贺兰山东麓整体绿化。"
                             "推进中国（绵阳）科技城规划建设，建设数字福建（长乐）产业园。"
                             "经济技术开发区（头屯河区）获批国家绿色工业园区。支持重庆、四川加快发展。\n")
    assert not {"山东省", "绵阳市", "长乐区"} & set(units)
    assert {"头屯河区", "重庆市", "四川省"} <= set(units)
    assert "重庆市" not in _units_of(head + "我们隆重庆祝中国共产党成立100周年。\n")
    # a prefecture's short form inside a word (石家庄 2024, 葫芦岛 2025, 荆州 2021)
    units = _units_of(head + "真金白银、真心实意广纳天下英才。打造辽西蒙东最便捷出海口。重点加强与湖南岳阳、常德在产业上合作。\n")
    assert not {"白银市", "海口市"} & set(units)
    assert {"岳阳市", "常德市"} <= set(units)


def test_places_listed_before_a_kind_of_city_are_units():
    """洛阳、开封等城市: the places are cities, not the first words of a thing's name (河南 2001, 内蒙古 2002,
    新疆 2024, 宁波 2016, 长沙 2006); a facility after the list still names a thing (赤峰 2025)."""
    def units(region: str, sentence: str) -> set[str]:
        head = f"政府工作报告\n——2018年1月10日在{region}第十六届人民代表大会第二次会议上\n各位代表：\n"
        return set(_units_of(head + sentence + "\n"))

    assert {"洛阳市", "开封市"} <= units("河南省", "加快以郑州为中心，以洛阳、开封等城市为重要支撑。")
    assert "包头市" in units("内蒙古自治区", "认真抓好呼市、包头等盟市中心城市和旗县所在地建设。")
    assert {"阿克苏地区", "和田地区", "阿拉尔市"} <= units(
        "新疆维吾尔自治区", "加快库尔勒、阿克苏、和田、阿拉尔、图木舒克等区域重点城市建设。")
    assert {"台州市", "绍兴市", "嘉兴市"} <= units("宁波市", "扩大与台州、绍兴、嘉兴等城市的合作。")
    assert {"浏阳市", "宁乡市"} <= units("长沙市", "加快浏阳、宁乡两个卫星城市建设。")
    assert {"慈溪市", "余姚市", "宁海县", "象山县"} <= units("宁波市", "慈溪、余姚、奉化、宁海、象山等副中心城市要扩大规模。")
    assert {"会理市", "越西县"} <= units("凉山彝族自治州", "构建以西昌为核心，会理、昭觉、越西、盐源4个区域中心城市为支撑。")
    # county short forms ending in 州 (万州, 鄞州, 通州: 重庆 2011, 宁波 2008, 北京 2009)
    assert {"万州区", "长寿区"} <= units("重庆市", "促进南岸、万州、长寿、九龙坡加快发展。")
    assert "鄞州区" in units("宁波市", "推动宁海、镇海、鄞州争创省示范文明城市。")
    # a list before 等N个县（区）/县（市、区） (邯郸 2019, 赣州 2020; 23 corpus reports)
    assert {"成安县", "肥乡区"} <= units("邯郸市", "成安、肥乡等5个县（区）列入省级试点。")
    assert {"于都县", "兴国县", "宁都县", "赣县区"} <= units("赣州市", "于都、兴国、宁都、赣县等4个县（区）获批。")
    assert "赤峰市" not in units("锡林郭勒盟", "加快赤峰、通辽机场改扩建。")


def test_a_district_named_by_a_common_noun_is_a_unit_only_in_its_own_prefecture():
    """城区 (a district of 汕尾, 阳泉 and 晋城), 郊区, 老城区: the urban area in 广州's or 惠州's report (no
    汕尾市 either), the district in 晋城's own report (惠州 2024, 广州 2026, 哈尔滨 2008, 晋城 2020)."""
    def units(region: str, sentence: str) -> set[str]:
        head = f"政府工作报告\n——2020年1月10日在{region}第十六届人民代表大会第二次会议上\n各位代表：\n"
        return set(_units_of(head + sentence + "\n"))

    assert not {"城区", "汕尾市"} & units("惠州市", "加快城区老旧小区改造，城区绿化覆盖率达到45%。")
    assert not {"城区", "汕尾市"} & units("广东省", "城区道路改造全面完成。")
    assert not {"郊区", "佳木斯市"} & units("哈尔滨市", "郊区农民人均纯收入增长10%。")
    assert "城区" in units("晋城市", "城区经济增长10%，泽州县经济增长8%。")


def test_a_capital_city_in_general_is_not_the_provinces_capital():
    head = "政府工作报告\n——2020年4月27日在赣州市第五届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "非省会城市最大的奥特莱斯开业运营。\n")
    assert "南昌市" not in units


def test_the_reporting_unit_from_the_speakers_title_when_the_meeting_names_only_its_level():
    text = ("——2014年1月12日在州七届人大四次会议上\n州长 杨天然\n各位代表：\n现在，我代表州人民政府向大会报告工作。\n"
            "一、2013年工作回顾\n湖北省支持恩施州发展，恩施州地区生产总值增长10%，湖北省重大项目落地。恩施州荣登榜单。\n")
    from kg.pipeline import process_document
    from kg.read import document_from_text

    _iri, triples, _summary = process_document(document_from_text(text, "case.txt"), "https://w3id.org/govkg/id/")
    regions = {str(o) for s, p, o in triples if p == GOV.region}
    labels = {str(s): str(o) for s, p, o in triples if p == RDFS.label}
    assert [labels.get(r) for r in regions] == ["恩施土家族苗族自治州"]


def test_the_people_of_a_place_name_it():
    units = _units_of(PROVINCE_HEAD + "全省上下特别是绵阳人民共同努力。\n")
    assert "绵阳市" in units


def test_a_village_written_after_its_county_is_the_recipient_with_the_county_as_parent():
    head = "政府工作报告\n——2022年12月11日在日喀则市第二届人民代表大会第三次会议上\n各位代表：\n"
    units = _units_of(head + "定日县扎西宗村获评首批自治区级边境乡村旅游特色村。\n")
    assert "扎西宗村" in units and "定日县" in units
    assert "定日县扎西宗村" not in units


def test_a_list_with_an_empty_member_extracts_without_error():
    # 新疆 2015: “自治区党委八届六次、七次、八次全委（扩大）会议” once crashed the 分别 split of an indicator
    units = _units_of(PROVINCE_HEAD + "坚决按照自治区党委八届六次、七次、八次全委（扩大）会议部署，"
                                      "城镇、农村居民人均可支配收入分别增长8%和10%。\n")
    assert "四川省" in units


def test_distributing_an_indicator_over_an_empty_member_gives_nothing():
    from kg.extract.indicators import distribute

    assert distribute("坚决按照自治区党委八届六次、", 2) is None
    assert distribute("城镇和", 2) is None


def _region_of(text: str) -> str | None:
    from kg.gazetteer import gazetteer
    from kg.read import document_from_text
    from kg.resolve import find_region
    from kg.structure import structure_report

    division = find_region(structure_report(document_from_text(text, "case.txt")), gazetteer())
    return division.name if division else None


def test_a_report_without_title_block_is_the_unit_of_its_own_level_it_names_most():
    # shapes of title-less corpus reports (石家庄 2017, 长沙 2022, 西藏 2013, 蚌埠 2020)
    body = ("一、过去一年工作回顾\n在党中央、国务院、省委、省政府和市委的正确领导下，市政府紧紧依靠全市人民，"
            "石家庄经济稳中有进，石家庄产业加快转型，我市获评全省第一，全省领先。石家庄综合保税区封关运行。"
            "支持辛集市、晋州市发展，正定县获评示范县。\n")
    assert _region_of(body) == "石家庄市"  # not the country (国务院), not a county named in full
    title = "2022年1月9日在市十六届人民代表大会第一次会议上\n市长 刘基\n各位代表：\n"
    text = title + "一、2021年工作回顾\n长沙经济增长，浏阳市、宁乡市获评百强县，长沙综合实力提升，长沙跻身万亿俱乐部。\n"
    assert _region_of(text) == "长沙市"
    tibet = ("自治区主席白玛赤林\n各位代表：\n现在，我代表自治区人民政府向大会报告工作。全区经济增长，我区民生改善，"
             "西藏发展，西藏稳定，西藏生态安全屏障。拉萨市建设加快。\n")
    assert _region_of(tibet) == "西藏自治区"


def test_a_village_after_its_county_or_township_gets_that_parent_and_its_own_name():
    # corpus sentences (黄山 2016, 资阳 2021, 益阳 2021, 湖州 shapes)
    head = "政府工作报告\n——2016年1月10日在黄山市第六届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "黟县宏村、卢村入选中国传统村落。黟县卢村获评全国文明村。全村获评先进村。\n")
    assert {"宏村", "卢村", "黟县"} <= set(units)
    assert not {"黟县卢村", "全村"} & set(units)
    head = "政府工作报告\n——2021年1月10日在资阳市第五届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "安岳县丰裕镇半月村获评全国文明村。\n")
    assert {"半月村", "丰裕镇", "安岳县"} <= set(units)
    assert "丰裕镇半月村" not in units


def test_units_listed_by_their_stems_before_one_level_word():
    # corpus sentences (厦门 2002, 河北 2012, 漳州 2020, 恩施 2022, 西安 2018)
    head = "政府工作报告\n——2012年1月10日在河北省第十一届人民代表大会第五次会议上\n各位代表：\n"
    units = _units_of(head + "以涞水、赤城、丰宁、滦平四县为重点，推动环首都贫困带发展。\n")
    assert {"涞水县", "赤城县", "丰宁满族自治县", "滦平县"} <= set(units)
    head = "政府工作报告\n——2002年1月10日在厦门市第十一届人民代表大会第五次会议上\n各位代表：\n"
    assert "灌口镇" in _units_of(head + "积极推进灌口、马巷、大嶝三镇建设。\n")  # the other two are 街道 now
    head = "政府工作报告\n——2018年1月10日在西安市第十六届人民代表大会第二次会议上\n各位代表：\n"
    units = _units_of(head + "即以高新、曲江、碑林、长安、雁塔等五区为核心区。打造梁家寨、娘子关等乡村旅游连片区。\n")
    assert {"碑林区", "雁塔区"} <= set(units)
    assert "曲江区" not in units  # 韶关's: the other listed districts are 西安's
    assert not any(name.endswith("乡") for name in units)  # 等乡村旅游 is no list of 乡


def test_a_village_written_after_its_county_or_township_in_running_text():
    # corpus shapes (湘西 2018, 淮安 2020, 沧源 in 临沧 2023); kinds of village are no village
    head = "政府工作报告\n——2018年1月10日在湘西土家族苗族自治州第十四届人民代表大会第二次会议上\n各位代表：\n"
    units = _units_of(head + "习近平总书记到花垣县十八洞村视察。花垣县新农村建设加快，吉首市美丽乡村建设，"
                             "凤凰县村级集体经济壮大，泸溪县示范村建设，保靖县三个村通电，给沧源县边境村老支书回信。\n")
    assert "十八洞村" in units
    assert not {name for name in units if name.endswith("村")} - {"十八洞村"}


def test_an_honored_place_after_a_county_short_form_gets_that_county_as_parent():
    # corpus sentences (岳阳 2024, 德阳 2021): 汨罗白水镇 is 白水镇 of 汨罗市, not a township named so
    head = "政府工作报告\n——2024年1月10日在岳阳市第九届人民代表大会第四次会议上\n各位代表：\n"
    units = _units_of(head + "汨罗白水镇获评全国千强镇。华容三封寺镇入选全国特色小镇，临湘茶博小镇获评省级特色小镇。\n")
    assert "白水镇" in units and "汨罗白水镇" not in units
    assert not {name for name in units if name.endswith("小镇")}


def test_an_honored_village_after_its_county_without_a_reporting_region():
    # a report whose region is unknown still splits 安吉县余村 (no short forms of a region to consult)
    from kg.resolve import _recipient_unit, _UnitTable

    table = _UnitTable(gazetteer(), {})
    village = _recipient_unit("安吉县余村", table, None, gazetteer(), True)
    assert village.label == "余村" and village.level == "village"
    assert table.units[village.parent].label == "安吉县"
