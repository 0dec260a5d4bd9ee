"""Round 22 (orgFA, organizations): the items of a list share the research body's head written after the last one.

Cross-set shape (eval/corpus_samples/orgL/round22_orgFA/README.md, sub-shape E1 of round 21b's "research and innovation
bodies"): a list of research bodies written with one head after the last item, or after 等 and a count —
dev23 `发挥好东大、南航、武汉理工等技术转移中心作用` (gold: 东大技术转移中心, 南航技术转移中心, 武汉理工技术转移中心),
dev24 `中电科八所宇航光纤互联技术等3个省重点实验室获批筹建` (gold: 中电科八所宇航光纤互联技术省重点实验室),
`煤炭安全精准开采等3个省工程实验室` (gold: 煤炭安全精准开采省工程实验室), dev16 `碳纤维及复合材料、清洁能源材料技术创新中心`
(gold: both), `省合成生物、新能源汽车光储充标委会落地常州` (gold: 省合成生物标委会, 新能源汽车光储充标委会). The extractor found
none of the earlier items (only a last item that held a head of its own). Each item takes the level word and the head
written after the list (the golds' cut: 煤炭安全精准开采省工程实验室, no 等3个).

Every item must be a name, or the list is left alone: no kind word (领域 行业 企业 高校 各类 一批 …, 和/或, a count), no level
alone (国家级、省级工程技术研究中心), no head of its own (市疾控中心等3个疾控实验室, 东南大学、哈尔滨工程大学高等研究院, …研究设施, a
division: 阳泉), no verb of round 20b's VERB_IN_STEM (北重、包钢、东宝生物申报建设国家重点实验室) nor a particle (被, 的), two
characters at least, and not found as anything else. The first item starts after the clause's lead verbs (two characters or
more), pronouns, counts, particles, conjunctions (not 及/与) and prepositions. A list followed by a project frame (…等项目,
一期, 开工: round 20b's guards) is a list of works; 高等 is no 等. The heads are a closed grammatical set in the code, no lexicon.
Counted and read on 200 random corpus reports (seed 2205): eval/corpus_samples/orgL/round22_orgFA/.
"""

from __future__ import annotations

import re

from .patterns import _Found

# research heads (the lazy items make the earliest head start win: 清洁能源材料|技术创新中心, not …技术|创新中心)
HEADS = ("全国重点实验室", "重点实验室", "工程实验室", "技术转移中心", "技术创新中心", "制造业创新中心", "产业创新中心",
         "协同创新中心", "工程技术研究中心", "工程研究中心", "产业技术研究院", "研究中心", "研究院", "标委会", "标准化技术委员会",
         "省实验室", "自治区实验室")
HEAD = "(?:" + "|".join(HEADS) + ")"
LEVELS = r"(?:国家级|省级|市级|自治区级|国省|国家|全国|省|市|自治区)"
LEVEL = LEVELS + "?"
BARE = re.compile(LEVELS + "*" + HEAD + "?")
ITEM = r"[\u4e00-\u9fffA-Za-z0-9（）()·]{2,22}?"
FIRST = r"(?<![\u4e00-\u9fffA-Za-z0-9（）()·])[\u4e00-\u9fffA-Za-z0-9（）()·]{2,34}?"
SHARED = re.compile(r"((?:" + FIRST + r"、)(?:" + ITEM + r"、)*" + ITEM + r"|" + FIRST + r"(?<!高)等)"
                    r"((?:[0-9一二三四五六七八九十两]+[个家所项])?)(" + LEVEL + r")(" + HEAD + r")")
GATE = re.compile(r"实验室|技术转移中心|创新中心|研究中心|研究院|标委会|标准化技术委员会")
# an item that is a body of its own, or a kind of bodies (the items are then no names)
OWN_HEAD = re.compile(r"(?:大学|学院|学校|医院|公司|集团|中心|实验室|研究院|研究所|科学院|院所|院校|高校|企业|平台|基地|园区|园|"
                      r"站|所|院|局|委|会|部|厅|室|机构|区|县|市|镇|谷|城|港|载体|装置|设施|计算机|系统|项目|景区|号)$")
