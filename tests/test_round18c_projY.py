"""Round 18c (projY): named places in a list that share the last item's works head (kg/extract/entities/round18c_lists.py,
called in api._analyse after round 18's shared_facility_heads). Excerpts from corpus reports (seed 1818's 200), never from a
gold file's passage."""
import pytest

from tests.test_entities import extract

SHARED = [
    # 沈阳市 2014: parks sharing 景观提升 (the first came out bare, the second not at all)
    ("完成万柳塘公园、八一公园、怒江公园景观提升及设施维修改造，开工建设舍利塔盛京碑林公园。",
     {"万柳塘公园景观提升", "八一公园景观提升", "怒江公园景观提升"}, {"万柳塘公园"}),
    # 咸阳市 2023: three parks sharing 提升改造
    ("刷新城市颜值，实施主城区城市品质提升三年行动，推进渭滨公园、古渡公园、钓台公园提升改造，建设明城墙、清渭坊等7个口袋公园。",
     {"渭滨公园提升改造", "古渡公园提升改造", "钓台公园提升改造"}, {"渭滨公园", "古渡公园"}),
    # 襄阳市 2016: two roads (the first was glued to the second's head: 长虹路大道改造)
    ("着力推动城市功能升级，完成了长虹路、襄樊大道改造，建成了卧龙大桥、东津大桥和胜利街立交桥，内环线全线贯通。",
     {"长虹路改造", "襄樊大道改造"}, {"长虹路大道改造"}),
    # 潮州市 2016: a shared 项目 after the head is dropped
    ("启动潮州东大道、东山路升级改造项目，基本完成潮州大桥、韩江东西溪大桥建设任务。",
     {"潮州东大道升级改造", "东山路升级改造"}, {"潮州东大道"}),
    # 济南市 2014: 等 and a kind noun restating the items (河道) are dropped
    ("统筹推进水生态文明市创建等“五城联创”工作，实施玉符河、兴济河等河道综合治理，启动华山湖湿地建设和大明湖小清河连通工程。",
     {"玉符河综合治理", "兴济河综合治理"}, {"玉符河道综合治理", "兴济河等河道综合治理"}),
    # 合肥市 2006: rivers before 等 (none found before)
    ("开展十五里河、四里河、二十埠河、板桥河等综合治理。",
     {"十五里河综合治理", "四里河综合治理", "二十埠河综合治理", "板桥河综合治理"}, set()),
    # 鹰潭市 2018: a lake named by two characters; the run ends at 及
    ("加大重要生态保护区、水源涵养区、江河源头区的生态修复和保护力度，推进东湖、西外湖、东川河综合整治及白露河景观提升等项目。",
     {"东湖综合整治", "西外湖综合整治", "东川河综合整治"}, {"东湖", "西外湖"}),
    # 河源市 2014: river segments (段) before 等河流
    ("完成东源久社河，龙川铁场河铁场圩段、鹤市河登云段，紫金义容河义容段、秋香江九和段等河流治理。",
     {"紫金义容河义容段治理", "秋香江九和段治理"}, set()),
    # 南宁市 2017 and 济南市 2023: reservoirs named in full share the works (none found, or the first bare)
    ("实施大王滩水库、龙潭水库环境综合整治，保护库区水生态环境。", {"大王滩水库环境综合整治", "龙潭水库环境综合整治"}, set()),
    ("加强黄河防洪减灾工程建设，提升主槽行洪输沙能力，实施鹊山水库、玉清湖水库除险加固工程，推进北大沙河、大寺河等12条河道综合治理。",
     {"鹊山水库除险加固工程", "玉清湖水库除险加固工程"}, {"鹊山水库"}),
    # 咸阳市 2023: 等 before 改扩建工程
    ("畅通城市循环，开工咸兴大道、西咸大道等改扩建工程，建成彩虹二路高架桥、二厂路桥隧工程。",
     {"咸兴大道改扩建工程", "西咸大道改扩建工程"}, set()),
    # 昆明市 2006 and 龙岩市 2022 (seed 1820's fresh 200): a verb and a particle before the first item come off
    ("完工船房河、乌龙河综合整治和滇池西岸截污，推进滇池北岸水环境综合治理。",
     {"船房河综合整治", "乌龙河综合整治"}, {"完工船房河综合整治"}),
    ("扎实推进海绵城市示范城市建设，统筹地上地下市政基础设施建设，实施好东肖溪、葫芦溪综合整治等项目。",
     {"东肖溪综合整治", "葫芦溪综合整治"}, {"好东肖溪综合整治"}),
    # 淮北市 2025 and 扬州市 2024 (not of the 200): the last item's stretch (航道) is shared with the works
    ("以现代水网建设为引领，积极推进浍河航道二期、危化品码头建设，加强沱河、萧濉新河航道整治，打造内河航运强市。",
     {"沱河航道整治", "萧濉新河航道整治"}, {"沱河整治"}),
    ("加快建设“水运扬州”，启动盐宝线、金宝线航道整治等工程，完成京杭运河绿色现代航运综合整治。",
     {"盐宝线航道整治", "金宝线航道整治"}, {"盐宝线整治"}),
]

