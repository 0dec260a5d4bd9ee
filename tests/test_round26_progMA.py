"""Round 26 (progMA, programs; inventions across sets; kg/extract/entities/round26_programs.py).

Fix 1: a …工程 whose words name physical works (水源, 污水, 迁建, 排水, 供热, 湿地, 天然气, 干管 …: kg/data/round26_works_words.txt,
beyond round 14's heads.PHYSICAL) and that opens with a place (a place name by the tagger, a named river, road, lake or port, a
side of the city) is a project, not a program — program inventions the golds list as projects in dev16, dev19, dev20, dev22 and
dev23 (阴河新水源地工程, 北小沟污水综合治理工程, 黄河滩区迁建工程 …); of the gold names ending in 工程 over the official gold and
dev2 … dev28 the test marks 171 projects and 0 programs. On 200 random corpus reports (seed 2621): 25 program lines in 23
reports changed, 22 right, 2 half, 1 wrong.
Guards: a generic opening (农村饮水安全工程, 城中村改造工程, 入湖河道治理工程: programs), a count (两大长江提水工程), forestry for water
(水源涵养林工程), a verb read into the name (提速御河…: not a place), a quoted name.

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found, projects that must be found)
WORKS_CASES = [
    ("积极推进北郊二水厂、沱江备用水源工程建设。", {"沱江备用水源工程"}, set(), {"沱江备用水源工程"}),  # 泸州 2021
    ("加快推进东江饮用水水源保障工程前期工作。", {"东江饮用水水源保障工程"}, set(), {"东江饮用水水源保障工程"}),  # 河源 2023
    ("加快实施安肇新河人工湿地工程，持续完善城区市政污水管网体系，深化黑臭水体整治。",
     {"安肇新河人工湿地工程"}, set(), {"安肇新河人工湿地工程"}),  # 大庆 2023
    ("加快推进西村港污水干管工程和高新区福成新区排污管网建设工程。", {"西村港污水干管工程"}, set(), {"西村港污水干管工程"}),  # 北海 2021
    ("实施惠济河湿地、马家河湿地综合保护工程，涵养“城市绿肺”。", {"马家河湿地综合保护工程"}, set(),
     {"马家河湿地综合保护工程"}),  # 开封 2016
    ("推进滇池外海环湖湿地建设补充调整工程。", {"滇池外海环湖湿地建设补充调整工程"}, set(),
     {"滇池外海环湖湿地建设补充调整工程"}),  # 昆明 2011
    # guards: a generic opening, a count, forestry for water, a verb before the place, a quoted name
    ("巩固提升农村饮水安全工程，加强水质保障能力建设。", set(), {"农村饮水安全工程"}, set()),  # 益阳 2016
    ("“泽渝”工程和松溉、铜罐驿两大长江提水工程全面启动。", set(), {"泽渝工程"}, set()),  # 重庆 2006
    ("启动大别山区和新安江流域水源涵养林工程建设，加强江淮分水岭、矿区、采煤塌陷区等生态脆弱区综合治理。",
     set(), {"新安江流域水源涵养林工程"}, set()),  # 安徽 2012
]
# names that must not come out as projects (guards)
NOT_PROJECTS = [
    ("巩固提升农村饮水安全工程，加强水质保障能力建设。", {"农村饮水安全工程"}),  # 益阳 2016
    ("“泽渝”工程和松溉、铜罐驿两大长江提水工程全面启动。", {"两大长江提水工程", "泽渝工程"}),  # 重庆 2006
    ("提速御河十里河交汇处湿地修复工程，启动开源桥两岸生态修复工程。", {"提速御河十里河交汇处湿地修复工程"}),  # 大同 2022
]


@pytest.mark.parametrize("text,absent,present,projects", WORKS_CASES)
def test_works_programs(text, absent, present, projects):
    found = extract(text)
    assert not absent & found["programs"], found["programs"]
    assert present <= found["programs"], found["programs"]
    assert projects <= found["projects"], found["projects"]


@pytest.mark.parametrize("text,absent", NOT_PROJECTS)
def test_works_programs_guards(text, absent):
    assert not absent & extract(text)["projects"]


def test_works_name():
    from kg.extract.entities.round26_programs import works_name

    assert works_name("阴河新水源地工程") and works_name("黄浦江挡潮闸工程")
    assert not works_name("农村饮水安全工程") and not works_name("村村通自来水工程") and not works_name("“八水润西安”工程")
    assert not works_name("城中村改造工程") and not works_name("滨海湿地恢复工程")  # generic openings (200 reports, seed 2621)
    assert not works_name("入湖河道治理工程")  # the waters flowing into a lake: no named place (round 13's 昆明 2011 case)


def test_joined_works():
    """和 or 、 joins two works (the program is only dropped); 与 names one line between two places (it stays a project)."""
    from kg.extract.entities.round26_programs import JOINED

    assert JOINED.search("东海油气登陆和天然气利用工程") and not JOINED.search("东江与水库联网工程")
    assert {"东江与水库联网工程"} <= extract("推进供水管网改造，完成第六水厂优质供水工程，加快东江与水库联网工程。")["projects"]  # 东莞 2009
