"""Round 27 (orgKA): a short company name listed beside a found company is a company too (柳工、东风柳汽、五菱有限公司突破
200亿元; 茅台集团、詹阳重工获中国工业大奖); a kind, an office, a product by its brand, a quality or an item past the list's
等 is not (村镇银行、资金互助社, 省直厅局, 高黎贡山牌普洱茶, 一汽吉林战略性重组, …等龙头企业…、科技含量高的).

Sentences of real corpus reports (none from a gold file); see eval/corpus_samples/orgL/round27_orgKA/README.md.
"""

import pytest

from kg.extract.entities.api import _analyse


def _orgs(text: str) -> set[str]:
    return {f.name for f in _analyse(text)[0] if f.kind == "organization"}


# (sentence, the short name that must be an organization) — 柳州 2014, 呼和浩特 2014, 盘锦 2020, 邢台 2023, 贵州 2019,
# 滁州 2014, 龙岩 2020 (draw seed 2771); 武汉 2013, 甘肃 2017 (check draw seed 2772)
FOUND = [
    ("柳工、东风柳汽、五菱有限公司突破200亿元，新增过亿元企业、规模以上企业各30家。", "东风柳汽"),
    ("着力引进菜鸟网络、曙光、浪潮等一批有影响力的云计算相关行业龙头企业入驻，健全云计算产业链。", "曙光"),
    ("实施系列优惠政策支持民营企业发展，北燃公司、浩业化工进入2019中国民营企业500强榜单。", "浩业化工"),
    ("冀中能源、晶澳科技、明达线缆入选中国能源企业（集团）500强，金沙河集团、玉锋实业上榜全国轻工业食品行业五十强。", "玉锋实业"),
    ("茅台集团、詹阳重工获中国工业大奖。", "詹阳重工"),
    ("力争禾益化学、扬子地板“新三板”挂牌，凤凰集团、志成畜牧等在区域性股权交易市场挂牌。", "志成畜牧"),
    ("持续实施“互联网返乡工程”，与字节跳动、美团点评、微医等互联网“龙岩军团”深化对接合作。", "微医"),
    ("持续实施“互联网返乡工程”，与字节跳动、美团点评、微医等互联网“龙岩军团”深化对接合作。", "美团点评"),
    ("推进国有企业改革，长动集团、武重集团、中联制药与央企实现战略重组。", "中联制药"),
    ("组建成立甘肃金控集团、资产管理公司、黄河财险和兰银租赁等一批省内金融机构；", "兰银租赁"),
]

# (sentence, words that must not be an organization) — 吉林 2025, 郑州 2012, 滁州 2025, 那曲 2022, 保山 2021,
# 呼和浩特 2014, 保定 2022, 昭通 2023 (draw seed 2771: what the first cut took)
NOT_FOUND = [
    ("推进吉能集团、交投集团、一汽吉林战略性重组，做实金控集团主体功能。", "一汽吉林战略性"),
    ("富士康电子、格力电器等投资规模大、科技含量高的龙头企业带动作用凸显。", "科技含量高"),
    ("支持隆基、东方日升、中润等重点企业技术、产线、产品升级。", "产线"),
    ("向对口支援那曲的浙江、辽宁两省和中石油、中石化、中海油、中信集团、国家能源集团表示衷心地感谢。", "辽宁两省和中石油"),
    ("高黎贡山牌普洱茶、元斛牌石斛饮品、腾药牌美洲大蠊、品斛堂公司等分获云南省名品名企表彰。", "高黎贡山牌普洱茶"),
    ("发起设立民营银行，加快村镇银行、资金互助社等新型金融机构组建。", "资金互助社"),
    ("国家部委、省直厅局、央企集团、金融机构，给予我们悉心指导和鼎力支持。", "省直厅局"),
    ("10. 高标准农田建设（市搬迁安置局、高投司和航旅集团负责的市级8.8万亩土地开发整理）", "市搬迁安置局"),
]


@pytest.mark.parametrize(("text", "name"), FOUND)
def test_listed_peer_found(text, name):
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name"), NOT_FOUND)
def test_not_a_listed_company(text, name):
    assert name not in _orgs(text)


def test_bad_input_does_nothing():
    for text in ("", "、", "、、集团", "甲集团、", "“、”"):
        _orgs(text)
