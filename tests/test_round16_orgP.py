"""Round 16 (orgP, organization precision; 200 random corpus reports, seed 1602).

Fix 1: a name ending in 上市公司 (上市公司, 境内外上市公司, 后备上市公司, 境内上市公司) tells a kind of companies, not one
organization: a listed company is named by its own name (海胶集团, 康芝药业). The bare kind was found as an organization in
26 of the 200 reports, a name ending in 上市公司 in 35 (eval/corpus_samples/orgL/round16/count_listed.py).

Fix 2: a kind of financial institution told by generic words only (融资性担保公司, 政府性担保公司, 商业保理公司, 合资证券公司,
地方金融资产管理公司, 股份制银行, 国家银行) is no organization; a named one stays (交通银行池州分行, 九华农商行). 11 of the 200
reports (eval/corpus_samples/orgL/round16/count_finkind.py).

Fix 3: an organization named by a tier (二级医院, 市县两级招商中心, 市县乡村四级退役军人服务中心, 国家三级公立医院, 二级医学院) is a
kind of bodies at one or several levels, no one body; projects keep their grade (蒙西至棋盘井一级公路). 10 of the 200 reports.

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

LISTED = [
    # 无锡 2008
    ("积极引导企业开展资本经营，五年新增上市公司27家，上市公司总数达45家，上市公司数量和募集资金量连续多年在全国地级市中居于首位。",
     set()),
    # 银川 2018
    ("实施央企和民企500强、军工企业、上市公司对接入银行动，引进一批10亿元以上大项目好项目。", set()),
    # 浙江 2020
    ("新增境内外上市公司47家，其中科创板上市8家，上市公司总数达578家。", set()),
    # 三明 2023
    ("积极与战略投资者、上市公司深度合作，做实矿产资源“两集中一拓展”。", set()),
    # 安徽 2025
    ("境内上市公司数量增至184家、居全国第7位。", set()),
    # 海南 2010: the companies named stay, the kind goes
    ("四是争取海胶集团上市，加快先锋医药、康芝药业等企业上市步伐，积极培育后备上市公司。", {"海胶集团", "康芝药业"}),
]


@pytest.mark.parametrize(("text", "keep"), LISTED)
def test_listed_companies_are_a_kind(text: str, keep: set[str]) -> None:
    r = extract(text)
    names = r["organizations"] | r["projects"]
    assert not {n for n in names if n.endswith("上市公司")}
    assert keep <= r["organizations"]


FINANCE = [
    # 天津 2018
    ("加强对小额贷款公司、融资担保公司、区域性股权市场、典当行、融资租赁公司、商业保理公司和地方资产管理公司等7类市场主体监管。",
     set()),
    # 威海 2016
    ("组建政府性担保公司，设立小微企业贷款风险补偿金，完善续贷过桥周转机制。", set()),
    # 池州 2014
    ("大力引进股份制银行、基金、证券及融资租赁等域外金融机构，力争交通银行池州分行开业运营，推进九华农商行、融资性担保公司增资扩股。",
     {"交通银行池州分行", "九华农商行"}),
    # 广西 2015
    ("推动设立民营银行、合资证券公司、法人寿险公司、地方金融资产管理公司等金融机构，发展地方小微金融机构。", set()),
]
KINDS = {"融资担保公司", "融资性担保公司", "政府性担保公司", "商业保理公司", "融资租赁公司", "股份制银行", "民营银行",
         "合资证券公司", "地方金融资产管理公司", "地方资产管理公司"}


@pytest.mark.parametrize(("text", "keep"), FINANCE)
def test_financial_kinds_are_no_organization(text: str, keep: set[str]) -> None:
    r = extract(text)
    assert not (r["organizations"] | r["projects"]) & KINDS
    assert keep <= r["organizations"]


TIERS = [
    # 九江 2014
    ("以一家综合实力较强的三级医院为核心，联合区域内的二级医院、社区卫生服务中心等医疗机构组建成责任与利益共享的医疗联合体。", set()),
    # 葫芦岛 2022
    ("推动力量向招商集中，成立市县两级招商中心，为三个市属开发区增编70人。", set()),
    # 鹰潭 2016
    ("市县两级不动产统一登记中心挂牌成立。", set()),
    # 泰州 2023
    ("市人民医院在国家三级公立医院绩效考核中位次大幅前移，市第四人民医院通过三级综合医院评审。", {"市人民医院", "市第四人民医院"}),
]


@pytest.mark.parametrize(("text", "keep"), TIERS)
def test_tier_of_bodies_is_no_organization(text: str, keep: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert not {n for n in orgs if "级" in n}
    assert keep <= orgs


def test_graded_road_stays_a_project() -> None:
    # 鄂尔多斯 2022
    r = extract("开工建设纳日松至龙口高速、蒙西至棋盘井一级公路，建成通车陶利至昂素、添漫梁至越家壕一级公路，新建、改建农村公路300公里以上。")
    assert "蒙西至棋盘井一级公路" in r["projects"]
