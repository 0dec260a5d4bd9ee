"""Round 20 (progBA, programs): the national ecological programmes named without a program word.

`重点实施京津风沙源治理二期、21世纪首水、再造三个塞罕坝、三北防护林、京冀水源林等生态工程` (dev21 承德), `完成“三北”防护林、公益林等
造林工程` (dev21 西宁), `继续组织实施京津风沙源治理、天然林保护和新一轮退耕还林等重点生态工程`, `推进京津风沙源治理、三北防护林建设、
太行山绿化工程`: the forestry and grassland key programmes of the state (`kg/data/round20_ecological_programs.txt`) are
programs (dev21 lists 三北防护林 and 京津风沙源治理二期 bare, dev18 退牧还草, the official national gold 三北工程攻坚战), but they
were read as nothing (天然林保护 is a generic works word of round 15b, for projects) or as projects (京津风沙源治理, 三北防护林:
a list item before `等…工程`). Counted on 200 random corpus reports (seed 2003, `eval/corpus_samples/entN/round20/scan_eco.py`
and `scan_named.py`): a programme of the list named in 12 reports, not found as a program in 10.

The name is the programme's (first words' quotes dropped: “三北”防护林 → 三北防护林), with a phase (二期) and 工程 or 体系建设
when they follow; `建设` alone after it is left out (三北防护林建设 → 三北防护林, as the gold writes 三北防护林 for
`三北防护林、京冀水源林等生态工程`). A project or nothing read over it gives way (a project that overlaps it is dropped).
Not: a programme that only qualifies what follows (天然林保护区, 退牧还草项目区, 天然林保护修复制度, 沿海防护林带).

The other items of the same `…等(重点)生态/造林/林业/绿化工程` list that came out as projects are programmes of the same
kind (京冀水源林, 21世纪首水 of dev21; 退桉提质 of 佛山 2018): with a programme of the list among them, they become programs
under the same name. Items found as nothing stay so (公益林, 立体绿化: generic kinds of work).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _lines
from .patterns import _Found
from .sentence import _Sentence


@cache
def _names() -> re.Pattern[str]:
    words = sorted(_lines("round20_ecological_programs.txt"), key=len, reverse=True)
    # “三北”防护林: the first words may be quoted; the name is matched with a quote allowed after any character
    alts = ["“?" + "”?".join(re.escape(c) for c in w) for w in words]
    return re.compile("(?:" + "|".join(alts) + ")”?")


GATE = re.compile(r"三北|天然林|风沙源|退牧|防护林|太行山|退耕还林")
# 退耕还林 (programs.txt) anchors an eco `等…工程` list as the programmes of the list do (推进退耕还林、退桉提质…等重点生态工程)
ANCHOR = re.compile(r"退耕还林")


def national_programme(name: str) -> bool:
    """京津风沙源治理工程, 三北防护林二期工程: a programme of the list with its phase and 工程 (no single works; round 17c's
    named-works rule leaves it a program)."""
    m = _names().match(name)
    return bool(m and PHASE.fullmatch(name, m.end()))
# what may follow the name: 修复 (天然林保护修复, the programme's later name), a phase (建设四期工程), 工程 or 体系建设 (kept), 建设 (left out), then an end of the name
PHASE = re.compile(r"(?:修复)?(?:建设(?=[一二三四五六七八九十]期))?(?:[一二三四五六七八九十]期)?(?:体系建设工程|体系建设|工程)?")
BUILD = re.compile(r"建设")
END = re.compile(r"[、，。；：,;和及与等“”（）()0-9一二三四五六七八九十]|$|项目(?!区)|任务|成果|成效|重点|面积|范围|战略|攻坚|工作|力度")
# 保护 right before the list that holds the name: the forest protected, not the programme
# (a verb's 保护, not the end of a name before it: 天然林保护修复、三北防护林六期)
PROTECTED = re.compile(r"(?:^|[，；：]|严格|切实|依法|全面|加强)保护好?(?:[^，。；：、和]{1,8}[、和])*$")
# the list that holds the name closes with a kind of forest (培育水源涵养林、沿海防护林等生态公益林): the forest itself
FOREST_CLASS = re.compile(r"(?:[、和][^，。；：、]{1,10})*等[^，。；：、]{0,4}林(?![业草])")
# a peer that is a kind of forest or of forestry work (红树林, 森林抚育, 生态公益林, 湿地保护, 防沙治沙: a short field before the kind) or two
# things joined is no programme
PEER_NOT = re.compile(r"^[\u4e00-\u9fff]{0,3}(?:林|抚育|保持|绿化|造林|育林|保护|治理|治沙|修复)$|公益林$|[和及与]")
# an eco `等…工程` list: the items before 等, the class of the works after it
ECO_LIST = re.compile(r"(?P<items>(?:[^，。；：、等]{2,16}、)+[^，。；：、等]{2,16})等(?:一批|[一二三四五六七八九十]大)?"
                      r"(?:国家|省级|重点|重大)*(?:生态|造林|营造林|林业|绿化|防护林)[^，。；：、等]{0,4}工程")


def _drop_projects(s: _Sentence, a: int, b: int) -> None:
    s.found[:] = [f for f in s.found if not (f.kind == "project" and f.start < b and a < f.end)]


def ecological_programmes(s: _Sentence) -> None:
    """Add the national ecological programmes of the list, and their peers of an eco `等…工程` list (see the module's doc)."""
    spans: list[tuple[int, int]] = []
    for m in _names().finditer(s.text):
        a, b = m.start(), m.end()
        if s.text[a] == "“" and s.text[b - 1] != "”" and "”" not in m.group(0):
            continue  # “天然林保护…” opening a longer quote: read by the quote rules
        if PROTECTED.search(s.text, max(0, a - 24), a):
            continue  # 严格保护红树林、珊瑚礁和沿海防护林: the forest itself
        if FOREST_CLASS.match(s.text, b):
            continue
        name = m.group(0).replace("“", "").replace("”", "")
        ph = PHASE.match(s.text, b)
        tail, end = ph.group(0), ph.end()
        if not tail:
            bd = BUILD.match(s.text, b)
            if bd:
                end = bd.end()
        if not tail.endswith(("期", "工程")) and not END.match(s.text, end):
            continue  # 天然林保护区, 天然林保护修复制度, 沿海防护林带: the name qualifies what follows
        if any(f.kind == "program" and f.start <= a and b <= f.end and len(f.name) > len(name) + len(tail)
               and "和" not in f.name and "、" not in f.name for f in s.found):
            spans.append((a, b))
            continue  # 新一轮退牧还草工程, 三北防护林工程建设: a longer program already read
        _drop_projects(s, a, end)
        s.found[:] = [f for f in s.found if not (f.kind == "program" and f.start < end and a < f.end
                                                 and ("和" in f.name or "、" in f.name))]
        s.found.append(_Found("program", name + tail, a, b + len(tail), 1))
        spans.append((a, b))
    spans += [(m.start(), m.end()) for m in ANCHOR.finditer(s.text)]
    if not spans or "等" not in s.text:
        return
    for lm in ECO_LIST.finditer(s.text):
        if not any(lm.start() <= a < lm.end("items") for a, _ in spans):
            continue
        for f in list(s.found):
            if f.kind == "project" and lm.start("items") <= f.start and f.end <= lm.end("items") \
                    and not any(f.start < b and a < f.end for a, b in spans) and not PEER_NOT.search(f.name):
                s.found.remove(f)
                s.found.append(_Found("program", f.name, f.start, f.end, 1))
