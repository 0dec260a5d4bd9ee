"""Indicator spans, issue #4 round 14: the official gold files' conventions where earlier rounds followed dev2/dev3 or
the samples' judges, and boundary causes of the blind sample N, each confirmed on the corpus and fixed by patterns.
Every sentence is from a corpus report outside the held-out places (place/year in the comment), each case from a
different report."""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    # X实现/完成增加值 (产值, 总产值) as written, the official 沙依巴克 file's 规模以上工业实现增加值 (757 corpus reports write a
    # subject before 实现/完成 and the value word); an adverb between them is dropped
    ("高新技术产业实现增加值195亿元，增长12%。", "195亿元", "高新技术产业实现增加值"),  # 益阳/2016
    ("高新技术产业实现增加值195亿元，增长12%。", "12%", "高新技术产业实现增加值"),
    ("民营经济预计实现增加值1700亿元，增长8%。", "1700亿元", "民营经济实现增加值"),  # 昆明/2015
    ("规模以上工业完成增加值228亿元，增长17.8%", "228亿元", "规模以上工业完成增加值"),  # 酒泉/2014
    ("农产品精深加工五大产业集群完成产值222.6亿元。", "222.6亿元", "农产品精深加工五大产业集群完成产值"),  # 运城/2022
    ("认真实施“传统优势产业转型升级五年规划”，装备制造业实现产值3260亿元，增长14.7%", "14.7%",
     "装备制造业实现产值"),  # 泰州/2014
    # …and with no subject before the verb, the value word alone
    ("实现增加值594亿元，增长43.3%，建筑业保持了继续发展的势头", "594亿元", "增加值"),  # 北京/1998
    # a 分别 list after 完成/实现: the verb is no member's (38 corpus reports)
    ("完成公路、电网、水利、通信投资分别达370亿元、100亿元、97亿元、113亿元，城乡基础设施大为改善", "100亿元",
     "电网投资"),  # 泉州/2011 (sample N)
    ("实现智能光电、汽车配件、大健康产业营业收入分别达100亿元、80亿元、60亿元以上。", "100亿元",
     "智能光电营业收入"),  # 鹰潭/2022
    ("确保完成化学需氧量、氨氮、二氧化硫、氮氧化物排放总量分别下降0.5%、2%、1%、2%", "1%", "二氧化硫排放总量"),  # 江西/2014
    ("实现接待游客、旅游收入分别增长10%以上和12%以上", "12%", "旅游收入"),  # 韶关/2018
    # a size class (N吨级, N兆瓦级) names the thing after 级 (280 corpus reports), never 级…
    ("建成新天德7万吨级散杂货码头。", "7万吨", "散杂货码头"),  # 钦州/2014
    ("3000吨级航道工程开工建设", "3000吨", "航道工程"),  # 南宁/2025
    ("东方风电研制全球最大26兆瓦级海上风力发电机组顺利下线。", "26兆瓦", "海上风力发电机组"),  # 德阳/2025
    ("10万吨级成品油码头开工建设。", "10万吨", "成品油码头"),  # 茂名/2021
    ("乌江500吨级船闸试航成功。", "500吨", "船闸"),  # 铜仁/2021
    # 为 + who + a verb of giving or solving before the thing given: who and the verb go (the official file's 拖欠工资 for
    # 为4424名农民工追回拖欠工资; 203 corpus reports write the structure)
    ("制定出台促进外贸稳定增长“48条”，为企业办理出口退税1683亿元。", "1683亿元", "出口退税"),  # 深圳/2026
    ("为困难群众和农民工办理法律援助案件1.5万多件", "1.5万多件", "法律援助案件"),  # 湖北/2009
    ("大力推广保险业，为群众理赔挽回经济损失8.5亿元。", "8.5亿元", "经济损失"),  # 宜春/2014
    ("为农村放映公益电影100万场，为2万户农村困难家庭免费提供有线电视节目", "100万场", "公益电影"),  # 山东/2013
    ("设立企业应急转贷基金，累计为企业解决融资15亿元。", "15亿元", "融资"),  # 鹰潭/2016
    # 所 counts the schools or hospitals, not a part or a work of theirs written after them (the official file's 中医馆
    # for 15所中医馆建设项目; 144 corpus reports write such a part after a count in 所)
    ("平凉职业技术学院和7所中职学校办学条件全部达标", "7所", "中职学校"),  # 平凉/2025
    ("完成500所中小学体育场地升级改造", "500所", "中小学"),  # 河北/2026
    ("完成115所学校薄弱环节改善和能力提升", "115所", "学校"),  # 咸阳/2023
    ("完成807所农村中小学远程教育工程", "807所", "农村中小学"),  # 太原/2007
    # …but a bracketed alternative stays whole
    ("推动19所博物馆（纪念馆）、150所中小学校计算机室向中小学生免费开放", "19所", "博物馆（纪念馆）"),  # 武汉/2007 (N)
])
def test_round14_spans(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_for_whom_needs_a_clause_initial_wei() -> None:
    # 为 inside a phrase (以县为单位) is no 为 + who: the rate keeps what it is of
    got = indicators_of("实现以县为单位农村劳动力外出务工组织化程度70%以上。")["70%"]  # 黔南/2022
    assert got.endswith("农村劳动力外出务工组织化程度")
