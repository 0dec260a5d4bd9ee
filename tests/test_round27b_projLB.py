"""Round 27b (projLB): a capacity-named project read alone with 项目 dropped, 项目 dropped after a found capacity-named
project, and two capacity items joined by 和/及 split with the owner shared (kg/extract/entities/round27b_projLB.py).
Excerpts from corpus reports (seeds 2771 and 2772's 200s); the last two from dev30's and dev6's texts."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 海南省 2005: after a building verb, no owner
    ("中石化公司开工建设800万吨炼油项目；", {"800万吨炼油"}, {"800万吨炼油项目"}),
    # 海南省 2005: an owner before the capacity (一汽海马), a lead verb before it
    ("今年要启动一汽海马年产15万台发动机项目，抓好一批汽车配件项目建设。", {"一汽海马年产15万台发动机"}, set()),
    # 陕西省 2002
    ("今年要抓好8万吨真空盐项目建设，积极创造条件，加快“西气东输”。", {"8万吨真空盐"}, set()),
    # 昭通市 2023: a numbered line of a project list
    ("3. 中晟30万吨锂离子电池负极材料项目", {"中晟30万吨锂离子电池负极材料"}, set()),
    # 六盘水市 2021: a capacity per year
    ("建成天能焦化制氢工厂一期技改项目，力争开工建设合众锰业10万吨/年高纯硫酸锰生产项目；",
     {"合众锰业10万吨/年高纯硫酸锰生产"}, set()),
    # 吉林省 2023: read by an earlier rule with 项目, now dropped
    ("推动吉化120万吨乙烯转型升级项目掀起建设高潮，分批形成产能。", {"吉化120万吨乙烯转型升级"}, {"吉化120万吨乙烯转型升级项目"}),
    # 眉山市 2022
    ("正大300万只蛋鸡项目建成投产。", {"正大300万只蛋鸡"}, {"正大300万只蛋鸡项目"}),
    # 济宁市 2025: a capacity in GWh
    ("建成投产宁德时代160GWh新能源电池项目，大力招引上下游企业。", {"宁德时代160GWh新能源电池"}, {"宁德时代160GWh新能源电池项目"}),
    # 甘肃省 2008: no capacity in the first item, the second as written
    ("开工建设兰州石化碳5综合加工利用、连铝节能改造、金川公司精密铜镍合金和20万吨铜材深加工等项目。",
     {"金川公司精密铜镍合金", "20万吨铜材深加工"}, {"金川公司精密铜镍合金和20万吨铜材深加工"}),
    # 西安市 2023: the owner shared across 及
    ("大力推进隆基100GW单晶硅片及50GW高效单晶电池项目开工。", {"隆基100GW单晶硅片", "隆基50GW高效单晶电池"},
     {"隆基100GW单晶硅片及50GW高效单晶电池"}),
    # eval/dev30 松原 2016 (spaces around the figures in the source)
    ("开工建设中化长山 15 万吨尿基复合肥和 10 万吨缓控释肥、云天化 20 万吨钾肥等项目。",
     {"中化长山15万吨尿基复合肥", "中化长山10万吨缓控释肥", "云天化20万吨钾肥"}, set()),
    ("开工建设本然生物 500 万吨土壤调节剂项目，加快推动酵王生物酵之谷。", {"本然生物500万吨土壤调节剂"}, set()),
]

NOT_FOUND = [
    # 庆阳市 2022: a list's tail (龙源等…) and a batch (首批), a stock (存量)
    ("确保华电、华润、龙源等66万千瓦风光电项目建成并网。", set(), {"龙源等66万千瓦风光电", "66万千瓦风光电"}),
    ("直流配套首批100万千瓦风光电项目同步建设，36万千瓦存量项目加快推进。", set(),
     {"直流配套首批100万千瓦风光电", "36万千瓦存量"}),
    # 阜新市 2023: the phase follows 项目 (嘉寓…项目一期): 项目 kept
    ("有效推进嘉寓2GW高效光伏组件项目一期竣工投产。", set(), {"嘉寓2GW高效光伏组件"}),
    # 天津 (eval/dev23's shape, 万吨级 is a berth's class, not a capacity): no split
    ("天津港25万吨级深水航道一期和30万吨级原油码头护岸工程竣工。", set(), {"天津港30万吨级原油码头护岸工程"}),
    # 吉林省 2012-like: 在建及纳规 is no product
    ("重点抓好1040万千瓦在建及纳规项目。", set(), {"1040万千瓦在建及纳规"}),
    # 石嘴山市 2025 (fresh seed 2772): a batch of power capacity with no owner (eval/dev10, dev13 hold the shape too)
    ("启动700万千瓦新能源项目，煤层气开发利用加快推进。", set(), {"700万千瓦新能源"}),
    # 郑州市: a capacity and an area, no 项目 named
    ("完成屋顶绿化10万平方米及80条背街小巷改善项目。", set(), {"80条背街小巷改善"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_round27b_projLB(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got)
