"""Round 22 (progFB, programs: items before 等 + a bare head that the list passes left out), counted on 200 random corpus
reports (seed 2204, eval/corpus_samples/entN/round22_progFB/).

Each case is a sentence of a corpus report outside those 200 (and outside every gold passage).
Fix 1: one item before 等 + a bare head (推进薪酬制度等改革, 实施“乡村工匠”等工程, 实施“雏鹰”等计划) is a program with the head
(dev22 薪酬制度改革, dev24 预算管理制度改革, dev17 乡村工匠工程); works before 等工程 stay out (projects), and so does 等各项改革.
Fix 2: the items of a list before 等专项行动 are campaigns with that head (dev21 土地攻坚专项行动, 停缓建项目攻坚专项行动).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

SINGLE_CASES = [
    # (sentence, names that must not be found, names that must be found)
    ("加快推进数字政府建设，全面深化“一门式、一网式”政府服务改革，实施不动产登记集成服务等改革。",
     {"不动产登记集成服务"}, {"不动产登记集成服务改革"}),  # 江门 2018
    ("全面实施政府非税收入执收成本核定等改革，推进社保基金预算编制改革，加强城建综合预算管理。",
     set(), {"政府非税收入执收成本核定改革"}),  # 济南 2012
    ("加强农用地分类管理，持续开展化肥农药使用减量等行动。",
     set(), {"化肥农药使用减量行动"}),  # 南宁 2019
    # guards: works before 等工程 are projects, not programs; 等各项改革 names examples of all reforms
    ("实施中原路延伸等工程，完成龙源路延伸、普济路大修等项目，再购置一批公交车，新增供水管网40公里、燃气管网80公里。",
     {"中原路延伸工程"}, set()),  # 焦作 2014
    ("完成二十中异地新建项目，实施市一中改建等工程。",
     {"市一中改建工程"}, set()),  # 通化 2023
    ("大力整治博爱七路、西河东路、环茂路等内涝点，加快推进茅湾涌防洪排涝等工程，系统解决南部镇街易淹易涝问题。",
     {"茅湾涌防洪排涝工程"}, set()),  # 中山 2022
    ("加快经营性文化单位转企改制等各项改革，培育具有国际竞争力的文化产业骨干企业。",
     {"经营性文化单位转企改制改革", "经营性文化单位转企改制各项改革"}, set()),  # 上海 2010
]

CAMPAIGN_CASES = [
    ("深入开展食品药品安全案件查办、侵权假冒违法案件查处等专项行动。",
     set(), {"食品药品安全案件查办专项行动", "侵权假冒违法案件查处专项行动"}),  # 崇左 2023
    ("深入实施水污染防治计划，继续开展城市黑臭水体治理、饮用水水源地保护等专项行动。",
     set(), {"城市黑臭水体治理专项行动", "饮用水水源地保护专项行动"}),  # 石家庄 2019
    ("开展打黑除恶、围点整治等专项行动，八类严重暴力刑事立案数下降20%。",
     set(), {"打黑除恶专项行动", "围点整治专项行动"}),  # 厦门 2016
    ("理顺食品药品监管体制，开展“双打”、“质监利剑”等专项行动，维护市场正常秩序。",
     set(), {"双打专项行动", "质监利剑专项行动"}),  # 宜春 2016
    ("健全市域社会治理风险防控“N合一”机制，常态化开展扫黑除恶斗争、打击电信网络诈骗、打击整治养老诈骗、道路交通顽瘴痼疾整治、"
     "船舶碰撞桥梁隐患治理、“利剑护蕾”等专项行动。",
     {"扫黑除恶斗争专项行动"}, {"扫黑除恶斗争", "打击电信网络诈骗专项行动", "打击整治养老诈骗专项行动", "利剑护蕾专项行动"}),  # 株洲 2023:
    # an item with a head of its own (斗争) keeps it
    ("常态化开展扫黑除恶斗争，扎实推进未成年人保护、打击整治电信和养老诈骗等专项行动，刑事、治安案件分别下降3.9%、2.5%。",
     {"打击整治电信专项行动", "养老诈骗专项行动"}, {"未成年人保护专项行动"}),  # 宜宾 2023: nouns joined under one verb stay one item
    # guard: an item that is a chain of quotes is not this list (the quote passes read it)
    ("实施夏、冬季集中整治行动，深入开展扫黑除恶斗争、非法宗教活动治理和“利剑护蕾”“清源断流”等专项行动，刑事、治安案件分别下降43.9%、22.3%。",
     {"非法宗教活动治理和利剑护蕾专项行动", "利剑护蕾清源断流专项行动"}, set()),  # 岳阳 2025
]


@pytest.mark.parametrize("text,absent,present", SINGLE_CASES)
def test_single_item_before_etc(text, absent, present):
    names = extract(text)["programs"]
    assert not (absent & names), names
    assert present <= names, names


@pytest.mark.parametrize("text,absent,present", CAMPAIGN_CASES)
def test_items_before_etc_campaigns(text, absent, present):
    names = extract(text)["programs"]
    assert not (absent & names), names
    assert present <= names, names
