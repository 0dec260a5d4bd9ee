"""Round 25b (projLA): a named works (fix 1) or a list of named works (fix 2) as the subject of a progress predicate the other rules did not know (复工建设,
全线建设, 建设全面展开, 建设加快, 建设扎实推进, 建设取得突破) (kg/extract/entities/round25b_projects.py).
Excerpts from corpus reports (seed 2511's 200 and a corpus grep for the guards), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 淮北市 2014: a section of a provincial road 复工建设, between clauses of other works
    ("省道235市开发区新区至泗许高速连接线、省道101平山口至徐楼段改建工程全面开工，省道202百善至涡阳段复工建设，南坪港一期工程主体完工。",
     {"省道202百善至涡阳段"}, {"省道202百善至涡阳段复工建设"}),
    # 恩施州 2016: a power station 复工建设
    ("湖北能源、三峡新能源、中广核利川风电项目建成投产，新增风电装机30万千瓦，鹤峰江坪河电站复工建设，利川杨东河水电站、"
     "巴东石柱河水电站等项目竣工投产，新增水电装机38万千瓦，光伏发电广泛推广使用。", {"鹤峰江坪河电站"}, set()),
    # 滁州市 2021: a railway section 全线建设
    ("基础设施方面，沿江高铁可研上报待批，宁淮、合新铁路开工，滁宁城际铁路滁州段全线建设。", {"滁宁城际铁路滁州段"}, set()),
    # 汕头市 2023: a road link 建设加快
    ("汕头海湾隧道、汕北大道、中阳大道、陈沙大道建成通车，牛田洋快速通道主桥合龙，南澳联络线建设加快，梅潭大桥、潮汕大桥、"
     "汕南大道潮南段、澄饶快速路开工建设。", {"南澳联络线"}, {"南澳联络线建设"}),
    # 安徽省 2005: a named base 建设全面展开
    ("安庆石化“油改煤”、铜陵有色电解铜扩建、铜汤和合六高速公路等150个重大工程开工建设，两淮亿吨级煤炭基地建设全面展开，"
     "“皖电东送”积极推进。", {"两淮亿吨级煤炭基地"}, set()),
    # 长春市 2017: a named corridor 建设扎实推进
    ("伊通河百里生态长廊建设扎实推进，旧城改造提升工程启动实施，交通秩序整治成效明显。", {"伊通河百里生态长廊"}, set()),
    # 庆阳市 2022: a named base 建设取得突破
    ("陇东综合能源化工基地建设取得突破，现代丝路寒旱农业形成全链条集群式发展态势。", {"陇东综合能源化工基地"}, set()),
    # fix 2, 三明市 2021: a list of named works 建设取得重要进展
    ("莆炎高速公路、浦梅铁路、兴泉铁路建设取得重要进展。", {"莆炎高速公路", "浦梅铁路", "兴泉铁路"}, set()),
    # fix 2, 长春市 2016: a list of two lines 建设取得实质性进展
    ("地铁1号线试通车，地铁2号线、北湖快轨建设取得实质性进展。", {"北湖快轨"}, set()),
]

NOT_FOUND = [
    # 深圳市 2014: a low-carbon city (a zone) going on
    ("国际低碳城建设加快，引进太空科技南方中心等10个重点项目，成功举办首届国际低碳城论坛。", set(), {"国际低碳城"}),
    # 阳江市 2021: a kind of hospital, no name
    ("高水平医院建设取得重大突破，医疗技术和服务水平显著提升，公共卫生应急保障体系不断完善。", set(), {"高水平医院"}),
    # 株洲市 2016: a verb leads the clause (申报), the subject is an application
    ("与此同时，不断扩大对外开放，申报B型保税物流中心取得重要进展，成功获批铁路综合口岸。", set(),
     {"申报B型保税物流中心", "B型保税物流中心"}),
    # 上海市: a system's building goes on (no works)
    ("社会管理制度加快完善，诚信体系建设取得新突破，努力使上海成为最安全的大都市之一。", set(), {"诚信体系"}),
    # 汕头市: a kind of transport (城市轨道交通) and its preparation
    ("汕汕铁路、疏港铁路完成工可审查，城市轨道交通建设加快前期工作，汕头火车站换乘中心完成主体工程。", set(), {"城市轨道交通"}),
    # 浙江省 2012 (the blind 100 of seed 2512): a kind of trading platform, no place or proper name (round 18b's _named)
    ("举办首届中国海洋经济投资洽谈会、港航物流服务体系建设推介会，大宗商品交易中心建设扎实推进，东北亚港口物流信息实现互联互通。",
     set(), {"大宗商品交易中心"}),
    # fix 2, 重庆市 2022: bare items sharing a head stay the shared-head rule's (the section is no item of its own)
    ("推动基础设施互联互通，成渝中线建设启动，成达万、渝万、渝昆、渝湘高铁重庆至黔江段建设提速，郑万高铁重庆段开展联调联试。",
     {"成达万高铁", "渝万高铁", "渝昆高铁", "渝湘高铁"}, {"渝湘高铁重庆至黔江段"}),
    # fix 2, 福州市 2015: a list of districts and new towns (zones) 建设扎实推进
    ("三江口、琅岐岛以及长乐航空新城、福清海港新城等重点区域建设扎实推进，新区300项重点项目完成投资约1100亿元。", set(),
     {"长乐航空新城", "福清海港新城", "琅岐岛"}),
]


@pytest.mark.parametrize("text,want,avoid", FOUND + NOT_FOUND)
def test_round25b_projects(text, want, avoid):
    names = extract(text)["projects"]
    assert want <= names, names
    assert not (avoid & names), names
