"""Round 23 (projHA): bare names in a list share the last item's facility and the works done to it
(靖州、辰溪污水处理厂提标扩建 -> 靖州污水处理厂提标扩建, 辰溪污水处理厂提标扩建; kg/extract/entities/round23_lists.py).
Excerpts from corpus reports (seed 2301's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 武汉市 2016: 等 before the shared plant and works
    ("完成汉西、南太子湖、黄家湖等污水处理厂改扩建，", {"汉西污水处理厂改扩建", "南太子湖污水处理厂改扩建", "黄家湖污水处理厂改扩建"},
     set()),
    # 海口市 2024: 等 and 工程 (工程 kept); the bare first name is no project
    ("白沙门、长流等污水处理厂扩容工程加快建设。", {"白沙门污水处理厂扩容工程", "长流污水处理厂扩容工程"}, {"白沙门"}),
    # 深圳市 2005: 和 before the last item; the item before it is a name of its own and ends the run
    ("完成西部通道、皇岗和文锦渡口岸改造等跨境基础设施建设。", {"皇岗口岸改造", "文锦渡口岸改造"},
     {"皇岗和文锦渡口岸改造", "西部通道口岸改造"}),
    # 七台河市 2022: a count of the items (等7座) is dropped, as 等 is; the bare reservoirs no longer found alone
    ("完成石龙山、碾子河等7座水库除险加固和中鲜灌区节水改造。", {"石龙山水库除险加固", "碾子河水库除险加固"},
     {"石龙山水库", "碾子河水库"}),
    # 南阳市 2014: a count and a size (两座大型) dropped; two aspects before the works
    ("完成鸭河口、宋岗两座大型灌区续建配套节水改造和7个小农水重点县建设任务，",
     {"鸭河口灌区续建配套节水改造", "宋岗灌区续建配套节水改造"}, set()),
    # 宝鸡市 2014: district and county names before the plants
    ("以及十里铺、陈仓区、高新区、麟游县、凤翔县污水处理厂提标改造工程，",
     {"麟游县污水处理厂提标改造工程", "凤翔县污水处理厂提标改造工程"}, set()),
    # 常德市 2022: 和 between two irrigation districts, not one name
    ("完成洞庭湖北部地区分片补水二期、黄石和西湖灌区续建配套改造等工程建设，", {"黄石灌区续建配套改造", "西湖灌区续建配套改造"},
     {"黄石和西湖灌区续建配套改造"}),
    # 重庆市 2021: a 提升 after the works word stays in the shared part
    ("开工嘉陵江、乌江、涪江航道整治提升工程，", {"嘉陵江航道整治提升工程", "乌江航道整治提升工程", "涪江航道整治提升工程"}, set()),
]

NOT_FOUND = [
    # 安庆市 2016: a phase of a port is a name of its own (one bare item is left: no list to share)
    ("长风港一期、石门湖航道整治工程完工。", set(), {"长风港一期航道整治工程"}),
    # 内蒙古自治区 2004: a hydro complex is a works of its own
    ("加快尼尔基水利枢纽、河套灌区节水改造等一批重点工程建设进度，", set(), {"尼尔基水利枢纽灌区节水改造"}),
    # 厦门市 2008: bays and sea areas are no reservoirs
    ("加快推进五缘湾、观音山等商务营运中心建设和环东海域、杏林湾、湖边水库综合整治，", set(),
     {"杏林湾水库综合整治", "环东海域水库综合整治"}),
    # 太原市 2005 and 宁夏回族自治区 2005: an item that is a works of its own (延伸, 大修) shares nothing
    ("滨河西路南北延伸、北郊污水厂扩建、垃圾焚烧发电等重点项目进展顺利。", set(), {"滨河西路南北延伸污水厂扩建"}),
    ("继续抓好扶贫扬黄灌溉、汉延渠和惠农渠及西干渠和唐徕渠上段合并、沙坡头北干渠延伸、沙坡头灌区扩建、山区库井灌区水利配套。", set(),
     {"沙坡头北干渠延伸灌区扩建"}),
    # seed 2302's blind 100: 合肥市 2012, 庆阳市 2023, 广西壮族自治区 2013: a long item names a works of its own
    ("合安高速“四改八”、机场高速、裕溪复线船闸、南淝河下游航道整治等一批重大工程加快推进。", {"裕溪复线船闸"},
     {"裕溪复线船闸航道整治"}),
    ("甜水堡调蓄引水、巴家咀水库除险加固等项目进展顺利。", {"甜水堡调蓄引水"}, {"甜水堡调蓄引水水库除险加固"}),
    ("建设防城港金川铜镍冶炼、防城港钢铁基地、岩滩水电站扩建、百色生态型铝产业示范基地等项目。", {"防城港钢铁基地"},
     {"防城港钢铁基地水电站扩建"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_shared_facility_works(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
