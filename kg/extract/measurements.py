"""Turn quantities into measurements: what each measures (indicator), outcome or target, period."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..model import MeasurementMention, Report, Section
from ..numbers import Quantity, find_quantities

# Words between an indicator and its number that are not part of the indicator.
TRAILING = re.compile(
    r"(?:同比|比上年|较上年|比去年|年均|平均|累计|共计|合计|总计|分别|全年|当年|已|均|都|只|仅|约|近|超过|超|突破|达到|达|为|是|至|到|了|"
    r"增长|下降|提高|降低|增加|减少|上升|回落|提升|缩短|压缩|精简|扩大|保持在|保持|稳定在|控制在|实现|完成|以上|左右|以内|不少于|不低于|不超过|"
    r"力争|预计|计划|目标|新增|由|从)+$"
)
LEADING_VERBS = re.compile(r"^(?:全年|全区|全市|全县|全州|全省|全国|今年|去年|其中|同时|并|共|累计|新|带动|吸引|吸纳|推动|实现|完成|开展|组织|发放|投入|投资(?=[\u4e00-\u9fff]{2})|"
                           r"办结|解决|建设|建成|新建|改造|提升|打造|培育|引进|招引|组建|提供|举办|接待|推出|拆除|修复|维护|整治|投放|处置|盘活|落实|实施|列入|挂牌成立|成立|创建|申报|移交|增加|签约)+")
CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?（(）)]")
TARGET_CUES = re.compile(r"预期目标|力争|目标是|目标为|计划|确保|争取|将达到|将")
POS_NOUNISH = ("n", "vn", "nz", "ns", "nt", "nr", "j", "l", "b", "an", "eng", "x", "a", "f", "s", "ng")


@cache
def _tokenizer():
    import logging

    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)

    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = None
    with resources.files("kg.data").joinpath("userdict.txt").open(encoding="utf-8") as fh:
        tokenizer.load_userdict(fh)
    return posseg.POSTokenizer(tokenizer)


QUOTED_SPAN = re.compile(r"“[^“”]{1,20}”|‘[^‘’]{1,20}’|《[^《》]{1,30}》")


def _pos(text: str) -> list[tuple[str, str]]:
    """Words with POS tags; a quoted name (“一件事一次办”) stays one proper-noun token."""
    tokens: list[tuple[str, str]] = []
    at = 0
    for m in QUOTED_SPAN.finditer(text):
        if m.start() > at:
            tokens.extend((w.word, w.flag) for w in _tokenizer().cut(text[at:m.start()], HMM=False))
        tokens.append((m.group(0), "nz"))
        at = m.end()
    if at < len(text):
        tokens.extend((w.word, w.flag) for w in _tokenizer().cut(text[at:], HMM=False))
    return tokens


LEADING_TIME = re.compile(r"^(?:\d{4}年(?:度)?|今年|去年|全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}月(?:份)?|年末|年底)+")


def _normalize_indicator(text: str) -> str:
    text = LEADING_TIME.sub("", text.strip("、，,的 \u3000")).strip("、，,的 \u3000")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return "" if _is_punctuation(text) else text


def indicator_before(prefix: str) -> str:
    """The noun phrase that ends right before a number: 全年实现地区生产总值增长 -> 地区生产总值."""
    prefix = TRAILING.sub("", prefix)
    if not prefix:
        return ""
    words = _pos(prefix)
    phrase: list[str] = []
    for word, flag in reversed(words):
        if _is_punctuation(word):
            if word in QUOTES:
                phrase.append(word)
                continue
            break
        if flag.startswith(POS_NOUNISH) or (flag == "m" and phrase):
            phrase.append(word)
            continue
        if flag == "uj" and phrase:  # 的 inside a noun phrase
            phrase.append(word)
            continue
        break
    result = "".join(reversed(phrase))
    result = LEADING_VERBS.sub("", result)
    return _normalize_indicator(result)


def indicator_after(suffix: str) -> str:
    """The noun phrase right after a count: 60家商贸企业组团发展 -> 商贸企业."""
    words = _pos(suffix[:24])
    phrase: list[str] = []
    for word, flag in words:
        if _is_punctuation(word):
            if word in QUOTES:
                phrase.append(word)
                continue
            break
        if flag.startswith(POS_NOUNISH):
            phrase.append(word)
            continue
        break
    return _normalize_indicator("".join(phrase))


QUOTES = set("“”‘’·")


def _is_punctuation(word: str) -> bool:
    return not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in word)


def is_target(sentence_text: str, section: Section | None) -> bool:
    part = section.part if section else "other"
    if part == "plan":
        return True
    return bool(re.search(r"预期目标|力争", sentence_text)) and part != "review" or "预期目标" in sentence_text


def find_measurements(report: Report) -> list[MeasurementMention]:
    found: list[MeasurementMention] = []
    meta = report.meta
    for index, sentence in enumerate(report.sentences):
        quantities = find_quantities(sentence.text)
        if not quantities:
            continue
        section = report.section(sentence.section)
        target = is_target(sentence.text, section)
        previous_indicator = ""
        previous_end = 0
        indicators: list[str] = []
        for i, q in enumerate(quantities):
            next_start = quantities[i + 1].start if i + 1 < len(quantities) else None
            indicators.append(_indicator_for(sentence.text, q, previous_indicator, previous_end, next_start))
            previous_indicator, previous_end = indicators[-1], q.end
        # A compound count takes the noun after its last figure: 十二件31项民生实事.
        for i in range(len(quantities) - 2, -1, -1):
            if quantities[i].end == quantities[i + 1].start and not indicators[i]:
                indicators[i] = indicators[i + 1]
        previous_indicator = ""
        for q, indicator in zip(quantities, indicators):
            if not indicator:
                indicator = previous_indicator or "未识别指标"
            previous_indicator = indicator
            period = _period(sentence.text, target, meta.year, meta.review_year)
            found.append(MeasurementMention(
                start=sentence.start + q.start, end=sentence.start + q.end, sentence=index,
                surface=q.surface, value=q.value, unit=q.unit, indicator=indicator, is_target=target,
                qualifier=q.qualifier, kind=q.kind, direction=q.direction, basis=q.basis, period=period,
            ))
    return found


def _indicator_for(text: str, q: Quantity, previous: str, previous_end: int, next_start: int | None = None) -> str:
    clause_start = 0
    for m in CLAUSE_BREAK.finditer(text, 0, q.start):
        clause_start = m.end()
    if previous and previous_end > clause_start:
        clause_start = previous_end  # a list of figures in one clause: 发放贷款2.1万笔、81.54亿元
    prefix = text[clause_start:q.start].lstrip("、")
    after = text[q.end:q.end + 1]
    if q.kind == "count" and next_start is not None and next_start == q.end:
        return ""  # 十二件31项民生实事: the noun follows the last figure of the compound
    if q.kind == "count" and after and ("\u4e00" <= after <= "\u9fff" or after in "“‘") :
        following = indicator_after(text[q.end:])
        if following and not re.match(r"^(?:以上|左右|以内)", following):
            return following
    before = indicator_before(prefix)
    if before:
        return before
    if previous and (not prefix.strip() or TRAILING.fullmatch(prefix.strip("、，, "))):
        return previous
    return before


def _period(text: str, target: bool, year: int | None, review_year: int | None) -> int | None:
    explicit = re.search(r"(?:到|至)(\d{4})年", text)
    if explicit:
        return int(explicit.group(1))
    return year if target else review_year
