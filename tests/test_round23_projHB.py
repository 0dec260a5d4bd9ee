"""Round 23 (projHB): a coined works name jieba splits into single characters (曲/溪, 缅/气, 牡/佳) passes the works name
tests of the frames that read it (kg/extract/entities/round23_names.py, hooked in round 18b's _named and round 19's
_named_works). Excerpts from corpus reports (seed 2302's and seed 2303's 200), never from a gold file's passage."""
import pytest

from kg.extract.entities.round23_names import split_name
from tests.test_entities import extract

FOUND = [
    # 凉山彝族自治州 2014: 启动 + a coined name (缅/气/入/凉) + 项目
    ("力争启动缅气入凉项目，实施好“气化凉山”、“太阳能热水器进农村”工程。", {"缅气入凉项目"}, set()),
    # 天水市 2018: 开工建设 + a place jieba splits (曲/溪); the works of the list before stay unread (a list: projHA's)
    ("加快重点水利项目建设，继续抓好引洮二期天水配套、城区引洮供水等工程，开工建设曲溪城乡供水项目。", {"曲溪城乡供水项目"},
     set()),
    # 合肥市 2016: 抓好 … 工程建设 (round 19's frame)
    ("抓好引江济淮工程建设。", {"引江济淮工程"}, set()),
    # 佛山市 2012: two works opened to traffic (round 21's list frame), the first a coined name (广/佛)
    ("广佛地铁首通段、广珠城轨佛山段通车，佛山机场民航复航，基本形成现代综合交通体系。", {"广佛地铁首通段", "广珠城轨佛山段"},
     set()),
    # 鸡西市 2016 (seed 2303): a railway's section in a preparation frame (round 19b's)
    ("积极配合做好牡佳快铁鸡西段前期工作；", {"牡佳快铁鸡西段"}, set()),
]

NOT_FOUND = [
    # 新乡市 2022 (the shape of seed 2303's 平顶山市 2022): a kind (灾后: 灾/后, a direction second)
    ("全面实施灾后恢复重建总体规划，加快1500个灾后重建项目建设，完成投资350亿元以上，确保高标准完成各项重建任务。", set(),
     {"灾后重建项目", "1500个灾后重建项目"}),
    # 云南省 2025 (seed 2303): a lead verb and a kind (重大) before 开工
    ("坚持大资源观，把区位、劳动力等单个优势整合为综合优势，打好产业项目攻坚战，抓实季度重大产业项目开工，完善重大产业项目库。",
     set(), {"抓实季度重大产业项目", "季度重大产业项目"}),
    # 太原市 2019 (seed 2303): a material (镍/基合金: the second word is no single character)
    ("确保太钢高端碳纤维千吨级三期项目年底前完成设备调试，镍基合金二期项目年内开工。", set(), {"镍基合金二期项目"}),
    # 吉林省 2025 (seed 2302): a material first (氢)
    ("加快制品产业园建设，启动建设氢冶金新材料项目，促进新材料、新能源、新装备集群化融合发展。", set(), {"氢冶金新材料项目"}),
    # 松原市 2025 (seed 2302): a kind of dam (壅/水坝)
    ("积极推进壅水坝工程建设，力争年内投入使用。", set(), {"壅水坝工程"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_split_names(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)


@pytest.mark.parametrize("name,ok", [
    ("曲溪城乡供水项目", True), ("乌塔沟整治工程", True), ("景礼高速天水段", True), ("集通铁路扩能改造工程", True),
    ("市群艺馆", False), ("新机场", False), ("了污水处理工程", False), ("中安煤化项目", False), ("灾后重建项目", False),
    ("氢基能源项目", False),
])
def test_split_name(name, ok):
    assert split_name(name) is ok



def test_funded_class_is_no_name():
    # works named by their funding, not one works (dev15's 加快抗疫特别国债项目建设 after the first evalsafe): the name test
    # alone
    assert not split_name("抗疫特别国债项目")
    # 襄阳市 2021: the same frame, a class funded by the same bonds
    got = extract("全力打好冬春季疫情防控阻击战，加快公共卫生补短板特别国债项目建设，深化“三医”联动改革。")["projects"]
    assert not {"公共卫生补短板特别国债项目", "补短板特别国债项目"} & got, got
