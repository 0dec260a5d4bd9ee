"""Round 20 (projBA): the second of two named works joined by 和/及/以及, lost after the first.

Pattern (corpus seed 2001, `eval/corpus_samples/entM/round20_lists/scan_shapes.py`, shape D): a project is found and the
text goes on with 和/及/以及 and a second named works in the same frame, which is not found:

- 加快国际航空货运集散中心和江淮联运中心建设 -> 江淮联运中心; 凤凰谷生态园区和御道口滑雪场开工建设 -> 御道口滑雪场;
  加快京津风沙源治理工程和山区造林工程建设 -> 山区造林工程.

The second is read the way the first was: the sentence is analysed again with `FIRST和` taken out, so the second stands
where the first stood, in the same frame; a project found there, starting where the first started and inside the clause,
is the second item. Nothing new is invented: the frame and the name rules that found the first decide the second.

Left alone:
- an attachment or a part of the first (配套, 接线, 管网, 站前, 码头, …: `round19c_bounds._ATTACHED` and a few more),
  a counted or bare class (各, 其, 一批, 20个…);
- 和 that jieba does not read as a word of its own (颐和路, 人和);
- a second already found (or inside a found name).
"""
from __future__ import annotations

import re

from ..tokens import pos
from .heads import _conjunction_at
from .lexicon import _lexicon
from .patterns import _Found
from .round19c_bounds import _ATTACHED

_CONN = re.compile(r"以及|及|和")
# parts of the first works that 及/和 may add (one works with it; the official and dev gold keep 三门湾大桥及接线 whole)
# beyond round 19c's list: networks, outgoing lines, ancillary rooms, sidings (read on seed 2001's 200)
_PART = re.compile(r"(?:管网|管线|输水|输电|码头|航道|泊位|设施|设备|厂房|站房|放射线|南延|北延|东延|西延|延伸|二期|三期|"
                   r"研发中心|集散中心|仓储|附属|续建|新建|在建|重点|重大)")
# a second led by a level or rank is a designation or a class (国家级“双创”示范基地, 省高水平医院: dev16, dev18 inventions)
_LEVEL = re.compile(r"(?:国家|全国|省|市|县|区)级?|全省|全市")
_CLAUSE_END = re.compile(r"[，。；：！？,;:]")
# what may follow the second's head: the clause's end, the next item, a building or opening verb, 等 (never more name)
_NAME_END = re.compile(r"(?:$|[，。；：！？,;:、）)]|[0-9一二三四五六七八九十两]+大|等|建设|的|和|及|以及|开工|建成|完工|竣工|投入|投产|投用|挂牌|运营|运行|开通|"
                       r"通车|前期|规划|同步|相继|顺利|正式|先后|陆续|已|将|均|也|分别|主体|全面|加快|基本|启动|落成|落户)")
# inside one name there is no list mark, count or 等 before its head
_INNER = re.compile(r"[、，。；等和及]|[0-9一二三四五六七八九十两几多百千万]+[个座条所家项处批大]")
# a proper name in the second's modifier (jieba's tags: place ns, person or trading name nr, other proper noun nz,
# abbreviation j: 江淮, 雁滩, 沙特, 山海关), or Latin letters: a class of facilities has none (a capacity, 30万吨级原油码头,
# is no name: its owner is written once, before the first item, and the list walkers carry it)
# (寄宿制学校, 县级融媒体中心, 风电基地, 支线机场, 物流配送中心: 16 of 32 changed lines of a first version, seed 2001)
_PROPER_TAGS = frozenset(("ns", "nr", "nz", "j", "nrt"))
_CLASS_PLACE = frozenset(("城市", "中国", "全国", "国家", "全市", "全省", "本市"))


def _second(text: str, s2: int, end: int) -> str | None:
    """The named works that starts at s2 and ends in a place or facility head before a name's end, or None."""
    lex = _lexicon()
    for m in lex.heads.finditer(text, s2, end):
        if lex.head_role[m.group(0)] not in ("place", "facility"):
            continue
        name = text[s2:m.end()]
        if _INNER.search(name):
            return None  # another item or a count starts before the head: not one name
        if m.start() - s2 < 2 or not _NAME_END.match(text, m.end()) or (m.end() < end and lex.heads.match(text, m.end())):
            continue  # a bare head, or the name runs on (市中医院病房楼)
        modifier = name[:m.start() - s2]
        if re.search(r"[A-Za-z]", modifier) or any(
                tag in _PROPER_TAGS and word not in _CLASS_PLACE for word, tag in pos(modifier)):
            return name
        return None
    return None


def round20_lists(found: list[_Found], text: str) -> list[_Found]:
    """国际航空货运集散中心和江淮联运中心 -> 江淮联运中心 too (the second works of a pair, lost after the first)."""
    if "和" not in text and "及" not in text:
        return found
    projects = [f for f in found if f.kind == "project"]
    if not projects:
        return found
    names = {(f.kind, f.name) for f in found}
    out = list(found)
    for f in projects:
        if not text.startswith(f.name, f.start):
            continue
        m = _CONN.match(text, f.end)
        if not m:
            continue
        s2 = m.end()
        if any(g.start <= s2 < g.end or g.start <= f.end < g.end for g in found if g is not f):
            continue  # the second is found already (as any kind), or the pair is one found name
        if _ATTACHED.match(text, s2) or _PART.match(text, s2) or _LEVEL.match(text, s2):
            continue  # 三湾水利枢纽及输水工程, 如意坊隧道及放射线: a part of the first; 省高水平医院: a rank
        if m.group(0) == "和" and not _conjunction_at(text, f.end, len(text)):
            continue  # 颐和路: 和 inside a word (perf: the jieba cut after the cheap tests)
        end = _CLAUSE_END.search(text, s2)
        name = _second(text, s2, end.start() if end else len(text))
        if name and ("project", name) not in names and not any(
                g.kind == "project" and g.name.endswith(name) for g in found):  # 天津港…和30万吨级原油码头: completed already
            names.add(("project", name))
            out.append(_Found("project", name, s2, s2 + len(name), f.rank))
    return out
