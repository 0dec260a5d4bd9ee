"""Round 17 (orgQ, organization precision, second sweep; 200 random corpus reports, seed 1703).

Fix 1: a list whose last item is an institution lends its head only to bare names before it (城建、城发、城投、地铁集团;
宣州、广德村镇银行). An item that is a kind of organization (央企, 知名民企, 头部企业, 县域医共体), a place or building with a
word of its own (伏羲庙, 大地湾遗址, 兰考县) or an activity (山海协作) takes no head: 央企公司, 伏羲庙博物馆, 兰考县集团,
山海协作联盟 were made up. 23 such names in 17 of the 200 reports (eval/corpus_samples/orgL/round17/count_shared_kind.py).

Fix 2: a verb of the clause read as the start of an organization's name (搭建科技金融战略联盟, 设立中小银行, 运营好苏州科技馆,
结合国家海洋博物馆): the verb goes, the rest stays when it still names one institution, else the find is dropped. 34 such
names in 32 of the 200 reports (count_clause_verb.py; verbs in kg/data/org_clause_verbs.txt).

Fix 3: a numbered set of bodies or sites (一办三中心, 两城一中心, 五大中心, 省直“五大中心”, 八大集团) names a plan's parts, no
one organization (the gold files list such sets as programs or projects); a number inside a name stays (航天六院, 三一重工).
43 such names in 30 of the 200 reports (count_counted_set.py).

Fix 4: an organization read across 和/及/以及/或/并入 (航天基地以及中航西飞集团, 新加坡益海嘉里和泺亨集团, 省职工财院并入兰州商学院,
物流以及制度性交易成本) gives way to its parts that name one institution; 和 inside a word (信永中和, 北京协和医院, 碳中和) and
fields before one head stay one name. 13 such names in 12 of the 200 reports (count_conjoined.py).

Fix 5: a kind told by generic qualifiers (各地商协会, 外地张家界商会, 优质普通学校, 农村信用合作社, 大型外经企业集团) is no
organization; a named one after the qualifier stays (全国棉花交易市场新疆公司). 42 such names in 36 of the 200 reports
(count_qualified_kind.py).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

SHARED = [
    # 沧州 2016
    ("加强与央企、知名民企、上市公司、商会协会的对接合作，全年引进规模项目470个。", set(), {"央企公司", "民企公司", "知名民企公司"}),
    # 天水 2023
    ("积极推进伏羲庙、大地湾遗址、市博物馆数字化保护工程，推动伏羲庙5A级旅游景区创建。", {"市博物馆"},
     {"伏羲庙博物馆", "大地湾遗址博物馆"}),
    # 柳州 2021
    ("探索建立城市医疗集团，加强市县医联体、县域医共体、医学专科联盟建设。", set(), {"市县医联体联盟", "县域医共体联盟"}),
    # 开封 2023
    ("兰考县入选国家首批无废城市试点、全省唯一，兰考县、晋开集团入选省级碳达峰试点。", {"晋开集团"}, {"兰考县集团"}),
    # 福建 2008
    ("山海协作、城市联盟积极推进，省际合作、对口支援成效明显。", set(), {"山海协作联盟"}),
    # 青岛 2021
    ("组建市场化、专业化招商机构，发挥头部企业、行业商协会、基金公司作用，深入推进社会化招商。", set(), {"头部企业协会"}),
    # 武汉 2025: bare names still share the head
    ("推动城建、城发、城投、地铁集团等市属国企加快转型发展。", {"城建集团", "城发集团", "城投集团", "地铁集团"}, set()),
    # 宣城 2014
    ("力争宣州、广德村镇银行开业，推进旌德村镇银行组建。", {"宣州村镇银行", "广德村镇银行"}, set()),
]


@pytest.mark.parametrize(("text", "keep", "made_up"), SHARED)
def test_kind_or_place_item_takes_no_shared_head(text: str, keep: set, made_up: set) -> None:
    orgs = extract(text)["organizations"]
    assert keep <= orgs
    assert not made_up & orgs


CLAUSE = [
    # 乌鲁木齐 2016
    ("创新开展“银政通”融资业务，搭建科技金融战略联盟，为308家企业融资22.78亿元。", set(), {"搭建科技金融战略联盟"}),
    # 宝鸡 2014
    ("支持符合条件的民营资本参与农信社增资扩股、设立中小银行等金融机构。", set(), {"设立中小银行", "中小银行"}),
    # 广西 2017
    ("放开售电市场，推进售电侧改革，允许售电公司参与市场化交易。", set(), {"允许售电公司", "售电公司"}),
    # 辽宁 2025
    ("统筹布局算力中心，加快公共数据资源开发利用。", set(), {"布局算力中心", "算力中心"}),
    # 苏州 2026: the verb goes, the museum stays
    ("办好中国刺绣艺术节、花园大会等品牌活动，运营好苏州科技馆、当代美术馆等文化新设施。", {"苏州科技馆"}, {"运营好苏州科技馆"}),
    # 天津 2020
    ("在滨海新区海岸线南北两端，以海洋、湿地、河流为核心要素，结合国家海洋博物馆、航母主题公园、东疆湾沙滩公园等丰富的休闲资源。",
     {"国家海洋博物馆"}, {"结合国家海洋博物馆"}),
    # 青岛 2016
    ("发展海尔、红领等互联网工业企业集群，打造国内重要的互联网工业强市和智能制造基地。", {"海尔", "红领"}, {"发展海尔"}),
    # 庆阳 2025
    ("发起全国首个“人工智能+中医药”产业联盟，与天士力、经方云及张伯礼院士等开展合作。", {"人工智能+中医药产业联盟"},
     {"发起全国首个人工智能+中医药产业联盟"}),
]


@pytest.mark.parametrize(("text", "keep", "wrong"), CLAUSE)
def test_clause_verb_is_no_start_of_an_organization(text: str, keep: set, wrong: set) -> None:
    orgs = extract(text)["organizations"]
    assert keep <= orgs
    assert not wrong & orgs


COUNTED = [
    # 无锡 2017
    ("优化“一办三中心”办事流程，切实提升服务质量和效益。", set(), {"一办三中心"}),
    # 南京 2020
    ("紧扣“两城一中心”定位，做大集成电路设计产业。", set(), {"两城一中心"}),
    # 新疆 2020
    ("“五大中心”建设取得新进展，口岸经济带建设迈出新步伐。", set(), {"五大中心"}),
    # 辽宁 2025
    ("深化事业单位改革，省直“五大中心”优化调整。", set(), {"省直五大中心", "五大中心"}),
    # 莆田 2014
    ("重点领域改革不断深化，重组整合市属国有企业，“八大集团”资产总额达366亿元；", set(), {"八大集团"}),
    # 西安 2018: a number inside a name stays
    ("依托航空、航天基地以及中航西飞集团、中航一飞院、中航试飞院、航天五院西安分院、航天六院等企业和科研院所。",
     {"航天六院", "航天五院西安分院", "中航一飞院"}, set()),
    # 白城 2022
    ("引进三一重工、东方电气、远景集团等头部企业，引领新能源产业发展。", {"三一重工", "东方电气", "远景集团"}, set()),
]


@pytest.mark.parametrize(("text", "keep", "wrong"), COUNTED)
def test_numbered_set_is_no_organization(text: str, keep: set, wrong: set) -> None:
    orgs = extract(text)["organizations"]
    assert keep <= orgs
    assert not wrong & orgs


CONJOINED = [
    # 西安 2018
    ("依托航空、航天基地以及中航西飞集团、中航一飞院、中航试飞院、航天五院西安分院、航天六院等企业和科研院所。",
     {"中航西飞集团"}, {"航天基地以及中航西飞集团"}),
    # 泰安 2016
    ("中国五矿集团、中国诚通集团、中粮集团、新加坡益海嘉里和泺亨集团等一批国内外知名企业落户。", {"泺亨集团", "中粮集团"},
     {"新加坡益海嘉里和泺亨集团"}),
    # 甘肃 2002
    ("高校布局调整取得新的进展，省经管学院并入西北师大，省职工财院并入兰州商学院。", {"兰州商学院"}, {"省职工财院并入兰州商学院"}),
    # 广西 2017
    ("千方百计降低实体经济成本，从电力、融资、税费、社保、人工、物流以及制度性交易成本等方面为企业减负约300亿元。", set(),
     {"物流以及制度性交易成本"}),
    # 昆明 2020: 和 inside a name
    ("长城资产、信永中和等9家金融相关企业入驻小镇。", {"信永中和", "长城资产"}, set()),
    # 乌海 2025
    ("以与北京协和医院合作为牵引，推动市区两级医院与发达地区医疗机构开展深度合作。", {"北京协和医院"}, set()),
    # 广州 2023
    ("组建碳达峰碳中和产业联盟和发展基金，建设超低能耗、近零能耗建筑示范。", {"碳达峰碳中和产业联盟"}, set()),
]


@pytest.mark.parametrize(("text", "keep", "wrong"), CONJOINED)
def test_organization_across_a_conjunction_splits(text: str, keep: set, wrong: set) -> None:
    orgs = extract(text)["organizations"]
    assert keep <= orgs
    assert not wrong & orgs


def test_fields_before_one_head_stay_one_name() -> None:
    from kg.extract.entities.round17_orgs import conjoined_parts

    # 黄石 2018 (组建黄石智能物流输送装备及工业机器人研究院), 益阳 2023 (省优质水生生物繁育及加工研究院落户益阳)
    assert conjoined_parts("黄石智能物流输送装备及工业机器人研究院") is None
    assert conjoined_parts("省优质水生生物繁育及加工研究院") is None
    assert conjoined_parts("航天基地以及中航西飞集团") == ["中航西飞集团"]


QUALIFIED = [
    # 吉林 2014
    ("瞄准世界500强及知名企业，充分发挥各地商协会作用，强化点对点招商、以商招商、专业招商等方式。", set(), {"各地商协会"}),
    # 内蒙古 2025
    ("尤其是原民族语言授课学校要深化与优质普通学校结对共建，带动提升教育水平。", set(), {"优质普通学校"}),
    # 河北 2012
    ("增多做强金融主体，壮大河北银行，推动农村信用合作社健康运行，规范发展小额贷款公司、村镇银行和担保公司等新型金融组织。",
     {"河北银行"}, {"农村信用合作社"}),
    # 黑龙江 2019
    ("注重发挥各地龙商商会作用。", set(), {"各地龙商商会"}),
    # 张家界 2025
    ("深化与国际投资促进机构合作，发挥本地商协会和外地张家界商会作用，推进以商招商。", set(), {"本地商协会", "外地张家界商会"}),
    # 河南 2008
    ("积极培育大型外经企业集团，重点鼓励矿产资源开发、装备制造企业和大型流通企业到境外投资。", set(), {"大型外经企业集团"}),
    # 乌鲁木齐 2022, 丹东 2022: a named body after 全国 stays
    ("全国棉花交易市场新疆公司注册成立。", {"全国棉花交易市场新疆公司"}, set()),
    ("全国林产品交易中心东北分中心落户丹东，宽甸成为全省唯一省级森林经营碳汇试点。", {"全国林产品交易中心东北分中心"}, set()),
]


@pytest.mark.parametrize(("text", "keep", "wrong"), QUALIFIED)
def test_qualifiers_and_a_kind_are_no_organization(text: str, keep: set, wrong: set) -> None:
    orgs = extract(text)["organizations"]
    assert keep <= orgs
    assert not wrong & orgs
