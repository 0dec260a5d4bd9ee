"""Round 14b (issue #4): programs named without a head, added to kg/data/programs.txt by a corpus-frequency rule
(eval/corpus_samples/entN/round14b/: quoted in >= 40 reports or the object of a program verb in >= 80 reports, judged
by ../shared/gold/GUIDELINES.md, kept where the extractor missed most sampled sentences).

Each case is a sentence of a corpus report outside the places of the held-out sets (the comment names it).  The name
form follows the official gold: the bare name where the text puts no head after it (保交楼, 双减), the name and its
head where it does (“放管服”改革 → 放管服改革).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

HEADLESS = [
    ("落实就业优先政策，完善就业创业公共服务体系，促进高校毕业生、农民工、脱贫人口等重点人群就业。",  # 黄山 2025
     {"就业优先政策"}),
    ("（四）扎实推进乡村全面振兴。", {"乡村全面振兴"}),  # 吉林 2022
    ("各位代表！过去一年，我们坚持用习近平新时代中国特色社会主义思想凝心铸魂，扎实开展党纪学习教育，持续深化作风建设。",  # 黑龙江 2025
     {"党纪学习教育"}),
    ("深入开展民族团结进步创建活动，促进各民族和谐相处繁荣发展。", {"民族团结进步创建活动"}),  # 广西 2015
    ("深入实施全面两孩政策，改革完善计划生育服务管理。", {"全面两孩政策"}),  # 河北 2017
    ("全面落实“路长制”，分区域开展城市体检评估。", {"路长制"}),  # 泰州 2021
    ("强化机关办公“一网协同”，加快全市机关内部办公系统全面联通。", {"一网协同"}),  # 济南 2024
    ("国务院安委会督导帮扶反馈问题整改率100％，制定安全生产举报奖励办法，从严开展“打非治违”。", {"打非治违"}),  # 六盘水 2023
    ("抢抓国家加力实施“两重”“两新”政策机遇，聚焦迟早要干的事。", {"两重", "两新政策"}),  # 淮南 2025
]


@pytest.mark.parametrize(("text", "names"), HEADLESS)
def test_a_headless_program_of_the_corpus_rule_is_read(text: str, names: set[str]) -> None:
    assert names <= extract(text)["programs"]


# the head after the closing quote stays part of the name; a longer name holding the entry is not cut
WITH_HEAD = [
    ("大力推进注册登记便利化，深化“先照后证”改革。", {"先照后证改革"}, {"先照后证"}),  # 山西 2016
    ("规范涉企行政检查、行政收费，深化“综合查一次”改革，积极探索执法新模式。",  # 宁波 2025
     {"综合查一次改革"}, {"综合查一次"}),
    ("抢抓国家“两新”政策机遇，发放政府消费券4000万元以上。", {"两新政策"}, {"两新"}),  # 绥化 2025
    ("四是大力推进“两重”建设和“两新”工作，内需潜力进一步释放。", {"两重建设"}, {"两重"}),  # 广东 2025
    ("深化简政放权、放管结合、优化服务改革，完善产权保护、市场准入、公平竞争等市场经济基础制度。",  # 吉林 2023
     {"简政放权、放管结合、优化服务改革"}, {"简政放权"}),
    ("及时调整优化“两新”支持政策，带动消费300亿元。", {"两新支持政策"}, {"两新"}),  # 贵州 2025
    ("培育打造10个以上县区夜间经济街区，推进30个城市“一刻钟便民生活圈”建设。",  # 南昌 2025
     {"一刻钟便民生活圈建设"}, {"一刻钟便民生活圈"}),
]


@pytest.mark.parametrize(("text", "names", "wrong"), WITH_HEAD)
def test_the_head_after_the_entry_is_kept(text: str, names: set[str], wrong: set[str]) -> None:
    found = extract(text)["programs"]
    assert names <= found
    assert not wrong & found


# what the short quoted entries must not take: a longer word, the organizations, what a name only qualifies
NOT_THE_POLICY = [
    "推动“两新”组织发展，注重发挥各类行业协会、商会的作用。",  # 大连 2012
    "29个“两重”项目全部开工。",  # 青岛 2025
    "谋划推进一批“两重”“两新”项目，支持在地企业提质扩量增效。",  # chained quotes before 项目
    "争取“两新”“两重”超长期国债和中央预算内等资金39.9亿元。",  # 呼伦贝尔 2025
    "“一城两新区”项目有序推进，新（改）建主城区主次干道25条。",
]


@pytest.mark.parametrize("text", NOT_THE_POLICY)
def test_a_short_entry_outside_its_policy_is_no_program(text: str) -> None:
    assert not {"两新", "两重"} & extract(text)["programs"]


# counted places of a program's kind are a mention of the program (the official urumqi gold lists 一刻钟便民生活圈 of
# 打造一刻钟便民生活圈10个)
def test_counted_places_of_a_program_kind_name_the_program() -> None:  # 北京 2023
    found = extract("强化新消费地标载体建设，试点建设80个“一刻钟便民生活圈”，提高生活性服务业品质。")["programs"]
    assert "一刻钟便民生活圈" in found


# 简政放权 alone is the principle the reform carries out: the official shayibake gold leaves 持续推进简政放权 out
def test_bare_jianzheng_fangquan_is_no_program() -> None:  # 山西 2018
    found = extract("深化简政放权，完善政府权责清单，深化行政审批制度改革，推动政府向市场放权、向社会放权、向基层放权。")["programs"]
    assert "行政审批制度改革" in found
    assert "简政放权" not in found


def test_the_program_built_keeps_its_head() -> None:  # 衡阳 2023
    assert "一刻钟便民生活圈建设" in extract("积极拓展城市消费，推进城市一刻钟便民生活圈建设，打造民俗文化广场等历史街区。")["programs"]
