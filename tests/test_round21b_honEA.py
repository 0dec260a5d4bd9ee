"""Round 21b (honEA, honours: a ranked list is no title; counted on 200 random corpus reports, seed 2125,
eval/corpus_samples/honW/round21b/).

Each case is a sentence (or its clauses) of a corpus report, not of a gold passage (report and year after it); the expected
pairs (title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the gold files of dev13 … dev24,
whose annotators list no ranked list (`…500强`, `…百强`, `…20强`) as an honour (dev24: "ranks, rank lists (…500强) … are not
honours"); the official gold holds none.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


# a place among the N best of a ranking of enterprises, trades, zones or institutions, or of a world-wide one (N强, 百强, with its
# 榜 or the kind ranked): a rank, no title received
@pytest.mark.parametrize("text", [
    "沈阳连续4年入围全球科技集群百强榜。",  # 沈阳 2025
    "组建数字福州集团，市城投集团上榜中国企业500强。",  # 福州 2025
    "奇瑞汽车、十一化建、晋开化工入围2020河南企业100强。",  # 开封 2021
    "湖北科技学院获批国家级项目14项，咸宁职业技术学院获评全国创新创业50强高校，首义学院嘉鱼校区建设加快。",  # 咸宁 2020
    "出台开发区创新发展22条，将全区33个工业园区整合优化为22个，银川经济技术开发区跻身国家级开发区百强。",  # 宁夏 2019
])
def test_a_ranked_list_is_no_title(text):
    assert extract(text)["honors"] == set()


# what stays: a title beside the ranked list, a ranked list the text calls a 称号, a province's ten best counties
@pytest.mark.parametrize("text, pairs", [
    ("抢抓我市列为国家区域性物流节点城市的机遇，建成扎佐物流园区铁路战略装车点及宝通工业物流园主体工程等一批物流项目，"
     "西南物流中心进入中国物流园区50强，获得全国物流中心城市杰出成就奖。",
     {("国家区域性物流节点城市", ""), ("全国物流中心城市杰出成就奖", "西南物流中心")}),  # 贵阳 2010
])
def test_titles_beside_a_ranked_list_stay(text, pairs):
    assert extract(text)["honors"] == pairs


@pytest.mark.parametrize("text, title", [
    # a ranked list of places or of a region's products: left alone (dev2, dev3, dev5, dev9 count them, dev15, dev18, dev20 not)
    ("宁陕县入围全国康养旅游百强县，平利县创建为省森林旅游示范县。", "全国康养旅游百强县"),  # 安康 2023
    ("新增保税仓库5个，连续5年跻身“中国外贸百强城市”。", "中国外贸百强城市"),  # 池州 2021
    ("“名医、名科、名院”工程向纵深推进，建成国家高级卒中中心，市中心医院再次荣获“中国医院百强院”称号。", "中国医院百强"),  # 辽阳 2021
    ("甘州获评2023年度全省县域经济发展“十强县”，临泽、肃南获评“先进县”。", "2023年度全省县域经济发展十强县"),  # 张掖 2025
])
def test_conferred_ranked_titles_and_ranked_places_stay(text, title):
    assert title in {h for h, _ in extract(text)["honors"]}
