"""Round 24 (progJA, programs; whole misses across sets; kg/extract/entities/round24_programs.py).

Fix 1: a cooperation named by the regions it joins, before 合作 (宁淮合作, 长江中游城市群合作, 川滇藏青甘交界地区合作,
晋陕豫黄河金三角区域合作), is a program — whole misses in dev7, dev14, dev17 and dev26; the golds list 4 of the 5 such names in
their texts. Regions before 合作 in 46 of 200 random corpus reports (seed 2403). Guards: a partner after 与 (深化与周边区域合作),
a zone, park or project named after the cooperation (…合作示范性产业项目, …合作汽车专业实训基地), sectors paired (政银企合作),
a country pair opened by 中 (中德合作).

Fix 2: a quoted name opened by a numeral (统筹推进“五外联动”, 坚持“双自联动”, 推进“百企帮百村”和…), right after the verb that
puts it in force, is a program — whole misses in dev21, dev24 and dev26 (the numbered-slogan rule dropped them); the golds list
21 of the 28 such quotes in their texts. 229 such quotes in 130 of the 200 reports, 120 not found before. Guards: a count
(两个确立, 四个不摘, 五个合作), a facility (百院大战 has 大: a count word, left out), a chain of quotes before a head.

Fix 2b: the same numbered quote as its clause's subject before a predicate of progress (“两区同建”稳步实施, 农村“五线五治”成效
明显: whole misses in dev16 and dev19; the golds list 5 of the 5 in their texts). Guards as fix 2 (科技创新“六大突破”: 大).

Each case is a sentence of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
COOPERATION_CASES = [
    ("深化苏辽合作，抓实苏宁文创小镇、雨润食品研发生产基地等项目。", set(), {"苏辽合作"}),  # 沈阳 2021
    ("认真贯彻落实党中央决策部署，统筹推进区域协调发展，深化川渝合作，唱好“双城记”、建好“经济圈”，为全国发展大局作出新贡献。",
     set(), {"川渝合作"}),  # 重庆 2020
    ("强力推进豫沪合作，举办长三角招商活动周，与上海电气、平安建投等企业实施战略合作。", set(), {"豫沪合作"}),  # 许昌 2021
    ("以农业、生物、信息为重点，推进滇台合作。", set(), {"滇台合作"}),  # 云南 2011
    ("深化兰西城市群合作，协同推进国家综合货运枢纽补链强链项目。", {"深化兰西城市群合作"}, {"兰西城市群合作"}),  # 西宁 2025
    ("深化滇中区域合作，协助规划构建以高速公路和城际轨道为支撑的区域交通体系，争取在交通运输等领域率先取得突破。",
     set(), {"滇中区域合作"}),  # 昆明 2012
    ("泛珠三角区域合作深入推进，珠江—西江经济带、粤桂黔高铁经济带建设取得新进展。", set(), {"泛珠三角区域合作"}),  # 广东 2019
    # guards: a partner after 与, sectors, a country pair, a project or base named after the cooperation
    ("深化与周边区域合作，促进区域联动发展。", {"周边区域合作"}, set()),  # 朔州 2016
    ("金融领域是:引进股份制银行，推动政银企合作。", {"政银企合作"}, set()),  # 南昌 2006
    ("发挥中德工业城市联盟作用，谋划一批中德合作示范性产业项目，提升中德工业服务区发展水平。", {"中德合作"}, set()),  # 佛山 2020
    ("深化济宁高新区与北京中关村、上海张江合作，推进华大基因济宁分院建设。", {"上海张江合作"}, set()),  # 济宁 2014 (partners)
]

NUMBERED_CASES = [
    ("坚持“五育并举”，加大智慧教育推广应用，以信息化技术、个性化教学让每个学生做“最好的自己”。", set(), {"五育并举"}),  # 蚌埠 2021
    ("深入开展“四清理一审计”，政府系统党风廉政和政治生态建设不断加强。", set(), {"四清理一审计"}),  # 鸡西 2021
    ("我们将尽心尽力、尽职尽责，扎实推进“两强三提高”，不断提升政府施政能力和服务水平。", set(), {"两强三提高"}),  # 宁波 2018
    ("深入开展“四创两争”，举全市之力攻坚，积极创建全国文明城市。", set(), {"四创两争"}),  # 保山 2021
    # fix 2b: the numbered name as its clause's subject, before how far it got
    ("“三规合一”成效显著，盘活存量建设用地规模128.8平方公里。", set(), {"三规合一"}),  # 广州 2014
    ("泗洪县“五城同创”扎实推进，通过省级优秀管理城市验收，获批省级食品安全示范县。", set(), {"五城同创"}),  # 宿迁 2019
    ("中心城区“三改四化”成果丰硕，市本级城建投入累计超过300亿元。", set(), {"三改四化"}),  # 常德 2016
    ("降低企业运营成本，一般工商业电价以及供水、燃气配套费下调10%以上，货运车辆“三检合一”全面实施。", set(), {"三检合一"}),  # 沈阳 2019
    # guards: counted slogans (个), a count word (大)
    ("持续深化“五个合作”，签约重大项目497个，招商引资到位资金年均增长6%。", {"五个合作"}, set()),  # 松原 2021
    ("坚持“四个不摘”，确保财政专项扶贫资金投入力度不减。", {"四个不摘"}, set()),  # 毕节 2020
    ("推进“百院大战”，建成市一医双山分院、市妇幼保健院、七星关区第二人民医院。", {"百院大战"}, set()),  # 毕节 2020
    ("——坚持“三管齐下”，用好“五把钥匙”，全力“去极端化”。", {"三管齐下"}, set()),  # 博尔塔拉 2016 (an idiom)
    ("科技创新“六大突破”取得显著进展。", {"六大突破"}, set()),  # 沈阳 2007 (one of the 200): a count word
]


@pytest.mark.parametrize("text,absent,present", COOPERATION_CASES)
def test_region_cooperations(text: str, absent: set[str], present: set[str]) -> None:
    programs = extract(text)["programs"]
    assert present <= programs, (present - programs, programs)
    assert not (absent & programs), (absent & programs, programs)


@pytest.mark.parametrize("text,absent,present", NUMBERED_CASES)
def test_numbered_programmes(text: str, absent: set[str], present: set[str]) -> None:
    programs = extract(text)["programs"]
    assert present <= programs, (present - programs, programs)
    assert not (absent & programs), (absent & programs, programs)
