"""Round 22b (projGA): a named works whose building or main structure is completed, the verb first (完成X建设, X完成主体),
and a water or power works reaching operation (并网发电, 通水, 试运行) (kg/extract/entities/round22b_projects.py).
Excerpts from corpus reports (seed 2211's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 黄石市 2014: 完成 + a named road + 建设
    ("完成黄石（铁山）至武汉（光谷）一级公路建设，加快基础设施对接。", {"黄石（铁山）至武汉（光谷）一级公路"}, set()),
    # 松原市 2014: 完成 + a water works named 工程 (the other two works of the sentence stay found)
    ("实施河湖连通推进行动，开工建设松原灌区和引松入扶工程，争取完成查干湖补水工程。", {"查干湖补水工程", "引松入扶工程"}, set()),
    # 东营市 2021: the works first, 完成主体 after (a time between)
    ("开工建设东营港至广饶原油管道，河口至东营港输油管道年内完成主体，积极推动化工产品管道贯通。",
     {"河口至东营港输油管道"}, {"河口至东营港输油管道年内"}),
    # 山东省 2007: 通水, a year and 实现 before the works
    ("今年实现胶东调水工程通水。", {"胶东调水工程"}, {"今年实现胶东调水工程"}),
    # 云南省 2009: the units that reach it are no part of the name
    ("电力建设完成投资606亿元，向家坝电站实现截流，景洪电站三台机组并网发电，全省新增电力装机394万千瓦。", {"景洪电站"},
     {"景洪电站三台机组"}),
    # 广元市 2014: 实现两台机组并网发电
    ("亭子口水利枢纽工程实现两台机组并网发电，兰渝铁路、西成客专等重大项目顺利推进。", {"亭子口水利枢纽工程"}, set()),
    # 黑河市 2021: 全线通水
    ("县级以上集中式饮用水水源地全部达标，北安山口水库供水工程全线通水。", {"北安山口水库供水工程"}, set()),
    # 北海市 2021: 实现通水试运行
    ("工业园区污水处理厂主体工程完工，大冠沙再生水厂实现通水试运行。", {"大冠沙再生水厂"}, set()),
    # 南宁市 2025: 投入试运行; the works' own 项目 dropped (the official gold's convention)
    ("确保宾阳县生活垃圾焚烧发电项目投入试运行。", {"宾阳县生活垃圾焚烧发电"}, {"宾阳县生活垃圾焚烧发电项目"}),
    # 石家庄市 2013: a section of a named works 建成通水
    ("南水北调京石段建成通水。", {"南水北调京石段"}, set()),
    # 福建省 2019 (a blind 100, seed 2212): 正式通水
    ("福建向金门供水工程正式通水，“两岸一家亲、共饮一江水”的美好愿景变为现实。", {"福建向金门供水工程"}, set()),
    # 青海省 2009 (seed 2212): 实现 … 首台机组发电, the unit cut
    ("开工建设羊曲、大河家等水电站，加快建设积石峡、班多等水电站，实现拉西瓦水电站首台机组发电。", {"拉西瓦水电站"},
     {"拉西瓦水电站首台机组", "实现拉西瓦水电站"}),
]

NOT_FOUND = [
    # 天津市 2007: a share of a kind (中小水库), not one works
    ("全面完成中小水库除险加固工程。", set(), {"中小水库除险加固工程"}),
    # 天津市 2008: infrastructure of a river's reach, a kind
    ("完成海河上游基础设施建设，启动中游和下游地区开发改造。", set(), {"海河上游基础设施", "海河上游"}),
    # 北京市 1999: no proper word (a kind of centre)
    ("完成妇幼保健医疗中心建设。", set(), {"妇幼保健医疗中心"}),
    # 昆明市 2015: counted kinds
    ("完成37个村卫生室标准化建设，全市新增病床3210张。", set(), {"村卫生室", "37个村卫生室标准化"}),
    # 遵义市 2020 and 甘孜州 2022: counted works reaching operation
    ("6座新建水库下闸蓄水，治理病险水库23座。", set(), {"新建水库", "6座新建水库"}),
    ("全球首个超高海拔光伏实证基地开工建设，10座电站投产发电，新增清洁能源装机550万千瓦。", set(), {"10座电站", "电站"}),
    # 合肥市 2016: counted plants
    ("环湖32座乡镇污水处理厂建成试运行，巢湖湖区总体水质由Ⅴ类好转为Ⅳ类。", set(), {"环湖32座乡镇污水处理厂", "乡镇污水处理厂"}),
    # 河北省 2020 (seed 2212): a class of projects (the name's own 项目 cut, 冬奥 alone is no works)
    ("全面完成冬奥项目建设。", set(), {"冬奥项目", "冬奥"}),
    # 沈阳市 2016: a use, not a works
    ("利用生活垃圾焚烧发电，促进中水循环利用。", set(), {"利用生活垃圾焚烧", "生活垃圾焚烧"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_done_and_operating_works(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
