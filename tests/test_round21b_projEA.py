"""Round 21b (projEA): named schools, hospitals and halls of a 、 list share the last item's works word
(kg/extract/entities/round18c_lists.py, BUILDING). Excerpts from corpus reports, never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 台州市 2021: both schools are moved (the base left 永宁中学 bare beside 永宁中学迁建)
    ("推进义务教育共同体建设，加快永宁中学、三梅中学迁建等项目建设。", {"永宁中学迁建", "三梅中学迁建"}, {"永宁中学"}),
    # 东莞市 2011: two schools extended (the base found neither)
    ("市信息职业技术学校、石龙中学、万江中学、厚街专业技术学校、市卫生学校，完成市第五高级中学、长安职业高级中学扩建工程，基本完成职教城一期工程建设。",
     {"市第五高级中学扩建工程", "长安职业高级中学扩建工程"}, set()),
    # 晋中市 2021: the first hospital of the list
    ("加快市传染病医院、市中医院改扩建和晋中四院建设进度，", {"市传染病医院改扩建", "市中医院改扩建"}, {"市传染病医院"}),
    # 宁波市 2005: three hospitals extended (急救中心, a bare 中心, stops the second run)
    ("抓紧实施市第一医院、第二医院、妇儿医院扩建和市中医院、急救中心、鄞州人民医院迁建。",
     {"市第一医院扩建", "第二医院扩建", "妇儿医院扩建"}, {"市第一医院", "第二医院"}),
    # 呼和浩特市 2016: two hospitals moved, before 及
    ("完成市第一医院、口腔医院迁建及五个旗县中心医院改扩建等一批医疗卫生项目，", {"市第一医院迁建", "口腔医院迁建"}, {"市第一医院"}),
]

NOT_CHANGED = [
    # 文山州 2022: the list goes on after 迁建 with an item of its own works: 迁建 is the CDC's only
    ("加快推进州妇女儿童医院、州疾控中心迁建、州中医医院医养结合等项目建设。", {"州妇女儿童医院", "州疾控中心迁建"},
     {"州妇女儿童医院迁建"}),
    # 厦门市 2007: a new block is built, not moved
    ("加快中山医院内科大楼、口腔医院迁建等项目前期工作。", {"中山医院内科大楼"}, {"中山医院内科大楼迁建"}),
    # 莆田市 2023: new schools named after a university (two institution heads) beside an extended one
    ("建设北京大学附属中学莆田学校、福建师范大学仙游附属学校、莆田二中扩建等项目，",
     {"福建师范大学仙游附属学校", "莆田二中扩建"}, {"福建师范大学仙游附属学校扩建"}),
    # 张家界市 2014: kinds of schools, not named ones
    ("大力实施合格学校、薄弱学校改造等工程建设，", set(), {"合格学校改造", "薄弱学校改造"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_CHANGED)
def test_building_works(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)
