"""Round 26b (projNA): a named item of a list closed by 等[N个|一批]…项目 whose peers are read — a works or facility head
at its end, or a trading name and a thing made (kg/extract/entities/round26b_projects.py).
Excerpts from corpus reports (seed 2661's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 合肥市 2013: a club beside a read tourist city (等重大项目, no count)
    ("大力推进万达文化旅游城、国际帆船俱乐部等重大项目建设。", {"国际帆船俱乐部", "万达文化旅游城"}, set()),
    # 常州市 2023: a headquarters base, last of a 等一批…项目 list
    ("美敦力康辉、合全医药、理想零部件产业园、比亚迪二期、蜂巢能源总部基地等一批优质大项目落户。", {"蜂巢能源总部基地"}, set()),
    # 牡丹江市 2014: the middle item of a list of logistics parks
    ("推进交通枢纽国际物流中心、开发区现代物流园、东宁国际物流园等重点项目建设，培育华晟、牡达等 10户骨干企业。",
     {"开发区现代物流园", "交通枢纽国际物流中心"}, {"华晟", "牡达"}),
    # 运城市 2021: a trading name + a thing made (大运: a common first word)
    ("建龙130万吨棒材、大运新能源乘用车等项目建成投产，垣曲抽水蓄能电站、中条山铜带箔深加工等项目进展顺利。",
     {"大运新能源乘用车"}, set()),
    # 邢台市 2014: a trading name + an industrial park
    ("加快推进宁晋盐化工园区、深港电子信息产业基地、好孩子童车北方工业园等重点项目建设，力争早日投产达效。",
     {"好孩子童车北方工业园"}, set()),
]

NOT_FOUND = [
    # 濮阳市 2023: an activity beside a read park (a kind of project, not one)
    ("建成投用市静脉产业园生活垃圾发电、医疗废弃物处置等重点项目，单位生产总值能耗下降19.1%。", set(), {"医疗废弃物处置"}),
    # 曲靖市 2014: programmes of resettlement and aid beside a read item
    ("统筹异地搬迁、库区移民、矿村共建、扶贫开发等项目，加强传统村落保护和特色民居建设。", set(),
     {"异地搬迁", "库区移民", "扶贫开发"}),
    # 通辽市 2022: a sector beside a read item
    ("镍基新材料、风电装备制造等百亿级项目落地实施，“五大产业集群”产值占到规模以上工业的94%。", set(), {"风电装备制造"}),
    # 平凉市 2021: a heating scheme beside a read item
    ("实施热电联产集中供热、人行过街设施、城市路网等重点项目268个，更换新能源公交车105辆。", set(),
     {"热电联产集中供热", "城市路网"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_round26b_projects(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got)
