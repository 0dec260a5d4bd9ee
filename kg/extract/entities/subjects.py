"""Projects that open their clause: <named thing>项目 + what is done to it (汪清100兆瓦光伏项目并网发电,
延吉西市场改造项目完成主体工程). The name needs no head word; a place, a figure or a name jieba knows
makes it one thing rather than a kind of work."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _alt, _lexicon, _verbs_of
from .patterns import COUNT_BEFORE, COUNTED, FIGURE_AFTER, GENERIC_LEAD, HAN, LOOSE
from .sentence import _clean, _cut_after_verb, _Sentence
from .stems import _is_named, _place_prefix, pos


@cache
def _project_then_built() -> re.Pattern:
    built = _alt([*_lexicon().verbs["built"], "完成主体工程", "完成主体", "主体完工", "完成投资", "完成"])
    return re.compile(rf"项目(?:[{HAN}]{{0,2}}?){built}")


@cache
def _built_at_end() -> re.Pattern:
    """云南能投有机硅一期项目全面投产、二期项目启动建设: an item that ends with what was done to it is a clause of its own."""
    return re.compile(rf"项目(?:[{HAN}]{{0,2}}?)(?:{_alt(_lexicon().verbs['built'])})$")


NOT_A_NAME = re.compile(r"[0-9０-９]+\s*(?:个|家|项|批|宗|座|条|所|年|月|亿|万元|元)|(?:大|重点|重大|建设|类|个|批|年度|结合|领域)$|"
                        r"^\d{4}|^(?:我|全|本)(?:市|区|县|省|州)")


def _is_verbal_start(name: str) -> bool:
    """新批复681万千瓦, 有13个…: a clause that starts with a verb names no project."""
    words = pos(name)
    if words and words[0][0] in ("新", "再", "又") and len(words) > 1:
        words = words[1:]
    if words and len(words[0][0]) == 1 and words[0][0] not in ("有", "共", "抓", "如", "将", "要") and len(words) > 1 \
            and len(words[1][0]) == 1 and words[1][1][0] in "nj":
        return False  # 建龙钢铁, 安芯, 通威: jieba cuts a company's first character off as a verb
    return bool(words) and (words[0][1].startswith("v") or words[0][0] in ("有", "共"))


def _project_subjects(s: _Sentence) -> None:
    _invested_projects(s)
    for cs, ce in s.clauses if "项目" in s.masked else ():  # every match opens with 项目 (perf)
        for m in _project_then_built().finditer(s.masked, cs, ce):
            if s.masked.startswith("等", m.start() - 1) or m.start() - cs < 3:
                continue  # …等项目开工: the list rule's
            start = _cut_after_verb(s, cs, m.start(), ("build",))
            if "等" in s.masked[start:m.start()]:
                continue  # a list: _lists takes it
            at = start
            for part in re.split("、", s.masked[start:m.start()]):
                a, b = at, at + len(part)
                at = b + 1
                name = _clean(s.text[a:b])
                if not 3 <= len(name) <= 24 or COUNTED.match(name) or GENERIC_LEAD.match(name) or LOOSE.search(name) \
                        or re.search(r"[等的和及与]", name) or NOT_A_NAME.search(name) or _is_verbal_start(name) \
                        or _built_at_end().search(name):
                    continue
                if _place_prefix(name) or re.search(r"[0-9A-Za-z]", name) or _is_named(name, strict=True):
                    s.add("project", a, b, 1, name)


# round 12: a project named after its investment (总投资150亿元的中储粮东北综合产业基地开工建设, 投资60亿元的中部鞋业轻工
#文化产业园、投资75亿元的申鹭达建材产业园等…项目相继落户, 开工总投资722.9亿元的沈阳至白河高速铁路): the figure makes
# the name after 的 one undertaking even where its modifier is a trade or a trading name jieba does not know (60 such
# figures in 31 of 200 random corpus reports, seed 1212; in 23 of them the extractor found nothing after the figure)
INVESTED = re.compile(r"(?:总投资|计划投资|协议投资|投资总额|投资)(?:额)?(?:约|近|超过?|达到?|逾)?[0-9.]+\s*(?:万|亿)?元(?:左右)?的")
# where the name ends: a separator, 等, the next invested item (…储气库和总投资37.6亿元的…), or what is done to it
INVESTED_END = re.compile(r"[、，,；;。：:（(]|等|(?:和|及|以及)(?=(?:总|计划|协议)?投资|[0-9.]+\s*(?:万|亿)元的)|项目|建设|实现|纳入|列入|获得|获批|启动|"
                          r"年内|年底|近期|当年|今年|明年|[上下]半年|[0-9一二三四五六七八九十]{1,2}月|正式|全面|相继|先后|陆续|顺利|已|即将|加快|进入|成功|"
                          r"全部|均|在|获")
# a kind of project, not one (重大产业支撑, 技改, 城市基础设施): the name holds nothing but such words
INVESTED_KIND = re.compile(r"(?:重大|重点|大中型|大型|中型|小型|新建|续建|在建|新开工|骨干|龙头|优质|单体|产业|工业|技改|技术改造|"
                           r"基础设施|民生|公益|社会事业|招商|农业|旅游|文旅|文化|水利|交通|能源|城建|市政|城市|高新技术|新兴|"
                           r"制造业|服务业|外资|内资|民间|示范|配套|支撑|改造|升级|提升|工程|项目|产业化|化|类)+")


def _invested_projects(s: _Sentence) -> None:
    if "元的" not in s.masked:
        return
    built = _lexicon().verb_res["built"]
    for cs, ce in s.clauses:
        for m in INVESTED.finditer(s.masked, cs, ce):
            if re.search(r"(?:以上|以下|以内|不等|平均)的$", s.masked[:m.end()]) or COUNT_BEFORE.search(s.masked, cs, m.start()):
                continue  # 32个投资10亿元以上的重大产业支撑项目: a class of projects
            a = m.end()
            stop = INVESTED_END.search(s.masked, a, ce)
            b = stop.start() if stop else ce
            verb = built.search(s.masked, a, b)
            b = verb.start() if verb else b
            name = _clean(s.text[a:b])
            if not 3 <= len(name) <= 24 or name != s.text[a:b].strip() or COUNTED.match(name) or GENERIC_LEAD.match(name) \
                    or LOOSE.search(name) or re.search(r"[的和及与“”《》]|^新一轮|^[一二三四五六七八九十两]+[大个项批类]", name) \
                    or INVESTED_KIND.fullmatch(name) or _is_verbal_start(name) or FIGURE_AFTER.match(s.masked, b) \
                    or _verbs_of(("build",)).search(name, 1):
                continue
            head = _lexicon().head_at_end.search(name)
            if head and (_lexicon().head_role[head.group(0)] in ("org", "event") or _lexicon().head_role[head.group(0)] == "program" and not name.endswith("工程")):
                continue  # a company, an event or a program (not works: 竹银水源工程): their own rules
            s.add("project", a, b, 3, name)
