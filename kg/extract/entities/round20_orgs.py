"""Round 20 (orgBA, organizations): a company, bank or exchange that is set up, unveiled, opened, settled or reformed.

Round 18b reads a company that opens a clause and does what one company does (浪潮集团落户恩施); round 18 turns a found
institution that settles into a body. Left out were the events of one body's coming into being and its reform
(冶金产业链集团揭牌, 市热力集团正式组建, 燃气集团混改, 红都公司挂牌, 冠生园食品公司改制), the heads 银行 and 交易所
(交通银行落户我市, 农村土地交易所挂牌, 晋商银行组建) and research institutes unveiled or formed (中石化研究院正式挂牌), and a
name after the clause's lead words (配合做好中原银行组建, 争取西部环境资源交易所落户, 以查处冠生园食品公司改制).

Here the head and the event come first: a name ending in a company's, bank's, exchange's or institute's head is followed
at once (an adverb between: 正式 顺利 成功 …) by 揭牌 挂牌 (not 挂牌上市) 成立 开业 营业 组建 混改 改制 落户 入驻. The
name runs back from the head over jieba's nouns, names, places and noun-verbs (投资 发展 in 交通发展投资集团) and stops at a
verb, adverb, preposition, conjunction or punctuation (配合做好 | 中原银行). A kind stays out: a count or class word in the
stem (4家村镇银行, 十大产业集团, 市级投融资公司, 融资担保公司, 外地银行, 相关集团, 部分省属总公司, 跨国公司: round 18b's
KIND_STEM and the words below), a generic name (kg/data/entity_generic.txt), round 17's qualified kinds, a sector alone
before 集团/公司 (a bank keeps a sector stem: 交通银行, 农业银行). A name an older rule found, whole or in part, is left as it is.

Counted on 200 random corpus reports (seed 2006) by eval/corpus_samples/orgL/round20/scan_frames.py.
"""

from __future__ import annotations

import re

from .patterns import _Found

HAN = "\u4e00-\u9fff"
HEADS = r"(?:有限责任公司|有限公司|股份公司|总公司|集团公司|集团|公司|控股|银行|交易所|研究院)"
ADVERB = r"(?:正式|成功|顺利|整体|全面|已经|已|也|率先|相继|先后|完成|基本完成|加快)?"
EVENT = r"(?:揭牌|挂牌(?!上市)|成立|开业|营业|组建|混改|改制|落户|入驻)"
FRAME = re.compile(rf"{HEADS}(?=(?:（[^）]{{0,6}}）)?{ADVERB}{EVENT})")
# words that make a name a kind (a count, a status, a tier, ownership, a vague quantifier), on top of round 18b's KIND_STEM
KIND_WORDS = re.compile(r"外地|外省|境外|相关|有关|部分|一些|若干|全国|唯一|首家|新型|现代|品牌|高端|知名|著名|公募|私募|村镇|"
                        r"股份制|商业$|政策性|城市$|农村$|金融$|省属|市属|县属|区属|本地|当地|其他|其它|多个|主要")
# jieba tags a name's words may carry (nouns, names, places, abbreviations, noun-verbs, letters, localities: 西部)
NAME_TAGS = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "j", "vn", "eng", "f", "s", "an", "ng")
STOP_CHARS = re.compile(rf"[^{HAN}A-Za-z0-9（）()·]")


def _name_start(text: str, head_start: int) -> int:
    """Where the name ending at head_start begins: back over name words, to a verb, adverb or punctuation."""
    from .stems import pos

    lo = head_start
    while lo > 0 and head_start - lo < 16 and not STOP_CHARS.match(text[lo - 1]):
        lo -= 1
    before = text[lo:head_start]
    if not before:
        return head_start
    words = pos(before)
    start = head_start
    for w, f in reversed(words):
        if not f.startswith(NAME_TAGS) or w in ("和", "及", "与", "的"):
            if f.startswith(("b", "a", "m", "q", "r")) and not f.startswith("ad"):
                return -1  # 大型国有银行, 该公司, 两家银行: a class word, a count or a pronoun before the name
            if len(w) == 1 and f in ("vg", "ng", "g", "ag", "dg", "tg", "x") and STOP_CHARS.match(w) is None:
                return -1  # 公募基金公司 (公/募): a word jieba could not read, cut in the middle
            break
        start -= len(w)
    return start


def _kind(name: str, stem: str, head: str) -> bool:
    from .api import _generic, _sectors
    from .round17_orgs import qualified_kind
    from .round18b_orgs import KIND_STEM, LEAD_VERB

    bare = re.sub(r"^[省市县区州]", "", stem)
    if len(bare) < 2 or KIND_STEM.search(stem) or KIND_WORDS.search(stem) or KIND_WORDS.search(bare) \
            or name in _generic() \
            or qualified_kind(name) or LEAD_VERB().match(name):
        return True
    if head != "银行" and bare in _sectors():
        return True  # 石化公司组建 (a sector's company), but 交通银行, 农业银行 are banks
    return False


# the event word every FRAME match holds (one scan: about half the time of ten substring tests)
FRAME_GATE = re.compile(EVENT)


def round20_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Companies, banks, exchanges and institutes that are unveiled, set up, opened, settle or are reformed (see above)."""
    if FRAME_GATE.search(text) is None:
        return found  # the cheap test first: it is called for every sentence
    out = found
    for m in FRAME.finditer(text):
        head = m.group(0)
        e = m.end()
        s = _name_start(text, m.start())
        if s < 0:
            continue
        name, stem = text[s:e], text[s:m.start()]
        if s == m.start() or any(f.start < e and s < f.end for f in out) or _kind(name, stem, head):
            continue
        if out is found:
            out = list(found)
        out.append(_Found("organization", name, s, e, 2))
    return out
