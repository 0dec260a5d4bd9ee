"""Quantities in report text: number + multiplier + unit, with qualifier, kind and direction.

``find_quantities(text)`` finds every number that measures something (57.35亿元, 98.2%,
1.58万人, 十二件, 3个百分点, 三分之一) and leaves out dates, ordinals, names and slogans
(2023年, 第十八届, 二十大, 5G, 两个维护, 24小时营业).  ``parse_number(s)`` reads one number
written with Arabic or Chinese numerals and 万/亿 multipliers.

Pure functions; the unit lexicon is ``kg/data/units.tsv`` (read once at import).
Offsets index the string given; full-width digits are matched through a same-length
normalisation, so they never shift.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

__all__ = ["Quantity", "find_quantities", "parse_number"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # [start, end) into the text given to find_quantities: number+multiplier+unit
    end: int
    surface: str  # text[start:end]
    value: Decimal  # in the base unit, multipliers applied
    unit: str  # base unit or measure word: 元 人 个 % 百分点 吨/年 …
    qualifier: str | None  # 左右 以上 近 超过 多 余 … as written, the one nearest the number
    kind: str  # level | growth | share | count | multiple | rankChange | percentagePoint
    direction: str | None  # increase | decrease
    basis: str | None  # 同比 | 比上年 | 环比 … as written
    implied: bool = False  # the unit is implied by a following noun or by the clause


# ---------------------------------------------------------------------------------------------
# characters

# Same-length normalisation: full-width digits, letters and signs to ASCII (offsets unchanged).
_FW = {chr(0xFF10 + i): str(i) for i in range(10)}
_FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_FW.update({"．": ".", "％": "%", "﹪": "%", "＋": "+", "－": "-", "～": "~", "／": "/", "＿": "_"})
_NORMALISE = str.maketrans(_FW)
_NEEDS_NORMALISING = re.compile("[" + "".join(re.escape(c) for c in _FW) + "]")

_CN_DIGIT = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2, "兩": 2,
             "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
             "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_CN_DIGITS = "".join(_CN_DIGIT)
_CN_CHARS = _CN_DIGITS + "".join(_CN_SMALL) + "".join(_CN_BIG)
_MAGNITUDE_CHARS = set("十拾百佰千仟万萬亿億")

_MULT = {"万亿": Decimal(10) ** 12, "千万": Decimal(10) ** 7, "百万": Decimal(10) ** 6,
         "十万": Decimal(10) ** 5, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4,
         "千": Decimal(1000), "百": Decimal(100)}


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_ascii_letter(ch: str) -> bool:
    return ("a" <= ch <= "z") or ("A" <= ch <= "Z")


# ---------------------------------------------------------------------------------------------
# parse_number

_AR_RE = r"(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)"
_PARSE_AR = re.compile(rf"({_AR_RE})(万亿|千万|百万|十万|亿|万|千|百)?")
_PARSE_CN = re.compile(rf"([{_CN_CHARS}]+)(?:点([{_CN_DIGITS}]+))?(万亿|亿|万)?")


def _clean(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (5735000000, 98.2, 12)."""
    value = value.normalize()
    if value.as_tuple().exponent > 0:
        value = value.quantize(Decimal(1))
    return value


def _cn_integer(s: str) -> int:
    """A Chinese-numeral integer: 十二 -> 12, 三千八百一十九 -> 3819, 一百二十万 -> 1200000,
    千万 -> 10000000, 二〇二三 -> 2023 (read digit by digit)."""
    if not s:
        raise ValueError("empty numeral")
    if all(ch in _CN_DIGIT for ch in s):
        if len(s) == 1:
            return _CN_DIGIT[s]
        if any(ch in "两兩" for ch in s):
            raise ValueError(f"not a numeral: {s!r}")
        return int("".join(str(_CN_DIGIT[ch]) for ch in s))
    total = 0  # the part above 亿
    section = 0  # the 万 part below 亿
    group = 0  # below 万
    digit: int | None = None
    last_small = 10**5  # 十/百/千 inside a group must decrease
    wan_seen = False
    started = False
    for ch in s:
        if ch in _CN_DIGIT:
            d = _CN_DIGIT[ch]
            if digit is not None:
                raise ValueError(f"not a numeral: {s!r}")
            if d:
                digit = d
            started = True
            continue
        if ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if unit >= last_small:
                raise ValueError(f"not a numeral: {s!r}")
            if digit is None:
                if started and unit != 10:
                    raise ValueError(f"not a numeral: {s!r}")
                digit = 1  # 十二, and a bare leading 百/千 (千万)
            group += digit * unit
            digit, last_small, started = None, unit, True
            continue
        big = _CN_BIG[ch]
        value = group + (digit or 0)
        if big == 10**4:
            if wan_seen:
                raise ValueError(f"not a numeral: {s!r}")
            if value == 0:
                if started:
                    raise ValueError(f"not a numeral: {s!r}")
                value = 1  # a bare 万
            section, wan_seen = value * big, True
        else:
            value += section
            if value == 0:
                if started:
                    raise ValueError(f"not a numeral: {s!r}")
                value = 1  # a bare 亿
            if total:
                raise ValueError(f"not a numeral: {s!r}")
            total, section, wan_seen = value * big, 0, False
        group, digit, last_small, started = 0, None, 10**5, True
    return total + section + group + (digit or 0)


