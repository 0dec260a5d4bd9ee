"""Round 18 (progU, programs; the lists before 等制度/等工程/等计划/等行动 missed in dev13, dev14, dev15 and dev17, counted on
200 random corpus reports, seed 1802, eval/corpus_samples/entN/round18/).

Each case is a sentence of a corpus report outside those 200 (found with find_cases.py). The items listed before 等 + a
program head are programs each, with the head (完善临时救助和医疗救助等制度 -> 临时救助制度, 医疗救助制度); not where the head
qualifies a noun after it (制度型开放), nor items naming works (底泥清淤、湖水活用等工程, …亮化等工程) or noun-only items
(长江保护林、生态公益林等工程), nor lists before 等机制 (the official shayibake gold lists none of its 区级领导包联、定期调度等机制).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

LISTS = [
    # (sentence, names that must not be found, names that must be found)
    ("修订补充工伤保险办法，完善大病补充医疗保险、临时救助和医疗救助等制度。",
     {"临时救助和医疗救助制度"}, {"大病补充医疗保险制度", "临时救助制度", "医疗救助制度"}),  # 厦门 2016
    ("按照“两集中、两到位”的要求，全面实施新的固定资产投资项目联合审批流程，落实“一站式”办公、限时办结等制度；",
     set(), {"一站式办公制度", "限时办结制度"}),  # 太原 2012
    ("建立财政专项资金管理、投融资项目资金管理、国有资本经营预算等制度。",
     set(), {"财政专项资金管理制度", "投融资项目资金管理制度", "国有资本经营预算制度"}),  # 泉州 2013
    ("坚持依法行政，认真落实审计监督、政务公开、大额资金管理等制度，推动政府决策科学化、民主化、法治化。",
     set(), {"审计监督制度", "政务公开制度", "大额资金管理制度"}),  # 固原 2022
    ("旗帜鲜明讲政治，深学细悟习近平新时代中国特色社会主义思想，落实“第一议题”、中心组学习等制度，筑牢对党忠诚的政治根基。",
     set(), {"第一议题制度", "中心组学习制度"}),  # 重庆 2025
    ("进一步规范市政府常务会议、市长例会制度，完善政府性投资项目审批、投融资风险防控、公务用车购置审批等制度，民生资金“码”上监督平台上线运行。",
     set(), {"政府性投资项目审批制度", "投融资风险防控制度", "公务用车购置审批制度"}),  # 宜春 2022
    ("深入推进国家现代农业示范区建设，加快实施新型经营主体培育、现代农业产业园区建设、农业产业链延伸、农产品质量建设等工程，走产出高效、产品安全、资源节约、环境友好的道路。",
     set(), {"新型经营主体培育工程", "现代农业产业园区建设工程", "农业产业链延伸工程", "农产品质量建设工程"}),  # 常州 2016
    ("加强生态保护区建设，完善绿化评估、绿线控制等制度。",
     {"绿线控制"}, {"绿化评估制度", "绿线控制制度"}),  # 南京 2013 (控制 is no head of its own)
    ("建立健全生态文明考核评价、生态环境损害责任追究和排污权交易等制度，切实做到源头严防、过程严管、后果严惩。",
     {"生态环境损害责任追究和排污权交易制度"},
     {"生态文明考核评价制度", "生态环境损害责任追究制度", "排污权交易制度"}),  # 宁夏 2016 (an item of two parts joined by 和)
    # guards: a head qualifying a noun, works, noun-only items, 等机制
    ("2020年底以来，在实施道路绿化品质提升、城市公园改造提升等工程中，发生了大规模迁移砍伐城市树木问题。",
     {"道路绿化品质提升工程", "城市公园改造提升工程"}, set()),  # 广州 2022
    ("加快打造自贸试验区南宁片区升级版，稳步扩大规则、规制、管理、标准等制度型开放。",
     {"规则制度", "管理制度", "标准制度"}, set()),  # 南宁 2025
    ("实施底泥清淤、湖水活用、水系连通等工程，启动十五里河、二十埠河防洪工程。",
     {"底泥清淤工程", "湖水活用工程", "水系连通工程"}, set()),  # 合肥 2025
    ("三水区广三高速城区段两旁美化亮化、西南城区重点地段亮化等工程完成，一环东路美化绿化成为样板工程。",
     {"西南城区重点地段亮化工程", "三水区广三高速城区段两旁美化亮化工程"}, set()),  # 佛山 2013
    ("重视生态环境保护，加强综合治理，积极实施退耕还林、长江保护林、生态公益林等工程建设，造福社会民众。",
     {"长江保护林工程", "生态公益林工程"}, set()),  # 南昌 2003
    ("深化信用包头建设，健全失信行为认定、失信联合惩戒、信用修复等机制。",
     {"失信行为认定机制", "信用修复机制"}, set()),  # 包头 2021
]


@pytest.mark.parametrize("text,absent,present", LISTS)
def test_etc_head_lists(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
