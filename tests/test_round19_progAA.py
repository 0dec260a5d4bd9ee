"""Round 19 (progAA, programs; dev18's programs cause 2: 审批运行机制 and 常态化防止返贫致贫机制 behind a descriptor ending
in 的), counted on 200 random corpus reports (seed 1903, eval/corpus_samples/entN/round19/).

Each case is a sentence of a corpus report outside those 200. A mechanism that a program verb sets up (建立, 健全, 完善,
构建, 形成 …) is read after a descriptor ending in 的 as it is read right after the verb (dev15 城市更新项目生成机制, dev16
学位资源动态监测调整机制, dev18 常态化防止返贫致贫机制); a 体制机制, a short or generic name after 的 (利益联结机制,
长效机制, 有效激励和约束机制) and a name whose field stays in the descriptor are not read.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

DE_MECHANISMS = [
    # (sentence, names that must not be found, names that must be found)
    ("坚持教育优先发展，健全与人口变化相适应的教育资源配置机制，深入实施基础教育扩优提质工程，推进义务教育优质均衡发展。",
     set(), {"教育资源配置机制"}),  # 江西 2026
    ("深化强校扩优行动，建立与人口变化相适应的教育资源调配机制，提前做好初中、高中入学高峰应对。",
     set(), {"教育资源调配机制"}),  # 山东 2025
    ("建立量质并举的外资考核评价机制，实际利用外资131亿美元，新批准世界500强企业投资项目28个。",
     set(), {"外资考核评价机制"}),  # 浙江 2013
    ("探索开展跨专业新兴领域职称评价，推进技能人才多元评价，加快形成更加科学的人才分类评价机制。",
     {"更加科学的人才分类评价机制"}, {"人才分类评价机制"}),  # 上海 2020
    ("完善首问负责制、限时办结制和责任追究制，建立自治区、市、县三级联动的行政效能电子监察机制。",
     set(), {"行政效能电子监察机制"}),  # 广西 2013
    ("坚决巩固拓展扫黑除恶专项斗争成果，构建源头防控、排查梳理、纠纷化解、应急处置的社会矛盾综合治理机制。",
     set(), {"社会矛盾综合治理机制"}),  # 六盘水 2021
    ("加大政府债务化解力度，健全以政府债券为主体的政府举债融资机制。",
     set(), {"政府举债融资机制"}),  # 马鞍山 2020
    # guards: a 体制机制, generic or short names after 的, two systems joined
    ("以解决瓶颈制约为重点，构建更加完善的要素市场化配置体制机制，以深化改革激发发展活力。",
     {"要素市场化配置体制机制"}, set()),  # 汕尾 2021
    ("推进事业单位分类改革，建立功能明确、治理完善、运行高效、监管有力的管理体制和运行机制。",
     {"管理体制和运行机制", "运行机制"}, set()),  # 宣城 2016
    ("继续扩大企业年薪制试点，并在部分企业试行股权期权制，逐步建立对企业经营者的有效激励和约束机制。",
     {"有效激励和约束机制", "激励和约束机制"}, set()),  # 陕西 2002
    ("鼓励龙头企业与农户建立稳定的产销协作关系和多种形式的利益联结机制，发展跨区域的产业化经营。",
     {"利益联结机制"}, set()),  # 宁波 2004
    ("力争初步形成规范有序、运作协调的城市管理和社会治理的长效机制。",
     {"长效机制", "城市管理和社会治理的长效机制"}, set()),  # 海口 2014
]


@pytest.mark.parametrize("text,absent,present", DE_MECHANISMS)
def test_de_mechanisms(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)


COUNTED_SERVICES = [
    ("打造城市社区“15分钟健身圈”。", set(), {"15分钟健身圈"}),  # 商丘 2023
    ("建设市级“幸福里”社区5个、零工市场8个，积极打造“15分钟就业服务圈”，服务58万人次。",
     set(), {"15分钟就业服务圈"}),  # 昆明 2025
    ("推进美丽宜居住区（街区）建设，完善配套功能，构建“15分钟社区服务圈”。", set(), {"15分钟社区服务圈"}),  # 镇江 2021
    ("“一制三化”审批制度改革扎实推进，“五减”改革加快实施，“多证合一”改革提效扩容，实现“24证合一”。",
     set(), {"24证合一", "多证合一改革"}),  # 天津 2019
    ("在全省率先全面推行企业登记“五证合一、一照一码”，在行政审批中全面推行“窗口无否决权”机制。",
     {"五证合一"}, {"五证合一、一照一码"}),  # 福州 2017
    ("开展商事制度改革，实行企业登记“三证合一、一照一码”，企业登记提速86%，新增市场主体1.6万户。",
     set(), {"三证合一、一照一码"}),  # 荆门 2016
    # guards: travel and economy circles, a range of minutes
    ("坚持内外联动、量质并重、全域统筹，高水平建设开放通道枢纽，加快构建半小时通勤圈、周边城市1小时联动圈和全国主要城市3小时辐射圈，"
     "努力打造全国重要的区域性交通枢纽。", {"1小时联动圈", "3小时辐射圈", "半小时通勤圈"}, set()),  # 三门峡 2021
    ("争取钦州经灵山浦北至玉林城际铁路项目列入自治区综合交通运输发展“十四五”规划，尽快构建起钦州都市区1小时经济圈。",
     {"1小时经济圈", "钦州都市区1小时经济圈"}, set()),  # 钦州 2021
    ("加强公共文化设施建设，综合利用基层文化资源，鼓励社会力量参与文化服务，打造15-20分钟公共文化服务圈。",
     {"20分钟公共文化服务圈"}, set()),  # 临沂 2016
]


@pytest.mark.parametrize("text,absent,present", COUNTED_SERVICES)
def test_counted_services(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
