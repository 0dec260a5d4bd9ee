"""The period a figure is about: one year (gov:refPeriod) or a span of years (gov:periodStart/periodEnd).

A report states most figures for one year: the year under review, or the year a target is set for.
Averages and totals over several years name their span: 过去五年…年均增长5.2%, “十三五”时期累计完成投资,
2016—2020年, 今后五年…年均增长6%. Levels stay single years even in such a sentence: 国内生产总值增加到
121万亿元 is the value at the end of the span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

CN_COUNTS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 十三五 -> 2016-2020: the five-year plans by their number.
PLANS = {"八": 1991, "九": 1996, "十": 2001, "十一": 2006, "十二": 2011, "十三": 2016, "十四": 2021, "十五": 2026}

_N = r"([一两二三四五六七八九十]|\d{1,2})"
# An explicit range of years: 2016—2020年, 2016年至2020年, 2016-2020年.
YEAR_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*(?:[—–\-~～]+|至|到)\s*((?:19|20)\d{2})年")
# A five-year plan period, not its last year (“十二五”末 is a single year) nor the basis of a comparison
# (比“十二五”高, 是“十一五”的2.9倍).
PLAN_PERIOD = re.compile(r"(?<![比较与同是为于])“(十[一二三四五]?|[八九])五”(?!末|期末|规划|时期末|的)|(?<![\d一二三四五六七八九十])(十[一二三四五])五(?:时期|期间|以来)")
# Years counted back from the year under review: 过去五年, 五年来, 近三年, 这五年, 五年间.
PAST_YEARS = re.compile(rf"(?:过去|近|这|最近)的?{_N}年(?!级|期|制|行动|计划|规划|攻坚)"
                        rf"|(?<![连续第\d一二三四五六七八九十]){_N}年(?:来|间|中|(?=年均|累计|平均|增加|新增|增长))"
                        rf"|本届政府(?:任期|以来)?")
# Years counted forward from the report's year: 今后五年, 未来五年.
NEXT_YEARS = re.compile(rf"(?:今后|未来|此后){_N}年")
# A figure over the whole span rather than at its end.
SPAN_FIGURE = re.compile(r"年均|年平均|累计|五年共|合计|总计")
# The starting point of a change: 由2015年的39.4%…, 由“十二五”末的73岁….
FROM_YEAR = re.compile(r"(?:由|从)(?:((?:19|20)\d{2})年(?:底|末)?|“(十[一二三四五]?|[八九])五”(?:末|期末))的?$")
# Until a year: 到2025年 (a target's horizon).
UNTIL = re.compile(r"(?:到|至)((?:19|20)\d{2})年")


# A level reached at the end of a span (增加到121万亿元, 达到4500家): the span's last year, not the span.
AT_END = re.compile(r"达|增加到|增长到|提高到|提升到|上升到|下降到|降到|降至|增至|突破|跃升|迈上|由|从|为|占|是")


@lru_cache(maxsize=256)  # one sentence asks once per figure
def _topic(sentence: str, year: int | None, review_year: int | None, plan: bool) -> Period | None:
    """The span a sentence opens with as its topic: “十三五”时期，… / ——五年来，… / 回首过去五年，…"""
    lead = sentence.lstrip("—－- \u3000")[:16]
    for end, period in spans_in(lead, year, review_year, plan):
        rest = lead[end:]
        rest = rest[2:] if rest.startswith(("时期", "期间", "以来")) else rest
        if rest[:1] in ("，", ",") and len(lead) - len(lead.lstrip("回首顾")) <= 2:
            return period
    return None


@dataclass(slots=True, frozen=True)
class Period:
    start: int
    end: int

    @property
    def year(self) -> int | None:
        """The single year, when the period is one."""
        return self.start if self.start == self.end else None


def _count(text: str) -> int:
    return int(text) if text.isdigit() else CN_COUNTS.get(text, 0)


def spans_in(text: str, year: int | None, review_year: int | None, plan: bool) -> list[tuple[int, Period]]:
    """Every span of years the text names, with where it ends in the text."""
    found: list[tuple[int, Period]] = []
    # Gates (perf: most clauses name no span): every match of YEAR_RANGE, NEXT_YEARS and PAST_YEARS holds 年 but
    # PAST_YEARS' 本届政府; every match of PLAN_PERIOD holds 五.
    has_year = "年" in text
    for m in YEAR_RANGE.finditer(text) if has_year else ():
        start, end = int(m.group(1)), int(m.group(2))
        if start < end <= start + 30:
            found.append((m.end(), Period(start, end)))
    for m in PLAN_PERIOD.finditer(text) if "五" in text else ():
        first = PLANS.get(m.group(1) or m.group(2))
        if first:
            found.append((m.end(), Period(first, first + 4)))
    last = review_year or (year - 1 if year else None)
    if last and (has_year or "本届政府" in text):
        for m in PAST_YEARS.finditer(text):
            if m.group().startswith("本届政府"):
                n = 5
            else:
                n = _count(m.group(1) or m.group(2) or "")
            if 2 <= n <= 30 and not plan:
                found.append((m.end(), Period(last - n + 1, last)))
    if year and has_year:
        for m in NEXT_YEARS.finditer(text):
            n = _count(m.group(1))
            if 2 <= n <= 30:
                found.append((m.end(), Period(year, year + n - 1)))
    return sorted(found, key=lambda f: f[0])


def figure_period(clause: str, sentence: str, context: str, *, target: bool, year: int | None,
                  review_year: int | None, plan: bool, kind: str = "level") -> Period | None:
    """The period of a figure. `clause`: its clause up to the figure; `sentence`: the whole sentence;
    `context`: the text of the section before the sentence. None when the report gives no year."""
    start_year = FROM_YEAR.search(clause)
    if start_year:  # 由2015年的39.4%提高到44.4%: the first figure is the earlier year's
        if start_year.group(1):
            return Period(int(start_year.group(1)), int(start_year.group(1)))
        first = PLANS[start_year.group(2)] + 4
        return Period(first, first)
    here = spans_in(clause, year, review_year, plan)
    if here:
        return here[-1][1]  # 五年来新增就业52万人, “十三五”期间累计完成投资…: the clause names it
    topic = _topic(sentence, year, review_year, plan)
    if topic and kind != "share" and not AT_END.search(clause):
        return topic  # “十三五”时期，完成进出口总值833.9亿元: what the period did, not where it ended
    horizon = None
    until = [m for m in UNTIL.finditer(sentence) if not YEAR_RANGE.search(sentence, max(0, m.start() - 8), m.end())]
    if until:
        horizon = int(until[0].group(1))
    if SPAN_FIGURE.search(clause):
        head = sentence[:sentence.find(clause)] if clause in sentence else ""
        earlier = spans_in(context + head, year, review_year, plan)
        if earlier:
            return earlier[-1][1]  # 过去五年…，国内生产总值年均增长5.2%
        if horizon and year and target and horizon > year:
            return Period(year, horizon)  # 到2025年…年均增长6%: from this year to the horizon
    if horizon:
        return Period(horizon, horizon)
    single = year if target else review_year
    return Period(single, single) if single else None
