"""Round 18c (progW, programs): a quoted campaign before 活动 is named by its quoted words (开展“万人助万企”活动 → 万人助万企).

`开展“X”活动` was read with 活动 (万人助万企活动, 三减三健活动, 银企手拉手活动; the round-2 quote rule keeps a campaign's
activity, programs.py ACTIVITY_AFTER), though 活动 is no head word that makes a program (GUIDELINES.md: 改革, 行动, 战略,
工程, 机制): the quoted words are the campaign's name. The official 乌鲁木齐 gold lists `“消费促进年”活动` as 消费促进年, and
the dev sets written since round 13 do the same for every quoted campaign before 活动 (dev14 招商引资突破年, dev15 全民健身
`“五项五进”活动` → 五项五进, dev16 产业招商落地年 and 工业用地整理季, dev18 `“服务企业·面对面”活动` → 服务企业·面对面); only
the older dev3 (招商引资项目落户年活动) and dev11 (外贸优品六进活动) keep 活动, and the official file wins. Round 14 already
named a quoted year this way (programs.py `_quoted_years`, `“…年”活动`); this pass does it for every quoted name.

Counted by eval/corpus_samples/entN/round18c/scan18c.py on 200 random corpus reports (seed 1817): `“X”活动` in 123 of
them (256 cases), read with 活动 in 102 cases of 69 reports.

Only a program whose text ends with the quote and 活动 right after it is renamed (`“X”主题活动`, `“X”系列活动` are left as
they are: the dev sets split on them), nor a title aimed at (创建“国家卫生城市”活动, 评选“…户”活动); words before the quote go with 活动 (全民健身“五项五进”活动 → 五项五进, 第七届
“中小企业服务月”活动 → 中小企业服务月), as dev15 and dev18 drop the words around a headless quote.

Fix 2: a region's integration named with 发展 keeps it (长三角一体化发展, 福莆宁同城化发展). The extractor read
`长三角一体化发展`, `哈大绥一体化发展`, `内自同城化发展` as …一体化 / …同城化 (its head ends there), though 发展 is part of the
strategy's name as the text gives it: dev18 南京 lists 长三角一体化发展 (`长江经济带、长三角一体化发展等国家战略`), as dev3
lists the national strategies 京津冀协同发展 and 长江经济带发展 with it; the sets whose text has no 发展 list it bare (dev5
长三角一体化, dev7 沈抚同城化). Counted on the same 200 reports (seed 1817): 29 reports have such a name read without its
发展 (48 cases). Not when 发展 opens a longer name of another kind or a measure (长三角一体化发展示范区, …发展规划纲要,
…发展机制, 一体化发展水平): those are left as they were.
"""

from __future__ import annotations

import re

from .sentence import _Found, _Sentence

QUOTED_ACTIVITY = re.compile(r"“(?P<name>[^“”，。；、：]{2,16})”活动$")
# 创建“国家卫生城市”活动, 评选“遵纪守法户”活动, 创建全省首个“吨粮市”活动: the quote is a title the campaign aims at, not its
# name; left as it was (round 18b: the gold sets disagree on …创建活动)
TITLE_BEFORE = re.compile(r"(?:创建|争创|评选|评比|争当|创评)[^，。；：“”]{0,8}$")


def quoted_activities(s: _Sentence) -> None:
    for i, f in enumerate(s.found):
        if f.kind != "program" or not f.name.endswith("活动"):
            continue
        m = QUOTED_ACTIVITY.search(s.text, f.start, f.end)
        if m and f.name.endswith(m.group("name") + "活动") and not TITLE_BEFORE.search(s.text, 0, m.start()):
            s.found[i] = _Found(f.kind, m.group("name"), f.start, f.end, f.rank)


INTEGRATION = re.compile(r"(?:一体化|同城化)$")
INTEGRATION_AFTER = re.compile(r"发展(?!示范区|先行区|试验区|合作区|规划|纲要|机制|模式|体系|水平|指数|进程|基金|办公室|领导小组|"
                               r"[\u4e00-\u9fff]{0,4}(?:区|园|带|圈)(?![\u4e00-\u9fff]))")


def integration_development(s: _Sentence) -> None:
    for i, f in enumerate(s.found):
        if f.kind != "program" or not INTEGRATION.search(f.name) or s.text[f.end - 3:f.end] != f.name[-3:]:
            continue
        if INTEGRATION_AFTER.match(s.text, f.end):
            s.found[i] = _Found(f.kind, f.name + "发展", f.start, f.end + 2, f.rank)
