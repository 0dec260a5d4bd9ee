"""Round 19 (orgAA, organization recall; 200 random corpus reports, seed 1904).

Fix 1: an item of a list whose peer is a found organization is an organization too when it ends in the head of a body
(实验室 研究院 学院 职院 大学 创新中心 工作站 公司 集团 …) and its stem names one (a place, a proper name, a word that is no
everyday word: 甘蔗生物育种, 碳纤维产业技术, 百度网讯科技); items after 及/和 and first items behind the clause's lead verb
count (深入推进郑州大学、河南大学…), and a peer read as a project becomes the body (华立学院 of 支持南方职院、…、华立学院、华商职院
等加快建设). Kinds of a list stay out (金融租赁公司, 制造业创新中心, 博士后工作站, 国家重点工程（技术）研究中心), and so do bodies to
be created (筹建…大学) and the items of a list of works (…等数据中心以及…等项目全面开工). Counted by
eval/corpus_samples/orgL/round19/scan_list_items.py (10 names in 10 of 200 reports).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 广西 2026: the middle item of a list of laboratories
    ("加快建设广西海洋实验室、甘蔗生物育种实验室、陆海通道工程全寿命安全实验室。", {"甘蔗生物育种实验室"}, set()),
    # 江门 2021: a college of a list of colleges, not a works
    ("支持南方职院、广东邮电职院、华立学院、华商职院等加快建设。", {"华立学院", "华商职院"}, set()),
    # 河南 2023: the first item behind the clause's lead verbs
    ("深入推进郑州大学、河南大学“双一流”建设，支持第二梯队7所高校11个学科创建工作。", {"郑州大学", "河南大学"}, set()),
    # 锦州 2023: a partner before 及
    ("与百度网讯科技公司及锦州医科大学、东软集团、奇安信科技集团开展战略合作，东软集团数字医疗项目签约落地。",
     {"百度网讯科技公司", "锦州医科大学", "东软集团"}, set()),
    # 青岛 2015: an institute set up with a museum
    ("加快市文化艺术中心、市博物馆等项目建设，成立青岛文化研究院和中国水彩画博物馆。", {"青岛文化研究院"}, set()),
    # 赣州 2023: a national key laboratory named by its field
    ("争取获批组建国家稀土技术创新中心、稀土全国重点实验室，重组“重大疾病新药靶发现及新药创制”全国重点实验室。",
     {"稀土全国重点实验室"}, set()),
    # 西宁 2022: an innovation centre among laboratories
    ("扶持多能互补绿色储能国家重点实验室、碳纤维产业技术创新中心、锂离子正极材料工程技术研究中心建设。",
     {"碳纤维产业技术创新中心"}, set()),
]

KINDS = [
    # 湖北 2022: kinds of centres to be created
    ("积极创建国家技术创新中心、产业创新中心、制造业创新中心、工程研究中心。", set(), {"制造业创新中心", "产业创新中心"}),
    # 郑州 2024: universities being prepared — organizations since round 21 (orgDA: dev18, dev21, dev23 golds list bodies
    # being founded, 筹建/筹办, as organizations; round21_orgs)
    ("继续支持郑大、河大“双一流”建设，支持中原工学院等高校筹建河南电子科技大学、郑州航空航天大学；",
     {"河南电子科技大学", "郑州航空航天大学"}, set()),
    # 通化 2016: kinds of workstations
    ("加快建设国家重点实验室、企业技术中心和中试中心、院士和博士后工作站等服务平台，培育创客空间等新型孵化器。", set(),
     {"博士后工作站", "国家重点实验室"}),
    # 呼和浩特 2023: a bank's data centre of a list of works
    ("中国农业银行、内蒙古农信社、移动二期、电信二期等数据中心以及新华三中央实验室等项目全面开工。", set(), {"中国农业银行"}),
    # 泉州 2016: kinds of banks and companies
    ("建设金融业态集中区，争取获批民营银行、金融租赁公司，做大做强泉州银行，推动准金融机构创新发展。", {"泉州银行"},
     {"金融租赁公司"}),
    # 新疆 2011: kinds of research centres
    ("加快国家重点工程（技术）研究中心、国家重点（工程）实验室、国家地方联合技术创新平台和企业技术中心建设。", set(),
     {"国家重点工程（技术）研究中心", "企业技术中心"}),
    # 黄冈 2025: a sector's innovation centre
    ("搭建大别山道地药材重点实验室、装配式建筑创新中心等高能级科创平台。", set(), {"装配式建筑创新中心"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOUND + KINDS)
def test_peers_of_found_bodies(text: str, must: set[str], must_not: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert must <= orgs, (must - orgs, orgs)
    assert not must_not & orgs, (must_not & orgs, orgs)


def test_peer_college_is_no_works() -> None:
    """华立学院 was a project among colleges that are organizations: it is an organization only."""
    assert "华立学院" not in extract("支持南方职院、广东邮电职院、华立学院、华商职院等加快建设。")["projects"]
