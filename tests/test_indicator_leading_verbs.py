"""Indicator spans: a verb that opens the clause and governs the thing measured is not part of the indicator
(投入|扶贫开发资金52亿元), but verbs that modify a counted noun (在建项目, 下岗职工), the work a length or area
measures (修补道路18.61万平方米), and names that need their verb (快递业务量, 可用财力, 使用外资) stay whole.
Every sentence is from a corpus report, not from a gold file."""

from __future__ import annotations

import pytest

from kg.extract.indicators import _words
from tests.spans import indicators_of


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("投入扶贫开发资金52亿元", "52亿元", "扶贫开发资金"),
    ("累计投入防疫资金9亿元", "9亿元", "防疫资金"),
    ("退出煤炭产能4590万吨", "4590万吨", "煤炭产能"),
    ("全年开行中欧班列142列", "142列", "中欧班列"),
    ("迅速筹集救灾资金6.93亿元", "6.93亿元", "救灾资金"),
    ("关停养殖企业529家", "529家", "养殖企业"),
    ("出栏生猪501万头", "501万头", "生猪"),
    ("减轻患者负担42亿元", "42亿元", "患者负担"),
])
def test_governing_verb_is_dropped(sentence, figure, indicator):
    assert indicators_of(sentence)[figure] == indicator


@pytest.mark.parametrize("sentence, figure, indicator", [
    ("全年共安置下岗职工36.5万人", "36.5万人", "下岗职工"),  # 下岗 mostly modifies counted nouns
    ("其中在建项目320个", "320个", "在建项目"),
    ("脱贫人口人均年纯收入1.2万元", "1.2万元", "脱贫人口人均年纯收入"),
    ("地方政府可用财力达到3308.4亿元", "3308.4亿元", "地方政府可用财力"),  # a modal, not an action
    ("完成快递业务量9.6亿件", "9.6亿件", "快递业务量"),  # a short amount keeps its word
    ("修补道路18.61万平方米", "18.61万平方米", "修补道路"),  # an area of work done
    ("累计使用外资223.3亿美元", "223.3亿美元", "使用外资"),  # a known name ends with it (实际使用外资)
    ("重点流域开工项目16个", "16个", "重点流域开工项目"),  # a bare 项目 needs the verb that says which
])
def test_verb_that_belongs_to_the_name_stays(sentence, figure, indicator):
    assert indicators_of(sentence)[figure] == indicator


def test_attributive_verbs_come_from_the_corpus():
    """The generated list holds verbs that modify counted nouns, not verbs that govern a figure's object."""
    words = _words("indicator_attributive.txt")
    assert {"示范", "在建", "脱贫", "下岗"} <= words
    assert not {"投入", "退出", "筹集", "关停", "出栏"} & words
