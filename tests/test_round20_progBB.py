"""Round 20 (progBB, program edges; 200 random corpus reports, seed 2004).

(a) A round or phase ordinal written straight before a program's name stays in it (第二期学前教育三年行动计划, 第六轮行政审批
制度改革), as the gold sets keep 第二轮土地承包到期后再延长30年试点; not 新一轮 (the official gold drops it), a batch (第二批),
a count (第4个) or an ordinal before a quoted name (kg/extract/entities/round20_edges.py).
(b) The levels of government that carry out a reform are no part of its name (市县两级政府机构改革 → 政府机构改革, 市、县行政
审批一体化改革 → 行政审批一体化改革, not 县…); mechanisms and systems keep them, and so does a single 市级.
(c) The batch (首批, 第二批) a pilot was picked in leaves the program's name (全国首批城市更新试点 → 全国城市更新试点), as the
official gold drops 首批 from 首批碳达峰试点城市和园区建设; not after a place (华容首批国家数字乡村试点).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file.
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

ORDINALS = [
    # (text, must be found, must not be found)
    ("实施第二期学前教育三年行动计划，新增中小学学位6000个、公办幼儿园学位2220个。",  # 福州 2016
     {"第二期学前教育三年行动计划"}, {"学前教育三年行动计划"}),
    ("启动实施科技创新能力建设工程和第五轮科技创新计划。",  # 广西 2011
     {"第五轮科技创新计划", "科技创新能力建设工程"}, {"科技创新计划"}),
    ("深入开展第六轮行政审批制度改革，继续简政放权，全面推行并联审批。",  # 云南 2013
     {"第六轮行政审批制度改革"}, {"行政审批制度改革"}),
    ("深化农业农村集成改革，有序推进第二轮土地承包到期后再延长30年试点，稳步推动集体经营性建设用地入市试点。",  # 苏州 2025
     {"第二轮土地承包到期后再延长30年试点"}, {"土地承包到期后再延长30年试点"}),
    ("实施第二期特殊教育提升计划。",  # 山东 2017
     {"第二期特殊教育提升计划"}, {"特殊教育提升计划"}),
    # guards: an inspection round, an ordinal before a quote, a count, 新一轮 (the official gold drops it)
    ("高质量完成第二轮中央生态环境保护督察和自治区环保督察整改年度任务。",  # 呼和浩特 2023 (dev3 guangzhou's convention)
     {"中央生态环境保护督察"}, {"第二轮中央生态环境保护督察"}),
    ("完成第二轮“万人创业计划”，帮扶10000名群众创业。", {"万人创业计划"}, {"第二轮万人创业计划"}),  # 南通 2014
    ("实施第4个幸福长春行动计划，办一批群众最关心、最直接、最迫切的民生实事。",  # 长春 2016
     {"幸福长春行动计划"}, {"第4个幸福长春行动计划"}),
    ("深入推进新一轮现代农业综合改革试点，扎实推进第二轮土地承包到期后再延长30年试点。",  # 湖南 2022
     {"现代农业综合改革试点", "第二轮土地承包到期后再延长30年试点"}, {"新一轮现代农业综合改革试点"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), ORDINALS)
def test_round_ordinals(text: str, present: set[str], absent: set[str]) -> None:
    found = extract(text)["programs"]
    assert present <= found, found
    assert not absent & found, found


LEVELS = [
    ("完成市县两级政府机构改革。", {"政府机构改革"}, {"市县两级政府机构改革"}),  # 太原 2006
    ("顺利完成市、区两级机构改革。", {"机构改革"}, {"市、区两级机构改革", "区两级机构改革"}),  # 广州 2025
    ("市县两级国企改革全面启动。", {"国企改革"}, {"市县两级国企改革"}),  # 张掖 2017
    ("围绕职权下放不到位问题，加大简政放权力度，深入推行市、县行政审批一体化改革，赋予园区更大范围的经济管理权限。",  # 营口 2018
     {"行政审批一体化改革"}, {"县行政审批一体化改革"}),
    ("积极稳妥地推进全省市、县、镇机构改革。", {"机构改革"}, {"镇机构改革"}),  # 广东 2001
    ("市、县属国有企业改革改制面分别达60%和90%以上。", {"国有企业改革"}, {"县属国有企业改革"}),  # 湖南 2006
    # guards: a mechanism or system keeps the levels whose it is; a single level word stays
    ("实行市、县两级四家班子领导联系重大项目制度，加快重大项目建设。",  # 河池 2014
     {"市、县两级四家班子领导联系重大项目制度"}, {"四家班子领导联系重大项目制度"}),
    ("全面完成市级机构改革任务，加快推进市直管镇改革。", {"市级机构改革"}, {"机构改革"}),  # 东莞 2020: a single level (dev7 keeps 市级)
    # a level word after a town's name and 、 is no pair of levels (东营 2014)
    ("重点支持市级试点强镇、省级示范镇和国家级改革试点镇加快发展。", set(), {"示范镇和国家级改革"}),
]


@pytest.mark.parametrize(("text", "present", "absent"), LEVELS)
def test_level_reforms(text: str, present: set[str], absent: set[str]) -> None:
    found = extract(text)["programs"]
    assert present <= found, found
    assert not absent & found, found


BATCHES = [
    ("深化全国首批城市更新试点，新启动30个片区更新项目，完成老旧小区改造601个。",  # 成都 2022
     {"全国城市更新试点"}, {"全国首批城市更新试点"}),
    ("第二批县级公立医院综合改革试点成果显著。",  # 松原 2015
     {"县级公立医院综合改革试点"}, {"第二批县级公立医院综合改革试点"}),
    ("生态文明建设深入推进，国家第三批低碳城市试点深入实施，市区空气质量优良率为84.4%。",  # 柳州 2018
     {"国家低碳城市试点"}, {"国家第三批低碳城市试点"}),
    ("积极争创全国市域社会治理现代化首批试点。",  # 马鞍山 2020
     {"全国市域社会治理现代化试点"}, {"全国市域社会治理现代化首批试点"}),
    # guards: a place's pilot keeps what follows the place; too little left
    ("积极推进华容首批国家数字乡村试点。", set(), {"华容国家数字乡村试点"}),  # 鄂州 2021
    ("巩固当涂县试点成果，推进花山区第二批试点。", set(), {"花山区试点"}),  # 马鞍山 2020
]


@pytest.mark.parametrize(("text", "present", "absent"), BATCHES)
def test_batch_words(text: str, present: set[str], absent: set[str]) -> None:
    found = extract(text)["programs"]
    assert present <= found, found
    assert not absent & found, found
