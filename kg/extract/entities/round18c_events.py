"""Round 18c (projX, projects): events hosted whose name ends in a bare event word (节, 周, 季, 展, 赛, 汇, 展销会 …).

GUIDELINES.md counts a named event as a project, and the dev sets list the events a report hosts (办好“滨州人才节”,
高标准办好雪顿节 (dev18), 举办江海英才创业周、清华大学南通周活动 (dev14), 花椒节、核桃节 (dev13)). The head rules read an
event by a head word of `entity_heads.txt` (博览会, 文化节, 论坛 …), and round 12's `_hosted_editions` reads a name ending in
a bare 会/节/赛/展/周 only with an ordinal (第二届, 首届, 2019). A name without an ordinal ending in a bare event word right
after a host verb (办好西湖读书节, 举办香港时尚购物展、南宁名品推广周, 承办首届中国新疆民间艺术季) was missed: 48 such
names in 40 of 200 random corpus reports (seed 1816; 279 such names in 126 reports in all, the rest read by
the head rules; eval/corpus_samples/entM/round18c_events/).

The rule: after a host verb (举办, 承办, 主办, 办好, 筹办, 协办 and their 成功/好 forms; not 召开/举行, which take the
government's own meetings), each item of the list that follows (split at 、 and 暨, cut at 等, 期间, 系列, 活动 and the clause end)
that ends in an event word and is named by a place, a figure or a name jieba knows before that word (西湖 of 西湖读书节,
香港 of 香港时尚购物展; not 读书节, 招聘会, 泡菜展销会) is a project, unless another rule found something on its span (a
university inside the name gives way: 清华大学南通周, as dev14's gold); a quoted name after the place where it is held is
the quoted name (日本“大连周”, as dev10's gold). The lists are closed and short, kept here (no data file).
"""

from __future__ import annotations

import re

from .sentence import _clean, _Sentence
from .stems import _is_named, pos

HOST = re.compile(r"(?:举办|承办|主办|办好|筹办|协办)(?:好|了)?")
# what ends the list after the verb
LIST_END = re.compile(r"[，,。；;：:]|等|期间|系列|活动|$")
# a bare event word the head lexicon does not hold (节, 周, 季, 展, 赛, 汇, and a few …会 kinds); the head rules take the rest
EVENT_END = re.compile(r"(?:展销会|研讨会|对话会|音乐会|订货会|品鉴会|[节周季赛汇]|(?<![发进拓扩开施伸舒延])展)$")  # not 发展, 进展
# gatherings that are no event a city hosts, and names that are a kind or a count, not one event
NOT_NAME = re.compile(r"[的在将从对向为把和及与]|^(?:一|两|二|三|几|多|各|每|更多|一批|一系列|系列|相关|有关|若干|各类|各种|首次|大型|重大|全国性|"
                      r"国际性|区域性)|(?:招聘|培训|座谈|表彰|动员|推介|推进|现场|观摩|发布|见面|恳谈|说明|听证|汇报|办公|茶话|联谊|"
                      r"讲座|周年|双周|每周|本周|半周|常设)[会周展赛]?$|人大|政协|党|全会|宣传周|活动周|安全周|服务周|科普周|读书周|宣传月")
QUOTES = re.compile(r"[“”\"]")
EDITION_BEFORE = re.compile(r"届|[0-9]")  # 举办首届“红山创客周”: the ordinal stays with the quoted name


def _named_event(name: str) -> bool:
    stem = EVENT_END.sub("", QUOTES.sub("", name))
    if len(stem) < 2:
        return False
    words = pos(stem)
    if len(words) == 1 and (words[0][1].startswith("nr") or words[0][1] == "nz"):
        return False  # 办好马拉松、龙舟赛: jieba tags a kind of sport as a name, it names no one event
    if _is_named(stem, strict=True):
        return True
    return len(stem) == 2 and len(words) == 2 and _is_named(stem)  # 雪顿节: a short name jieba cannot place


def hosted_events(s: _Sentence) -> None:
    """举办香港时尚购物展、南宁名品推广周: each named item after a host verb that ends in a bare event word."""
    if "办" not in s.masked or not HOST.search(s.masked):  # every host verb holds 办 (speed)
        return
    for cs, ce in s.clauses:
        for v in HOST.finditer(s.masked, cs, ce):
            start = v.end()
            stop = LIST_END.search(s.masked, start, ce)
            end = stop.start() if stop else ce
            at = start
            for part in re.split(r"(、|暨)", s.masked[start:end]):
                a, b = at, at + len(part)
                at = b
                if part in ("、", "暨"):
                    continue  # 全国摄影艺术展览暨首届潍坊国际摄影周: two events joined by 暨
                name = _clean(s.text[a:b])
                if not (3 <= len(name) <= 20) or not EVENT_END.search(QUOTES.sub("", name)) or NOT_NAME.search(QUOTES.sub("", name)):
                    continue
                if s.text.count("“", a, b) != s.text.count("”", a, b):
                    continue  # a name never starts or ends inside a quote
                q = s.text.find("“", a, b)
                glued = ""
                if q > a and s.text[b - 1] == "”" and s.text.count("“", a, b) == 1 and not EDITION_BEFORE.search(s.text, a, q):
                    glued = QUOTES.sub("", name)  # 办好意大利“中国天津周”: another rule may have read the place and the name as one
                    a, name = q, _clean(s.text[q:b])  # 成功举办日本“大连周”: the quoted name, not the place where it is held
                inner = [f for f in s.found if f.start < b and a < f.end or glued and f.name == glued]
                if any(not (f.kind == "organization" and a <= f.start and f.end <= b or f.name == glued) for f in inner):
                    continue  # another rule read this span (an event head, an edition, a company's works)
                if _named_event(name):
                    s.found[:] = [f for f in s.found if f not in inner]  # 清华大学南通周: the university only inside the name
                    s.add("project", a, b, 3, QUOTES.sub("", name))
