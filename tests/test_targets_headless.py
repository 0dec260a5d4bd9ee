"""Targets in a text without part headings: the 预期目标 paragraph opens the plan.

An excerpt (the gold passages, a report whose headings were lost) has no 一、…工作回顾 / 二、…工作安排 to say where the
plan begins. The 主要预期目标 paragraph itself does: the lines after it are the coming year's work, so their figures are
targets; the review lines before it stay outcomes. With part headings the sections decide, as before. Lines of 荆门 2021.
"""

from __future__ import annotations

from kg.extract.measurements import find_measurements
from kg.read import document_from_text
from kg.structure import structure_report

TITLE = "——2021年1月19日在荆门市第九届人民代表大会第五次会议上\n荆门市人民政府市长 孙兵\n"
REVIEW = "固定资产投资连续6个月当月实现正增长，规模以上工业增加值、社会消费品零售总额连续8个月当月实现正增长。\n"
GOALS = "今年全市经济社会发展的主要预期目标是：地区生产总值增长10.5%；规模以上工业增加值增长11%左右。\n"
PLAN = "做强先进制造业。坚持优化存量，推动“千企千亿”技改、“互联网+”制造，完成技改投资320亿元。\n"


def _targets(text: str) -> dict[str, bool]:
    report = structure_report(document_from_text(text, "report.txt"))
    return {m.surface: m.is_target for m in find_measurements(report)}


def test_after_the_goals_paragraph_of_a_headless_text_figures_are_targets():
    got = _targets(TITLE + REVIEW + "……\n" + GOALS + "……\n" + PLAN)
    assert got["10.5%"] and got["11%"]
    assert got["320亿元"]  # the plan line after the goals paragraph
    assert not got["6个月"] and not got["8个月"]  # the review before it


def test_with_part_headings_the_sections_decide():
    text = (TITLE + "一、2020年工作回顾\n" + GOALS.replace("今年", "年初确定的") + REVIEW
            + "二、2021年工作安排\n" + PLAN)
    got = _targets(text)
    assert not got["6个月"]  # a review line after a goals paragraph of the review part
    assert got["320亿元"]
