"""Round 27 (progKA): a birth policy named by its number of children, and “三供一业”分离移交, are programs.

Sentences of corpus reports outside the 200 of seeds 2727 and 2728 (eval/corpus_samples/entN/round27_progKA/), and a few of
the studied gold files.
"""

from __future__ import annotations

import pytest
from spans import entity_kinds


def programs(text: str) -> set[str]:
    return entity_kinds(text).get("program", set())


@pytest.mark.parametrize(("text", "name"), [
    ("落实三孩生育政策配套措施，切实减轻年轻夫妇生育养育负担。", "三孩生育政策"),  # 南京 2022
    ("落实三孩生育政策及配套支持措施，年内3岁以下婴幼儿托位增加到22650个。", "三孩生育政策"),  # 南宁 2022
    ("推进三孩政策配套措施落地，加强婴幼儿照护服务。", "三孩政策"),  # 南宁 2026
    ("落实“三孩”生育政策及配套措施。", "三孩生育政策"),  # 兰州 2023: quotes around the count
    ("有序启动“单独二孩”生育政策。", "单独二孩生育政策"),  # 南京 2014: not the bare label 单独二孩
    ("全面实施一对夫妇可生育两个孩子政策，促进人口长期均衡发展。", "一对夫妇可生育两个孩子政策"),  # 厦门 2016
    ("全面落实一对夫妇可生育两个孩子政策。", "一对夫妇可生育两个孩子政策"),  # 呼和浩特 2016
    ("落实三孩生育政策和配套措施，持续推进“厕所革命”。", "三孩生育政策"),  # dev27 zhongwei's form
])
def test_child_policy_is_a_program(text: str, name: str) -> None:
    found = programs(text)
    assert name in found
    assert not any(n != name and n in name for n in found)  # not a piece of it (单独两孩)


@pytest.mark.parametrize("text", [
    "完善三孩生育支持政策，积极应对人口老龄化和少子化。",  # 佳木斯 2023: a support package around the policy
    "健全三孩配套政策。",  # 广州 2022
])
def test_support_packages_stay_out(text: str) -> None:
    assert not any("孩" in n for n in programs(text))


@pytest.mark.parametrize(("text", "name"), [
    ("推动“三供一业”分离移交，全面完成99家国有“僵尸企业”低效无效产能出清。", "三供一业分离移交"),  # 南宁 2018
    ("在哈央企“三供一业”分离移交工作全面完成。", "三供一业分离移交"),  # 哈尔滨 2015: the owner before the quote stays out
    ("完成驻省央企“三供一业”分离移交工作，启动全省厂办大集体改革。", "三供一业分离移交"),  # dev2's form
])
def test_handover_is_one_program(text: str, name: str) -> None:
    found = programs(text)
    assert name in found
    assert "三供一业" not in found


def test_other_tails_are_left() -> None:
    # 包头 2020: 维修改造 after the label is another tail (dev29's gold), not touched
    assert "三供一业分离移交" not in programs("持续做好国企职工家属区“三供一业”维修改造，基本实现国有企业退休人员社会化管理。")
