"""Round 20b (orgCA, organizations; 200 random corpus reports, seed 2017).

A technology-innovation or engineering-research centre (技术创新中心 产业创新中心 制造业创新中心 协同创新中心 工程技术研究中心
工程研究中心 研究中心) is an organization where the text builds or advances it, as laboratories are since round 6; it stays a
project where it is listed among projects, phased or under works (开工 竣工 投用), and a region's role (大湾区国际科技创新中心)
is not touched. Step 2: such a body (and a 重点实验室, 工程实验室) no rule found, named after a level word or with a field's
everyday words (国家咖啡质量基础与产业服务技术创新中心加快建设), is found; a kind (省级企业技术中心, 农业、医药等领域全国重点实验室)
is not. Counted by eval/corpus_samples/orgL/round20b/scan_labs.py (kg/extract/entities/round20b_orgs.py).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 南京 2023: two centres whose building is pushed
    ("加快推进国家第三代半导体技术创新中心、集成电路设计自动化技术创新中心建设，组建关键核心技术攻关创新联合体。",
     {"国家第三代半导体技术创新中心", "集成电路设计自动化技术创新中心"}),
    # 云南 2018: two engineering-research centres built
    ("建设铝工业工程研究中心、硅工业工程研究中心，占领行业制高点。", {"铝工业工程研究中心", "硅工业工程研究中心"}),
    # 青岛 2006
    ("抓好国家海洋科学研究中心建设，培育3-4个海洋高新技术产业化示范基地。", {"国家海洋科学研究中心"}),
    # 阳江 2018: a collaborative innovation centre built
    ("加快组建产学研创新联盟，建成阳江市五金刀剪产业协同创新中心。", {"阳江市五金刀剪产业协同创新中心"}),
    # 贵州 2005
    ("加快国家复合改性聚合物材料工程技术研究中心建设，继续抓好省级重点实验室、工程中心和高新技术开发区、科技园区、科技示范基地建设。",
     {"国家复合改性聚合物材料工程技术研究中心"}),
    # 广州 2021
    ("加快建设大湾区国家技术创新中心。", {"大湾区国家技术创新中心"}),
]

# step 2: research bodies no rule found (a level word, a field's everyday words in the name)
FOUND2 = [
    # 普洱 2023
    ("新建院士专家工作站8个，净增高新技术企业14户、科技型中小企业50户，国家咖啡质量基础与产业服务技术创新中心加快建设，完成重大科技成果转化10项。",
     {"国家咖啡质量基础与产业服务技术创新中心"}),
    # 陕西 2023
    ("深化国际合作，加快丝绸之路考古合作研究中心建设，扩大中华文化影响力。", {"丝绸之路考古合作研究中心"}),
    # 铜陵 2022: a level word kept in the name; 省级企业技术中心 is a kind
    ("皖江中心新一轮三方共建全面启动，中科大先研院医药和新材料研究院落地建设，省级有色金属新材料产业创新中心获批组建，新增省级企业技术中心3家、博士后科研工作站2家。",
     {"省级有色金属新材料产业创新中心"}),
]

NOT_FOUND2 = [
    # 河南 2017: a kind of centre beside a kind of laboratory
    ("建设一批创新引领型平台，鼓励创建国家高新区，推进建设国家级重点实验室和工程（技术）研究中心，出台支持省级创新平台政策，布局一批制造业创新中心、“双创”平台。",
     {"工程（技术）研究中心", "国家级重点实验室"}),
    # 南京 2023: a count of national laboratories applied for (获批 read into the name)
    ("支持紫金山实验室在未来网络、6G研发等领域加快突破，高质量建设生物育种钟山实验室、现代综合交通实验室，力争获批全国重点实验室8家。",
     {"获批全国重点实验室", "全国重点实验室"}),
    # 上饶 2024: a rank a company applies for
    ("支持晶科能源申报国家级技术创新中心。", {"晶科能源申报国家级技术创新中心", "国家级技术创新中心"}),
    # 东莞 2023: counts of kinds
    ("推动规上工业企业研发机构覆盖率达到53%，分别新认定市级以上重点实验室、工程技术中心30家和200家。",
     {"分别新认定市级以上重点实验室", "市级以上重点实验室"}),
    # 黑龙江 2025: laboratories of fields, a kind
    ("加快培育战略性创新平台，争取创建崖州湾等国家实验室基地，持续支持农业、医药等领域全国重点实验室建设，高标准建设现代农业省实验室。",
     {"领域全国重点实验室", "全国重点实验室", "医药等领域全国重点实验室"}),
    # 云南 2009: kinds of laboratories and centres
    ("推进企业工程实验室、工程技术（研究）中心和重点实验室建设，年内认定和新增省级重点实验室30个，新增省级企业技术中心20个以上、国家级企业技术中心2个。",
     {"企业工程实验室", "重点实验室", "省级重点实验室", "新增省级重点实验室"}),
]

STAYS_PROJECT = [
    # 昆明 2021: listed among projects
    ("大力推进中国医学科学院疫苗产业基地（二期）、沃森生物科技创新中心等122个大健康产业项目建设，推动血塞通系列、云南白药系列等优势产品提升产能。",
     "沃森生物科技创新中心"),
    # 广西 2017: a laboratory listed among major projects
    ("推进广西国际壮医医院、自治区人民医院凤岭医院、中国-东盟医疗保健合作中心、广西儿童医院、广西医科大学生物靶向诊治国家重点实验室、广西国家基因检测技术应用示范中心等重大项目建设。",
     "广西医科大学生物靶向诊治国家重点实验室"),
]

NOT_ORG = [
    # 广东 2026: a region's role, not a body
    ("加快建设大湾区国际科技创新中心、综合性国家科学中心，打造世界级科技创新策源地。", {"大湾区国际科技创新中心"}),
    # 合肥 2021: the clause's verb read into the name
    ("加快建设合肥综合性国家科学中心，推动建设国家实验室，争取国家布局基础学科研究中心，力争建设高水平新型研发机构50个。",
     {"国家布局基础学科研究中心"}),
]


@pytest.mark.parametrize(("text", "must"), FOUND)
def test_research_centre_built_is_an_organization(text: str, must: set) -> None:
    got = extract(text)
    assert must <= got["organizations"], got
    assert not (must & got["projects"]), got


@pytest.mark.parametrize(("text", "must"), FOUND2)
def test_research_body_no_rule_found_is_an_organization(text: str, must: set) -> None:
    assert must <= extract(text)["organizations"]


@pytest.mark.parametrize(("text", "must_not"), NOT_FOUND2)
def test_a_kind_of_research_body_is_not_found(text: str, must_not: set) -> None:
    assert not (must_not & extract(text)["organizations"])


@pytest.mark.parametrize(("text", "name"), STAYS_PROJECT)
def test_research_centre_listed_among_projects_stays_a_project(text: str, name: str) -> None:
    got = extract(text)
    assert name in got["projects"], got
    assert name not in got["organizations"], got


@pytest.mark.parametrize(("text", "must_not"), NOT_ORG)
def test_role_or_verb_is_no_organization(text: str, must_not: set) -> None:
    assert not (must_not & extract(text)["organizations"])
