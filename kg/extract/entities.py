"""Find programs, projects, organizations and honors in the sentences of a report.

Rules over regular expressions and the lexicons in kg/data (entity_heads.txt, entity_verbs.txt,
entity_categories.txt, entity_organizations.txt, programs.txt, honor_words.txt):

- lists ``A、B等N个<category>``: the items are things of the category's kind (…等项目, …等企业);
- names that end with a head word (…集团, …水库, …博览会, …改革), cut on the left after the verb
  that governs them, and typed by what the clause does with them (开建沙区人民医院 is a project,
  与新疆大学合作 an organization); coordinated names share their head (青峰路、环卫路转运站);
- quoted names (“最多跑一次”) unless they are slogans, and well-known programs from a lexicon;
- honors after 荣获/被评为/被命名为/入选/…: the title up to its head word, the subject of the clause
  as recipients (coordinated subjects split).

jieba is used only on the short modifier of a candidate name, to tell a named thing (雅山污水处理厂)
from a class of things (社区卫生服务中心).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from ..model import EntityMention, HonorMention, Report
from .tokens import pos as _pos

HAN = "\u4e00-\u9fff"
MASK = "\ue000"  # a separator inside quotes or brackets: a list never splits there
OPEN_CLOSE = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」"}
OPENERS = re.compile("[" + "".join(OPEN_CLOSE) + "]")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
QUOTES = "“”‘’「」\"《》"
NUMBER = r"(?:[0-9０-９.]+|[一二三四五六七八九十百千两几]+)(?:多|余)?\s*"
MEASURE = "个家所座处条项支张套台批名户场部片种类位栋间幢组大"
# A name followed or preceded by a count is a class of things (社区卫生服务中心1所, 2个逾期项目).
FIGURE_AFTER = re.compile(rf"[”’]?(?:[（(][^）)]*[）)])?(?:达到?|增至|达|共|累计|近|超过?|约|总数|总计)?"
                          rf"{NUMBER}(?:万|亿)?(?:多|余)?[{MEASURE}]")
# …, also after the other items of a list (建成街道养老服务中心、社区日间照料中心(站)17个)
LIST_THEN_FIGURE = re.compile(r"(?:、[^、，,；;。0-9]{1,20})*" + FIGURE_AFTER.pattern)
LOOSE = re.compile(r"一批|一系列|各类|各项|了|已|[^土]地(?:推进|进行|开展|实施|推动)|^(?:我们|你们|他们|今年|去年|明年|当年)|^[0-9.]+\s*(?:万|亿)?(?:公里|千米|米|亩|吨|千瓦|个|家|所|座|处|条|项|户|套)")
COUNTED = re.compile(rf"[0-9０-９.]+\s*[万亿]?(?:多|余)?[{MEASURE}]|[一二三四五六七八九十两几]+(?:多|余)?个")  # 16个街道…
COUNT_BEFORE = re.compile(rf"{NUMBER}[{MEASURE}][{HAN}]{{0,4}}$")
ENUMERATOR = (r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．]|"
              r"(?:世界|中国|全国|全球|国内|全省|民营)?\d+强")
STOP = re.compile(r"的|成为|作为|(?<![存现实正])在(?!线)|(?<![面方导转走倾意动偏])向|将|把|被|(?<![遵服听])从|(?<![作成认行因称])为|"
                  r"(?<!所)以(?!及)|以及|通过|按照|关于|围绕|聚焦|"
                  r"[0-9.]+[万亿]?元|[0-9.]+%")
ORDINAL_OR_YEAR = re.compile(r"第[一二三四五六七八九十百零〇\d]+[届次期]|首届|\d{4}|[（(]")
PHASE_AFTER = re.compile(r"(?:[东南西北中]区|[一二三四五六七八九十\d]+期(?:工程)?|[东南西北]段|[（(][^）)]{1,8}段[）)])")
PHASE_AT_END = re.compile(PHASE_AFTER.pattern + "$")
GENERIC_LEAD = re.compile(r"(?:市级|区级|县级|省级|国家级|自治区级|各级|各类|一批|一系列|系列|多个|一个|这个|这些|"
                          r"有关|相关|有效|新的|其他|部分|所有|全部|其中|若干)")
NOT_EVENT = re.compile(r"(?:代表大会|党代会|全会|常委会|政协会议|工作会议|座谈会|党的二十大|党的十九大)$")
LEVEL_PREFIX = re.compile(r"(?:自治区|市|区|县|省|州)(?!级|区|域|场|会|府|属|直|内|外|委)")
PROPER_FLAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "eng", "m")
# words jieba tags as names that are common nouns in reports
COMMON_PROPER = frozenset("中小 城镇 乡镇 城市 农村 城乡 乡村 社区 街道 中华 全国 地方 上市公司 广播电视 县乡 中国 国家 国际 全球 亚洲 "
                          "世界 西部 东部 中部 北方 南方 中西部 东北 西北 西南 华北 华东 华南 一批 一个 一些 一流".split())
CATEGORY_RUNS_ON = ("政策|工作|问题|领域|方面|资金|人员|需求|服务|发展|主体|融资|家|用地|债务|风险|群体|职工|人才|产品|"
                    "品牌|文化|精神|标准|环境|活力|效益|利润|数量|规模|收入|负担|成本|建设者|负责人|管理|改革|资源")
COMMON_SINGLE = set("区市县省州镇乡村街路新老大小中高低多少上下东南西北内外前后和及与的等了在对为并或")
TOPONYM_END = re.compile(rf"[{HAN}](?:路|街|巷|大道|桥|湖|山|河|江|湾|岛|寺|塔|亭|门|坝|沟|峡|洲|岭|峰|滩|泉|台)$")
CLASS_END = re.compile(r"(?:型|性|类|级|化|式|等|各)$")
INTO_END = re.compile(r"(?:进|入|到)$")  # 文化进学校: a campaign into schools, not a school
SINGLE_HEAD_FOLLOW = re.compile(rf"(?:[^{HAN}]|等|和|及|与|建设|改造|项目|工程|一期|二期|三期|开工|建成|投用|竣工|"
                                r"落地|开放|开业|成为|加快|正式|全面|主体|已|顺利|基本)")
HEAD_RUNS_ON = re.compile(r"城区|城市|城乡|城镇|师|开放|主体|经济|示范|项目|资金|人员|领域|体系|建设者|的|之|化|型|性|者|"
                          r"员|费|款|率|量|额|区域|板块|组|家|人|园区|小区|部|群|链|业|界|局|港口|长|务|门|内|外|上|中|"
                          r"发展|稳定|基地|成果|成效|红利|任务|举措|目标|要求|精神|意识|力度|能力|水平|委|覆盖|联盟")
PROGRAM_RUNS_ON = re.compile(r"协作|合作|伙伴|规划|部署|储备|新兴|支点|定位|机遇|布局|意图|思维|眼光|高度|性|区|园|城")
PROGRAM_MENTION = re.compile(r"任务|工作|成果|成效|举措|目标|要求|红利")
INSTITUTION_RUNS_ON = re.compile(r"工作|任务|职能")  # 经济建设这一中心工作


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str  # program | project | organization
    name: str
    start: int  # offsets in the sentence
    end: int
    rank: int  # lower wins an overlap: lists, then lexicons, then head words, then quotes


@dataclass(frozen=True, slots=True)
class _Honor:
    honor: str
    recipient: str
    start: int
    end: int


# ---- lexicons --------------------------------------------------------------------------------


def _table(filename: str) -> dict[str, list[str]]:
    """A data file of `role word word …` lines."""
    table: dict[str, list[str]] = {}
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2:
                table.setdefault(parts[0], []).extend(parts[1:])
    return table


def _lines(filename: str) -> list[str]:
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        return [s for s in (line.split("#", 1)[0].strip() for line in fh) if s]


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class _Lexicon:
    head_role: dict[str, str]
    heads: re.Pattern
    head_at_end: re.Pattern
    works: re.Pattern
    works_at_end: re.Pattern
    built_after: re.Pattern
    verbs: dict[str, frozenset[str]]
    verb_res: dict[str, re.Pattern]
    lead: re.Pattern
    program_lead: re.Pattern
    campaign: re.Pattern
    category: re.Pattern
    built_list: re.Pattern
    category_kind: dict[str, str]
    programs: re.Pattern
    organizations: re.Pattern
    honor_trigger: re.Pattern
    honor_weak: frozenset[str]
    honor_head: re.Pattern
    honor_stop: re.Pattern
    honor_ordinal: re.Pattern


@cache
def _lexicon() -> _Lexicon:
    heads = _table("entity_heads.txt")
    head_role = {w: role for role, words in heads.items() if role not in ("works", "campaign") for w in words}
    verbs = _table("entity_verbs.txt")
    categories = _table("entity_categories.txt")
    category_kind = {w: kind for kind, words in categories.items() for w in words}
    honor = _table("honor_words.txt")
    built = _alt(verbs["built"])
    return _Lexicon(
        head_role=head_role,
        heads=re.compile(_alt(head_role)),
        head_at_end=re.compile(_alt(head_role) + "$"),
        works=re.compile(_alt(heads["works"]) + "+"),
        works_at_end=re.compile("(?:" + _alt(heads["works"]) + ")+$"),
        built_after=re.compile(r"(?:(?:[和及、]|以及)[^、，,；;。]{1,24}?)*" + rf"(?:等项目|等)?(?:[{HAN}]{{0,2}}?)" + built),
        verbs={role: frozenset(words) for role, words in verbs.items()},
        verb_res={role: re.compile(_alt(words)) for role, words in verbs.items()},
        lead=re.compile("(?:" + ENUMERATOR + "|" + _alt(verbs["lead"]) + ")+"),
        program_lead=re.compile("(?:" + ENUMERATOR + "|" + _alt(verbs["plead"]) + ")+"),
        campaign=re.compile(_alt(heads["campaign"]) + rf"(?:(?!项目|试点|工程|加快|推进|深入|全面|持续|扎实)[{HAN}“”]){{1,6}}?(?:建设|创建)"
                            rf"(?![{HAN}]{{0,1}}(?:者|工作|用地|资金|项目|任务|水平))"),
        category=re.compile(
            rf"(?<![高平对均相同初中上次何])等“?(?:{NUMBER}[{MEASURE}])?(?P<mod>[{HAN}“”]{{0,8}}?)(?P<cat>{_alt(category_kind)})"
            rf"(?![{HAN}]{{0,1}}(?:{CATEGORY_RUNS_ON}))"),
        built_list=re.compile(rf"等(?:{NUMBER}[{MEASURE}])?(?:[{HAN}]{{0,4}}项目)?(?:相继|先后|陆续|均|已|全部|基本)?{built}"),
        category_kind=category_kind,
        programs=re.compile(_alt(_lines("programs.txt"))),
        organizations=re.compile(_alt(_lines("entity_organizations.txt"))),
        honor_trigger=re.compile(_alt(honor["trigger"])),
        honor_weak=frozenset(honor["weak"]),
        honor_head=re.compile(_alt(honor["head"]) + r"[”\"’）)]*$"),
        honor_stop=re.compile(_alt(honor["stop"])),
        honor_ordinal=re.compile("|".join(sorted(honor["ordinal"], key=len, reverse=True))),
    )


# ---- one sentence ----------------------------------------------------------------------------


def _mask(text: str) -> str:
    """The text with separators inside quotes and brackets replaced, so a list never splits there."""
    if not OPENERS.search(text):
        return text
    out = list(text)
    closing: list[str] = []
    for i, ch in enumerate(text):
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in OPEN_CLOSE:
            closing.append(OPEN_CLOSE[ch])
            del closing[:-3]
        elif closing and ch in "，,、；;：:。":
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


def _clean(name: str) -> str:
    """A name as the graph shows it: no quotes, no stray separators at either end."""
    return name.translate(CLEAN_TABLE).strip(" 、，,。；;：:·—－-")


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


@lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[tuple[_Found, ...], tuple[_Honor, ...]]:
    s = _Sentence(text)
    _honors(s)
    _lists(s)
    _lexicon_names(s)
    _head_names(s)
    _quoted(s)
    return tuple(s.result()), tuple(s.honors)


# ---- where a name starts ---------------------------------------------------------------------


def _strip_lead(text: str, start: int, end: int, program: bool = False) -> int:
    """Skip the verbs, adverbs and list markers a name does not start with (深入推进平安沙区建设)."""
    lead = _lexicon().program_lead if program else _lexicon().lead
    m = lead.match(text, start, end)
    while m and m.end() > start:
        if re.match(r"[性化型式类]", text[m.end():m.end() + 1]):
            break  # 保障性住房: 保障 is part of the name here
        start = m.end()
        m = lead.match(text, start, end)
    return start


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
    return _strip_lead(s.masked, best, end, program=True), governed


def _real_rest(rest: str) -> bool:
    """A name is left after a verb: not empty, not only a head word or what is done to a place."""
    lex = _lexicon()
    rest = _clean(rest)
    return len(rest) >= 2 and not lex.works.fullmatch(rest) and rest not in lex.head_role


@cache
def _verbs_of(roles: tuple[str, ...]) -> re.Pattern:
    """One pattern for the verbs of several roles, so that a scan never matches inside a longer verb."""
    return re.compile(_alt(w for role in roles for w in _lexicon().verbs[role]))


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


# ---- stems: a named thing or a class of things ----------------------------------------------


@lru_cache(maxsize=131072)
def pos(text: str) -> tuple[tuple[str, str], ...]:
    """jieba words and tags of a short string (a stem, a window around a head), cached."""
    return tuple(_pos(text))


@lru_cache(maxsize=65536)
def _is_named(stem: str, strict: bool = False) -> bool:
    """Whether a modifier names one thing (雅山, 第三, 君悦四季) rather than a class (社区卫生服务);
    strict: only by a place, a figure or a name jieba knows, not by characters it cannot place."""
    stem = _clean(stem)
    if re.search(r"[A-Za-z0-9０-９·]", stem):
        return True
    if not stem or CLASS_END.search(stem):
        return False
    if TOPONYM_END.search(stem) or _place_prefix(stem):
        return True
    words = pos(stem)
    if not strict and len(stem) == 2 and (len(words) == 2 or words[0][1] == "j" and stem not in COMMON_PROPER):
        return True  # 兰秦, 中马, 京沪: an abbreviation of places
    for word, flag in words:
        if flag.startswith(PROPER_FLAGS) and word not in COMMON_PROPER and (flag != "m" or word[0] == "第"):
            return True
        if not strict and len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in COMMON_SINGLE and len(stem) >= 3:
            return True
    return False


@cache
def _places() -> frozenset[str]:
    """Names of divisions down to counties, with their short forms (杭州, 顺德): a name starting with
    one names a thing of that place."""
    from ..gazetteer import gazetteer, short_name

    gaz = gazetteer()
    names = set()
    for division in gaz.by_code.values():
        if division.level in ("province", "prefecture", "county"):
            names.add(division.name)
            short = short_name(division.name)
            if len(short) >= 2:
                names.add(short)
    return frozenset(n for n in names if n not in COMMON_PROPER)


def _place_prefix(stem: str) -> bool:
    places = _places()
    return any(stem[:k] in places for k in range(2, min(len(stem), 8) + 1))


def _head_of(name: str) -> str | None:
    m = _lexicon().head_at_end.search(name)
    return m.group(0) if m else None


def _stem(name: str) -> str:
    """The name without its head and what is done to it: 雅山 of 雅山污水处理厂提标改造."""
    lex = _lexicon()
    name = PHASE_AT_END.sub("", name) or name
    name = lex.works_at_end.sub("", name) or name
    head = _head_of(name)
    return name[: -len(head)] if head and len(head) < len(name) else ("" if head else name)


def _named(name: str, institution: bool = False) -> bool:
    """A name of one thing: a named modifier (雅山污水处理厂) or, for an institution, the prefix of the
    unit it belongs to (市第五中学, 区医疗集团)."""
    stem = _stem(name)
    if re.search(r"[0-9]+\s*[个大项家所条批]|[一二三四五六七八九十]+[个大]|了", name) or INTO_END.search(stem):
        return False  # 国内五大车展, 中华优秀传统文化进学校
    if institution and (LEVEL_PREFIX.match(name) or re.match("中国|国家", name)):
        return not CLASS_END.search(stem)
    return _is_named(stem)


# ---- lists: A、B等N个<category> ----------------------------------------------------------------


def _lists(s: _Sentence) -> None:
    lex = _lexicon()
    for cs, ce in s.clauses:
        matches = [(m, lex.category_kind[m.group("cat")]) for m in lex.category.finditer(s.masked, cs, ce)]
        matches += [(m, "project") for m in lex.built_list.finditer(s.masked, cs, ce)]
        for m, kind in matches:
            first_end = s.masked.find("、", cs, m.start())
            first_end = m.start() if first_end < 0 else first_end
            start = _cut_after_verb(s, cs, first_end, ("build", "org", "host", "program"))
            if start >= first_end:
                continue
            verb = _verb_before(s, cs, start)
            if verb in _lexicon().verbs["attend"]:
                continue
            if kind == "event" and not (verb in lex.verbs["host"] or _hosted_after(s, m.end(), ce)):
                continue
            items = _split_items(s.masked, start, m.start())
            if kind == "organization" and len(items) == 1 and not _head_of(_clean(s.text[start:m.start()])):
                continue
            signed = bool(verb and re.search(r"签约|签订|引进|招引|落地|开工|竣工|投产", verb))
            for a, b in items:
                _add_item(s, kind, a, b, signed)


def _split_items(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    items, at = [], start
    for i in range(start, end + 1):
        if i == end or masked[i] == "、":
            if i > at:
                for a, b in _split_quotes(masked, at, i):
                    items.extend(_split_and(masked, a, b))
            at = i + 1
    return items


def _split_and(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """钦州保税港区东卡口一期和铁路货场至码头…: 和 joins two items when the left one ends like a name."""
    lex = _lexicon()
    for m in re.finditer(r"和|及", masked[start:end]):
        left = masked[start:start + m.start()]
        if end - (start + m.end()) >= 4 and (lex.head_at_end.search(left) or re.search(
                PHASE_AT_END, left) or lex.works_at_end.search(left)):
            return [(start, start + m.start()), (start + m.end(), end)]
    return [(start, end)]


def _split_quotes(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """“霓裳华服·穿越丝路”“群众村晚” are two items."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]+”", masked[start:end])]
    if len(parts) >= 2 and sum(b - a for a, b in parts) == end - start:
        return [(start + a, start + b) for a, b in parts]
    return [(start, end)]


