"""Round 24b (orgIA): a level word and a kind with no proper name (国家工程中心, 自治区重点实验室, 省级工业设计研究院,
县（区）两级中小企业服务中心) is a class, not an organization; a named body with a level word (省级人形机器人…, 市人民医院,
the level + field names) stays.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round24b_orgIA/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse
from kg.extract.entities.round24b_orgs import _is_class


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, a class that must not be an organization) — 广州 2014, 哈密 2020, 洛阳 2022, 福州 2006, 重庆 2023, 合肥 2021,
# 北京 2013, 宁夏 2023, 海南 2026, 肇庆 2021
NOT_FOUND = [
    ("新增3家国家重点实验室和国家工程中心。", "国家工程中心"),
    ("支持行业科技领军企业积极开展国家及自治区重点实验室、企业技术中心、制造业创新中心、产学研联合开发示范基地申报创建。",
     "自治区重点实验室"),
    ("谋划建设省级工业设计研究院，评选市级工业设计中心8家。", "省级工业设计研究院"),
    ("组建成立市、县（区）两级中小企业服务中心，为中小企业提供全方位的社会化服务。", "县（区）两级中小企业服务中心"),
    ("国家区域医疗中心、国家临床医学研究中心实现突破，三甲医院增至44家，二甲医院实现区县全覆盖。", "国家临床医学研究中心"),
    ("支持环大学创新生态圈示范建设，创建国家综合类技术创新中心，力争高新技术企业突破7000家。", "国家综合类技术创新中心"),
    ("坚定不移实施制造强市战略，做实做强做优实体经济，争创国家产业创新中心、制造业创新中心、技术创新中心。", "国家产业创新中心"),
    ("扩大市级医院医药分开改革范围，做好区县医院改革试点，积极推进医疗服务价格调整。", "区县医院"),
    ("积极推进装备制造、新材料领域建设自治区实验室，新培育各类科技创新平台30家。", "自治区实验室"),
    ("完善国家实验室、省实验室、省技术创新中心等多层级科技创新体系。", "省技术创新中心"),
    ("打造国家（省）重点实验室、工程技术研究中心、企业技术中心等创新平台，累计建成新型研发机构30家。", "国家（省）重点实验室"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_class_not_an_organization(text, name):
    assert name not in _orgs(text)


# named bodies with a level word stay organizations — 三亚 2014, 乌兰察布 2023, 南京 2018, 青岛 2019, 武威 2023 (of the 200, seed 2413)
FOUND = [
    ("以市人民医院为试点，推进医事服务费和医疗服务价格改革。", "市人民医院"),
    ("市中心医院智慧医疗服务加速升级，市第二医院新院区建成投用，全市新增床位557张。", "市中心医院"),
    ("“两落地一融合”工程稳步推进，省产业技术研究院、中德智能制造研究院等一批新型研发机构签约落地。", "省产业技术研究院"),
    ("中科院海洋大科学研究中心、国家高速列车技术创新中心加快建设。", "国家高速列车技术创新中心"),
    ("加快推进重离子应用示范，组建省级重离子临床医学研究中心。", "省级重离子临床医学研究中心"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_named_body_kept(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("name", ["国家工程技术研究中心", "自治区重点实验室", "省级基础学科研究中心", "街道级综合养老服务中心",
                                  "县（区）综合医院", "区县医院"])
def test_class_shape(name):
    assert _is_class(name)


@pytest.mark.parametrize("name", ["市人民医院", "市中心医院", "省产业技术研究院", "市工业技术研究中心", "国家级矿产品检测重点实验室",
                                  "省级人形机器人制造业创新中心", "省级重离子临床医学研究中心", "县医院", "市产业研究院",
                                  "国家高速列车技术创新中心"])
def test_named_shape_kept(name):
    assert not _is_class(name)
