"""Round 15 (orgL): organizations named without a head word (华为, 中科院, 国开行, 宁德时代), read where they name one.

The names are a corpus-frequency lexicon (kg/data/entity_headless_organizations.txt, see its comment). A name is read as
an organization only as a whole list item (nothing but a separator, a list word or a context word at either end:
华为云, 比亚迪新能源汽车项目, 海螺沟 stay what they are) in an organization context of its clause:
  - a partner: after 与/同 (alone or in a list), before a word of agreement (与华为签署战略合作协议, 与中科院、北大开展合作);
  - brought in: after 引进/引入/招引/吸引 (引进京东方、宁德时代), not where the list is of projects (引进万达茂、京东物流等大型项目);
  - settling: before 落户/入驻/进驻/投资建设/在…投资 (华为落户, 阿里巴巴在我市投资), not after 等…项目;
  - a peer: next to a list item the other rules read as an organization (`_headless_peers`, run after them).
The lists before 等 + a kind of organization (百度、腾讯等知名企业) are read by the list rules (lists.py, `_add_item`).
"""

from __future__ import annotations

import re

from .lexicon import _lexicon
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
# the other items of the list the name stands in, between it and the context word (、北大, 、腾讯等知名企业)
BETWEEN = re.compile(r"(?:(?:、|和|及|以及|与)[^、，,；;。：:等和及与]{1,16})*(?:等[^，,；;。：:]{0,12})?")
# the cue that opens the list the name stands in: a partner's 与/同 or a verb of bringing in, then the items before it
LEFT_CUE = re.compile(r"(?:(?P<partner>与|同)|(?P<bring>引进|引入|招引|吸引|引来|招来))(?:[^、，,；;。：:与同]{1,16}?(?:、|和|及|以及))*$")
AGREE = re.compile(r"(?:正式|成功|先后|分别|相继|全面|深度|深入|进一步|积极)?(?:签订|签署|签约|达成|开展|建立|深化|合作|战略合作|共建|携手|对接|"
                   r"联合|共同|合资|组建|结成|洽谈|商谈|会谈|接洽)")
SETTLE = re.compile(rf"(?:成功|正式|先后|相继|纷纷|已|均)?(?:落户|入驻|进驻|投资建设|投资兴建|来[{HAN}]{{1,4}}投资|在[{HAN}]{{1,6}}投资|在[{HAN}]{{1,6}}(?:落户|设立|布局))")
# what the name may be followed by: a separator, a list word, a context word
RIGHT_EDGE = re.compile(r"[、，,；;。：:）)”]|和|及|以及|与|等|签|达成|开展|建立|深化|合作|战略合作|共建|携手|对接|联合|共同|落户|入驻|进驻|投资|在|来|"
                        r"正式|成功|先后|分别|相继|纷纷|已|均|$")
LEFT_EDGE = re.compile(r"(?:[、，,；;。：:（(“]|和|及|与|同|引进|引入|招引|吸引|引来|招来|^)$")
PROJECT_LIST = re.compile(r"项目|工程|基地|产业园|园区")


def _headless_orgs(s: _Sentence) -> None:
    lex = _lexicon()
    text = s.masked
    for m in lex.headless.finditer(text):
        a, b = m.start(), m.end()
        cs, ce = s.clause_of(a, b)
        if not LEFT_EDGE.search(text, max(cs, a - 2), a) and a != cs or not RIGHT_EDGE.match(text, b):
            continue  # 华为云, 海螺沟, 比亚迪新能源汽车项目: part of a longer name
        end = min(ce, b + 40)
        rest = BETWEEN.match(text, b, end).end()
        if PROJECT_LIST.search(text, b, rest + 4):
            continue  # 华为、世纪互联等项目, 引进万达茂、京东物流等大型项目: a list of projects (the official files list them so)
        cue = LEFT_CUE.search(text, cs, a)
        partner = bool(cue and cue.group("partner"))
        contexts = (AGREE, SETTLE) if partner else (SETTLE,)
        if cue and cue.group("bring") or any(BETWEEN.fullmatch(text, b, w.start()) or partner and FIELD.fullmatch(text, b, w.start())
                                             for c in contexts for w in c.finditer(text, b, end)):
            s.add("organization", a, b, 1)


# 与中联重科在数字水稻、智能农机方面的合作: the field of a partnership between the partner and the word of agreement
FIELD = re.compile(r"(?:(?:、|和|及|以及|与)[^、，,；;。：:等和及与]{1,16})*(?:等[^，,；;。：:在]{0,12})?在[^，,；;。：:]{1,24}?(?:方面|领域)的?")
SEPARATOR = re.compile(r"、|和|及")


def _headless_peers(s: _Sentence) -> None:
    """哈尔滨银行、葵花药业、圣明节能分别在港交所…上市; 与中科院、北交大、南开大学及百度等…建立: a name of the lexicon as a
    whole list item next to an item the other rules read as an organization is one too (run after them)."""
    lex = _lexicon()
    text = s.masked
    orgs = [(f.start, f.end) for f in s.found if f.kind == "organization"]
    if not orgs:
        return
    for m in lex.headless.finditer(text):
        a, b = m.start(), m.end()
        if (a, b) in orgs:
            continue
        cs, ce = s.clause_of(a, b)
        if not LEFT_EDGE.search(text, max(cs, a - 2), a) and a != cs or not RIGHT_EDGE.match(text, b):
            continue
        end = min(ce, b + 40)
        if PROJECT_LIST.search(text, b, BETWEEN.match(text, b, end).end() + 4):
            continue
        before = SEPARATOR.search(text, max(cs, a - 1), a)
        after = SEPARATOR.match(text, b)
        if before and any(e == before.start() for _, e in orgs) or after and any(st == after.end() for st, _ in orgs):
            s.add("organization", a, b, 1)
