"""Round 27b (indLB): a figure named by the noun after 的 when nothing before it names anything (设立1亿元的产业投资引导基金).

Shape: a clause that opens with a verb (and scope or manner words) right before the figure, and the figure followed by
的 and a noun phrase: 设立1亿元的产业投资引导基金, 组建30亿元的政策性融资担保基金, 新建1300公里的绿道系统, 涉及10.5万人的
保交房任务, 完成了1115亿元的工业投资, 争取70%的村完成…. The rules named such a figure by the verb (设立, 组建, 新建, 涉及)
or not at all (未识别指标): the count-before-noun path stops at 的 except for relative clauses.

How the golds cut it (official, dev2 … dev30, samples A–P): the noun after 的 is the name — dev30 完成了1115亿元的工业投资
-> 工业投资, 每年1000元的资助 -> 资助, 9.7平方公里的长东北湿地公园 -> 长东北湿地公园; dev28 新解决22万人的饮水安全问题 ->
饮水安全问题; dev2 给予平均1万元的物流补助 -> 物流补助; dev3 全区84.4%的行政嘎查村 -> 行政嘎查村. No gold names such a
figure by the verb before it.

Left alone: a name before the figure that is a noun or names an amount (总投资、投资、投入 + 亿元的…项目: the golds
name the investment 总投资; 销售收入超10亿元的企业: the threshold keeps its measure), durations (5年的历程, 用3年左右
的时间), and an abstract head after 的 (目标, 基础, 标准, 比例, 水平…: the figure is a target or a rate, not a thing).

Corpus reach and judgement: eval/corpus_samples/ind27_wrong/round27b_indLB/README.md.
"""

from __future__ import annotations

import re

from . import indicators

UNKNOWN = "未识别指标"
# 的 right after the figure, maybe after a qualifier (20万个以上的就业岗位, 9%左右的…).
OF_AFTER = re.compile(r"[ \u3000]*(?:以上|以下|左右|多|余|以内)?的(?=[\u4e00-\u9fff“])")
# The clause before a figure; the segment after 的 (up to a break, a list comma, a bracket, a quote or 等).
CLAUSE = re.compile(r"[，。；：,;:？！?!]")
BREAK = re.compile(r"[，。；：、,;:？！?!（(“”\s]|等")
# Words of a clause that only acts: verbs, adverbs, prepositions and particles (设立, 先后派出, 完成了, 争取).
ACTING_TAGS = ("v", "d", "p", "u", "c", "ad")
# Verbs that name the amount they govern: the figure is an investment, not the thing after 的.
AMOUNT_VERBS = ("投资", "投入", "总投资", "出资", "融资", "贷款", "捐款")
# Durations: the time it took, not a thing.
TIME_UNITS = ("年", "天", "日", "月", "个月", "周", "小时", "岁", "周岁", "分钟")
# Heads after 的 that name a target, a base or a rate, not a thing measured.
ABSTRACT_HEADS = ("目标", "基础", "标准", "比例", "水平", "速度", "幅度", "增幅", "增速", "要求", "情况", "时间", "历程",
                  "努力", "跨越", "总和", "能力", "规模", "预期", "政策", "任务目标", "原则", "成绩", "进步", "实践")

# A measure word first after 的: the figure is its value (5%的幅度压减…), not a thing's.
RATE_FIRST = ("幅度", "比例", "速度", "标准", "水平", "增幅", "增速")


def _noun_end(flag: str) -> bool:
    """A tag a name may end with: a noun (not a place, which ends a predicate: 医疗队驰援湖北), an abbreviation, an idiom."""
    return (flag.startswith("n") and flag != "ns") or flag in ("vn", "j", "l")


def _acting(name: str) -> bool:
    """The name is only an action: 设立, 先后派出, 完成了 (every word a verb, adverb, preposition or particle)."""
    if name == UNKNOWN:
        return True
    if name in ("新建", "新增"):
        return True  # jieba reads 新建 as a place (ns)
    if not name or name.startswith(AMOUNT_VERBS) or len(name) > 8:
        return False
    words = indicators.pos(name)
    return bool(words) and all(flag.startswith(ACTING_TAGS) and flag != "vn" for _, flag in words)


def of_noun(text: str, quantities: list, result: list[str]) -> None:
    """Round 27b (indLB): 设立|1亿元的产业投资引导基金 -> 产业投资引导基金, in place."""
    try:
        for i, q in enumerate(quantities):
            if q.unit in TIME_UNITS:
                continue
            if not _acting(result[i]):
                clause = CLAUSE.split(text[:q.start])[-1]
                if not (i and result[i] == result[i - 1] and clause and _acting(clause)):
                    continue  # …unless the name was the previous figure's and an action stands before this one
                    # (实施150个重大项目，完成了|1115亿元的工业投资)
            if i + 1 < len(quantities) and quantities[i + 1].start <= q.end + 1:
                continue  # 3—10万人的…: a range, the next figure's
            m = OF_AFTER.match(text, q.end)
            if not m:
                continue
            segment = BREAK.split(text[m.end():], 1)[0]
            if "目标" in segment or segment.endswith(ABSTRACT_HEADS) or segment.startswith(RATE_FIRST):
                continue  # a target or a rate (10%的经济增长目标, 35座的目标任务, 13.5%左右的经济预期增速), not a thing
            head = indicators.clean(indicators.strip_trailing(segment))
            if not indicators.is_counted_noun(head) or len(head) > 12 or head.endswith(ABSTRACT_HEADS) \
                    or not segment.startswith(head):
                continue
            bounds, at = set(), 0
            for word, _ in indicators.pos(segment):
                at += len(word)
                bounds.add(at)
            if len(head) not in bounds:
                continue  # the name must end where a word of the clause ends (not 社区成|为全省…)
            words = indicators.pos(head)
            verb = next((k for k, (_, flag) in enumerate(words) if k and flag.startswith("v") and flag != "vn"
                         and len(words) - k - 1 >= 3), None)
            if verb is not None:  # 50%的市县|进入省级园林城市行列: a predicate, not a verb inside a name (产业投资引导基金)
                words = words[:verb]
                head = "".join(w for w, _ in words)
                if not indicators.is_counted_noun(head):
                    continue
            if not words or not _noun_end(words[-1][1]) \
                    or (words[0][1].startswith("v") and words[0][1] != "vn"):
                continue  # the phrase opens with a noun-like word and ends in a noun (not a place: 医疗队驰援湖北)
            result[i] = head
    except Exception:  # bad input never raises: the names stay as they were
        return