KIND = re.compile(r"领域|行业|产业链|企业|高校|院校|院所|部门|各类|各级|一批|一些|若干|相关|有关|部分|其他|其它|以上|以下|等|"
                  r"重点$|新型|综合性|高水平|一流|知名|重大|国内外|省内外|市内外|全市|全省|全区|全县|我市|我省|我区|[和或被把将向从由在的了是]|"
                  r"[0-9０-９]+[个家所项]")
NUMERAL = re.compile(r"[0-9０-９一二三四五六七八九十两百千万几多]")
COUNT_START = re.compile(r"^(?:[0-9一二三四五六七八九十两]+[个家所项批]|第[一二三四五六七八九十]+[个家批]|首[个家批])")


def _first_start(text: str, lo: int, hi: int) -> int:
    """Where the first item of the list starts: after the clause's lead verbs (two characters or more: 再生 is no 再),
    pronouns, counts, particles, conjunctions and prepositions (支持, 设立了, 推动建设, 发挥好)."""
    from .round18b_orgs import LEAD_VERB
    from .round20b_orgs import VERB_IN_STEM
    from .stems import pos

    start = lo
    lead = LEAD_VERB()
    while True:
        v = lead.match(text, start, hi)
        if not v or len(v.group(0)) < 2:
            break
        start = v.end()
    at = start
    for w, f in pos(text[start:hi]):
        at += len(w)
        if f.startswith(("r", "u", "c", "p")) and w not in ("及", "与") or f.startswith(("m", "q")) and NUMERAL.search(w) \
                or w in ("发挥", "发挥好", "支持", "推动", "推进", "加快", "建设", "创建", "设立", "成立", "组建", "新建"):
            start = at
    for v in VERB_IN_STEM.finditer(text, start, hi):
        start = v.end()
    return start


def _name_item(item: str) -> bool:
    from .round18b_orgs import LEAD_VERB
    from .round20b_orgs import VERB_IN_STEM
    from .stems import _places

    bare = re.sub(r"[（(][^）)]*[）)]$", "", item)  # 山东产业技术研究院（烟台）: a body of its own
    return len(item) >= 2 and item not in _places() and not OWN_HEAD.search(bare) and not KIND.search(item) \
        and not COUNT_START.match(item) and not BARE.fullmatch(item) and not VERB_IN_STEM.search(item) \
        and len((LEAD_VERB().match(item) or [""])[0]) < 2


def round22_orgs(found: list[_Found], text: str) -> list[_Found]:
    """The items of a list before one research head each name a body with that head (see above)."""
    if "、" not in text and "等" not in text or not GATE.search(text):
        return found  # the cheap test first: it is called for every sentence
    from .round20b_orgs import AS_PROJECT_AFTER, AS_PROJECT_BEFORE

    out = found
    for m in SHARED.finditer(text):
        lst, level, head = m.group(1), m.group(3), m.group(4)
        if AS_PROJECT_AFTER.match(text, m.end()):
            continue  # …等项目, 一期, 开工: a list of works
        lo = m.start(1)
        items: list[tuple[int, int]] = []
        pos_ = lo
        parts = (lst[:-1] if lst.endswith("等") else lst).split("、")
        for k, part in enumerate(parts):
            s, e = pos_, pos_ + len(part)
            pos_ = e + 1
            if k == 0:
                s = _first_start(text, s, e)
            items.append((s, e))
        if AS_PROJECT_BEFORE.search(text, max(0, items[0][0] - 6), items[0][0]):
            continue
        if not all(_name_item(text[s:e]) and not BARE.fullmatch(text[s:e] + level + head) for s, e in items):
            continue  # every item a name (北重、包钢、东宝生物申报建设国家重点实验室; 重点实验室、工程技术研究中心: kinds)
        last_bare = not lst.endswith("等")  # 、 only: the last item is written with the head (A、B技术创新中心)
        inner = items[:-1] if last_bare else items
        if any(f.start < e and s < f.end for s, e in inner for f in out):
            continue  # an item found as a body, works or programme: a list of other things (香港科技大学（广州）、…省实验室香港分部)
        new: list[_Found] = []
        for k, (s, e) in enumerate(items):
            item = text[s:e]
            name_end = m.end() if (k == len(items) - 1 and last_bare) else e
            if any(f.start < name_end and s < f.end for f in out):
                continue  # named on its own (or found as something else): left as found
            name = item + level + head
            new.append(_Found("organization", name, s, name_end, 2))
        if new:
            if out is found:
                out = list(found)
            out.extend(new)
    return out