def _add_item(s: _Sentence, kind: str, a: int, b: int, signed: bool) -> None:
    """One item of a list; items of a list of signed or started projects are specific by nature."""
    lex = _lexicon()
    item = re.sub(r"(?:项目)?(?:建设|规划建设)$", "", s.text[a:b])
    name = _clean(item)
    if not 2 <= len(name) <= 30 or COUNTED.match(name) or GENERIC_LEAD.match(name):
        return
    head = _head_of(name)
    quoted = item.startswith("“") and item.endswith("”")
    if kind == "organization":
        if re.search(r"(?:街道|镇|乡|村|社区|县|区|市|州|旗|省)$", name) and head is None:
            return  # a unit among the organizations (米东区三道坝镇、乌鲁木齐职业大学等18家单位)
        if CLASS_END.search(name) or ORG_CLASS.search(name) or any(f == "v" and len(w) > 1 for w, f in pos(name)) \
                or (head is None and _common_words(name)):
            return  # 政企沟通, 大型央企, 科研院所, 钢铁: kinds of organizations or trades, not names
        name = re.sub(r"[（(][^）)]*[）)]$", "", name)
    elif kind == "event":
        if not (quoted or (head and lex.head_role[head] == "event") or _is_named(_stem(name))
                or ORDINAL_OR_YEAR.search(name)):
            return
        kind = "project"
    elif kind == "project":
        if not (quoted or signed or PHASE_AT_END.search(name) or (
                _is_named(WORKS_END.sub("", name), strict=True) if WORKS_END.search(name) else _named(name))):
            return  # 农村黑臭水体治理: works on a kind of thing
    s.add(kind, a, b, 0, name)


