"""Round 20 (progBA, programs; dev21's programs cause 3 `重点实施京津风沙源治理二期、…、三北防护林、京冀水源林等生态工程`,
`完成“三北”防护林、公益林等造林工程`, and projects cause 4, the same names read as projects): the national ecological
programmes (kg/data/round20_ecological_programs.txt) named without a program word are programs, and the peers of an
ecological `等…工程` list holding one that were read as projects become programs; counted on 200 random corpus reports (seed
2003, eval/corpus_samples/entN/round20/).

Each case is a sentence of a corpus report outside those 200 (place and year in the comment). Guards: the name that only
qualifies what follows (天然林保护区), the forest itself (培育…沿海防护林等生态公益林, 严格保护…沿海防护林), a kind of forest or forestry
work in the list (生态公益林, 森林抚育) stays no program.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (sentence, programs that must not be found, programs that must be found, projects that must not be found)
PROGRAMMES = [
    ("加紧建设京津风沙源治理、首都水资源可持续利用、退耕还林（草）和“三北”防护林等工程，搞好封山育林和禁牧工作。",
     set(), {"京津风沙源治理", "三北防护林"}, {"京津风沙源治理", "三北防护林"}),  # 河北 2003
    ("推进永定河综合治理与生态修复，加快京津风沙源治理二期等生态工程建设。", set(), {"京津风沙源治理二期"},
     {"京津风沙源治理二期"}),  # 北京 2018
    ("加大退耕还林还草、湿地保护以及盐碱地改造和植被恢复的力度，搞好天然林资源保护工程、“三北”防护林建设和植树造林，防范和治理荒漠化。",
     set(), {"天然林资源保护工程", "三北防护林"}, set()),  # 黑龙江 2003
    ("坚持立草为业、草业先行，实施退牧还草工程，加大农区饲草料种植。", set(), {"退牧还草工程"}, set()),  # 西藏 2009
    ("加快实施天然林保护修复、三北防护林六期等重点生态建设工程。", set(), {"天然林保护修复", "三北防护林六期"},
     {"天然林保护修复", "三北防护林六期"}),  # 天水 2021
    ("深入推进天然林保护、退耕还林、长江防护林等重点生态工程，加强三峡库区、丹江口库区和汉江中下游生态保护和水污染防治。",
     set(), {"天然林保护", "退耕还林", "长江防护林"}, {"长江防护林"}),  # 湖北 2014
    ("天然林保护二期、三北防护林五期、野生动物保护和自然保护区、湿地保护等工程进展顺利。", set(),
     {"天然林保护二期", "三北防护林五期"}, {"三北防护林五期"}),  # 新疆 2014
    ("风沙严重危害区，要通过实施三北防护林建设四期工程，加大沙漠化土地综合治理的力度，巩固和扩大沙漠化逆转的成果。", set(),
     {"三北防护林建设四期工程"}, {"三北防护林建设四期工程"}),  # 宁夏 2002
    # guards: the name qualifies what follows; the forest itself; a kind of forest in the list
    ("继续抓好天然林保护、重点防护林、防沙治沙、自然保护区等生态工程建设，保质保量完成退耕还林任务。", {"防沙治沙"}, {"天然林保护"},
     set()),  # 河南 2004
    ("加强生态保护，推进生态功能区、自然保护区、天然林保护区建设，广泛开展生态县（市、区）、生态园区创建活动。",
     {"天然林保护"}, set(), set()),  # 乐山 2014
    ("保护好阳春鹅凰嶂、阳西程村红树林等自然保护区，培育水源涵养林、沿海防护林等生态公益林。", {"沿海防护林"}, set(),
     set()),  # 阳江 2014
    ("抓好退耕还林巩固、生态公益林、天然林保护、石漠化治理等重点生态工程建设，继续推进旅游景区、公路两旁、河道两岸、城镇周边等重点区域造林绿化。",
     {"生态公益林", "石漠化治理"}, {"天然林保护"}, set()),  # 湘西 2021
]


@pytest.mark.parametrize(("text", "absent", "present", "not_projects"), PROGRAMMES)
def test_ecological_programmes(text: str, absent: set[str], present: set[str], not_projects: set[str]) -> None:
    found = extract(text)
    assert not absent & found["programs"], found["programs"]
    assert present <= found["programs"], found["programs"]
    assert not not_projects & found["projects"], found["projects"]


PEERS = [
    # (sentence, programs that must be found and not be projects, names that must not be programs)
    ("实施好京津风沙源治理二期、十大孔兑综合治理等重点生态工程，加快重点区域绿化，完成造林130万亩、草原建设610万亩、水土流失治理180万亩。", {"京津风沙源治理二期", "十大孔兑综合治理"},
     set()),  # 鄂尔多斯 2014
    ("继续实施太行山绿化、京津风沙源治理、首都水资源可持续利用等重大生态工程。", {"太行山绿化", "京津风沙源治理", "首都水资源可持续利用"},
     set()),  # 河北 2007
    ("继续实施三江源二期、祁连山生态保护、退牧还草、天然林资源保护、“三北”防护林体系建设、草原生态修复、湿地保护、水土保持等重点生态工程。",
     {"三江源二期", "祁连山生态保护", "退牧还草", "天然林资源保护"}, {"湿地保护", "水土保持"}),  # 青海 2020
]


@pytest.mark.parametrize(("text", "present", "absent"), PEERS)
def test_peers_of_a_programme_list(text: str, present: set[str], absent: set[str]) -> None:
    """The peers of an ecological 等…工程 list holding a programme, read as projects, are programmes too (a named regional
    programme), but a kind of forestry work (湿地保护, 水土保持) is not."""
    found = extract(text)
    assert present <= found["programs"], found
    assert not present & found["projects"], found
    assert not absent & found["programs"], found
