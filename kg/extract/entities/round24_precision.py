"""Round 24 (progJB, programs): a campaign named by a quoted slogan keeps the slogan, not the activity word after it.

Fix 1 — `举办“盛夏美好生活消费季”系列活动`, `推出“游铜仁·促消费·惠民生”十项活动`, `开展“圣洁甘孜走出去”“知名企业进甘孜”系列精准招商活动`,
`深入开展“优化环境、优质服务”活动`: the campaign's name is the quoted slogan; what follows it (系列, 十项, 精准招商, 主题, 专项 … +
活动) says what kind of event it is, and 活动 is no programme head (GUIDELINES.md keeps the heads 改革, 行动, 战略, 工程, 机制). The
golds list the slogan alone: dev9 盛夏美好生活消费季, dev14 知名企业进甘孜, dev15 游铜仁·促消费·惠民生, dev19 优质服务基层行, dev22
优化环境、优质服务, dev26 三年再造百万林、建设西部大屏障, 歌舞鹤乡?放飞梦想 and 三好一满意 (8 of the 11 such finds in the texts of dev,
dev5/7/9/11, dev13 … dev26; dev20 and dev25 list nothing for theirs, dev5 lists 我为群众办实事实践活动 whole). Round 18c's
`quoted_activities` already cut “X”活动 to X when 活动 follows the quote at once and the quote has no 、; this fix takes the two
cases it left: a descriptor of up to 8 characters between the quote and 活动, and a quote joining two slogans with 、 (its gold
names keep the 、). On 200 random corpus reports (seed 2404, eval/corpus_samples/entN/round24_progJB/scan_activities.py): 103 such
finds in 71 reports. Left alone: a 创建/评选 campaign and a 实践活动 (an earlier round's tests keep “平安宁夏”创建活动 and
“下基层、察民情、解民忧、暖民心”实践活动 whole; dev5 lists its 实践活动 whole), a quote after 创建/争创/评选 (round 18c), and lists
before 等, 和, 与, 及 (“消费节”“以旧换新”等促销活动).
"""

from __future__ import annotations

import re

from .round18c_programs import TITLE_BEFORE
from .sentence import _Found, _Sentence

# “slogan” + descriptor (no quote, stop, list word) + 活动, as the whole find
QUOTED_SLOGAN_ACTIVITY = re.compile(r"“(?P<name>[^“”，。；：]{2,24})”(?P<kind>[^“”，。；、：等和与及]{0,8})活动")
# not a slogan's event: “老博会”进社区活动 (the quote moves somewhere: the campaign is the whole), “八大山人诞辰400周年”纪念活动
# (an anniversary), “东亚文化之都”湖州活动年 (活动年 is another head), “3+1”联手共建活动 (no name of words)
# (and an award: 首届“惠州市政府质量奖”评审表彰活动)
NOT_SLOGAN = re.compile(r"^进|周年|纪念|表彰|颁奖|评审")
HAN = re.compile(r"[\u4e00-\u9fff]")
# a campaign to create or select something (“全国双拥模范州”创建活动, “平安宁夏”创建活动, “十大美丽乡村”评选活动): the golds keep
# …创建 (dev11 全国双拥模范城创建, the official 文明城市创建) and tests/test_entities.py keeps “平安宁夏”创建活动 whole (an earlier
# round's convention); and a 实践活动 (“我为群众办实事”实践活动: dev5 lists it whole, as tests/test_entities.py keeps
# “下基层、察民情、解民忧、暖民心”实践活动): both left alone
TITLE_AIMED = re.compile(r"创建|评选|争创|创评|实践$")
# an edition before the quote goes with the event, not the name: 举办第二届“伊春生态日”系列活动 → 伊春生态日
ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百\d]+届|首届)?")
ACTIVITY_GATE = re.compile(r"”[^“”，。；、：等和与及]{0,8}活动")


def quoted_slogan_activities(s: _Sentence) -> None:
    """Fix 1: “slogan”系列活动 / “A、B”活动 read as a program → the slogan alone."""
    for i, f in enumerate(s.found):
        if f.kind != "program" or not f.name.endswith("活动"):
            continue
        for m in QUOTED_SLOGAN_ACTIVITY.finditer(s.text, max(0, f.start - 1), min(len(s.text), f.end + 1)):
            name, kind = m.group("name"), m.group("kind")
            whole = name + kind + "活动"
            if not f.name.endswith(whole) or not ORDINAL.fullmatch(f.name[:-len(whole)]) or not (kind or "、" in name):
                continue
            if TITLE_BEFORE.search(s.text, 0, m.start()) or NOT_SLOGAN.search(kind) or s.text.startswith("年", m.end()) \
                    or len(HAN.findall(name)) < 2 or TITLE_AIMED.search(kind):
                break  # 创建“三好一满意”医院活动, “全国双拥模范州”创建活动: a title aimed at (round 18c leaves these too)
            # “诚信龙江”建设活动 → 诚信龙江建设, as the golds write 平安鄂州建设, 信用杭州建设
            s.found[i] = _Found(f.kind, name + "建设" if kind == "建设" else name, f.start, f.end, f.rank)
            break

