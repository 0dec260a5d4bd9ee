"""Round 27 (orgKA, organizations): a short company name listed beside a found company is a company too.

Round 19c's fix 2 reads the headless peers of a found company only in a list counted as companies (…等企业, N家企业). The
reports list companies by their short names just as often with no such tail, as the subject or object of what companies
do: `柳工、东风柳汽、五菱有限公司突破200亿元`, `亚洲基础设施投资银行、丝路基金落户北京`, `恒瑞、天晴、康缘位居中国创新力
药企前三甲` (dev17), `电力、重钢、机电控股和商社集团销售收入超过100亿元` (dev21), `与中国卫星、国药集团和香港中航科技等合作`
(dev18). The peer found with a company's head (集团 公司 股份 控股 银行 厂, a trade word: 药业 科技 重工 …) or as a name of
kg/data/entity_headless_organizations.txt tells what the list holds.

Now, in a clause split at 、 (the first item after round 19c's lead words; the last cut at 等, or split at 和/及 and the
item after it cut before jieba's first verb, adverb, preposition or conjunction: 丝路基金落户北京 → 丝路基金),
when one item is exactly an organization found with a company's head or a known headless name, every other item that is
round 19c's short_name (2-8 Han characters, no place, sector or everyday word, a sign of a trading name) and overlaps no
find becomes an organization. Not when the list is counted as projects (…等一批…项目: the golds list such items as
projects, dev15 dev29), nor when the found peer is the last item, joined by 和/及 and ending in 集团/公司/控股, which the bare
items share (组建铁投、国投和长三角创投集团: the dev6 gold lists 铁投集团, 国投集团).
Closed grammatical sets in the code, no lexicon. Counted on 200 random corpus reports (seed 2771):
eval/corpus_samples/orgL/round27_orgKA/README.md.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18b_orgs import ACTION, ADVERB, HEAD, _kind
from .round19c_orgs import _lead_end, short_name
from .round26_orgs import MEASURE, PREDICATE

# a clause: the text between marks that end a clause or open a quote or a bracket
CLAUSE = re.compile(r"[^，,。；;：:！？!?（）()《》“”\s]+")
# the list's end: 等, or 和/及 before its last item
LAST_END = re.compile(r"等|以及|和|及")
# the last item of a list that opens a clause, before what a company does, is given or ranks (round 18b's ACTION, round
# 26's PREDICATE and MEASURE; 上榜 入选 in ACTION)
SUBJECT_END = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z0-9]{{2,8}}?){ADVERB}(?:{ACTION}|{PREDICATE}|{MEASURE})")
# a list counted as projects (…等一批高新科技产业项目, …等5亿元以上项目68个): its items are projects named after companies
PROJECT_TAIL = re.compile(r"等[^，,。；;：:、]{0,16}?项目")
# the last item joined by 和/及 and ending in a company's head, which the bare items before it share (铁投、国投和长三角创投集团)
SHARED_HEAD = re.compile(r"(?:集团|公司|控股)$")
JOINED = re.compile(r"和|及|以及|与")
# an item that is no company: a product by its brand (高黎贡山牌普洱茶), a government office or a kind of body (省直厅局,
# 市搬迁安置局, 资金互助社, 城区医疗联合体), a quality (一汽吉林战略性重组: 战略性), words joined (辽宁两省和中石油)
ITEM_NOT = re.compile(r"牌|[局厅委办署社体性]$|[和与的]")


def _ends_in_verb(part: str) -> bool:
    """jieba reads the part's last word as a verb (…、丝路基金落户): a predicate follows the name."""
    from .stems import pos

    words = pos(part)
    return bool(words) and words[-1][1].startswith("v")


def _company(name: str, headless: frozenset[str]) -> bool:
    """A found name with a company's head that is no kind (round 18b's _kind: 央企集团, 村镇银行 are kinds), or a known
    headless company name (kg/data/entity_headless_organizations.txt)."""
    return name in headless or bool(HEAD.search(name)) and not _kind(name)


def round27_peers(found: list[_Found], text: str) -> list[_Found]:
    """Short names listed beside a found company become organizations (see above)."""
    if "、" not in text or not any(f.kind == "organization" for f in found):
        return found  # the cheap test first: it is called for every sentence
    from .lexicon import _lexicon

    headless = _lexicon().headless_names
    out = found
    for c in CLAUSE.finditer(text):
        span = c.group(0)
        if "、" not in span:
            continue
        parts = span.split("、")
        at = _lead_end(parts[0])
        items, p = [], c.start() + at
        for k, part in enumerate(parts):
            if k == 0:
                part = part[at:]
            m = LAST_END.search(part)
            if k == len(parts) - 1 or m:  # the list ends at its last item, or where 等/和/及 closes it
                if m and m.group(0) != "等":  # 高投司和航旅集团负责的…: the item after 和 closes the list
                    items.append((p, p + m.start(), part[:m.start()]))
                    p += m.end()
                    part = part[m.end():]
                    m = LAST_END.search(part)
                if m and m.group(0) == "等":
                    items.append((p, p + m.start(), part[:m.start()]))
                elif k == len(parts) - 1 and (m := SUBJECT_END.match(part)):
                    items.append((p, p + m.end("name"), m.group("name")))  # 北燃公司、浩业化工进入…500强: the list opens
                    # the clause and a company's predicate of round 18b or round 26 follows its last item
                elif k == len(parts) - 1 and (c.end() == len(text) or text[c.end()] in "，,。；;：:！？!?") \
                        and not _ends_in_verb(part):
                    items.append((p, p + len(part), part))  # the clause ends with the item (…、浩业化工。), no predicate
                break  # an item that runs into another predicate is not cut by guess; nor is a list read on past 等
            items.append((p, p + len(part), part))
            p += len(part) + 1
        peers = [f for f in out if f.kind == "organization" and any(f.start == s and f.end == e for s, e, _ in items)
                 and _company(f.name, headless)]
        if not peers or PROJECT_TAIL.match(text, items[-1][1]):
            continue  # 推动商汤集团、恩蕊科技、硅谷数模…等一批高新科技产业项目实施: projects named after companies
        if len(items) >= 2 and SHARED_HEAD.search(items[-1][2]) and JOINED.match(text, items[-2][1]) \
                and any(f.start == items[-1][0] and f.end == items[-1][1] for f in peers):
            continue  # 组建铁投、国投和长三角创投集团: the items share the last one's head (铁投集团), no name of their own
        for s, e, name in items:
            if not name or ITEM_NOT.search(name) or any(f.start < e and s < f.end for f in out) or not short_name(name):
                continue
            if out is found:
                out = list(found)
            out.append(_Found("organization", name, s, e, 0))
    return out
