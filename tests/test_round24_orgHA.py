"""Round 24 (orgHA): a named research institute, laboratory or research branch that no rule found is an organization; kinds,
clauses with a verb inside, goals, government service centres and hospital branches are not.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round24_orgHA/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse


def _kinds(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in _analyse(text)[0]:
        out.setdefault(f.kind, set()).add(f.name)
    return out


# (sentence, organizations that must be found) — 三明 2020, 保定 2021, 包头 2015, 咸宁 2025, 赣州 2020, 通化 2014, 吉林 2021,
# 深圳 2024, 泉州 2023, 中山 2022, 安徽 2017
FOUND = [
    ("我市特色的机械科学研究总院海西分院、氟化工产业技术研究院、石墨烯研究院、新能源产业技术研究院、中国医药工业研究总院三明分院、"
     "三明农科院六大科技研发平台建设成效良好。", {"氟化工产业技术研究院", "新能源产业技术研究院", "中国医药工业研究总院三明分院"}),
    ("出台了人才“双十条”，成立了协同发展研究院、民营经济研究院，圆满承办了第三届创新驱动发展大会。", {"协同发展研究院"}),
    ("内蒙农科院包头分院挂牌运营，北大工学院包头研究院升级为校级研究院。", {"北大工学院包头研究院"}),
    ("支持咸宁高新区建设华中健康饮品研发中心、通山县建设新农机产业发展研究院、通城县建设光电子信息产业研究院。",
     {"新农机产业发展研究院", "光电子信息产业研究院"}),
    ("续建高层次人才科创园二期，组建生物医药产业研究院，加速形成大健康产业。", {"生物医药产业研究院"}),
    ("全省首家中医中药产业院士工作站和镁合金应用技术研究所、专利技术展示交易中心建成揭牌。", {"镁合金应用技术研究所"}),
    ("组建工业互联网研究院。", {"工业互联网研究院"}),
    ("加快建设粤港澳大湾区（广东）量子科学中心、国际量子研究院，量子纠错、量子计算等研究实现新突破。", {"国际量子研究院"}),
    ("引进建设科技创新平台2—3个，启动建设省集成电路创新实验室，建好用好清源创新实验室。", {"清源创新实验室"}),
    ("加快中山光子科学中心、先进低温技术研究院、工业技术研究中心建设。", {"先进低温技术研究院"}),
    ("推进科技创新“一号工程”——量子信息国家实验室创建，启动建设量子信息与量子科技创新研究院。", {"量子信息与量子科技创新研究院"}),
]

# (sentence, a name that must not be an organization, or a word no organization may hold) — 包头 2015, 咸宁 2025, 成都 2015,
# 成都 2021, 无锡 2025, 儋州 2022, 吉安 2025, 济宁 2021, 临沂 2018, 泉州 2004, 深圳 2024, 赣州 2023,
# 克拉玛依 2021
NOT_FOUND = [
    ("内蒙农科院包头分院挂牌运营，北大工学院包头研究院升级为校级研究院。", "校级研究院"),
    ("支持咸安区防腐耐磨材料产业技术研究院、崇阳县新材料改性与应用产业技术研究院创建省级产业研究院。", "省级产业研究院"),
    ("推动校院地共建产业技术研究院、创新孵化载体和协同创新产业基地。", "共建"),
    ("支持领军企业组建创新联合体，带动中小企业创新活动，组建产学研联合实验室。", "产学研联合实验室"),
    ("支持有条件高校在锡设立技术转移分中心，完成技术合同成交额650亿元。", "技术转移分中心"),
    ("建立“专班+例会”高位运作机制，市政务服务中心工业园分中心揭牌成立，为园区企业提供全流程代办服务。", "市政务服务中心工业园分中心"),
    ("建设检验检疫综合实验室，完善口岸对病媒生物监管措施。", "检验检疫综合实验室"),
    ("检验检测中心获批省级质检中心，研究院联手10家名校大所落地运营10个板块、获评全省唯一省级工业设计研究院。", "获评"),
    ("省级以上开发区建成产业研究所40家，在全省率先实体化运作市产业技术研究院，加快建设济宁创新谷。", "运作"),
    ("鼓励企业与高等院校、科研院所共建实验室、研究中心、技术中心和海外研发中心。", "共建"),
    ("加强标准化体系、质量认证和检验检疫建设，重点扶持出口轻工产品检测实验室建设。", "出口轻工产品检测实验室"),
    ("加快推进市人民医院龙华分院改扩建等项目，新增床位。", "市人民医院龙华分院"),
    # built and run: a works as the golds read it (赣州 2023)
    ("市产业技术研究院揭牌成立，赣南创新与转化医学研究院建成投运，获批首批国家知识产权强市建设试点城市。", "赣南创新与转化医学研究院"),
    # an item of a list of works closed by 项目 without 等 (克拉玛依 2021)
    ("丝绸之路创新发展研究院、中国科学院大学中亚学院项目正式启动。", "丝绸之路创新发展研究院"),
]


@pytest.mark.parametrize("text,names", FOUND)
def test_named_research_body_is_organization(text: str, names: set[str]) -> None:
    assert names <= _kinds(text).get("organization", set())


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_kind_goal_or_clause_is_no_organization(text: str, word: str) -> None:
    assert not any(word in name for name in _kinds(text).get("organization", set()))
