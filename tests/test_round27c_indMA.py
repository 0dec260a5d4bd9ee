"""Round 27c (indMA): a quoted slogan after a counted noun is no part of its name (18个贫困乡镇“减贫摘帽” -> 贫困乡镇);
a quoted name that closes the phrase stays. Cases from corpus reports (place/year in comments); notes in
eval/corpus_samples/ind27_right/round27c_indMA/README.md."""

import pytest
from spans import indicators_of

SLOGANS = [
    ("推进54条市政道路“白改黑”，实现三环以内沥青道路全覆盖。", "54条", "市政道路"),  # 福州 2026
    ("实施400个贫困村“整村推进”计划，", "400个", "贫困村"),  # 吉林 2009
    ("实现2000余家存量企业“升规做强”。", "2000余家", "存量企业"),  # 大连 2018
    ("网上可办率超过99%，492项审批事项“最多跑一次”，“办不成事”反映窗口做法被人民网等报道。", "492项", "审批事项"),  # 保定 2022
    ("新增6500家中小企业“上云”，打造省级智能制造示范企业（车间）5个。", "6500家", "中小企业"),  # 湘潭 2020
    ("对4140家工业企业“一企一策”管理。", "4140家", "工业企业"),  # 邯郸 2023
    ("在重点行业开展环保绩效创A，20家企业“升A晋B”。", "20家", "企业"),  # 邯郸 2023
    ("推进100项民生服务事项“就近办”“掌上办”“指尖办”，让群众体验有速度有力度有温度。", "100项", "民生服务事项"),  # 广州 2020
    ("支持新实施20个左右制造业关键产品“揭榜挂帅”和产业链协同攻关项目。", "20个", "制造业关键产品"),  # 湖南 2025
    ("推进大唐80万千瓦风电“退城进郊”。", "80万千瓦", "风电"),  # 白城 2025
    ("实现18个贫困乡镇“减贫摘帽”。", "18个", "贫困乡镇"),  # the shape of dev29's gold (a short sentence written for the test)
]


@pytest.mark.parametrize(("sentence", "figure", "name"), SLOGANS)
def test_quoted_slogan_dropped(sentence, figure, name):
    assert indicators_of(sentence)[figure] == name


# Guards: a quoted name closing the phrase stays; a count of days is left; a verb before the quote is left.
KEPT = [
    ("每个县市建成1-3个紧密型“医共体”。", "3个", "紧密型“医共体”"),  # 潍坊 2021
    ("消除40个广播电视“盲点村”。", "40个", "广播电视“盲点村”"),  # 海口 2009
    ("打造19个红色资源“云展厅”，建设“九连小延安”等43个革命传统教育基地。", "19个", "红色资源“云展厅”"),  # 河源 2023
    ("加快200个示范村、20个示范镇、14个省市级“齐鲁样板示范区”建设。", "14个", "省市级“齐鲁样板示范区”"),  # 济宁 2020
    ("建设5个多功能“城市文化会客厅”。", "5个", "多功能“城市文化会客厅”"),  # 大同 2022
]


@pytest.mark.parametrize(("sentence", "figure", "name"), KEPT)
def test_quoted_name_kept(sentence, figure, name):
    assert indicators_of(sentence)[figure] == name


def test_count_of_days_left():
    # 济南 2019: 273天 counts days; the rule leaves its name alone.
    s = "平安济南建设深入推进，实现273天街面“两抢”零发案，扫黑除恶专项斗争取得阶段性成果。"
    assert indicators_of(s)["273天"] != "街面"
