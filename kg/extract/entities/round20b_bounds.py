"""Round 20b (projCA): a verb kept in front of an event's name (dev22's 接棒第四届省园博会).

Pattern (seed 2011, `eval/corpus_samples/entM/round20b_bounds/scan_events.py`): a found project that is an event (its last
word an event head: 运动会, 省运会, 博览会, 大会, …) opens with the verb that governs it, a verb jieba does not cut off:

- a host's verb (筹备, 筹办, 接棒, 争办, 申办, 承办, 举办, 办好, optionally with 好) -> the event without it
  (筹备好2013年锦州世界园林博览会 -> 2013年锦州世界园林博览会; 接棒第四届省园博会 -> 第四届省园博会): events hosted are projects;
- a competitor's verb (备战, 参战, 参赛) -> no project: the event is attended, not hosted (GUIDELINES.md: events attended
  are not projects; dev16 takes nothing of `积极备战参赛省23届运动会`).
"""
from __future__ import annotations

import re

from .lexicon import _lexicon
from .patterns import _Found

# the verbs read on the 200 of seed 2011 (names opening with a verb, `scan_verbs.py`); 承办, 举办 and 办好 are cut off by the
# sentence reader already and listed for names it leaves whole
_HOST = r"(?:筹备|筹办|接棒|争办|申办|承办|举办|办好)好?"
_ATTEND = r"(?:备战|参战|参赛)+"
_LEAD = re.compile(rf"^(?:(?P<attend>{_ATTEND})|(?P<host>{_HOST}))(?P<event>.+)$")
_EVENT_START = re.compile(r"^(?:第|首届|[0-9]{4}年?|[一二三四五六七八九十]+届|全国|全省|省|市|中国|世界|国际)")


def _event(name: str) -> bool:
    lex = _lexicon()
    m = lex.head_at_end.search(name)
    return bool(m) and lex.head_role.get(m.group(0)) == "event"


def round20b_bounds(found: list[_Found], text: str) -> list[_Found]:
    """接棒第四届省园博会 -> 第四届省园博会; 备战第十四届省运会 -> nothing (attended)."""
    out: list[_Found] = []
    for f in found:
        m = _LEAD.match(f.name) if f.kind == "project" else None
        if m is None or not _event(m.group("event")) or not _EVENT_START.match(m.group("event")):
            out.append(f)
            continue
        if m.group("attend"):
            continue  # 备战第十四届省运会: an event attended
        cut = m.start("event")
        at = f.start + cut if text.startswith(f.name, f.start) else f.start
        out.append(_Found("project", m.group("event"), at, f.end, f.rank))
    return out
