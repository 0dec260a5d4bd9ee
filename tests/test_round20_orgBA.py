"""Round 20 (orgBA, organization recall; 200 random corpus reports, seed 2006).

A company, bank, exchange or research institute named just before an event of one body's coming into being, settling or
reform (揭牌 挂牌 成立 开业 营业 组建 混改 改制 落户 入驻, an adverb between) is an organization, after the clause's lead
words too (配合做好中原银行组建工作), and the last item of a list of groups formed (武汉会展集团、检测集团组建运营: the first found before); a kind stays out: a count (4家村镇银行开业, 十大产业集团组建, 8家市级投融资公司),
a vague or status word (外地银行, 相关集团, 融资担保公司), a class word jieba cannot read as a name (公募基金公司).
Counted by eval/corpus_samples/orgL/round20/scan_frames.py (kg/extract/entities/round20_orgs.py).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 南阳 2014: a bank formed, after the clause's lead words
    ("配合做好中原银行组建工作。", {"中原银行"}, set()),
    # 山西 2008
    ("加快推进晋商银行组建工作。", {"晋商银行"}, set()),
    # 成都 2021: an exchange that is to settle
    ("探索EOD城市发展模式，争取西部环境资源交易所落户，积极发展清洁能源，加快充电桩建设。", {"西部环境资源交易所"}, set()),
    # 武汉 2005: a company reformed, after 以查处
    ("以查处冠生园食品公司改制暴露出来的问题为典型案例，在全市广泛开展“以案学法”活动。", {"冠生园食品公司"}, set()),
    # 郑州 2025: the last item of a list of groups unveiled (a function stem: 交通发展投资)
    ("建设集团、农发集团、交通发展投资集团揭牌运营，国企集团总部“六定”改革扎实推进。", {"交通发展投资集团"}, set()),
    # 洛阳 2023: a city's heating group formed
    ("6月底前公交集团完成股权划转、热力集团组建到位。", {"热力集团"}, set()),
    # 宁波 2008: a research institute unveiled
    ("科技创新能力不断增强，中科院材料所、中石化研究院正式挂牌，3项科技成果获得国家科学技术奖。", {"中石化研究院"}, set()),
    # 武汉 2026: the earlier item of the list the frame closes
    ("国有企业改革深化提升行动完成，武汉会展集团、检测集团组建运营。", {"武汉会展集团", "检测集团"}, set()),
    # 湖南 2024: a bank and two companies formed
    ("湖南银行、数字湖南公司、港航水利集团组建；", {"湖南银行", "数字湖南公司", "港航水利集团"}, set()),
    # 安徽 2022: two items joined by 和
    ("国企改革三年行动扎实推进，国有资产资本化证券化步伐加快，省生态环境产业集团和省通航公司组建。",
     {"省生态环境产业集团", "省通航公司"}, set()),
    # 铜陵 2021: a group's mixed-ownership reform
    ("铜化集团成功混改，市属投融资法人主体加速市场化转型。", {"铜化集团"}, {"市属投融资法人主体"}),
    # 内江 2022: after 和, a company's full name
    ("加快完成内江新区党工委、管委会和新区投资发展有限公司组建工作，建立完善工作推进机制。", {"新区投资发展有限公司"}, set()),
]

NOT_FOUND = [
    # 江苏 2009: a count of a class of banks
    ("发展农村新型金融组织，成立农村小额贷款公司23家，4家村镇银行开业运营，农业保险试点全面推开。", {"村镇银行", "4家村镇银行"}),
    # 河北 2009: banks from elsewhere, a kind
    ("推动外地银行落户河北。", {"外地银行"}),
    # 甘肃 2019: a count of groups
    ("全面完成十大产业集团组建工作，尽快实现规范运营。", {"十大产业集团", "产业集团"}),
    # 陕西 2002: 相关集团
    ("抓好广播影视和新闻出版体制创新，加快相关集团组建步伐，增强文化产业的活力和竞争力。", {"相关集团"}),
    # 湘西 2021: a kind of company
    ("湘西海关开关运行，融资担保公司正式成立。", {"融资担保公司"}),
    # 泰州 2023: a class of fund companies
    ("抓好产融服务功能完善和金融业态集聚，推动公募基金公司组建和股权投资机构落户，力争新增上市企业4家；", {"基金公司", "公募基金公司"}),
    # 西藏 2020: groups owned by the region, a kind (区属 is no place before a name: not cut off)
    ("完成建投、交发、航投、幸福家园等区属产业集团组建重组。", {"区属产业集团", "属产业集团", "产业集团"}),
    # 广东 2004: 省属企业集团
    ("省属企业集团改制重组加快。", {"省属企业集团", "属企业集团", "企业集团"}),
    # 桂林 2017: a count of companies
    ("深入推进投融资体制改革，抓好8家市级投融资公司组建工作，推动国资国企在资本市场直接融资。", {"投融资公司", "市级投融资公司"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOUND)
def test_body_set_up_or_settled_is_found(text: str, must: set, must_not: set) -> None:
    orgs = extract(text)["organizations"]
    assert must <= orgs, orgs
    assert not (must_not & orgs), orgs


@pytest.mark.parametrize(("text", "must_not"), NOT_FOUND)
def test_a_kind_that_is_set_up_is_not_found(text: str, must_not: set) -> None:
    orgs = extract(text)["organizations"]
    assert not (must_not & orgs), orgs
