"""Round 21 (progDB, programs): pilots named without the verbs the pilot rules read.

`转型升级综合改革试点工作初见成效` (dev23 泰州), `在大朗进行商事登记制度改革试点`, `积极稳妥地进行了农村税费改革试点`,
`支持镇江生态文明综合改革试点和低碳城市建设`, `积极推进直供电试点`, `搞好农业保险试点`, `医养结合试点不断深化`, `长护险试点提档升级`: a
pilot with a field of its own (the official gold and the dev sets list such pilots with 试点 kept: 转型升级综合改革试点,
宅基地制度改革试点, 营改增试点, 垃圾分类试点, 林长制试点, 新型城镇化试点) at a clause's start, or after a verb of carrying it on, was
found as nothing when no older rule read its head (the pilot rules read …改革试点 after some verbs and quoted pilots). Counted on 200
random corpus reports (seed 2105, `eval/corpus_samples/entN/round21_programs/scan_pilots.py`): such a pilot named in 169, not found
in 42.

The name runs from the clause's start, the verb or a batch word (第二批, 首个: left out) to `试点`; `工作` after it is left out; what
follows must end the name (a clause's end, a conjunction, the pilot's progress: …试点扎实推进, …试点取得成效). Not: a pilot of
nothing named (综合改革试点, 各项改革试点, 市级综合配套改革试点: a level alone; 顺德区试点, 平江试点: a place alone), a name with a verb,
a conjunction or 的 in it (获批…, 入选…, 列入…, 入围…: a designation, an honour; 争取…: a goal; …和…试点: two things, for the list
rules), a demonstration or a test (…示范, …试验), the pilot as a qualifier (…试点城市, …试点范围, …试点药店: what follows does not
end the name), a counted pilot (25个县区进行了…试点), a span already read as a program, or a later, shorter form of a pilot the
sentence named before (落实省城镇化试点工作 …, 城镇化试点和…).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
# a clause's start, adverbs, then a verb of carrying the pilot on (or none), a batch, then the name up to 试点
PILOT = re.compile(
    r"(?:^|(?<=[，。；：]))"
    r"(?:积极稳妥地|积极稳妥|积极|稳妥|深入|继续|扎实|全面|全力|加快|大力|认真|着力|稳步|有序|切实|率先|同时)*"
    r"(?:在[" + HAN + r"]{2,6}?(?=进行))?"
    r"(?P<verb>进行了|进行|支持|鼓励|深化|推进|搞好|抓好|做好|以|开展|实施|推动|落实|完成|启动|试行|组织)?"
    r"(?P<batch>(?:全国|全省)?(?:第[一二三四五六七八九十]批|首个|首批))?"
    rf"(?P<name>[{HAN}“”]{{2,18}}?试点)"
    # what may follow: 工作 (left out), a clause's end or a conjunction, or the pilot's progress (…试点扎实推进, …试点取得成效)
    r"(?:工作)?(?=[，。；：、）)和及与]|$|扎实|稳步|顺利|有序|深入|不断|取得|进展|启动|全面|逐步|圆满|成效|初见|通过|"
    r"实现|提档|继续|加快|正式|落地|基本|已经|已)"
)
# what may not stand in the name: a verb (the name runs into the clause), a designation (获批, 入选, 列入, 入围: an honour), a
# conjunction, 的, a count or a quantifier of several pilots, a demonstration or a test (示范试点, 试验试点: no one pilot)
NOT_IN = re.compile(r"[和与及的等、]|各|这|该|有关|相关|重大|一批|部署|实施|推进|开展|进行|支持|深化|落实|启动|申报|争取|获|入选|"
                    r"成为|列入|列为|确定|纳入|作为|承担|被|是|为|在|争创|创建|完成|推动|探索|抓好|做好|搞好|试行|加快|扩大|学习|借鉴|确保|出台|"
                    r"制定|坚持|提升|加大|推开|办好|增强|承接|建立|健全|完善|巩固|总结|推广|了|入围|入列|跻身|进入|当好|打造|发挥|放大|强化|"
                    r"加强|新增|新建|建成|创成|培育|^结合|^按照|以|由|将|对|落地|推行|推深|做实|鼓励|第.轮|首个|首批|"
                    r"建设(?:全国|国家|省|市)|第.批|示范|试验|开发区|园区|试点.")
# the head and the field before it: a level, a place or a count alone names no pilot (市级综合配套改革试点, 顺德区试点, 平江试点)
HEAD = re.compile(r"(?:(?:综合配套|综合|集成)?改革|综合)?试点$")
LEVEL_ONLY = re.compile(r"^(?:国家级?|省级?|市级?|县级?|区级?|全国|全省|全市|全区|本市|我市|我省|我区|首批|第[一二三四五六七八九十]批)*$")
PLACE_ONLY = re.compile(rf"^[{HAN}]{{1,4}}(?:省|市|县|(?<![社园城片小景矿街])区|镇)$")


def _place_only(field: str) -> bool:
    from .stems import _places

    return bool(PLACE_ONLY.match(field)) or field in _places()


def reform_pilots(s: _Sentence) -> None:
    """Add the named pilots at a clause's start or after a verb of carrying them on (see the module's doc)."""
    for m in PILOT.finditer(s.text):
        raw = m.group("name")
        name = raw.replace("“", "").replace("”", "")
        if raw.count("“") != raw.count("”") or NOT_IN.search(name):
            continue
        field = name[: HEAD.search(name).start()]
        if len(field) < 2 or LEVEL_ONLY.match(field) or _place_only(field):
            continue
        a, b = m.start("name"), m.end("name")
        if any(f.kind == "program" and f.start < b and a < f.end for f in s.found):
            continue  # read already (深入推进服务业综合改革试点)
        if any(f.kind == "program" and name in f.name for f in s.found):
            continue  # a later, shorter form of a pilot named before (落实省城镇化试点工作 …, 城镇化试点和…逐步推进)
        s.found.append(_Found("program", name, a, b, 1))


# Fix 2. 新一轮X: a programme run again, named after 新一轮 (`加快实施新一轮扶贫攻坚计划`, `搞好新一轮市容环境综合整治`, `启动新一轮
# 技术改造升级工程`, `开展新一轮地下空间三年整治`) was found as nothing: 新一轮 stands where the program rules look for a verb or a
# clause's start. The official gold drops 新一轮 (national 2024 `实施新一轮千亿斤粮食产能提升行动` → 千亿斤粮食产能提升行动), so the
# name starts after it. Counted on the 200 reports of fix 1 (`scan.py DUMP new_round`).
ROUND = re.compile(
    rf"新一轮(?P<name>[{HAN}“”]{{2,16}}?(?:综合整治|专项整治|整治|改革试验|改革|工程|行动计划|计划|专项行动|行动|攻坚战|攻坚))"
    r"(?:工作)?(?=[，。；：、）)]|$|扎实|稳步|顺利|有序|深入|不断|取得|进展|全面|逐步|圆满|成效|初见|通过|实现|加快|正式|基本|已)"
)
# a designation (入选省新一轮高水平大学建设计划: an honour) or a time (随着新一轮…, 抓住新一轮…机遇) before 新一轮
ROUND_BEFORE = re.compile(r"(?:入选|列入|纳入|获批|随着|抓住|面对|迎来|借助|把握)[^，。；]{0,4}$")
# a generic reform or plan: no one programme (新一轮全面深化改革, 新一轮综合改革, 新一轮改革攻坚)
# a counted set of works or actions (新一轮十大工程, 新一轮三大行动): no one programme named
ROUND_COUNTED = re.compile(r"[一二三四五六七八九十百千万两0-9]+(?:大|项|个|件)")
ROUND_GENERIC = re.compile(r"^(?:全面深化|全面|深化|综合|各项|重点|重大|一批)?(?:改革|改革攻坚|攻坚|行动|计划|工程)$")


def round_programmes(s: _Sentence) -> None:
    """Add the programme named after 新一轮 (see the comment above ROUND)."""
    for m in ROUND.finditer(s.text):
        raw = m.group("name")
        name = raw.replace("“", "").replace("”", "")
        if raw.count("“") != raw.count("”") or ROUND_GENERIC.match(name) or ROUND_COUNTED.match(name) \
                or re.search(r"[和与及的等、]", name):
            continue
        if ROUND_BEFORE.search(s.text, max(0, m.start() - 10), m.start()):
            continue
        a, b = m.start("name"), m.end("name")
        if any(f.kind == "program" and f.start < b and a < f.end for f in s.found):
            continue  # read already (新一轮退耕还林工程, 新一轮深化国资国企改革专项行动)
        s.found[:] = [f for f in s.found if not (f.kind == "project" and a <= f.start and f.end <= b)]
        s.found.append(_Found("program", name, a, b, 1))
