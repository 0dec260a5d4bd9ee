"""Round 21 (orgDA, organizations): a school, university, institute or bank being founded is an organization.

Round 20 reads a body that is set up or unveiled (成立 组建 揭牌: 组建武汉商学院); a body still being founded — prepared
(筹建 筹办 筹设), founded (创办) or applied for (申办) — was read as a project (the facility head 学院/学校 after a verb;
加快筹建北部湾大学医学院、钦州技师学院, 创办镇江第一外国语学校) or not at all (加快筹建西北医科大学, 筹建太阳能光伏研究院).
Every dev gold lists such bodies as organizations (dev18 筹建黄海科学技术研究院, 筹办渤海科技大学、山东康养职业学院; dev21
筹建中国节能环保研究院; dev23 获准筹建苏州银行, 加快筹建北部湾大学医学院、钦州技师学院).

Here the verb comes first (an adverb or 获批/获准 before it is allowed): the items after it, up to the clause's end and
split at 、 和 及 与, are organizations when each ends in a school's, university's, institute's or bank's head and is not
followed by a works word (新校区 项目 主体工程 一期: 筹建…大学新校区 is a works). The name before the verb is read too
(固原农林职业技术学院获批筹建, 山大威海工业技术研究院加快筹建), back over name words (round 20's `_name_start`). Kinds stay
out by round 20's kind test (a count, class or status word, a sector alone, a generic name: 合作筹建产业技术研究院) and a
bracket or kind word in the stem (工业（产业）技术研究院, 综合性大学). A project found with the same span becomes an
organization; a name another rule found as an organization, whole or in part, is left as it is.

Counted on 200 random corpus reports (seed 2107) by eval/corpus_samples/orgL/round21/scan_raw.py (frame `found`) and
read on the dump (eval/corpus_samples/orgL/round21/README.md). No lexicon: the verbs and heads are a closed set.
"""

from __future__ import annotations

import re

from .patterns import _Found

VERB = r"(?:筹建|筹办|筹设|创办|申办)"
# the heads of a body that is founded (not 医院, 幼儿园, 中心: those are built — facilities, round 17c's business)
HEAD = r"(?:职业技术大学|职业技术学院|技师学院|大学|学院|学校|中学|研究院|研究所|科学院|银行|分行)"
AFTER_VERB = re.compile(rf"{VERB}了?(?:一所|一批)?([^，。；：！？、\s]{{2,40}}(?:、[^，。；：！？、\s]{{2,40}})*)")
ITEM = re.compile(rf"^(?:新的)?([\u4e00-\u9fffA-Za-z0-9（）()“”\"·]{{1,30}}?{HEAD})(?:的批复|工作|事宜|相关工作)?$")
BEFORE_VERB = re.compile(rf"{HEAD}(?=(?:获批|获准|正式|加快|积极|开始|启动)?{VERB}(?!设施|工程|项目))")
# a works, not a body: 筹建…大学新校区, …学院项目
WORKS_TAIL = re.compile(r"(?:新校区|校区|项目|工程|一期|二期|建设|大楼|分院区)")
# round 18b's KIND_STEM without its single letters (子 分 总 型 性 等 家: 河南电子科技大学, 高等职业技术学院 are names)
STEM_KIND = re.compile(r"上市|跨国|平台|担保|贷款|融资|资本|资产|合资|独资|外资|民营|国有|国资|市属|省属|县属|区属|央企|地方|"
                       r"大型|中小|小微|骨干|龙头|头部|企业|各|一批|多家|新增|[0-9０-９]|[一二三四五六七八九十两百千多][家个户类大批所]|"
                       r"^(?:国际|国内外|国内|境内外|海外|世界|全球|知名|著名|优质|重点)")
# a stem of field words only, with no level or place before it (合作筹建产业技术研究院); 市科学技术研究院 keeps its level
FIELD_ONLY = re.compile(r"^(?:产业|工业|技术|科技|科学|研发|创新|新型|综合|职业|技工|高等|应用|研究|工程|技能|实验)+$")
KIND_IN = re.compile(r"[（(](?:产业|工业|技术|集团|企业)[）)]|综合性|一流|高水平|新型|本科|特色|示范|民办|公办|高校|院所|以上|一批|若干|[0-9一二三四五六七八九十两多]+[所家个]")


def _split(items: str) -> list[tuple[int, str]]:
    """(offset, piece) of a list after the verb, split at 、 和 及 与 (offset into `items`)."""
    out = []
    pos = 0
    for part in re.split(r"(、|和|及|与)", items):
        if part in ("、", "和", "及", "与"):
            pos += len(part)
            continue
        out.append((pos, part))
        pos += len(part)
    return out


def _verb_first(piece: str) -> bool:
    """A later item that opens with a verb (创办镇江第一外国语学校、恢复崇实女子中学) is another clause, not the list."""
    from .stems import pos

    words = pos(piece)
    return bool(words) and words[0][1] in ("v", "vd", "vg")


def _keep(name: str, stem: str, head: str) -> bool:
    """Not a kind: STEM_KIND, round 20's status words at the stem's start, a generic or field-only stem."""
    from .api import _generic
    from .round17_orgs import qualified_kind
    from .round18b_orgs import LEAD_VERB
    from .round20_orgs import KIND_WORDS

    bare = re.sub(r"^(?:自治区|[省市县区州])", "", stem)
    if len(name) < 4 or len(bare) < 2 or KIND_IN.search(stem) or WORKS_TAIL.search(name) or STEM_KIND.search(stem):
        return False
    if KIND_WORDS.match(bare) or FIELD_ONLY.match(stem) or name in _generic() or qualified_kind(name) \
            or LEAD_VERB().match(name):
        return False  # 现代农业研究院, 产业技术研究院 (no level, no place: a kind)
    return True


def _add(out: list[_Found], found: list[_Found], s: int, e: int, name: str) -> list[_Found]:
    for i, f in enumerate(out):
        if f.start < e and s < f.end:
            if f.kind == "project" and f.end == e and f.start <= s:
                if out is found:
                    out = list(found)
                out[i] = _Found("organization", name, s, e, f.rank)  # 加快筹建北部湾大学医学院: a body, not a building
            return out  # a name another rule found, whole or in part
    if out is found:
        out = list(found)
    out.append(_Found("organization", name, s, e, 2))
    return out


def round21_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Schools, universities, institutes and banks being prepared, founded or applied for (see above)."""
    if "筹" not in text and "创办" not in text and "申办" not in text:
        return found  # the cheap test first: it is called for every sentence
    out = found
    for m in AFTER_VERB.finditer(text):
        base = m.start(1)
        items = m.group(1)
        for k, (off, piece) in enumerate(_split(items)):
            im = ITEM.match(piece)
            if im is None or (k and _verb_first(piece)):
                break  # the list goes on with something else (恢复崇实女子中学: another verb's object): stop there
            name = im.group(1)
            s = base + off + piece.index(name)
            e = s + len(name)
            head = re.search(rf"{HEAD}$", name).group(0)
            if WORKS_TAIL.match(text, e) or not _keep(name, name[: len(name) - len(head)], head):
                continue
            out = _add(out, found, s, e, name)
    for m in BEFORE_VERB.finditer(text):
        from .round20_orgs import _name_start

        s = _name_start(text, m.start())
        if s < 0 or s == m.start():
            continue
        name, stem = text[s:m.end()], text[s:m.start()]
        if not _keep(name, stem, m.group(0)):
            continue
        out = _add(out, found, s, m.end(), name)
    return out
