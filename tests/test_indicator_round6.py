"""Indicator spans, issue #4 round 6: the misses of the blind corpus sample G (and of F, E, D) that a pattern
fixes. Every sentence is from a corpus report outside every gold set (place/year in the comment)."""

from __future__ import annotations

import pytest

from kg.extract.measurements import sentence_indicators
from kg.numbers import find_quantities


def indicators_of(sentence: str) -> dict[str, str]:
    quantities = find_quantities(sentence)
    return {sentence[q.start:q.end]: name for q, name in zip(quantities, sentence_indicators(sentence, quantities), strict=True)}


@pytest.mark.parametrize("sentence, figure, indicator", [
    # 新（改）建, 新（改、扩）建, 改（新）建: the alternatives in brackets make one governing verb
    ("新（改）建农村公路610公里，获评“四好农村路”全国示范市", "610公里", "农村公路"),  # 眉山/2023
    ("新（改、扩）建城乡社区卫生服务中心10家以上、服务站150家", "10家", "城乡社区卫生服务中心"),  # 宁波/2011
    ("改（新）建农村户厕7万多个，建成农村“三路”6000公里", "7万多个", "农村户厕"),  # 益阳/2023
    ("新（扩）建污水处理厂21座，建成215个工业园区污水处理设施", "21座", "污水处理厂"),  # 佛山/2026
    ("新建垃圾中转站2座、新（改）建公共厕所99座。", "99座", "公共厕所"),  # 扬州/2014
    ("新增公共停车位1300个，新（改）建公厕16座、口袋公园9个", "16座", "公厕"),  # 吴忠/2025 (sample G)
    # a 分别 list whose first member names its own amount (…占比) does not share the last one's head (…利用率)
    ("市区海绵城市达标面积占比、再生水利用率分别达到62%和65%以上。", "62%", "市区海绵城市达标面积占比"),  # 吴忠/2025
    ("市区海绵城市达标面积占比、再生水利用率分别达到62%和65%以上。", "65%", "再生水利用率"),
    # a count of things names the things, not an amount of theirs the clause goes on to measure
    ("7个县市区经济总量全部跨入“百亿”行列，其中，1个县GDP超过400亿元，4个县GDP超过300亿元", "7个", "县市区"),  # 达州/2021
    ("7个县市区经济总量全部跨入“百亿”行列，其中，1个县GDP超过400亿元，4个县GDP超过300亿元", "4个", "县"),
    ("5个产业集群列入省重点，4个产业集群销售收入突破百亿元", "4个", "产业集群"),  # 葫芦岛/2014
    ("50户重点企业产值增长5%", "50户", "重点企业"),  # 吉林市/2023
    ("60家企业税收超千万元", "60家", "企业"),  # 河源/2014
    ("7个区域中心城市经济总量均超过2000亿元", "7个", "区域中心城市"),  # 四川/2023
    # 在 and a place before a governing verb: where, not what is counted
    ("（10）在公共场所配备体外除颤仪65台，建成应急救护培训基地1个。", "65台", "体外除颤仪"),  # 白银/2023 (sample G)
    ("在中心城区新建消防栓474个、更换维护171个；", "474个", "消防栓"),  # 潮州/2015
    ("规划建设农贸市场，在中心城区新建农贸市场2个以上。", "2个", "农贸市场"),  # 贵港/2018
    ("在城市外围开工建设郊野公园10个，建成3-5个；", "10个", "郊野公园"),  # 郑州
    ("在公共场所新增配置自动体外除颤仪1万台、对应培训5万人", "1万台", "自动体外除颤仪"),  # 浙江
    # a verb alone after a count (两个确立) does not make it a modifier of counted nouns: it governs its object
    ("与重庆渝北区、合川区和广西防城港市缔结友好城市，确立合作事项107项。", "107项", "合作事项"),  # 广元/2021 (sample F)
    ("整合各级财政扶贫资金5.4亿元，因地制宜实施扶贫产业项目", "5.4亿元", "财政扶贫资金"),  # 呼和浩特/2021
    ("贯通“断头路”43条。", "43条", "“断头路”"),  # 宁波/2025
    # …while 受益 and 快递 still open the names of standard statistics
    ("推进农村饮水安全工程，新增受益人口12.5万人。", "12.5万人", "受益人口"),  # 潮州/2015
    ("开展中医巡诊巡讲224场，受益群众3万人次", "3万人次", "受益群众"),  # 镇江/2020
    ("机场旅客吞吐量939万人次、货邮吞吐量12万吨，快递业务处理量突破10亿件。", "10亿件", "快递业务处理量"),  # 宁波/2018
    # a gap in points to a reference, in a clause of its own, measures what the figure before measured
    ("全省农村居民人均可支配收入增长8.7%，高于城镇0.9个百分点。", "0.9个百分点", "农村居民人均可支配收入"),  # 河南/2019
    ("战略性新兴产业加速发展，新兴产业增加值增长17%，快于传统产业10个百分点；", "10个百分点", "新兴产业增加值"),  # 阳泉/2023
    ("城镇登记失业率3.16%，低于自治区目标控制线1.34个百分点。", "1.34个百分点", "城镇登记失业率"),  # 柳州/2020
    ("高新技术产业增加值增长22.5%，高出工业增加值增幅11.5个百分点", "11.5个百分点", "高新技术产业增加值"),  # 浙江/2002
    ("空气质量优良天数占比达89.7%，高出省定标准4.7个百分点；", "4.7个百分点", "空气质量优良天数占比"),  # 松原/2021
    # 过 after an amount (over, a threshold): the amount is what the figure measures
    ("红星美凯龙生活广场等一批投资过10亿元的项目正式签约", "10亿元", "投资"),  # 平凉/2016 (sample G)
    ("财政收入过10亿元的县（市、区）力争新增3个", "10亿元", "财政收入"),  # 江西/2009
    ("双综保区联动发展，进出口额过10亿元企业达到7家。", "10亿元", "进出口额"),  # 济南/2026
    ("争取中央和省资金93.5亿元，实施单体投资过2亿元的市级重点项目453个", "2亿元", "单体投资"),  # 烟台/2012
    ("地区生产总值迈过2000亿元，前四年年均增长7.6%", "2000亿元", "地区生产总值"),  # 孝感/2021: not 迈过
    # verbs that open a clause before the thing counted (indicator_verbs.txt, round 6)
    ("累计落地招商项目1675个、总投资3050亿元，引进高层次人才174人", "1675个", "招商项目"),  # 亳州/2021 (sample G)
    ("谋划储备“十四五”重大项目1084项，预期投资达2487亿元", "1084项", "“十四五”重大项目"),  # 海北/2022 (sample E)
    ("落地国家区域医疗中心3个，成立市第一、第二总医院", "3个", "国家区域医疗中心"),  # 福州/2026
    ("储备猪肉1.45万吨，保证城镇居民7天的供应；", "1.45万吨", "猪肉"),  # 黑龙江/2012
    # …but before a bare 项目 or 企业 a stage says which ones are counted (the gold files' 累计开工项目113个)
    ("签约项目813个、落地项目420个，实际到位内资增长10%", "420个", "落地项目"),  # 鞍山/2025
    ("新开工项目205个、竣工115个，重大项目投资完成率120%", "205个", "新开工项目"),  # 贵港/2018
    ("确保到4月20日前，累计开工项目109个；", "109个", "开工项目"),  # 雅安/2014
    ("搭建科创供应链平台，入驻企业3131家，达成合作1403项", "3131家", "入驻企业"),  # 黄冈/2025
    ("精心抓谋划，储备项目稳定在1000个以上", "1000个", "储备项目"),  # 滨州/2024
    ("引进亿元以上项目145个，签约资金572亿元，到位市外资金590亿元", "572亿元", "签约资金"),  # 广元/2021 (sample F)
    # a subject, then what it set up (建立 as an inner verb): the thing set up
    ("规模以上工业企业建立研发机构总量超540个，国家高新技术企业超1200家。", "540个", "研发机构总量"),  # 肇庆/2022 (sample G)
    ("高校建立创业平台527个。", "527个", "创业平台"),  # 黑龙江/2018
    ("在易地扶贫搬迁安置点建立公共法律服务工作站（室）71个", "71个", "公共法律服务工作站（室）"),  # 安顺/2020
    # …but the share of the subjects that set one up is named whole
    ("规模以上工业企业建立研发机构比例达38%。", "38%", "规模以上工业企业建立研发机构比例"),  # 广东/2019
    # an industry that achieved its value added or output names it (the gold files' 支柱工业, 十大工业产业)
    ("第三产业实现增加值9963.89亿元，增长13.3%。", "9963.89亿元", "第三产业"),  # 广州/2014
    ("第三产业实现增加值9963.89亿元，增长13.3%。", "13.3%", "第三产业"),
    ("力争优质白酒产业实现产值950亿元。", "950亿元", "优质白酒产业"),  # 宜宾/2025
    ("建筑业完成总产值2380亿元，增长13%。", "2380亿元", "建筑业"),  # 扬州/2014
    ("高新技术产业实现增加值126.7亿元、增长20%，高速动车组", "126.7亿元", "高新技术产业"),  # 唐山/2012
    # …revenue and profit stay as written
    ("规模以上工业企业实现利润594.9亿元，增长28.9%", "594.9亿元", "规模以上工业企业实现利润"),  # 黑龙江/2004
    # a stage verb before a bare amount word stays: 签约总额, 竣工面积
    ("全年新签约项目476个，签约总额3800亿元。", "3800亿元", "签约总额"),  # 滨州/2024
    ("新开工商品房面积84.45万平方米，竣工面积31.77万平方米。", "31.77万平方米", "竣工面积"),  # 雅安/2014
])
def test_round6_spans(sentence: str, figure: str, indicator: str) -> None:
    assert indicators_of(sentence)[figure] == indicator


def test_counted_part_leaves_rates_areas_and_verbs() -> None:
    from kg.extract.indicators import counted_part
    assert counted_part("县GDP") == "县"
    assert counted_part("工业龙头企业产值") == "工业龙头企业"
    assert counted_part("机场旅客吞吐量") == "机场旅客吞吐量"  # not an amount of each thing counted
    assert counted_part("县级饮用水源地水质达标率") == "县级饮用水源地水质达标率"
    assert counted_part("新增产值") == "新增产值"
