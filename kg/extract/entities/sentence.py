"""One sentence: masking, clauses, and where a name starts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import _lexicon, _verbs_of
from .patterns import CLAUSE_END, MASK, OPEN_CLOSE, OPENERS, QUOTES, STOP, _Found, _Honor

# ---- one sentence ----------------------------------------------------------------------------


# the characters _mask acts on (perf: a regex jumps to them instead of a Python step per character)
_MASK_AT = re.compile("[" + re.escape("".join(OPEN_CLOSE) + "".join(OPEN_CLOSE.values()) + "，,、；;：:。") + "]")


def _mask(text: str) -> str:
    """The text with separators inside quotes and brackets replaced, so a list never splits there."""
    first = OPENERS.search(text)
    if not first:
        return text
    masked: list[int] = []
    closing: list[str] = []
    for m in _MASK_AT.finditer(text, first.start()):  # nothing is inside a bracket before the first opener
        ch = m.group()
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in OPEN_CLOSE:
            closing.append(OPEN_CLOSE[ch])
            del closing[:-3]
        elif closing and ch in "，,、；;：:。":
            masked.append(m.start())
    if not masked:
        return text
    out = list(text)
    for i in masked:
        out[i] = MASK
    return "".join(out)


def _clauses(masked: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in CLAUSE_END.finditer(masked):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(masked):
        spans.append((start, len(masked)))
    return spans


CLEAN_TABLE = str.maketrans({MASK: "、", **{q: None for q in QUOTES}})


@lru_cache(maxsize=8192)  # called 100,000 times on 40 reports for 31,000 distinct names (perf)
def _clean(name: str) -> str:
    """A name as the graph shows it: no quotes, no stray separators at either end."""
    return name.translate(CLEAN_TABLE).strip(" 、，,。；;：:·—－-")


# round 13: a project or organization name holding a list separator or a full stop outside brackets (37 finds in 27 of
# 200 random corpus reports, seed 1313; an unclosed quote or a quoted list read as one name); numbered units stay
LIST_INSIDE = re.compile(r"[。，]|(?<![0-9０-９])、|、(?![0-9０-９])")
PARENS = re.compile(r"[（(][^（()）]*[）)]")
# round 14: a name that ends inside an open bracket (华西甘孜医院（州人民医院）, 市妇女儿童医院（市妇幼保健院）: the head
# found is the alias's; 21 of 200 random corpus reports, seed 1414): the name is the part before the bracket where that
# part ends with a head of its own (the alias is another name of the same thing), else there is no name
OPEN_BRACKET = re.compile(r"[（(](?!.*[）)])")
# round 14: a count with its measure word inside a project or organization name (上海四个中心, 限上商贸主体80家, 集中攻坚65座变电站,
# 3～5座垃圾焚烧发电厂, 网上一家一中心; 48 finds in about 40 of 200 random corpus reports, seed 1414) names no one thing
# (an ordinal stays: 第二条跑道; 百家, 千名 and 八所 are parts of names; 1500万条子午线轮胎 is a capacity)
COUNT_IN_NAME = re.compile(r"(?<![第0-9０-９.])(?:[0-9０-９.]+(?:[万亿](?:个|座|名|户|家)|个|座|条|名|户|家)|[一二三四五六七八九十两几]+"
                           r"(?:个|座|条(?!龙)|名|户|家(?=$|[一二三四五六七八九十两几]|集团|公司|企业|银行|医院|学校)))")  # not 九家湾, 一家生物


# round 14: a verb, a preposition or a pronoun that opens an organization's name where the rest names one by itself
# (改善五邑大学, 筹办江门幼儿师范高等专科学校, 妥善处置锦州银行, 加大对南宁再担保公司, 运营宁波航空公司; 30-odd of 200
# random corpus reports, seed 1414): verbs the lexicon does not list; not a place jieba tags as a verb (遵义, 怀化)
LEAD_FLAGS = ("v", "p", "r", "ad")
SINGLE_LEADS = frozenset("使让像对于将把被赴向给为从在")
REST_SINGLE = frozenset("省市区县州原")  # 改善市高级中学, 妥善处置原包商银行: a level or 原 may open what is left
REST_FLAGS = frozenset(("ns", "nr", "nrt", "nt", "j"))  # else a place, a name or an abbreviation opens it


def _lead_stripped(name: str) -> str:
    from .stems import _named, _places, pos  # stems imports this module

    for _ in range(3):
        words = pos(name)
        if len(words) < 2:
            break
        word, flag = words[0]
        if not flag.startswith(LEAD_FLAGS) or len(word) < 2 and word not in SINGLE_LEADS or word in _places():
            break
        rest = name[len(word):]
        first = pos(rest)[0]
        if len(rest) < 4 or not (first[0] in REST_SINGLE or first[1] in REST_FLAGS) or not _named(rest, True):
            break  # 融资性担保公司, 预制菜装备产业联盟, 带动普通学校: the verb is part of a word, or no name is left
        name = rest
    return name


@dataclass
class _Sentence:
    text: str
    masked: str = ""
    clauses: list[tuple[int, int]] = field(default_factory=list)
    found: list[_Found] = field(default_factory=list)
    honors: list[_Honor] = field(default_factory=list)
    blocked: list[tuple[int, int]] = field(default_factory=list)  # honor titles: no entity overlaps them

    def __post_init__(self) -> None:
        self.masked = _mask(self.text)
        self.clauses = _clauses(self.masked)

    def add(self, kind: str, start: int, end: int, rank: int, name: str | None = None) -> None:
        name = _clean(name if name is not None else self.text[start:end])
        if kind in ("project", "organization") and ("、" in name or "。" in name or "，" in name) and LIST_INSIDE.search(PARENS.sub("", name)):
            return  # 湖滨公园、相思林公园、朝阳公园, 市县（市、区）政府: a list or a sentence is no one name (not 5、6号机组)
        if kind in ("project", "organization") and COUNT_IN_NAME.search(name):
            return
        if kind == "organization" and len(name) >= 6:
            name = _lead_stripped(name)
        if kind in ("project", "organization") and ("（" in name or "(" in name):
            bracket = OPEN_BRACKET.search(name)
            if bracket:
                before = name[:bracket.start()]
                head = _lexicon().head_at_end.search(before)
                if not head or _lexicon().head_role[head.group(0)] == "program" or len(before) - len(head.group(0)) < 2:
                    return  # 区（园区, 企业（含农民专业合作社: no name of its own before the bracket
                name = before
        if 2 <= len(name) <= 40 and not any(start < e and s < end for s, e in self.blocked):
            self.found.append(_Found(kind, name, start, end, rank))

    def result(self) -> list[_Found]:
        """Non-overlapping finds, best rank first, then longest; shared-head copies share a span."""
        kept: list[_Found] = []
        for f in sorted(self.found, key=lambda f: (f.rank, -(f.end - f.start), f.start)):
            if any(f.start < k.end and k.start < f.end and (f.start, f.end) != (k.start, k.end) for k in kept):
                continue
            if any((f.start, f.end) == (k.start, k.end) and f.name == k.name for k in kept):
                continue
            kept.append(f)
        return sorted(kept, key=lambda f: f.start)

    def clause_of(self, start: int, end: int) -> tuple[int, int]:
        for cs, ce in self.clauses:
            if cs <= start and end <= ce:
                return cs, ce
        return 0, len(self.text)


# ---- where a name starts ---------------------------------------------------------------------


def _strip_lead(text: str, start: int, end: int, program: bool = False) -> int:
    """Skip the verbs, adverbs and list markers a name does not start with (深入推进平安沙区建设)."""
    lead = _lexicon().program_lead if program else _lexicon().lead
    m = lead.match(text, start, end)
    while m and m.end() > start:
        if _STRIP_LEAD_RE1.match(text[m.end():m.end() + 1]):
            break  # 保障性住房: 保障 is part of the name here
        if text[m.end() - 1] == "和" and _starts_with_place(text[m.end() - 1:end]):
            start = m.end() - 1
            break  # 和龙长白山…小镇: 和龙 is a city, not 和 + 龙…
        start = m.end()
        m = lead.match(text, start, end)
    return start


def _starts_with_place(text: str) -> bool:
    from .stems import _places  # stems imports this module

    places = _places()
    return any(text[:k] in places for k in range(2, min(len(text), 6) + 1))


STRONG_VERBS = re.compile(r"深化|推进|实施|开展|推行|落实|启动|加快|加强|完善|健全|建立|推动|打好|打赢")


def _program_start(s: _Sentence, start: int, end: int) -> tuple[int, bool]:
    """A program starts after the first governing verb of its clause (实施提升行政执法质量三年行动);
    the flag says whether a verb governs it or it opens its clause or list item, rather than
    following 的, 在, 向 and the like (向所有关心支持…改革发展的朋友)."""
    first = None
    for m in _verbs_of(("program",)).finditer(s.masked, start, end):
        if _real_rest(s.masked[m.end():end]):
            first = m.end() if first is None else min(first, m.end())
    best = start if first is None else first
    for m in STRONG_VERBS.finditer(s.masked, best, end):
        if _real_rest(s.masked[m.end():end]):
            best = m.end()  # …研究深化医药卫生体制改革: a later governing verb starts the name
    governed = True
    for m in STOP.finditer(s.masked, best, end):
        if _real_rest(s.masked[m.end():end] + "口"):
            best = m.end()
            governed = False
    start = _strip_lead(s.masked, best, end, program=True)
    if _PROGRAM_START_RE1.match(s.masked[start:end]):
        start += 2  # 借助国家“一带一路”战略: the country is not part of the name
    return start, governed


@lru_cache(maxsize=8192)  # perf: 17,218 calls for 10,149 texts on 40 reports
def _real_rest(rest: str) -> bool:
    """A name is left after a verb: not empty, not only a head word or what is done to a place."""
    lex = _lexicon()
    rest = _clean(rest)
    return len(rest) >= 2 and not lex.works.fullmatch(rest) and rest not in lex.head_role


def _cut_after_verb(s: _Sentence, start: int, end: int, roles: tuple[str, ...]) -> int:
    """The start of a name ending at `end`: after the last governing verb that leaves a real name."""
    best = start
    for m in _verbs_of(roles).finditer(s.masked, start, end):
        if m.end() > best and _real_rest(s.masked[m.end():end]):
            best = m.end()
    for m in STOP.finditer(s.masked, best, end):
        if _real_rest(s.masked[m.end():end] + "口"):
            best = m.end()
    return _strip_lead(s.masked, best, end)


def _verb_before(s: _Sentence, cs: int, start: int) -> str | None:
    """The governing verb that ends where a name starts (adverbs between them allowed)."""
    best = None
    for m in _verbs_of(("build", "host", "org", "with", "program", "attend")).finditer(s.masked, cs, start):
        if m.end() == start or _strip_lead(s.masked, m.end(), start) >= start:
            best = m.group(0)
    return best



def _adjacent_quotes(text: str, start: int, hs: int) -> list[str]:
    """“放管服”“证照分离”改革: two quoted names share the head."""
    span = text[start:hs]
    parts = _ADJACENT_QUOTES_RE1.findall(span)
    if len(parts) >= 2 and re.fullmatch(r"“[^“”]+”(?:[、和及]?“[^“”]+”)+", span):
        return parts
    return []


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_ADJACENT_QUOTES_RE1 = re.compile(r"“([^“”]+)”")
_PROGRAM_START_RE1 = re.compile(r"(?:国家|全国|全省|全市|我国|我省|我市)“")
_STRIP_LEAD_RE1 = re.compile(r"[性化型式类]")
