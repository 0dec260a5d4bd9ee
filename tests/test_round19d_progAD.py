"""Round 19d (progAD, programs; dev20's programs cause 3 `深入实施工程建设项目“区域评估”“多评合一”“多测合一”`, dev19's
`推进行政审批“三减一降”`, `推进省内高频热点事项“全省通办”`): a quoted service or approval mode after a verb of carrying out and the
field it applies to is a program under its bare name, counted on 200 random corpus reports (seed 1931,
eval/corpus_samples/entN/round19d/).

Each case is a sentence of a corpus report outside those 200 (city and year in the comment). Guards: a quote followed by more
text in its clause qualifies that text (`“清单化”管理`, `“反向”告知承诺`), a quote far from its verb or after another quote's
field is left to the other rules.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FIELD_MODES = [
    # (sentence, names that must not be found, names that must be found)
    ("推行工程建设项目“一链办理”，大力推广容缺受理、预批复制度。", {"工程建设项目一链办理"}, {"一链办理"}),  # 德州 2021
    ("推进公共资源交易“应进必进”，完善交易制度规则。", {"公共资源交易应进必进"}, {"应进必进"}),  # 连云港 2023
    ("推进不动产登记“跨城通办”“跨省通办”，提升“互联网+不动产登记”便利度。", set(), {"跨城通办", "跨省通办"}),  # 广州 2021
    ("总结试点经验，在全市实行主要业务审批“一表通”。", {"主要业务审批一表通"}, {"一表通"}),  # 东莞 2005
    ("推行工程建设项目“一窗办理”，实行“分阶段核发施工许可”，推动实现项目“拿地即开工”。", set(), {"一窗办理"}),  # 海口 2022
    ("全面推行审批事项“免证可办”。", set(), {"免证可办"}),  # 安阳 2023
    # guards: a zero outcome or a count of ways is no mode of its own (dev7 lists neither 零成本 nor 六办, 四个一批)
    ("在全省实施农房报建审批“零跑动”，推动“机器管规划”向3.0阶段迈进。", {"零跑动"}, set()),  # 海南 2022
    ("继续推进政务服务“五个通办”。", {"五个通办"}, set()),  # 铜仁/安顺 2022
    # guards: the quote qualifies what follows it in the clause
    ("全面实行行政许可事项“清单化”管理，放宽市场准入，落实负面清单制度。", {"清单化"}, set()),  # 连云港 2023
    ("扎实推进“证照分离”改革，实行企业经营许可事项“反向”告知承诺。", {"反向"}, {"证照分离改革"}),  # 七台河 2022
    ("推进规模以上企业和拟入库企业包保服务“双覆盖”，围绕企业用地做好服务保障。", {"双覆盖"}, set()),  # 黔东南 2022
]


@pytest.mark.parametrize(("text", "absent", "present"), FIELD_MODES)
def test_field_modes(text: str, absent: set[str], present: set[str]) -> None:
    found = extract(text)["programs"]
    assert not absent & found, found
    assert present <= found, found
