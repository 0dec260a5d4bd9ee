"""Round 24b (projKA): a named project written as `<name>项目` and the subject of its start, completion, signing or approval
(…项目落地, …项目建成投用, …项目全面开工): the name without 项目 (kg/extract/entities/round24b_projects.py).
Excerpts from corpus reports (seed 2411's 200, one of seed 2412's blind 100), never from a gold file's passage."""
import pytest

from kg.extract.entities.round24b_projects import named_project
from tests.test_entities import extract

FOUND = [
    # 乌海市 2018: a company's product line 落地 and 建成, both after a goal's verb (推动, 力争)
    ("大力发展装备制造业，推动上海荷福飞行器和智能机器人项目落地，促进陕汽新能源汽车增产扩能，力争中钰镁合金轮毂及板材项目建成。",
     {"上海荷福飞行器和智能机器人", "中钰镁合金轮毂及板材"}, {"上海荷福飞行器和智能机器人项目", "中钰镁合金轮毂及板材项目"}),
    # 哈密市 2023: a company's plant with its capacity 全面开工
    ("钛镁硅基、风电、光伏装备等新材料和高端装备制造产业链条不断延伸，华钛年产3万吨钛及钛合金项目全面开工，"
     "世界第一炉单体最大湘晟20吨钛坨吊装出炉。", {"华钛年产3万吨钛及钛合金"}, set()),
    # 三亚市 2021: a station square's works 建成投用 after 确保
    ("确保三亚动车站站前广场功能提升和服务设施配套项目建成投用。", {"三亚动车站站前广场功能提升和服务设施配套"},
     {"确保三亚动车站站前广场功能提升和服务设施配套"}),
]

NOT_FOUND = [
    # 枣庄市 2020: attracting projects, none named
    ("突出“项目+基金”招商，发挥好各类产业基金作用，以资本为纽带吸引更多优质项目落地。", set(),
     {"以资本为纽带吸引更多优质", "吸引更多优质"}),
    # 通化市 2020: a count of projects signed (a space before 个)
    ("“走出去”“请进来”对接洽谈450 余次，82 个项目成功签约，43 个项目落户通化，项目履约率达到90%。", set(), {"82个", "82 个"}),
    # 阿坝州 2021: a description (全国首条 …) before the name
    ("全国首条山地轨道交通都四项目开工建设，成西（兰）铁路、久马高速、九绵高速、茂红路等项目加快推进。", set(),
     {"全国首条山地轨道交通都四"}),
    # 呼和浩特市 2021 (seed 2412's blind 100): kinds of works counted (6大类), after the money put in
    ("全力推进全国黑臭水体治理示范城市建设，投资12亿元的6大类工程项目全面开工，班定营污水处理厂三期工程进展顺利。", set(),
     {"6大类工程", "大类工程"}),
    # 天津市 2010: a class of projects 全部开工
    ("区县重大项目全部开工，成为支撑区县经济发展新的增长点。", set(), {"区县重大", "区县"}),
    # 七台河市 2023: a description (全省首座 …) before 示范项目
    ("全省首座加氢加能综合能源示范项目开工建设，宝泰隆制氢提纯项目完成联动调试。", set(), {"全省首座加氢加能综合能源示范"}),
]


@pytest.mark.parametrize("text,want,avoid", FOUND + NOT_FOUND)
def test_round24b_subject_projects(text, want, avoid):
    names = extract(text)["projects"]
    assert want <= names, names
    assert not (avoid & names), names


@pytest.mark.parametrize("name,ok", [
    ("上海荷福飞行器和智能机器人", True), ("大船集团易地升级改造", True), ("中石化新能源制氢和氢能装备制造", True),
    ("150个重点", False), ("招商引资", False), ("以资本为纽带吸引更多优质", False), ("全省首座加氢加能综合能源示范", False),
])
def test_round24b_named_project(name, ok):
    assert named_project(name) is ok
