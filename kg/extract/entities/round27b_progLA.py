"""Round 27b (progLA, programs): a "new model" of something is no program (农业发展新模式, 房地产发展新模式).

Shape: a program read whose name ends in 新模式, 新体制, 新格局, 新路径, 新路子 or 新业态 — `探索形成中心城区城市更新新模式`,
`推出“带方案出让用地”审批服务新模式`, `探索实行政府购买公共服务新模式`, `加快构建房地产发展新模式`, `建设开放型经济新体制`,
`形成…新格局`: the report names the kind of arrangement it seeks or has found (a new way of doing X), not a policy, plan,
campaign or reform it puts in force.
Across the studied texts (official, dev2 … dev30) the golds agree: of the 55 spans `…新模式/新体制/新格局/新路径/新路子/
新业态`, 51 are listed by no gold in any form; the four others are a quoted label's model (dev11 jinan lists 不动产带封过户处置新模式
whole, dev9 hangzhou only the label 杭信贷 of `“杭信贷”外贸融资新模式`: both quoted, left alone below), a 新模式 inside a longer
name (dev24 …管理新模式建设试点: untouched, the name ends in 试点) and dev19's `在新时代西部大开发中闯出新路子` (the gold lists
西部大开发, not the path). No unquoted span is listed. The extractor read three unquoted ones as programs, all inventions
(dev15 中心城区城市更新新模式, dev25 政府购买公共服务新模式, dev27 房地产发展新模式).
新机制 is left: the golds list 5 of 13 (政府和社会资本合作新机制 in dev15 and dev27, 生态保护与补偿新机制 …).
The 新 must begin a word of the project's jieba cut: 市域社会治理阜新模式 (阜新, a city, and its model) stays.
A name with a quote in its span is left alone (round 22b's rule for quoted modes: the quote is a brand, and the golds split on
them: dev9, dev11 list the label or the whole name, dev4, dev10 nothing).
The 新 must also begin a word, so 创新模式 (开放式社会创新模式) is no "new model" and stays.
Reach and judgement: on 200 random corpus reports (seed 2771) the rule removes 42 programs in 33 reports, 41 right and 1 half
(科创指数贷新模式: a named loan product); on 200 fresh reports (seed 2772, rule unchanged) 35 in 31 reports, 33 right and 2
half (eval/corpus_samples/entN/round27b_progLA/README.md).
"""

from __future__ import annotations

import re

from ..tokens import pos
from .patterns import _Found
from .round22b_precision import _drop
from .sentence import _Sentence

NEW_MODEL = re.compile(r"新(?:模式|体制|格局|路径|路子|业态)$")
QUOTE = re.compile(r"[“”‘’\"「」]")


def _new_starts_word(name: str) -> bool:
    """The 新 before the head begins a word of the project's jieba cut (not 阜新模式: 阜新 is a city)."""
    at, i = 0, len(name) - 3
    for word, _tag in pos(name):
        if at <= i < at + len(word):
            return at == i
        at += len(word)
    return False


def new_models(s: _Sentence) -> None:
    """Drop programs named as a new model, system, pattern or path of something (see the module's doc)."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind != "program" or not NEW_MODEL.search(f.name) or QUOTE.search(s.text[f.start:f.end]):
            continue
        if not _new_starts_word(f.name):
            continue  # 新 ends a place name: 市域社会治理阜新模式 is the Fuxin model, named after its city
        s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        dropped.append(f)
    _drop(s, dropped)
