"""kg.numbers: figures a PDF wrote with single spaces around them (34 corpus reports: 新增 140 家)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.numbers import find_quantities


@pytest.mark.parametrize("text, surface, value, unit", [
    ("高新技术企业新增 140 家，总数达到 414 家", "140 家", Decimal(140), "家"),
    ("重点推进五千万元以上产业项目32 个，总投资202 亿元", "202 亿元", Decimal(20200000000), "元"),
    ("新登记市场主体 16.51 万户、增长2.18%", "16.51 万户", Decimal(165100), "户"),
    ("工程建设项目审批时限从 185 天压减到 50 天", "50 天", Decimal(50), "天"),
    ("固定资产投资五年累计突破1 万亿元", "1 万亿元", Decimal(10 ** 12), "元"),
    # the space after the multiplier (30 corpus sentences, all read right)
    ("19.3万 名国有企业职工实现身份转换", "19.3万 名", Decimal(193000), "名"),  # 河北/2005
    ("农村劳动力转移培训120万 人次", "120万 人次", Decimal(1200000), "人次"),  # 河北/2005
])
def test_spaced_figure_is_read(text, surface, value, unit):
    found = {q.surface: q for q in find_quantities(text)}
    assert surface in found
    assert found[surface].value == value and found[surface].unit == unit


@pytest.mark.parametrize("text", ["截至 2024 年 6 月", "排名第 5 位", "居世界第 四位", "2023 年全市", "建成 5G 基站"])
def test_spaced_dates_and_ordinals_stay_out(text):
    assert find_quantities(text) == []


def test_two_spaces_or_a_space_before_a_multiplier_alone_are_not_bridged():
    # only one space between a number and its measure word; 第 3 is an ordinal even with the space
    assert [q.surface for q in find_quantities("共 12  个部门")] == []
    assert [q.surface for q in find_quantities("第 3 个")] == []
