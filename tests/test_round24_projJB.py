"""Round 24 (projJB): bare names of a list closed by [等…]<kind of works>工程 take the kind and 工程 written once
(永业、勐真、热水河等水源工程 -> 永业水源工程 …; kg/extract/entities/round24_lists.py).
Excerpts from corpus reports (seed 2402's 200, seed 2403's blind 100, a corpus grep for a must-not case), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 普洱市 2023: 等 + a count + the kind
    ("黄草坝大型水库可研通过水利部审查，民乐河、南丙河等5座水源工程投入使用，永业、勐真、热水河等水源工程开工建设。",
     {"民乐河水源工程", "南丙河水源工程", "永业水源工程", "勐真水源工程", "热水河水源工程"}, {"民乐河", "永业", "勐真"}),
    # 舟山市 2014: a kind of several words
    ("加强水环境治理和饮用水源保护，建成岛北、平阳浦、小高亭等深度水处理工程，开工迁建虹桥水厂；",
     {"岛北深度水处理工程", "平阳浦深度水处理工程", "小高亭深度水处理工程"}, {"岛北", "平阳浦"}),
    # 四川省 2009: the count and the size after 等 are dropped
    ("亭子口水利工程开工，武都、二郎庙等17处大中型水利工程加快建设。", {"武都水利工程", "二郎庙水利工程"},
     {"武都", "二郎庙", "武都大中型水利工程"}),
    # 无锡市 2008: a voltage before the first item stays; 重点 is dropped
    ("500千伏梅里、惠泉等重点输变电工程建成投运。", {"500千伏梅里输变电工程", "惠泉输变电工程"}, {"惠泉", "惠泉重点输变电工程"}),
    # 厦门市 2001: without 等, the bare items next to the kind (the first item is a works of its own)
    ("完成供电进岛第三通道和县后、枋湖、前埔输变电工程。", {"枋湖输变电工程", "前埔输变电工程"}, set()),
    # 辽源市 2016: without 等, nothing was found before
    ("完成大梨树河城防工程，东辽河干流防洪工程全线铺开，灯杆河、仙人河防洪工程扎实推进，中央水利投资续建项目取得突破。",
     {"灯杆河防洪工程", "仙人河防洪工程"}, set()),
    # 黑龙江省 2014: a kind with its modifiers (城市供水水源引水)
    ("新建供水厂10座，升级改造供水厂20座，开工建设鸡西、七台河城市供水水源引水工程。",
     {"鸡西城市供水水源引水工程", "七台河城市供水水源引水工程"}, set()),
]

NOT_FOUND = [
    # seed 2403's blind 100, 三明市 2016: a second works joined on after 等 (…中型水库及烟基水源工程) is no kind of the items
    ("加快尤溪兴头、沙县双溪、永安溪源、明溪黄沙坑等中型水库及烟基水源工程建设，推进闽江上游重点流域防洪工程，",
     {"尤溪兴头水库", "明溪黄沙坑水库"}, {"尤溪兴头水库及烟基水源工程", "明溪黄沙坑水库及烟基水源工程"}),
    # 广西壮族自治区 2008: items that are works of their own (造林, 育林, 还林, 保护, 保持) take no kind
    ("抓好植树造林、封山育林、退耕还林、防护林、水源地保护、石漠化治理和水土保持等生态保护工程建设。", set(),
     {"封山育林生态保护工程", "退耕还林生态保护工程", "防护林生态保护工程", "水源地保护生态保护工程"}),
    # 沈阳市 2012: items holding their own works (绿化)
    ("重点实施蒲河绿化、荒山绿化、沈西北阻沙带建设等城乡绿化工程，全市植树造林83.1万亩。", set(),
     {"蒲河绿化城乡绿化工程", "荒山绿化城乡绿化工程"}),
    # 乌兰察布市 2018: everyday nouns are kinds of places, not names
    ("组织好道路、村庄、厂矿、园区、学校、机关、企业绿化工程，合理布局公园绿地、绿道绿廊和环城绿化带建设。", set(),
     {"村庄绿化工程", "厂矿绿化工程"}),
    # 蚌埠市 2016: a substation's short name (光彩变) is a facility of its own
    ("开工建设110千伏光彩变、220千伏东海变等输变电工程。", set(), {"110千伏光彩变输变电工程", "220千伏东海变输变电工程"}),
    # 龙岩市 2016: without 等 the run stops at an item that is a works of its own (九龙江防洪工程)
    ("加强水库除险加固工程建设，加快实施汀江、九龙江防洪工程、烟草水源工程，抓好万安溪引调水工程，",
     {"汀江防洪工程", "九龙江防洪工程"}, {"汀江水源工程", "九龙江防洪工程水源工程"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_kind_of_works_after_list(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
