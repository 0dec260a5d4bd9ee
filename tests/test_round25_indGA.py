"""Indicator spans, issue #4 round 25 (indGA): the right edge after a count of people. Every sentence is from a corpus
report (place/year in the comment), not from the gold files' passages.

A count of people or households written before who they are and what they lacked (解决了14万贫困人口饮水安全问题,
缓解3万户城镇低收入家庭住房困难问题) measures the people: the indicator ends with their noun, as samples A, B, C and H
accept (农村人口, 城镇低收入家庭, 农村居民). With no such noun, a count in 人 before what they lacked (解决16万人饮水安全问题)
names what they lacked without 问题 (dev2 黔东南 饮水安全, samples D and N); 困难 stays (饮水困难, samples A and C), and so
does the same after 的 (解决农村133.5万人的饮水安全问题 -> 饮水安全, sample N). A count of the problems themselves keeps
问题 (化解涉企历史遗留问题50个), and so does a count written after its name.

Fix 2: a count of people or households, an area or a length before the work it is the task of (完成260万亩营造林任务,
完成1070户回迁任务, 完成2.13万贫困人口退出任务) measures the work, or the people, not the task: 任务 goes (sample B
森林抚育 for 205万亩森林抚育任务; dev2 农房抗震改造 for 2.07万户…改造任务; sample L 贫困村 for …的年度减贫任务). A quoted
task keeps it (9617套“保交楼”任务, sample N), and so does a count of the tasks (65项改革任务).
"""

from __future__ import annotations

import pytest

from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("统筹整合资金70亿元，硬化农村公路4977公里，解决了14万贫困人口饮水安全问题。", "14万", "贫困人口"),  # 恩施/2018
    ("解决了32万农村居民饮水安全问题。", "32万", "农村居民"),  # 襄阳/2019
    ("彻底解决五个乡镇场近5万名群众出行难问题。", "5万名", "群众"),  # 宜春/2014
    ("开工建设3项农村饮水安全工程，解决6346户农村居民饮用水问题。", "6346户", "农村居民"),  # 大连/2019
    ("提前一年解决在册的7.72万户低收入家庭住房困难问题。", "7.72万户", "低收入家庭"),  # 广州/2012
    ("新建经济适用房200万平方米，缓解3万户城镇低收入家庭住房困难问题。", "3万户", "城镇低收入家庭"),  # 广西/2005
    ("新增基础教育学位27.4万个，解决7.4万户家庭住房困难，成为国家公交都市建设示范城市。", "7.4万户", "家庭"),  # 佛山/2022
    ("确保年内解决90万贫困人口温饱问题。", "90万", "贫困人口"),  # 河北/2003
    ("交房1376套，解决5330户群众房屋办证问题。", "5330户", "群众"),  # 资阳/2021
])
def test_count_of_people_names_the_people(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)
    assert found[figure] == indicator
    assert "问题" not in found[figure] and "困难" not in found[figure]


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("解决16万人饮水安全问题。", "16万人", "饮水安全"),  # 恩施/2018
    ("完成农村牧区饮水安全工程660处，解决43.3 万人饮水安全问题。", "43.3 万人", "饮水安全"),  # 通辽/2016
    ("推进农村饮水安全工程，集中解决13.7万人安全饮水问题。", "13.7万人", "安全饮水"),  # 哈尔滨/2009
    ("水库120座，农村路网工程4650公里，解决农村133.5万人的饮水安全问题。", "133.5万人", "饮水安全"),  # 福建/2010
    ("解决了388万人的饮水困难。", "388万人", "饮水困难"),  # 云南/2006
    ("发展节水灌溉面积937万亩，解决了427万人的饮水困难和安全问题。", "427万人", "饮水困难"),  # 内蒙古/2008
])
def test_count_in_people_names_what_they_lacked(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("全面解决灾区331.5万人饮水困难，完成869座震损水库除险加固。", "331.5万人", "饮水困难"),  # 四川/2009: 困难 stays
    ("集中解决房屋产权登记发证历史遗留问题，化解涉企历史遗留问题50个。", "50个", "涉企历史遗留问题"),  # 兰州/2020
    ("帮助企业解决具体问题1000余个。", "1000余个", "具体问题"),  # 襄阳/2019: a count of problems
    ("⑦化解房地产办证历史遗留问题2000户。", "2000户", "历史遗留问题"),  # 衡阳/2025: the count after its name
])
def test_counts_of_problems_keep_them(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure].endswith(indicator)


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("完成260万亩营造林任务，启动实施55个县的石漠化综合治理。", "260万亩", "营造林"),  # 贵州/2008
    ("超额完成省下达的88.1万亩造林任务。", "88.1万亩", "造林"),  # 福州/2012
    ("门源县、海晏县完成了10.8万亩化肥农药减量增效行动任务。", "10.8万亩", "化肥农药减量增效行动"),  # 海北/2021
    ("争取3—5年完成1070户回迁任务。", "1070户", "回迁"),  # 黑河/2014
    ("去年完成了17.97万户改厕任务。", "17.97万户", "改厕"),  # 海南/1999
    ("在全省率先完成33.85万人易地扶贫搬迁任务。", "33.85万人", "易地扶贫搬迁"),  # 黔西南/2020
    ("圆满完成10个贫困村、1.06万户、2.13万贫困人口退出任务。", "2.13万", "贫困人口"),  # 平顶山/2021
    ("5000户农村危房改造任务全面完成。", "5000户", "农村危房改造"),  # 太原/2014
])
def test_count_before_a_task_names_the_work(sentence: str, figure: str, indicator: str) -> None:
    found = indicators_of(sentence)
    assert found[figure] == indicator
    assert "任务" not in found[figure]


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("全面完成剩余9617套“保交楼”任务。", "9617套", "“保交楼”任务"),  # 贵阳/2024: a quoted task
    ("全面启动新一轮改革攻坚，安排部署13方面、65项改革任务。", "65项", "改革任务"),  # 长春/2025: the tasks counted
    ("完成农户厕改任务7万户，力争三年实现国省道、旅游景区厕所全覆盖。", "7万户", "农户厕改任务"),  # 恩施/2018: after it
])
def test_tasks_counted_or_quoted_keep_it(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator
