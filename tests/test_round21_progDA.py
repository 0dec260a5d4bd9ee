"""Round 21 (progDA, program lists; 200 random corpus reports, seed 2104).

Short noun items before `<noun> + <process> + head` share the process and the head (kg/extract/entities/
round21_program_edges.py): `农村电商、乡村工匠、高素质农民培育工程` names three 培育工程, `排污权、用能权交易改革` two 交易改革,
not 排污权改革 (the item completed with the head alone) nor the last item only; items that end in a process of their
own take the head alone (城市商业提质、零售业创新提升工程 → 城市商业提质工程). Not when the process joins the items into
one program (联动改革), when the last item holds 和 (核准和审计制度), or when the items are places (a project's works).

Each case is a sentence of a corpus report outside the 200 (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

CASES = [
    # (text, must be found, must not be found)
    ("实施农村电商、乡村工匠、高素质农民培育工程，支持发展乡村民宿、农耕体验等乡村小微产业。",  # 广东 2021
     {"农村电商培育工程", "乡村工匠培育工程", "高素质农民培育工程"}, {"农村电商工程", "乡村工匠工程"}),
    ("推行节能量、碳排放权、排污权、水权交易制度。",  # 台州 2014
     {"节能量交易制度", "碳排放权交易制度", "排污权交易制度", "水权交易制度"}, {"碳排放权制度", "排污权制度", "节能量制度"}),
    ("深化排污权、用能权交易改革，落实全面节约战略，让绿色低碳成为社会新风尚。",  # 秦皇岛 2023
     {"排污权交易改革", "用能权交易改革"}, {"排污权改革"}),
    ("开展景区、度假区质量提升行动，打造雪地越野等新业态，支持更多景区创建国家级旅游度假区。",  # 吉林 2025
     {"景区质量提升行动", "度假区质量提升行动"}, {"景区提升行动"}),
    # items with a process of their own take the head alone
    ("实施稳岗扩容提质、职业技能提升行动，稳定高校毕业生、农民工等重点群体就业。",  # 长沙 2026
     {"稳岗扩容提质行动", "职业技能提升行动"}, {"稳岗扩容提质提升行动"}),
    ("实施城市商业提质、零售业创新提升工程，打造8市州多业态融合服务消费场景。",  # 青海 2025
     {"城市商业提质工程", "零售业创新提升工程"}, {"城市商业提质提升工程"}),
    # guards: a joining process (one reform), 和 in the last item, places sharing works
    ("协调推进医疗、医保、医药联动改革，全面实施医药分开，调整医疗服务价格，推进复合型医保支付方式改革。",  # 北京 2017
     set(), {"医疗联动改革", "医保联动改革"}),
    ("坚持用制度管权管事管人，健全财务预算、核准和审计制度，严控“三公”经费支出和楼堂馆所建设。",  # 厦门 2014
     set(), {"财务预算审计制度", "财务预算核准和审计制度"}),
    ("新疆非遗馆落成，乌拉泊古城向社会开放，文庙、巩宁城城墙遗址保护工程加快实施，让历史文化遗产瑰宝“活起来”；",  # 乌鲁木齐 2025
     set(), {"文庙保护工程", "文庙城墙遗址保护工程"}),
]


@pytest.mark.parametrize("text,must,must_not", CASES)
def test_shared_tails(text: str, must: set[str], must_not: set[str]) -> None:
    found = extract(text)["programs"]
    assert must <= found, (must - found, found)
    assert not (must_not & found), (must_not & found, found)
