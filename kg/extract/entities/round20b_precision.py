"""Round 20b (progCC, programs): reforms named only by their weight or number — 标志性改革, 牵引性系统性改革, 几项重大改革,
重要领域改革, 小切口专项改革, 共抓重大改革, 省定试点改革 — are no program.

Such a name says how weighty or how many the reforms are, never which (GUIDELINES.md: a program is a named policy, reform,
campaign …; dev21 and dev22 list them among "generic or vague reforms"). On 200 random corpus reports (seed 2016,
eval/corpus_samples/entN/round20b_precision/scan_generic.py) programs made only of such words before 改革 or 改革试点 were
found 20 times in 16 reports (推动标志性改革举措落地见效 in five provinces' and cities' 2025/2026 reports alone); no gold
file lists one. The words are `kg/data/round20b_generic_reforms.txt` (with how they were chosen); a name made only of them,
with 、和与及 between, before 改革 or 改革试点 is dropped together with the finds it overlapped and beat (重大改革 inside
战略性重大改革), as round 20's not_programs does. Field words (农村改革, 教育综合改革, 综合配套改革, 结构性改革) are not listed and stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines
from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _Sentence


@lru_cache(maxsize=1)
def _generic_reform() -> re.Pattern[str]:
    words = _alt(_lines("round20b_generic_reforms.txt"))
    return re.compile(rf"{words}(?:[、和与及]?{words})*改革(?:试点)?")


def generic_reforms(s: _Sentence) -> None:
    """Drop programs named only by words of weight or number before 改革 (see the module's doc)."""
    generic = _generic_reform()
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and f.name.endswith(("改革", "改革试点")) and generic.fullmatch(f.name):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]


# ---- fix 2: program names read from inside a designation -----------------------------------------------------------
# 创建“四好农村路”全国示范县, 争创法治政府建设示范市, 一刻钟便民生活圈试点城市, “一村一品”示范村, 国家循环经济试点市验收合格:
# the title a place or unit is given (or strives for) holds a program's name, and the name alone was read as a program
# (四好农村路, 法治政府建设, 一刻钟便民生活圈), or the name with the title cut before its unit (国家循环经济试点 of
# 国家循环经济试点市). The gold files list none of these from a title (dev2, dev5, dev6, dev12, dev15, dev19 have
# “四好农村路”示范县/示范市, dev7 and dev5 国家公交都市建设示范城市, dev7 “互联网+医疗健康”示范区, dev9 and dev12 一村一品
# 示范村镇, none listed; dev22's README counts 全国低丘缓坡地开发利用试点 of …试点单位 among the inventions). On 200 random
# corpus reports (seed 2016, eval/corpus_samples/entN/round20b_precision/scan_titles.py) such finds were in 59 reports.
# A reform before a title (全国农村宅基地制度改革试点城市, 国家服务业综合改革试点城市建设, 公立医院综合改革国家示范城市) is
# left alone: the gold keeps some reform pilots (dev21 国家级旅游综合改革试点), the convention is mixed. A verb between name
# and title (“百村示范、千村整治”工程创建省级示范村237个: the program made the villages) is no title (a fresh check of 100
# other reports, seed 20161).
# Companies in a program's pilot are no title (“营改增”试点企业达34万户: the program runs through them; dev3 keeps 营改增
# there), so 企业 after a whole name is left alone; a name cut before it (培育循环经济试点 of …试点企业) is still dropped.
TITLE_AFTER = re.compile(r"”?(?:建设)?(?:国家级|省级|市级|自治区级|全国|国家|全省|省)?(?:综合)?"
                         r"(?:示范|试点|先进|模范|标杆|样板)(?:城市|市|县|区|基地|园区|镇|村|单位|城|县区|州|乡镇|省)(?![场域])")
UNIT_AFTER = re.compile(r"”?(?:城市|市|县|区|单位|企业|镇|村|园区|基地|县区|地区|省|乡镇)(?![场域])")
TITLE_GATE = re.compile(r"(?:示范|试点|先进|模范|标杆|样板)")


def title_names(s: _Sentence) -> None:
    """Drop programs read from inside the title of a place or unit (see the comment above)."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind != "program":
            continue
        if f.name.endswith(("试点", "示范")):
            inside = "改革" not in f.name and UNIT_AFTER.match(s.text, f.end) is not None
        else:
            m = TITLE_AFTER.match(s.text, f.end)
            inside = m is not None and not f.name.endswith("改革")
        if inside:
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
