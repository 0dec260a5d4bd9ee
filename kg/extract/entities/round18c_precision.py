"""Round 18c (progX, programs): experiences read as programs (学习先进城市经验, 复制推广自贸区改革创新经验).

A name ending in 经验 was a program whatever stood before it: the experience a report learns from elsewhere (学习借鉴国内外
先进城市经验, 复制推广国家和省自贸区改革创新经验: dev19 常德's invention 自贸区改革创新经验), the lesson of a piece of work
praised or spread (农业社会化服务经验全省推广, 棚改征收经验在全省推广), a clause cut at the noun (善于总结新经验, 改革中因
缺乏经验, 要深刻总结望奎这一轮疫情防控经验). The gold files list an experience only under its own name, written in quotes as
one name (official 浦江经验 and 新时代枫桥经验, dev17 戴庄经验, dev19 塘约经验), and list the program of `“千万工程”经验`
(dev11 太原, dev15 西安/铜仁: 千万工程) and of `三明医改经验` (dev11 三明: 三明医改) without 经验; dev18's 滨州 lists
农村废旧房屋残垣断壁清零行动, which the extractor gave as …行动经验. Round 14c (programs.py (g)) already dropped experiences
of `…工作/建设/治理/管理/改造/整治/修复` work; these are the others.

Counted on 200 random corpus reports (seed 1819, eval/corpus_samples/entN/round18c_precision/scan_experience.py): a program
ending in 经验 in 95 reports; not a quoted name of its own (`“X经验”`) nor the lexicon's 枫桥经验 in 36 reports (52 finds).

Now, for a program ending in 经验 (not 工作经验, left to round 14c):
- 经验 inside the quotes of the name (“戴庄经验”, 新时代“枫桥经验”) or a lexicon name: kept as it is;
- the name before 经验 is in quotes of its own (“千万工程”经验, “兵支书”经验, “互联网+城乡供水”经验): that quoted name
  (dev18: a headless quoted name drops the words around its quotes);
- a program head just before 经验 (三明医改经验, 河（湖）长制经验, …清零行动经验): the program without 经验;
- anything else: no program.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

# the heads of a program whose experience is spread: 千万工程经验, 三明医改经验, 河（湖）长制经验, …清零行动经验, 蓝天保卫战经验
PROGRAM_BEFORE_EXPERIENCE = re.compile(r"(?:工程|改革|医改|计划|行动|长制|责任制|试点|战略|攻坚战|保卫战)$")
QUOTED_BEFORE = re.compile(r"“([^“”]{2,16})”(?:\[\d{1,3}\])?$")  # “千万工程”[10]经验: a footnote mark


def experiences(s: _Sentence, lexicon_names) -> None:
    """Narrow or drop programs ending in 经验 (see the module's doc); `lexicon_names` is the programs lexicon's regex."""
    changed: list[_Found] = []
    new: set[int] = set()
    for i, f in enumerate(s.found):
        if f.kind != "program" or not f.name.endswith("经验") or f.name.endswith("工作经验"):
            continue
        raw = s.text[f.start:f.end]
        cut = raw.rfind("经验")
        if cut < 0:
            continue
        before, after = raw[:cut].rstrip(), s.text[f.start + cut + 2:f.start + cut + 3]
        named = lexicon_names.search(f.name)
        if after == "”" and before.count("“") > before.count("”") or named and named.end() == len(f.name):
            continue  # “戴庄经验”, 新时代“枫桥经验”, 坚持和发展新时代枫桥经验: a named experience
        stem = f.name[:-2].rstrip()
        quoted = QUOTED_BEFORE.search(before)
        if PROGRAM_BEFORE_EXPERIENCE.search(stem) and len(stem) >= 4:
            # 三明医改经验, “千万工程”经验, 农村废旧房屋残垣断壁“清零行动”经验 (dev18 keeps the qualifier of a headed quote)
            s.found[i] = _Found(f.kind, stem, f.start, f.start + (quoted.end() if quoted else cut), f.rank)
        elif quoted:
            q = quoted.group(1)  # “兵支书”经验, 职业教育“普职互通”经验: the quoted name alone
            s.found[i] = _Found(f.kind, q, f.start + quoted.start() + 1, f.start + quoted.start() + 1 + len(q), f.rank)
        else:
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        changed.append(f)
        new.add(id(s.found[i]))
    if not changed:
        return
    # what the experience beat in _Sentence.result goes with it (自贸区改革 of 自贸区改革创新经验, the organization 蒲县道德银行
    # of 蒲县“道德银行”经验), so a narrowed or dropped name brings back nothing it hid
    s.found = [g for g in s.found if g.kind != "dropped" and (id(g) in new or not any(_loses_to(g, d) for d in changed))]


def _loses_to(g: _Found, d: _Found) -> bool:
    overlap = g.start < d.end and d.start < g.end and (g.start, g.end) != (d.start, d.end)
    return overlap and (g.rank, -(g.end - g.start), g.start) > (d.rank, -(d.end - d.start), d.start)
