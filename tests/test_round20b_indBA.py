"""Indicator spans, issue #4 round 20b (indBA). Every sentence is from a corpus report (place/year in the comment), not
from the gold files' passages.

Fix 1: a count right before an administrative level (国家级, 省级, 自治区级, 市级, 区级, 县级及以上, 村级, 镇（街）级…)
counts the level's things, never the level alone. In a list of levels each with its count (1个国家级、5个省级开发区) the
thing named after the last level is each level's (the official files give each level its own thing: 国家级、自治区级、
市级民族团结进步示范区（单位）分别增至13个、42个、1045个); one count before several levels keeps them together (20个
省级和国家级企业技术中心). After a single level, the thing is read even when it opens with a word jieba reads as a verb
(4所省级示范幼儿园, 30个村级组织服务用房). 40 of 200 corpus reports (seed 2018) had a figure cut to the level.

Fix 2: 扩建 and 续建 open a clause before the things built, alone or in a list of building verbs, as 新建, 改建 and
新开工 do (新建、续建110千伏以上变电站15座 -> 110千伏以上变电站; the official 公厕 for 新建、改造公厕48座). 25 of 200
corpus reports (seed 2018) kept such a verb at the front. 续建项目 after a count, and 续建 alone, stay.
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("大力发展外向型经济，做强做大1个国家级、5个省级开发区。", "1个", "国家级开发区"),  # 锦州/2014
    ("获批1个国家级和5个省级“一村一品”示范乡镇。", "1个", "国家级“一村一品”示范乡镇"),  # 淮安/2014
    ("新增1家国家级、15家省级重点农业龙头企业。", "1家", "国家级重点农业龙头企业"),  # 江门/2022
    ("全市新培育2家国家级、4家自治区级工业设计中心，新认定14家自治区级企业技术中心。", "2家", "国家级工业设计中心"),  # 柳州/2018
    ("市属专业剧院（团）获得13项国家级、51项省级奖项。", "13项", "国家级奖项"),  # 哈尔滨/2009
    ("实施美丽乡村三年行动计划，创建74条市级、89条区级美丽乡村。", "74条", "市级美丽乡村"),  # 广州/2017
    ("落实河湖长制，常态化开展“四乱”问题整治，创建1个省级、10个市级幸福河湖。", "1个", "省级幸福河湖"),  # 郑州/2024
])
def test_level_list_member_takes_the_thing(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)
    assert found[figure] == indicator
    # the other members keep their own level
    assert all(name != indicator for key, name in found.items() if key != figure)


@pytest.mark.parametrize("sentence, figure, indicator", [
    # round 26 (indIB): a count before a 、 list names the whole list, the levels joined by 和 still kept
    ("以企业为主体，重点扶持20个省级和国家级企业技术中心、工程技术研究中心，提高研发能力。", "20个",
     "省级和国家级企业技术中心、工程技术研究中心"),  # 山东/2005
    ("新增6个国家级、省级制造业数字化转型标杆示范项目。", "6个", "国家级、省级制造业数字化转型标杆示范项目"),  # 惠州/2024
])
def test_one_count_for_several_levels(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("在中心城区建设4所省级示范幼儿园，完成九江学院附属幼儿园建设。", "4所", "省级示范幼儿园"),  # 九江/2014
    ("新建30个村级组织服务用房。", "30个", "村级组织服务用房"),  # 淮北/2014
    ("深入开展放心消费行动，打造100个省级放心消费创建示范单位。", "100个", "省级放心消费创建示范单位"),  # 武汉/2024
    ("改造提升4个文化街区，创建2个省级旅游休闲街区。", "2个", "省级旅游休闲街区"),  # 甘南/2023
    ("完成163个省级和美乡村建设。", "163个", "省级和美乡村"),  # 宜宾/2025
    ("新建6680个村级服务点，覆盖率达到100%。", "6680个", "村级服务点"),  # 黑龙江/2009
    ("充分利用扶持政策，扎实做好10个省级示范镇建设。", "10个", "省级示范镇"),  # 滨州/2014
    ("以兰州、嘉峪关、金昌3个省级试点市和11个试点县为重点。", "3个", "省级试点市"),  # 甘肃/2012
])
def test_single_level_keeps_its_thing(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)[figure]
    assert found == indicator
    assert "建设" not in found


@pytest.mark.parametrize("sentence, figure, indicator", [
    # guards: a level already followed by its noun, a level read after its thing (ellipsis: left alone), a rate
    ("5个省级开发区完成扩区调区，4个化工园通过全省合规认定核查。", "5个", "省级开发区"),  # 锦州/2014
    ("实施美丽乡村三年行动计划，创建74条市级、89条区级美丽乡村。", "89条", "区级美丽乡村"),  # 广州/2017
    ("新建6680个村级服务点，覆盖率达到100%。", "100%", "覆盖率"),  # 黑龙江/2009
    ("全市新培育2家国家级、4家自治区级工业设计中心，新认定14家自治区级企业技术中心。", "14家", "自治区级企业技术中心"),  # 柳州/2018
])
def test_levels_already_right_stay(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure", [
    ("大力发展外向型经济，做强做大1个国家级、5个省级开发区。", "1个"),  # 锦州/2014
    ("新建30个村级组织服务用房。", "30个"),  # 淮北/2014
    ("完成163个省级和美乡村建设。", "163个"),  # 宜宾/2025
    ("新增6个国家级、省级制造业数字化转型标杆示范项目。", "6个"),  # 惠州/2024
])
def test_never_the_level_alone(sentence: str, figure: str) -> None:
    assert indicators_of(sentence)[figure] not in ("国家级", "省级", "市级", "村级", "县级", "区级")


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("新建、续建110千伏以上变电站15座。", "15座", "110千伏以上变电站"),  # 宣城/2022
    ("市区新建、扩建中小学校15所，投入使用16所。", "15所", "中小学校"),  # 郑州/2024
    ("续建和新开工国省干线180公里。", "180公里", "国省干线"),  # 三明/2016
    ("全市新建续建亿元以上项目260个，10亿元以上项目23个。", "260个", "亿元以上项目"),  # 四平/2014
    ("新建扩建幼儿园83所，新增义务教育学位3.2万个。", "83所", "幼儿园"),  # 汕尾/2022
    ("续建各类保障性住房950万平方米、新开工保障房280万平方米。", "950万平方米", "保障性住房"),  # 南京/2015
    ("新建、续建、扩建污水处理厂24间，新增污水处理能力67.5万吨。", "24间", "污水处理厂"),  # 佛山/2010
])
def test_building_verbs_dropped_from_the_front(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)[figure]
    assert found == indicator
    assert "续建" not in found and "扩建" not in found


@pytest.mark.parametrize("sentence, figure, indicator", [
    # guards: 续建项目 after a count or as a class of projects, 续建 alone, an official list of verbs
    ("今年计划实施市重点项目340项，其中续建项目120项、计划开工项目100项。", "120项", "续建项目"),  # 石家庄/2018
    ("推动20个投产项目加快达产、57个续建项目加快建成。", "57个", "续建项目"),  # 阳江/2023
    ("新开工项目59个，续建54个，竣工28个。", "54个", "续建"),  # 内江/2014
    ("市区新建、改造公厕47座。", "47座", "公厕"),  # 芜湖/2020
])
def test_continuing_projects_stay(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator
