"""Round 19c (orgAB, organization recall; 200 random corpus reports, seed 1923).

Fix 1: short company names with no head word before 等(N家|N户)…企业/公司/上市公司 (a single item too: 支持乐山商行等企业上市,
天元锰业等30家龙头企业), before a category with a figure or a quote (引进世茂、北京文投等“三类500强”企业), or a list counted
without 等 (海螺环保、雅葆轩、福赛科技、优升新能源4家企业获批上市) are organizations when every item is a short trading name:
a proper noun that is no everyday word, a rare word, or characters jieba cannot join (kg/extract/entities/round19c_orgs.py).
Places, sectors and trades before 等…企业 stay out (武安、丰南、迁安等地企业, 汽车及零部件、仪器仪表…等传统优势企业,
小杂粮、羊羔肉等…加工企业), and so do 平等 (依法平等保护民营企业) and a lone count (力争新增10家上市公司).
Fix 2: in such a list where the older rules found one company (a short name, a headed name or a lexicon name), the other
items that are short names are organizations too (恒进感应 of 东风装备制造、国瑞智能、恒进感应等企业).
Counted by eval/corpus_samples/orgL/round19c/scan_short_before_class.py and scan_names_only.py.

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    # 乐山 2020: a single short name before 等企业
    ("引导资金投向先进制造、基础设施短板等领域，支持乐山商行等企业上市，组建乐山农商行。", {"乐山商行"}, set()),
    # 中卫 2025: a single name before a count of companies
    ("晨光30万吨硅基及气凝胶一期等6个项目建成投产，天元锰业等30家龙头企业稳产增产。", {"天元锰业"}, set()),
    # 昆明 2018: a name before 等4户企业 (a coined name: jieba splits it into single characters)
    ("经开区入选国家第一批绿色园区示范名单，云内动力等4户企业入选国家第一批绿色工厂示范名单。", {"云内动力"}, set()),
    # 张家界 2020: a category with a quote and a figure
    ("履约项目44个，引进世茂、北京文投等“三类500强”企业和行业领军企业。", {"世茂", "北京文投"}, set()),
    # 芜湖 2023: a list counted without 等
    ("海螺环保、雅葆轩、福赛科技、优升新能源4家企业获批上市。", {"海螺环保", "雅葆轩", "福赛科技", "优升新能源"}, set()),
    # 四平 2025: 新 is part of the name, not a lead word
    ("宏大液压机械运输机器人等8个项目纳入省“智改数转”项目库，新天龙等6户企业获评省级绿色工厂。", {"新天龙"}, {"天龙"}),
    # 株洲 2014: a lead verb jieba tags as a noun (全力支持)
    ("不断拓展和深化友城合作，全力支持南车株机等企业拓展国际市场，加强合作交流。", {"南车株机"}, {"全力支持南车株机"}),
]

# Fix 2: the other items of such a list whose peer the older rules found (国瑞智能 of the list below) are names too
PEERS = [
    # 十堰 2020: a peer of a found company
    ("加快建设一批智能制造示范企业、数字化车间、智能生产线，发展壮大东风装备制造、国瑞智能、恒进感应等企业。", {"恒进感应"}, set()),
    # 濮阳 2014: a peer of lexicon companies
    ("加强与中石化、中石油、中海油、省投资集团、河南能化等大企业的战略合作，促其在濮扩大投资、布局项目。", {"河南能化"}, set()),
    # 青海 2021: sectors stay out even where the older rules read one of them
    ("支持有实力的企业在国外设立自主品牌专卖店和产品展示中心，鼓励光伏、有色、盐化等企业开拓海外市场。", set(), {"盐化"}),
    # 西宁 2016: a kind of fund before 等基金对…公司 (no class of companies the items are counted in)
    ("加大创投、风投等基金对科技型公司的支持力度，推动各类创新要素向企业集聚。", set(), {"创投"}),
]

KINDS = [
    # 邯郸 2017: places before 等地企业
    ("全部退出和承德、秦皇岛钢铁产能部分退出，支持武安、丰南、迁安等地企业整合重组。", set(), {"武安", "迁安"}),
    # (丰南 is read by the older list rules on main already: left alone this round)
    # 丹东 2021: sectors before 等…企业
    ("支持汽车及零部件、仪器仪表、纺织服装等传统优势企业布局智能工厂。", set(), {"仪器仪表", "纺织服装"}),
    # 白银 2014: products before 等…加工企业
    ("培育壮大瓜菜、枸杞、小杂粮、羊羔肉等优势农产品加工企业，加工转化率提高。", set(), {"小杂粮", "枸杞"}),
    # (瓜菜 and 羊羔肉 are read by the older list rules on main already: left alone this round)
    # 海口 2021: fields before 等…企业
    ("谋划引进工业互联网、大数据、云计算、人工智能、智能终端等数字经济企业和项目。", set(), {"大数据", "云计算"}),
    # 庆阳 2023: 平等, not a list
    ("积极培育上市企业，依法平等保护企业产权、自主经营权。", set(), {"依法平"}),
    # 湘西 2021: trades in one dictionary word or a process (a rare word is no name alone)
    ("社会信用体系等基础性关键领域改革有序推进，淘汰烟花爆竹、矿山浮选等企业200多家。", set(), {"烟花爆竹", "矿山浮选"}),
    # 陕西 2020: a lead phrase before a count
    ("增强持续融资能力，力争新增10家上市公司。", set(), {"力争新增", "力争"}),
]


@pytest.mark.parametrize(("text", "must", "must_not"), FOUND + PEERS + KINDS)
def test_short_names_before_a_class_of_companies(text: str, must: set[str], must_not: set[str]) -> None:
    orgs = extract(text)["organizations"]
    assert must <= orgs, (must - orgs, orgs)
    assert not must_not & orgs, (must_not & orgs, orgs)
