"""Round 24 (progJB, programs: precision), counted on 200 random corpus reports (seed 2404,
eval/corpus_samples/entN/round24_progJB/).

Each case is a sentence of a corpus report outside those 200 (and outside every gold passage). A campaign named by a quoted
slogan + a descriptor + 活动 (“盛夏美好生活消费季”系列活动, “优质服务基层行”创建活动) or by a quote joining two slogans with 、 +
活动 (“优化环境、优质服务”活动) was read as slogan + descriptor + 活动; the golds list the slogan alone (dev9, dev14, dev15,
dev22, dev26). Guards: a 创建/评选 campaign (“食品药品安全省”创建活动, “十大美丽乡村”评选活动), a 实践活动, 活动年 stay.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

CASES = [
    # (sentence, names that must not be found, names that must be found)
    ("围绕解决城乡发展不平衡不充分问题，持续开展“机关联乡村、党建促振兴”活动，努力打造美丽、文明、善治、殷实乡村。",
     {"机关联乡村、党建促振兴活动"}, {"机关联乡村、党建促振兴"}),  # 南平 2020
    ("举办第二届“伊春生态日”系列活动，在全社会持续营造加强生态文明建设的浓厚氛围。",
     {"第二届伊春生态日系列活动", "伊春生态日系列活动"}, {"伊春生态日"}),  # 伊春 2023: the edition goes with the event
    ("深入开展“入户访民情、暖心大走访”活动，省、市十件民生实事年度任务全面完成。",
     {"入户访民情、暖心大走访活动"}, {"入户访民情、暖心大走访"}),  # 肇庆 2023: two slogans joined by 、
    ("继续推进“清洁家园、绿化乡村”活动。",
     {"清洁家园、绿化乡村活动"}, {"清洁家园、绿化乡村"}),  # 合肥 2010
    ("开展“解难题、稳增长、促发展”企业大走访活动，帮助2200余家重点企业集中解决一批实际问题。",
     {"解难题、稳增长、促发展企业大走访活动"}, {"解难题、稳增长、促发展"}),  # 武汉 2025
    ("第四届全国体育大会筹备工作进展有序，“全民健身、健康合肥”活动蓬勃开展。",
     {"全民健身、健康合肥活动"}, {"全民健身、健康合肥"}),  # 合肥 2010
    ("接续开展“才聚泉城高校行”巡讲活动。",
     {"才聚泉城高校行巡讲活动"}, {"才聚泉城高校行"}),  # 济南 2023
    ("开展“乐购武汉”促消费活动2000场以上。",
     {"乐购武汉促消费活动"}, {"乐购武汉"}),  # 武汉 2025
    # guards
    ("扎实开展“下基层察民情解民忧暖民心”实践活动，推进美好环境与幸福生活共同缔造。",
     {"下基层察民情解民忧暖民心"}, {"下基层察民情解民忧暖民心实践活动"}),  # 荆门 2023: 实践活动 stays (dev5)
    ("深入开展“食品药品安全省”创建活动，把食品药品安全监管贯穿生产、经营、使用。",
     {"食品药品安全省"}, set()),  # 河北 2011: a title aimed at
    ("办好“十大美丽乡村”评选活动。",
     {"十大美丽乡村"}, set()),  # 云浮 2022: a title aimed at
    ("精心策划开展“东亚文化之都”济南活动年百场活动。",
     {"东亚文化之都"}, set()),  # 济南 2023: 活动年 is another head
    ("严密防范、坚决打击“三股势力”分裂破坏活动，维稳的群众基础进一步夯实。",
     {"三股势力", "三股势力分裂破坏活动"}, set()),  # 新疆 2012: no campaign
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_quoted_slogan_activities(text, absent, present):
    names = extract(text)["programs"]
    assert not (absent & names), names
    assert present <= names, names

