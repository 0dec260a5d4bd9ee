"""Round 23 (progHA, programs): a verb that acts on a programme stayed at the start of its name.

`积极参与电力体制改革`, `统筹谋划“城市双修”工程`, `积极响应“国土绿化”行动`, `力推“带方案出让”模式`, `细化投融资模式改革`,
`放大城管体制改革成效`, `制定并实施公厕建设规划`, `抓紧城市燃气工程建设`: the verb says what the government does with the
programme (takes part in it, plans it, answers it, pushes it, details it, widens its effect, carries it out), it is no part of
the name, yet it was read into the program (参与电力体制改革, 谋划城市双修工程 …). With a bare head after it the find is no name
at all: `争当改革排头兵`, `勇做改革先行者`, `做实改革举措`, `放大改革综合效应` gave 争当改革, 勇做改革, 做实改革, 放大改革.
Cross-set table (eval/corpus_samples/entN/round23_progHA/README.md): 13 such finds in dev16, dev19, dev20, dev22, dev23 and
dev25, all inventions; no gold file of dev … dev24 lists a name that starts with one of these verbs. On 200 random corpus
reports (seed 2303, scan_leads.py) 21 finds in 19 reports (参与…行动, 抓实…工程, 细化…工程 …).

The verbs are a closed set read in those finds and on the 200 reports (below): verbs of taking part, planning, answering,
pushing and carrying through that never open a programme's name; 并 + a verb of doing (制定并实施…, 健全并形成…) is the second
half of a verb pair. The verb is cut and the rest kept when the rest ends with a programme head and has a stem of its own, or
has no head but four characters or more (谋划好“八五”普法 → 八五普法); otherwise (a bare head, a generic stem, only the actor:
响应政府倡议) the find is dropped (21 finds in 19 of the 200 reports, scan_leads.py). A find followed by the rest of a body's
name (参与密码科技国家工程研究中心建设) is left alone. A plan's title may start with such a verb (参与“一带一路”建设三年行动计划,
a document's name), so names ending in 方案/计划/规划/纲要/意见/措施 keep it, as `_align_leads` of programs.py does for its
verbs — except after 并, which never opens a title, and before a quoted name + 计划 (参与“粤贸全球”计划, a programme). Verbs that
often open a real name (建设, 打造, 促进, 提升, 扩大, 推进 …: 建设海洋强市行动方案, 扩大民间投资专项行动) and bare 抓 (抓大不放小,
抓党建促乡村振兴) are not in the set.

Fix 2 — 改革 written as a verb before the system it reforms is no programme name. `改革工商注册登记制度` (dev17),
`改革政府融资模式` (dev13), `改革文件公告管理制度` (dev5): the find took the verb and its object (改革 + …制度/机制/模式/体制);
every one is an invention, and the golds list neither that string nor the bare system in those sentences (the only three such
clauses in the texts of dev, dev2 … dev25; no gold name starts with 改革 but 改革创新工程). On the 200 reports (seed 2303,
scan_reform_verbs.py) 22 such finds in 19 reports (改革公务用车制度, 改革户籍管理制度, 改革商事登记制度 …). The find is dropped
(with what it overlapped and beat); names where 改革 heads a compound (改革开放…, 改革创新…, 改革发展…, 改革试验/试点…) stay.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _clean, _Sentence

# verbs acting on a programme, read at a program's start in dev16 (参与, 力推, 争当, 勇做), dev19 (细化, 做实), dev20 (谋划,
# 放大, 并实施), dev22 (抓紧), dev23 (响应), dev25 (放大) and on the 200 reports of seed 2303 (参与 ×6, 抓实 ×5, 细化 ×2,
# 稳妥地 ×2, 承接, 谋划, 抓紧, 并实施, 并形成, 放大 — scan_leads.py)
# (one or more: 抓紧抓实“3121”工程, 深化细化“双千工程”)
# (好 after the verb: 谋划好“八五”普法; a verb of doing after it is cut too: 抓紧制订…, 参与实施…)
META_LEAD = re.compile(r"(?:(?:(?P<and>并)(?:实施|形成|推行|开展|执行)|参与|抓实|抓好|抓紧|细化|谋划|响应|力推|承接|放大|做实|争当|勇做|"
                       r"稳妥地(?:搞好|做好)?)好?)+(?:制订|制定|实施|推进|开展)?")
LEAD_GATE = re.compile(r"并(?:实施|形成|推行|开展|执行)|参与|抓实|抓好|抓紧|细化|谋划|响应|力推|承接|放大|做实|争当|勇做|稳妥地")
PLAN_TITLE = re.compile(r"(?:方案|计划|规划|纲要|意见|措施)$")
# what is left must name something: not only the one who acts (响应政府倡议 → 政府倡议 is no programme)
AGENT = re.compile(r"(?:政府|党委|国家|省|市|县|区|部门|企业|社会|群众)+")
NAME_GOES_ON = re.compile(r"”?(?:研究中心|中心|实验室|研究院|基地)")


def meta_leads(s: _Sentence) -> None:
    """Cut a verb acting on a programme from the start of a program's name, or drop the find when no name is left."""
    from .lexicon import _lexicon
    from .programs import GENERIC_PROGRAM

    lex = _lexicon()
    changed = False
    for i, f in enumerate(s.found):
        if f.kind != "program":
            continue
        raw = s.text[f.start:f.end]
        m = META_LEAD.match(raw)
        if not m or _clean(raw) != f.name:
            continue
        if not m.group("and") and PLAN_TITLE.search(f.name) and not raw.endswith(("”计划", "”规划")):
            continue  # 参与“一带一路”建设三年行动计划: a plan's title keeps its verb (not 参与“粤贸全球”计划, a programme)
        if NAME_GOES_ON.match(s.text, f.end):
            continue  # 参与密码科技国家工程研究中心建设: the find was cut out of a body's name; not this fix's
        rest = _clean(raw[m.end():])
        head = lex.head_at_end.search(rest) or PLAN_TITLE.search(rest)  # 并实施公厕建设规划 → 公厕建设规划
        stem = _clean(rest[:-len(head.group(0))]) if head else rest
        if len(stem) >= 2 and not GENERIC_PROGRAM.fullmatch(stem) and not AGENT.fullmatch(stem) and (head or len(rest) >= 4):
            s.found[i] = _Found(f.kind, rest, f.start + m.end(), f.end, f.rank)
        else:
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        changed = True
    if changed:
        s.found = [f for f in s.found if f.kind != "dropped"]


# fix 2: 改革 + the system, mechanism or mode it reforms (改革工商注册登记制度, 改革政府融资模式); 改革 heading a compound stays
REFORM_VERB = re.compile(r"改革(?!开放|创新|发展|试验|试点|攻坚)[^，。；]{2,}(?:制度|机制|模式|体制)")
REFORM_VERB_GATE = re.compile(r"改革(?!开放|创新|发展|试验|试点|攻坚)[^，。；]{2,20}?(?:制度|机制|模式|体制)")


def reform_verb_objects(s: _Sentence) -> None:
    """Fix 2: drop programs that are 改革 + the system it reforms (改革工商注册登记制度): a verb and its object."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and REFORM_VERB.fullmatch(f.name) and s.text.startswith("改革", f.start):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
