"""Round 23 (orgGA): a named college or university read as a project where the text speaks of the school's running is an
organization; a school being built or put into use stays a project.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round23_orgGA/README.md.
"""

import pytest

from tests.spans import entity_kinds

_kinds = entity_kinds


# (sentence, organizations that must be found) — 福州 2011, 长沙 2026, 鸡西 2021, 吉林 2019, 石嘴山 2020, 曲靖 2020,
# 江门 2021, 黔西南 2023, 吉安 2025, 青海 2019
FOUND = [
    ("加强高水平大学和重点学科建设，提升闽江学院、职业技术学院办学水平。", {"闽江学院"}),
    ("争取国家布局文化和科技融合类研究机构，办好长沙文化科技大学。", {"长沙文化科技大学"}),
    ("推动黑龙江工业学院、黑龙江技师学院与城市发展深度融合，培养更多高质量人才。", {"黑龙江工业学院", "黑龙江技师学院"}),
    ("继续支持吉林大学、东北师范大学建设，推进省部共建延边大学。", {"延边大学"}),
    ("推动普通高中教育特色发展、职业教育产教融合，建好石嘴山工贸职业技术学院，加快宁夏理工学院发展。", {"宁夏理工学院"}),
    ("曲靖职业技术学院建成招生，曲靖医专马龙校区建设积极推进。", {"曲靖职业技术学院"}),
    ("全力推进五邑大学建设高水平理工科大学，布局建设高水平特色学科。", {"五邑大学"}),
    ("推动州技师学院独立办学，探索建设技工教育联盟。", {"州技师学院"}),
    ("积极推动吉安职业技术学院“双高”建设。", {"吉安职业技术学院"}),
    ("深化部省合建青海大学，开启省校共建青海师范大学新模式。", {"青海大学"}),
    # fix 1b: a school nothing found before (荆门 2021, 巴彦淖尔 2016, 宁波 2004)
    ("支持荆楚理工学院发展成为高水平应用型大学。", {"荆楚理工学院"}),
    ("全面实施了十二年免费教育，投资21亿元新改扩建和加固校舍105万平方米，河套学院升本成功，占地1080亩的新校区即将完工投用。",
     {"河套学院"}),
    ("积极做好宁波大学申报博士点、宁波高专升本科、宁波护理学院（暂名）组建工作。", {"宁波高专"}),
]

# (sentence, school that must stay a project and not be an organization: built, moved, put into use) — 临沧 2023,
# 荆门 2021, 邵阳 2021, 石嘴山 2020, 丽水 2021, 文山 2023
NOT_FOUND = [
    ("全力支持滇西科技师范学院提升办学水平，持续深化与滇西应用技术大学合作办学，推进临沧职业学院项目建设。", "临沧职业学院"),
    ("推进建设湖北通航职业技术学院、荆门城市职业技术学院。", "湖北通航职业技术学院"),
    ("推进建设湖北通航职业技术学院、荆门城市职业技术学院。", "荆门城市职业技术学院"),
    ("扎实推进公办幼儿园、乡村小规模学校、乡村寄宿制学校等项目建设，加快邵阳职教新城和湘中职业技术学院建设。", "湘中职业技术学院"),
    ("推动普通高中教育特色发展、职业教育产教融合，建好石嘴山工贸职业技术学院，加快宁夏理工学院发展。", "石嘴山工贸职业技术学院"),
    ("完成市实验学校、天宁中学、长岗背小学由上海世外托管办学，建成丽水学院松阳校区、丽水技师学院，落地丽水国际学校。", "丽水技师学院"),
    ("支持文山学院搬迁建设。", "文山学院"),
    # fix 1b: a kind of school, not a name (浙江 2016, 东莞 2011, 福州 2011, and a policy's title)
    ("推进高等职业院校产教融合、校企合作，支持有条件的高校建设一流大学、一流学科。", "一流大学"),
    ("高考每万户籍人口升大学人数居全省首位。", "高考每万户籍人口升大学"),
    ("加强高水平大学和重点学科建设，提升闽江学院、职业技术学院办学水平。", "职业技术学院"),
    ("出台加快高水平大学建设、深化教师队伍建设改革、促进民办教育高质量发展等政策意见。", "高水平大学"),
]


@pytest.mark.parametrize("text,names", FOUND)
def test_school_running_is_organization(text: str, names: set[str]) -> None:
    k = _kinds(text)
    assert names <= k.get("organization", set())
    assert not names & k.get("project", set())


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_school_being_built_is_no_organization(text: str, name: str) -> None:
    assert name not in _kinds(text).get("organization", set())
