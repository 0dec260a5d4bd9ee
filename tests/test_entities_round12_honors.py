"""Round 12 (structures around honors counted on random corpus reports): honors.

Each case is a sentence of a corpus report outside the 200 reports the causes were counted on (seed 1212,
eval/corpus_samples/entN/README.md, round 12) and outside the regions of the held-out sets; the expected pairs
(title, recipient; "" for the reporting unit) follow ../shared/gold/GUIDELINES.md and the official gold files.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# a prize named in quotes is a title however short, after any trigger (获, 获得 are weak ones)
QUOTED_PRIZE = [
    ("鹧鸪江大桥获得“鲁班奖”。", ("鲁班奖", "鹧鸪江大桥")),  # 柳州 2014
    ("歌剧《马向阳下乡记》获“文华大奖”。", ("文华大奖", "马向阳下乡记")),  # 青岛 2020
    ("市文化中心、济宁大剧院、市杂技城、孔子博物馆等文化“新地标”全面启用，尼山圣境获“鲁班奖”。",  # 济宁 2020
     ("鲁班奖", "尼山圣境")),
    ("清洁海岸志愿服务中心获“母亲河奖”，赣榆创成国家生态文明建设示范区，徐圩建成国家生态工业示范园区。",  # 连云港 2020
     ("母亲河奖", "清洁海岸志愿服务中心")),
]

# quoted titles one after another, after a scope: one title each; 分别 gives the n-th recipient the n-th title
SCOPED_QUOTES = [
    ("获批国家“服务业扩大开放综合试点城市”“科创金融改革试验区”。",  # 杭州 2023
     {("国家服务业扩大开放综合试点城市", ""), ("科创金融改革试验区", "")}),
    ("集贤、宝清县分别荣获国家级“避暑旅游目的地”“中国杰出康养旅游目的地”称号。",  # 双鸭山 2024
     {("国家级避暑旅游目的地", "集贤"), ("中国杰出康养旅游目的地", "宝清县")}),
    ("“12345+网格化”智慧平台构建城市综合治理新格局，荣获全国“先锋奖”“金数奖”和“金铃奖”；",  # 海口 2019
     {("全国先锋奖", ""), ("金数奖", ""), ("金铃奖", "")}),
]
RESPECTIVELY = [
    ("武冈市、邵东市、新宁县分别获评全省县域经济先进县、突出贡献县、创新进位县。",  # 邵阳 2025
     {("全省县域经济先进县", "武冈市"), ("突出贡献县", "邵东市"), ("创新进位县", "新宁县")}),
    ("全年粮食总产148.1亿斤，虞城、夏邑分别被认定为国家级小麦制种大县、小麦良种繁育基地。",  # 商丘 2023
     {("国家级小麦制种大县", "虞城"), ("小麦良种繁育基地", "夏邑")}),
    ("广播剧《谋将来永远幸福——张太雷》、原创锡剧《烛光在前》分别荣获“五个一工程”奖和“文华大奖”。",  # 常州 2023
     {("五个一工程奖", "谋将来永远幸福——张太雷"), ("文华大奖", "烛光在前")}),
]


@pytest.mark.parametrize("text, pair", QUOTED_PRIZE)
def test_quoted_prize(text, pair):
    assert pair in extract(text)["honors"]


@pytest.mark.parametrize("text, pairs", SCOPED_QUOTES + RESPECTIVELY)
def test_one_title_per_quote_and_respective_recipients(text, pairs):
    """Exactly these pairs: no glued title (全国先锋奖金数奖), no recipient crossed with another's title."""
    assert extract(text)["honors"] == pairs


def test_a_grade_in_quotes_is_no_prize():
    """“一等奖” alone names a grade, not a prize."""
    assert extract("我市代表队获得“一等奖”。")["honors"] == set()


# a level and a word for prizes name no prize (获国家级大奖, 获得国家和省级奖项)
@pytest.mark.parametrize("text", [
    "现代舞《命运》、小品《等爱回家》等荣获国家级大奖。",  # 合肥 2019
    "《南疆丹娘》《花腰飞虹》《一湖春水》等20余个文艺作品获得国家和省级奖项。",  # 玉溪 2024
    "戏剧《女人九香》、动画电影《西柏坡》、纪录片《石破天惊》等优秀作品荣获国家级大奖。",  # 石家庄 2012
])
def test_generic_prize_is_no_honor(text):
    assert extract(text)["honors"] == set()


def test_a_named_prize_with_its_level_stays():
    """国家科学技术进步奖 names a prize: the level before it does not make it generic."""
    assert ("国家科学技术进步奖", "") in extract("荣获国家科学技术进步奖。")["honors"]


# 成为…唯一/首个 and 连续 before the trigger: what the subject became and how often are no part of the recipient
@pytest.mark.parametrize("text, pair", [
    ("上华智能智造项目成为全省唯一入选自然资源部首批低效用地再开发试点典型案例。",  # 佛山 2025
     ("低效用地再开发试点典型案例", "上华智能智造项目")),
    ("我市成为全省唯一入选“福建省基础教育改革实验区”的设区市。", ("福建省基础教育改革实验区", "")),  # 三明 2020
    ("全力做好第三次全国国土调查，成为全区首个全域通过国家核查城市。", ("国家核查城市", "")),  # 乌海 2020
    ("实施营商环境创新提升行动，连续入选全国营商环境最好省份。", ("全国营商环境最好省份", "")),  # 山东 2024
    ("岳阳连续多年入选“中国最具幸福感城市”。", ("中国最具幸福感城市", "岳阳")),  # 岳阳 2022
])
def test_became_and_again_are_no_recipient(text, pair):
    honors = extract(text)["honors"]
    assert pair in honors, honors
    assert not any("成为" in r or r.endswith("连续") or "多年" in r for _, r in honors), honors


# a type before the national scope (港口型国家…, 商贸服务型国家…) is a designation after a weak trigger (获批, 成为)
def test_a_typed_national_designation():
    assert extract("东部公铁联运枢纽获批生产服务型国家物流枢纽，")["honors"] == {  # 广州 2025
        ("生产服务型国家物流枢纽", "东部公铁联运枢纽")}


def test_a_typed_designation_in_the_plan_is_no_honor():
    """打造成为…承载城市 (柳州 2020): a goal, not a title received."""
    text = "实施传化公路港、食品冷链物流园等项目，把柳州打造成为陆港型国家物流枢纽承载城市。"
    assert extract(text)["honors"] == set()