ORG_CLASS = re.compile(r"(?:企业|产业|行业|央企|国企|民企|院所|单位|机构|同行|主体|高校|院校|上市公司)$|"
                       r"^(?:大型|重点|龙头|知名|骨干|优质|规上|规模以上|小微|中小|各类|各级|国内外|境内外|国内|国外)")


COMMON_FLAGS = ("n", "vn", "v", "a", "b", "d", "an", "ad", "f")


def _common_words(text: str) -> bool:
    """Only dictionary words that are not names (钢铁, 新材料, 保险): a trade, not a company."""
    words = pos(re.sub(r"^[新大老小]", "", text) or text)
    return all(len(w) >= 2 and f in COMMON_FLAGS for w, f in words)


WORKS_END = re.compile(r"(?:改造|提升|治理|修复|整治|建设|保护|提标|加固|新建|迁建|改扩建|扩建|续建|贯通|配套|综合整治)$")


def _hosted_after(s: _Sentence, end: int, ce: int) -> bool:
    return bool(re.search(r"成功举办|举办|举行|圆满举办|召开|开幕|落幕|闭幕", s.masked[end:ce]))


# ---- names that end with a head word --------------------------------------------------------


ROLE_VERBS = {"org": ("org", "with", "build", "program"), "facility": ("org", "with", "build", "program"),
              "place": ("build", "program"), "event": ("host", "build", "attend", "program"),
              "program": ("program",)}


