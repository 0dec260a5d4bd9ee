"""Round 25c (progLA, programs): a quoted name as its clause's subject, before how far it got.

`“保交楼、保民生、保稳定”取得积极成效` (official gold, 乌鲁木齐), `“依法和谐征迁”强力推进` (dev11 三明), `“平安医院”创建活动深入
开展` (dev26 白城), `“退二进三”、…力度加大` (dev28 漯河 — a list, left out below): a campaign or reform the report names only by a
quoted slogan, at the start of its clause, followed (after 工作, 活动 or 创建活动 at most) by a predicate of progress, was found as
nothing unless it opens with a numeral (round 24's fix 2b, `round24_programs.NUMBERED_SUBJECT`) or another rule read it. The
golds list 15 of the 17 quotes of this frame in their texts, the quote alone (`“企业上云”工作全面开展` → 企业上云, `“兴凯湖智力行”
活动成效显著` → 兴凯湖智力行, `教育“双减”有效实施` → 双减); the 2 left out are a count (`“三个年”活动`) and a field (`“三农”工作`),
both kept out below (eval/corpus_samples/entN/round25c_progLA/golds_quoted_subjects.txt). Counted on 200 random corpus reports
(seed 2532, eval/corpus_samples/entN/round25c_progLA/scan_quoted_subjects.py): the frame in 56 reports, not found in 15 before,
5 after (counts and fields, below); 11 new lines in 10 reports, 9 right and 2 half.

The predicates are round 23's (`round23_programs.PROGRESS`: 深入推进, 扎实开展, 取得…成效, 成效显著, 全面完成 …) and 力度加大.
A field of up to four characters may stand before the quote (教育, 农村, 西湖); the name is the quote.
Not: a chain or list of quotes (“六大广场”、“十大建筑”加快推进: the clause must open right before this quote), a count of
things (三大攻坚, 十件实事, 三个年: a numeral and a count word), a facility or place with a numeral (四馆一中心), a field of work
(三农, 一老一小, 三留守: who or what the work is for), a period, platform, line of business or document (十五, …在线, …平台,
…经济, …纲要), a verb before the quote (夺取“双胜利”, 聚焦“四改”), a head outside the quote (“三个中心”建设, “X”改革, “X”行动, “X”工程 are
other rules' or the golds split on them), a span any rule read already (of any kind).
"""

from __future__ import annotations

import re

from .round23_programs import PROGRESS
from .round24_programs import NUMBERED_NOT
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
PREDICATE = rf"(?:{PROGRESS}|力度(?:不断|持续|进一步)?加大)"
QUOTED_SUBJECT = re.compile(
    r"(?:^|(?<=[，。；：]))"
    r"(?:[一二三四五六七八九十]是)?"  # 二是“X”深入推进: the ordinal of the list is no part of the name
    rf"(?P<field>[{HAN}]{{0,4}})“(?P<name>[^“”，。；：:,（）()]{{2,14}})”"
    rf"(?:工作|创建活动|活动)?(?:工作)?(?={PREDICATE})")
# the gate of the pass: a closing quote right before (工作/活动 and) a predicate of progress
QUOTED_SUBJECT_GATE = re.compile(rf"”(?:工作|创建活动|活动)?{PREDICATE}")
NUMERAL = "一二三四五六七八九十两双百千万0-9"
# a count of things (三大攻坚, 十件实事, 三个年, 八件民生实事)
COUNT = re.compile(rf"[{NUMERAL}]+(?:个|大|项|张|条|类|篇|种|名|批|次|件|年|届|连|位)")
# the field a work is for, not a programme (三农工作, 一老一小工作, 三留守)
FIELD = re.compile(r"^(?:三农|一老一小|三留守|两会)$")
# a period (“十五”取得重大突破: the five-year period), a platform, a line of business or a document (“江苏12345在线”正式启动,
# “数码学习港”全面启动, “羔羊经济”成效显著, “城市建设行动纲要”圆满完成): no programme (a fresh 300-report check, seed 25321)
NOT_NAME = re.compile(r"^十[一二三四五六七八九]?五$|(?:在线|平台|网|港|经济|纲要|规划|方案)$")
# a verb before the quote makes it an object, not the subject (夺取“双胜利”成效显著: an outcome; 聚焦“四改”深入推进城市更新:
# the predicate belongs to the next phrase)
FIELD_VERB = re.compile(r"(?:聚焦|夺取|实现|围绕|突出|紧盯|瞄准)$")


def quoted_subjects(s: _Sentence) -> None:
    """“依法和谐征迁”强力推进: a quoted name opening its clause, before how far it got, is a programme (see the module's doc)."""
    for m in QUOTED_SUBJECT.finditer(s.text):
        name = m.group("name")
        if COUNT.search(name) or FIELD.match(name) or NOT_NAME.search(name) or FIELD_VERB.search(m.group("field")):
            continue
        if re.match(f"[{NUMERAL}]", name) and NUMBERED_NOT.search(name):
            continue  # a numbered facility, place or line (round 24's guard)
        a, b = m.start("name") - 1, m.end("name") + 1
        if any(f.start < b and a < f.end for f in s.found):
            continue
        s.add("program", a, b, 2)
