"""Round 21 (projDC, projects): a port area named bare is a zone of a port, no project.

A port area (…港区: 博贺新港区, 吉达港区, 东疆港区, 前湾港区, 董家口港区) is a part of a port, planned, opened or built up over
years, like the zones round 15b drops (…开发区, …示范区); a bonded port area (…保税港区: 洋山保税港区, 钦州保税港区, 东疆保税港区首期)
is a customs zone. No gold set lists a bare port area as a project (official gold none; dev17 leaves out three `…港区获批开放`,
dev18 广澳港区, dev23 博贺新港区 `开港运营`, 吉达港区 `启动建设`, 东疆港区 `搞好…建设`, 东疆保税港区首期 `封关运作`), while they
list the works inside one (北港区主体工程, 京唐港区散货码头, 梅山港区集装箱码头, 徐圩港区防波堤, 宝满港区铁路专用线) and a phase of a
port area's works (洋山深水港区三期工程): so a name that ends in …港区 or in …保税港区 with a phase (首期, 一期 …) is dropped,
while …港区N期 (盐田港区二期, 南沙港区三期: a phase of port works) and every name with a works head after 港区 stay.
Counted on 200 random corpus reports (seed 2103, eval/corpus_samples/entM/round21_precision/scan_shapes.py, README.md there).
A name the rest of its clause counts among projects (…港区等项目, …港区和航道建设、…等工程项目) is kept by the caller.
"""

from __future__ import annotations

import re

PORT_AREA = re.compile(r"(?:港区|保税港区(?:首期|[一二三四五六]期))$")


def port_area(name: str) -> bool:
    """True for a project named as a bare port area (吉达港区, 东疆港区, 钦州保税港区, 东疆保税港区首期)."""
    return "港区" in name and PORT_AREA.search(name) is not None
