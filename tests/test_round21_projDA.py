"""Round 21 (projDA): dev23's projects cause 1, frames and verbs not read as project triggers
(kg/extract/entities/round21_triggers.py). Excerpts from corpus reports (seed 2101's 200 and the corpus), never from a
gold file's passage."""
import pytest

from tests.test_entities import extract

# Fix 1: one named works and a milestone of its building (通车, 贯通, 封顶, 合龙, a bare 投产), the part reached
# (主线, 主隧道, 全幅 …) and the time left out of the name
MILESTONE = [
    # 南京市 2025 (seed 2101): a bridge's main line joined
    ("宁扬长江大桥建成通车，新生圩长江大桥主线贯通，国际性综合交通枢纽城市建设全面提速。", {"新生圩长江大桥"}, set()),
    # 宁波市 2013 (seed 2101): a bridge closed
    ("象山港大桥建成通车，大榭第二大桥顺利合龙，穿好高速建设接近收尾。", {"大榭第二大桥"}, set()),
    # 乌鲁木齐市 2025 (seed 2101): a named section of a road joined
    ("全疆首座装配式桥梁—7.8公里东进场高架正式通行，北站公路八钢至机场高速段贯通，西绕城高速建成通车。",
     {"北站公路八钢至机场高速段"}, set()),
    # 贵阳市 2009 (seed 2101): a ring road's first phase
    ("西南环线一期竣工通车，白云污水处理厂建成投运。", {"西南环线一期"}, set()),
    # 云南省 2014 (seed 2101): a tunnel about to be joined
    ("独龙江公路隧道即将贯通，独龙江乡整乡推进、独龙族整族帮扶工作取得重大成效。", {"独龙江公路隧道"}, set()),
    # 威海市 2020: the time and the part between the works and its milestone
    ("环山快速路提前7个月主线贯通，打造了“畅、安、舒、美”的城市快速通道。", {"环山快速路"}, set()),
    # 葫芦岛市 2014: a holiday between the works and its milestone
    ("建兴高速国庆节竣工通车，实现全域通高速。", {"建兴高速"}, set()),
    # 滁州市 2022 (seed 2101): a bridge about to open on its full width, another's main span closed
    ("滁天、来六、宁洛“四改八”等高速公路加快建设，汊河大桥即将全幅通车，池杉湖大桥主跨合龙。", {"汊河大桥", "池杉湖大桥"}, set()),
    # 昌都市 2023 (a fresh 200, seed 2111): the section reached after the works' 工程 (and its phase) is left out
    ("川藏铁路施工供电工程（二期）昌都段全线贯通，国家电网澜沧江主变扩建工程有序实施。", {"川藏铁路施工供电工程（二期）"},
     {"川藏铁路施工供电工程（二期）昌都段"}),
    # 德阳市 2023 (seed 2111): a named road's extension, 主线基本 left out
    ("遂德高速建成通车，绵茂公路历经14年终于建成通车，天府大道北延线主线基本贯通。", {"天府大道北延线"}, set()),
    # not: a product off the line (昆明市 2022, seed 2111)
    ("云内动力、铁建高新入选全国制造业单项冠军示范企业，G20发动机下线投产。", set(), {"G20发动机下线", "G20发动机"}),
    # not: a section of a corridor named before (河南省 2021, seed 2101), a quoted count (晋城市 2020), a commercial
    # building's part (晋城市 2021), a count of projects (包头市 2020)
    ("推进沿黄生态廊道建设，率先实现郑汴洛段全线贯通。", set(), {"郑汴洛段"}),
    ("加快推进老城更新与保护，“两路”即将通车，“两街”“两河”进展顺利。", set(), {"两路"}),
    ("加快建设一批城市商业综合体，万达广场商业主体封顶，配套设施加快建设。", set(), {"万达广场商业"}),
    ("杉杉负极材料等一批重点产业项目正式投产。", set(), {"一批重点产业项目"}),
]


@pytest.mark.parametrize("text,must,must_not", MILESTONE)
def test_milestone_works(text, must, must_not):
    found = extract(text)["projects"]
    assert must <= found, (must - found, found)
    assert not (must_not & found), (must_not & found)


# Fix 2: the items of a list reaching the same milestone (each as if it stood alone; cut at 等)
LISTED = [
    # 佛山市 2012 (seed 2101): the second item of a list opened to traffic
    ("广佛地铁首通段、广珠城轨佛山段通车，佛山机场民航复航，基本形成现代综合交通体系。", {"广珠城轨佛山段"}, set()),
    # 渭南市 2023 (seed 2101): a hospital's building topped out (医技楼 alone names no works)
    ("市人民医院门急诊楼、医技楼主体封顶。", {"市人民医院门急诊楼"}, {"医技楼"}),
    # 郑州市 2021 (seed 2101): a named provincial road's section
    ("新国道107、省道312中牟段通车。", {"省道312中牟段"}, set()),
    # 沈阳市 2023 (seed 2101): a named avenue after a tunnel
    ("四环棋盘山隧道、东部旅游大道建成通车，地铁2号线南延线、4号线实现轨通。", {"东部旅游大道"}, set()),
    # not: tasks, not works (温州市 2024: the list's first items are tasks), a count of projects (七台河市 2014)
    ("统筹抓好桥下空间利用、口袋公园建设、塘河绿道贯通。", set(), {"桥下空间利用", "口袋公园建设"}),
    ("一批煤炭循环经济大项目、转型替代产业好项目相继建成投产。", set(), {"转型替代产业好项目", "煤炭循环经济大项目"}),
    # a fresh 200 (seed 2111): 贵阳市 2014 and 云浮市 2021 (items read), 东莞市 2026 (counts), 嘉峪关市 2022 (scenic spots
    # joined up), 张家界市 2025 (short items sharing a head: the list rules complete both)
    ("确保贵广高铁、市域快铁贵开线、久永线建成通车。", {"市域快铁贵开线", "久永线"}, set()),
    ("怀阳高速、罗信高速相继贯通。", {"怀阳高速", "罗信高速"}, set()),
    ("稳定工业投资压舱石作用，推动120宗重大产业项目开工、130宗项目投产。", set(), {"130宗项目"}),
    ("有效整合旅游资源，推进嘉峪关关城、关城里、方特丝路神画融合贯通，形成三大景区联动发展格局。", set(), {"嘉峪关关城"}),
    ("加快张官高速公路建设，力争炉慈、桑龙高速公路国庆节前通车。", {"炉慈高速公路", "桑龙高速公路"}, set()),
]


@pytest.mark.parametrize("text,must,must_not", LISTED)
def test_listed_milestone(text, must, must_not):
    found = extract(text)["projects"]
    assert must <= found, (must - found, found)
    assert not (must_not & found), (must_not & found)
