"""Round 11 (structural causes seen on the studied sets, confirmed on the corpus): honors.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1111,
eval/corpus_samples/entN/README.md, round 11) and outside the regions of the held-out sets; the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# a village, community or town written with its county or city before it: the bare name is the recipient
# (the gold files write 三道坝镇, 大巴扎街道)
BARE_UNIT = [
    ("天祝县大红沟村入选全国乡村旅游重点村，凉州区创建为省级全域旅游示范区。",  # 武威 2021
     ("全国乡村旅游重点村", "大红沟村")),
    ("建成省级美丽宜居村57个，新宾县永陵镇、清原县南天门村获评全国乡村旅游重点村镇。",  # 抚顺 2023
     ("全国乡村旅游重点村镇", "南天门村")),
    ("建成省级美丽宜居村57个，新宾县永陵镇、清原县南天门村获评全国乡村旅游重点村镇。",  # 抚顺 2023
     ("全国乡村旅游重点村镇", "永陵镇")),
    ("湘潭县乌石峰村入选中国美丽休闲乡村。", ("中国美丽休闲乡村", "乌石峰村")),  # 湘潭 2023
    ("小站稻产业集群入选国家级优势特色产业集群，蓟州区上仓镇入选国家级农业产业强镇。",  # 天津 2024
     ("国家级农业产业强镇", "上仓镇")),
    ("友谊县富强社区被评为全国和谐示范社区。", ("全国和谐示范社区", "富强社区")),  # 双鸭山 2016
]

# a work or a brand named in quotes or book-title marks after its genre or place: the quoted name is the recipient
QUOTED = [
    ("平定武迓鼓《保卫娘子关》荣获全国第十八届群星奖，现代戏《泥火情》荣获山西省杏花奖。",  # 阳泉 2021
     ("山西省杏花奖", "泥火情")),
    ("大型二人台现代戏《花落花开》荣获全国舞台艺术精品工程奖和文化部文华剧目创作奖。",  # 呼和浩特 2014
     ("全国舞台艺术精品工程奖", "花落花开")),
    ("抗联话剧《西征》入选省庆祝建党百年优秀展演作品。", None),  # 本溪 2022: recipient only
    ("音乐剧《达玛花开》荣获“敦煌文艺奖”。", ("敦煌文艺奖", "达玛花开")),  # 甘南 2023
    ("清河“鉴调一体模式”入选全国法治政府建设示范项目。",  # 邢台 2023
     ("全国法治政府建设示范项目", "鉴调一体模式")),
]

# a prize of an event's edition keeps the edition, as a prize keeps its year
EDITION = [
    ("本土电影《丢羊》获第17届中国电影华表奖。", ("第17届中国电影华表奖", "丢羊")),  # 甘肃 2019
    ("荣获第七届省长质量奖。", ("第七届省长质量奖", "")),  # 湘潭 2023
    ("《月照金河套》荣获第十届内蒙古草原文化节优秀剧目奖，临河区被评为自治区文明城区。",  # 巴彦淖尔 2014
     ("第十届内蒙古草原文化节优秀剧目奖", "月照金河套")),
    ("舞剧《草原英雄小姐妹》荣获第十六届文华大奖、《骑兵》荣获中国舞蹈“荷花奖”。",  # 内蒙古 2021
     ("第十六届文华大奖", "草原英雄小姐妹")),
]


@pytest.mark.parametrize("text, pair", BARE_UNIT + QUOTED + EDITION)
def test_found(text, pair):
    honors = extract(text)["honors"]
    if pair is None:
        assert any(r == "西征" for _, r in honors), honors
    else:
        assert pair in honors, honors


# the recipient as written with its genre, county or edition is no longer given
@pytest.mark.parametrize("text, wrong", [
    (BARE_UNIT[0][0], ("全国乡村旅游重点村", "县大红沟村")),
    (BARE_UNIT[3][0], ("中国美丽休闲乡村", "湘潭县乌石峰村")),
    (QUOTED[1][0], ("全国舞台艺术精品工程奖", "大型二人台现代戏花落花开")),
    (EDITION[1][0], ("省长质量奖", "")),
])
def test_not_found(text, wrong):
    assert wrong not in extract(text)["honors"]


# the grade an evaluation gave is no title (获全国考核优秀, dev5)
@pytest.mark.parametrize("text", [
    "连续5年获得全省考核优秀等次。",  # 恩施 2025
    "连续五年获评全省粮食安全责任考核优秀等次。",  # 辽源 2022
    "连续两年获省乡村振兴实绩考核优秀等次。",  # 江门 2021
    "连续第7年荣获美丽浙江考核优秀。",  # 杭州 2023
    "连续八年获平安广东建设考评优秀。",  # 惠州 2024
])
def test_evaluation_grade_is_no_honor(text):
    found = extract(text)
    assert found["honors"] == set()
    assert not any("考核" in p or "考评" in p for p in found["programs"])


def test_an_evaluation_title_with_a_head_stays():
    """考核先进市 names a title (a head after the grade): still an honor."""
    assert ("全国科技进步考核先进市", "") in extract("我市荣获全国科技进步考核先进市。")["honors"]


# where or as what a title was won is no part of the recipient
@pytest.mark.parametrize("text, pair", [
    ("平凉红牛在首届中国牛·优质牛肉品鉴大会上荣获“品质特别奖”和“最具风味奖”。", ("品质特别奖", "平凉红牛")),  # 平凉 2021
    ("数字化就业供需平台在全国政务服务第三方评估中荣获“模式革新金雷奖”。",  # 阳江 2021
     ("模式革新金雷奖", "数字化就业供需平台")),
    ("西宁作为唯一省会城市入选全国“无废城市”建设试点。", ("全国无废城市建设试点", "西宁")),  # 青海 2020
    ("我市作为全省唯一入选全国社会信用体系建设示范城市。", ("全国社会信用体系建设示范城市", "")),  # 邢台 2022
])
def test_scene_is_no_recipient(text, pair):
    assert pair in extract(text)["honors"]


def test_counted_works_name_no_recipient():
    """多部文艺作品荣获…: works counted, none named."""
    assert extract("多部文艺作品荣获中宣部“五个一工程”奖。")["honors"] == set()
