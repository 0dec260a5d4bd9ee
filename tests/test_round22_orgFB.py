"""Round 22 (orgFB): a company by its short name — one dictionary word (浪潮, 骑士, 建业) or a holding named by its trade
(联想控股) — in a 、 list closed by 等…企业, beside a company the list names for certain.

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round22_orgFB/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, organization that must be found) — 济南 2016, 包头 2016, 商丘 2014, 巴中 2021, 芜湖 2022, 宁夏 2016, 荆门 2016
FOUND = [
    ("围绕我市主导产业和优势新兴产业，以重汽、浪潮、二机床等重点企业为龙头，策划引进配套企业和项目。", "浪潮"),
    ("制定针对龙头企业和合作社的扶持政策，扶持壮大小尾羊、鹿王、骑士等原有龙头企业，引进中牧集团、华西希望等国内知名企业。", "骑士"),
    ("加强与建业、中信、华强等企业合作，力争入驻项目100个以上，实现当年投资50亿元以上。", "建业"),
    ("万达、国药、蓝润、香港明发等知名企业入驻巴中，丽水—巴中东西部扶贫协作、香港定点帮扶成果丰硕。", "国药"),
    ("鼓励海螺、信义等龙头企业加快推进低碳零碳负碳产业化应用，探索建设虚拟电厂。", "信义"),
    ("鼓励宝塔、农垦、电建等企业走出国门，在沙特、哈萨克斯坦、毛里塔尼亚等投资置业。", "农垦"),
    ("中兴、联想控股、盈德、万达等大型企业落户我市。", "联想控股"),
]

# (sentence, name that must not be found) — 包头 2016 (sectors), 深圳 2019 (a lone trade), 银川 2017 (the first item's
# verb-like word was cut: 共享铸钢 is the name), 沈阳 2020 (物资 is an everyday word: the list is left as it was)
NOT_FOUND = [
    ("推进企业协作配套，鼓励钢铁、有色、装备制造、电力等企业加强产业联合重组，对新上项目鼓励优先采购本地产品。", "有色"),
    ("推进电镀等工业企业入园，加快江碧环境生态产业园建设。", "电镀"),
    ("支持共享铸钢、巨能机器人等50家示范企业依靠互联网汇聚全球智慧，形成新的产业动能。", "铸钢"),
    ("加快混改进程，推动沈鼓、燃气、副食、物资、中城、中沈国际、盛京能源等企业引入战略投资者。", "燃气"),
    ("加快混改进程，推动沈鼓、燃气、副食、物资、中城、中沈国际、盛京能源等企业引入战略投资者。", "副食"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_brand_word_beside_a_company_is_a_company(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_sector_trade_or_cut_name_is_no_company(text, name):
    assert name not in _orgs(text)


def test_peers_still_found():
    orgs = _orgs("鼓励海螺、信义等龙头企业加快推进低碳零碳负碳产业化应用，探索建设虚拟电厂。")
    assert {"海螺", "信义"} <= orgs


def test_item_with_a_clause_verb_left_is_not_added():
    # 湖北 2005: 基本完成 is the clause's verb (the lead words were not cut): the first item is not a name
    orgs = _orgs("巩固省属企业改制改组和管理体制调整成果，基本完成省建总、省工建总、双环等10家省属重点企业改革脱困和改制重组任务。")
    assert "基本完成省建总" not in orgs
    assert "双环" in orgs