def parse_number(s: str) -> Decimal:
    """One number as written: "1.02万" -> 10200, "十二" -> 12, "两千三百" -> 2300,
    "3.5亿" -> 350000000, "一百二十万" -> 1200000, "九十八点二" -> 98.2, "1,234" -> 1234.
    Raises ValueError for anything else."""
    if not isinstance(s, str):
        raise ValueError(f"not a number: {s!r}")
    t = s.strip().translate(_NORMALISE)
    if not t:
        raise ValueError("empty number")
    return _parse_normalised(t, s)


@lru_cache(maxsize=1024)  # perf: 9,164 calls for 73 numerals on 40 reports (a Decimal is immutable)
def _parse_normalised(t: str, s: str) -> Decimal:
    m = _PARSE_AR.fullmatch(t)
    if m:
        try:
            value = Decimal(m.group(1).replace(",", ""))
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits only digits
            raise ValueError(f"not a number: {s!r}") from exc
        if m.group(2):
            value *= _MULT[m.group(2)]
        return _clean(value)
    m = _PARSE_CN.fullmatch(t)
    if m:
        integer_part, fraction, mult = m.groups()
        if fraction is None and mult is None:
            return Decimal(_cn_integer(integer_part))
        if fraction is not None:
            if not all(ch in _CN_DIGIT for ch in integer_part) and any(ch in _CN_BIG for ch in integer_part):
                raise ValueError(f"not a number: {s!r}")
            value = Decimal(f"{_cn_integer(integer_part)}.{''.join(str(_CN_DIGIT[c]) for c in fraction)}")
        else:
            value = Decimal(_cn_integer(integer_part))
        if mult:
            value *= _MULT[mult]
        return _clean(value)
    raise ValueError(f"not a number: {s!r}")


# ---------------------------------------------------------------------------------------------
# the unit lexicon

@dataclass(frozen=True, slots=True)
class _Unit:
    surface: str
    base: str
    hint: str  # count level share percentagePoint multiple time
    cn: str  # v n -


