"""Round 22 (orgFA): the items of a list share the research body's head written after the last one.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round22_orgFA/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, organizations that must be found) — 湖北 2023, 内蒙古 2017, 深圳 2024, 成都 2026, 广西 2024, 呼和浩特 2015,
# 山东 2025, 漳州 2020
FOUND = [
    ("脉冲强磁场大科学装置优化提升项目启动建设，杂交水稻、作物遗传改良2家重点实验室纳入首批标杆全国重点实验室。",
     {"杂交水稻重点实验室", "作物遗传改良重点实验室"}),
    ("设立了稀土综合利用、特种车辆制造两个国家重点实验室，实现了国家级企业重点实验室零的突破。",
     {"稀土综合利用国家重点实验室", "特种车辆制造国家重点实验室"}),
    ("推动国家高性能医疗器械等制造业创新中心取得更多突破性成果。", {"国家高性能医疗器械制造业创新中心"}),
    ("支持川藏铁路、高端航空装备等国家技术创新中心加快科研攻关和成果转化。",
     {"川藏铁路国家技术创新中心", "高端航空装备国家技术创新中心"}),
    ("组建新能源汽车等3家自治区实验室。", {"新能源汽车自治区实验室"}),
    ("启动建设盛唐国际蒙医药等3家研究院。", {"盛唐国际蒙医药研究院"}),
    ("新建空天信息、铝产业先进制造省实验室，重组省重点实验室249家。", {"空天信息省实验室", "铝产业先进制造省实验室"}),
    ("成立装备制造、钢铁、食品等5家产业技术研究院，培育省级以上企业技术中心33家。",
     {"装备制造产业技术研究院", "钢铁产业技术研究院", "食品产业技术研究院"}),
]

# (sentence, organization that must not be found: the items are kinds, bodies of their own, companies that act, or counts)
# — 包头 2021, 天津 2008, 西安 2023, 甘肃 2011, 广州 2020, 苏州 2023, 梧州 2021, 吕梁 2021, 洛阳 (支持中信重工…申建)
NOT_FOUND = [
    ("支持北重、包钢、东宝生物申报建设国家重点实验室，支持包铝、二冶申报创建国家企业技术创新中心。", "北重国家重点实验室"),
    ("支持北重、包钢、东宝生物申报建设国家重点实验室，支持包铝、二冶申报创建国家企业技术创新中心。", "包铝技术创新中心"),
    ("加强重点实验室、工程技术研究中心、生产力促进中心、科技企业孵化器建设。", "工程技术研究中心"),
    ("推动光电子信息、新材料等领域实验室参与全国重点实验室重组。", "光电子信息全国重点实验室"),
    ("新建国家重点实验室2个、国家工程技术研究中心4个、省级重点实验室22个、省级工程技术研究中心72个。",
     "省级工程技术研究中心"),
    ("香港科技大学（广州）、南方海洋科学与工程省实验室香港分部启动建设。", "香港科技大学（广州）省实验室"),
    ("南京大学苏州校区实现首届招生，中国科学技术大学高等研究院加快建设。", "中国科学技术大学高研究院"),
    ("加快苍梧新县城医疗机构、市工人医院改扩建、市红十字会医院苍海医院、国际生物毒素研究中心等建设。",
     "苍梧新县城医疗机构研究中心"),
    ("鼓励各开发区与C9高校、中科院合作，争创国家级、省级工程技术研究中心、重点实验室等平台20家。", "国家级工程技术研究中心"),
    ("支持中信重工、黎明院等申建国家技术创新中心。", "中信重工国家技术创新中心"),
    # check draw (seed 22051): 甘孜 2020, 阳泉 2022, 天津 2021 — a passive frame, a place's own body, facilities
    ("海螺沟、稻城亚丁景区被中国旅游与大数据研究中心评为2019年中国最受欢迎景区之一。", "海螺沟研究中心"),
    ("智创城7号、阳泉产业技术研究院、阳泉人才发展集团有限公司正式挂牌。", "智创城7号产业技术研究院"),
    ("加快建设新一代超级计算机、大型地震工程模拟研究设施、国家合成生物技术创新中心。", "新一代超级计算机技术创新中心"),
]


@pytest.mark.parametrize("text,names", FOUND)
def test_items_share_the_research_head(text, names):
    assert names <= _orgs(text)


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_kinds_bodies_and_counts_take_no_head(text, name):
    assert name not in _orgs(text)
