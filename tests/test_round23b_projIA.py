"""Round 23b (projIA): items of a list that got the last item's head only keep the kind written once before that head
(汀江、九龙江防洪工程 -> 汀江防洪工程, not 汀江工程; kg/extract/entities/round23b_lists.py).
Excerpts from corpus reports (seed 2311's 200, and a corpus grep for the must-not cases), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 龙岩市 2016: an aim (防洪) before 工程
    ("加快实施汀江、九龙江防洪工程、烟草水源工程，", {"汀江防洪工程", "九龙江防洪工程"}, {"汀江工程"}),
    # 甘孜藏族自治州 2018: 水利 before 工程
    ("建成泸定顺河堰、巴塘巴楚河、道孚尼措水利工程。", {"泸定顺河堰水利工程", "巴塘巴楚河水利工程", "道孚尼措水利工程"},
     {"泸定顺河堰工程", "巴塘巴楚河工程"}),
    # 莆田市 2014: the kind of pier
    ("建成涵江、宫下、黄瓜、小日陆岛交通码头，抓好枫亭码头前期工作。", {"涵江陆岛交通码头", "宫下陆岛交通码头", "黄瓜陆岛交通码头"},
     {"涵江码头", "宫下码头"}),
    # 上饶市 2021: the kind of sewage plant
    ("弋阳、横峰、玉山、广丰、婺源城镇生活污水处理厂完成一级A提标改造，",
     {"弋阳城镇生活污水处理厂", "广丰城镇生活污水处理厂", "婺源城镇生活污水处理厂"}, {"弋阳污水处理厂", "广丰污水处理厂"}),
    # 赤峰市 2025: the kind of airport
    ("推动林白铁路复工建设，巴林左旗、巴林右旗通用机场正式通航，", {"巴林左旗通用机场", "巴林右旗通用机场"}, {"巴林左旗机场"}),
    # 上饶市 2016: the grade of a wetland park
    ("启动篁岭、鄱阳湖国家湿地公园创建5A级景区工作，", {"篁岭国家湿地公园", "鄱阳湖国家湿地公园"}, {"篁岭湿地公园"}),
    # 包头市 2021: the head rule's find spans the item alone; the head is read in the clause
    ("京包高铁开通运行，达茂、石拐通用机场具备通航条件。", {"达茂通用机场", "石拐通用机场"}, {"达茂机场"}),
]

NOT_FOUND = [
    # 青海省 2016: an item ending in a kind word (防洪) is a works of its own; it takes no kind of the next item
    ("推进黄河干流防洪、蓄集峡水利枢纽、黄河谷地水库灌区建设，", {"蓄集峡水利枢纽"}, {"黄河干流防洪水利枢纽"}),
    # 定西市 (corpus grep): each airport written whole keeps its own kind
    ("推动定西民用机场、岷县通用机场前期工作取得突破，", {"定西民用机场", "岷县通用机场"}, {"定西民用通用机场", "定西通用机场"}),
    # a park written whole beside a national wetland park keeps its name (corpus grep)
    ("双清湾公园、岳家湖公园、泉水湾国家湿地公园建成开放，", {"泉水湾国家湿地公园"}, {"岳家湖国家湿地公园", "双清湾国家湿地公园"}),
    # seed 2312's blind 100, 清远市 2021: an item ending in a head of its own (区) takes no kind of the next item
    ("配合推进潖江蓄滞洪区、南岭国家公园、南岭生态旅游公路等规划建设。", {"南岭国家公园"}, {"潖江蓄滞洪区国家公园"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_kind_before_shared_head(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