NOT_SHARED = [
    # 西宁市 2024: each item has its own works (湟中路整治), the head is followed by the next item
    ("祁家城立交、湟中路整治、羚羊路下穿等20个项目建成投用，路网密度增至5.7公里/平方公里。", {"祁家城立交整治"}),
    # 湘潭市 2014: the shared part is 引线改造, not 改造 (线 of 引线 is no road's line)
    ("抓好一大桥、三大桥引线改造，拉通大湖南路。", {"一大桥改造"}),
    # 怒江州 2022: the head runs on (提升完善养护工程)
    ("腊维公路、福维公路、怒江民用机场公路、兰福二级公路金顶至营盘段、德贡公路提升完善养护工程、孔雀山隧道加快推进。",
     {"腊维公路提升", "福维公路提升"}),
    # 郑州市 2023: the shared part is 示范性绿道提升工程, the last item no place of its own
    ("完成花园路、中原西路示范性绿道提升工程；", {"花园路提升工程"}),
    # 咸阳市 2014: reservoirs before a river's works are works of their own
    ("水利设施完成投资22.2亿元，东庄水库、羊毛湾水库供水工程顺利开工，亭口水库、红岩河水库、渭河综合治理工程进展良好。",
     {"亭口水库综合治理工程", "红岩河水库综合治理工程"}),
    # 孝感市 2020: a new line and a widened one (the head is the last's)
    ("续建硚孝高速二期、武大高速北段，孝汉应高速、京港澳高速改扩建开工。", {"孝汉应高速改扩建"}),
    # 鹰潭市 2018: the last item is a kind of street, its works its own (the bridge and the avenue are built)
    ("余信贵大桥、余信贵大道、小街小巷改造等项目加速推进。", {"余信贵大桥改造", "余信贵大道改造"}),
    # 青海省 2020 and 河北省 2024 (seed 1820's fresh 200): a phase is a works of its own; kinds of streets are no names
    ("西宁机场三期试验段、玉树机场改扩建工程开工，共和机场完成可研行业审查。", {"西宁机场三期试验段改扩建工程"}),
    ("推动石家庄、唐山、邯郸区域消费中心城市建设，支持商业步行街、特色商业街改造升级。", {"商业步行街改造升级", "特色商业街改造升级"}),
    # 遵义市 2022 (not of the 200): kinds of places, not named ones
    ("大力推进城中村、棚户区、老旧小区、背街小巷改造。", {"老旧小区改造", "背街小巷改造", "棚户区改造"}),
]


@pytest.mark.parametrize("text,found,not_found", SHARED)
def test_named_places_share_the_works_head(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,not_found", NOT_SHARED)
def test_no_shared_works_head(text, not_found):
    projects = extract(text)["projects"]
    assert not (not_found & projects), projects
