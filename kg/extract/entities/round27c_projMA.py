"""Round 27c (projMA, projects): a facility whose clause ends in an opening or topping-out frame the earlier rules do not
know (开业, 开业运营/运行, 开园运营, 落成开馆, 完成主体施工, a part before 封顶/完工: 主体钢结构, 主体建筑, 主塔, 大坝, 主体厂房),
or whose name ends in no lexicon head (华润万象汇主体完工, 武引二期主体完工).

Evidence (eval/corpus_samples/entM/round27c_projMA/README.md): dev30's 市中心医院花城院区即将开业运行, dev23's 滨海国际机场航站楼主体
钢结构封顶, dev29's 长虹智能制造产业园主体厂房提前封顶, dev13's 清水汤浴水库大坝顺利封顶, dev6's 大外环北环主体完工, dev19's
帝豪商务区开业运营; the golds list the facility without the part (滨海国际机场航站楼, 清水汤浴水库) and refuse banks, companies and
exchanges opened (dev3, dev6, dev7, dev12, dev19, dev27, dev28: 银行…分行开业 never gold), counts and kinds (星级酒店, 27个外迁
安置社区). Round 15's _done_subjects reads 封顶/开馆/开园 only right after a lexicon facility head; round 18b's _done_works
only its own heads before 投用/竣工 …. Parks opened (…产业园开园运营, …首开区开园) are read (gold in dev2, dev17, dev29, dev30).
Corpus: seed 2781 (study 200) 11 lines in 11 reports, 10 y 1 half; seed 2782 (fresh, rule unchanged) 12 lines in 9 reports,
9 y 2 half 1 n. Just above the 10-line bar: a small rule.
"""

from __future__ import annotations

import re

from .lists import SUBJECT_NOT
from .patterns import COUNTED, GENERIC_LEAD
from .round18b_projects import DONE_LEAD, NOT_WORKS, _named, _works_name
from .sentence import _clean
from .stems import common_word

PART = r"(?:主体(?:工程|框架|结构|钢结构|建筑|厂房)?|主塔|大坝|坝体|钢结构|总体)"
ADVERB = r"(?:已经|已|正式|顺利|全面|全线|基本|全部|即将|如期|按期|提前|年内|率先|成功|精彩|相继|先后|建成|落成|竣工)*"
FRAME = re.compile(rf"(?P<part>{PART})?{ADVERB}(?:开业(?:运营|运行)?|开园(?:运营)?|开馆(?:运营)?|封顶|完成主体施工|完工)$")
LAST = frozenset("业营行园馆顶工")
# not a works: a bank, an insurer, a company or an exchange opening (organizations), a mission, a unit counted
OPENED_NOT = re.compile(r"银行|分行|支行|保险|证券|理财|基金|信托|公司|集团|交易所|交易中心|领事馆|机构|楼房|社区|[0-9]+[栋套个座所家]|"
                        r"首期|首开|部分|以上|以下|老旧|^(?:在建|新建|星级|大型|一批|完成|实现)|并$|^[0-9]")
BUILT = re.compile(r"封顶|完工|完成主体施工$")  # a construction frame (not an opening: a bank or a museum opens as an organization)
FACILITY_ORG = re.compile(r"(?:馆|中心|院区|分院|新院|大楼|楼|剧院|医院|学校|校区)$")


def _item_name(name: str, verb: str) -> str | None:
    park = "开园" in verb and re.search(r"(?:园|首开区)$", name)  # a park or its first zone opened (gold in dev2, dev17, dev29, dev30)
    test = name[:-3] if name.endswith("首开区") else name[:-1] if park else name
    if not 3 <= len(name) <= 22 or SUBJECT_NOT.search(name) or COUNTED.search(name) or GENERIC_LEAD.match(name) \
            or OPENED_NOT.search(test) or NOT_WORKS.search(test):
        return None
    if park:
        return name if _named(test) or len(test) >= 4 and not common_word(test) else None
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9（）()·—－“”-]+", name) or len(re.findall(r"[\u4e00-\u9fff]", name)) < 3:
        return None
    works = _works_name(name, False, verb)
    if works:
        return works
    return name if _named(name) else None


def round27c_projMA(s) -> None:
    for cs, ce in s.clauses:
        if ce - cs < 5 or s.masked[ce - 1] not in LAST:
            continue
        m = FRAME.search(s.masked, cs, ce)
        if m is None or m.start() - cs < 3:
            continue
        a = DONE_LEAD.match(s.masked, cs, m.start()).end()
        b = m.start()
        if b - a < 3:
            continue
        inside = [f for f in s.found if f.start < b and a < f.end]
        if inside:
            # a facility read as an organization, being built (呼伦贝尔历史博物馆主体封顶, 上饶美术馆主体完工): the works
            f = inside[0]
            if len(inside) == 1 and f.kind == "organization" and (f.start, f.end) == (a, b) and BUILT.search(m.group(0)) \
                    and FACILITY_ORG.search(f.name) and not OPENED_NOT.search(f.name):
                s.found.remove(f)
                s.add("project", a, b, 3, f.name)
            continue  # otherwise something already read in the subject: the earlier rules' ground
        raw = s.text[a:b]
        if raw.endswith("建设") and len(raw) >= 5:
            raw, b = raw[:-2], b - 2  # 绥巴路建设完工: the works, not its building
        if _clean(raw) != raw or re.search(r"[，,；;和及与等的在将要]", raw):
            continue  # a list joined by 和, a clause with another verb
        items, at = [], a
        for part in raw.split("、"):
            name = _item_name(part, m.group(0))
            if name is None or not part.startswith(name):
                items = []
                break  # every item a works, or none read
            items.append((at, name))
            at += len(part) + 1
        for start, name in items:
            s.add("project", start, start + len(name), 3, name)