def _head_names(s: _Sentence) -> None:
    lex = _lexicon()
    for cs, ce in s.clauses:
        for m in lex.heads.finditer(s.masked, cs, ce):
            head = m.group(0)
            role = lex.head_role[head]
            hs, he = m.span()
            longer = lex.heads.match(s.masked, hs, min(ce, he + 2))
            runs_on = HEAD_RUNS_ON.match(s.masked, he) if he < ce else None
            if role == "program" and runs_on and PROGRAM_MENTION.match(s.masked, he):
                runs_on = None  # 机构改革任务全面完成: the program is named, then what is done with it
            if role in ("place", "facility") and s.masked.startswith("项目", he):
                runs_on = None  # …南繁生态产业园项目已开工
            if he < ce and (runs_on or role == "program" and PROGRAM_RUNS_ON.match(s.masked, he)) \
                    and not (longer and longer.end() > he):
                continue
            if role in ("org", "facility") and (_inner_head(s, he, ce) or INSTITUTION_RUNS_ON.match(s.masked, he)):
                continue
            if len(head) == 1 and (he < ce and not SINGLE_HEAD_FOLLOW.match(s.masked, he) or _verb_before_head(s.masked, cs, hs)):
                continue
            if he < ce and s.masked[he] == "”" and s.text.count("“", cs, hs) > s.text.count("”", cs, hs):
                he += 1  # 新时代“枫桥经验”: the head closes the quote
            end = _extend_right(s.masked, he, ce, role)
            seg_start = s.masked.rfind("、", cs, hs) + 1 or cs
            seg_start = max(seg_start, cs)
            governed = True
            if role == "program" and head == "工程" and _physical(s.masked[seg_start:hs]):
                role = "place"  # 郑州机场二期工程, 引黄调蓄工程: works, not a program
            if role == "program":
                start, governed = _program_start(s, seg_start, hs)
                start = _after_category(s.masked, start, hs)
            else:
                start = _cut_after_verb(s, seg_start, hs, ROLE_VERBS[role])
            start, prefix = _after_conjunction(s, start, hs, head)
            if start >= hs and not prefix and not (role == "program" and head == "主题教育"):
                continue
            if s.text.count("“", start, end) != s.text.count("”", start, end):
                continue  # a name never starts or ends inside a quote
            name = prefix + _clean(s.text[start:end])
            name = _appositive(name, head)
            quotes = _adjacent_quotes(s.text, start, hs)
            if quotes and role == "program":
                for q in quotes:
                    s.add("program", start, end, 2, q + _clean(s.text[hs:end]))
                continue
            if "等" in name or "的" in name or len(name) > (32 if role == "program" else 24) or LOOSE.search(name) \
                    or COUNTED.match(name):
                continue
            shared = _shared_head(s, cs, seg_start, hs, end) if start == seg_start and seg_start > cs else []
            span_start = shared[0][0] if shared else start
            if role == "program" and not governed and "“" not in s.text[start:end]:
                continue
            kind = _kind_of_head(s, role, cs, ce, span_start, end, name, head)
            if kind is None:
                continue
            if he < ce and head[-1] in WORD_STARTERS and not _word_ends_at(
                    s.masked[max(cs, hs - 4):min(ce, he + 4)], he - max(cs, hs - 4)):
                continue  # 宗教工作法治化: 工作法 is not a word here
            s.add(kind, span_start, end, 2, name)
            for _, item in shared:
                s.add(kind, span_start, end, 2, item + _clean(s.text[hs:end]))


PHYSICAL = re.compile(PHASE_AFTER.pattern + r"|主体|改造|扩建|续建|加固|除险|贯通|扩能|电气化|提标|水利|输水|供水|调蓄|"
                      r"引水|灌区|管网|管道|线路|电网|公路|铁路|地铁|轨道|机场|水库|河道|堤防|大桥|隧道|枢纽|场站|厂|"
                      rf"[{HAN}]段")


def _physical(text: str) -> bool:
    lex = _lexicon()
    return bool(PHYSICAL.search(text)) or any(
        lex.head_role.get(m.group(0)) in ("place", "facility") and len(m.group(0)) > 1 for m in lex.heads.finditer(text))


EVENT_JOINED = re.compile(rf"暨[{HAN}“”（）()·—\-0-9]{{2,24}}?(?:大会|博览会|交易会|洽谈会|推介会|论坛|峰会|节|赛|展)")


def _after_category(masked: str, start: int, hs: int) -> int:
    """消防、交通等领域安全隐患整治行动: the name starts after 等领域."""
    m = re.search(r"等(?:重点)?(?:领域|方面|行业)", masked[start:hs])
    return start + m.end() if m else start


def _verb_before_head(masked: str, cs: int, hs: int) -> bool:
    """建成开馆: a one-character head right after a verb is no name."""
    words = pos(masked[max(cs, hs - 4):hs])
    return not words or words[-1][1].startswith("v") or len(words[-1][0]) == 1 and len(words) == 1


WORD_STARTERS = set("法制院会局站所场港城馆线战略划案式")  # last characters of heads that also begin words


@lru_cache(maxsize=65536)
def _word_ends_at(window: str, at: int) -> bool:
    """Whether jieba ends a word at offset `at` of a short window around a head word."""
    offset = 0
    for word, _flag in pos(window):
        offset += len(word)
        if offset == at:
            return True
        if offset > at:
            return False
    return True


def _inner_head(s: _Sentence, he: int, ce: int) -> bool:
    """南亚东南亚科技创新中心 inside …创新中心大理分中心: another institution head follows in the same name."""
    lex = _lexicon()
    m = lex.heads.search(s.masked, he, min(ce, he + 8))
    if not m or lex.head_role[m.group(0)] == "program" or m.start() == he:
        return False
    between = s.masked[he:m.start()]
    return bool(re.fullmatch(rf"[{HAN}]+", between)) and not _verbs_of(
        ("build", "org", "with", "program", "host")).search(between)


