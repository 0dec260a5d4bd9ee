"""Round 19 (honAA, honours): a title read with a 、 inside it is split into its titles.

`荣获全国双拥模范城、全国人民防空先进城市称号` (two whole titles), `市开发区、东海县分别获批国家级新医药、新材料出口基地` (items
before one shared head: the dev17 gold lists 国家级新医药出口基地 → 市开发区 and 国家级新材料出口基地 → 东海县),
`被列入国家“十城千辆”、“十城万盏”工程试点城市`, `茅洲河、大鹏湾入选全国美丽河湖、美丽海湾案例`: the extractor read each as one
title holding a 、. No official or dev gold honour holds a 、 outside brackets (产粮大县（市、区） keeps its bracket); the
gold files split coordinated titles (dev14 `国家长期护理保险、养老服务业综合改革、公办养老机构改革试点城市` → three; dev7
`全国“互联网+教育”和“互联网+医疗健康”示范区核心区` → two). Counted on 200 random corpus reports (seed 1905,
eval/corpus_samples/honW/round19/scan_glued.py): a title read with a 、 outside brackets in 19 reports.

What is split: (a) every part ends with a title head: each part is a title, and a part with no scope of its own takes the
first part's scope (全国首批双千兆建设示范城市、全国电信普遍服务试点城市; 全国文明城市、卫生城市 → 全国卫生城市); (b) the parts
before the last have no head and the last has one: the items share the last part's tail, cut where the first item's length
ends when that is a word boundary of the last part (新医药 | 新材料出口基地 → 出口基地; 十城千辆 | 十城万盏工程试点城市 →
工程试点城市), or at a scope inside the last part (…一体化应用、北斗规模应用国家级试点 → 国家级试点). Anything else is left
as it was (a rank list, 中宣部、国家广电总局重点剧目, a quoted slogan with a 、).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .stems import pos

SCOPE = re.compile(r"(?:全国|国家级?|中国|全省|省级?|自治区级?|全区|市级|全市|世界|全球|国际)")
INNER_SCOPE = re.compile(r"(?:国家级|省级|自治区级|全国|全省|中国)")
RANK = re.compile(r"(?:百强|十强|[0-9]+强)")
NOT_ITEM = re.compile(r"第|首个|首家|唯一|数$")
PLACE_IN_RANK = re.compile(r"第[一二三四五六七八九十0-9]+$")
FIRST = re.compile(r"首个|首家|唯一|第一个|第一家")
STREAK = re.compile(r"[一二三四五六七八九十两0-9]+连冠$")
GRADE = re.compile(r"(?:优秀|先进|良好|合格|达标)(?:等次)?")  # 平安广东建设、法治广东建设“优秀”等次: a grade


def _top_level_parts(title: str) -> list[str]:
    """The title split at each 、 outside brackets (产粮大县（市、区） is one part)."""
    parts, depth, at = [], 0, 0
    for i, c in enumerate(title):
        if c in "（(":
            depth += 1
        elif c in "）)":
            depth -= 1
        elif c == "、" and depth == 0:
            parts.append(title[at:i])
            at = i + 1
    parts.append(title[at:])
    return parts


def _same_end(parts: list[str]) -> bool:
    """Every part ends with the same word of 3 or more characters (模范司法所、先进司法所)."""
    k = 3
    return all(len(p) > k + 1 and p[-k:] == parts[0][-k:] for p in parts)


def _alike(a: str, b: str) -> bool:
    """Items of one kind: the same first character (新医药、新材料) or a shared two-character word (美丽河湖、美丽海湾)."""
    return a[0] == b[0] or any(a[i:i + 2] in b for i in range(len(a) - 1))


def _boundaries(text: str) -> set[int]:
    ends, at = set(), 0
    for word, _ in pos(text):
        at += len(word)
        ends.add(at)
    return ends


def glued_titles(title: str, trim: Callable[[str], str | None], whole: str = "",
                 raw: str = "") -> tuple[list[str], bool]:
    """The titles a title read with a 、 outside brackets holds ([title] when it is not written so), and whether they are
    items to pair one by one with as many recipients. whole is the title before its tail was trimmed (全国模范司法所、
    先进司法所 trimmed to 全国模范司法所、先进), raw the text as written."""
    if "、" not in title or RANK.search(title) or re.search("“[^“”]*[、\ue000]", raw):
        return [title], False  # a rank list (a convention not settled), a quoted name with a 、 (全省“去平台、市场化”转型标杆)
    if whole != title and whole.startswith(title):
        split = _split(whole, trim, raw)
        if split[0] != [whole]:
            return split
    return _split(title, trim, raw)


def mark_glued(s: object, start: int, end: int) -> None:
    """Remember that the title at start:end of sentence s was split here into items (for one_span)."""
    glued = getattr(s, "glued_spans", None)
    if glued is None:
        glued = set()
        s.glued_spans = glued  # type: ignore[attr-defined]
    glued.add((start, end))


def one_span(s: object, titles: list[tuple[int, int, str]]) -> bool:
    """True when the titles are the parts of one glued title split here: 茅洲河、大鹏湾入选全国美丽河湖、美丽海湾案例 gives the
    n-th recipient the n-th title, as 分别 does (not the older shared-head split: 广水市、市地税局等21个单位荣获全国、全省法治创建
    先进单位 gives both titles to each)."""
    spans = {(ts, te) for ts, te, _ in titles}
    return len(titles) > 1 and len(spans) == 1 and spans <= getattr(s, "glued_spans", set())


def _split(title: str, trim: Callable[[str], str | None], raw: str) -> tuple[list[str], bool]:
    """The titles, and whether they are items to pair one by one with as many recipients ((b) only)."""
    parts = _top_level_parts(title)
    if len(parts) < 2 or any(len(p) < 2 or PLACE_IN_RANK.search(p) for p in parts):
        return [title], False  # 获得省运动会金牌榜第三、…金牌榜第四: places in rankings
    whole = [trim(p) == p for p in parts]
    scope = SCOPE.match(parts[0])
    prefix = scope.group(0) if scope else ""
    if all(whole) or prefix and _same_end(parts):  # (a) each part a title (全国模范司法所、先进司法所: one head for each)
        if any(len(p) < 4 for p in parts):
            return [title], False
        return [parts[0]] + [p if SCOPE.match(p) or not prefix else prefix + p for p in parts[1:]], False
    if whole[-1] and all(SCOPE.fullmatch(p) for p in parts[:-1]) and (scope_last := SCOPE.match(parts[-1])):
        rest = parts[-1][scope_last.end():]
        if len(rest) < 4:
            return [title], False  # 列入国家、省里名录
        if FIRST.search(raw):
            # (c) 获全球首批、全国首个“灯塔城市”称号: the later scope only tells a first; the first scope is the title's,
            # as _shared_head_titles does for 全国首批、全省唯一…
            return [parts[0] + rest], False
        return [p + rest for p in parts[:-1]] + [parts[-1]], False  # 获国家、省“五个一工程”奖: a title at each level
    parts = [STREAK.sub("", p) if not w and STREAK.search(p) and trim(STREAK.sub("", p)) == STREAK.sub("", p) else p
             for p, w in zip(parts, whole, strict=True)]  # 全国双拥模范城“九连冠”: the title without its streak
    whole = [trim(p) == p for p in parts]
    if any(whole) and all(SCOPE.match(p) for p in parts):
        # (d) 成为世界沙漠葡萄酒大赛永久举办地、第三批中国特色农产品优势区: each part scoped, only the titles kept
        return [p for p, w in zip(parts, whole, strict=True) if w], False
    if not whole[-1] or any(whole[:-1]):
        return [title], False
    # (b) items before one shared head
    topics = [parts[0][len(prefix):]] + parts[1:-1]
    last = parts[-1]
    if any(len(t) < 2 or SCOPE.match(t) or NOT_ITEM.search(t) or pos(t)[0][1].startswith("v") for t in topics):
        return [title], False  # 全国第三个消费、外贸“双万亿”城市 (a record), 获中国工业大奖数、…项目数全国地级市第一 (counts),
        # 全省推进乡村振兴、巩固拓展…有效衔接先进市 (actions: where the shared part starts is not known)
    k = len(topics[0])
    tail = None
    inner = INNER_SCOPE.search(last, 2)
    if inner and len(last) - inner.start() >= 4:
        tail = last[inner.start():]  # …一体化应用、北斗规模应用国家级试点
    elif all(len(t) == k for t in topics):
        # the tail starts at a word boundary of the last part where the first item's length ends, or one character off
        # (省级铝精深加工、绿色建材特色专业园区 → 特色专业园区)
        ends = _boundaries(last)
        at = next((b for b in (k, k - 1, k + 1) if b in ends and b >= 2 and len(last) - b >= 2), None)
        if at is not None and trim(last[:at]) != last[:at] and _alike(topics[0], last[:at]):
            tail = last[at:]  # items of one kind share a word or a character (美丽河湖、美丽海湾; 十城千辆、十城万盏)
    if not tail or trim(tail) != tail or GRADE.fullmatch(tail):
        return [title], False
    return [prefix + t + tail for t in topics] + [last if last.startswith(prefix) else prefix + last], True
