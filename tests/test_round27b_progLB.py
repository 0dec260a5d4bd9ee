"""Round 27b (progLB): a program read right before 试点 keeps 试点 in its name.

Sentences of corpus reports outside the 200 of seeds 2771 and 2772 (eval/corpus_samples/entN/round27b_progLB/), and a few
forms of the studied gold files.
"""

from __future__ import annotations

import pytest
from spans import entity_kinds


def programs(text: str) -> set[str]:
    return entity_kinds(text).get("program", set())


@pytest.mark.parametrize(("text", "name"), [
    ("完成公安改革试点任务，启动智慧公安建设，有力整治电信网络诈骗等社会治安突出问题。", "公安改革试点"),  # 上海 2018
    ("国家教育综合改革试点任务圆满完成。", "国家教育综合改革试点"),  # 上海 2021
    ("行政审批制度改革继续巩固深化，商事登记制度改革试点任务基本完成。", "商事登记制度改革试点"),  # 郴州 2016
    ("全面推行河长制，启动林长制试点。", "林长制试点"),  # 重庆 2020
    ("深入推进全国城乡高效配送专项行动试点，推进城乡冷链物流骨干网建设。", "全国城乡高效配送专项行动试点"),  # 南昌 2022
    ("促进文化产业示范基地建设，推进全国人工智能赋能教育行动试点。", "全国人工智能赋能教育行动试点"),  # 银川 2026
    ("制定生态涵养区补短板强弱项实施方案，开展生态产品价值实现机制试点，深化结对协作。", "生态产品价值实现机制试点"),  # 北京 2022
    ("宅基地改革试点任务顺利完成。", "宅基地改革试点"),  # dev25 hulunbuir's form
    ("推进林长制试点和生态廊道建设，继续实施1000万亩封山育林工程。", "林长制试点"),  # dev23 huaihua's form
])
def test_program_keeps_pilot(text: str, name: str) -> None:
    found = programs(text)
    assert name in found
    assert name[:-2] not in found  # not without 试点


@pytest.mark.parametrize(("text", "name"), [
    ("我市被列为国家知识产权试点城市，获批省部产学研结合战略联盟3个。", "国家知识产权试点"),  # 东莞 2008: 试点城市, a designation
    ("入选全国城市一刻钟便民生活圈试点，打造一刻钟便民生活圈22个。", "一刻钟便民生活圈试点"),  # official urumqi's form: 入选
    ("新型农村合作医疗试点人口扩大到55万人。", "新型农村合作医疗试点"),  # 试点人口: the pilot's population
])
def test_pilot_left_alone(text: str, name: str) -> None:
    assert name not in programs(text)