def _extend_right(masked: str, he: int, ce: int, role: str) -> int:
    """Take in a phase or part after the head (云计算中心二期, 文化公园北区), for places also the works,
    for events a second event joined by 暨 (…博览会暨三亚芒果产业大会)."""
    if role == "event":
        joined = EVENT_JOINED.match(masked, he, ce)
        return joined.end() if joined else he
    m = PHASE_AFTER.match(masked, he, ce)
    if m:
        he = m.end()
    if role == "place":
        w = _lexicon().works.match(masked, he, ce)
        if w and not re.match(r"建设|工程", w.group(0)):
            he = w.end()
    return he


def _after_conjunction(s: _Sentence, start: int, hs: int, head: str) -> tuple[int, str]:
    """第13届省运会和首届…运动会: a name after 和/及 whose left part is a name of its own starts there.

    A bare head after 和 takes the place before the first name (杭州亚运会和亚残运会 -> 杭州亚残运会).
    """
    lex = _lexicon()
    text = s.masked
    for m in re.finditer(r"和|及|与|以及", text[start:hs]):
        left = _clean(s.text[start:start + m.start()])
        right = _clean(s.text[start + m.end():hs])
        if lex.head_role[head] != "program" and len(left) >= 2 and _place_prefix(right):
            return start + m.end(), ""  # …融媒体和中国-东盟网络视听产业基地: a place starts a name of its own
        left_head = _head_of(left)
        if not left_head or (lex.head_role.get(left_head) != lex.head_role.get(head) and lex.head_role.get(left_head) != "program"):
            continue
        new_start = start + m.end()
        if new_start >= hs:  # a bare head: 杭州亚运会和亚残运会
            stem = left[: -len(left_head)]
            place = re.match(rf"[{HAN}]{{2,3}}?(?=[{HAN}]*$)", stem)
            if lex.head_role[head] == "event" and place and len(stem) <= 4:
                return new_start, stem
            return hs, ""
        return new_start, ""
    return start, ""


def _adjacent_quotes(text: str, start: int, hs: int) -> list[str]:
    """“放管服”“证照分离”改革: two quoted names share the head."""
    span = text[start:hs]
    parts = re.findall(r"“([^“”]+)”", span)
    if len(parts) >= 2 and re.fullmatch(r"“[^“”]+”(?:[、和及]?“[^“”]+”)+", span):
        return parts
    return []


def _appositive(name: str, head: str) -> str:
    """亚洲最大专业货运机场花湖机场 -> 花湖机场: a description before the name that ends with the same head."""
    at = name.find(head)
    if 0 < at and at + len(head) < len(name) - len(head):
        rest = name[at + len(head):]
        if rest.endswith(head) and len(rest) > len(head) + 1 and not re.match(r"[（(]|[一二三四五六七八九十\d]期", rest) \
                and not _verbs_of(("build", "host", "program")).match(rest) and _is_named(rest[: -len(head)]):
            return rest
    return name


def _kind_of_head(s: _Sentence, role: str, cs: int, ce: int, start: int, end: int, name: str, head: str) -> str | None:
    lex = _lexicon()
    after = s.masked[end:ce]
    before = s.masked[cs:start]
    if role == "program":
        return "program" if _program_ok(name, head, before, after, s.text[start:end]) else None
    if LIST_THEN_FIGURE.match(after) or COUNT_BEFORE.search(before) or GENERIC_LEAD.match(name) or name == head:
        return None
    if re.search(r"等$", before) or GENERIC_LEAD.search(before[-4:]):
        return None
    verb = _verb_before(s, cs, start) or _list_verb(s, cs, start)
    if role == "event":
        if NOT_EVENT.search(name) or verb in lex.verbs["attend"] or lex.verb_res["attend"].search(before[-8:]):
            return None
        if verb in lex.verbs["host"] or _hosted_after(s, end, ce) or ORDINAL_OR_YEAR.search(name):
            return "project"
        return None
    building = verb in lex.verbs["build"] or _built_after(after)
    named = _named(name, role in ("org", "facility")) or (head == "联盟" and len(_stem(name)) >= 2) \
        or "“" in s.text[start:end]
    if not named:
        return None
    if role == "place":
        return "project" if building else None
    if role == "facility":
        return "project" if building and verb not in lex.verbs["org"] - lex.verbs["build"] else "organization"
    return "organization"


def _list_verb(s: _Sentence, cs: int, start: int) -> str | None:
    """The verb before the first item of a list a name is in (规划建设南部…工业园、北部…工业园)."""
    if start <= cs or s.masked[start - 1] != "、":
        return None
    first = cs
    prev = s.masked.rfind("、", cs, start - 1)
    while prev >= cs:
        first = prev
        prev = s.masked.rfind("、", cs, prev)
    item_start = _cut_after_verb(s, cs, first if first > cs else start - 1, ROLE_VERBS["place"])
    return _verb_before(s, cs, item_start)


LIST_ITEMS = r"(?:(?:[和及、]|以及)[^、，,；;。]{1,24}?)*"
BUILT_PROJECT = re.compile(r"项目(?:已|正式|全面|顺利|均)?")
BUILD_AT_END = re.compile(LIST_ITEMS + r"(?:等项目)?(?:规划)?(?:建设|项目建设)$")


def _built_after(after: str) -> bool:
    """The clause goes on to build or open what precedes (国际纺服中心加快建设, …和…建设)."""
    lex = _lexicon()
    after = after.lstrip("”’")
    m = BUILT_PROJECT.match(after)
    if m:
        after = after[m.end():]
    return bool(lex.built_after.match(after) or BUILD_AT_END.match(after))


def _shared_head(s: _Sentence, cs: int, seg_start: int, hs: int, end: int) -> list[tuple[int, str]]:
    """青峰路、环卫路转运站: the short items before the last one share its head; (start, item) each."""
    lex = _lexicon()
    last_stem = seg_start < hs and s.masked[seg_start:hs]
    if not last_stem or len(_clean(last_stem)) > 6:
        return []
    at = seg_start - 1
    items = []
    while at > cs and s.masked[at] == "、":
        prev = s.masked.rfind("、", cs, at)
        a = prev + 1 if prev >= cs else _cut_after_verb(s, cs, at, ("build", "program", "host", "org"))
        item = _clean(s.text[a:at])
        if items and lex.head_at_end.search(item):
            break  # 京沪高铁、邯济、德大铁路: the items after a name of its own share the head
        if not 1 < len(item) <= 6 or lex.heads.search(item) or lex.verb_res["build"].fullmatch(item) \
                or lex.verb_res["program"].fullmatch(item) or re.search(r"[0-9]", item):
            return []
        items.append((a, item))
        if prev < cs:
            break
        at = prev
    return sorted(items)


# ---- programs --------------------------------------------------------------------------------


