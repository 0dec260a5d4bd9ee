"""Round 20 (progBC, programs: precision), counted on 200 random corpus reports (seed 2005,
eval/corpus_samples/entN/round20_precision/).

Each case is a sentence of a corpus report outside those 200. Names that are no program (kg/data/round20_not_programs.txt):
- a kind of work the report condemns (不搞“形象工程”“政绩工程”, 杜绝“形象工程”, 纠治“新形象工程”“面子工程”): read in 11 of the
  200 reports;
- the bare relationship 对口支援 (推进三峡库区对口支援, 对口支援和帮扶工作): read in 59 of the 200; no gold file lists it.
Guards: a named programme of the relationship with its own head (百名医师对口支援基层医疗卫生工程) and praised real works
(继续实施“民心工程”) stay.

Fix 2 (the same list): headless quoted supply baskets (抓好“米袋子”“菜篮子”: the goods; read bare in 12 of the 200 reports) and
the re-check “回头看” (督察及“回头看”: read in 11 of the 200) are no programs; 菜篮子工程 and 菜篮子建设 stay, as does the inspection
programme itself (中央生态环境保护督察).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

CASES = [
    # (sentence, names that must not be found, names that must be found)
    ("要树立正确的政绩观，说实话、办实事、求实效，防止弄虚作假、虚报浮夸，杜绝“形象工程”和“政绩工程”，使我们的各项工作经得起实践、群众和历史的检验。",
     {"政绩工程", "杜绝形象工程", "形象工程"}, set()),  # 贵州 2007
    ("树牢正确政绩观，坚决防止和纠治“新形象工程”“面子工程”，确保各项工作经得起历史和群众检验。",
     {"新形象工程", "面子工程"}, set()),  # 武威 2025
    ("坚持艰苦创业、勤俭办一切事业，坚决制止各种不切实际、不计效果的“形象工程”、“政绩工程”，坚决刹住各种奢侈浪费之风；",
     {"形象工程", "政绩工程"}, set()),  # 湖北 2002
    ("坚决反对官僚主义、形式主义，不搞劳民伤财的“政绩工程”、“形象工程”。",
     {"形象工程", "政绩工程"}, set()),  # 甘肃 2008
    ("坚持“功成不必在我、建功必须有我”，不搞“形象工程”“政绩工程”，力戒形式主义、官僚主义。",
     {"形象工程", "政绩工程"}, set()),  # 许昌 2021
    ("努力扩大对内开放，加强省际间交流与合作，大力推进三峡库区对口支援，引进了一批国内知名企业和品牌。",
     {"对口支援"}, set()),  # 湖北 2002
    ("深化长三角区域合作，扎实推进对口支援和帮扶工作。",
     {"对口支援"}, set()),  # 江苏 2013
    ("组织实施承接对口支援规划，实现招商引资250亿元。",
     {"对口支援"}, set()),  # 重庆 2009
    # guards: a named programme of the relationship, praised real works, a city's image campaign called 形象工程 (no word of
    # condemning in its clause; from a fresh check of 100 other reports)
    ("创建文明城市的“形象工程”活动深入开展，社会主义道德风尚进一步形成。",
     set(), {"形象工程"}),  # 广州 1998
    ("继续实施百名医师对口支援基层医疗卫生工程。",
     set(), {"百名医师对口支援基层医疗卫生工程"}),  # 兰州 2015
    ("继续实施“民心工程”，解决好与各族群众生产生活相关的问题。",
     set(), {"民心工程"}),  # 新疆 2004
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_not_programs(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)


HEADLESS = [
    ("既要抓好“米袋子”，又要抓好“菜篮子”，努力实现粮食稳定增产和蔬菜市场价格稳定。",
     {"米袋子", "菜篮子"}, set()),  # 营口 2014
    ("加大市场监管力度，做好“米袋子”“菜篮子”保供稳价工作。",
     {"米袋子", "菜篮子"}, set()),  # 儋州 2021
    ("持续开展安全生产大排查大整治行动及“回头看”，生产安全事故起数下降25.4%。",
     {"回头看"}, {"安全生产大排查大整治行动"}),  # 张家口 2022
    ("全面完成中央环保督察及“回头看”整改工作任务。",
     {"回头看"}, set()),  # 本溪 2020
    ("二轮中央生态环境保护督察反馈问题整改，建立巡查回访制度，定期开展“回头看”。",
     {"回头看"}, {"中央生态环境保护督察"}),  # 平凉 2020
    # guards: the programmes with a head
    ("巩固和扶持粮油生产，发展生猪适度规模养殖，抓好“菜篮子”工程。",
     set(), {"菜篮子工程"}),  # 长沙 2008
    ("化”“非粮化”，高度重视粮食保产稳供，恢复提升生猪产能，切实抓好“菜篮子”建设。",
     set(), {"菜篮子建设"}),  # 青海 2021
]


@pytest.mark.parametrize("text,absent,present", HEADLESS)
def test_headless_baskets_and_rechecks(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
