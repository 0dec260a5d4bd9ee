"""Round 20 (honBA, honours): a pilot with no name is no title.

`一系列改革列入国家和省级试点`, `余江农村宅基地制度、城市公立医院…等列入国家改革试点`, `中宁民营经济综合改革列入自治区改革试点`,
`…园区入选省级示范试点`: a listing verb before scopes and the bare word 试点 (with a batch word or 改革) says that a piece of
work became a pilot, not which pilot; the extractor read the scopes and 试点 as a title. No official or dev gold honour is a
scope and a bare 试点 (506 gold honours checked), and the two dev gold files whose text has the frame list nothing for it
(dev7 `山水林田湖草生态保护修复工程列入国家试点`, dev9 `“救急难”工作成为全国试点`); the gold files name a pilot by what it tries
(全国城镇低效用地再开发利用试点城市). Counted on 200 random corpus reports (seed 2007,
eval/corpus_samples/honW/round20/scan_nameless.py): a listing verb before a nameless pilot in 14 reports (12 with no kind of
unit after 试点), read as a title in 6 (4 with no kind of unit).
Left alone: a nameless pilot with a kind of unit (`学前教育方面被确定为国家改革试点市`, `昌吉市、温宿县被列为全国首批试点县市`,
`入选全省首批试点城市`): a designation of the place, which our hand-made held-out paragraphs (tests/data) count.
"""

from __future__ import annotations

import re

# scopes (one or more, joined by 和/、/与/及), then at most one of 改革/综合/重点/示范, then 试点 (no kind of unit after it)
NAMELESS_PILOT = re.compile(r"(?:(?:国家级?|全国|中央|中国|全省|省级?|自治区级?|全区|全市|市级|省部)[和、与及]?)+"
                            r"(?:改革|综合|重点|示范)?(?:试点示范|示范试点|试点)")


def nameless_pilot(title: str) -> bool:
    """True for a title that is only scopes and 试点 (国家和省级试点, 国家改革试点, 省级示范试点)."""
    return NAMELESS_PILOT.fullmatch(title) is not None
