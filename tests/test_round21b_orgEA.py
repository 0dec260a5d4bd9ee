"""Round 21b (orgEA): a company or hospital named only as the first part of a works is no organization.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round21b/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, organization that must not be found) — 黑龙江 2016, 呼伦贝尔 2021, 天津 2009, 福州 2023, 青岛 2007, 南京 2026,
# 昆明 2015, 七台河 2023
NOT_FOUND = [
    ("推动大庆忠旺铝业项目、中粮集团燃料乙醇项目、泉林秸秆综合利用项目建设。", "中粮集团"),
    ("出台加快推动农牧业高质量发展实施方案，成功引进首农集团肉类食品加工项目，规模以上龙头企业新增9家。", "首农集团"),
    ("启动薄膜太阳能电池、中航集团直升机、大唐通讯3G手机等项目。", "中航集团"),
    ("市二医院奥体院区正式开诊，新增社区医院8家，全国首创“积分制”家庭医生签约服务模式。", "市二医院"),
    ("市立医院东部院区、市传染病医院病房投入使用，完成了60个社区卫生服务机构标准化建设。", "市立医院"),
    ("完善优质医疗资源布局，开工建设市第一医院河西院区三期工程，省人民医院雨花院区开诊。", "省人民医院"),
    ("确保昆医附一院呈贡分院、市中医院呈贡新院投入使用。", "市中医院"),
    ("完成亿达信、鲁龙公司超低排放治理改造，大唐电厂和宝泰隆公司二期封闭煤仓项目建设。", "宝泰隆公司二期"),
    ("完成亿达信、鲁龙公司超低排放治理改造，大唐电厂和宝泰隆公司二期封闭煤仓项目建设。", "宝泰隆公司"),
]

# (sentence, organization that must still be found: the company acts, its words hold a verb or only a kind of work) —
# 合肥 2015, 沈阳 2010, 深圳 2002, 湛江 2020
FOUND = [
    ("湛江港集团研发项目获国家海洋科学技术一等奖。", "湛江港集团"),
    ("积极推进与国开行合作新型城镇化一期试点项目建设，县城、新市镇、环湖十二镇等规划建设取得新进展。", "国开行"),
    ("新签对外工程承包与劳务合作合同额10.2亿美元，沈阳动力集团参与兴建美国第二大风能项目，并在美国投资建厂。", "沈阳动力集团"),
    ("日本住友公司首期投资近亿美元的光纤预制棒项目正式启动。", "日本住友公司"),
]


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_first_part_of_a_works_is_no_organization(text, name):
    assert name not in _orgs(text)


@pytest.mark.parametrize("text,name", FOUND)
def test_acting_company_stays(text, name):
    assert name in _orgs(text)