GENERIC_PROGRAM = re.compile(
    r"(?:这些|这个|那些|各项|各类|重点|重大|一批|系列|相关|专项|这项|全面|深层次|一系列|多项|系统|综合|体制|领域|工作|长效|"
    r"配套|保障|协调|联动|运行|管理|考核|激励|约束|监督|监管|责任|服务|改革|行动|工程|机制|战略|政策|制度|模式|"
    r"方案|计划|试点|经验|创新|发展|建设|推进|落实|和|与|及|新|这一|此|该|一项|两项|三项|一些|民生|实事|"
    r"惠民|基础|民心|形成|建立|健全|完善|稳定|安全|防控|应急|全|大|小|新型|常态化|规范化|制度化|国家|"
    r"区域|关键|环节|核心|重要|有关|专门|特色|示范|典型|先进|优秀|宝贵|成功|有效|多元|各|农村|城市|城乡|"
    r"基层|地方|中央|省级|市级|县级|全市|全省|全区|全县|全国|内部|外部|深度|高度|突破|攻坚|提升|优化|"
    r"深化|推动|加快|加强|强化|重构|重塑|变革|转型|升级|共建|共享|共治|统一|实际|全员|高位|第一|整体|共同|联合|"
    r"协同|统筹|具体|真正|实质|主动|积极|集中|联动|全力|合力|一致|各方|全体|社会|集体|有力|有效|实际|第一时间|"
    r"自治区|省|市|区|县|州|国家|本地|当地|自身|内在|外在|隐患|行业|风险|领域)+")
MECHANISM_HEADS = ("机制", "工作机制", "长效机制", "制度", "模式", "试点", "方案", "工作方案", "计划", "经验")


def _program_ok(name: str, head: str, before: str, after: str, raw: str) -> bool:
    if head == "主题教育" and name == head:
        return True
    stem = _clean(name[: -len(head)] if name.endswith(head) else name)
    quoted = "“" in raw
    if len(stem) < 2 or GENERIC_PROGRAM.fullmatch(stem):
        return False
    words = pos(stem)
    joins = [i for i, (w, f) in enumerate(words) if w in ("和", "与", "及") and f == "c"]
    if joins and GENERIC_PROGRAM.fullmatch("".join(w for w, _ in words[joins[-1] + 1:]) or "和"):
        return False  # 先进技术突破和体制机制, 重要步骤和战略
    if "改革" in head and (_lexicon().program_lead.fullmatch(stem[-2:]) or _lexicon().program_lead.fullmatch(stem[-4:])):
        return False  # …深化改革: what is done to reform, not a reform's name
    if FIGURE_AFTER.match(after) or COUNT_BEFORE.search(before) or before.endswith("等"):
        return False
    if not quoted and re.search(rf"[0-9]+\s*[{MEASURE}]|[一二三四五六七八九十]+[个项大]", stem):
        return False  # 新组建20个省级产业技术创新战略…
    if head in MECHANISM_HEADS and len(name) < 7 and not quoted and not re.search(r"[A-Za-z0-9]", stem):
        return False
    if head == "工程" and len(name) < 8 and not quoted:
        return False  # 农田水利工程 is works, 青少年“筑基”工程 a program
    if CLASS_END.search(stem) and head in MECHANISM_HEADS:
        return False
    verbs = _lexicon().verbs
    if not quoted and all(flag in ("v", "d", "ad", "a", "c", "p", "u", "j") for w, flag in words) and any(
            w in verbs["program"] or w in verbs["lead"] for w, _ in words):
        return False  # 深化改革, 持续改革: a governing verb, not a name
    return True


def _lexicon_names(s: _Sentence) -> None:
    lex = _lexicon()
    quotes = [(q.start(), q.end()) for q in QUOTE_SPAN.finditer(s.text)]
    for m in lex.programs.finditer(s.text):
        if any(a < m.start() and m.end() < b and (m.start() > a + 1 or m.end() < b - 1) for a, b in quotes):
            continue  # 互联网+ inside “互联网+公共法律服务”
        if not re.match(r"成果|目标任务|以来|时期", s.text[m.end():m.end() + 4]):
            s.add("program", m.start(), m.end(), 2)
    for m in lex.organizations.finditer(s.text):
        s.add("organization", m.start(), m.end(), 1)
    for cs, ce in s.clauses:
        for m in lex.campaign.finditer(s.masked, cs, ce):
            if _strip_lead(s.masked, cs, m.start(), program=True) >= m.start() or _verb_before(s, cs, m.start()):
                s.add("program", m.start(), m.end(), 2)


# ---- quoted names ----------------------------------------------------------------------------


QUOTE_SPAN = re.compile(r"“([^“”]{2,24})”|《([^《》]{2,30})》")
NOT_PROGRAM_AFTER = re.compile(
    r"(?:理念|精神|思想|要求|责任|底线|经费|历史|资源|思路|基础|意识|作用|目标|格局|态势|问题|现象|称号|荣誉|"
    r"大关|关|效应|标准|字|号|之|成为|转变|转型|转化|定位|地位|讲话|论述|批示|指示|方针|总基调|主线|短板|难题|"
    r"顽疾|痛点|堵点|难点|瓶颈|风险|隐患|压力|挑战|机遇|优势|特色|名片|金字招牌|招牌|声音|故事|美誉|"
    r"治理|现象|行为|项目|企业|工程师|产品|商品|品种|农产品|旗舰店|店|中心|站|基地|园|城|楼|房|地|区|片区|"
    r"圈|带|廊|轴|极|核|线|网|体系|架构|布局|资金|补贴|贷|券|卡|码|上|中|里|下|期间|时期|以来|的|之|"
    r"主题宣传|专题促销|宣传|促销|学校|村|景区|细胞|县|市|全覆盖|实现率|出口|和|及|与|资源|加力|加速|"
    r"模式以外)")
NUMERAL = "一二三四五六七八九十两双百千万"
PLACE_END = re.compile(r"[村店馆园楼站场厂校]$")
QUOTE_NOT_AFTER = re.compile(r"(?:的|把|将|更多|更大|做成|变成|成为|作为|当好|争当|争做|视为|称为|[省市县区州]级|首个|首家|"
                             r"成|由|向|从|是|叫响|擦亮|打响|唱响)$")


def _slogan(inner: str) -> bool:
    """两个维护, 一企一策, 三农, 双减: numbered slogans and very short words, not names of programs."""
    if len(inner) <= 3 and re.match(rf"[{NUMERAL}0-9]", inner) or len(inner) <= 2 or inner.endswith("化"):
        return True
    if not re.match(rf"[{NUMERAL}0-9]", inner):
        return False
    return len(inner) <= 5 or len(re.findall(rf"[{NUMERAL}0-9]", inner)) >= 2
PROGRAM_ENDING = re.compile(r"(?:计划|集群|工程|行动|改革|战略|机制|[0-9一二三四五六七八九十]+条)$")
WORK_VERBS = ("创排", "创作", "编纂", "拍摄", "出版", "排演", "上演", "摄制", "推出", "打造", "编撰", "创编")


