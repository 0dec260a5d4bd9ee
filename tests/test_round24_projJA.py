"""Round 24 (projJA): a named works that opens (开通, 开通运营, 开馆, 开园, 开港, 通航) and a field meeting of the country or a
province convened in the city (…现场会在Y召开, 承办全省…现场会) (kg/extract/entities/round24_projects.py).
Excerpts from corpus reports (seed 2401's 200 and a corpus grep for the list guard), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 北京市 2026: a station 开通运营 after a clause of another works
    ("高水平建设城市副中心，东六环入地改造工程建成通车，北京通州站开通运营，首旅集团等市属国企迁入副中心。", {"北京通州站"},
     set()),
    # 杭州市 2021: the same frame, a list of works before it stays as it was
    ("萧山国际机场三期工程、运河二通道项目快速推进，杭州南站开通运营。", {"杭州南站"}, {"杭州南站开通运营"}),
    # 山南市 2022: 实现 … 试通航, the goal verb no part of the name
    ("打造提升综合交通运输体系，加快建设贡嘎机场第二跑道，实现隆子支线机场试通航。", {"隆子支线机场"}, {"实现隆子支线机场"}),
    # 河北省 2022: a section of a railway 开通运营
    ("京沈客专京承段开通运营，京雄、京德高速公路建成通车。", {"京沈客专京承段"}, set()),
    # 江西省 2021: a port 开港
    ("昌北国际机场“一货站三中心”建成，九江航运交易中心投运，彭泽红光国际港开港，“深赣欧”班列开行；", {"彭泽红光国际港"}, set()),
    # 荆州市 2016: a water works 建成通航
    ("荆江航道整治一期工程完工，引江济汉工程建成通航，荆州组合港项目建设加快。", {"引江济汉工程"}, set()),
    # 怀化市 2023: a provincial field meeting 在怀召开
    ("全省乡村建设暨农村人居环境整治提升现场推进会在怀召开。", {"全省乡村建设暨农村人居环境整治提升现场推进会"}, set()),
    # 黔南州 2023: a national field meeting
    ("全国大豆玉米复合带状种植现场会在黔南召开。", {"全国大豆玉米复合带状种植现场会"}, set()),
    # 绍兴市 2025: 承办 + a provincial field meeting
    ("推进全国农村宅基地制度改革、乱占耕地建住宅专项整治等试点，承办全省土地综合整治工作现场会，上浦土地综合整治项目获评省级精品工程。",
     {"全省土地综合整治工作现场会"}, set()),
    # 乌海市 2020: 承办 + a regional field meeting
    ("承办全区工业园区高质量发展现场会。", {"全区工业园区高质量发展现场会"}, set()),
    # 邯郸市 2019: a 现场观摩推进会 in a long sentence
    ("鸡泽县、邱县、魏县列入全国农村一二三产业融合发展先导区创建单位，全国农业产业化联合体现场观摩推进会在我市召开。",
     {"全国农业产业化联合体现场观摩推进会"}, set()),
]

NOT_FOUND = [
    # 南宁市 2020: a line of flights opens, no works
    ("中越跨境集装箱班列（南宁—河内）开行111列，南宁—胡志明市全货机航线开通。", set(), {"南宁—胡志明市全货机航线"}),
    # 安顺市 2021: a hotline
    ("畅通政民互动渠道，12345政府服务热线开通运行。", set(), {"12345政府服务热线"}),
    # 呼和浩特市 2022: a train
    ("韵达、中通、圆通、九州通等物流项目开工建设，首列“青城号”中欧班列开通运行，获批商贸服务型国家物流枢纽城市。", set(),
     {"首列青城号中欧班列", "青城号中欧班列"}),
    # 汕尾市 2014: an online hall
    ("网上办事大厅建成开通，可受理1091项政务服务事项。", set(), {"网上办事大厅"}),
    # 莆田市 2023: a historic block 开街 (the golds disagree on 开街: dev4 lists 沿口古镇, dev9 not 湖滨步行街)
    ("兴化府历史文化街区实现开街，各界纷纷点赞，千年古街再启繁华；", set(), {"兴化府历史文化街区"}),
    # 常州市 2015: the city's own meeting (no scope before it)
    ("每月召开重大项目推进会，督查项目建设情况，及时协调解决项目推进中的难题。", set(), {"重大项目推进会"}),
    # 东莞市 2017: a list of meetings (projJB's ground): this rule reads no item of it
    ("全国智能制造试点示范经验交流会、全省推进珠三角创新驱动发展培育高新技术企业工作现场会、专业镇协同创新工作现场会在莞召开，"
     "东莞相关经验得到肯定和推广。", set(), {"全省推进珠三角创新驱动发展培育高新技术企业工作现场会", "专业镇协同创新工作现场会"}),
]


@pytest.mark.parametrize("text,want,avoid", FOUND + NOT_FOUND)
def test_round24_projects(text, want, avoid):
    names = extract(text)["projects"]
    assert want <= names, names
    assert not (avoid & names), names
