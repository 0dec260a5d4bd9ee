"""Round 17c (projT): named works ending in 工程 are projects, not programs (kg/extract/entities/round17c_works.py).
Excerpts from corpus reports (seed 1722's 200), never from a gold file's passage."""
import pytest

from kg.extract.entities.round17c_works import works_name
from tests.test_entities import extract

# a named place, river, lake or road + a works word + 工程: one work, a project (and no program)
WORKS = [
    # 开封市 2014
    ("深化惠济河综合整治，启动贾鲁河综合整治工程。", {"贾鲁河综合整治工程"}),
    # 咸阳市 2014: an item of a list of reservoirs
    ("水利设施完成投资22.2亿元，东庄水库、羊毛湾水库供水工程顺利开工，亭口水库、红岩河水库、渭河综合治理工程进展良好，"
     "解决了56.6万人饮水不安全问题。", {"渭河综合治理工程"}),
    # 阜新市 2022: a road's extension
    ("启动东风路东延工程，改造煤城路等7条主要街路。", {"东风路东延工程"}),
    # 新余市 2021: a named ring road linked
    ("全力推进省级城乡融合发展试验区建设，大力实施环城路连通工程，推动创业大道、观分线、省道221上新段升级改造，"
     "进一步提升以城带乡能力。", {"环城路连通工程"}),
    # 广西壮族自治区 2017: water resource allocation of a named place
    ("推进百色水库灌区和洋溪水利枢纽、玉林龙云水资源配置工程前期工作。", {"玉林龙云水资源配置工程"}),
]


@pytest.mark.parametrize("text,found", WORKS)
def test_named_works_with_gongcheng_are_projects(text, found):
    got = extract(text)
    assert found <= got["projects"], got["projects"]
    assert not (found & got["programs"]), got["programs"]


# a field, a kind of area, a rank or quotes: a campaign, left a program
CAMPAIGNS = [
    # 新余市 2021: the town's water network, no named work
    ("加快推进城区水系连通工程，全力做好以水润城文章。", "城区水系连通工程"),
    # 长春市 2023
    ("加快实施水系连通工程，争创国家海绵城市建设示范市。", "水系连通工程"),
    # 长沙市 2016: a quoted rank (一号重点工程) is the province's campaign
    ("强力实施湘江保护与治理“一号重点工程”，主城区101个排水口实现全面截污。", None),
]


@pytest.mark.parametrize("text,program", CAMPAIGNS)
def test_field_campaigns_with_gongcheng_stay_programs(text, program):
    got = extract(text)
    assert not any(p.endswith("工程") for p in got["projects"]), got["projects"]
    if program:
        assert program in got["programs"], got["programs"]


@pytest.mark.parametrize("name,works", [
    ("珠江三角洲水资源配置工程", True), ("韩江榕江练江三江连通工程", True), ("湛江分干线工程", True),
    ("水资源配置工程", False), ("农村人居环境整治工程", False), ("古城保护修复工程", False),
    ("历史遗留矿山生态修复中央示范工程", False), ("谋划五河一库水生态修复工程", False),
])
def test_works_name(name, works):
    assert works_name(name) is works