def _quoted(s: _Sentence) -> None:
    lex = _lexicon()
    for m in QUOTE_SPAN.finditer(s.text):
        cs, ce = s.clause_of(m.start(), m.end())
        verb = _verb_before(s, cs, m.start()) or ""
        if m.group(2):  # 《情满天山》: a work the text creates is a project; laws and plans are not
            if any(verb.endswith(v) for v in WORK_VERBS) or re.search(r"(?:创排|编纂|创作|拍摄|出版)[^，。]{0,12}$", s.masked[cs:m.start()]):
                s.add("project", m.start(), m.end(), 3)
            continue
        inner = m.group(1)
        after = s.text[m.end():ce]
        if re.search(r"[，,。；;]", inner):
            continue
        if lex.programs.fullmatch(inner):
            s.add("program", m.start(), m.end(), 2)
            continue
        if _slogan(inner) and not PROGRAM_ENDING.search(inner) and not inner.endswith("办"):
            continue
        if re.search(r"[0-9]+(?:天|小时|分钟|日|年|月|%|元|万)", inner) or PLACE_END.search(inner) or re.search("[的之]", inner):
            continue
        if QUOTE_NOT_AFTER.search(s.masked[cs:m.start()]) or lex.honor_trigger.search(s.masked[max(cs, m.start() - 4):m.start()]):
            continue
        if FIGURE_AFTER.match(after) or (_head_of(inner) and lex.head_role[_head_of(inner)] != "program"):
            continue
        if len(inner.split("、")) >= 3 or any(len(p) <= 1 for p in inner.split("、")):
            continue
        if NOT_PROGRAM_AFTER.match(re.sub(r"^等", "", after)) or re.match(rf"[{HAN}]{{0,2}}(?:称号|荣誉)", after):
            continue
        head_after = lex.heads.match(after)
        if head_after and lex.head_role[head_after.group(0)] != "program":
            continue  # “石榴”长廊, “…”论坛: the head word decides
        if inner.endswith("经济"):
            continue  # “飞地经济”, “总部经济”: kinds of economy
        if not (PROGRAM_FOLLOW.match(re.sub(r"^等", "", after)) or _quote_governed(s, cs, m.start(), after)):
            continue
        if verb in lex.verbs["host"]:
            tail = re.match(rf"[{HAN}]{{0,8}}?(?:活动|大会|会|节|赛|展|季|月)(?![{HAN}])", after)
            s.add("project", m.start(), m.end() + (tail.end() if tail else 0), 3)
            continue
        start = m.start() if re.match(rf"[{NUMERAL}0-9]", inner) else _quote_prefix(s, cs, m.start())
        s.add("program", start, m.end(), 3)


PROGRAM_FOLLOW = re.compile(
    rf"[{HAN}]{{0,3}}?(?:工作|活动|行动|服务|品牌|管理|改革|建设|机制|模式|事项|评价|任务|措施|专项|帮扶|专板|志愿|"
    r"集成|政策|推广|扎实|深入|全面|持续|有序|稳步|顺利|取得|成效|落地见效|全覆盖|改革)")


def _quote_governed(s: _Sentence, cs: int, qs: int, after: str) -> bool:
    """A program verb governs the quote, or the list or chain of quotes it is in (加快推进“一窗办”“一表办”,
    发挥群众工作站、“…”等平台作用)."""
    if after and not re.match(r"[、和及与“]|等|$", after):
        return False
    at = _quote_prefix(s, cs, qs)
    while at > cs and s.masked[at - 1] in "”、和及":
        prev = s.masked.rfind("“", cs, at - 1) if s.masked[at - 1] == "”" else -1
        if prev < 0:
            prev = max(s.masked.rfind("、", cs, at - 1) + 1, cs)
            prev = _cut_after_verb(s, prev, at - 1, ("program",)) if prev == cs else prev
        if prev >= at - 1:
            break
        at = _quote_prefix(s, cs, prev) if s.masked[prev] == "“" else prev
    unit = re.search(r"(?:自治区|国家|全国|全省|全市|全区|我市|我区|我县|省|市|区|县)$", s.masked[cs:at])
    if unit:
        at -= len(unit.group(0))
    verb = _verb_before(s, cs, at)
    return bool(verb and verb in _lexicon().verbs["program"])


def _quote_prefix(s: _Sentence, cs: int, qs: int) -> int:
    """A short noun phrase right before a quote belongs to the name (民族团结“石榴日”)."""
    lex = _lexicon()
    start = _cut_after_verb(s, cs, qs, ("program", "build"))
    prefix = s.masked[start:qs]
    if 2 <= len(prefix) <= 4 and re.fullmatch(rf"[{HAN}]+", prefix) and not re.match(NUMBER, prefix) and not lex.verb_res["program"].search(prefix) \
            and not re.search(r"[的和与及等了在]", prefix) and not re.search(
                r"(?:省|市|区|县|州|镇|乡|街道|村|社区|全国|国家|政务|安全|方面|领域|企业|群众|干部|代表|级)$", prefix) \
            and not _is_verbal(prefix):
        return start
    return qs


@lru_cache(maxsize=16384)
def _is_verbal(text: str) -> bool:
    return any(flag.startswith("v") or flag in ("d", "ad") for _, flag in pos(text))


# ---- honors ----------------------------------------------------------------------------------


def _honors(s: _Sentence) -> None:
    lex = _lexicon()
    for ci, (cs, ce) in enumerate(s.clauses):
        subject_start = cs
        last: list[str] | None = None
        for m in lex.honor_trigger.finditer(s.masked, cs, ce):
            if m.start() < subject_start:
                continue
            titles = _titles(s, m.end(), ce, m.group(0))
            if not titles:
                continue
            recipients = _recipients(s, ci, subject_start, m.start(), last)
            if recipients is None:
                continue
            for ts, te, title in titles:
                s.blocked.append((ts, te))
                for r in recipients:
                    s.honors.append(_Honor(title, r, ts, te))
            last = recipients
            subject_start = _after_stop(s.masked, titles[-1][1], ce)


