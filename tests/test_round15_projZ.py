"""Round 15 (projZ, project recall; counted on 200 random corpus reports, seed 1501): the items of lists closed by
等…项目/工程 or 等…活动 that did not come out.

Each case is a sentence of a corpus report (not a passage of a gold file); the expected names follow
../shared/gold/GUIDELINES.md (projects: named works, companies' projects of a list of projects, events hosted).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# fix 1: a short list with as many named items as unnamed ones: each name-like item is a project
FEW_PEERS = [
    ("全力加快中联重科、盐湖特立镁等342个项目建设，力争奥克斯智能产业园、瑞斯康达智能制造等项目投产。",
     {"中联重科", "盐湖特立镁"}),  # 马鞍山 2022
    ("集中开工11批80个重点项目，双桦汽配、市文化艺术中心主体工程等项目全面建成。",
     {"双桦汽配"}),  # 黄山 2021
    ("成功举办富硒农产品博览会、富硒百香果电商节、林产品展销会、汽车展销会等活动。",
     {"富硒农产品博览会", "林产品展销会"}),  # 贵港 2018
]


@pytest.mark.parametrize("text,names", FEW_PEERS)
def test_few_peers_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# …but not a zone among them, a phrase holding 等 or 一批, nor partners of a cooperation
NOT_PEERS = [
    ("科技成果展示交易线上平台建成运营，京津冀大数据综合试验区、西青电子城等项目进展顺利。",
     "京津冀大数据综合试验区"),  # 天津 2019
    ("人工智能、生物医药、新能源新材料等新兴产业加快发展，腾讯、华为等大数据中心和新松机器人、中核质子医疗、三峡新能源等项目相继落地。",
     "华为等大数据中心"),  # 天津 2019
    ("大机焦产量占焦炭总量的比重达76.4%，规划新上了一批焦炉煤气回收、煤焦油深加工等化产回收项目。",
     "新上了一批焦炉煤气回收"),  # 山西 2007
]


@pytest.mark.parametrize("text,name", NOT_PEERS)
def test_few_peers_not(text: str, name: str) -> None:
    found = extract(text)
    assert name not in found["projects"] | found["organizations"]
