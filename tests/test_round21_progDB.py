"""Round 21 (progDB, programs; dev23's programs cause 3, "reforms, pilots and systems not read": `转型升级综合改革试点工作初见成效`
(泰州) found as nothing): a named pilot (…试点, …改革试点, …综合试点) at a clause's start or after a verb of carrying it on that
the older pilot rules do not read (进行, 支持, 搞好, 做好 …) is a program (kg/extract/entities/round21_programs.py); counted on 200
random corpus reports (seed 2105, eval/corpus_samples/entN/round21_programs/).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
Guards: a designation (列入…试点, 获批…试点: an honour), a level alone (省级综合改革试点), a place carrying it on (支持衡水开展…),
a pilot's scope (…试点范围), a count (25个县区进行了…试点).

Fix 2 (dev23's `推进新一轮城市环境综合整治` (怀化), found as nothing): a programme named after 新一轮 (ROUND_CASES below).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (sentence, programs that must not be found, programs that must be found)
CASES = [
    ("做好交通强国试点工作，加快推进沈白、喀赤、朝凌高铁建设。", set(), {"交通强国试点"}),  # 辽宁 2020
    ("健全完善“源头治理、动态管理、应急处置”三道防线，深入推进社会管理创新综合试点工作。", set(),
     {"社会管理创新综合试点"}),  # 太原 2013
    ("加大了对企业经营者的激励约束，在部分企业进行了经营者年薪制试点。", set(), {"经营者年薪制试点"}),  # 青岛 2000
    ("发展农村新型金融组织，成立农村小额贷款公司23家，4家村镇银行开业运营，农业保险试点全面推开。", set(),
     {"农业保险试点"}),  # 江苏 2009
    ("大力支持循环经济试点，继续实施一批循环经济建设项目。", set(), {"循环经济试点"}),  # 贵州 2008
    ("抓好垃圾分类试点工作。", set(), {"垃圾分类试点"}),  # 昆明 2019
    ("搞好城乡统筹就业试点。", set(), {"城乡统筹就业试点"}),  # 河南 2008
    ("支持西咸新区国家气候投融资试点，探索推广绿色低碳发展模式。", set(), {"西咸新区国家气候投融资试点"}),  # 西安 2025
    ("深入实施红古区资源型城市转型试点工作。", set(), {"红古区资源型城市转型试点"}),  # 兰州 2014
    ("深入推进郑汴一体化，开展统筹区域协调发展综合配套改革试点，促进电信、金融同城。", set(),
     {"统筹区域协调发展综合配套改革试点"}),  # 河南 2008
    ("深化平安枣庄建设，深入开展市域社会治理“一张网”省级试点。", set(), {"市域社会治理一张网省级试点"}),  # 枣庄 2020
    ("强化社会信用体系建设，鼓励个人诚信积分应用试点，城市综合信用指数持续提升。", {"鼓励个人诚信积分应用试点"},
     {"个人诚信积分应用试点"}),  # 黑河 2022: the verb is left out
    # guards: a designation, a goal sought, a level or a place alone, a scope, a count
    ("临海列入省综合性“腾笼换鸟”试点。", {"临海列入省综合性腾笼换鸟试点", "省综合性腾笼换鸟试点"}, set()),  # 台州 2015
    ("我市获批国家科技创新服务体系建设试点。", {"我市获批国家科技创新服务体系建设试点", "国家科技创新服务体系建设试点"},
     set()),  # 湖州 2016
    ("继续深化省级综合改革试点。", {"省级综合改革试点"}, set()),  # 杭州 2013
    ("支持衡水开展综合改革试点。", {"衡水开展综合改革试点", "综合改革试点"}, set()),  # 河北 2021: a place alone
    ("进一步扩大部门预算改革试点范围，提高预算编制的完整性和预算执行的严肃性。", {"部门预算改革试点"},
     set()),  # 新疆 2003: the pilot's scope, the reform spreading
    ("25个县区进行了公益性公墓建设试点。", {"公益性公墓建设试点", "县区进行了公益性公墓建设试点"}, set()),  # 陕西 2013: counted
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_round21_pilots(text: str, absent: set[str], present: set[str]) -> None:
    got = extract(text)["programs"]
    assert present <= got, (text, got)
    assert not (absent & got), (text, got)


# Fix 2: a programme named after 新一轮 (run again), found as nothing; the name starts after 新一轮 as the official gold cuts it
# (national 2024 `实施新一轮千亿斤粮食产能提升行动` → 千亿斤粮食产能提升行动). Guards: a generic reform (新一轮综合改革), a counted set
# (新一轮十大工程).
ROUND_CASES = [
    ("加快高等教育发展，推进新一轮学科建设计划，提高高校办学水平。", {"新一轮学科建设计划"}, {"学科建设计划"}),  # 浙江 2022
    ("启动新一轮全面创新改革试验，完成低空空域协同管理改革试点。", set(), {"全面创新改革试验"}),  # 四川 2021
    ("实施新一轮促进居民增收行动，提升居民消费能力。", set(), {"促进居民增收行动"}),  # 安顺 2025
    ("实施新一轮菜篮子工程，加强价格监管，着力稳定重要农副食品价格。", set(), {"菜篮子工程"}),  # 深圳 2011
    ("开展新一轮国土综合整治，完成废弃露天矿山生态修复和验收。", set(), {"国土综合整治"}),  # 孝感 2021
    ("深入开展新一轮城中村综合整治工作，基本解决城中村脏、乱、差的问题。", set(), {"城中村综合整治"}),  # 深圳 2011
    ("做好新一轮扶贫攻坚。", set(), {"扶贫攻坚"}),  # 重庆 2013
    # guards
    ("启动新一轮综合改革。", {"综合改革", "新一轮综合改革"}, set()),  # 烟台 2013
    ("加快实施新一轮十大工程，全社会固定资产投资增长13%。", {"十大工程", "新一轮十大工程"}, set()),  # 杭州 2008
]


@pytest.mark.parametrize("text,absent,present", ROUND_CASES)
def test_round21_new_round(text: str, absent: set[str], present: set[str]) -> None:
    got = extract(text)["programs"]
    assert present <= got, (text, got)
    assert not (absent & got), (text, got)
