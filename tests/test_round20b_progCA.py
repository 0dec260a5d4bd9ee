"""Round 20b (progCA, program lists; 200 random corpus reports, seed 2014).

Steps or parts joined by 、 before one mechanism head name one mechanism, kept whole as the gold files keep them (official
`双随机、一公开机制`; dev9 `项目招商区域协同、利益共享机制`, dev17 `军地协调、需求对接、资源共享机制`, dev19
`月调度、季考核、半年拉练、全年结账项目推进机制`, dev22 `问题直报、直接受理、闭环解决机制`): not the items each completed with
机制, not the last part alone (kg/extract/entities/round20b_program_lists.py). Not: a list closed by 等 (a list of
mechanisms), a part with a head of its own (two mechanisms), a second act with its own verb, manners only (精细化、常态化管理机制).

Each case is a sentence of a corpus report outside the 200 (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

MECHANISMS = [
    # (text, must be found, must not be found)
    ("健全项目会商研判、联系帮扶、分级调度机制，认真落实“土地要素跟着项目走”举措。",  # 滁州 2020
     {"项目会商研判、联系帮扶、分级调度机制"}, {"分级调度机制", "联系帮扶机制", "项目会商研判机制"}),
    ("完善风险监测、预警、防范、化解机制，坚决维护金融秩序稳定。",  # 鹤岗 2022
     {"风险监测、预警、防范、化解机制"}, {"化解机制", "风险监测机制"}),
    ("建立健全作风状况评价、考核、问责机制，严明纪律。",  # 湖北 2013
     {"作风状况评价、考核、问责机制"}, {"问责机制", "作风状况评价机制"}),
    ("建立市域招商协同、利益分享机制，发展“飞地”经济。",  # 黄冈 2021
     {"市域招商协同、利益分享机制"}, {"利益分享机制", "市域招商协同机制"}),
    ("出台招商引资政策，建立健全领导包联、集中审批、协调调度、监督考核机制，形成全员招商、全面招商、全力招商的强大氛围。",  # 乌海 2021
     {"领导包联、集中审批、协调调度、监督考核机制"}, {"监督考核机制", "领导包联机制", "协调调度机制"}),
    ("健全招商项目谋划、对接、筛选、确定、储备全流程闭环机制，从创新、生态、效益和成熟度方面严格把关。",  # 漯河 2022
     {"招商项目谋划、对接、筛选、确定、储备全流程闭环机制"}, {"储备全流程闭环机制"}),
    ("健全州县协同工作机制，完善政府投资、社会投资项目审查机制，整合全州旅游优势资源。",  # 黔南 2022
     {"政府投资、社会投资项目审查机制"}, {"社会投资项目审查机制"}),
    ("着力构建以企业为主体、市场为导向、产学研相结合的技术创新体系，完善科技创新评价、激励、转化机制。",  # 湖北 2013
     {"科技创新评价、激励、转化机制"}, {"转化机制"}),
    # guards: a list closed by 等, a part that is a mechanism of its own, manners only, 和 inside the last part
    ("健全正向激励、容错纠错、考核评价、关心关爱等机制，在全市政府系统营造“比学赶超、争创一流”的浓厚氛围。",  # 南昌 2021
     set(), {"正向激励、容错纠错、考核评价、关心关爱等机制", "正向激励、容错纠错、考核评价、关心关爱机制"}),
    ("健全重点项目并联审批机制、挂图作战协调督办机制，优先保障重大项目用地、资金等要素需求。",  # 珠海 2023
     {"重点项目并联审批机制", "挂图作战协调督办机制"}, {"重点项目并联审批机制、挂图作战协调督办机制"}),
    ("推进数字城市建设，形成精细化、常态化管理机制，全面提高城市管理水平。",  # 盘锦 2014
     set(), {"精细化、常态化管理机制"}),
    ("完善金融风险监测、评估和处置机制，突出抓好债务风险防范化解。",  # 三明 2023
     set(), {"金融风险监测、评估和处置机制"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), MECHANISMS)
def test_coordinated_mechanisms(text: str, present: set[str], absent: set[str]) -> None:
    found = extract(text)["programs"]
    assert present <= found, found
    assert not absent & found, found
