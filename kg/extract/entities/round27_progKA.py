"""Round 27 (progKA, programs): a birth policy named by its number of children is a program (三孩生育政策, 单独二孩政策).

`落实三孩生育政策` (dev27 zhongwei 2023), `稳步实施三孩政策` (dev26 yichun 2022), `落实一对夫妇可生育两个孩子政策` (dev17
ordos 2016), `推动“单独二孩”政策` (dev22 chaozhou 2015): every studied gold whose text has the shape lists the policy with its
head 政策 (4 of 4 files, 4 sets; none leaves it out), and three of the four were missed: the lexicon (kg/data/programs.txt) holds
only 全面两孩政策 and 两孩政策, and round 17b's head 政策 comes only after a name read already (“单独二孩”, a quote).
Shape: `[全面|单独]<一/二/两/三>孩[生育]政策`, quotes allowed around the count (“三孩”生育政策, “单独两孩”政策), and the long
form `[一对夫妇][可(以)]生育两个孩子[的]政策`; 政策 right after 孩/生育 (not 三孩生育支持政策, 三孩配套政策: a support package
around the policy, not the policy). The span becomes one program, named as written without quotes; programs read inside it
are replaced; a project or organization over it leaves it alone.
Reach: the shape is in about 600 sentences of the 2,941 corpus reports (两孩政策 120, 三孩生育政策 98, “单独两孩”政策 62, 生育两个
孩子政策 41, 二孩政策 27, 三孩政策 13 …); on 200 random reports (seed 2727) 16 sentences in 15 reports hold it, 6 read already
(全面两孩政策), 10 missed (eval/corpus_samples/entN/round27_progKA/README.md).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _clean, _Sentence

CHILD_POLICY = re.compile(r"(?:全面|单独)?“?(?:全面|单独)?[一二两三]孩”?(?:生育)?政策"
                          r"|(?:一对夫妇)?(?:可以|可)?生育两个孩子的?政策")


def child_policies(s: _Sentence) -> None:
    """A policy named by its number of children (see the module's doc): one program over its span."""
    for m in CHILD_POLICY.finditer(s.text):
        a, b = m.start(), m.end()
        if any(f.kind != "program" and f.start < b and a < f.end for f in s.found):
            continue
        name = _clean(m.group(0))
        if any(f.kind == "program" and f.name == name and f.start <= a and b <= f.end for f in s.found):
            continue  # read already (全面两孩政策 of the lexicon)
        s.found = [f for f in s.found if f.kind != "program" or f.end <= a or b <= f.start]
        s.found.append(_Found("program", name, a, b, 1))
