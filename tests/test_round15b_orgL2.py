"""Round 15b (orgL2, organizations; patterns counted on 200 random corpus reports, seed 1513).

Fix 1: a branch named by its parent institution and a place is one name (清华长三角研究院宁波分院, 电研院汕尾分院,
中科院沈阳分院, …医院德阳分院): 分院 is a head (a facility after a hospital's or school's name, so a branch built or
extended is a project; an institution's otherwise), a branch word after a head takes its division whatever follows
(加快发展, 规划建设, 在西安落地), and 中科院 + a division + 分院 is the Academy's branch. 27 of the 200 reports name a branch
after an institution (eval/corpus_samples/orgL/round15b/count.py, branch_check.py).

Fix 2: a verb of the clause is not the start of a name (受邀加入国际葡萄与葡萄酒城市联盟, 整合市中医院、蒙医院医疗资源,
申建合肥陆港保税物流中心): the verbs organization names of the 200 reports started with (20 reports) are stripped as leads
(kg/data/entity_verbs.txt).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file; the
expected names follow ../shared/gold/GUIDELINES.md and the studied sets' branches named whole (兵科院宁波分院,
中科院工程热物理所大同分所, 国家技术转移西南中心广安分中心).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

ORGS = [
    # 锦州 2024
    ("深化与中科院沈阳分院、松山湖材料实验室等高水平科研院所合作，促进更多科技成果在锦转化应用。", "中科院沈阳分院"),
    # 汕尾 2023
    ("加强与大院大所产学研合作，更好发挥电研院汕尾分院、汕尾农科院、海洋产业研究院等公共平台作用，设立市级企业研发中心15家。",
     "电研院汕尾分院"),
    # 宁波 2016
    ("加快新材料科技城建设，支持中科院宁波材料所、中国兵科院宁波分院等平台做大做强，争创国家自主创新示范区。", "中国兵科院宁波分院"),
    # 西安 2024
    ("全面构建高水平研究机构和实验室体系，推动白俄罗斯国家科学院中国分院在西安落地，探索建立重大科技基础设施“沿途下蛋”机制。",
     "白俄罗斯国家科学院中国分院"),
    # 鄂尔多斯 2018
    ("成立全市众创空间联盟，设立内蒙古煤基新材料研究院、中国生产力学院鄂尔多斯分院，新增院士工作站2家。", "中国生产力学院鄂尔多斯分院"),
    # 苏州 2022: an institute's branch 落户 stays an organization
    ("中国工业互联网研究院江苏分院、量子科技长三角创新中心等平台载体落户我市。", "中国工业互联网研究院江苏分院"),
]


@pytest.mark.parametrize("text,name", ORGS)
def test_branch_named_whole(text, name):
    found = extract(text)
    assert name in found["organizations"], found
    assert name not in found["projects"]


PROJECTS = [
    # 德阳 2021
    ("积极推进成德优质学校深度融合，加快推动成都师范学院德阳校区落地，加快建设成都中医药大学附属医院德阳分院。",
     "成都中医药大学附属医院德阳分院", "成都中医药大学附属医院"),
    # 福州 2024
    ("推动中医药传承创新，力争市中医院五四北分院主体封顶。", "市中医院五四北分院", "市中医院"),
    # 厦门 2021: a hospital's branch extended stays a project
    ("加快推进四川大学华西厦门医院等项目建设，扩建厦门大学附属第一医院杏林分院，增加床位800张。",
     "厦门大学附属第一医院杏林分院", "厦门大学附属第一医院"),
]


@pytest.mark.parametrize("text,name,cut", PROJECTS)
def test_hospital_branch_built_is_a_project(text, name, cut):
    found = extract(text)
    assert name in found["projects"], found
    assert name not in found["organizations"]
    assert cut not in found["projects"] | found["organizations"]


NOT_FOUND = [
    "推动成都高校、科研院所在德阳设立分校分院，加快建设成德同城化。",  # 德阳 2021: no named branch
    "许多过去不识字或者识字不多的，现在却成了中国农业科学院或者省分院（所）的研究人员。",  # 国务院 1960
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_bare_branch_word_names_nothing(text):
    found = extract(text)
    assert not any(n.endswith("分院") for n in found["organizations"] | found["projects"]), found


VERB_LEADS = [
    # 银川 2025
    ("受邀加入国际葡萄与葡萄酒城市联盟，百瑞源晋升全区枸杞产业链主。", "国际葡萄与葡萄酒城市联盟", "organizations"),
    # 巴彦淖尔 2022
    ("整合市中医院、蒙医院医疗资源，推动与首都医科大学附属北京中医医院建设国家区域医疗中心。", "市中医院", "organizations"),
    # 湖州 2014
    ("实施尿毒症患者血透服务提升工程，增强市中心医院、市中医院、市第一医院以及县区医院血透服务能力，新增血透机60台。", "市中心医院",
     "organizations"),
    # 镇江 2014
    ("整合市妇幼保健院和市儿童医院。", "市妇幼保健院", "organizations"),
    # 济南 2019
    ("高标准规划建设政务服务中心、文化艺术中心、体育活动中心、核心区中央公园，加快申建黄河国家湿地公园。", "黄河国家湿地公园", "projects"),
]


@pytest.mark.parametrize("text,name,kind", VERB_LEADS)
def test_clause_verb_is_no_part_of_a_name(text, name, kind):
    found = extract(text)
    assert name in found[kind], found
    assert not any(n.endswith(name) and n != name for n in found["organizations"] | found["projects"]), found


def test_event_attended_is_no_project():
    # 南平 2019: the events of 积极参加… are attended, not hosted
    found = extract("大力推进“一把手”招商，积极参加首届进博会、首届数字中国建设峰会、“6·18”项目成果交易会、“9·8”投洽会、2018两岸企业家峰会，成功举办第14届中国茶业经济年会。")
    assert not any("两岸企业家峰会" in n for n in found["projects"] | found["organizations"]), found
