"""Round 21 (projDC, projects): a port area named bare (…港区, …保税港区 and its first phase) is a zone of a port, no project;
the works inside one (…港区专用线, …港区改扩建工程), a phase of port works (…港区三期) and port areas named among projects
(…港区等重点项目) stay. Counted on 200 random corpus reports, seed 2103, eval/corpus_samples/entM/round21_precision/.

Each case is a sentence of a corpus report (report and year after it), outside the 200 and the gold passages; what is
expected follows ../shared/gold/GUIDELINES.md and the gold sets (no gold set lists a bare port area; dev23 leaves out
吉达港区 `启动建设` and 东疆港区; dev6 lists 宝满港区铁路专用线, dev10 洋山深水港区三期工程).
"""

from __future__ import annotations

import pytest

from kg.extract.entities.round21_project_precision import port_area
from tests.test_entities import extract


@pytest.mark.parametrize("text, gone, kept", [
    ("推动洋浦保税港区、海口综合保税区创建跨境电商综合示范区，设立海口美兰空港综合保税区，争取设立国家级海口新区，"
     "加快洋浦国际能源交易中心、博鳌机场口岸建设，推动三沙口岸开放。",
     {"洋浦保税港区"}, {"洋浦国际能源交易中心"}),  # 海南 2017
    ("汕尾港口岸海丰港区、陆丰港区扩大对外开放获国务院批准，国际贸易“单一窗口”平台实现区域通关业务全覆盖。",
     {"汕尾港口岸海丰港区", "陆丰港区", "海丰港区"}, set()),  # 汕尾 2021
    ("加快临港产业园、石化园区、三百门新港区、金狮湾港区等规划修编，抓好各县区产业园区总体规划、控制性详细规划编制。",
     {"三百门新港区", "金狮湾港区"}, set()),  # 潮州 2015
    ("加快建设福州外港罗源湾集装箱深水港区、厦门港区及沿海港口，抓好武夷山机场二期等机场扩建、新建工程。",
     {"福州外港罗源湾集装箱深水港区", "厦门港区"}, {"武夷山机场二期"}),  # 福建 2001
    ("挖潜改造闽江口内港区，提升港口集疏运能力。", {"闽江口内港区"}, set()),  # 福州 2006
    # works inside a port area and phases of port works stay
    ("加快推进东海岛铁路宝满港区、东海岛港区专用线和粤海铁路专用线前期工作。",
     {"东海岛铁路宝满港区"}, {"东海岛港区专用线", "粤海铁路专用线"}),  # 湛江 2020
    ("江口港区三期、长九码头一期建成运营。", set(), {"江口港区三期", "长九码头一期"}),  # 池州 2020
    ("开工池州港江口港区四期、童埠港区改扩建工程，加快秋浦河航道整治，建成青通河航道整治工程，推进九华山机场改扩建。",
     set(), {"池州港江口港区四期", "童埠港区改扩建工程"}),  # 池州 2020
    # named among projects in its clause: kept (as the zones of round 15b)
    ("加快推进襄阳新港小河港区、陈埠港区等重点项目建设。", set(), {"襄阳新港小河港区", "陈埠港区"}),  # 襄阳 2016
])
def test_bare_port_areas_are_zones(text, gone, kept):
    projects = extract(text)["projects"]
    assert not projects & gone
    assert kept <= projects


@pytest.mark.parametrize("name, dropped", [
    ("吉达港区", True), ("东疆保税港区首期", True), ("钦州保税港区", True), ("航空港区", True),
    ("南沙港区三期", False), ("梅山港区集装箱码头", False), ("徐圩港区防波堤", False), ("太平湾港", False),
    ("洋山深水港区三期工程", False), ("泰安港", False),
])
def test_port_area_names(name, dropped):
    assert port_area(name) is dropped
