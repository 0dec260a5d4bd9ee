"""Round 17d (orgS, organizations): a named university, bank, group or institute of a list whose peer is an organization.

In a list of institutions (与湖南大学、上海大学、同济大学等合作建设研发平台; 支持深圳大学、南方科技大学、香港中文大学（深圳）…
建设高水平大学; 中信银行、交通银行在茂名设立分支机构; 国金投资集团、建工控股集团、农投集团完成重组), an item ending in a
strict institution head (大学 银行 集团 研究院) was left out when its stem is a common word (南方科技, 交通, 建工, 进出口) or the
clause continues after it (同济大学等合作). When another item of the same list (the same clause, items joined by 、) is an
organization, the item is its peer and an organization too. Kinds stay out: the generic lexicon (村镇银行), qualified kinds
(round 17's ``qualified_kind``: 各类商业银行), kind words before the head (商业 股份制 政策性 外资 …, ``PEER_KIND``), counts
(5大传媒集团) and bare heads. Counted on seed 1731 by eval/corpus_samples/orgL/round17d/scan_headed_peer.py.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .stems import pos

CLAUSE = re.compile(r"[^，。；：！？\n]+")
STRICT_HEAD = re.compile(r"(?:大学|银行|集团|研究院)$")
# the item ends where the list's closing or the clause's verb starts (同济大学等合作…, 交通银行在茂名设立…)
ITEM_END = re.compile(r"(?:等|在|分别|开展|建设|的|共建|完成|入选|挂牌|实现).*$")
# words that make a kind of bank, university or group, not one (商业银行, 股份制银行, 政策性银行, 技能型大学, 企业集团)
PEER_KIND = re.compile(r"商业|股份制|政策性|外资|中资|村镇|农村|地方|城市|民营|国有|中小|跨国|企业|型|类|高水平|一流|"
                       r"[0-9一二三四五六七八九十几多]+[大家所个]|各|有关|相关|新组建|组建|成立")
# a clause that starts with a verb or an adverb (新增 积极 修缮 建强) names no institution
VERB_START = frozenset(("v", "ad", "d"))
LEAD = re.compile(r"^(?:分别)?(?:与|对|支持|推进|推动|促成|引进|吸引|依托|加快|建成|发挥)+")


def _item_name(item: str, first: bool) -> str:
    """The item's name: the clause's lead verb (first item only) and what follows the name (等…, 在…) cut off."""
    item = item.strip()
    return ITEM_END.sub("", LEAD.sub("", item) if first else item)


def round17d_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Peers of a found organization in its 、-list that carry a strict institution head (see above)."""
    if "、" not in text:  # the cheap test first: it is called for every sentence
        return found
    orgs = [f for f in found if f.kind == "organization"]
    if not orgs:
        return found
    from .api import _generic
    from .round17_orgs import qualified_kind

    have = {f.name for f in found}
    out = list(found)
    for m in CLAUSE.finditer(text):
        clause = m.group(0)
        if "、" not in clause:
            continue
        a, b = m.start(), m.end()
        if not any(a <= f.start < b for f in orgs):
            continue
        cur = a
        for item in clause.split("、"):
            start = cur
            cur += len(item) + 1
            name = _item_name(item, start == a)
            if len(name) < 4 or name in have or not STRICT_HEAD.search(name) or any(
                    name in h or h in name for h in have if len(h) >= 3):
                continue
            if name in _generic() or qualified_kind(name) or PEER_KIND.search(name[:-2]) or "了" in name \
                    or pos(name)[0][1] in VERB_START:
                continue  # 新增银行, 积极引进银行, 修缮了市老年大学, 建强食品科学研究院: a verb of the clause, no name
            at = text.find(name, start, cur)
            if at < 0:
                continue
            out.append(_Found("organization", name, at, at + len(name), orgs[0].rank))
            have.add(name)
    return out
