"""Round 16b (projP): a sector or field word listed before 等…项目 is a kind of industry, not one project's name
(kg/data/entity_sectors.txt). Excerpts from corpus reports outside the 200 of seed 1603 (fresh seed 1604)."""
import pytest

from tests.test_entities import extract

CASES = [
    # 青岛市 2021
    ("引进一批5G、人工智能、传感器、大数据、区块链等产业项目，推动产业数字化发展。",
     set(), {"人工智能", "大数据", "区块链"}),
    # 南平市 2021
    ("加速南平市大数据中心、市域社会治理智能化示范基地等60个新基建和城乡供水一体化、乡镇便捷通高速等54个老基建重点项目建设，"
     "抓好医疗、养老、教育、文化等60个社会民生重点项目建设，加快实施泰盛纸业、三爱富含氟聚合物及配套原料生产等232个超亿元产业项目。",
     {"南平市大数据中心"}, {"养老", "教育"}),
    # 中山市 2021
    ("高标准推进岐江新城开发建设，统筹做好控规编制和地下空间设计，推进重点片区土地整备，着力引进总部经济、现代商贸、金融服务、"
     "文化创意等项目，打造城市未来新客厅。",
     set(), {"文化创意"}),
    # 博尔塔拉蒙古自治州 2016
    ("大力引进精梳纱、高支纱、产业用纺织品、服装等项目，促进纺织服装产业向精细化、多样化、高端化发展。",
     set(), {"服装"}),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_sector_words_are_not_projects(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
