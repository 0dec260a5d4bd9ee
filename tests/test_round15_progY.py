"""Round 15 (progY, program recall; causes counted on 200 random corpus reports, seed 1502,
eval/corpus_samples/entN/round15/): a period's plan the report drafts (科学编制“十五五”规划 → 十五五规划) and systems of
chiefs named by what they look after (湾长制, 街长制, 林草长制, 断面长制, 河湖林长制, 河湖库长制).

Each case is a sentence of a corpus report outside those 200; the expected names follow ../shared/gold/GUIDELINES.md
and the gold files that list such names (dev13 天水 十五五规划, dev15 西安 十五五规划, dev9 田长制, dev15 路长制).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (a) the plan of a five-year period as the object of a drafting verb; named in passing it stays out
PERIOD_PLANS = [
    ("科学编制“十四五”规划是今年的一项重大任务。", "十四五规划"),  # 邵阳 2020
    ("高质量编制“十四五”规划纲要。", "十四五规划纲要"),  # 成都 2020
    ("根据中共温州市委《关于制定温州市国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，市政府编制了“十四五”规划纲要（草案），"
     "提请大会审议。", "十四五规划纲要"),  # 温州 2021
    ("强化对经济社会发展重大问题的研究，精心编制“十四五”规划，充实提升五大发展行动计划项目库，力争一批重大发展事项、重大项目列入国家、"
     "省和区域发展相关规划。", "十四五规划"),  # 黄山 2020
]
PERIOD_IN_PASSING = [
    "要确保全面建成小康社会和“十三五”规划圆满收官，下大力气固底板、强薄板、补短板，确保全面建成小康社会成色足、质量高。",  # 甘肃 2020
    "认真谋划“十三五”规划项目，调整充实“5161”项目库，储备规模保持在万亿元以上。",  # 宿迁 2015
    "围绕国家七大政策谋划编制重点项目400个以上，充实完善“十四五”规划项目库。",  # 黄山 2022
]


@pytest.mark.parametrize(("text", "name"), PERIOD_PLANS)
def test_period_plan_drafted_is_a_program(text, name):
    assert name in extract(text)["programs"]


@pytest.mark.parametrize("text", PERIOD_IN_PASSING)
def test_period_plan_in_passing_is_none(text):
    assert not any("五规划" in p for p in extract(text)["programs"])


# (b) …长制 named by what the chiefs look after, beside the lexicon's 河长制/林长制; not a zone, not a part of a quote
CHIEFS = [
    ("坚持城市众管、城市细管、城市智管“三管齐下”，全面推行街长制、“马路办公”，完善5G网络基础设施，实施智慧城管、智慧小区等工程，"
     "创建自治区数字城市试验区。", {"街长制"}, set()),  # 乌海 2022
    ("推行“湾长制”，巩固深化渤海（辽宁段）综合治理成果，开展黄海（辽宁段）专项治理，实施海洋生态保护修复工程，确保近岸海域水质良好。",
     {"湾长制"}, set()),  # 辽宁 2022
    ("河湖林长制深入推进，国省控断面水质优良率连续5年100%，高标准完成全国首批国土绿化试点示范项目。",
     {"河湖林长制"}, {"林长制"}),  # 长沙 2024
    ("统筹推进“三水共治”，强化河湖库长制，稳步推行林长制。", {"河湖库长制", "林长制"}, set()),  # 咸宁 2021
    ("落实河湖长制、林草长制。", {"河湖长制", "林草长制"}, set()),  # 白城 2022
    ("巩固水环境治理成效，加快河流生态治理与修复，完成英那河下游水环境治理工程和15处农村黑臭水体整治，深入推进河长制、湾长制和林长制。",
     {"河长制", "湾长制", "林长制"}, set()),  # 大连 2021
    ("加快林长制改革示范区建设，强化林业生态安全保护及松材线虫病防治。", set(), {"林长制", "林长制改革"}),  # 池州 2021
    ("建立完善储备项目库长制、要素保障制、督战考评制等工作机制。", set(), {"库长制"}),  # 南宁 2022 (in the 200: the library's chief)
]


@pytest.mark.parametrize(("text", "found", "not_found"), CHIEFS)
def test_chief_systems(text, found, not_found):
    programs = extract(text)["programs"]
    assert found <= programs
    assert not (not_found & programs)


# (c) a package of measures the report issues or carries out, named by its aim; a list of fields or no aim names none
MEASURES = [
    ("出台促进民营经济发展若干政策措施，重点扶持50户新兴产业类中小企业，全年新增规模以上工业企业不少于60户，其中新建投产20户。",
     "促进民营经济发展若干政策措施"),  # 昆明 2018
    ("靶向出台支持科技创新若干措施，加大对创新主体、研发活动、成果转化、平台建设的支持力度。", "支持科技创新若干措施"),  # 长春 2022
    ("全面落实加强安征迁工作若干措施，强化统筹协调，加大交净地力度。", "加强安征迁工作若干措施"),  # 宁德 2023
    ("制定实施促进投资于人若干措施，提高民生类政府投资比重，加强人力资源开发和人的全面发展投资。", "促进投资于人若干措施"),  # 深圳 2026
]
NO_MEASURES = [
    "出台钢铁、装备、石化、食品产业高质量发展若干措施，保定电力及新能源高端装备集群入选国家先进制造业集群。",  # 河北 2023 (in the 200)
    "省委省政府召开了推动昆明市改革发展座谈会，要求研究制定若干政策措施。",  # 昆明 2016 (in the 200)
]


@pytest.mark.parametrize(("text", "name"), MEASURES)
def test_measure_package_is_a_program(text, name):
    assert name in extract(text)["programs"]


@pytest.mark.parametrize("text", NO_MEASURES)
def test_measure_package_without_one_aim_is_none(text):
    assert not any(p.endswith("措施") for p in extract(text)["programs"])


# (d) a program after a list of places is one program of them all: the last place is no part of its name
PLACE_LISTS = [
    ("抓好银川市、石嘴山市、吴忠市全国市域社会治理现代化试点，推进市域治理现代化。", "全国市域社会治理现代化试点",
     "吴忠市全国市域社会治理现代化试点"),  # 宁夏 2021
    ("抓好曲靖市、玉溪市节水型社会建设试点。", "节水型社会建设试点", "玉溪市节水型社会建设试点"),  # 云南 2010
    ("推进金昌市、敦煌市、高台县、陇西县国家新型城镇化综合试点和临洮县、肃州区国家中小城市综合改革试点工作。",
     "国家中小城市综合改革试点", "肃州区国家中小城市综合改革试点"),  # 甘肃 2016
    ("支持公安县、松滋市建设全国农业社会化服务创新试点。", "全国农业社会化服务创新试点",
     "松滋市建设全国农业社会化服务创新试点"),  # 荆州 2023
]
PLACE_LIST_KEPT = [
    ("深入推进扩权强县、扩权强镇改革试点。", {"扩权强县改革试点", "扩权强镇改革试点"}),  # 昆明 2011 (in the 200)
    ("推动哈长城市群务实合作和哈尔滨大庆一体化发展。", {"哈尔滨大庆一体化发展"}),  # 哈尔滨 2020 (in the 200; 合作 is also a city;
    # 发展 kept since round 18c progW, as dev18 长三角一体化发展)
]


@pytest.mark.parametrize(("text", "name", "not_name"), PLACE_LISTS)
def test_program_after_a_list_of_places(text, name, not_name):
    programs = extract(text)["programs"]
    assert name in programs
    assert not_name not in programs


@pytest.mark.parametrize(("text", "names"), PLACE_LIST_KEPT)
def test_items_that_are_no_places_stay(text, names):
    assert names <= extract(text)["programs"]


def test_places_entered_into_a_pilot_name_none():
    text = "2014年，西昌市礼州镇、会东县姜州镇、宁南县松新镇、越西县中所镇纳入试点。"  # 凉山 2014 (in the 200)
    assert not any(p.endswith("试点") for p in extract(text)["programs"])


# (e) 组合拳 is a program only under a quoted name (the official shayibake gold's 降缓返补扩政策组合拳)
PUNCHES = [
    ("打好“五外联动”组合拳，推动外贸外资稳中提质。", {"五外联动组合拳"}),  # 惠州 2023 (clause end added)
    ("打好“降缓返补扩”政策组合拳,支持市场主体纾困发展。", {"降缓返补扩政策组合拳"}),  # the official gold's form
]
NO_PUNCHES = [
    "打好政策“组合拳”，推动经济运行持续向好。",  # 泉州 2025
    "打好生态环境保护、人居环境治理、绿色经济发展组合拳，建设美丽三明。",  # 三明 2022
    "打好扩大投资组合拳。",  # 南平 2016
    "打好就业组合拳。",  # 海北 2021
    "打好促消费“组合拳”，释放消费潜力。",  # 北海 2025
]


@pytest.mark.parametrize(("text", "names"), PUNCHES)
def test_quoted_combination_punch_is_a_program(text, names):
    programs = extract(text)["programs"]
    assert names <= programs
    assert not any(p.endswith("组合拳") and p not in names for p in programs)


@pytest.mark.parametrize("text", NO_PUNCHES)
def test_unnamed_combination_punch_is_none(text):
    assert not any(p.endswith("组合拳") for p in extract(text)["programs"])


# (f) 重点 qualifying the name's first noun stays in the name (every gold file keeps it); 以…为重点 adds nothing
KEY_LEADS = [
    ("持续实施重点项目提速攻坚行动，加快项目建设。", "重点项目提速攻坚行动", "项目提速攻坚行动"),  # 青海 2020
    ("实施重点群体创业推进行动，帮助大学生创业。", "重点群体创业推进行动", "群体创业推进行动"),  # 乐山 2023
    ("实施重点产业链高质量发展行动和先进制造业集群强链补链延链行动，壮大产业集群。", "重点产业链高质量发展行动",
     "产业链高质量发展行动"),  # 江苏 2024
]


@pytest.mark.parametrize(("text", "name", "stripped"), KEY_LEADS)
def test_key_lead_stays_in_the_name(text, name, stripped):
    programs = extract(text)["programs"]
    assert name in programs
    assert stripped not in programs


def test_key_focus_clause_adds_no_key():
    programs = extract("大力实施以主城区为重点的“山水园林城市工程”，建设美丽山城。")["programs"]  # 重庆 2003
    assert "山水园林城市工程" in programs
    assert not any(p.startswith("重点") for p in programs)


# (g) 分级诊疗 (the national reform of tiered care), a round-14b candidate, is read bare as the object of a program verb
# and before 体系; a name with its own head stays whole
TIERED = [
    ("推广家庭医生签约服务，推进分级诊疗，建设一批医养结合示范基地、示范社区。", "分级诊疗"),  # 合肥 2018
    ("推进分级诊疗，完善家庭医生签约服务机制，提升基层服务能力。", "分级诊疗"),  # 大连 2017 (clause end added)
]


@pytest.mark.parametrize(("text", "name"), TIERED)
def test_tiered_care_read_bare(text, name):
    assert name in extract(text)["programs"]


def test_tiered_care_system_keeps_its_head():
    programs = extract("持续深化公立医院改革，完善分级诊疗制度，加快医联体建设。")["programs"]  # 乌鲁木齐 2019
    assert "分级诊疗制度" in programs
    assert "分级诊疗" not in programs


# (h) 扫黑除恶 (the national campaign), a round-14b candidate, read bare; its gold forms with a head keep the head
def test_campaign_against_gangs_read_bare():
    text = "开展人员密集场所、重点部位安全防范专项治理，常态化开展扫黑除恶，确保政治安全、社会安定、人民安宁。"  # 山东 2025
    assert "扫黑除恶" in extract(text)["programs"]


@pytest.mark.parametrize(("text", "name"), [
    ("打好第五轮禁毒和防艾人民战争，常态化开展扫黑除恶斗争，加强社会治安综合治理。", "扫黑除恶斗争"),  # 云南 2022
    ("纵深推进扫黑除恶专项斗争，依法严厉打击各类违法犯罪活动。", "扫黑除恶专项斗争"),  # 兰州 2020
])
def test_campaign_against_gangs_keeps_its_head(text, name):
    programs = extract(text)["programs"]
    assert name in programs
    assert "扫黑除恶" not in programs


# (i) 美丽…建设 after 和 is the campaign (the lexicon's 和美 no longer swallows the 和)
BEAUTIFUL = [
    ("四是持续推进新型城镇化和美丽乡村建设。", {"新型城镇化", "美丽乡村建设"}),  # 哈尔滨 2018
    ("加快中心镇和美丽乡村建设。", {"美丽乡村建设"}),  # 杭州 2015
]


@pytest.mark.parametrize(("text", "names"), BEAUTIFUL)
def test_campaign_after_and(text, names):
    programs = extract(text)["programs"]
    assert names <= programs
    assert not any(p.startswith("和美丽") for p in programs)
