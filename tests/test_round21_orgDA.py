"""Round 21 (orgDA, organizations; 200 random corpus reports, seed 2107).

A school, university, institute or bank being prepared, founded or applied for (筹建 筹办 筹设 创办 申办, the name after
the verb or before it) is an organization, as a body set up (成立 组建) is since round 20; a kind (合作筹建产业技术研究院,
工业（产业）技术研究院, 村镇银行, 淮安综合性大学) is not. Counted by eval/corpus_samples/orgL/round21/scan_raw.py (frame
`prepare`; kg/extract/entities/round21_orgs.py).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 陕西 2016: a university being prepared, found by no rule before
    ("加快筹建西北医科大学，支持陕西中医药大学创建全国一流中医高校，支持铜川与北京中医药大学联合办学。", {"西北医科大学"}),
    # 武汉 2004: one formed (round 20), one prepared
    ("加强农村义务教育，继续抓好中小学薄弱学校建设，加快优质高中和重点职业学校建设，组建武汉商学院，积极筹建武汉软件学院。",
     {"武汉商学院", "武汉软件学院"}),
    # 镇江 2014: 高等 and 现代 inside a college's name
    ("筹建镇江现代装备高等职业技术学院，建立镇江市开放大学。", {"镇江现代装备高等职业技术学院", "镇江市开放大学"}),
    # 镇江 2014: a school founded (read as a project before)
    ("稳步推进校车公交化改革，创办镇江第一外国语学校、恢复崇实女子中学，东方技校投入运行。", {"镇江第一外国语学校"}),
    # 南昌 2018
    ("筹建南昌健康职业技术学院。", {"南昌健康职业技术学院"}),
    # 淮安 2014: 获批 before the verb
    ("获批筹建江苏护理职业技术学院，新增3所国家中等职业教育改革发展示范学校，高校人才培养质量和产学研合作水平不断提升。",
     {"江苏护理职业技术学院"}),
    # 河源 2021: two colleges in a list after 筹设
    ("推进筹设河职院卫生健康学院、鲲鹏学院，加快推进市中小学生综合实践基地、市教师发展中心、市青少年宫等建设。",
     {"河职院卫生健康学院", "鲲鹏学院"}),
    # 杭州 2012: an institute beside an alliance (与)
    ("筹建太阳能光伏研究院与新能源技术创新联盟。", {"太阳能光伏研究院", "新能源技术创新联盟"}),
    # 衡阳 2025: the name before 筹建 (read as a project before)
    ("着力扶持在衡高校做强做优，推动船山学院转设、衡阳科技职业学院建设，推进衡阳理工职业学院筹建，以高校“百亿新投资”带动十万师生新集聚。",
     {"衡阳理工职业学院"}),
    # 酒泉 2023
    ("加快创办酒泉职业技术大学，推进职业教育产教融合示范区建设。", {"酒泉职业技术大学"}),
]

NOT_FOUND = [
    # 吉林 2016: a kind of institute prepared with partners
    ("深化产学研协同创新，与中科院、吉林大学等域外高校院所合作筹建产业技术研究院，推动驻吉高校与本地市场深度融合。",
     {"产业技术研究院", "合作筹建产业技术研究院"}),
    # 定西 2021: a kind with a bracket
    ("加快筹建工业（产业）技术研究院。", {"工业（产业）技术研究院", "技术研究院"}),
    # 海南 2009: kinds of banks and companies founded
    ("鼓励有实力的金融机构在我省设立分支机构，创办村镇银行、小额贷款公司和担保公司；", {"村镇银行"}),
    # 淮安 2014: a kind of university
    ("开工建设淮安开放大学，积极筹建淮安综合性大学。", {"淮安综合性大学"}),
    # 镇江 2014: a later item that opens with another verb is no item of the list
    ("稳步推进校车公交化改革，创办镇江第一外国语学校、恢复崇实女子中学，东方技校投入运行。", {"恢复崇实女子中学"}),
    # 广东 2005: events prepared, not a body
    ("积极筹办2010年广州亚运会、第24届亚奥理事会代表大会、第八届全国大学生运动会。", {"第八届全国大学", "全国大学"}),
]


@pytest.mark.parametrize(("text", "must"), FOUND)
def test_body_being_founded_is_an_organization(text: str, must: set) -> None:
    got = extract(text)
    assert must <= got["organizations"], got
    assert not (must & got["projects"]), got


@pytest.mark.parametrize(("text", "must_not"), NOT_FOUND)
def test_a_kind_being_founded_is_no_organization(text: str, must_not: set) -> None:
    assert not (must_not & extract(text)["organizations"])
