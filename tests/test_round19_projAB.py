"""Round 19 (projAB): dev18/dev19's projects cause 2, named works whose building is pushed (推进/加快…工程/项目建设;
kg/extract/entities/round19_projects.py). Excerpts from corpus reports (seed 1902's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

PUSHED = [
    # 长沙市 2023: an airport's extension named by the airport
    ("加快黄花机场改扩建工程建设，启动建设黄花国际贸易港，积极拓展4小时航空经济圈。", {"黄花机场改扩建工程"}, set()),
    # 河池市 2021: a river's ship lift, a capacity in the name
    ("水运方面，加快推进红水河1000吨级过船设施项目建设，尽快恢复提升红水河黄金水道通航能力。", {"红水河1000吨级过船设施项目"}, set()),
    # 甘孜藏族自治州 2023: a named power line
    ("加快推动川渝环网1000千伏特高压交流工程建设，规划布局甘孜至川南、甘孜北至阿坝1000千伏等特高压。",
     {"川渝环网1000千伏特高压交流工程"}, set()),
    # 河南省 2019: a named power transmission works (青海 to 河南)
    ("全面推动青电入豫工程建设，提高吸纳清洁外电能力；", {"青电入豫工程"}, set()),
    # 海口市 2005: an industrial project by its capacity
    ("推动16万吨瓶级聚酯切片项目建设，扩大化纤产业规模。", {"16万吨瓶级聚酯切片"}, set()),  # round 27b: 项目 dropped after a capacity + product (golds 13 drop / 3 keep)
    # 清远市 2023
    ("加快推进北部连阳能源生态园项目建设。", {"北部连阳能源生态园项目"}, set()),
    # 滨州市 2025: a substation's works, its first word a place jieba does not know (the 储能 items are no works built)
    ("推进高地站输变电工程建设，实施向海、新锐等9个储能项目，加快源网荷储一体化发展。", {"高地站输变电工程"}, set()),
    # 漳州市 2025 and 文山壮族苗族自治州 2025 (a fresh 200, seed 1903): a named water diversion, a substation by its voltage
    ("加快九龙江南引工程建设，实施罗溪水库等一批重点水利项目，完善现代水网体系。", {"九龙江南引工程"}, set()),
    ("加快推进220kV龙潭输变电项目建设，同步启动剑涛110kV供电专线项目，努力实现管道天然气贯通。", {"220kV龙潭输变电项目"}, set()),
    # not: classes of projects by investment or rank (沈阳市 2010, 广东省 2011)
    ("强力推进投资3000万元以上项目建设，重点推进900个在建项目和1000个新开工项目。", set(), {"投资3000万元以上项目"}),
    ("加快现代产业500强项目建设。", set(), {"现代产业500强项目"}),
    # not: kinds and programs (锦州市 2020, 连云港市 2023, 南阳市 2014, 黄冈市 2020, 海口市 2005, 北京市 2011), a quoted
    # program (宁波市 2014)
    ("推进海洋生态保护修复项目建设，开展渤海锦州段综合治理。", set(), {"海洋生态保护修复项目"}),
    ("加快智慧停车项目建设，有序推进停车资源开放共享，缓解“停车难”问题。", set(), {"智慧停车项目"}),
    ("推进秦巴山区交通扶贫项目建设。", set(), {"秦巴山区交通扶贫项目"}),
    ("加快推进5G基础设施项目建设，开展“多杆合一”试点，两年内主城区基本实现全覆盖。", set(), {"5G基础设施项目"}),
    ("加快在建重点项目建设。", set(), {"在建重点项目"}),
    # a kind of water works (南宁市 2022: 农村 is a common word) and a class of works (佛山市 2005)
    ("加快农村集中供水工程建设。", set(), {"农村集中供水工程"}),
    ("推进城乡水利防灾减灾工程建设，确保完成工程总量45%的年度建设任务。", set(), {"城乡水利防灾减灾工程"}),
    ("加强法制宣传和教育，推进法律服务领域民生工程建设，顺利完成“五五”普法各项任务。", set(), {"法律服务领域民生工程"}),
    ("以江河堤防加固、骨干河道整治和水闸、泵站配套为重点，加快“治水强基”工程建设。", set(), {"治水强基工程", "“治水强基”工程"}),
]


@pytest.mark.parametrize("text,must,must_not", PUSHED)
def test_pushed_works(text, must, must_not):
    projects = extract(text)["projects"]
    assert must <= projects, projects
    assert not (must_not & projects), projects


# Fix 2: a clause that is only a named way and its opening to traffic (seed 1902's 200 and a fresh 200, seed 1903).
OPENED = [
    # 德阳市 2025: an express road named by its two ends, after another clause
    ("启动一环、二环路提升改造，加快推进宝成铁路下穿、钱塘江路大桥、长江西路西延线建设，德罗快通建成通车。", {"德罗快通"}, set()),
    # 南阳市 2016: a time between the way and the verb
    ("三淅高速建成通车，内邓高速将于1月底全面通车。", {"内邓高速"}, set()),
    # 滨州市 2025: a numbered national road's section
    ("实施5项国省道建设提升工程，庆章高速路基完成70%，G228滨州段建成通车。", {"G228滨州段"}, set()),
    # 河池市 2021: a lead (其中) before a from-to expressway
    ("全市已建成8条（段）高速公路，通车里程570公里，其中融水至河池高速公路建成通车，仫佬族群众实现通高速公路的夙愿；",
     {"融水至河池高速公路"}, set()),
    # 凉山彝族自治州 2021: a railway's capacity works, 明年可望
    ("在建和已纳入国省规划的高速公路11条、1600公里，成昆铁路扩能工程明年可望全线通车，宜西攀高铁前期工作取得重大突破。",
     {"成昆铁路扩能工程"}, set()),
    # 遂宁市 2023: a ring road of the city
    ("涪江六桥开工，圣平岛大桥主体工程完工，中环线全线通车。", {"中环线"}, set()),
    # 朝阳市 2018 (seed 1903): a section of a passenger line, 实现…正式通车
    ("加快推进京沈客专、喀赤客专、朝凌客专及锦承、叶赤铁路扩能改造等重大工程，实现京沈客专沈阳至朝阳段正式通车。",
     {"京沈客专沈阳至朝阳段"}, set()),
    # not: a kind of road (哈尔滨市 2011), villages reached in all weathers (松原市 2014), a tourist bus (安顺市 2016)
    ("实施松花江北岸东方红、三家子、松浦、外贸堤防升级达标和堤顶道路工程建设，力争实现区间道路通车。", set(), {"区间道路"}),
    ("新建农村公路276.8公里，全市行政村全部实现晴雨通车。", set(), {"全市行政村全部实现晴雨", "全市行政村"}),
    ("提高景区通达性，开通中心城区到景区和景区之间的旅游直通车。", set(), {"旅游直通车", "景区之间的旅游直"}),
]


@pytest.mark.parametrize("text,must,must_not", OPENED)
def test_opened_ways(text, must, must_not):
    projects = extract(text)["projects"]
    assert must <= projects, projects
    assert not (must_not & projects), projects
