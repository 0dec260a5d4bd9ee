"""Round 27b (progLB, programs): a program read right before 试点 keeps 试点 in its name.

Shape: a program name written right before 试点 (`宅基地改革试点任务顺利完成`, `全国农村牧区集体产权制度改革整市推进试点率先
完成`, `推进林长制试点和生态廊道建设`, `实施沐光驭风行动试点`) was read without 试点 (宅基地改革, 林长制, 沐光驭风行动) when the
words after 试点 are not a clause's end the earlier passes know (任务, 率先, 初显成效, 和 …). The golds keep 试点: of the gold
program names whose text holds the name + 试点, 217 end in 试点 and 7 do not (dev3 ×3 `扩大…试点范围`, `…试点、…`; dev7 ×2 `试点
城市`, `试点县`; dev26 `…试点工作全面完成`; official `入选…试点`) (eval/corpus_samples/entN/round27b_progLB/README.md,
`gold_pilot_tails.txt`). Missed so far in dev16, dev18, dev21, dev23, dev25, dev26, dev27.
The pass: a program whose written span ends right before 试点 takes 试点 into its span and name, unless 试点 starts a longer
name or a place (试点城市, 试点县, 试点范围, 试点单位, 试点企业 …), the clause designates it (入选, 获批, 列入 …: an honour), or
another kind of entity covers the span. Corpus reach and judgement: see the study README.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

# 试点 starting a longer noun: the pilot's place, unit, scope or list (试点城市, 试点县, 试点范围, 试点单位, 试点企业, 试点示范)
PILOT_NOUN_AFTER = re.compile(r"试点(?:城市|城|县|区|市|镇|乡|村|省|州|旗|单位|企业|学校|医院|园|地区|地|示范|项目|范围|基地|名单|"
                              r"街道|社区|行业|领域|机构|银行|平台|窗口|站|户|家|校|院|所|集团|公司|人口|人数)")
# a designation before the name: the pilot is an honour there (入选全国城市一刻钟便民生活圈试点)
DESIGNATED = re.compile(r"(?:入选|获批|列入|列为|纳入|确定为|确定|成为|获得|获评|被评为|争取|申报|申请|创建|争创|批准)[^，。；]{0,20}$")

# a count right before a quoted label: pilot sites counted, not one program (抓好25个“好社区”试点建设)
COUNTED_BEFORE = re.compile(r"[0-9一二三四五六七八九十百千万]+[个家处批]$")


def pilot_tails(s: _Sentence) -> None:
    """A program read right before 试点 takes 试点 (see the module's doc)."""
    for i, f in enumerate(list(s.found)):
        if f.kind != "program" or f.name.endswith("试点") or s.text[f.end:f.end + 2] != "试点":
            continue
        if PILOT_NOUN_AFTER.match(s.text, f.end):
            continue
        if not s.text[f.start:f.end].replace("“", "").replace("”", "").endswith(f.name[-2:]):
            continue  # the name is not the text it stands on
        if s.text[:f.start].endswith("扩大"):
            continue  # 扩大X试点: widening the pilot of X (the national 2017 gold and round 4's tests: 公立医院综合改革)
        if s.text[f.start] == "“" and COUNTED_BEFORE.search(s.text, 0, f.start):
            continue  # 抓好25个“好社区”试点建设: counted pilot sites of a quoted label (round 24b)
        clause_start = max(s.text.rfind(c, 0, f.start) for c in "，。；：") + 1
        if DESIGNATED.search(s.text[clause_start:f.start]):
            continue
        b = f.end + 2
        if any(g.kind != "program" and g.start < b and f.start < g.end for g in s.found):
            continue
        if any(g.kind == "program" and g is not f and g.start < b and f.end < g.end for g in s.found):
            continue  # another program reads the words after
        s.found[i] = _Found(f.kind, f.name + "试点", f.start, b, f.rank)
