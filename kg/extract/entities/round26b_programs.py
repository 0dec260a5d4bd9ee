"""Round 26b (progNA, programs): 减税降费 counted as an amount, or done for someone, is no program.

`减税降费及退税缓费10.9亿元` (the official gold, shayibake 2024), `累计为企业减税降费280亿元` (dev3), `新增减税降费及退税16.4亿元`
(dev28), `新增减税降费16.1亿元` (dev29), `着力为中小企业减税降费` (dev16), `财政收入（剔除减税降费影响）` (dev29): the tax and
fee cuts are a sum of money saved or an act, not a named policy, and the golds leave them out (the official gold; dev3, dev5
泸州, dev9 随州, dev14, dev16 南宁, dev18, dev25, dev27, dev28, dev29: 11 sets; dev9's and dev18's READMEs: "an amount").
Only dev5's 六安 `累计减税降费超100亿元` lists one. The extractor read the words as a program name in every such sentence.
Not touched: 减税降费 as a policy that is carried out (`落实减税降费政策`, `落实减税降费等助企纾困政策`, `出台减税降费等10条
积极财政政策`): the golds split there (listed in dev2, dev7, dev16, dev17, dev20; left out in dev9 杭州, dev24, dev26, dev29).
The words are in `kg/data/round26b_relief_words.txt` (how they were chosen is in its header); a name made only of them,
followed in its clause by a sum of money (no 政策 or 措施 between), or done for someone (`为…减税降费`), or whose effect is
taken out (`剔除…影响`), is dropped. The shape is in 36 of the 200 corpus reports of seed 2662, all read as a program by the
base; of the 36 changed lines 35 read right, 1 half (eval/corpus_samples/entN/round26b_progNA/). gov:about: such a figure
now has no subject (round 13's `全年减税降费36亿元` case moved to tests/test_round26b_progNA.py); the indicator name is unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .sentence import _Sentence


@lru_cache(maxsize=1)
def _relief() -> re.Pattern:
    text = resources.files("kg.data").joinpath("round26b_relief_words.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return re.compile("(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")+")


# a sum of money later in the clause: 10.9亿元, 超100亿元, 4323万元 (no 政策/措施 before it: `落实减税降费政策，…99.73亿元` is another
# clause anyway, `减税降费等惠民惠企政策` keeps its policy reading)
MONEY = re.compile(r"^[^，。；：！？]*?(?<![政措])\d+(?:\.\d+)?(?:多|余)?(?:万亿|亿|万|千)?元")
POLICY = re.compile(r"政策|措施|举措|红利")
# done for someone: 为企业减税降费, 为中小企业减税降费, 为市场主体减税降费
FOR_WHOM = re.compile(r"为[^，。；：、“”]{1,10}$")
# its effect taken out: 剔除减税降费影响, 剔除减税降费因素
REMOVED = re.compile(r"^(?:等)?(?:影响|因素)")


def relief_amounts(s: _Sentence) -> None:
    """减税降费 read as a program where it is an amount or an act (see the module's doc): drop it."""
    keep = []
    for f in s.found:
        if f.kind == "program" and _relief().fullmatch(f.name.replace("“", "").replace("”", "")):
            after = s.text[f.end:]
            m = MONEY.match(after)
            if (m and not POLICY.search(m.group(0))) or FOR_WHOM.search(s.text[:f.start]) or REMOVED.match(after):
                continue
        keep.append(f)
    s.found[:] = keep

