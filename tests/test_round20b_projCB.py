"""Round 20b (projCB): a named works lost beside found ones in a 、 list (kg/extract/entities/round20b_lists.py).
Excerpts from corpus reports (seed 2012's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 四川省 2026: a proper name (西香) before a facility head, after two found items
    ("川藏铁路、成达万高铁、西香高速等进出川大通道加快建设，成都中欧班列集结中心获批建设。", {"川藏铁路", "成达万高铁", "西香高速"}, set()),
    # 泉州市 2004
    ("市博物馆新馆、伊斯兰文化陈列馆等一批文化设施竣工。", {"伊斯兰文化陈列馆"}, set()),
    # 广东省 2019: the first item, after the clause's lead verb
    ("推动湛江巴斯夫新型一体化基地、埃克森美孚惠州化工综合体等一批重大项目落户。", {"湛江巴斯夫新型一体化基地"}, {"推动湛江巴斯夫新型一体化基地"}),
    # 鞍山市 2014: a road beside found roads (no proper-name tag: 兴业 is a common noun to jieba)
    ("加速建设兴业大道、建国大道、四达大道、鞍山路、劳动路、机场路、万水河南北路等61项续建工程。", {"兴业大道", "建国大道"},
     {"加速建设兴业大道"}),
    # 鞍山市 2014: a hospital beside found hospitals
    ("推进鞍山医院、结核医院、精神康复医院建设，改扩建市妇儿医院。", {"鞍山医院", "结核医院", "精神康复医院"}, set()),
    # 连云港市 2021
    ("规划高架路网，构建城市外环，启动花果山大道、港城大道、徐新公路等快速化改造，加快城市组团连接。", {"花果山大道", "港城大道", "徐新公路"}, set()),
    # 呼和浩特市 2024
    ("完成公主府污水处理厂技改，建成金桥工业污水处理厂、新机场污水处理厂等项目。", {"金桥工业污水处理厂", "新机场污水处理厂"}, set()),
]

NOT_FOUND = [
    # 六盘水市 2016: a description with 的, not a name
    ("到2020年，煤炭资源就地转化率达到80%以上，建设中国南方现代煤电化一体化基地、西南地区重要的能源基地、贵州非常规天然气示范抽采基地。",
     set(), {"西南地区重要的能源基地"}),
    # 福建省 2021: a city and its verb before the name
    ("加快福厦泉国家自创区建设，深化“双自联动”，推动福州建设福建科学城、厦门建设未来科技城、泉州建设时空科创基地。", set(), {"厦门建设未来科技城"}),
    # 阜新市 2016: a class of parks (no proper name, 物流园 no road or plant head) beside named squares
    ("加快上海红星国际广场、大连万达广场、兴隆CBD三期、煤炭物流园、紫金财富广场等重大项目建设。", {"上海红星国际广场"}, {"煤炭物流园"}),
    # 贵阳市 2016: kinds of towns
    ("规划建设一批数字小镇、创客小镇、众筹小镇、绿色小镇、风情小镇和乡愁小镇，大力发展小镇经济。", set(), {"数字小镇", "绿色小镇"}),
    # 山西省 2020: kinds of ports
    ("组建山西国际陆港集团有限公司，推动铁路口岸、航空口岸、国际陆港、海关特殊监管区合作联动。", set(), {"航空口岸"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_list_items(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
