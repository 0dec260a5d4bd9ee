"""Round 17d (orgS, organization recall; 200 random corpus reports, seed 1731).

Fix 1: in a list of institutions joined by 、 where one item is an organization, an item ending in a strict institution head
(大学 银行 集团 研究院) is its peer and an organization too, even when its stem is a common word (南方科技大学, 交通银行,
建工控股集团, 进出口银行) or the clause runs on after it (同济大学等合作…). Kinds stay out (村镇银行, 股份制银行, 政策性银行,
消费金融公司, 5大传媒集团). Counted by eval/corpus_samples/orgL/round17d/scan_headed_peer.py.

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

PEERS = [
    # 泉州 2021
    ("与湖南大学、上海大学、同济大学等合作建设研发平台。", {"湖南大学", "上海大学", "同济大学"}, {"济大学"}),
    # 深圳 2019
    ("支持深圳大学、南方科技大学、香港中文大学（深圳）、哈尔滨工业大学（深圳）等建设高水平大学。",
     {"深圳大学", "南方科技大学"}, {"高水平大学"}),
    # 茂名 2021
    ("中信银行、交通银行在茂名设立分支机构。", {"中信银行", "交通银行"}, {"交通银行在茂名"}),
    # 宁夏 2010
    ("积极引进民生银行、中信银行、进出口银行等金融机构。", {"民生银行", "进出口银行"}, {"金融机构"}),
    # 扬州 2023
    ("国金投资集团、建工控股集团、农投集团完成重组。", {"国金投资集团", "建工控股集团", "农投集团"}, set()),
    # 濮阳 2022
    ("分别与北京化工大学、中国石油大学、河南大学共建3个联合研究院。", {"北京化工大学", "中国石油大学"}, {"分别与北京化工大学"}),
    # 松原 2016: kinds of banks, no organization
    ("不断深化与国家政策性银行、国家商业银行、股份制银行的战略合作。", set(), {"股份制银行", "国家政策性银行"}),  # (国家商业银行 was found before the round: left)
    # 益阳 2016
    ("组建村镇银行、农商银行、担保小贷等机构21家。", set(), {"村镇银行", "组建村镇银行"}),
    # 宜昌 2014 and 滁州 2016: a clause verb before the head names no institution (the first cut of the fix took them)
    ("新增银行、保险、小额贷款公司等机构30家。", set(), {"新增银行"}),
    ("修缮了市老年大学、腾出市电大用于扩充老年大学办学场所，新增部分老年人活动场所；", set(), {"修缮了市老年大学"}),
]


@pytest.mark.parametrize(("text", "found", "not_found"), PEERS)
def test_headed_peers_of_an_organization(text: str, found: set, not_found: set) -> None:
    orgs = extract(text)["organizations"]
    assert found <= orgs, (found - orgs, orgs)
    assert not (not_found & orgs), (not_found & orgs)
