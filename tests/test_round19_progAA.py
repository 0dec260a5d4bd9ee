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
