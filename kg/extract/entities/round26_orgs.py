"""Round 26 (orgMA, organizations): a company that opens a clause and is ranked, approved, listed or measured.

Round 18b (round18b_orgs) reads a company by a company head or trade word that opens a clause (集团 公司 控股, 药业 化工 锂业 …:
its NAME) only before the verbs of what a company does (落户 入驻 投资 签约 上市 …: its ACTION). The reports just as often open a
clause with a company and what it *is given, ranks or earns*: `赣锋锂业锂盐产能跃居全球第一` (dev28 新余),
`华源纺织改制工作顺利完成` (dev28 阜阳), `茂名石化加速发展` (dev23), `恒瑞医药参加…座谈会` (dev17), `鞍钢集团进入世界500强`,
`黄山旅游集团连续12年位居中国旅游集团20强`, `广生堂药业获批新药品种8个`, `锦恒汽车被工信部评为…`, `景津环保主板上市`,
`江铜集团突破1000亿元`, `锦西石化销售收入超300亿元`, `红旗汽车产销量分别增长22.9%`. Every gold that annotates organizations
lists such a subject (the whole misses above; eval/corpus_samples/orgL/round26_orgMA/README.md).

Now round 18b's NAME at the opening of a clause (after round 18b's openers and adverbs) is an organization when what follows is
- a verb of approval, rank or change of a company (PREDICATE: 获批 获颁 获得 获 被…评为/列入/认定 进入 位居 跃居 连续 率先 突破
  增资扩股 改制 参加 加速发展, 主板/科创板/创业板…上市), or
- a measure of a company, with at most four characters of its product before it (MEASURE: 产能 产值 市值 销售收入 营业收入
  主营业务收入 产销量 营收 利润: 锂盐产能, 年产值),
and the name is one company (an organization find that opens with it and runs on into the predicate gives way:
赣锋锂业市值跃居全省上市公司 was read as one name):
- round 18b's _kind test passes it (no kind, sector, generic name or clause word);
- jieba ends a word where the name ends (中关村科技园区, 生物医药产业: the trade word is the start of a longer word);
- a name by a trade word alone has a named stem (stems.py's _is_named: 年内化工 is no name) that is no material's class: the
  stem is not only element or material characters, with or without 基 (锰基新材料, 铝镁新材料, 钙基新材料 产值…: a sector), nor
  coordinated words (磷及磷化工产值…: two trades);
- a measure's product does not open with a company head (君乐宝乳业集团主营业务收入: the company is 君乐宝乳业集团);
- no preposition that opens an object is inside the name (“三自”物业：指对物业公司已进入的小区…: a clause).
Closed grammatical sets in the code, no lexicon. Counted on 200 random corpus reports (seed 2631):
eval/corpus_samples/orgL/round26_orgMA/scan_round26.py.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18b_orgs import ADVERB, ANY_HEAD, HEAD, NAME, OPENER, _kind

HAN = "\u4e00-\u9fff"
PREDICATE = (r"获批|获颁|获得|获(?![得取])|被[" + HAN + r"]{0,4}?(?:评为|列入|列为|认定为|认定|命名为|确定为|授予)|进入|位居|跃居|"
             r"连续|率先|突破|增资扩股|改制|参加|加速发展|(?:主板|科创板|创业板|新三板|港股|A股|境外)上市")
# a product before the measure is no company head (君乐宝乳业集团主营业务收入: the name runs on to 集团, not 乳业 + 集团…收入)
MEASURE = rf"(?!集团|公司|股份|控股|有限)[{HAN}]{{0,4}}?(?:产能|年产值|产值|市值|销售收入|营业收入|主营业务收入|产销量|营收|利润)"
SUBJECT = re.compile(rf"(?:^|(?<=[，。；：！？,;:]))(?:{OPENER})(?P<name>{NAME})(?={ADVERB}(?:{PREDICATE}|{MEASURE}))")
# a stem of element or material characters, with or without 基: a class of materials (锰基新材料, 铝镁新材料), not a company
MATERIAL_STEM = re.compile(r"^[铝镁锰钙碳硅钛锂铜铁锌镍钴钨钼铅锡金银钢纸氟磷硼稀土石墨陶瓷玻璃]+基?$|基$")
# a stem of coordinated words is a pair of trades (磷及磷化工产值达430亿元), not one company's name
COORDINATED = re.compile(r"[及和与、]")
# prepositions that open an object inside a clause (对 把 将 向 由 在 从 …; not 为: 天有为电子)
CLAUSE_PREP = frozenset(("对", "把", "将", "向", "由", "在", "从", "以", "按", "给", "经", "通过", "关于", "对于"))
GATE = re.compile(r"获|被|进入|位居|跃居|连续|率先|突破|增资扩股|改制|参加|加速发展|上市|产能|产值|市值|收入|产销量|营收|利润")


def _word_ends(text: str, start: int, end: int) -> bool:
    """jieba ends a word at `end` in the window from `start`."""
    from .stems import pos

    k = 0
    for word, _ in pos(text[start:end + 6]):
        k += len(word)
        if k >= end - start:
            return k == end - start
    return False


def _one_company(name: str, text: str, start: int, end: int) -> bool:
    from .stems import _is_named, pos

    if _kind(name) or not _word_ends(text, start, end) \
            or any(f == "p" and w in CLAUSE_PREP for w, f in pos(name)):
        return False  # 指对物业公司已进入…: a preposition that opens an object makes the name a clause
    m = HEAD.search(name)
    if m and m.group("trade"):
        stem = name[:m.start()]
        return _is_named(stem) and not MATERIAL_STEM.search(stem) and not COORDINATED.search(stem)
    return True


def round26_subjects(found: list[_Found], text: str) -> list[_Found]:
    """A company that opens a clause and is approved, ranked, listed or measured becomes an organization (see above)."""
    if not GATE.search(text) or not ANY_HEAD.search(text):
        return found  # cheap tests first: called for every sentence
    out = found
    for m in SUBJECT.finditer(text):
        s, e = m.start("name"), m.end("name")
        # an organization find that opens where the name opens and runs on into the predicate is the name cut too long
        # (赣锋锂业市值跃居全省上市公司, 黄山旅游集团连续12年位居中国旅游集团 read as one name): it gives way
        swallowed = [f for f in out if f.kind == "organization" and f.start == s and f.end > e]
        if any(f.start < e and s < f.end for f in out if f not in swallowed) \
                or not _one_company(m.group("name"), text, s, e):
            continue  # found already (as an organization or a project), or a kind
        out = [f for f in out if f not in swallowed]
        out.append(_Found("organization", m.group("name"), s, e, 2))
    return out if out != list(found) else found
