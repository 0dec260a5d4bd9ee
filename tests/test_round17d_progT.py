"""Round 17d (progT, programs; dev17's programs cause 2, edges, counted on 200 random corpus reports, seed 1732,
eval/corpus_samples/entN/round17d/).

Each case is a sentence of a corpus report outside those 200 (found with find_cases.py). A quoted name carried out as a
pilot (推进“一单制”试点, 启动“水美乡村”试点) is a program, named bare as the gold sets list such names (一次办到底, 同城通办,
理财通); a pilot place won (“科创中国”试点城市, 成为…“肉菜追溯体系”试点城市) or a selection (获批…“智慧城市”试点) is not.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

PILOTS = [
    # (sentence, names that must not be found, names that must be found)
    # round 24b (progKA): the names now keep 试点 and the field written before the quote (海铁联运, 快递业), as 15 of the 20
    # such names the golds list since (dev9 … dev27: 营改增试点, 多规合一试点, 专项债项目自审自发试点); service brands
    # (同城通办, 理财通: a quote ending in 办/通/受理) stay bare — kg/extract/entities/round24b_programs.py
    ("加强与港口城市陆海联动，推进海铁联运“一单制”试点。",
     set(), {"海铁联运一单制试点"}),  # 沈阳 2025
    ("创新社会治理，“政社互动”试点实现全覆盖。",
     set(), {"政社互动试点"}),  # 苏州 2015
    ("扩大“大托管”试点，推动300亩以上适度规模经营，实施“小田变大田”25万亩。",
     set(), {"大托管试点"}),  # 芜湖 2023
    ("推进农村饮水安全提标升级，启动“水美乡村”试点。",
     set(), {"水美乡村试点"}),  # 恩施 2022
    ("积极培育健康、时尚、养老等消费热点，深化快递业“两进一出”试点。",
     set(), {"快递业两进一出试点"}),  # 绍兴 2021
    # guards: a pilot place or a selection won
    ("推进“科创中国”试点城市建设，健全“一网式”创业孵化服务平台，推动科技企业孵化器、众创空间等载体提质增效。",
     {"科创中国"}, set()),  # 佛山 2022
    ("出台创新型城市建设意见，获批全国首批“智慧城市”试点和国家知识产权示范城市，新认定高新技术企业143户。",
     {"智慧城市"}, set()),  # 合肥 2014
    ("重点开展世博食品安全保障、放心豆制品工程等专项行动，无锡成为全国首批“肉菜追溯体系”试点城市，食品安全形势基本平稳。",
     {"肉菜追溯体系"}, set()),  # 无锡 2011
]


@pytest.mark.parametrize("text,absent,present", PILOTS)
def test_quoted_pilots(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
