"""Round 18b (orgV, organization recall; 200 random corpus reports, seed 1814).

Fix 1: a company that opens a clause and does what a company does (落户, 与…合作, 获评, 成为, 投产, 组建运行, 实现 …), the
object of a restructuring (并购, 重组, 收购 …) or the partner of 与…合作 is one company, though its stem is an everyday word
(浪潮集团, 金丝猴集团, 海图水声公司), names a function (省港航集团, 城投集团) or it has only a trade word for a head (三安光电,
万友机械, 长白山药业). Kinds in that place stay out (上市公司, 平台公司, 担保公司, 跨国公司, 合资公司, 国际大公司), and so do
sectors and a clause's words before a trade word (工程机械, 新能源与…, 科技与金融, 力争商贸物流). Counted by
eval/corpus_samples/orgL/round18b/scan_subject_verbs.py and scan_trade_subjects.py (24 names in 20 of 200 reports).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 恩施 2016: a company that settles
    ("信息产业提速发展，浪潮集团落户恩施，利川云计算中心投入运行，信息产业成为推动州域经济转型升级的关键产业。",
     {"浪潮集团"}, set()),
    # 厦门 2014: the acquirer and the acquired
    ("新增赴台投资项目8个，三安光电并购璨圆光电，成为大陆赴台投资最大项目。", {"三安光电", "璨圆光电"}, set()),
    # 周口 2014: a partner of a foreign company
    ("金丝猴集团与北美最大的巧克力制造商美国好时公司、大用集团与麦当劳全球最大的供应商美国福喜集团实现战略合作，"
     "为我市工业发展注入了新的活力和动力。", {"金丝猴集团"}, set()),
    # 咸宁 2025: actors
    ("自行科技公司研发最先进人工智能技术，海图水声公司专注于水下超分辨成像，滴水科技公司开创水尘环流技术。",
     {"海图水声公司", "滴水科技公司"}, set()),
    # 嘉峪关 2014: the partner of 与…合作
    ("支持酒钢公司启动与新疆广汇能源合作建设煤炭分质利用项目。", {"新疆广汇能源"}, set()),
    # 安徽 2019: a group formed and running
    ("省港航集团组建运行，终结了我省港口资源长期“小散弱”的格局，打开了我省港航事业发展的广阔前景。", {"省港航集团"}, set()),
    # 锦州 2025: honoured, listed
    ("万友机械获评国家级制造业单项冠军。", {"万友机械"}, set()),
    ("辽晶电子入选国家财政支持重点“小巨人”企业名单。", {"辽晶电子"}, set()),
    # 白山 2016: starts production
    ("左旋氨氯地平系列产品成为民族降压药第一品牌，长白山药业投产，葵花药业落户白山，医药产业产值翻番。",
     {"长白山药业"}, set()),
    # 河池 2023: restructured with another
    ("华锡矿业与南宁化工重组通过中国证监会并购重组委审核。", {"华锡矿业"}, set()),
    # 长沙 2012: a rank list entered (the company is an organization; the rank is the honours' business)
    ("优势产业集群持续发展，工程机械实现产值1800亿元，三一重工跻身世界上市公司500强；", {"三一重工"}, {"工程机械"}),
]

KINDS = [
    # 江西 2021, 宜昌 2023, 西藏 2012, 大连 2006, 鄂州 2018: kinds of company in a company's place
    ("上市公司实现设区市全覆盖。", set(), {"上市公司"}),
    ("市级平台公司实现战略重组，城发集团、产投集团稳健高效运营。", {"城发集团", "产投集团"}, {"市级平台公司", "平台公司"}),
    ("担保公司发展到8家，累计为90多家中小企业提供贷款担保3.53亿元。", set(), {"担保公司"}),
    ("其中1000万美元以上的项目235家，跨国公司投资明显增加。", set(), {"跨国公司"}),
    ("省、市与顺丰合作协议全部签订，机场合资公司成立。", set(), {"机场合资公司"}),
    # 无锡 2012
    ("进一步加强与国际大公司合作，大力提高新兴产业和现代服务业利用外资比例。", set(), {"国际大公司"}),
    # 杭州 2012, 保定 2023, 保山 2021: sectors and a clause's words before a trade word
    ("加强产业技术联盟和研发中心建设，推进科技与金融结合、产业投资与创业投资结合。", set(), {"推进科技", "科技"}),
    ("大力发展新能源与智能网联汽车、第三代半导体、氢能等战略性新兴产业。", set(), {"大力发展新能源", "新能源"}),
    ("力争商贸物流投资66亿元。", set(), {"力争商贸物流", "商贸物流"}),
    # 厦门 2009 (a second draw, seed 18141): a country's science, no company
    ("加强与台湾的科技合作，争取成为“对台科技合作与交流基地”。", set(), {"台湾的科技"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOUND + KINDS)
def test_company_actors(text: str, must: set[str], must_not: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert must <= orgs, (must - orgs, orgs)
    assert not (must_not & orgs), (must_not & orgs, orgs)
