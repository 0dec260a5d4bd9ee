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
    ("推动16万吨瓶级聚酯切片项目建设，扩大化纤产业规模。", {"16万吨瓶级聚酯切片项目"}, set()),
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
