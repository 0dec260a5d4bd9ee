"""Round 17b (progR, programs; causes of dev17's cause list counted on 200 random corpus reports, seed 1712,
eval/corpus_samples/entN/round17b/).

Each case is a sentence of a corpus report outside those 200 (found with find_cases.py). A named policy keeps its head
政策 when the policy ends there (落实减税降费政策 -> 减税降费政策), not when 政策 qualifies the next noun (政策措施) nor after
a reform (财税改革政策). A list of fields before 等 and a qualified reform (卫生计生、食品药品…等机构改革) gives the reform
after 等, not item+改革 for each field; a general qualifier (等重点改革) leaves the items' reforms alone.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

POLICIES = [
    # (sentence, names that must not be found, names that must be found)
    ("落实各项减税降费政策，“真金白银”为企业减负。",
     {"减税降费"}, {"减税降费政策"}),  # 太原 2020
    ("用好用足国家财税优惠政策，落实结构性减税降费政策。",
     {"减税降费"}, {"减税降费政策"}),  # 广西 2024
    ("落实“双减”政策，强化校外培训治理。",
     {"双减"}, {"双减政策"}),  # 黄冈 2023
    ("统筹做好人口和计划生育工作，适时启动“单独两孩”政策，促进人口均衡发展。",
     {"单独两孩"}, {"单独两孩政策"}),  # 西双版纳 2014
    ("贸易方式更加多元，落地全省首单海关特殊监管区外保税维修业务，出口拼箱货物“先查验后装运”政策红利持续释放，跨境电商交易规模超1400亿元。",
     {"先查验后装运"}, {"先查验后装运政策"}),  # 成都 2026: what the policy yields follows
    # guards: 政策 qualifying the next noun, a reform's policy
    ("严格落实减税降费政策措施，新发展各类市场主体3万户以上。",
     {"减税降费政策"}, {"减税降费"}),  # 南充 2022
    ("认真抓好国家各项财税改革政策的落实，保持财政收入稳定增长。",
     {"财税改革政策", "国家各项财税改革政策"}, set()),  # 贵阳 2011
]

FIELD_LISTS = [
    ("支持工会、共青团、妇联等群团组织改革发展，关爱妇女儿童，做好哲学社会科学、科普、文史、方志、档案等工作。",
     {"工会改革", "共青团改革", "妇联改革"}, {"群团组织改革"}),  # 云南 2016
    ("卫生计生、食品药品、文化、工商、质监等机构改革全面完成。",
     {"卫生计生改革", "食品药品改革", "文化改革", "工商改革", "质监改革"}, {"机构改革"}),  # 德州 2016
    ("统筹推进科技、文化、教育等社会事业改革，充分激发发展活力。",
     {"科技改革", "文化改革", "教育改革"}, set()),  # 邯郸 2014
    # guard: a general qualifier (等重点改革) — the items are reforms themselves
    ("商事制度、行政审批、国资国企、城市管理、投融资、生态文明等重点改革顺利推进，率先公布政府权力清单，商事制度改革有效激发创业活力。",
     {"重点改革"}, {"商事制度改革"}),  # 长沙 2015
]


@pytest.mark.parametrize("text,absent,present", POLICIES + FIELD_LISTS)
def test_round17b_programs(text: str, absent: set[str], present: set[str]) -> None:
    found = extract(text)["programs"]
    assert not (found & absent), found & absent
    assert present <= found, present - found
