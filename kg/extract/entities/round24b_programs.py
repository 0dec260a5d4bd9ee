"""Round 24b (progKA, programs): a pilot of a quoted name keeps 试点, and the field written right before the quote.

`“营改增”试点正式启动` (dev27 石家庄, dev20 红河, dev21 承德, dev26 大庆), `强力推进“多规合一”试点` (dev9 铜陵), `“六个一”试点扎实推进`
(dev23 泰州), `开展专项债项目“自审自发”试点` (dev22 青岛), `推进农村宅基地“三权分置”试点` (dev17 镇江), `开展科研经费“包干制”试点`,
`加快推进高校科技成果转化“三项改革”试点` (dev27 山西): the pilot was read as the bare quoted name (round 17d's `quoted_pilots`, or
the lexicon: 营改增, 多规合一), and the golds list the pilot with 试点 kept and, when a field is written right before the quote
(after the verb), with the field: 营改增试点, 多规合一试点, 六个一试点, 专项债项目自审自发试点, 农村宅基地三权分置试点, 科研经费包干制试点,
高校科技成果转化三项改革试点, 政经分离改革试点, 证照分离改革试点, 兴安岭生态银行试点 — 15 names in 10 sets (dev9, dev11, dev17,
dev20 … dev23, dev25 … dev27), against 5 names listed bare in 5 sets (dev3 三证合一, dev5 一口受理, dev14 一次办到底, dev16 同城通办, dev17 理财通;
eval/corpus_samples/entN/round24b_progKA/gold_qpilot.tsv). The official gold keeps 试点 in its pilots (建制县区隐性债务化解试点,
全国城市一刻钟便民生活圈试点), as round 21 (`round21_programs`) does for unquoted pilots. Round 17d chose the bare form from the
four sets of its time; the ten sets annotated since keep 试点.

Left as found: a service brand (a quote ending in 办, 通, 受理: 同城通办, 理财通, 一口受理 — the service is the programme, GUIDELINES
"service brand"), a level alone before the quote (国家, 省, 全国 …: not a field), a field holding a verb, 的 or a list word, a pilot
place or unit (…试点城市, …试点县, …试点范围: round 17d's guard), a pilot won, entered or aimed at (入选, 获批, 入围, 入列, 申报,
创建 …: round 17d's SELECTED), a place before the quote (光泽, 达旗, 平原县: not a field), pilots counted or a list summed up before the
quote (98个“共同缔造”试点, …等“国字号”改革试点), and any find that is not the bare quoted name (or X改革).
Counted on 200 random corpus reports (seed 2412, eval/corpus_samples/entN/round24b_progKA/scan_qpilot.py).
"""

from __future__ import annotations

import re

from .round17d import SELECTED
from .sentence import _Found, _Sentence
from .stems import _places

HAN = "\u4e00-\u9fff"
GATE = re.compile(r"”(?:改革)?试点")
# round 17d's shape (a pilot place or unit after 试点 is no programme)
QUOTED_PILOT = re.compile(r"“(?P<name>[\u4e00-\u9fff0-9A-Za-z+＋、]{2,12})”(?P<reform>改革)?试点"
                          r"(?!省|市|城市|县|区|镇|村|单位|企业|范围|示范|基地|园区|学校|医院|地区|乡|项目|户|点|社区|乡镇|口岸)")
# a service brand: the service itself is the programme (同城通办, 理财通, 一口受理, 掌上办)
SERVICE = re.compile(r"(?:办|通|受理)$")
# the verbs (with adverbs) after which the field before the quote starts
VERB = re.compile(r"(?:开展|推进|推行|推广|抓好|做好|实施|启动|深化|扩大|落实|探索|开启|承担|进行|搞好|完成|争取|推开|纳入|列入|"
                  r"巩固|做实|支持|加强|用好|申报|推动|实行|试行|组织|鼓励|健全|完善|建立|坚持|做|抓|搞|"
                  r"参与|加快|继续|稳步|扎实|强力|深入|全面|积极|有序)")
# a level, not a field (国家“城市双修”试点: the golds split; left)
LEVEL = re.compile(r"(?:全国|国家级?|省级?|市级?|自治区级?|县级?|首批|第[一二三四五六七八九十]批|新一轮|综合性?)$")
PLACE_END = re.compile(r"^[^乡城村]{1,2}[省市县区旗镇村乡]$|高新区|开发区|新区|园区")  # 达旗“扩权强县”试点: a place's short form
# a pilot won or entered (入围“全国美丽乡村”试点): a title, not the programme (round 17d's SELECTED, with 入围)
CHOSEN = re.compile(r"(?:入围|入列|申报|创建|争取)[^，。；“”]{0,10}$")
COUNTED = re.compile(r"(?:[\d一二三四五六七八九十百千]+(?:个|家|项|批|所)|等)$")
NOT_FIELD = re.compile(r"[的和与及等在为是对将把被了]|试点")


def _field(text: str, quote: int) -> str:
    """The field written right before the quote, after the verb (专项债项目 of 开展专项债项目“自审自发”试点), or ''."""
    run = re.search(rf"[{HAN}]{{1,20}}$", text[:quote])
    if not run:
        return ""
    r = run.group()
    verbs = list(VERB.finditer(r))
    if verbs:
        r = r[verbs[-1].end():]
    elif run.start() > 0 and not re.search(r"[，。；：\n]$", text[:run.start()]) or len(r) > 8:
        return ""  # no verb and not a clause's start: the field is not known
    place = next((r[:k] for k in range(min(len(r), 6), 1, -1)
                  if r[:k] in _places() or any(r[:k] + end in _places() for end in "县市区旗")), "")
    r = r[len(place):]  # a place is not the field (光泽“无废城市”试点, 平原县农村宅基地“三权分置”试点: the golds leave places out)
    if not 2 <= len(r) <= 8 or PLACE_END.search(r) or NOT_FIELD.search(r) or LEVEL.search(r) or re.fullmatch(r"[全国省市县区]+", r):
        return ""
    return r


def quoted_pilot_names(s: _Sentence) -> None:
    """“X”(改革)试点 read as the bare X (or X改革) → [field]X(改革)试点."""
    text = s.text
    for m in QUOTED_PILOT.finditer(text):
        name, reform = m.group("name"), m.group("reform") or ""
        before = text[max(0, m.start() - 12):m.start()]
        if COUNTED.search(before):
            continue  # 98个“共同缔造”试点建设, …等“国字号”改革试点: pilots counted or a list summed up, not one programme
        if SERVICE.search(name) or "、" in name or SELECTED.search(before) or CHOSEN.search(before):
            continue
        q0, end = m.start(), m.end()
        hits = [i for i, f in enumerate(s.found) if f.kind == "program" and f.start < end and q0 < f.end]
        if not hits or any(s.found[i].name not in (name, name + "改革", name + reform + "试点") or s.found[i].start < q0
                           or s.found[i].end > end for i in hits):
            continue  # no find, or a find that is more than the bare quoted name (三变改革试点, a longer name)
        i = hits[0]
        f = s.found[i]
        field = _field(text, q0)
        new = field + name + reform + "试点"
        s.found[i] = _Found(f.kind, new, q0 - len(field) if field else f.start, end, f.rank)
        for j in sorted(hits[1:], reverse=True):
            del s.found[j]  # the same name read twice (with and without its quotes)
