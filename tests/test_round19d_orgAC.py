"""Round 19d (orgAC, organization recall; 200 random corpus reports, seed 1932).

Banks named by their short names, a closed class (kg/data/entity_bank_short_names.txt: 工行 建行 农行 中行 交行 招行
邮储银行 国开行 农发行), are organizations wherever they stand as a word — in a list of partners or lenders after the
first item too — with 省/市 when the text names the branch so (省农发行, 省建行); a place's rural bank named by the place
and 农商行/农信联社/信用联社 is one (宁安信用联社, 盘山农信联社). A two-character name inside a longer word is none
(创建行动, 化工行业, 集中行政, 强农行动), nor is a bare or counted class (全区农商行, 6家信用联社改制为农商行).
Counted by eval/corpus_samples/orgL/round19d/scan_banks.py (kg/extract/entities/round19d_orgs.py).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 南昌 2009: the later items of a list of state banks
    ("与国家开发银行省分行开展第三轮合作，与工行、农行、中行、建行四家省分行签署战略合作框架协议；",
     {"工行", "农行", "中行", "建行"}, set()),
    # 枣庄 2016: policy banks as lenders
    ("加强市、区（市）融资担保体系建设，积极运作国开行、农发行贷款项目，争取更多的政策性资金和地方债券额度。",
     {"国开行", "农发行"}, set()),
    # 淮北 2016: banks that settle
    ("金融服务体系不断完善，交行、招行、马鞍山农商行入驻，成立首家村镇银行。", {"交行", "招行", "马鞍山农商行"}, set()),
    # 佳木斯 2022: the provincial branch, as the text names it
    ("与北大荒集团、省交投集团、省农发行、省航运集团等建立全面战略合作关系，携手推进区域一体化。", {"省农发行"}, {"农发行"}),
    # 滁州 2014: 省建行 between 、 and 和
    ("先后与省进出口银行、省建行和徽商银行签订战略合作协议，共获授信650亿元。", {"省建行"}, {"建行"}),
    # 牡丹江 2021: a county's credit union named by its place
    ("完成城郊、宁安信用联社不良资产置换和清产核资，全市银行贷款余额增加80.6亿元。", {"宁安信用联社"}, {"信用联社"}),
    # 盘锦 2023: a county's credit union named by its place (jieba knows 盘山)
    ("推进盘锦银行改革化险，完成市农商行、大洼农商行、盘山农信联社机构改制，强力推进不良资产清收；", {"盘山农信联社"}, set()),
]

NOT_BANKS = [
    # 普洱 2022 / 成都 2020: 建行 inside 创建行动, 促建行动
    ("开展节约型机关、绿色商场、绿色建筑七大重点领域创建行动，提升全社会绿色发展水平。", {"建行"}),
    ("实施“新基建”牵引的项目促建行动、新消费引领的提振内需行动。", {"建行"}),
    # 衢州 2021: 工行 inside 化工行业
    ("全面推进化工行业安全整治提升攻坚行动。", {"工行"}),
    # 鹰潭 2022: 中行 inside 集中行政
    ("相对集中行政许可权改革率先完成。", {"中行"}),
    # 衡阳 2021: 农行 inside 强农行动
    ("深入推进“六大强农行动”，打造“百千万”工程。", {"农行"}),
    # 宁夏 2026, 鄂尔多斯 2018, 白银 2023: a bare, counted or created class
    ("完成全区农商行统一法人改革。", {"农商行", "全区农商行", "区农商行"}),
    ("推动准煤联社、伊旗矿区联社等6家信用联社改制为农商行。", {"信用联社", "农商行"}),
    ("稳妥推进县级农村信用社组建农商行，持续提升供销社为农服务能力。", {"农商行"}),
    # 徐州 2021: 市区 is no place of its own
    ("市区农商行改革顺利收尾，徐州农商银行开业运营。", {"区农商行", "市区农商行"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOUND)
def test_banks_by_short_names(text: str, must: set[str], must_not: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert must <= orgs, (must - orgs, orgs)
    assert not (must_not & orgs), (must_not & orgs)


@pytest.mark.parametrize(("text", "must_not"), NOT_BANKS)
def test_no_bank_inside_a_word_or_a_class(text: str, must_not: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert not (must_not & orgs), (must_not & orgs)