def _load_units() -> tuple[dict[str, _Unit], re.Pattern[str]]:
    try:
        text = resources.files("kg.data").joinpath("units.tsv").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, TypeError):  # pragma: no cover - source checkout
        from pathlib import Path

        text = (Path(__file__).resolve().parent / "data" / "units.tsv").read_text(encoding="utf-8")
    units: dict[str, _Unit] = {}
    not_before: dict[str, list[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            raise ValueError(f"units.tsv: bad line {line!r}")
        surface, base, hint, cn = (c.strip() for c in cols[:4])
        units[surface] = _Unit(surface, base, hint, cn)
        stops = [w for w in (cols[4].split("|") if len(cols) > 4 else []) if w.strip()]
        not_before[surface] = stops
    parts = []
    for surface in sorted(units, key=len, reverse=True):
        alt = re.escape(surface)
        if not_before[surface]:
            alt += "(?!" + "|".join(re.escape(w) for w in sorted(not_before[surface], key=len, reverse=True)) + ")"
        if surface.isascii() and surface[-1].isalpha():
            alt += "(?![A-Za-z])"
        parts.append(alt)
    return units, re.compile("|".join(parts))


_UNITS, _UNIT_RE = _load_units()
# units that scale the value: 八成 -> 80 %
_UNIT_SCALE = {"成": Decimal(10)}
_UNIT_SCALE_OK_RE = re.compile(r"以上|左右|以内|以下|多|之多")
_PER_RE = re.compile(r"(?:/|每(?=立方米|升))(?:万人|千人|百人|人次|人|户|年|月|日|天|小时|次|亩|吨|平方米|立方米|升|公里|辆|件|千瓦时|度|台|张|床)")

# ---------------------------------------------------------------------------------------------
# patterns

# Every token starts with a Chinese numeral or a digit; the lookahead says so to `re`, which then skips the
# other characters quickly (the alternatives open with groups, so it cannot see that itself): the same matches,
# about four times faster on report sentences.
_TOKEN_RE = re.compile(
    rf"(?=[{_CN_CHARS}\d])(?:"
    rf"(?P<frac>(?P<den>[{_CN_CHARS}]+|\d+)分之(?P<num>[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+)?|\d+(?:\.\d+)?))"
    r"|(?P<half>一半)"
    r"|(?P<sfrac>(?<![\d./])(?P<snum>[1-9])/(?P<sden>[1-9]\d?)(?![\d./万亿]|小时|天))"  # 1/3: a share (not 7/24小时)
    rf"|(?P<ar>{_AR_RE})(?P<in1>多|余)?(?: (?=(?:万亿|亿|万)[\u4e00-\u9fff]))?(?P<mult>万亿|千万|百万|十万|亿|万|千(?![瓦米克伏])|百(?!分))?"
    rf"|(?P<cn>[{_CN_CHARS}]+(?:点[{_CN_DIGITS}]+(?:万亿|亿|万)?)?)"
    r")"
)

_LEAD_QUALIFIERS = sorted(
    ["近", "将近", "接近", "超过", "超", "约", "大约", "逾", "不少于", "不低于", "不超过", "不高于", "不足",
     "不到", "高达", "多达", "达到", "达", "突破", "至少", "最多", "最高", "最低", "仅"],
    key=len, reverse=True,
)
_VERB_QUALIFIERS = {"达", "达到", "突破", "高达", "多达"}  # these start a new predicate (增长34.6%、达526.1亿元)
_TRAIL_QUALIFIER_RE = re.compile(r"以上|以内|以下|左右|上下(?!游)|之内|之上|之下|开外")
_INNER = "多余"

_QUOTE_OPEN = "“《「『"
_QUOTE_CLOSE = "”》」』"
_QUOTE_SPAN = 40
_QUOTE_OPEN_RE = re.compile(f"[{_QUOTE_OPEN}]")
_QUOTE_CLOSE_RE = re.compile(f"[{_QUOTE_CLOSE}]")

_CLAUSE_DELIMS = set("，,；;。！？!?：:\n\r（）()【】")
_DASHES = "—–-~"
_RANGE_GAP_RE = re.compile(r"(?:——|—|–|-|~|至|到)")
_LIST_GAP = "、"
_AND_GAPS = ("和", "及", "与")
_ANAPHOR_RE = re.compile(r"(?:这|那|这些|那些|上述|前述)$")
_PAIRED_BASES = frozenset({"百分点", "%", "倍"})
_POINT_LIST_GAPS = ("、", "和", "与", "及", "或", "—", "-", "~", "至", "到")

# a clock span followed by a word describes that word (24小时营业, 15分钟生活圈, 24小时动态清零);
# only these may follow a measured span
_TIME_SPAN_FOLLOWERS_RE = re.compile(r"以上|以内|以下|左右|之内|内|的|多|余")
# an age followed by a bound and a noun is a modifier (3岁以下婴幼儿, 60周岁以上老年人)
_AGE_MODIFIER_RE = re.compile(r"(?:及以上|以上|以下|及以下)(?=[\u4e00-\u9fff])")
# a Chinese-numeral 次 that numbers a session: 十届三次、五次全会
_SESSION_RE = re.compile(rf"(?:、[{_CN_CHARS}]+次)*(?:全会|全委|会议|全体会议|常委会|会)")
# after a Chinese-numeral count with a nominal measure word: nouns that still make it a count
_CN_COUNT_FOLLOWERS_RE = re.compile(r"以上|左右|以内|以下|之多|民生实事|实事|好事")

# nouns naming people or households: 6600多万纳税人 -> 人, 上千万家庭 -> 户
_PERSON_HEADS = {
    "纳税人": "人", "学生": "人", "在校生": "人", "毕业生": "人", "大学生": "人", "人口": "人",
    "群众": "人", "人员": "人", "职工": "人", "农民工": "人", "农民": "人", "居民": "人", "市民": "人",
    "游客": "人", "旅客": "人", "老人": "人", "老年人": "人", "儿童": "人", "幼儿": "人", "婴幼儿": "人",
    "患者": "人", "劳动力": "人", "党员": "人", "青年": "人", "妇女": "人", "残疾人": "人", "考生": "人",
    "中国人": "人", "人民": "人", "儿女": "人", "同胞": "人", "用户": "户",
    "家庭": "户", "农户": "户", "贫困户": "户", "脱贫户": "户", "户": "户",
}
_PERSON_RE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(" + "|".join(sorted(_PERSON_HEADS, key=len, reverse=True)) + ")"
)
# the noun of a clause ending in a bare amount (常住人口超过1530万, 工业总产值突破4000亿): the last one
# before the amount names what is counted or paid
_CLAUSE_IMPLIED_RE = re.compile(
    r"(?P<人>人口|人数|人员|群众|学生|职工|劳动力|农民工|人才)|(?P<户>用户|市场主体)|(?P<人次>人次)"
    r"|(?P<元>生产总值|GDP|经济总量|产值|增加值|收入|营收|投资|销售额|交易额|成交额|营业额|零售总额|总额|余额|"
    r"贷款|存款|税收|利润|资金|进出口|(?:产业|经济|市场|交易|融资|信贷)规模)")

# change verbs and level words, searched in the clause before a number
_KEYWORD_RE = re.compile(
    r"(?P<noun>增速|增幅|涨幅|降幅|增长率|增长速度)"
    r"|(?P<inc>(?:(?<!稳)增长|增加(?!值)|提高|上升|上涨|提升|扩大|回升|攀升|跃升|上调|高出|高于|增至|升至|翻番)(?!率))"
    r"|(?P<dec>(?:下降|降低|减少|回落|下跌|下滑|缩小|缩减|削减|压缩|压减|精简|缩短|下调|低于|降至|减至|减低)(?!率))"
    r"|(?P<level>达到|达|为|占|是|突破|在|至|到)"
)
_SINGLE_VERB = {"增": "increase", "升": "increase", "涨": "increase",
                "减": "decrease", "降": "decrease", "跌": "decrease"}
_RANK_INC_RE = re.compile(r"(?:前移|上升|提升|跃升|前进|上移|提高)了?$")
_RANK_DEC_RE = re.compile(r"(?:后移|下降|下滑|后退|下移|回落|降低)了?$")
_BASIS_RE = re.compile(
    r"同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|比上年末|较上年末|比上年|较上年|比去年|较去年|比年初|较年初"
)
_ADJ_FILLER_RE = re.compile(r"(?:了|至|到|为|达)*$")


# ---------------------------------------------------------------------------------------------
# find_quantities

@dataclass(slots=True)
class _Tok:
    start: int
    num_end: int  # end of number (+ inner qualifier + multiplier)
    value: Decimal
    mult: str | None
    inner: str | None
    arabic: bool
    chinese: bool
    unit: _Unit | None = None
    unit_end: int = 0
    unit_text: str = ""  # base unit, with a per-period suffix (吨/年)
    implied: bool = False
    ok: bool = True  # a quantity (when it has a unit)
    bare_ok: bool = True  # usable as a range/list head without a unit
    approx: bool = False  # 十余, 上百, 近千: an approximate count, never a name


def _inside_quotes(pos: int, opens: list[int], closes: list[int]) -> bool:
    i = bisect.bisect_right(opens, pos) - 1
    if i < 0:
        return False
    o = opens[i]
    if pos - o > _QUOTE_SPAN:
        return False
    j = bisect.bisect_right(closes, pos) - 1
    if j >= 0 and closes[j] > o:
        return False
    k = bisect.bisect_right(closes, pos)
    return k < len(closes) and closes[k] - pos <= _QUOTE_SPAN


_LEAD_RE = re.compile("(?:" + "|".join(map(re.escape, _LEAD_QUALIFIERS)) + ")$")
_LEAD_MAX = max(map(len, _LEAD_QUALIFIERS))


@lru_cache(maxsize=1024)  # perf: asked up to three times per figure (20,862 calls, 7,195 distinct on 40 reports)
def _lead_qualifier(t: str, start: int) -> str | None:
    m = _LEAD_RE.search(t, max(0, start - _LEAD_MAX), start)
    if m is None:
        return None
    q = m.group(0)
    if q == "近" and start >= 2 and t[start - 2] in "最附":
        return None
    return q


def _clause_start(t: str, pos: int, limit: int = 80) -> int:
    """After the last clause delimiter within `limit` characters before `pos` (else `pos - limit`)."""
    lo = max(0, pos - limit)
    m = _LAST_DELIM_RE.match(t, lo, pos)  # greedy: the last delimiter (perf: no Python step per character)
    return m.end() if m is not None else lo


_LAST_DELIM_RE = re.compile(r"(?s:.*)[" + re.escape("".join(sorted(_CLAUSE_DELIMS))) + "]")


def _match_unit(t: str, pos: int) -> tuple[_Unit, int, str] | None:
    m = _UNIT_RE.match(t, pos)
    if m is None:
        # 7 %左右: a space before a percent sign
        j = pos
        while j < len(t) and j - pos < 2 and t[j] in " \u3000":
            j += 1
        if j > pos and j < len(t) and t[j] in "%‰":
            m = _UNIT_RE.match(t, j)
        elif j == pos + 1 and j < len(t) and _is_cjk(t[j]) and (t[pos - 1:pos].isdigit()
                                                                 or t[pos - 2:pos - 1].isdigit() and t[pos - 1] in "万亿"):
            # 新增 140 家, 达到 3.5 亿元, 19.3万 名: a PDF's single space between a number (or its multiplier)
            # and its measure word
            m = _UNIT_RE.match(t, j)
        if m is None:
            return None
    unit = _UNITS[m.group(0)]
    end = m.end()
    text = unit.base
    if unit.surface in _UNIT_SCALE and not _UNIT_SCALE_OK_RE.match(t, end) and _is_cjk(t[end:end + 1] or "a"):
        return None  # 三成员, 5成立: no share
    p = _PER_RE.match(t, end)
    if p is not None and unit.hint not in ("share", "percentagePoint", "multiple"):
        text = unit.base + "/" + p.group(0).lstrip("/每")  # 微克每立方米 -> 微克/立方米
        end = p.end()
    return unit, end, text


def _tokens(t: str, opens: list[int], closes: list[int]) -> list[_Tok]:
    n = len(t)
    toks: list[_Tok] = []
    for m in _TOKEN_RE.finditer(t):
        s = m.start()
        prev = t[s - 1] if s > 0 else ""
        if m.group("frac") is not None:
            tok = _fraction(t, m, prev, opens, closes)
            if tok is not None:
                toks.append(tok)
            continue
        if m.group("sfrac") is not None:
            num, den = int(m.group("snum")), int(m.group("sden"))
            if num < den and not _is_ascii_letter(prev) and not _inside_quotes(s, opens, closes):
                unit = _UNITS["%"]
                value = (Decimal(num * 100) / den).quantize(Decimal("0.0001"))
                toks.append(_Tok(s, m.end(), _clean(value), None, None, False, False, unit, m.end(), "%",
                                 bare_ok=False))
            continue
        if m.group("half") is not None:
            e = m.end()
            lead = _lead_qualifier(t, s)
            ok = (lead is not None or (prev != "" and prev in "占过") or _TRAIL_QUALIFIER_RE.match(t, e) is not None)
            if ok and not _inside_quotes(s, opens, closes):
                unit = _UNITS["%"]
                toks.append(_Tok(s, e, Decimal(50), None, None, False, False, unit, e, "%", bare_ok=False))
            continue
        if m.group("ar") is not None:
            tok = _arabic(t, m, prev, n)
        else:
            tok = _chinese(t, m, prev)
        if tok is None:
            continue
        # context that makes it a name, a code or an ordinal
        if prev and (_is_ascii_letter(prev) or prev in "_+×*#/\\@" or prev == "第"
                     or (prev in " \u3000" and t[s - 2:s - 1] == "第")):  # 第 3 个: a PDF's space after 第
            tok.ok = tok.bare_ok = False
        elif prev == "." and s >= 2 and t[s - 2].isdigit():
            tok.ok = tok.bare_ok = False
        if _inside_quotes(s, opens, closes):
            tok.ok = tok.bare_ok = False
        e = tok.num_end
        nxt = t[e] if e < n else ""
        if nxt and nxt in "+×*":
            tok.ok = tok.bare_ok = False
        # unit
        u = _match_unit(t, e)
        if u is not None:
            tok.unit, tok.unit_end, tok.unit_text = u
            after = t[tok.unit_end] if tok.unit_end < n else ""
            if tok.unit.surface.isascii() and tok.unit.surface[-1].isalpha() and _is_ascii_letter(after):
                tok.unit = None
        if tok.unit is None and _is_ascii_letter(nxt):
            tok.ok = tok.bare_ok = False  # 5G, 4A级, 3D
        if tok.unit is not None:
            if tok.unit.surface in _UNIT_SCALE:
                tok.value *= _UNIT_SCALE[tok.unit.surface]
            _check_unit(t, tok, prev)
        toks.append(tok)
    return toks


def _fraction(t: str, m: re.Match[str], prev: str, opens: list[int], closes: list[int]) -> _Tok | None:
    s, e = m.start(), m.end()
    if prev == "第" or _inside_quotes(s, opens, closes):
        return None
    try:
        den = parse_number(m.group("den"))
        num = parse_number(m.group("num"))
    except ValueError:
        return None
    if den <= 0:
        return None
    if den == 100:
        value, unit = num, _UNITS["%"]
    elif den == 1000:
        value, unit = num, _UNITS["‰"]
    else:
        value, unit = (num * 100 / den).quantize(Decimal("0.0001")), _UNITS["%"]
    return _Tok(s, e, _clean(value), None, None, False, False, unit, e, unit.base, bare_ok=False)


def _arabic(t: str, m: re.Match[str], prev: str, n: int) -> _Tok | None:
    s = m.start()
    digits = m.group("ar")
    try:
        value = Decimal(digits.replace(",", ""))
    except InvalidOperation:  # pragma: no cover
        return None
    inner = m.group("in1")
    mult = m.group("mult")
    e = m.end()
    if e < n and t[e] in _INNER and inner is None and mult is not None:
        inner = t[e]
        e += 1
    if mult:
        value *= _MULT[mult]
    return _Tok(s, e, value, mult, inner, True, False)


def _chinese(t: str, m: re.Match[str], prev: str) -> _Tok | None:
    s = m.start()
    raw = m.group("cn")
    e = m.end()
    try:
        value = _parse_normalised(raw, raw)
    except ValueError:
        return None
    integer = raw.split("点")[0]
    if len(integer) > 1 and all(ch in _CN_DIGIT for ch in integer):
        return None  # 二〇二三, 一二三: years and codes read digit by digit
    if raw in ("一", "壹"):
        # 一 with a measure word is the article (一批, 一个, 一项); kept only for 一倍
        tok = _Tok(s, e, value, None, None, False, True, bare_ok=False)
        tok.ok = t.startswith("倍", e)
        if not tok.ok:
            return None
        return tok
    inner = None
    if e < len(t) and t[e] in _INNER:
        inner = t[e]
        e += 1
    tok = _Tok(s, e, value, None, inner, False, True, approx=inner is not None)
    if raw != "十" and all(ch in _MAGNITUDE_CHARS for ch in raw):
        # a bare magnitude (千, 万, 千万, 百万) counts only as 上千万, 近万, 千余, 万多
        lead = t[s - 1] if s > 0 else ""
        if inner is None and _REACHED_RE.search(t, max(0, s - 4), s):
            pass  # a level reached: 突破千亿元大关, 达到百万人次
        elif inner is None and (not lead or lead not in "上近逾超"):
            tok.ok = tok.bare_ok = False
        else:
            tok.approx = True
    return tok


_REACHED_RE = re.compile(r"(?:突破|达到|达|超过|迈上|迈过|跨越|跨上|跃上|站上|跨过)$")
_YEAR_SPAN_BEFORE_RE = re.compile(r"(?:连续|近|成立|改革开放|建党|建国|经过|历时)$")
_YEAR_SPAN_AFTER_RE = re.compile(r"(?:最高|最低|最好|最快|最多|以来|来)")
# An amount that only bounds a class of things counted right after (5000万元以上项目356个).
_THRESHOLD_RE = re.compile(r"(?:及)?以[上下]的?(?:(?!增长|下降|提高|达到|达|为|和|与|并)[\u4e00-\u9fff]){1,10}")


def _check_unit(t: str, tok: _Tok, prev: str) -> None:
    unit = tok.unit
    assert unit is not None
    after_pos = tok.unit_end
    after = t[after_pos] if after_pos < len(t) else ""
    if tok.chinese:
        if unit.cn == "-":
            # 二元结构, 三年行动, 二期: names; a large numeral takes any unit (三千万元, 五千米)
            if tok.value < 100:
                tok.ok = False
            elif tok.approx and tok.inner is None and after and _is_cjk(after) \
                    and _TRAIL_QUALIFIER_RE.match(t, after_pos) is None:
                tok.ok = False  # 超亿元外贸企业, 千万吨级: a size class, not an amount
        elif unit.cn == "n" and after and _is_cjk(after) and unit.base != "百分点" and not tok.approx:
            if _CN_COUNT_FOLLOWERS_RE.match(t, after_pos) is None:
                tok.ok = False
    base = unit.base
    if base == "年":
        if tok.value >= 100 and tok.inner is None:
            tok.ok = False  # 2023年 is a date
        if _YEAR_SPAN_BEFORE_RE.search(t, 0, tok.start) or _YEAR_SPAN_AFTER_RE.match(t, after_pos):
            tok.ok = False  # 连续7年, 近6年最高, 成立60年: a streak or an anniversary, not a measurement
        if tok.value != tok.value.to_integral() and tok.value > 100:
            tok.ok = False
    if unit.surface.endswith(("小时", "分钟")) and _is_cjk(after) and _TIME_SPAN_FOLLOWERS_RE.match(t, after_pos) is None:
        tok.ok = False
    if base == "岁" and _AGE_MODIFIER_RE.match(t, after_pos):
        tok.ok = False
    if tok.chinese and after == "级" and all(ch in _MAGNITUDE_CHARS for ch in t[tok.start:tok.num_end]):
        tok.ok = False  # 千万吨级, 千亿级: a size class
    if tok.chinese and base == "次" and (prev == "届" or _SESSION_RE.match(t, after_pos)):
        tok.ok = False
    if prev == "前" and base in ("位", "名"):
        tok.ok = False  # 前10位, 前50名: a rank band
    if base == "个" and t.startswith("方面", after_pos):
        tok.ok = False  # 重点抓好8个方面工作, 以下4个方面: how the text is laid out, not a measurement
    if _ANAPHOR_RE.search(t, max(0, tok.start - 3), tok.start):
        tok.ok = False  # 这5个增幅全省第一, 上述12件实事: things counted before, named again


def _kind_and_direction(t: str, start: int, unit: _Unit) -> tuple[str, str | None, str | None]:
    lead = _lead_qualifier(t, start)
    head = start - (len(lead) if lead else 0)
    cs = _clause_start(t, head)
    prefix = t[cs:head]
    hint = unit.hint
    last = None
    noun = False
    for km in _KEYWORD_RE.finditer(prefix):
        if km.lastgroup == "noun":
            noun = True
        last = km
    direction = None
    verb_end = None
    verb = ""
    level_after_verb = False
    if last is not None:
        if last.lastgroup in ("inc", "dec"):
            direction = "increase" if last.lastgroup == "inc" else "decrease"
            verb_end = last.end()
            verb = last.group(0)
            if last.group(0) in ("增至", "升至", "降至", "减至"):
                level_after_verb = True
        elif last.lastgroup == "level":
            # 提高到 66.2%, 增长至37家: a verb and then the level reached
            before = prefix[: last.start()]
            vm = None
            for km in _KEYWORD_RE.finditer(before):
                vm = km
            if last.group(0) in ("至", "到", "为") and vm is not None and vm.end() == last.start() and vm.lastgroup in ("inc", "dec"):
                direction = "increase" if vm.lastgroup == "inc" else "decrease"
                verb_end = last.end()
                verb = vm.group(0)
                level_after_verb = True
    stripped = prefix.rstrip("了 ")
    if direction is None and stripped and stripped[-1] in _SINGLE_VERB and not stripped.endswith("新增"):
        direction = _SINGLE_VERB[stripped[-1]]
        verb_end = len(stripped)
    adjacent = verb_end is not None and _ADJ_FILLER_RE.fullmatch(prefix[verb_end:].strip()) is not None

    if hint == "share":
        if noun:
            kind = "growth"
        elif direction is not None and not level_after_verb:
            kind = "growth"
        else:
            kind = "share"
            if not (level_after_verb and adjacent):
                direction = None
    elif hint == "percentagePoint":
        kind = "percentagePoint"
    elif hint == "multiple":
        kind = "multiple"
        if level_after_verb:
            direction = direction  # 增至3倍: keep
    elif unit.base in ("位", "位次") and (_RANK_INC_RE.search(stripped) or _RANK_DEC_RE.search(stripped)):
        kind = "rankChange"
        direction = "increase" if _RANK_INC_RE.search(stripped) else "decrease"
        verb_end = len(stripped)
    else:
        kind = "count" if hint in ("count", "time") else "level"
        if not adjacent or verb == "提升":  # 改造提升302个: upgraded, not an increase
            direction = None
    basis = None
    if direction is not None and verb_end is not None:
        bm = None
        for b in _BASIS_RE.finditer(prefix, 0, verb_end):
            bm = b
        if bm is not None:
            basis = bm.group(0)
    return kind, direction, basis


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity of text, in order of position."""
    if not text:
        return []
    t = text.translate(_NORMALISE) if _NEEDS_NORMALISING.search(text) else text
    opens = [m.start() for m in _QUOTE_OPEN_RE.finditer(t)]
    closes = [m.start() for m in _QUOTE_CLOSE_RE.finditer(t)] if opens else []
    toks = _tokens(t, opens, closes)

    # ranges and lists: 6—6.5%, 5—6万人, 10.6万、3.8万、3.3万平方公里 share the last unit
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        if tok.unit is not None or not tok.bare_ok or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        if nxt.unit is None or not nxt.ok or nxt.arabic != tok.arabic or nxt.chinese != tok.chinese:
            continue
        gap = t[tok.num_end:nxt.start]
        # 1.3和3.7个百分点, 3.6和5.5倍, 分别增长8和12万人: the last item's unit is the pair's
        is_list = gap == _LIST_GAP or (gap in _AND_GAPS and tok.arabic and (
            nxt.unit.base in _PAIRED_BASES or "分别" in t[_clause_start(t, tok.start):tok.start]))
        is_range = not is_list and _RANGE_GAP_RE.fullmatch(gap) is not None
        if not (is_list or is_range):
            continue
        if is_range and gap[0] in _DASHES and tok.start > 0 and t[tok.start - 1] in _DASHES + "—":
            continue  # —3—: a page marker
        if nxt.implied:
            continue
        tok.unit, tok.unit_text, tok.unit_end = nxt.unit, nxt.unit_text, tok.num_end
        if tok.mult is None and nxt.mult is not None and tok.arabic:
            tok.value *= _MULT[nxt.mult]
            tok.mult = nxt.mult
        tok.ok = True
        _check_unit(t, tok, t[tok.start - 1] if tok.start else "")
        if nxt.unit.base == "年" and not nxt.ok:
            tok.ok = False
        if is_range and nxt.unit.base == "岁" and nxt.unit_end < len(t) and _is_cjk(t[nxt.unit_end]):
            tok.ok = nxt.ok = False  # 0—6岁儿童, 80-89周岁老年人: an age band names a group

    # 4.1个和2.7个百分点, 1.5个、2个和3个百分点: a 个 before a list item in percentage points is one
    # of them too (个 is the measure word of 个百分点, cut short in the earlier items)
    for i in range(len(toks) - 2, -1, -1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.unit is None or tok.unit.base != "个" or not tok.ok or nxt.unit is None \
                or nxt.unit.base != "百分点" or not nxt.ok:
            continue
        if t[tok.unit_end:nxt.start] not in _POINT_LIST_GAPS:
            continue
        tok.unit, tok.unit_text = nxt.unit, nxt.unit_text

    # implied units: 6600多万纳税人, 上千万家庭; 务工规模超过3300万 (a people clause)
    for tok in toks:
        if not tok.bare_ok:
            continue
        if tok.unit is not None:
            pm = _PERSON_RE.match(t, tok.num_end)
            if pm is None or pm.start(1) != tok.num_end or not pm.group(1).startswith(tok.unit.surface) \
                    or _PERSON_HEADS[pm.group(1)] == tok.unit.base:
                continue
        big = (tok.mult in ("万", "亿", "万亿", "千万", "百万")) if tok.arabic else (
            tok.chinese and any(ch in "万亿" for ch in t[tok.start:tok.num_end]))
        if not big:
            continue
        pm = _PERSON_RE.match(t, tok.num_end)
        base = None
        if pm is not None:
            base = _PERSON_HEADS[pm.group(1)]
        elif tok.arabic or tok.ok:  # 3.4亿, or 千亿 after 突破
            pos = tok.num_end
            trail = _TRAIL_QUALIFIER_RE.match(t, pos)
            if trail is not None:
                pos = trail.end()  # 用户达到80万以上
            elif t.startswith(("大关", "关口", "台阶"), pos):
                pos += 2  # 地区生产总值突破千亿大关
            after = t[pos] if pos < len(t) else ""
            if not after or after in _CLAUSE_DELIMS or after == "、":
                cs = _clause_start(t, tok.start)
                last = None
                for found in _CLAUSE_IMPLIED_RE.finditer(t, cs, tok.start):
                    last = found
                if last is not None:
                    base = last.lastgroup  # 新增移动通信用户3.4亿: households (户)
        if base is None:
            continue
        tok.unit = _UNITS[base]
        tok.unit_text = base
        tok.unit_end = tok.num_end
        tok.implied = True
        tok.ok = True

    out: list[Quantity] = []
    prev_q: Quantity | None = None
    prev_end_ext = -1
    for tok in toks:
        if tok.unit is None or not tok.ok:
            continue
        start, end = tok.start, tok.unit_end
        trail = _TRAIL_QUALIFIER_RE.match(t, end)
        qualifier = tok.inner or (trail.group(0) if trail else None)
        if qualifier is None:
            lead = _lead_qualifier(t, start)
            if lead is None and tok.chinese and start > 0 and t[start - 1] == "上":
                lead = "上"
            qualifier = lead
        kind, direction, basis = _kind_and_direction(t, start, tok.unit)
        lead = _lead_qualifier(t, start)
        if prev_q is not None and direction is None and lead not in _VERB_QUALIFIERS:
            gap = t[prev_end_ext:start - (len(lead) if lead else 0)]
            if gap in ("、", "和", "及", "与") or _RANGE_GAP_RE.fullmatch(gap):
                direction, basis = prev_q.direction, prev_q.basis
                if kind == "share" and prev_q.kind == "growth":
                    kind = "growth"
        q = Quantity(
            start=start, end=end, surface=text[start:end], value=_clean(tok.value), unit=tok.unit_text,
            qualifier=qualifier, kind=kind, direction=direction, basis=basis, implied=tok.implied,
        )
        out.append(q)
        prev_q = q
        prev_end_ext = end + (len(trail.group(0)) if trail else 0)
    return [q for q, nxt in zip(out, [*out[1:], None], strict=False)
            if not _is_threshold(t, q, nxt) and not _is_size_class(t, q)]


# A size that only bounds a class of things named right after it (500万元以上项目, 30户以上自然村,
# 年收入5万元以上的村, 20吨及以下燃煤锅炉): not a measurement. Only countable things make a class;
# an amount of land, money or floor space named after it is measured (建设8000亩以上高标准农田,
# 完成100亿元以上技改投资), and so are the things a measure word counts (5户以上龙头企业, 3000户以上贫困户).
_SIZE_BASES = frozenset({"元", "美元", "亩", "平方米", "平方公里", "公顷", "吨", "千瓦", "立方米", "户", "人"})
_SIZE_CLASS_RE = re.compile(r"(?:及)?以[上下]的?([\u4e00-\u9fff]{1,12})")
_CLASS_HEADS_RE = re.compile(
    r"项目|企业|集团|村|寨|组织|学校|小学|中学|家庭|锅炉|机组|煤矿|园区|集群|产业链|地块|熟地|食堂|社区|小区|"
    r"班额|大班|景区|工厂|单位|乡镇|城市|户")
_COUNTED_BY_HU_RE = re.compile(r"企业|户|家庭")  # things 户 counts


def _is_size_class(t: str, q: Quantity) -> bool:
    if q.unit not in _SIZE_BASES or q.implied:
        return False
    m = _SIZE_CLASS_RE.match(t, q.end)
    if m is None:
        return False
    head = _CLASS_HEADS_RE.search(m.group(1))
    if head is None:
        return False
    if q.unit in ("户", "人") and (_COUNTED_BY_HU_RE.search(m.group(1)) or _PERSON_RE.match(t, m.start(1))):
        return False  # 5户以上龙头企业, 3000户以上贫困户, 2万人以上群众: the things counted
    return True


def _is_threshold(t: str, q: Quantity, nxt: Quantity | None) -> bool:
    if nxt is None:
        return False
    m = _THRESHOLD_RE.match(t, q.end)
    return m is not None and m.end() == nxt.start
