"""Round 26b (honNA, honour frames not read across sets): a scoped designation of a kind of cluster (国家先进制造业集群,
国家优势特色产业集群, 广西首批先进制造业集群, 全省首批战略性新兴产业集群) after a weak trigger (列入, 纳入, 入围, 成为) is a title
received; a cluster joined that names no designation kind (全省粳稻产业集群, 国家级鲁中山区桃产业集群, 千亿级产业集群) is none.
Counted on 200 random corpus reports, seed 2664, eval/corpus_samples/honW/round26b/.

Each case is a sentence of a corpus report, not of a gold passage (report and year after it); the expected pairs (title,
recipient) follow ../shared/gold/GUIDELINES.md and the gold files (dev11 lists `沙县、泰宁列入国家武夷岩茶特色产业集群`, dev18
`安全应急装备等4个共建产业集群入选国家先进制造业集群` as 安全应急装备产业集群).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract


@pytest.mark.parametrize("text, pairs", [
    ("13个农畜产品纳入全国名优特新农产品名录，绒山羊产业入围国家优势特色产业集群，我市荣获“中国绒都”称号。",  # 鄂尔多斯 2023
     [("国家优势特色产业集群", "绒山羊产业")]),
    ("化工新材料产业集群列入广西首批先进制造业集群，钦州石化产业园在全国近700家化工园区中排名提升至第17位。",  # 钦州 2025
     [("广西先进制造业集群", "化工新材料产业集群")]),
    ("着力强链、固链、补链、延链，软件、物联网等6个产业集群入围国家先进制造业集群，数量居全国第一。",  # 江苏 2022
     [("国家先进制造业集群", "软件产业集群"), ("国家先进制造业集群", "物联网产业集群")]),
    ("新能源材料产业规模达300亿级，锂离子电池新材料产业集群成为全省首批战略性新兴产业集群，动力电池等25个产业链成为省特色优势产业链、居全省第4位。",
     [("全省战略性新兴产业集群", "锂离子电池新材料产业集群")]),  # 焦作 2023
    ("原料药产业集群创建为国家级中小企业特色产业集群，绿色植保产业纳入全省首批先进制造业集群。",  # 广安 2025
     [("全省先进制造业集群", "绿色植保产业")]),
    ("装备制造业高端化升级取得重大成效，机器人及智能制造、工业母机、航空3个集群跻身国家先进制造业集群行列。",  # 沈阳 2026
     [("国家先进制造业集群", "工业母机集群"), ("国家先进制造业集群", "航空集群")]),
])
def test_a_designation_cluster_after_a_weak_trigger_is_a_title(text, pairs):
    honors = extract(text)["honors"]
    for pair in pairs:
        assert pair in honors


@pytest.mark.parametrize("text, not_title", [
    ("益海嘉里完成扩能改造，好雨、裕丰等6户企业被纳入全省粳稻产业集群。", "粳稻产业集群"),  # 白城 2022: a cluster joined
    ("青州、安丘桃产业纳入国家级鲁中山区桃产业集群。", "桃产业集群"),  # 潍坊 2025: a cluster named for a crop and a place
    ("电子信息、钢铁跻身千亿级产业集群，新能源发电量占全社会用电量的60%。", "千亿级产业集群"),  # 盐城 2022: a size reached
    ("争取半导体产业列入国家战略性新兴产业集群。", "战略性新兴产业集群"),  # 泉州 2022: a goal
    ("船舶海工产业入围国家级先进制造业集群决赛，新增全国制造业单项冠军示范企业2家、单项冠军产品2个。", "先进制造业集群"),  # 南通 2021: a final
    ("新增“三品一标”认证158个，元谋蔬菜和禄丰花卉列入国家优势特色产业集群建设；", "优势特色产业集群"),  # 楚雄 2021: a programme
])
def test_a_cluster_joined_or_aimed_at_is_no_title(text, not_title):
    honors = extract(text)["honors"]
    assert not any(t.endswith(not_title) for t, _ in honors)
