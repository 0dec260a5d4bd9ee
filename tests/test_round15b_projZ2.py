"""Round 15b (projZ2, project precision; counted on 200 random corpus reports, seed 1511): names read as projects
that no gold file would list — a city's brand or goal (…之城, …名城) and a bare district (…片区).

Each case is a sentence of a corpus report (not a passage of a gold file); the expected names follow
../shared/gold/GUIDELINES.md and the gold files' conventions (zones and districts as such are no projects; a district's
works, 东门街片区棚户区改造, or a district named as one of a list of projects, are).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# fix 1: a city's brand or goal named as a kind of city is no project
CITY_BRANDS = [
    ("扎实推进友善之城、好人之城、志愿之城、希望之城建设。", {"友善之城", "好人之城", "志愿之城", "希望之城"}),  # 东莞 2018
    ("加快建设中国软件名城，组建工业软件创新联合体2个以上，新增软件产业载体100万平方米。", {"中国软件名城"}),  # 武汉 2024
    ("高质量建设图书馆之城、博物馆之城、演艺之都、时尚之都，建成开放深圳自然博物馆、前海博物馆、市文化馆新馆、深圳国际美术馆，"
     "加快推进深圳歌剧院、国际演艺中心、文学艺术中心等项目，加强文化场馆高品质展陈展演内容供给。",
     {"图书馆之城", "博物馆之城"}),  # 深圳 2026
]


@pytest.mark.parametrize("text,names", CITY_BRANDS)
def test_city_brands_not_projects(text: str, names: set[str]) -> None:
    assert not names & extract(text)["projects"]


def test_city_brand_sentence_keeps_its_projects() -> None:
    found = extract(CITY_BRANDS[2][0])["projects"]  # 深圳 2026: the works of the same sentence stay
    assert {"市文化馆新馆", "深圳歌剧院"} <= found


def test_city_brand_honor_stays() -> None:
    # 佛山 2010: a title received is an honor, found apart
    found = extract("文化事业蓬勃发展，成功举行“魅力佛山·秋色辉煌”大巡游及第八届亚洲游泳锦标赛等一批体育赛事，"
                    "我市荣获首个“中国龙狮龙舟运动名城”称号。")
    assert ("中国龙狮龙舟运动名城", "") in found["honors"]


# fix 2: a bare district (…片区) is a zone, no project, unless its clause names it one of a list of projects
BARE_DISTRICTS = [
    ("老旧小区改造专项行动稳步推进，田心轨道城、凤凰航空城、清水塘等重点片区加快建设，新华桥、枫溪大道608所段下穿改造、"
     "田心路竣工通车，株洲火车站及东西广场建成启用。", {"清水塘片区"}),  # 株洲 2023
    ("金霞新城关公湖、高岭、白霞等片区加快建设。", {"高岭片区", "白霞片区"}),  # 长沙 2024
    ("加快片区建设更新，编制完成中心市区城市景观、公交线网等专项规划；东海、城东、北峰、江南、晋江滨江等5个片区实现投资43亿元；"
     "龙头山、云山等8个旧城改造项目实现投资6.1亿元。", {"东海片区", "晋江滨江片区"}),  # 泉州 2011
]


@pytest.mark.parametrize("text,names", BARE_DISTRICTS)
def test_bare_districts_not_projects(text: str, names: set[str]) -> None:
    assert not names & extract(text)["projects"]


# …but a district named as one of a list of projects, and a district's works, stay
DISTRICT_PROJECTS = [
    ("城乡面貌进一步改观，丁太鲁片区等32个城市更新项目全面铺开，新一轮农村人居环境整治提升行动启动实施。", {"丁太鲁片区"}),  # 济南 2022
    ("深化全国系统化全域推进海绵城市示范建设，加快茜草半岛、罗汉片区等典范项目建设，新增海绵城市达标面积6平方公里。",
     {"罗汉片区", "茜草半岛"}),  # 泸州 2023
    (BARE_DISTRICTS[2][0], {"龙头山旧城改造", "云山旧城改造"}),  # 泉州 2011
]


@pytest.mark.parametrize("text,names", DISTRICT_PROJECTS)
def test_district_projects_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# fix 3: a road, line or works that goes through along its whole length (…全线贯通/全线通车, 全线贯通…) is one work
THROUGH = [
    ("文莱高速公路、九龙湾至西霞口旅游公路建成通车，西部环山路全线贯通，乳山口大桥加快建设。", {"西部环山路"}),  # 威海 2020
    ("全线贯通环巢湖旅游道路，加快合六、合马、合铜、合淮等国省干道改造。", {"环巢湖旅游道路"}),  # 合肥 2014
    ("推动邦喜、滨玉等重点公路建设，实现新外环全线通车。", {"新外环"}),  # 天津 2019
    ("聚力推动主城区交通优化提升，改造市政道路21条、桥梁30座，打通保定南高速出口关键堵点，复兴路全线贯通，"
     "广大市民的上班路、回家路，正变得越来越便捷、越来越舒心。", {"复兴路"}),  # 保定 2022
    ("长江二桥主桥合龙，长江六桥进入吊装阶段，二环路（高新区段、千凤路段）立交主体结构和干线基本完工，泰安长江大桥完成维修整治，"
     "茜草滨江路全线通车。", {"茜草滨江路"}),  # 泸州 2023
]


@pytest.mark.parametrize("text,names", THROUGH)
def test_through_roads_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]


# …but not a count of works, a kind of road, nor a place alone
NOT_THROUGH = [
    ("提出打造黄河金岸的构想，编制实施沿黄城市带建设发展规划，全线贯通了402公里黄河标准化堤防和508公里滨河大道，建成一批标志性建筑。",
     "402公里黄河标准化堤防和508公里滨河大道"),  # 宁夏 2013
    ("肃州飞天南路等13条城市道路全线贯通，新建停车场11个、停车位691个，群众出行更加便捷。", "城市道路"),  # 酒泉 2025
    ("全面做好黄河文章，谋划实施“读者印象”精品街区等一批提品质项目，高标准完成黄河风情线景观美化亮化，"
     "实现核心区20公里健身步道全线贯通，打造“夜游黄河”品牌。", "核心区20公里健身步道"),  # 兰州 2021
]


@pytest.mark.parametrize("text,name", NOT_THROUGH)
def test_through_roads_not(text: str, name: str) -> None:
    assert name not in extract(text)["projects"]


# fix 4: kinds of works that many places name the same way (kg/data/entity_generic.txt) are no project
GENERIC_WORKS = [
    ("深化全国文明城市创建，加强诚信建设和“志愿之城”建设，推进新时代文明实践中心全覆盖。", "新时代文明实践中心"),  # 南京 2020
    ("加快建设核电7、8号机组，开工建设抽水蓄能电站。", "抽水蓄能电站"),  # 连云港 2023
    ("抓好港城建设，提升改造东港旧城区治理等城市更新项目，加快推进三湾水库东港输水管网、环城燃气管网、东港体育场、智慧交通等项目，"
     "进一步优化城区功能布局，促进港城能级跃升。", "智慧交通"),  # 丹东 2023
    ("抓好山水林田湖草系统治理，继续实施天然林保护、三北防护林建设、新一轮退耕还林还草、退牧还草、已垦草原治理、湿地保护与修复等"
     "重点生态工程和项目，完成营造林360万亩以上。", "天然林保护"),  # 甘肃 2018
    ("提速实施抽水蓄能等项目，加快锂电池产业链项目建设，推动新能源产业聚链成群。", "抽水蓄能"),  # 乌海 2024
    ("加快推进保障性住房建设、“平急两用”公共基础设施建设、城中村改造等“三大工程”，新增筹集建设配售型保障性住房3000套、"
     "保障性租赁住房1.5万套，实施城中村改造项目25个。", "城中村改造"),  # 佛山 2024
]


@pytest.mark.parametrize("text,name", GENERIC_WORKS)
def test_generic_works_not_projects(text: str, name: str) -> None:
    assert name not in extract(text)["projects"]


def test_generic_works_list_keeps_named_items() -> None:
    assert "东港体育场" in extract(GENERIC_WORKS[2][0])["projects"]  # 丹东 2023: the named peers stay


# fix 5: a zone by its zone word (…核心区, …集聚区, …示范区, …开发区, …新区) is no project, unless its clause names it a project
ZONES = [
    ("认真落实“一带一路”倡议部署，海丝核心区建设加快推进，对沿线国家和地区出口1822.9亿元，新增对外投资增长61.6%。",
     {"海丝核心区"}),  # 福建 2017
    ("全面提升中韩示范区、临空经济示范区等开放引领功能。", {"中韩示范区", "临空经济示范区"}),  # 长春 2023
]


@pytest.mark.parametrize("text,names", ZONES)
def test_zones_not_projects(text: str, names: set[str]) -> None:
    assert not names & extract(text)["projects"]


ZONE_PROJECTS = [
    ("实施柔远驿等重点文物修缮及活化利用工程40个，加快上下杭整体保护修复、侯官文化全景示范区等项目建设。",
     {"侯官文化全景示范区"}),  # 福州 2025
    ("镜湖半岛商贸综合体、两江农产品加工及仓储物流等项目投入运营，开工建设东镇城市广场二期、长岭物流开发区等项目。",
     {"长岭物流开发区"}),  # 松原 2015
]


@pytest.mark.parametrize("text,names", ZONE_PROJECTS)
def test_zone_projects_found(text: str, names: set[str]) -> None:
    assert names <= extract(text)["projects"]
