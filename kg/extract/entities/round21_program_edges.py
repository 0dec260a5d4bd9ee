"""Round 21 (progDA, programs): short noun items before `<noun> + <process> + head` share the process and the head.

`实施农村电商、乡村工匠、高素质农民培育工程` gave only 高素质农民培育工程 (the first two items lost), `建立碳排放权、水权交易制度`
gave 碳排放权制度 (the item completed with the head alone), `大力实施独角兽、瞪羚企业培育工程` gave 独角兽工程: the items before
the last one name the field each program works on, and the process word the last item puts before its head (培育, 交易, 审批 …)
is theirs too. dev23 linyi/qinzhou's gold names 农村电商培育工程, 乡村工匠培育工程, 碳排放权交易制度; the head rule of round 13
(heads.py `_shared_modifier`) shares such a tail for items of one or two characters only (大气、水污染防治行动计划).

Shape: a program found right after `、` whose text is `<P><T><H>`: H a program head (工程, 计划, 制度, 改革, 行动), T the last
word before it, two characters, a verb or process word (jieba v/vn, or 交易/管理/服务/保障 …), P two characters or more; the
items before it, back over `、` to the clause's governing verb, 2–5 Han characters each, nouns only (their last word no verb:
not 古蜀文明探源、文物古籍保护、传统文化活化工程, where each item has its own process and takes the head alone), no place name
or count (许庄、大帽山农场移民造福工程: places sharing works), no head of their own. Each item becomes item + T + H (with a
shared noun of P's end: 景区、度假区质量提升行动 → 景区质量提升行动); a name found over an item (碳排放权制度, 独角兽工程) is
replaced. Process branch: when every item and the last stem end in a process of their own (产业提效、产品提质、生态提升行动,
城市商业提质、零售业创新提升工程), each item takes the head alone (产业提效行动, not 产业提效提升行动).
Not: a joining process (医疗、医保、医药联动改革, 城商行、农商行整合改革: one program), 等 after the head (a domain list), 和 or a
count in the last stem (财务预算、核准和审计制度), a stem ending in a process or a manner (规范性文件备案审查制度, 市场化配置改革).
Counted on 200 random corpus reports (seed 2104, eval/corpus_samples/entN/round21_edges/: the pass changes the names in 10
reports, 19 of 20 changed lines read right, `judged_fix3_diff200_seed2104.tsv`).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18_programs import PROCESS_END
from .sentence import _cut_after_verb, _Sentence
from .stems import _places, pos

HAN = "\u4e00-\u9fff"
TAIL_GATE = re.compile(rf"、[{HAN}]{{4,14}}?(?:工程|计划|制度|改革|行动)")
HEAD = re.compile(r"(?:工程|计划|制度|改革|行动)$")
# process words jieba tags as nouns (水权交易: 交易 n)
PROCESS_NOUN = {"交易", "管理", "服务", "保障", "监管", "登记", "监测", "考核", "评价", "保护", "建设", "救助", "补偿", "示范", "补贴"}
# a noun of the last item that belongs to the shared tail (what is raised or fostered in each item's field)
SHARED_NOUN = {"质量", "品质", "能力", "水平", "素质", "功能", "企业", "子女", "文明", "集团"}
# a process that joins the items into one program (医疗、医保、医药联动改革, 城商行、农商行整合改革, 财权、事权责任划分改革)
JOINING = {"联动", "协同", "一体", "融合", "统筹", "衔接", "互认", "共享", "整合", "合作", "划分", "分离", "分开", "并轨", "对接",
           "联合", "共建", "联建", "互通", "互联", "联网", "结合", "挂钩", "联通", "综合", "配置"}
ITEM_NOT = re.compile(r"[0-9０-９一二三四五六七八九十百千万]|(?:工程|计划|制度|改革|行动|机制|体制|试点|项目|建设|[^体]制)$|"
                      r"^(?:各|各类|相关|有关|其他|重点|一批)|[场馆站园院所室库港厂村镇县市省]$")  # a place or a facility (科学实验场)


def _tail(stem: str) -> tuple[str, str] | None:
    """(P, T) of a last item's stem `<P><T>`, or None."""
    words = pos(stem)
    if len(words) < 2:
        return None
    t, tag = words[-1]
    if len(t) != 2 or not (tag in ("v", "vn") or t in PROCESS_NOUN) or t in JOINING:
        return None
    p = stem[:-2]
    pw = pos(p)
    if len(p) < 2 or any(tg.startswith("v") for _w, tg in pw[-1:]) or re.search(r"[和与及或并0-9一二三四五六七八九十百千万]", p) \
            or PROCESS_END.search(p) or re.search(r"[化性式型]$", p):
        return None  # 产业招商导流、目标投资者滴灌计划: the last item's own stem ends in a process; 核准和审计制度, 十大…行动
    if len(pw) >= 2 and pw[-1][0] in SHARED_NOUN and len(p) > len(pw[-1][0]) + 1:  # 景区、度假区质量提升行动, 独角兽、瞪羚企业培育工程: the items' too
        return p[:-len(pw[-1][0])], pw[-1][0] + t
    return p, t


