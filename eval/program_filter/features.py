"""Features of a learned precision filter over the extractor's program finds (issue #4, round progML; not shipped).

The rules find program names; the gold sets disagree on which mechanisms, goals, documents and domain reforms count, so
a small logistic model over *structural* features of a find (its head, length, quotes, counts, the words right around
it, the part of the report, how often it is found, whether the lexicon knows it) learns the average annotator's
convention from the pooled gold sets. No feature is the name's identity. eval/program_filter/loso.py measures it by
leaving whole sets out; it did not pass the ship rule (README.md here), so nothing in kg/ uses it.
"""

from __future__ import annotations

import math
import re
from functools import cache

from kg.extract.entities.lexicon import _lines

# a closed list of program heads, longest first (the name's last words that make it a program or not)
HEADS = ("综合改革", "体制改革", "制度改革", "改革", "专项行动", "三年行动", "行动计划", "行动方案", "行动", "攻坚战", "保卫战",
         "歼灭战", "攻坚", "工程", "长效机制", "机制", "长制", "制度", "体系", "战略", "计划", "建设", "试点", "示范", "模式",
         "政策", "创建", "规划", "方案", "活动", "行动年", "年", "一体化", "融合", "振兴", "发展", "服务", "治理", "整治",
         "工作法", "工作", "品牌", "理念", "精神", "思想", "布局", "格局", "体制", "清单", "经济", "生态", "文明", "运动",
         "教育", "倡议", "通", "办", "跑", "制", "化", "区", "城", "圈", "带", "链")
QUOTES = "“”‘’\"《》「」"
COUNT = re.compile(r"[一二两三四五六七八九十百千0-9]+(?:个|大|项|条|张|类|化|篇|件|批|横|纵|区|园|城|带|心|网)")
NUMERAL = re.compile(r"[一二两三四五六七八九十百千0-9]")
PLACE = re.compile(r"全国|全省|全市|全区|全县|省|市|县|州|镇|乡|村|中国|国家")
LIST_MARK = "、"


@cache
def _verbs() -> tuple[str, ...]:
    words = {w for line in _lines("governing_verbs.txt") for w in line.split()}
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _lexicon() -> frozenset[str]:
    return frozenset(_lines("programs.txt"))


def _head(name: str) -> str:
    for h in HEADS:
        if name.endswith(h):
            return h
    return "none"


def _len_bucket(n: int) -> str:
    for top, label in ((2, "2"), (3, "3"), (4, "4"), (6, "5-6"), (9, "7-9"), (14, "10-14")):
        if n <= top:
            return label
    return "15+"


def region_stem(region: str | None) -> str:
    if not region:
        return ""
    stem = re.sub(r"(?:维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|特别行政区|省|市|区|县|州|盟|旗|地区)$", "", region)
    return stem if len(stem) >= 2 else ""


# the feature groups; "small" is heads + context, "all" adds the report-level and lexicon features
GROUPS_SMALL = ("head", "shape", "context")
GROUPS_ALL = ("head", "shape", "context", "report")


def features(name: str, mentions: list[tuple[str, int, int, str]], other_kind: bool, region: str,
             groups: tuple[str, ...] = GROUPS_ALL) -> list[str]:
    """Binary features of one distinct program name of a report.

    `mentions`: (sentence text, start, end in the sentence, part of the report) of its finds (the first three are used);
    `other_kind`: the same string is also found as a project or organization; `region`: the report's place stem."""
    f = {"bias"}
    if "head" in groups:
        f.add("h:" + _head(name))
        f.add("e1:" + name[-1:])
        f.add("e2:" + name[-2:])
    if "shape" in groups:
        f.add("len:" + _len_bucket(len(name)))
        if any(c in QUOTES for c in name):
            f.add("q:in")
        if COUNT.search(name):
            f.add("count")
        elif NUMERAL.search(name):
            f.add("numeral")
    if "context" in groups:
        for text, s, e, _part in mentions[:3]:
            before, after = text[max(0, s - 3):s], text[e:e + 3]
            p1, n1 = before[-1:] or "^", after[:1] or "$"
            f.add("p1:" + p1)
            f.add("p2:" + (before[-2:] if len(before) >= 2 else "^"))
            f.add("n1:" + n1)
            f.add("n2:" + (after[:2] if len(after) >= 2 else "$"))
            verb = next((v for v in _verbs() if before.endswith(v) or text[max(0, s - 4):s].endswith(v)), "none")
            f.add("v:" + verb)
            if p1 in "“‘" or n1 in "”’":
                f.add("q:around")
            if p1 == LIST_MARK or n1 == LIST_MARK:
                f.add("list:dun")
            if after.lstrip("”’")[:1] == "等":
                f.add("list:deng")
    if "report" in groups:
        parts = {m[3] for m in mentions}
        for part in parts:
            f.add("part:" + part)
        n = len(mentions)
        f.add("m:" + ("1" if n == 1 else "2" if n == 2 else "3+"))
        if name in _lexicon():
            f.add("lex")
        if other_kind:
            f.add("other_kind")
        if region and region in name:
            f.add("self_place")
        elif PLACE.search(name):
            f.add("place")
    return sorted(f)


def probability(weights: dict[str, float], feats: list[str]) -> float:
    z = sum(weights.get(x, 0.0) for x in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

