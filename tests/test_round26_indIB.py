"""Indicator spans, issue #4 round 26 (indIB): list members — where a 分别 list's last member ends, and a count before a
list joined by 、. Every sentence or phrase is from a corpus report (place/year in the comment), not from the gold files'
passages.

Fix 1 (a composition bug): a 分别 list whose members end differently was cut in its last member at the first member's
length when no word boundary lay within one character of it, splicing a piece of the last member into every other one
(州直、塔城地区、阿勒泰地区国有企业营收 -> 州直泰地区国有企业营收). When another member is a place (ends in 市县区州盟旗镇乡)
and the last member has a word ending in such a character, the last member's place ends there. The right cuts of the
old fallback (城镇、农村|居民…: 农村居民 is one word for jieba) are kept.

Fix 2: a count before a list of things joined by 、 counts every member (66家造纸、印染行业重点涉水企业, 24条断头路、瓶颈路):
after() stopped at the first 、, so the indicator was the first member alone; the golds take the list as written (dev28
高耗能、低效益企业, 博物馆、图书馆、文化馆（站）; samples A, F, N). Not when a member has a figure of its own or opens with
a verb, a number or 所有, when the list runs into a predicate (志愿者下沉社区、驻守基层) or was read short (商贸中心、便民商|超…),
nor after a count of times (4次提高…、…).
"""

from __future__ import annotations

import pytest

from kg.extract import indicators
from tests.spans import indicators_of


@pytest.mark.parametrize("phrase, members", [
    # 娄底/2022 全面推进城镇、农村、工业园区污水处理: the old cut gave 城镇处理, 农村处理 (工业|园区污水处理)
    ("城镇、农村、工业园区污水处理", ["城镇污水处理", "农村污水处理", "工业园区污水处理"]),
])
def test_a_place_list_is_cut_at_the_last_place(phrase: str, members: list[str]) -> None:
    assert indicators.distribute(phrase, len(members)) == members


@pytest.mark.parametrize("phrase, members", [
    ("城镇、农村居民年人均可支配收入", ["城镇居民年人均可支配收入", "农村居民年人均可支配收入"]),  # 南昌/2021
    ("农村、城市居民最低生活保障标准", ["农村居民最低生活保障标准", "城市居民最低生活保障标准"]),  # 日喀则/2022
    ("基本养老、基本医疗保险参保率", ["基本养老保险参保率", "基本医疗保险参保率"]),  # 甘肃/2025
])
def test_the_old_cut_stays_when_no_member_is_a_place(phrase: str, members: list[str]) -> None:
    assert indicators.distribute(phrase, len(members)) == members


def test_no_member_takes_a_piece_of_another() -> None:
    # 娄底/2022: no member holds a piece of the last one (园区 without 工业)
    for name in indicators.distribute("城镇、农村、工业园区污水处理", 3)[:2]:
        assert "园区" not in name


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("督促66家造纸、印染行业重点涉水企业完成整治提升。", "66家", "造纸、印染行业重点涉水企业"),  # 湖州/2014
    ("打通高新二路、高速辅道东延等24条断头路、瓶颈路。", "24条", "断头路、瓶颈路"),  # 宝鸡/2023
    ("自觉接受人大法律监督、工作监督和政协民主监督，1221件代表建议、政协提案全部办结答复。", "1221件",
     "代表建议、政协提案"),  # 邢台/2023
    ("力争全年培育80家示范农民合作社、示范家庭农场。", "80家", "示范农民合作社、示范家庭农场"),  # 长沙/2024
    ("办复167件省、市人大代表建议和404件省、市政协提案。", "167件", "省、市人大代表建议"),  # 南昌/2021
    ("办复167件省、市人大代表建议和404件省、市政协提案。", "404件", "省、市政协提案"),  # 南昌/2021
    ("带动农业结构的优化，建成20个无公害蔬菜、畜禽、水产基地和1.5万亩现代农业示范基地。", "20个",
     "无公害蔬菜、畜禽、水产基地"),  # 厦门/2005
    ("12个污水、垃圾处理产业化项目建成使用。", "12个", "污水、垃圾处理产业化项目"),  # 福建/2008
    ("新开通及加密深圳至伦敦、墨西哥城等55条国际航空客运、货运航线。", "55条", "国际航空客运、货运航线"),  # 深圳/2024
])
def test_a_count_before_a_list_names_the_whole_list(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    # members with a count or a verb of their own: other objects
    ("推进冶金、化工、有色、建材等产业数智化转型，培育50家先进级智能工厂、新建90家绿色工厂。", "50家",
     "先进级智能工厂"),  # 内蒙古/2026
    ("将伊春市二中等3所学校、省林业二院等3家医院划归属地管理。", "3所", "学校"),  # 伊春/2021
])
def test_a_member_with_its_own_count_is_not_joined(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, not_in", [
    # the first noun runs on into a predicate: no list of things
    ("31450名党员干部、12455名社区村组干部、36540名志愿者下沉社区、驻守基层，用不到一个月的时间遏制了疫情蔓延的势头。",
     "36540名", "驻守基层"),  # 荆州/2021
    # the member names no thing counted
    ("巢湖流域11个国考断面7个达标、创历史最好水平。", "7个", "创历史"),  # 合肥/2015
    # a list of predicates
    ("统筹调动社会与城市存量资源，打造3个规模适度、经济适用、服务高效的社区嵌入式服务设施。", "3个", "经济"),  # 海口/2026
    # the last member read short (便民商|超市)
    ("完成26个商贸中心、便民商超改造提升，全州电商达1.4万余家。", "26个", "便民商"),  # 昌吉/2023
    # a member after 和 that is not read: no list cut inside (samples E and H accept the first member)
    ("继续用好“金角银边”闲置土地，建成20个街头游园、停车设施和城市驿站。", "20个", "停车设施"),  # 邯郸/2019
    ("全国19个省市、中央和国家部委、中央企业对口支援新疆。", "19个", "中央"),  # 新疆/2021
    # a count of times
    ("4次提高城乡低保标准、困难劳模补助标准，及时根据物价上涨情况向困难群众发放生活补贴。", "4次", "困难劳模"),  # 长春/2013
])
def test_no_list_is_joined_where_it_is_no_list_of_things(sentence: str, figure: str, not_in: str) -> None:
    assert not_in not in indicators_of(sentence)[figure]
