"""Round 19c (progAC, programs; dev20's programs cause 2 `打好贫困户C、D级危房改造、饮水安全“两个歼灭战”`, dev19's
`政策落实、…“六大专项行动”`): the last item of a list closed by a counted collective name is not glued to that name,
counted on 200 random corpus reports (seed 1921, eval/corpus_samples/entN/round19c/).

Each case is a sentence of a corpus report outside those 200. `A、B、C“四大工程”` gave C四大工程: now the counted name
(四大工程, as dev19/dev20 keep 六大专项行动, 五大行动), or C + the head when the other items were already completed with it
(清河行动 … 保湖行动). A counted name with its own qualifier after an item that is itself a counted name, or followed by 等
(one element of a longer list), keeps its qualifier.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

COUNTED_LISTS = [
    # (sentence, names that must not be found, names that must be found)
    ("大力实施市场主体倍增、企业“小进规”成长、税收过千万企业培育、产值过亿元企业壮大“四大工程”，不断壮大硒食品精深加工、"
     "生物医药、清洁能源、现代烟草等支柱工业。",
     {"产值过亿元企业壮大四大工程"}, {"四大工程"}),  # 恩施 2018
    ("抓好新一轮全国民族团结进步示范州创建，深入实施各族青少年交流、各族群众互嵌式发展、旅游促进各民族交往交流交融“三项计划”。",
     {"旅游促进各民族交往交流交融三项计划"}, {"三项计划"}),  # 甘孜 2025
    ("开展专项整治巩固提升年、基础建设强化推进年、重大事故隐患排查整治“三个专项行动”，推进化工（危化品）企业老旧装置改造更新。",
     {"重大事故隐患排查整治三个专项行动"}, {"三个专项行动"}),  # 苏州 2024
    ("支持黄三角农高区深入实施科技创新、人才培育、产业壮大、乡村振兴“四大核心工程”，打造全国领先、全球知名的盐碱地综合利用创新高地。",
     {"乡村振兴四大核心工程"}, {"四大核心工程"}),  # 东营 2025
    ("强化大气污染防治联防联控，扎实开展重污染天气消除、臭氧污染防治、柴油货车污染治理“三大攻坚行动”，确保空气质量稳居汾渭平原城市前列。",
     {"柴油货车污染治理三大攻坚行动"}, {"三大攻坚行动"}),  # 宝鸡 2023
    ("实施城镇职工、农民、高级人才、困难群众“四大群体增收计划”。",
     {"困难群众四大群体增收计划"}, {"四大群体增收计划"}),  # 泉州 2021
    ("建立完善生态修复、生态保护和生态补偿“三大机制”，加快生态文明先行区建设；",
     {"生态保护和生态补偿三大机制", "生态补偿三大机制"}, {"三大机制"}),  # 毕节 2014 (A、B和C)
    # owners before the counted name are no items either
    ("3.十件民生实事：市委、市政府为加快民生改善，在省委、省政府“十项民生工程”基础上，确定了“十件民生实事”项目。",
     {"省政府十项民生工程"}, {"十项民生工程"}),  # 巴中 2014
    # guards: a counted name with its own qualifier (after a counted item, or one element of a list closed by 等)
    ("统筹抓好湘江保护和治理省“一号重点工程”、洞庭湖水环境综合治理“五大专项行动”，攻克了一批生态环境“老大难”问题。",
     {"五大专项行动"}, {"洞庭湖水环境综合治理五大专项行动"}),  # 岳阳 2018
    ("保障性住房、农村“五个全覆盖工程”等重大民生工程完成投资965亿元，增长45%；",
     {"五个全覆盖工程"}, {"农村五个全覆盖工程"}),  # 山西 2010
]

SIBLINGS = [
    # the other items were completed with the head: the last one is completed the same way
    ("聚焦“五重”风险隐患，建立问题发现、信息共享、快速处置“三项机制”。",
     {"快速处置三项机制"}, {"快速处置机制"}),  # 宁夏 2025
]


@pytest.mark.parametrize("sentence, absent, present", COUNTED_LISTS + SIBLINGS)
def test_counted_list_names(sentence: str, absent: set[str], present: set[str]) -> None:
    programs = extract(sentence)["programs"]
    assert not absent & programs, programs
    assert present <= programs, programs
