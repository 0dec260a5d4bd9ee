"""Round 26 (orgMA): a company that opens a clause and is ranked, approved, listed or measured is an organization
(景津环保主板上市, 广生堂药业获批新药品种8个, 江铜集团突破1000亿元); a class of materials or a clause's words before a trade word
in the same place (锰基新材料产值突破100亿元, 年内化工产业产值突破100亿元) is not.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round26_orgMA/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse
from kg.extract.entities.round26_orgs import round26_subjects


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, the company that must be an organization) — 德州 2020, 宁德 2022, 锦州 2022, 江西 2011, 新余 2021, 黄山 2021
FOUND = [
    ("景津环保主板上市，奥福环保科创板上市，全市直接融资85.17亿元。", "景津环保"),
    ("景津环保主板上市，奥福环保科创板上市，全市直接融资85.17亿元。", "奥福环保"),
    ("柘荣生物医药入选全省战略性新兴产业集群发展工程，广生堂药业获批新药品种8个。", "广生堂药业"),
    ("中信钛业、百威啤酒获评国家级绿色工厂，锦恒汽车被工信部评为智能制造试点示范优秀场景。", "锦恒汽车"),
    ("力争主营业务收入过百亿元企业达到14个，其中江铜集团突破1000亿元。", "江铜集团"),
    ("赣锋锂业市值跃居全省上市公司首位。", "赣锋锂业"),
    ("黄山旅游集团连续12年位居中国旅游集团20强。", "黄山旅游集团"),
    ("石炼化公司利税超百亿，君乐宝乳业集团主营业务收入超百亿。", "君乐宝乳业集团"),  # 石家庄 2019 (found before: kept whole)
    ("天新药业主板上市，15家企业纳入省重点拟上市企业后备库。", "天新药业"),  # 景德镇 2023
    ("五矿铜业产值突破百亿。", "五矿铜业"),  # 衡阳 2025
]

# (sentence, a class or a clause's words that must not be an organization) — 中卫 2020, 来宾 2023, 吕梁 2021, 赤峰 2023,
# 贵阳 2025, 石家庄 2019
NOT_FOUND = [
    ("锰基新材料产值突破100亿元。", "锰基新材料"),
    ("谋划引进一批新的再生铝项目，铝基新材料产值增长20%以上；", "铝基新材料"),
    ("中铝一期50万吨合金铝项目全部投产，铝镁新材料被列为全省14个战略性新兴产业之一。", "铝镁新材料"),
    ("引进实施一批生物化工和精细化工产业项目，年内化工产业产值突破100亿元。", "年内化工"),
    ("建成投产6万吨磷酸铁、5万吨磷酸铁锂等磷及磷化工项目，磷及磷化工产值达430亿元。", "磷及磷化工"),  # 贵阳 2025
    ("石炼化公司利税超百亿，君乐宝乳业集团主营业务收入超百亿。", "君乐宝乳业"),  # 石家庄 2019: the company is 君乐宝乳业集团
    ("“三自”物业：指对物业公司已进入的小区实行自主服务。", "指对物业公司"),  # 随州 2014: a clause
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_company_subject_found(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_class_subject_not_found(text, name):
    assert name not in _orgs(text)


@pytest.mark.parametrize(("text", "names"), [
    ("鞍钢集团进入世界500强，鞍钢船板、铁路钢轨等研发", ["鞍钢集团"]),  # 鞍山 2016
    ("中平能化集团主营业务收入超过1000亿元。", ["中平能化集团"]),  # 河南 2011
    ("钙基新材料产值增长20%以上。", []),  # a material's class (来宾 2023)
    ("中关村科技园区获批", []),  # the trade word begins a longer word
    ("锂电新能源产业成为我市第二个千亿产业集群", []),  # no predicate of the frame right after the name
])
def test_shape(text, names):
    assert [f.name for f in round26_subjects([], text)] == names
