"""Round 18c (progW, programs; dev18's programs cause 3/6: a quoted campaign's edges), counted on 200 random corpus
reports (seed 1817, eval/corpus_samples/entN/round18c/).

Each case is a sentence of a corpus report outside those 200. A quoted campaign before 活动 is named by its quoted words
(开展“万人助万企”活动 → 万人助万企): 活动 is no head word that makes a program (GUIDELINES.md), the official 乌鲁木齐 gold lists
`“消费促进年”活动` as 消费促进年 and dev14 … dev18 do the same (dev18 `“服务企业·面对面”活动` → 服务企业·面对面). Words before
the quote go with 活动 (新一轮“百村竞赛”活动 → 百村竞赛). A title the campaign aims at (创建“中国优秀旅游城市”活动) is not
renamed to the bare title.

Fix 2: a region's integration keeps its 发展 when the text has it (长株潭一体化发展, not 长株潭一体化), as dev18 南京 lists
长三角一体化发展 and dev3 京津冀协同发展; not when 发展 opens a plan or a zone (长三角一体化发展规划纲要, …发展示范区).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

QUOTED_ACTIVITIES = [
    # (sentence, names that must not be found, names that must be found)
    ("实施市场主体培育“七大行动”，用好“贵商易”平台，持续开展“五送进企业”活动。",
     {"五送进企业活动"}, {"五送进企业"}),  # 毕节 2023
    ("开展“访万家帮万企解万难”活动，打造“五最”营商环境。",
     {"访万家帮万企解万难活动"}, {"访万家帮万企解万难"}),  # 邢台 2021
    ("深入开展新一轮“百村竞赛”活动，强化农村环境综合整治，推进农村公路、户用沼气池、无害化卫生户厕等项目建设，"
     "打造一批“美丽乡村”精品示范村。",
     {"新一轮百村竞赛活动", "百村竞赛活动"}, {"百村竞赛"}),  # 福州 2014
    ("（42）坚持和发展新时代“枫桥经验”，开展“学东莱”活动，全市派出所全部达到东莱服务标准。",
     {"学东莱活动"}, {"学东莱"}),  # 哈尔滨 2021
    ("持续开展“千企帮千村”活动，做实易地搬迁后续扶持，确保搬迁群众稳得住、有就业、逐步能致富。",
     {"千企帮千村活动"}, {"千企帮千村"}),  # 邯郸 2021
    ("在全区开展了“升好祖国第一旗”活动，激发人民群众的爱国情感。",
     {"升好祖国第一旗活动"}, {"升好祖国第一旗"}),  # 宁夏 2005
    ("深入实施“百项工程兴韶关”活动，加强重点项目调度，建立健全市领导挂点联系和项目各方联动工作机制，"
     "开展重点项目互学互评活动，严格督促问责。",
     {"百项工程兴韶关活动"}, {"百项工程兴韶关"}),  # 韶关 2014
    ("35．开展向基层“送书送戏送电影”活动，向基层送书10万册、送戏1000场、送电影10000场。",
     {"送书送戏送电影活动", "向基层送书送戏送电影活动"}, {"送书送戏送电影"}),  # 南通 2014
    ("开展“制造强国·佛山探路”活动 [10]，成功举办2016 Science机器人国际联盟大会 [11]。",
     {"制造强国·佛山探路活动"}, {"制造强国·佛山探路"}),  # 佛山 2017
    # guards: a title the campaign aims at is not named bare
    ("积极开展创建“中国优秀旅游城市”活动，全市旅游业总收入53.72亿元，增长20.6%。",
     {"中国优秀旅游城市"}, set()),  # 佛山 2000
    ("在全市范围内广泛开展创建“绿色社区”活动，培养市民良好的环境保护意识与道德观念。",
     {"绿色社区"}, set()),  # 东莞 2003
]


@pytest.mark.parametrize(("text", "absent", "present"), QUOTED_ACTIVITIES)
def test_quoted_activity_named_by_its_quote(text: str, absent: set[str], present: set[str]) -> None:
    programs = extract(text)["programs"]
    assert present <= programs, (present - programs, programs)
    assert not absent & programs, (absent & programs, programs)


INTEGRATIONS = [
    ("引领推进长株潭一体化发展，湘江融城科技小镇、绿心中央公园、暮坪湘江特大桥、新韶山南路等重大项目启动建设，"
     "雨韶智能制造产业园投入使用。",
     {"长株潭一体化"}, {"长株潭一体化发展"}),  # 长沙 2022
    ("深度融入共建“一带一路”，对接服务长三角一体化发展、粤港澳大湾区建设，探索构建跨区域产业转移合作与利益共享长效机制，"
     "实现区域协同发展“乘数效应”。",
     {"长三角一体化"}, {"长三角一体化发展", "粤港澳大湾区建设"}),  # 南昌 2026
    ("参与长江经济带发展、促进长三角一体化发展取得新进展，对口支援和扶贫协作任务全面推进。",
     {"长三角一体化"}, {"长三角一体化发展", "长江经济带发展"}),  # 上海 2018
    # guard: 发展 opens a plan's name
    ("全面落实长三角一体化发展规划纲要，积极推动区域协调发展。",
     {"长三角一体化发展"}, set()),  # 上海 2020
]


@pytest.mark.parametrize(("text", "absent", "present"), INTEGRATIONS)
def test_integration_keeps_development(text: str, absent: set[str], present: set[str]) -> None:
    programs = extract(text)["programs"]
    assert present <= programs, (present - programs, programs)
    assert not absent & programs, (absent & programs, programs)
