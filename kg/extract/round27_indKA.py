"""Round 27 (indKA): the left edge of a bare fund — a verb of spending or pooling before 资金 (投入资金13.8亿元 -> 资金).

Shape: a clause that names money by the action on it and the bare word 资金 right before the amount: 投入资金102亿元,
多方筹集资金28.9亿元, 累计投入资金171.24亿元, 整合资金5亿多元. The rules dropped most such verbs already (筹措资金,
争取资金, 拨付资金, 兑现各类资金 -> 资金) but kept 投入 and 整合 on purpose (round 19: "资金 names nothing") and 筹集,
which jieba reads as one noun with 资金 (筹集资金/n).

How the golds cut it (every indicator gold: official, dev2, dev3, dev28, dev29, samples A–P): the verb goes —
dev29 投入资金102亿元, 投入资金1.99亿元 -> 资金; dev28 多方筹集资金28.9亿元 (and its 增长45%) -> 资金, 争取资金41.63亿元
-> 资金; sample C 筹措资金835亿元 -> 资金; sample N 兑现各类资金 -> 资金; sample H accepts 资金 for 积极向上争取资金. No
gold keeps 投入资金, 筹集资金 or 整合资金. Kept whole by the golds, so not touched: 募集资金 (dev28: listed firms' raised
capital), 兑付资金 (sample B), 签约资金/到位资金 (what the money is).

Corpus reach (random.Random(2701).sample of 200 reports): 22 figures in 18 reports named 投入资金, 筹集资金 or
整合资金 (and the growth rates that take their name). The verbs are a data file chosen by corpus counts
(kg/data/round27_fund_verbs.txt). Judged: 21 right, 1 half, 0 wrong; fresh 200 (seed 2702): 28 figures in 20 reports,
all right (eval/corpus_samples/ind27_left/round27_indKA/).

Only a name that is the whole action — scope words (累计, 共, 多方, 全年…), the verb, an optional 各类/各级/各项 and 资金 —
is changed; 政府投入资金, 投入扶贫资金 (round 19 keeps the named fund) and 投入资金占比 are left as they are.

Fix 2, 新 + a one-character verb of making at the front of a name (新修梯田12万亩 -> 梯田, 新造油茶林50万亩 -> 油茶林,
新辟远洋干线6条 -> 远洋干线, 新植矮化密植果园5万亩 -> 矮化密植果园; kg/data/round27_new_making_verbs.txt). The rules drop
新增/新建 + a governing verb, but jieba reads 新造 as b and 新|修, 新|植 as a + v, so the verb stayed. Golds: dev29
新造生态林 -> 生态林, sample I 新造成片林 -> 成片林, sample J 新修梯田 -> 梯田, sample C 新创高质量优秀文艺作品 -> 优秀文艺作品
(or kept), sample M 新修“四好农村路” (either); no gold keeps such a verb (dev29's 新开工项目 is another verb, not in the
list). A list of further actions after the verb goes with it (新修（改造）农村公路, 新辟和优化公交线路 -> 公交线路). Left:
an object of one character (新造林), one that opens with a verb (新创建…, 新创无废工厂), a place before 新 (城区新植树木:
places are a convention split). Corpus reach (seed 2701): 17 figures in 16 reports, all right; fresh (seed 2702): 11 in
10, all right.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import indicators

# Scope or manner words a clause may open with before the verb (累计投入资金, 多方筹集资金, 全年共投入资金).
SCOPE = r"(?:累计|共计|合计|共|总共|全年|当年|今年|去年|先后|多方|多渠道|积极|全市|全区|全县|全省|全州|已|还|又)*"
GROUP = r"(?:各类|各级|各项|各种)?"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    verbs = "|".join(sorted(indicators._words("round27_fund_verbs.txt"), key=len, reverse=True))
    return re.compile(f"^{SCOPE}(?:{verbs}){GROUP}资金$")


def bare_fund(name: str) -> str:
    """资金 when `name` is only a verb of spending or pooling and 资金 (投入资金, 多方筹集资金), else ""."""
    return "资金" if name and _pattern().match(name) else ""


@lru_cache(maxsize=1)
def _new_making() -> re.Pattern:
    verbs = "".join(sorted(indicators._words("round27_new_making_verbs.txt")))
    return re.compile(f"^新[{verbs}]")


NOUN_TAGS = ("n", "s", "b", "j", "l", "i", "a", "x")


def new_made(name: str) -> str:
    """What was newly made, without 新 and its verb (新修梯田 -> 梯田), or ""."""
    m = _new_making().match(name or "")
    if not m:
        return ""
    rest = name[m.end():]
    words = indicators.pos(rest)
    k = 0
    # further actions listed after the verb: 新修（改造）农村公路, 新辟和优化公交线路, 新造、改造油茶林
    while k < len(words):
        word, flag = words[k]
        if word in ("、", "和", "及", "与", "（", "(") and k + 1 < len(words) and words[k + 1][1] in ("v", "vn") \
                and len(words[k + 1][0]) >= 2:
            k += 2
            if k < len(words) and words[k][0] in ("）", ")"):
                k += 1
        elif k == 0 and flag in ("v", "vn") and len(word) >= 2 and k + 1 < len(words):
            k += 1  # 新辟优化公交线路, 新修改造基本农田
        else:
            break
    obj = "".join(w for w, _f in words[k:])
    if len(obj) < 2 or k >= len(words) or not words[k][1].startswith(NOUN_TAGS) or words[k][0] in "、和及与（）()" \
            or not words[-1][1].startswith("n") or "的" in obj:
        return ""
    if words[k][1] == "x" and not obj.startswith("“"):
        return ""
    return obj


def _of_money(unit: str) -> bool:
    """An amount of money or a change of one (元, 亿美元, %, 倍, 百分点)."""
    return unit.endswith("元") or unit in ("%", "倍", "百分点", "个百分点")


def left_edge(text: str, quantities: list, result: list[str]) -> None:
    """Round 27 (indKA): both fixes, in place."""
    spent_funds(text, quantities, result)
    newly_made(text, quantities, result)


def newly_made(text: str, quantities: list, result: list[str]) -> None:
    """Round 27 (indKA): 新修梯田12万亩 -> 梯田, in place (figures of the same unit, or rates, that took it follow)."""
    for i, name in enumerate(result):
        new = new_made(name)
        if not new:
            continue
        result[i] = new
        for j in range(i + 1, len(quantities)):
            if result[j] == name and (quantities[j].unit == quantities[i].unit or quantities[j].unit in ("%", "倍")):
                result[j] = new


def spent_funds(text: str, quantities: list, result: list[str]) -> None:
    """Round 27 (indKA): 投入资金102亿元 -> 资金, in place (the figures that took the same name follow)."""
    for i, name in enumerate(result):
        new = bare_fund(name)
        if not new or not _of_money(quantities[i].unit):
            continue
        result[i] = new
        for j in range(i + 1, len(quantities)):
            if result[j] == name and _of_money(quantities[j].unit):
                result[j] = new  # …投入资金124亿元，比上年增长一倍: the figures that took its name
            # (筹集资金15.6亿元，实施7665户…: a count of households that took the name is no amount of it: left)
