"""Round 15 (orgL, organization recall on unseen text; patterns counted on 200 random corpus reports, seed 1503).

Fix 1: organizations the reports name without a head word (华为, 中科院, 国开行, 字节跳动) are a corpus-frequency lexicon,
kg/data/entity_headless_organizations.txt (eval/corpus_samples/orgL/scan.py, judged.tsv). They are read only as a whole
list item in an organization context: before 等 + a kind of organization, after 与/同 before a word of agreement, after
引进/引入, before 落户/入驻; never inside a longer name, nor as the items of a list of projects (the official files keep
…等项目 items as projects).

Fix 1b: such a name next to an item the other rules read as an organization is one too (哈尔滨银行、葵花药业、圣明节能分别在
港交所、深交所上市), a partner before the field of the partnership (与中联重科在…方面的合作), and 及 before such a name
splits the list (南开大学及百度).

Each case is a sentence of a corpus report (its region and year in the comment), not a passage of a gold file; the
expected names follow ../shared/gold/GUIDELINES.md (organizations: named companies, universities, banks).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

FOUND = [
    ("加强与京东、字节跳动等国内知名平台的战略合作，培育壮大全球蛙、贡天下等本土平台。", {"京东", "字节跳动"}),  # 太原 2021
    ("与农发行、国开行签订战略合作协议，授信额度1100亿元。", {"农发行", "国开行"}),  # 张掖 2017
    ("创意产业园、市高新技术产业园等园区发展加快，微软、思科等国际名企落户三亚，智慧产业发展潜力增强。", {"微软", "思科"}),  # 三亚 2014
    ("推动与中远海运、江苏港口集团、上港集团等实质性合作。", {"中远海运", "江苏港口集团", "上港集团"}),  # 南通 2021
    ("人工智能领域，要依托华为、百度、科大讯飞、阿里云等龙头企业，推动建立创新中心。", {"华为", "百度", "科大讯飞", "阿里云"}),  # 太原 2021
    ("省政府与阿里巴巴、腾讯、京东等达成“互联网+”合作协议。", {"阿里巴巴", "腾讯", "京东"}),  # 黑龙江 2016
    ("通过与哈工大、中科院等大学大所携手创建的科技成果转化平台，集聚科技成果。", {"哈工大", "中科院"}),  # 哈尔滨 2015
    ("深化与恒大等战略投资者合作，提高矿泉水、人参等品牌影响力。", {"恒大"}),  # 吉林 2016
    ("与上海交大共建光伏研究院、先进光伏电池研究中心。", {"上海交大"}),  # 滁州 2022
    ("依托航天科技、天洋集团及立塬公司打造新能源汽车产业园区，确保取得实质性突破。", {"航天科技", "天洋集团", "立塬公司"}),  # 朝阳 2016
    # names of the lexicon's 3-report floor
    ("年引进项目237个，到位资金250.5亿元、增长56.6%，重庆能源、远景能源、浙江运达等66家国内知名企业落户哈密。", {"远景能源"}),  # 哈密 2023
    ("组织市直机关单位，协调太钢、太铁、西山等大中型企业，加大对贫困老区村的帮扶力度。", {"太钢"}),  # 太原 2007
]


FOUND_1B = [
    ("均信担保等11家企业在新三板挂牌，哈尔滨银行、葵花药业、圣明节能分别在港交所、深交所上市。", {"哈尔滨银行", "葵花药业"}),  # 哈尔滨 2015
    ("成功举办第四届绿色农业数字乡村互联网大会和院士专家益阳行活动，密切与中联重科在数字水稻、智能农机方面的合作。", {"中联重科"}),  # 益阳 2023
    ("加强与中科院、北交大、南开大学及百度等重点高校、科研院所、知名企业建立产学研合作。", {"中科院", "南开大学", "百度"}),  # 沧州 2021
    ("工业不断做大。中铝集团、魏桥集团、神火集团、创新集团、海螺集团、天士力等一批500强企业落地。", {"中铝集团", "天士力"}),  # 文山 2021
]


@pytest.mark.parametrize("text,names", FOUND + FOUND_1B)
def test_headless_organizations_found(text, names):
    assert names <= extract(text)["organizations"]


NOT_ORGANIZATIONS = [
    # items of a list of projects stay projects (the official files list …等项目 items so)
    ("英华达智能制造、维科南昌基地、海康威视、中国商飞等一大批高质量、高科技的产业项目签约落户。", {"海康威视", "中国商飞"}),  # 南昌 2019
    ("富强新材料、比亚迪新能源专用车等项目竣工投产。", {"比亚迪"}),
    # inside a longer name
    ("积极承接洪都公司、昌飞公司、航天科技、航天科工等军民融合项目。", {"航天科技", "航天科工"}),  # 南昌 2019
    ("加快海螺沟景区游客中心、景区公路等基础设施恢复重建。", {"海螺"}),  # 甘孜
    # a shared head is not given to a name of its own
    ("推动与中远海运、江苏港口集团、上港集团等实质性合作。", {"中远海运集团"}),  # 南通 2021
    ("依托航天科技、天洋集团及立塬公司打造新能源汽车产业园区，确保取得实质性突破。", {"航天科技集团"}),  # 朝阳 2016
]


@pytest.mark.parametrize("text,names", NOT_ORGANIZATIONS)
def test_headless_names_not_read_out_of_context(text, names):
    assert not names & extract(text)["organizations"]


def test_partner_cue_inside_a_name():
    """同仁堂: the 同 that opens the name is no partner's 同."""
    found = extract("充分发挥全市药材资源优势以及同仁堂、天士力等龙头企业带动作用，建设覆盖药材种植、中药制造、保健"
                    "品加工的产业链。")["organizations"]  # 本溪 2016
    assert {"同仁堂", "天士力"} <= found and "仁堂" not in found
