"""Round 20 (progBC, programs): names that are no program — works a report condemns (不搞“形象工程”“政绩工程”) and the bare
relationship 对口支援 (做好对口支援工作).

The list is `kg/data/round20_not_programs.txt` (with how it was chosen). Both were read as programs on 200 random corpus
reports (seed 2005, eval/corpus_samples/entN/round20_precision/scan_vague.py): a condemned work (政绩工程, 形象工程, 面子工程,
豆腐渣工程, 半拉子工程) in 11 reports (16 finds), nearly always in a sentence saying the government will not build them; the
bare 对口支援 (from the programs lexicon) in 59 reports (90 finds), the paired support one region gives another as a line of
work (做好对口支援工作, 对口支援和对口合作, 对口支援单位), which no gold file lists though seven dev texts have it.

Fix 2 (same list, same pass): headless quoted words of supply and re-checking — the baskets “米袋子”“菜篮子”“肉案子” (the goods;
菜篮子工程 and 菜篮子责任制 are the programs) read bare in 12 of the 200 reports, and “回头看” (a second round of a check:
督察“回头看”, 落实情况“回头看”) in 11; the gold texts have them 11 times and list none.

A program whose name ends in a condemned work (解决半拉子工程, 政绩工程; 形象工程 only after a word of condemning in its clause,
as 全面实施创建文明城市“形象工程” is a city's image campaign) or is exactly a bare relationship is dropped, and
what it beat in _Sentence.result comes back (as in round 18c's experiences). Named plans of the relationship keep their
heads (616对口支援工程) and are untouched.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines
from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _Sentence

# the sentence gate: a condemned work (“半拉子”工程 too), the relationship, a re-check or a supply basket is in the text
NOT_PROGRAM_GATE = re.compile(r"对口支援|(?:政绩|形象|面子|豆腐渣|半拉子|胡子|门面)”?工程|回头看|米袋子|菜篮子|肉案子")


# words of condemning before a work that is named in praise too (形象工程): 不搞“形象工程”, 杜绝…“形象工程”, 劳民伤财的“形象工程”
CONDEMNING = re.compile(r"不搞|不做|杜绝|禁止|制止|防止|纠治|反对|决不|绝不|不准|不能|不得|严禁|劳民伤财|所谓|脱离实际|不切实际")


@lru_cache(maxsize=1)
def _lists() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    lines = _lines("round20_not_programs.txt")
    condemned = re.compile(_alt([w[1:] for w in lines if w.startswith("~")]) + "$")
    in_blame = re.compile(_alt([w[1:] for w in lines if w.startswith("?")]) + "$")
    return condemned, in_blame, frozenset(w for w in lines if w[0] not in "~?")


def not_programs(s: _Sentence) -> None:
    """Drop programs naming a condemned work or a bare relationship (see the module's doc)."""
    condemned, in_blame, bare = _lists()
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind != "program":
            continue
        if f.name in bare or condemned.search(f.name) or in_blame.search(f.name) and _blamed(s.text, f.end):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]


def _blamed(text: str, end: int) -> bool:
    """A word of condemning in the clause up to `end`, the name's end (杜绝“形象工程”: the verb may be part of the find)."""
    clause = re.split(r"[。；！，]", text[:end])[-1]
    return bool(CONDEMNING.search(clause))
