"""Round 18b (orgV, organizations): a company that is the subject of what a company does is one company.

A name with a company head (集团 公司 控股) is an organization only when its stem names one thing (a place, a name jieba
knows); a stem that is an everyday word (浪潮 金丝猴 海图水声 双胞胎) or names a function (城投 省港航 空港保税 城控) reads
as a kind of company and the name is dropped. Where such a name opens a clause and what follows at once is what one
company does or undergoes (浪潮集团落户恩施, 金丝猴集团与…合作, 海图水声公司专注于…, 湘江集团上榜…, 太重轨道公司获评…,
省港航集团组建运行, 城投集团组建工作取得重大进展, 石化公司投资13.6亿元), it is that company: a kind of company does not
settle in a city, win a title or invest a sum. Kinds in that place stay out (上市公司实现…, 市级平台公司实现战略重组,
担保公司发展到8家, 跨国公司投资, 机场合资公司成立): a stem with a word of status, ownership, trade or count
(KIND_STEM), a generic name (kg/data/entity_generic.txt), a sector stem (kg/data/entity_sectors.txt), round 17's
qualified kinds.

Counted on 200 random corpus reports (seed 1814) by eval/corpus_samples/orgL/round18b/scan_subject_verbs.py.
"""

from __future__ import annotations

import re
from functools import cache

from ..alternation import trie_alternation
from .lists import COMPANY_END
from .patterns import _Found

HAN = "\u4e00-\u9fff"
# a company's head (集团 公司 控股) or the trade word a company's name ends in (lists.py's COMPANY_END: 化工 药业 科技 钢铁 …,
# and 建投: 河北建投完成对…重组)
TRADE = COMPANY_END.pattern.removeprefix("(?:").removesuffix(")$").replace("|集团|公司", "") + "|建投"
NAME = rf"[{HAN}A-Za-z0-9]{{2,10}}?(?:集团|公司|控股|{TRADE})"
# a clause's first words (其中 华西集团…), then the company, then what it does
OPENER = r"(?:其中|同时|目前|此外|特别是)?"
ADVERB = r"(?:正式|成功|顺利|整体|全面|已经|已|也|率先|相继|首次|再次|加快|积极|主动)?"
ACTION = (r"落户|入驻|迁驻|上榜|获评|荣获|入选|入围|专注|投资|组建(?:运营|运行|工作)|完成|实现|搬迁|上市|挂牌上市|"
          r"重组|并购|收购|兼并|与|携手|联合|签约|牵头|研发|投产|中标|跻身|被评为|被认定为|被授予|成为|开创|打破|攻克|参与|承担")
SUBJECT = re.compile(rf"(?:^|(?<=[，。；：！？,;:]))(?P<open>{OPENER})(?P<name>{NAME})"
                     rf"(?={ADVERB}(?:{ACTION}))")
# the object of a restructuring (靖煤集团整体重组刘化集团, 并购…公司) or the partner of 与…合作 (与金丝猴集团签约)
OBJECT = re.compile(rf"(?:重组|并购|收购|兼并|托管|入股|参股|整合)(?P<name>{NAME})"
                    rf"(?=[，。；：、,;:和及等]|$)")
PARTNER = re.compile(rf"(?:与|同|携手)(?P<name>{NAME})"
                     rf"(?={ADVERB}(?:战略)?(?:合作|签约|签署|签订|达成|共建|联合|合资|开展|建立|共同))")
# a stem that tells a kind of company: status, ownership, tier, trade of money, size, count (上市公司, 平台公司, 合资公司,
# 子公司, 担保公司, 大型企业集团, 12家…公司, 国际大公司); 的 joins no company's name (与台湾的科技合作)
KIND_STEM = re.compile(r"上市|跨国|平台|担保|贷款|融资|投融资|资本|资产|合资|独资|外资|民营|国有|国资|市属|省属|县属|区属|"
                       r"央企|地方|子|分|总|大型|中小|小微|骨干|龙头|头部|企业|各|一批|多家|新增|[0-9０-９]|[一二三四五六七八九十两百千多][家个户类大批所]|"
                       r"家|户|类|型|性|等|的|有限|股份|责任|集团|^(?:国际|国内外|国内|境内外|海外|世界|全球|知名|著名|优质|重点)|大$")


# the gate: the heads as a trie (a flat alternation of 40 words is tried branch by branch at every position: speed)
ANY_HEAD = re.compile(trie_alternation(["集团", "公司", "控股", *TRADE.split("|")]))
HEAD = re.compile(rf"(?:集团|公司|控股)$|(?P<trade>{TRADE})$")
# a name that ends in a trade word only is a company by its stem alone: a stem of figures, grades or letters is a kind
# (百亿级机械, AA级绿色食品), and so is an everyday word that names no place (工程机械, 绿色能源, 传统能源, 商贸物流)
TRADE_STEM_NOT = re.compile(r"[0-9A-Za-z０-９级]")


@cache
def LEAD_VERB() -> re.Pattern:  # noqa: N802 (a pattern built once from the verb lexicon)
    from .lexicon import _alt, _lexicon

    verbs = _lexicon().verbs
    return re.compile(_alt(w for role in ("lead", "build", "program", "org", "plead") for w in verbs[role]))


def _kind(name: str) -> bool:
    from .api import _generic, _sectors
    from .round17_orgs import qualified_kind
    from .stems import _is_named, common_word, pos

    m = HEAD.search(name)
    stem = name[: m.start()]
    sectors = _sectors()
    if len(stem) < 2 or KIND_STEM.search(stem) or name in _generic() or stem in sectors or name in sectors \
            or qualified_kind(name):
        return True
    if LEAD_VERB().match(name):
        return True  # 力争商贸物流投资…: a clause's lead verb (kg/data/entity_verbs.txt's lead, build, program, org)
    first = pos(name)[0]
    if first[1][:1] in ("v", "d", "p", "c", "r", "m", "u", "f", "a") and (len(first[0]) >= 2 or not m.group("trade")):
        return True  # 支持石化公司, 推进新能源汽车, 大力发展…: a clause's verb or adverb (展化化工, 三安光电: a name's first character)
    if m.group("trade"):  # 2-4 characters, each word of two or more a proper name or no everyday word (主要有新材料,
        # 力争商贸物流, 食品生物医药, 以促进科技: a clause's words before a sector)
        return not 2 <= len(stem) <= 4 or bool(TRADE_STEM_NOT.search(stem)) \
            or common_word(stem) and not _is_named(stem, strict=True) \
            or any(len(w) >= 2 and (common_word(w) and not f.startswith(("ns", "nr", "nz"))
                                    or f[:1] in ("v", "d", "a", "c", "p", "l", "i", "b")) for w, f in pos(stem))
    return False


def round18b_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Companies that open a clause and do what a company does (see above) become organizations."""
    if not ANY_HEAD.search(text):
        return found  # the cheap test first: it is called for every sentence
    out = found
    matches = [*SUBJECT.finditer(text)]
    if "重组" in text or "并购" in text or "收购" in text or "兼并" in text or "托管" in text or "入股" in text \
            or "参股" in text or "整合" in text:  # OBJECT's verbs (speed)
        matches += OBJECT.finditer(text)
    if "与" in text or "同" in text or "携手" in text:
        matches += PARTNER.finditer(text)
    for m in matches:
        name = m.group("name")
        s, e = m.start("name"), m.end("name")
        if _kind(name) or any(f.start < e and s < f.end for f in found):
            continue  # a kind of company, or a name already found (as a project of a list, an organization)
        if out is found:
            out = list(found)
        out.append(_Found("organization", name, s, e, 2))
    return out
