"""Round 22 (orgFB, organizations): companies by their short name in a 、 list closed by 等(N家)…企业/集团, beside a
company the list already names.

Round 19c (round19c_orgs) reads such a list (`柳工、玉柴等龙头企业`) only when every item passes its `short_name` test — a
coined name (two single characters jieba cannot join, a rare word in a name of two words, a proper noun). A trading name
that is one dictionary word fails it (浪潮, 燎原, 骑士, 国药, 信义, 建业, 农垦, 远大, 本钢), as does a holding named by
its trade (机电控股), so a list that mixes such a word with a coined name or a found company is read only in part or not at
all: `华为、浪潮、阿里、腾讯等27家龙头企业入驻`, `扶持壮大小尾羊、鹿王、骑士等原有龙头企业`, `加强与建业、中信、华强等企业合作`,
`万达、国药、蓝润、香港明发等知名企业入驻`, `将机电控股、化医控股等20个市属国有集团整合为9个`.

Now, in the same frame (round 19c's TAIL, modifier, lead-word and to-be tests), a list of two items or more in which one
item at least is a certain company — found already as an organization with a company's head, a name of
kg/data/entity_headless_organizations.txt or a short name, or a short name itself — gives its other items as organizations
when every one of them is a short name or a *brand word*: one dictionary word of 2-4 characters that jieba tags as a noun,
name, abbreviation or distinguishing word (a verb only when rare: 飞腾), that is no everyday word (common_word), no place,
no sector (kg/data/entity_sectors.txt), no generic word; or a word and 控股/股份 (机电控股). Counted on 200 random corpus
reports (seed 2206, eval/corpus_samples/orgL/round22_orgFB/scan_a1.py): see the notes' README.
A lone item is left alone (电镀等工业企业, 焦化等企业: a trade, not a company), as is a list with any other item (钢铁、有色、
装备制造、电力等企业; 沈鼓、燃气、副食、物资…等企业: 物资 is an everyday word, the list is read as sectors).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round17b_orgs import PEER_NOT
from .round19c_orgs import (
    HEADED,
    LAST_CLAUSE_START,
    LEAD,
    MOD_NOT,
    NOT_NAME,
    TAIL,
    TO_BE,
    _lead_end,
    short_name,
)
from .stems import _places, common_word, pos, rare_word

HAN = "\u4e00-\u9fff"
# jieba tags of a one-word trading name (浪潮/n, 远大/b, 旺旺/a, 中联/ns is left out: jieba's places)
BRAND_TAGS = ("n", "nz", "nr", "nrt", "nt", "j", "b", "a")
# a holding named by its trade (机电控股, 化医控股)
HOLDING = re.compile(rf"(?P<stem>[{HAN}]{{2,4}})(?:控股|股份)")
# companies owned by a level of government or the state (等20个市属国有集团): round 19c's MOD_NOT reads 市/国 as 等市/等国
OWNED = re.compile(r"^(?:[市省县区州]属)?(?:国有)?")


def _placed(name: str) -> bool:
    """A found company named by its place and a name (抚顺新钢铁): a certain company beside the brand words."""
    return len(name) >= 4 and any(name[:k] in _places() for k in range(2, min(len(name) - 1, 6)))


def brand_word(name: str) -> bool:
    """One dictionary word that may be a trading name in a list of companies (see the module's docstring)."""
    from .api import _generic, _sectors

    if not re.fullmatch(rf"[{HAN}]{{2,6}}", name) or NOT_NAME.search(name) or PEER_NOT.search(name) \
            or name in _places() or name in _sectors() or name in _generic():
        return False
    m = HOLDING.fullmatch(name)
    if m:
        stem = m.group("stem")
        return stem not in _places() and pos(stem)[0][1] not in ("d", "p", "c", "m", "r", "f")  # 联想/v 控股
    if len(name) > 4 or common_word(name):
        return False
    words = pos(name)
    if len(words) != 1:
        return False
    tag = words[0][1]
    return tag in BRAND_TAGS or tag == "v" and rare_word(name)


def round22_companies(found: list[_Found], text: str) -> list[_Found]:
    """Brand words and holdings beside a certain company in a list closed by 等…企业 (see above)."""
    if "、" not in text or ("企" not in text and "公司" not in text and "集团" not in text and "巨头" not in text):
        return found  # the cheap test first: it is called for every sentence
    from .lexicon import _lexicon

    headless = _lexicon().headless_names
    out = found
    for m in TAIL.finditer(text):
        mod = m.group("mod") if m.group("mod") is not None else m.group("mod2")
        if MOD_NOT.search(OWNED.sub("", mod or "")):
            continue
        end = m.start()
        start = LAST_CLAUSE_START.match(text, 0, end)
        cs = start.end() if start else 0
        if cs > 0 and text[cs - 1] == "“" and end > cs and text[end - 1:end] != "”":
            continue  # the list starts inside a quote: a title, not companies
        span = text[cs:end]
        if "、" not in span or TO_BE.search(span):
            continue
        at = _lead_end(span)
        lead = LEAD.match(span)
        cut = at > (lead.end() if lead else 0)  # jieba's verbs or adverbs were cut too (共享 of 共享铸钢)
        if span.startswith(("将", "把"), at):
            at += 1  # 将机电控股、化医控股等…整合为9个: the object's mark, no part of the first name
        items, p = [], cs + at
        for part in span[at:].split("、"):
            items.append((p, p + len(part), part))
            p += len(part) + 1
        if len(items) < 2:
            continue
        over = [f for f in out if f.start < items[-1][1] and items[0][0] < f.end]
        if any(f.kind != "organization" or not any(f.end == e and f.start >= s for s, e, _ in items) for f in over):
            continue  # read already as something else (a project, a name across items)
        certain, rest, short = 0, [], []
        for s, e, name in items:
            covered = [f for f in over if s <= f.start and f.end <= e]
            if covered:
                if any(short_name(f.name) or HEADED.search(f.name) or f.name in headless or _placed(f.name)
                       for f in covered):
                    certain += 1
            elif short_name(name):
                certain += 1
                if not any(f in ("v", "vn") and len(w) >= 2 and common_word(w) for w, f in pos(name)):
                    short.append((s, e, name))  # left by round 19c when another item was no short name
                # (基本完成省建总: a clause's everyday verb is left in it, the lead was not cut — not added)
            else:
                rest.append((s, e, name))
        if not certain or not rest or not all(brand_word(name) for _, _, name in rest):
            continue
        if cut and rest[0][0] == items[0][0]:
            continue  # 支持共享铸钢、巨能机器人等: a word jieba tags as a verb was cut off the first item, it may be its name's
        if out is found:
            out = list(found)
        for s, e, name in sorted(rest + short):
            out.append(_Found("organization", name, s, e, 0))
    return out
