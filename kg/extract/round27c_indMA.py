"""Round 27c (indMA): a quoted slogan after a counted noun (18个贫困乡镇“减贫摘帽” -> 贫困乡镇).

Called at the end of ``measurements.sentence_indicators`` (``quoted_slogans``). Notes:
eval/corpus_samples/ind27_right/round27c_indMA/README.md.

A count written before its noun is named by the noun read forward from the figure; when a quoted phrase follows the
noun, the name took it too. The quoted phrase is either a name that closes the counted thing (全球“灯塔工厂”, 紧密型
“医共体”, 广播电视“盲点村”: kept) or a slogan of what was done to the things counted (18个贫困乡镇“减贫摘帽”, 400个贫困村
“整村推进”, 54条市政道路“白改黑”, 492项审批事项“最多跑一次”, 6500家中小企业“上云”): the golds that meet the shape
(official 小区“拆墙并院” -> 小区, dev29 贫困乡镇, samples B 县“两基” -> 县, F 国有企业“三供一业” -> 国有企业) name the
noun alone. The test: the name is a counted noun phrase (the figure is followed by it) ending in one or more quoted
phrases, the part before the quotes ends in a noun, and each quoted phrase is a slogan: its last character is no
class head (区, 村, 体, 厅…, a small list of the heads that close quoted names in the corpus), and either a verb sits
inside it before its last word (减贫摘帽, 揭榜挂帅) or its last jieba word is no noun of two or more characters (白改黑,
上云, 一企一策; 灯塔工厂, 上云上平台 stay).
A count of days (273天街面“两抢”零发案) is left. Reach: 18 changed lines in 16 of the 200 reports of seed 2737 (16 right,
2 half); fresh seed 2791, rule unchanged: 14 lines in 11 reports (11 right, 1 half, 2 wrong). Left: a quoted slogan
ending in a noun (县“两基”, 小区“拆墙并院”: 两基 is a noun to jieba, 院 a head), as the quoted names it cannot tell apart.
"""

from __future__ import annotations

import re

from .indicators import _words
from .tokens import pos

TIME_UNITS = ("年", "天", "日", "月", "个月", "周", "小时", "岁", "周岁", "分钟")

_QUOTED_TAIL = re.compile(r"^(.+?)((?:“[^“”]{1,12}”)+)$")
_ONE_QUOTE = re.compile(r"“([^“”]+)”")
# The one-character heads that close a quoted name (污水零直排区, 医共体, 盲点村, 云展厅...).
_HEADS = frozenset(_words("round27c_quoted_name_heads.txt"))
_BETWEEN = re.compile(r"^[以多余左右上的个家户项条所座名人万亿千百十余近约共计达\s]*")


def _slogan(content: str) -> bool:
    """A quoted phrase that does not end in a head noun (减贫摘帽, 白改黑, 最多跑一次; not 灯塔工厂, 医共体)."""
    content = content.strip()
    if len(content) < 2 or content[-1] in _HEADS:
        return False
    words = pos(content)
    if not words:
        return False
    last, flag = words[-1]
    if any(f == "v" for _, f in words[:-1]):
        return True  # 减贫摘帽, 揭榜挂帅: a verb inside, and no head noun closing it
    return not (len(last) >= 2 and (flag.startswith("n") or flag in ("z", "l", "j", "nz")))


def _noun_before(prefix: str) -> bool:
    """The part before the quotes ends in a noun (贫困乡镇, 中小企业, 审批事项; not 荣获全国, 当上)."""
    words = pos(prefix)
    if not words:
        return False
    flag = words[-1][1]
    return (flag.startswith("n") and flag not in ("ns", "nr")) or flag in ("j", "l")


def quoted_slogans(text: str, quantities: list, result: list[str]) -> None:
    """Drop a quoted slogan closing a counted noun's name (in place)."""
    for i, name in enumerate(result):
        if not name or not name.endswith("”") or i >= len(quantities):
            continue
        try:
            m = _QUOTED_TAIL.match(name)
            if not m:
                continue
            prefix, quotes = m.group(1), m.group(2)
            if "“" in prefix or "”" in prefix:
                continue
            q = quantities[i]
            if getattr(q, "unit", "") in TIME_UNITS:
                continue  # 273天街面“两抢”零发案: a count of days names no thing
            after = text[q.end:q.end + len(name) + 6]
            lead = _BETWEEN.match(after)
            if not after[lead.end():].startswith(name):
                continue
            if not all(_slogan(c) for c in _ONE_QUOTE.findall(quotes)):
                continue
            if not _noun_before(prefix):
                continue
            result[i] = prefix
        except (AttributeError, TypeError):
            continue
