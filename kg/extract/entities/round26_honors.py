"""Round 26 honMA (honour inventions and misses across sets): a recipient read that is no name but a clause.

The subject before an honour trigger is read as the recipient. When that subject is a clause rather than a name, the
honour goes to the wrong receiver or is no honour at all:

- a time or frequency adverbial (`继2003年后再次荣获…`, `首次揽获…`, `经济规模自改革开放以来首次跻身…`): the adverbial is no part
  of the recipient; what is left is the reporting unit (nothing, or one character of the verb: 揽 of 揽获), or a figure
  (规模, 总量: a figure ranked, no title received);
- a verb left at the end or inside (`…创新团队成为荣获…的唯一团队`, `温州大学增列为…`, `福建一建集团进入…百强、首次荣获…`,
  `南城和15个乡镇入选…`, `灵山县获列为…`, `横县现代农业产业园获认定为…`): the name before it (nothing: the reporting unit);
- a grantor with 把 (`国家发改委还把国际旅游岛列为…`): the name after 把;
- a figure or a condition (`演出活动数量较2019年增长1.2倍、跻身…`, `必须连续三届…被评为…`, `有三名运动员…荣获…`,
  `超三分之一小城镇成为…`): no named recipient, no honour.

Cross-set evidence: dev18 (`继2003年后` for 白银市), dev9 and dev14 (a field as subject; left); the gold files give a time
adverbial with no subject to the reporting unit (dev5 ×2, dev18, dev24, dev26). 11 of 200 corpus reports (seed 2641) read such a
recipient (eval/corpus_samples/honW/round26/scan_clause_recipient.py); on all 2,941 reports the module changes 86 lines in 35
reports, 80 read right, 3 half (eval/corpus_samples/honW/round26/judged_corpus_diff_all.tsv).
"""

from __future__ import annotations

import re

# a time or frequency adverbial that opens the subject (继2003年后, 自改革开放以来, 首次, 再度)
TIME_LEAD = re.compile(r"^(?:继.{1,10}?[后之]|自.{1,10}?以来|首次|再次|再度|又一次|历史上|近年来|多年来)+")
TIME_INSIDE = re.compile(r"(?<=..)(?:自.{1,10}?以来|继.{1,8}?后)")
# a figure ranked (经济规模…跻身…十强): no title received
MEASURE = re.compile(r"(?:竞争力|指数|总量|规模|排名|排位|位次|实力|产值|收入|总值|增速|GDP)$")
# a verb after the name (…团队成为荣获…, 福建一建集团进入…): the name before it
VERB_INSIDE = re.compile(r"(?<=..)(?:成为|进入)")
# 增 of 增列为 after an institution or a place (温州大学增列为博士学位授予单位)
ADD_END = re.compile(r"(?:(?<=大学)|(?<=学院)|(?<=学校)|(?<=医院)|(?<=公司)|(?<=集团)|(?<=[区县市]))增$")
CONJ_END = re.compile(r"(?<=..)[和及与]$")
# 获 of 获认定为, 获列为, 获命名为, 获列入 (横县现代农业产业园获认定为…, 灵山获命名为…): the trigger read is the verb after 获
HUO_VERB = r"(?:认定为|列为|命名为|列入|评定为|确定为)"
COUNT_AFTER = r"(?:[0-9]+|[一二三四五六七八九十两]+)[个家所处座条项]"
# a grantor before 把 (国家发改委还把国际旅游岛列为…)
GRANTOR_BA = re.compile(r"^.{2,}?(?:[部委局院厅府署办]|中央|[还也又已])把(?=.{2,}$)")
# a figure or a condition as subject: no named recipient
FIGURE = re.compile(r"较.{0,8}(?:增长|提高|下降)|[0-9.]+倍|^有[0-9一二三四五六七八九十两几多]+[名位个]|"
                    r"^[超近逾][一二三四五六七八九十两]+分之|必须|参评|资格")


def clause_recipient(name: str, sentence: str = "") -> str | None:
    """The recipient's name without the clause around it: the name, "" for the reporting unit, or None when the
    subject is a figure or a condition (no honour received)."""
    if not name:
        return name
    if FIGURE.search(name):
        return None
    text = TIME_LEAD.sub("", name)
    inside = TIME_INSIDE.search(text)
    if inside:
        text = text[:inside.start()]
    ba = GRANTOR_BA.match(text)
    if ba:
        text = text[ba.end():]
    verb = VERB_INSIDE.search(text)
    if verb:
        text = text[:verb.start()]
    text = ADD_END.sub("", text)
    if text.endswith("获") and re.search("获" + HUO_VERB, sentence):
        text = text[:-1]
    if CONJ_END.search(text) and re.search(re.escape(text) + COUNT_AFTER, sentence):
        text = text[:-1]  # 资溪、南城和15个乡镇入选…: 和 before a count of unnamed items (not 广东众和, 太和)
    if text == name:
        return name
    if len(text) <= 1:
        return ""  # 首次揽获…, 继2003年后再次荣获…: the reporting unit
    if MEASURE.search(text):
        return None  # 经济规模自改革开放以来首次跻身全国大中城市十强
    return text


def clause_recipients(recipients: list[str] | None, sentence: str = "") -> list[str] | None:
    """clause_recipient over a clause's recipients; None when none is left."""
    if recipients is None:
        return None
    out = [r for r in (clause_recipient(n, sentence) for n in recipients) if r is not None]
    return out or None
