"""Round 27b (progLA): a "new model" of something (…新模式, …新体制, …新格局) is no program.

Sentences of corpus reports outside the 200 of seeds 2771 and 2772 (eval/corpus_samples/entN/round27b_progLA/), and a few
forms of the studied gold files.
"""

from __future__ import annotations

import pytest
from spans import entity_kinds


def programs(text: str) -> set[str]:
    return entity_kinds(text).get("program", set())


@pytest.mark.parametrize(("text", "gone"), [
    ("整合全市科研机构和重点企业科研资源，强化与国家大学科技园长期深度合作，探索政产学研用合作新模式，促进科技成果转化。",
     "政产学研用合作新模式"),  # 葫芦岛 2016
    ("加快发展现代职业教育，深化职普融通、产教融合，探索产教协同育人新模式；", "产教协同育人新模式"),  # 福建 2025
    ("推动构建房地产发展新模式。", "房地产发展新模式"),  # 云南 2025
    ("构建高水平招商引资新模式。", "高水平招商引资新模式"),  # 云南 2025
    ("探索和推广稳粮增收种植新模式。", "稳粮增收种植新模式"),  # 漯河 2022
    ("积极构建兵地协调机制，坚持优势互补，探索兵地融合发展新模式，提升兵地合作区发展水平，实现双赢、共同发展。",
     "兵地融合发展新模式"),  # 乌鲁木齐 2017
    ("探索形成中心城区城市更新新模式。", "中心城区城市更新新模式"),  # dev15 xian 2025's form (an invention there)
    ("深化医药卫生体制机制改革，探索实行政府购买公共服务新模式。", "政府购买公共服务新模式"),  # dev25 tangshan 2014's form
])
def test_new_model_is_no_program(text: str, gone: str) -> None:
    assert gone not in programs(text)


def test_other_programs_of_the_sentence_stay() -> None:
    # 武汉 2026: the mechanism before it is left to the other rules
    found = programs("发挥房地产融资协调机制作用，着力稳定房地产市场，积极构建房地产发展新模式。")
    assert "房地产融资协调机制" in found
    assert "房地产发展新模式" not in found


@pytest.mark.parametrize(("text", "kept"), [
    ("规范实施政府和社会资本合作新机制，鼓励和吸引社会资本参与。", "政府和社会资本合作新机制"),  # dev15/dev27: 新机制 listed
    ("高质量运行“阜政通”模式，积极推广首席办事员制度，打造市域社会治理阜新模式。", "市域社会治理阜新模式"),  # 阜新 2023: a city's model
])
def test_guards(text: str, kept: str) -> None:
    assert kept in programs(text)
