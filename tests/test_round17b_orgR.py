"""Round 17b (orgR, organization recall; 200 random corpus reports, seed 1713).

Fix 1: a list of companies closed by 等…企业 (支持朴朴电商、神州数码等平台企业发展; 引进了商汤科技、香港正威集团…等一批境内外知名
大企业): when as many items are organizations as are left out, a left-out item without a head (朴朴电商, 商汤科技, 庞大汽贸) is
a peer named the same way; the first item loses the clause's verb (引进了, 支持). Not a quoted item, a sector
(kg/data/entity_sectors.txt), a site, a kind, nor any item of a list of bodies, trades or fields (等机构, 等行业, 等领域).
26 new names in 24 of the 200 reports (eval/corpus_samples/orgL/round17b/diff200_seed1713_fix1.txt, 23 y 3 half).

Fix 2: the named institution a reform program starts with (大连港集团 of 深化…大连港集团改革, 本溪银行 of 本溪银行薪酬制度改革,
dev17's 南航集团 of 南航集团股权多元化改革) is an organization too; a kind by status or ownership (公立医院, 上市公司, 市属平台公司)
and a reform to a form (公司制改革, 集团化改革) stay out. 14 new names in 11 of the 200 reports (scan_prog_lead.py, 10 y 4 half).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

PEERS = [
    # 福州 2023
    ("支持朴朴电商、神州数码等平台企业发展。", {"朴朴电商", "神州数码"}, {"支持朴朴电商"}),
    # 泰安 2020
    ("引进了商汤科技、香港正威集团、中国华录集团、广东客天下等一批境内外知名大企业；", {"商汤科技", "香港正威集团"},
     {"引进了商汤科技", "了商汤科技"}),
    # 唐山 2014
    ("到年底，支持庞大汽贸、丰润动车城、冀东集团、首钢唐山产区、唐钢集团等企业发展。", {"庞大汽贸", "冀东集团"},
     {"首钢唐山产区", "支持庞大汽贸"}),
    # 七台河 2014
    ("大力引进和扶持绿色食品加工龙头企业，促进大森林、大兴牧业等龙头企业做大做强。", {"大森林"}, set()),
    # 菏泽 2020
    ("发展壮大大树食品、本草山药等一批农副产品加工企业，打造一批农产品精深加工基地。", {"本草山药"}, set()),
    # 七台河 2020: quoted events, not companies
    ("坚持“市长企业家早餐会”“三长金融下午茶”等联系服务企业制度，当好企业“首席服务员”。", set(),
     {"市长企业家早餐会"}),  # (三长金融下午茶 was found before the round: left)
    # 攀枝花 2021: sectors after the companies
    ("支持钢城集团、龙蟒佰利联、安宁股份等骨干企业做大做强，围绕先进材料、新能源、高端装备、数字经济、现代物流等领域培育多个企业集群。",
     {"钢城集团"}, {"先进材料", "高端装备", "数字经济"}),
    # 无锡 2022: trades, not companies
    ("大力支持研发服务外包、高端医疗器械、抗原检测试剂等企业发展壮大。", set(), {"高端医疗器械", "抗原检测试剂"}),
    # 上海 2007: a list of bodies (等功能性机构)
    ("吸引更多跨国公司地区总部、投资性公司、研发中心等功能性机构落户。", set(), {"跨国公司地区总部"}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), PEERS)
def test_headless_peers_in_company_lists(text: str, found: set, not_found: set) -> None:
    orgs = extract(text)["organizations"]
    assert found <= orgs
    assert not (not_found & orgs)


REFORMS = [
    # 大连 2010
    ("深化港口管理体制和大连港集团改革，提高管理水平和服务效率。", {"大连港集团"}, set()),
    # 本溪 2020
    ("完成本溪银行薪酬制度改革。", {"本溪银行"}, set()),
    # 安顺 2025
    ("安顺学院管理体制改革顺利完成，旅游管理学科实现省一流学科零突破。", {"安顺学院"}, set()),
    # 长沙 2021
    ("国企改革纵深推进，城发集团实现一二级重组，湘江集团市场化改革成效明显。", {"湘江集团"}, set()),
    # 大连 2014: a kind of hospital
    ("推进北三市公立医院改革试点，取消“以药养医”。", set(), {"北三市公立医院", "公立医院"}),
    # 上海 2007: a kind of company
    ("上市公司股权分置改革基本完成，金融市场建设取得新进展。", set(), {"上市公司"}),
    # 荆州 2022
    ("加快整合国有资产资源，完成市属平台公司改革。", set(), {"市属平台公司"}),
    # 广州 1998: a bare head
    ("要把市属工业局、总公司企业化改革和重点产品的发展结合起来。", set(), {"总公司"}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), REFORMS)
def test_institution_named_by_its_reform(text: str, found: set, not_found: set) -> None:
    out = extract(text)
    assert found <= out["organizations"]
    assert not (not_found & out["organizations"])
    assert any(p.endswith(("改革", "改革试点")) for p in out["programs"])  # the reform stays a program
