"""Round 12b (issue #4): projects and organizations, structural causes of the studied sets (dev13 among them) confirmed
on the corpus (200 random corpus reports, seed 1222; eval/corpus_samples/entM/README.md, round-12b note). Each case
is a corpus sentence; the report it comes from is named (none is a place of the held-out sets)."""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# works shared by a list of named places (A、B等N个<works>工程|项目): each place gets the works, 项目 dropped as after any
# shared head, 工程 kept; a leading class of the items (河段, 湖泊) is no part of a name that names one already
SHARED_WORKS = [
    # 威海 2014: a coast's restoration works
    ("实施刘公岛、九龙湾等12个海洋整治修复项目，完成7条河道综合治理。",
     {"刘公岛海洋整治修复", "九龙湾海洋整治修复"}, {"刘公岛", "九龙湾"}),
    # 陕西 2026: pumped-storage stations approved
    ("新增煤基化工产品产能超过400万吨/年，电力总装机1.27亿千瓦，山阳、勉县等6个抽水蓄能项目核准建设，外送电量增长1.2倍。",
     {"山阳抽水蓄能", "勉县抽水蓄能"}, {"山阳", "勉县"}),
    # 呼伦贝尔 2022: rivers
    ("统筹实施甘河、诺敏河等治理工程，开展水利工程除险加固，提高应对极端灾害天气能力。", {"甘河治理工程", "诺敏河治理工程"}, {"甘河", "诺敏河"}),
    # 双鸭山 2015: roads and bridges joined by 和
    ("滨水北城核心区基础设施建设基本完工，铁西路、东环路、北环路和卧虹桥、东福桥等拓宽改造工程竣工通车。",
     {"铁西路拓宽改造工程", "东环路拓宽改造工程", "卧虹桥拓宽改造工程"}, {"铁西路", "东环路"}),
    # 鄂州 2025: the class 湖泊 is no part of a lake's name
    ("建设安全韧性现代水网，大力实施花马湖、南迹湖等湖泊水生态修复工程，推进曹家湖、垱网湖、梁子湖水系连通等工程。",
     {"花马湖水生态修复工程", "南迹湖水生态修复工程"}, {"花马湖湖泊水生态修复工程", "花马湖"}),
    # 泉州 2011: old quarters rebuilt
    ("东海、城东、北峰、江南、晋江滨江等5个片区实现投资43亿元；龙头山、云山等8个旧城改造项目实现投资6.1亿元。", {"龙头山旧城改造", "云山旧城改造"}, {"龙头山", "云山"}),
    # 黑龙江 2018: mostly not places, so the list keeps its items as they are
    ("实施大小兴安岭生态功能区、三北防护林、三江平原湿地等保护和修复工程，全面停止天然林商业性采伐，完成造林730.8万亩。",
     set(), {"大小兴安岭生态功能区保护和修复工程"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), SHARED_WORKS)
def test_round12b_shared_works(text, present, absent):
    got = extract(text)["projects"]
    assert present <= got, got
    assert not absent & got, got
