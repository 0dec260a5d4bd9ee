"""Round 27 (projKA): a named works in a 、 list that is the whole subject of a completion, start or opening predicate, or
the whole object of a building verb, beside a peer already read (kg/extract/entities/round27_projects.py).
Excerpts from corpus reports (seeds 2711, 2712 and 2713's 200s), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 宁波市 2024: the object of 建成, a railway section beside read works
    ("建成六横公路大桥一期、杭甬高速复线二期、庄桥至宁波段三四线，加快建设通苏嘉甬铁路、甬舟铁路、杭甬高速复线三期、甬台温高速改扩建等项目。",
     {"庄桥至宁波段三四线", "六横公路大桥一期"}, set()),
    # 吴忠市 2020: a subject list before 投入运营, a trading name + what it runs
    ("德昌物流一期、泰富能源物流投入运营。", {"泰富能源物流", "德昌物流一期"}, set()),
    # 马鞍山市 2016: a subject list before a bare 建成, a yard of a named port
    ("深入推进以港兴市战略，长江马鞍山段航道整治工程开工建设，慈湖综合码头、天顺港集装箱堆场建成，长江港口货物仓储加工基地加快建设。",
     {"天顺港集装箱堆场", "慈湖综合码头"}, set()),
    # 怒江州 2022: the predicate opens with 力争 (not a part of the last item's name)
    ("初步构建起现代综合交通立体化格局，怒江民用机场加快建设，剑兰、兰云高速公路建成通车，保泸铁路、云泸高速、兰福二级公路力争建成，"
     "滇藏铁路贡山段、六片高速公路加快推进。", {"兰福二级公路", "云泸高速"}, {"兰福二级公路力争"}),
    # 重庆市 2019: a station after a railway section, before 开工
    ("实施交通建设三年行动计划，渝贵铁路开通运营，成渝高铁枢纽段、重庆西站一期和沙坪坝站建成投用，渝湘高铁主城至黔江段、重庆东站开工。",
     {"重庆东站"}, set()),
    # 兰州市 2010: roads named after a place, object of 新建
    ("新建欣月湖路、烈士陵园路、中心滩配套路桥、深安大桥、雁青大桥、通渭路大桥。", {"欣月湖路", "烈士陵园路", "深安大桥"}, set()),
    # 武汉市 2013: an extension line among avenues
    ("建成长江大道一期、解放大道下延线、四新大道、滨江大道、八一路地下通道。", {"解放大道下延线"}, set()),
    # 武汉市 2018: a metro extension before 开通
    ("轨道交通建设战略性提速，开工5条线，首次实现一年开通3条线，1号线径河延伸线、8号线、21号线开通，全市通车总里程237公里。",
     {"1号线径河延伸线"}, set()),
    # 荆州市 2016: an expressway section before 建成
    ("江南高速通车，潜石高速荆州段、武汉城市圈环线荆州段、东卷高速建成，江北高速、沙公高速加快建设。", {"武汉城市圈环线荆州段"}, set()),
    # 武汉市 2025: a company's headquarters among parks put into use
    ("部署20个垂直行业大模型及应用，小米科技园二期、金山武汉总部、达梦中国数据库产业基地投用。", {"金山武汉总部"}, set()),
]

NOT_FOUND = [
    # 太原市 2024: a bus route is no works
    ("推动山西中部城市群一体化发展，开通运行太原至太谷、忻州公交线路，发起成立山西中部城市群气候投融资联盟。", set(), {"忻州公交线路"}),
    # 襄阳市 2022: a count closes the list (四大项目)
    ("推动汉江生态城滨江景观带公园、汉江之眼超级摩天轮、蓝色星球、冰雪世界四大项目全部开工，加快唐城二期建设。", set(),
     {"冰雪世界四大项目"}),
    # 呼和浩特市 2026: a record and a shared head (全球最大…生产基地)
    ("建成全球最大辅酶Q10、高效金霉素、黄原胶生产基地和口蹄疫苗智能制造基地，落地全球首个mRNA疫苗及核酸药物智能化制造项目。", set(),
     {"全球最大辅酶Q10"}),
    # 惠州市 2020: a kind of works (no name)
    ("加快稔平半岛能源科技岛建设，全面推进太平岭核电一期1、2号机组主体工程建设，启动二期工程前期工作，建成重件码头、供水工程；", set(),
     {"供水工程"}),
    # 博尔塔拉州 2016: a kind of facility (no name)
    ("争取全民健身中心、文化艺术中心完工。", set(), {"全民健身中心"}),
    # 巴中市 2022: an item with a verb of its own
    ("建成汉巴南铁路南充至巴中段、力争开工巴中至汉中段，实施广巴达铁路扩能改造。", set(), {"力争开工巴中至汉中段"}),
    # 石家庄市 2017: an area of parks
    ("新建西环公园等5座综合性公园、15万平方米街旁游园。", set(), {"15万平方米街旁游园"}),
    # 新疆 2019: a kind of works named by what is done (农网改造升级)
    ("持续推进准东新能源基地建设，开工建设南疆四地州煤改电（一期）工程、农网改造升级工程、哈密抽水蓄能电站、天然气储气设施项目。",
     set(), {"农网改造升级工程"}),
    # 襄阳市 2019: a new town is a zone
    ("加快城市新区建设，启动建设未来科技城、博览城、东津新镇，加快建设大数据产业园、大湾区智能装备产业园。", set(), {"东津新镇"}),
    # 南昌市 2020: a hospital's campus named without its hospital
    ("南昌大学第一附属医院高新分院、象湖院区正式运营。", set(), {"象湖院区"}),
    # 宁德市 2025: a head shared by short stems (蕉城、东侨…项目)
    ("加大水源地保护和内河水系治理力度，建成贵岐山、东区污水处理厂扩容和蕉城、东侨污水提质增效项目；", set(), {"东侨污水提质增效项目"}),
    # 广东省 2024: the same after 和
    ("开工建设陆丰核电6号机组和肇庆浪江、惠州中洞抽水蓄能项目，惠州太平岭核电二期获批核准。", set(), {"惠州中洞抽水蓄能项目"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_round27_projects(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got)