def _titles(s: _Sentence, start: int, ce: int, trigger: str) -> list[tuple[int, int, str]]:
    """The titles after a trigger, up to 称号/荣誉/创建 or the clause end, each ending with a title head."""
    lex = _lexicon()
    if s.masked.startswith("为", start):
        start += 1
    text = s.masked[start:ce]
    following = lex.honor_trigger.search(text)  # …示范村镇、铁城村获评…: the next honor starts its own subject
    if following:
        cut = text.rfind("、", 0, following.start())
        text = text[:cut] if cut > 0 else text[:following.start()]
    stop = lex.honor_stop.search(text)
    explicit = bool(stop and "称号" in stop.group(0) or stop and "荣誉" in stop.group(0))
    if stop:
        if FIGURE_AFTER.match(text, stop.end()) and stop.group(0) == "等":
            return []
        text = text[:stop.start()]
    elif FIGURE_AFTER.search(text[-6:]) and re.search(r"\d+[个家所项处]$", text):
        return []
    parts = _title_parts(text)
    if len(parts) == 1 and (quoted := _adjacent_quotes(text, 0, len(text))):
        parts, at = [], 0
        for q in quoted:
            parts.append((at, at + len(q) + 2))
            at += len(q) + 2
    out = []
    for ps, pe in parts:
        title = _clean(text[ps:pe])
        while (m := lex.honor_ordinal.match(title)) and m.end() > 0:
            title = title[m.end():]
        title = re.sub(rf"^((?:全国|全省|全市|全区|全疆|国家级?|省级?|自治区级?|市级)){lex.honor_ordinal.pattern}",
                       r"\1", title)
        title = _trim_title(title)
        if title is None or not 5 <= len(title) <= 40 or re.search(rf"[0-9]+\s*[{MEASURE}枚]", title):
            return out
        if trigger in lex.honor_weak and not explicit and not _strong_title(title):
            return out
        out.append((start + ps, start + pe, title))
    return out


def _after_stop(masked: str, at: int, ce: int) -> int:
    m = re.match(r"[”’]?(?:荣誉称号|称号|荣誉)?", masked[at:ce])
    return at + m.end()


def _title_parts(text: str) -> list[tuple[int, int]]:
    """Split titles at 、/和/及 only where every part ends with a title head."""
    cuts = [m.span() for m in re.finditer(r"、|和|及", text)]
    parts, at = [], 0
    for a, b in cuts:
        parts.append((at, a))
        at = b
    parts.append((at, len(text)))
    if len(parts) > 1 and all(_trim_title(_clean(text[a:b])) == _clean(text[a:b]) for a, b in parts[:-1]):
        return parts
    return [(0, len(text))]


def _trim_title(title: str) -> str | None:
    """The title up to its last head word (自治区双拥模范区 of 自治区双拥模范区创建“四连冠”)."""
    head = _lexicon().honor_head
    for end in range(len(title), 1, -1):
        if head.search(title[:end]):
            return title[:end]
    return None


def _strong_title(title: str) -> bool:
    return bool(re.search(r"全国|国家|全省|省级|自治区|全市|市级|中国|世界|联合国|国际|亚洲", title)) and bool(
        re.search(r"示范|先进|模范|优秀|标兵|十佳|百强|文明|卫生|园林|试点|奖|冠军|名录|典型|称号|基地", title))


SUBJECT_TAIL = re.compile(r"(?:成功|先后|再次|连续[一二三四五六七八九十\d]+[年届次]|均|都|全部|分别|相继|已|还|也|又|首次|"
                          r"第?[一二三四五六七八九十\d]+[年届次]|率先|一举|被|同时|并|一次性|顺利|正式|首|"
                          r"(?:成为)?(?:全国|全省|全市|全区|全疆|西北|全州)?(?:唯一|首个|首家|首批))+$")
INTENT = re.compile(r"力争|争取|争创|努力|确保|积极创建|申报|申创|冲刺|全力|加快创建|推进创建|创建|计划|拟|将")


def _recipients(s: _Sentence, ci: int, start: int, trigger_start: int, last: list[str] | None) -> list[str] | None:
    """The subject of the clause, split at 、和及; [""] for the reporting unit; None when it is a count
    or an intent (力争入选…) rather than an honor received."""
    if INTENT.search(s.masked[max(0, trigger_start - 6):trigger_start]):
        return None
    text = SUBJECT_TAIL.sub("", s.masked[start:trigger_start])
    text = re.sub(r"^(?:[、，和及并]|\d{4}年(?:度)?|今年|去年|同时|此外|其中|全年)+", "", text)
    if not text:
        if last is not None:
            return last
        if ci > 0:  # “…”工作法，被评为…: the previous clause is the subject when it is a bare name
            ps, pe = s.clauses[ci - 1]
            prev = _clean(s.text[ps:pe])
            if ps == 0 and re.search(r"(?:工作法|模式|机制|品牌|项目|工程)$", prev) and len(prev) <= 32:
                return [prev]
        return [""]
    if re.search(r"(?:方面|工作|领域|经验|做法|成效|成果|水平)$", text):
        return [""]
    text = _subject_after_verb(text)
    m = re.search(rf"等(?:{NUMBER}[{MEASURE}])?[{HAN}]{{0,6}}$", text)
    if m:
        text = text[:m.start()]
    names = [_clean(p) for p in _split_subject(text)]
    names = [n for n in names if n]
    if not names or any(COUNTED.search(n) for n in names) or any(len(n) > 25 for n in names):
        return None
    return [re.sub(rf"^[{HAN}]{{1,5}}?(?:区|县|市)(?=[{HAN}]{{2,8}}(?:街道|镇|乡)$)", "", n) for n in names]


def _split_subject(text: str) -> list[str]:
    parts = re.split(r"、", text)
    out = []
    for part in parts:
        pieces = re.split(r"和|及|与", part)
        if len(pieces) > 1 and all(len(p) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _subject_after_verb(text: str) -> str:
    """The subject without the verbs before it (助力首府 -> 首府); a clause whose subject does something
    (通江县创新…融合壮大…) gives its unit (通江县) or the reporting unit."""
    text = text[_strip_lead(text, 0, len(text)):]
    text = re.sub(r"^(?:助力|推动|支持|帮助|带动|指导|促进|引导|推进)", "", text)
    verb = _verbs_of(("build", "program")).search(text)
    if verb and verb.start() > 0:
        unit = re.match(rf"[{HAN}]{{2,10}}?(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道)", text[:verb.start()])
        return unit.group(0) if unit and unit.end() == verb.start() else ""
    return text


# ---- public ----------------------------------------------------------------------------------


@cache
def _generic() -> frozenset[str]:
    return frozenset(_lines("entity_generic.txt"))


def candidates(text: str) -> list[tuple[str, str]]:
    """(kind, name) of every named thing found in a sentence before the generic names are dropped."""
    return [(f.kind, f.name) for f in _analyse(text)[0]]


def find_entities(report: Report) -> list[EntityMention]:
    """Programs, projects and organizations of every sentence, once per name and sentence."""
    found: list[EntityMention] = []
    generic = _generic()
    for index, sentence in enumerate(report.sentences):
        seen = set()
        for f in _analyse(sentence.text)[0]:
            if f.kind != "program" and f.name in generic:
                continue
            if (f.kind, f.name) not in seen:
                seen.add((f.kind, f.name))
                found.append(EntityMention(f.kind, f.name, sentence.start + f.start, sentence.start + f.end, index))
    return found


def find_honors(report: Report) -> list[HonorMention]:
    """Honors with their recipients; recipient "" is the reporting unit."""
    found: list[HonorMention] = []
    for index, sentence in enumerate(report.sentences):
        for h in _analyse(sentence.text)[1]:
            found.append(HonorMention(honor=h.honor, recipient=h.recipient, start=sentence.start + h.start,
                                      end=sentence.start + h.end, sentence=index))
    return found
