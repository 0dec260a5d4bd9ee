"""Round 20b (progCB, programs; dev22's programs cause 3, plain programme names `加快新农村建设` (潮州) and `深入开展污染防治攻坚`
(鄂州) found as nothing): two national programmes named without a word the lexicon had — 新农村建设 (社会主义新农村建设 without
社会主义) and 污染防治攻坚 (污染防治攻坚战 without 战) — are programs (kg/data/programs.txt, kg/extract/entities/round20b_programs.py);
counted on 200 random corpus reports (seed 2015, eval/corpus_samples/entN/round20b/).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
Guards: the name qualifying what follows (新农村建设试点村, 新农村建设规划, 新农村建设现场会, 新农村建设“5+3”工程), counted works
(48个新农村建设), the campaign of one medium (水污染防治攻坚, 面源污染防治攻坚) and a longer name it opens (污染防治攻坚行动,
污染防治攻坚考核) are not these programs.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (sentence, programs that must not be found, programs that must be found)
CASES = [
    ("推进新型城镇化和新农村建设。", set(), {"新农村建设"}),  # 南京 2016
    ("分类推进新农村建设。", set(), {"新农村建设"}),  # 呼和浩特 2014
    ("（五）新农村建设扎实推进。", set(), {"新农村建设"}),  # 大连 2009
    ("引导社会力量参与新农村建设。", set(), {"新农村建设"}),  # 武汉 2008
    ("加强新农村建设，推进美丽乡村、名镇名村、幸福社区创建工作，开展农村土地和环境卫生综合整治，建设新型城镇化示范镇，改善农村人居环境。",
     set(), {"新农村建设"}),  # 广州 2015
    ("深化污染防治攻坚。", set(), {"污染防治攻坚"}),  # 福州 2023
    ("持续深入推进污染防治攻坚。", set(), {"污染防治攻坚"}),  # 重庆 2025
    ("接续推进污染防治攻坚。", set(), {"污染防治攻坚"}),  # 永州 2022
    # guards: what the name qualifies, counted works, one medium's campaign, a longer name
    ("完成省级新农村建设试点村规划编制。", {"新农村建设"}, set()),  # 太原 2008
    ("完成100个行政村的新农村建设规划。", {"新农村建设"}, set()),  # 贵阳 2007
    ("全省新农村建设现场会在我市召开。", {"新农村建设"}, set()),  # 四平 2016
    ("全面完成新农村建设“5+3”工程。", {"新农村建设"}, set()),  # 北京 2010
    ("推进30个特色古村落活化、30个城中村（旧社区）改造和48个新农村建设，打造一批美丽乡村、宜居社区。", {"新农村建设"},
     set()),  # 佛山 2015
    ("深入实施移动源、工业源、面源污染防治攻坚，加强施工工地、餐饮油烟等重点领域管控治理。", {"污染防治攻坚"}, set()),  # 成都 2022
    ("强化水污染防治攻坚，开展建成区外围黑臭水体整治，建设东部污水处理厂。", {"污染防治攻坚"}, set()),  # 沈阳 2018
    ("持续推进土壤污染防治攻坚行动，严格农用地安全利用和建设用地风险防控。", {"污染防治攻坚"}, set()),  # 荆门 2021
    ("在全省第二轮“四减四增”评估、污染防治攻坚考核中均获优秀等次。", {"污染防治攻坚"}, set()),  # 滨州 2025
    ("着力打好污染防治攻坚战。", {"污染防治攻坚"}, {"污染防治攻坚战"}),  # 佛山 2019: the full name keeps 战
    ("（五）重视三农，统筹城乡，全面推进社会主义新农村建设", {"新农村建设"}, {"社会主义新农村建设"}),  # 武汉 2009: and 社会主义
]


@pytest.mark.parametrize(("text", "absent", "present"), CASES)
def test_bare_national_programmes(text: str, absent: set[str], present: set[str]) -> None:
    found = extract(text)
    assert not absent & found["programs"], found["programs"]
    assert present <= found["programs"], found["programs"]
