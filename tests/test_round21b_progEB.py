"""Round 21b (progEB, programs: precision), counted on 200 random corpus reports (seed 2123,
eval/corpus_samples/entN/round21b_precision/).

Each case is a sentence of a corpus report outside those 200. A reform written as one side of a pair — 改革创新, 改革和发展,
改革与发展, 改革转型, 改革和投入 (not 改革和创新) — names a field of work, not a reform (深化金融改革创新, 加快教育改革和发展, 分类推动融资平台
改革转型): an invention in dev13, dev17, dev22, dev23 and dev24, listed by no gold file in that shape. Guards: a quoted name
before the pair stays (a named reform), the bare 改革发展 is left alone (the golds list 公立医院改革 there), and a field reform
beside the pair in the same sentence stays. Fix 2: the PPP mode of funding (推广PPP模式, 政府和社会资本合作（PPP）模式) is no
program (an invention in dev13, dev14, dev17, dev20, dev24; listed by no gold file); 政府和社会资本合作新机制 stays.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

CASES = [
    # (sentence, names that must not be found, names that must be found)
    ("加大金融改革创新力度，推进钱塘江金融港湾、杭州财富管理中心、全国互联网金融创新中心建设。",
     {"金融改革"}, set()),  # 杭州 2016
    ("加大金融改革创新力度，鼓励设立地方法人金融机构、股权投资基金和创业投资企业。",
     {"金融改革"}, set()),  # 苏州 2012
    ("充分发挥教育的先导性、全局性、基础性作用，加快教育改革和发展。",
     {"教育改革"}, set()),  # 北京 2001
    ("持续深化开发区改革创新。",
     {"开发区改革"}, set()),  # 晋城 2020
    ("（七）着力推进社会事业改革创新，持续增进百姓福祉。",
     {"社会事业改革"}, set()),  # 济宁 2014
    ("推进卫生事业改革与发展。",
     {"卫生事业改革"}, set()),  # 北京 2008
    ("有序置换政府存量隐性债务，分类推动融资平台改革转型。",
     {"融资平台改革"}, set()),  # 太原 2025
    # guards
    ("强化乡村物流体系建设，推进“交邮融合+”改革创新发展。",
     set(), {"交邮融合+改革"}),  # 遵义 2022: a quoted name before the pair is a named reform
    ("加快医疗卫生事业改革发展。",
     set(), {"医疗卫生事业改革"}),  # 浙江 2015: the bare 改革发展 is left alone
    ("深化医药卫生体制改革，推进卫生事业改革与发展。",
     {"卫生事业改革"}, {"医药卫生体制改革"}),  # 北京 2008 (with the report's 医药卫生体制改革 as a guard)
    ("解放和发展文化生产力，聚焦重点领域和关键环节，推进文化体制改革和创新。",
     set(), {"文化体制改革"}),  # 上海 2011: a reform of a system is a named reform before the pair too
    ("深入推进开发区改革和创新发展。",
     set(), {"开发区改革"}),  # 新余 2018: 改革和创新 is left alone (dev21's gold lists the reform there)
]

# fix 2: the PPP mode of funding is no program; the national 政府和社会资本合作新机制 (2023) stays
PPP_CASES = [
    ("大力推广PPP模式，撬动更多社会资本投入公共服务领域。",
     {"PPP模式", "推广PPP模式"}, set()),  # 兰州 2019
    ("探索实行政府和社会资本合作（PPP）模式。",
     {"政府和社会资本合作（PPP）模式", "政府和社会资本合作(PPP)模式", "政府和社会资本合作PPP模式"}, set()),  # 无锡 2015
    ("用好用足地方政府专项债券、产业基金，创新PPP模式，撬动社会投资。",
     {"创新PPP模式", "PPP模式"}, set()),  # 银川 2021
    ("更大力度激发民间投资，深入实施政府和社会资本合作新机制，推进基础设施领域REITs试点，引导更多民间资本参与重大工程项目建设运营。",
     set(), {"政府和社会资本合作新机制"}),  # 佛山 2025 (guard)
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_paired_reforms(text, absent, present):
    names = extract(text)["programs"]
    assert not (absent & names), names
    assert present <= names, names


@pytest.mark.parametrize("text,absent,present", PPP_CASES)
def test_ppp_modes(text, absent, present):
    names = extract(text)["programs"]
    assert not (absent & names), names
    assert present <= names, names