def _noun_item(item: str) -> bool:
    if not re.fullmatch(rf"[{HAN}]{{2,5}}", item) or ITEM_NOT.search(item) or item in _places():
        return False
    words = pos(item)
    if words[-1][1].startswith("v") or words[-1][0] in PROCESS_NOUN or PROCESS_END.search(item) \
            or words[-1][1] in ("ns", "nr", "m", "t") or any(tg == "m" for _w, tg in words):
        return False
    return not (len(words) == 1 and words[0][1] in ("ns", "nr"))


ITEM_VERB = re.compile(r"^(?:提高|提升|完善|健全|建立|引入|引进|加强|推进|实施|开展|实现|促进|推动|加快|强化|落实|深化|实行|推行|"
                       r"构建|形成|打造|创新|优化|发挥|支持|鼓励|引导|严格|坚持|做好|抓好|探索|全面|持续|深入|积极|大力)")


LEAD_PAIR = re.compile(r"(?:建立|健全|完善|推行|实行|实施|开展|推进|深化|探索|加快|推动|落实|构建)+")


def _process_item(item: str) -> bool:
    """中医药振兴, 农业投入保障, 人才分类评价: an item with a process of its own (it takes the head alone)."""
    if not re.fullmatch(rf"[{HAN}]{{4,8}}", item) or ITEM_NOT.search(item) or ITEM_VERB.match(item) or re.search("[和与及或的]", item):
        return False
    words = pos(item)
    last = words[-1]
    end_verb = len(last[0]) == 2 and (last[1] in ("v", "vn") or last[0] in PROCESS_NOUN or bool(PROCESS_END.search(last[0]))) \
        or len(last[0]) == 1 and [tg[:1] for _w, tg in pos(item[-2:])] == ["v", "n"]  # 产业提效 (提 v, 效 n); not 碳排放权
    return len(words) >= 2 and end_verb \
        and not words[0][1].startswith("v") and last[0] not in JOINING


def shared_tails(s: _Sentence) -> None:
    for f in list(s.found):
        if f.kind != "program":
            continue
        start = f.end - len(f.name)  # 碳排放权、水权交易制度: the names of a coordination are found over its whole span
        raw = s.text[start:f.end]
        h = HEAD.search(raw)
        if start < f.start or start < 3 or s.text[start - 1] != "、" or raw != f.name or not h \
                or not re.fullmatch(rf"[{HAN}]{{5,16}}", raw):
            continue
        pt = _tail(raw[:h.start()])
        if not pt and not _process_item(raw[:h.start()]):
            continue
        tail = pt[1] + h.group(0) if pt else ""  # 培育工程, 交易制度; 质量提升行动
        cs, _ce = s.clause_of(start, f.end)
        items, at = [], start - 1
        while at > cs and s.text[at] == "、":
            prev = s.text.rfind("、", cs, at)
            a = prev + 1 if prev >= cs else _cut_after_verb(s, cs, at, ("program",))
            if prev < cs:  # 探索建立碳排放权、…: the cut may leave the second verb of a pair
                lead = LEAD_PAIR.match(s.text, a, at)
                a = lead.end() if lead and at - lead.end() >= 2 else a
            items.append((a, at))
            if prev < cs:
                break
            at = prev
        if not items or len(items) > 5 or s.text.startswith("等", f.end):
            continue  # 行政审批、国资国企、商事登记制度等重点领域改革: fields listed
        if all(_process_item(s.text[a:b]) for a, b in items) and _process_item(raw[:h.start()]):
            tail = h.group(0)  # 农业补贴、农业投入保障、…、农业生态补偿制度: each its own process, the head shared
        elif not tail or not all(_noun_item(s.text[a:b]) for a, b in items):
            continue
        first = min(a for a, _b in items)
        if any(g.kind != "program" and g.start < start and first < g.end for g in s.found):
            continue  # a project or organization over the items
        names = {s.text[a:b] + tail: (a, b) for a, b in items}
        words = [s.text[a:b] for a, b in items]
        s.found = [g for g in s.found if g is f or g.kind != "program" or not (first <= g.start and g.end <= start
                                                                                or cs <= g.start and g.end <= f.end
                                                                                and any(g.name.startswith(w) for w in words))]
        # every name of the coordination over its whole span, as the lists of programs.py give them (a name nested in
        # another's span is dropped later)
        at = min(first, f.start)
        s.found = [_Found(g.kind, g.name, at, g.end, g.rank) if g is f else g for g in s.found]
        for name in names:
            s.found.append(_Found("program", name, at, f.end, f.rank))
