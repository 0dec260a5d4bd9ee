"""Round 23b (progIA, programs; kg/extract/entities/round23b_programs.py): a named system with the one-character head 制
(…责任制, …负责制, …长制, 排污许可制), after a verb that puts it in force (实行, 推行, 实施, 落实, 建立, 健全, 完善, 执行, 推广),
is a program — missed before in dev21 (实施项目包保责任制, 推行排污许可制, 实行“一费制”), dev20 (建立生态环境损害责任终身追究制) and dev26
(推行优化营商环境指标长制); the golds list 22 of the 24 such names in the texts of their four-kind sets
(eval/corpus_samples/entN/round23b_progIA/README.md). Counted on 200 random corpus reports (seed 2312).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
Guards: a bare role or target (目标责任制, 首长负责制), a form of ownership (股份制), names read already (河长制 of a list).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
CASES = [
    ("切实落实粮食安全行政首长负责制，推动标准农田质量提升和农田水利等农业基础设施建设。",
     set(), {"粮食安全行政首长负责制"}),  # 浙江 2010
    ("全面落实“菜篮子”市长负责制。", set(), {"菜篮子市长负责制"}),  # 广州 2020
    ("全面推行排污许可制，统筹抓好固废、医废和新污染物治理，确保土壤生态环境质量稳定向好。", set(), {"排污许可制"}),  # 安康 2023
    ("深入推进公立医院综合改革，三级医疗机构全面推行药品采购“两票制”，参保居民在定点医疗机构就诊实现“一站式”即时结报。",
     {"药品采购两票制"}, {"两票制"}),  # 天水 2019 (a whole quoted name: the quote alone, as dev20's gold)
    ("加大教育“三乱”整治力度，建立师德师风考评长效机制，实行“师德一票否决制”。", set(), {"师德一票否决制"}),  # 双鸭山 2016
    # guards: a bare role or target, any 目标责任制 (round 8's convention)
    ("严格落实耕地保护目标责任制，加强矿产资源保护和管理，有效降低土地、能源消耗强度。", {"耕地保护目标责任制"}, set()),  # 呼和浩特 2013, a form of ownership, a list the lexicon reads
    ("建立健全目标责任制，充分调动各方面积极性，形成全市上下齐心协力抓招商引资的工作局面。", {"目标责任制"}, set()),  # 哈尔滨 2003
    ("实行首长负责制，各地各部门一把手亲自抓，负总责。", {"首长负责制"}, set()),  # 河北 2004
    ("努力探索公有制的多种实现形式，积极推行股份制，发展混合所有制经济。", {"股份制"}, set()),  # 福建 2003
    ("全面推行河长制、湖长制、林长制，国控以上重点河流水质优良比例达到100%。", {"全面推行河长制"}, {"河长制", "湖长制", "林长制"}),  # 泰安 2021
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_named_systems(text: str, absent: set[str], present: set[str]) -> None:
    found = extract(text)["programs"]
    assert present <= found, (present - found, found)
    assert not (absent & found), (absent & found, found)
