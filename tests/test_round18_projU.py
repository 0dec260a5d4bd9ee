"""Round 18 (projU): bare items of works that share the last item's head across 、 and 和 (kg/extract/entities/
round18_projects.py, called in api._analyse after round 17c's shared_heads). Excerpts from corpus reports (seed 1801's 200),
never from a gold file's passage."""
import pytest

from tests.test_entities import extract

SHARED = [
    # 内蒙古 2013: airports named by their places, joined by 、 and 和
    ("建成二连浩特、阿尔山和巴彦淖尔机场，全区机场总数达到14个，民航机场集团客运量突破1000万人次。",
     {"二连浩特机场", "阿尔山机场", "巴彦淖尔机场"}, {"二连浩特", "阿尔山"}),
    # 陕西省 2003: reservoirs named by county and village
    ("加快建设神木瑶镇、榆林李家梁、洋县卡房和安康黄石滩水库，新开工延安城市防洪和城区供水红庄调蓄水库。",
     {"神木瑶镇水库", "榆林李家梁水库", "洋县卡房水库", "安康黄石滩水库"}, set()),
    # 四川省 2003: two stations joined by 和 came out as one name
    ("积极做好雅泸高速公路、巴郎山隧道、溪洛渡和向家坝水电站等30个项目的前期工作。",
     {"溪洛渡水电站", "向家坝水电站"}, {"溪洛渡和向家坝水电站"}),
    # 汕尾市 2021
    ("推进甲子和后湖海上风电场、陆河抽水蓄能电站等项目建设，实现后湖海上风电场全场并网发电。",
     {"甲子海上风电场", "后湖海上风电场", "陆河抽水蓄能电站"}, {"甲子和后湖海上风电场"}),
    # 宁波市 2018: a full name before 和, then two short rail names sharing 城际铁路
    ("深化余慈中心连接线等项目前期，谋划甬舟铁路、杭甬智能高速公路和杭甬、甬台温城际铁路等项目。",
     {"杭甬智能高速公路", "杭甬城际铁路", "甬台温城际铁路"}, {"杭甬智能高速公路和杭甬"}),
    # 毕节市 2014: routes named A至B
    ("黄织铁路建成通车，织金至毕节、织金至纳雍、林歹至织金铁路建设加快。",
     {"织金至毕节铁路", "织金至纳雍铁路", "林歹至织金铁路"}, set()),
    # 辽宁省 2005: routes named A到B before 等
    ("丹庄高速公路建成通车，开工建设沈阳到彰武、本溪到辽中、铁岭到朝阳等高速公路。",
     {"沈阳到彰武高速公路", "本溪到辽中高速公路", "铁岭到朝阳高速公路"}, {"沈阳到彰武", "本溪到辽中"}),
    # 张家口市 2020: a particle before the first item
    ("我市多方筹措配套资金60.2亿元，保证了京张、张大、张呼、崇礼高铁顺利建设通车。",
     {"京张高铁", "张大高铁", "张呼高铁", "崇礼高铁"}, {"了京张高铁"}),
    # 云南省 2020: another thing before 和 is left out of the run
    ("新开工63项重点水源工程，滇中引水和乌东德、白鹤滩水电站等重大项目建设进展顺利。",
     {"乌东德水电站", "白鹤滩水电站"}, {"滇中引水和乌东德", "滇中引水水电站"}),
    # 锦州市 2021: a plant's own kind (净水厂) is the shared head
    ("黑山、北镇净水厂投入运行，市本级28万吨净水厂及凌海、义县净水厂主体竣工。", {"黑山净水厂", "北镇净水厂"}, {"黑山水厂"}),
]

NOT_SHARED = [
    # 南宁市 2016: lines in service, no works
    ("依托南贵、南昆、湘桂高铁，吸引西南中南地区企业在南宁设立区域总部、结算中心、产品分销中心等，共同开拓东盟市场。",
     {"南贵高铁", "南昆高铁"}),
    # 永州市 2016 and 衢州市 2021: an item that is a works of its own does not take the next item's head
    ("加速推进零陵机场迁建、衡永高速、邵永客专、永州铁路枢纽等项目前期进度。", {"零陵机场迁建高速"}),
    ("抓好衢州机场迁建、浙赣运河、衢武铁路、衢黄铁路等项目前期。", {"衢州机场迁建铁路", "浙赣运河铁路"}),
    # 锦州市 2021: companies, one of them named …铁路
    ("天晟重工、新华龙钼业等9家企业入选辽宁“瞪羚”企业，春光制药装备、捷通铁路等10家企业被认定为省“专精特新”中小企业和小巨人企业。",
     {"春光制药装备铁路"}),
    # 厦门市 2014: areas, not reservoirs
    ("建好城市自行车道和慢行道，完善五缘湾、湖边水库等片区配套。", {"五缘湾水库"}),
    # 乐山市 2025: a canal is no reservoir
    ("加快白井干渠、芦稿溪水库等水利工程建设，新建宜居宜业和美乡村达标村49个。", {"白井干渠水库"}),
    # 兰州市 2012: a count inside the last item
    ("开展雁青、固安、金安三座黄河大桥前期工作。", {"金安三座黄河大桥"}),
]


@pytest.mark.parametrize("text,found,not_found", SHARED)
def test_bare_items_share_the_head(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,not_found", NOT_SHARED)
def test_no_shared_head(text, not_found):
    projects = extract(text)["projects"]
    assert not (not_found & projects), projects
