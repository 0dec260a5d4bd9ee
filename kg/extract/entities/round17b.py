"""Round 17b (progR, programs): edges and lists of dev17's cause list, counted on 200 random corpus reports (seed 1712)."""

from __future__ import annotations

import re

from .round15b import _lexicon_programs
from .sentence import _Found, _Sentence

# Fix A. A named policy loses its head 政策: 全面落实减税降费政策 -> 减税降费, 出台人才“金十条”政策 -> 人才金十条, 落实单独两孩
# 政策 -> 单独两孩, 落实房住不炒政策. The gold keeps the head (dev16/17 减税降费政策, dev17 人才金十条政策 and 一对夫妇可生育两个
# 孩子政策, dev11 零门槛入户政策, dev7 六优先政策); 70 of 200 random corpus reports (seed 1712) have a program read right before
# 政策 (eval/corpus_samples/entN/round17b/scan17b.py, cause A). The name takes 政策 when the policy ends there (a stop, 和/及/等,
# or a verb of carrying it out follow; or what the policy yields: 放大人才“金十条”政策效应, 以旧换新政策红利, as round 17's
# results after a name), not when 政策 qualifies another noun (走出去政策支持, 六稳政策措施, 1+4+7政策体系:
# left as they were), nor after a reform, pilot or other head (财税改革政策, 退税试点政策: the reform is the program).
POLICY_END = re.compile(r"”?政策(?=$|[，。；、：！？）)”]|和|及|与|等|的|落地|落实|有序|稳妥|直达|实施|执行|见效|全面|覆盖|"
                        r"效应|成效|效果|实效|红利)")
OWN_HEAD = re.compile(r"(?:改革|试点|制度|体制|机制|模式|战略|工程|行动|计划|政策|方案|活动|建设|规划|措施|办法|条例|攻坚战)$")


def _policy_heads(s: _Sentence) -> None:
    names = {f.name for f in s.found if f.kind == "program"}
    for i, f in enumerate(s.found):
        if f.kind != "program" or OWN_HEAD.search(f.name) or f.name + "政策" in names:
            continue
        m = POLICY_END.match(s.text, f.end)
        if m is None or not s.text[f.start:f.end].replace("“", "").replace("”", "").endswith(f.name[-1]):
            continue
        s.found[i] = _Found(f.kind, f.name + "政策", f.start, m.end(), f.rank)
        names.add(f.name + "政策")


# Fix B. A list of fields or bodies before 等 and a reform named by its own qualifier: 交通、城管、文化等综合执法改革,
# 工商、质监、食品、药品等机构改革, 工会、共青团、妇联等群团组织改革, 科技、教育、文化、卫生等社会事业改革. The extractor
# gave each item the bare 改革 (交通改革, 工商改革, 共青团改革), a name the text does not have: the items are the fields the
# one reform covers (dev17: `交通、城管、文化等综合执法改革` -> 综合执法改革 only). 23 of 200 random corpus reports (seed 1712)
# have an item so completed while a qualifier stands between 等 and 改革 (scan17b.py, cause B2); the item names go, and the
# reform after 等 is kept when its qualifier names one (综合执法改革, 机构改革, 群团组织改革, 税制改革, 医药卫生体制改革), not
# when it is general (管理体制改革, 事业改革). A general qualifier (各项, 重点, 重大, 特色, 配套: 放管服、商事制度等重点改革)
# makes the items reforms themselves: left as they were; so is an item quoted or in programs.txt (“证照分离”、压缩企业开办
# 时间等商事制度改革 keeps 证照分离改革), or one ending with 制度/体制/机制 (集体产权制度、集体林权制度等农业农村改革: each a reform
# by itself). When an item stays a reform, the words after 等 name a class of reforms, not one: no reform is added then.
CJK = r"[\u4e00-\u9fff]"
LIST_QUAL = re.compile(rf"((?:{CJK}{{2,8}}、)+{CJK}{{2,8}})等({CJK}{{1,8}}?)改革")
GENERAL_QUAL = re.compile(r"^(?:各|项|多项|一系列|系列|重点|重大|特色|配套|综合配套|相关|其他|专项|领域|关键|基础性|综合性|"
                          r"系统性|方面|工作)")
SYSTEM_ITEM = re.compile(r"(?:制度|体制|机制)$")  # 集体产权制度、集体林权制度等农业农村改革: each item a reform by itself
VAGUE_REFORM = frozenset({"管理体制", "体制", "事业", "体制机制", "管理", "综合", "行业", "市场"})


def _field_lists(s: _Sentence) -> None:
    lexicon = _lexicon_programs()
    text = s.text.replace("“", "").replace("”", "")
    for m in LIST_QUAL.finditer(text):
        qual = m.group(2)
        if GENERAL_QUAL.match(qual):
            continue
        items = m.group(1).split("、")
        drop = {f.name for f in s.found if f.kind == "program" and f.name.endswith("改革") and len(f.name) >= 4
                and not f.name.endswith(qual + "改革") and any(i.endswith(f.name[:-2]) for i in items)
                and f"“{f.name[:-2]}”" not in s.text and f.name not in lexicon and f.name[:-2] not in lexicon
                and not SYSTEM_ITEM.search(f.name[:-2])}
        if not drop:
            continue
        kept = [f for f in s.found if not (f.kind == "program" and f.name in drop)]
        head = qual + "改革"
        named = any((f.name.endswith("改革") and i.endswith(f.name[:-2])) or i.endswith(f.name) or f.name.endswith(i)
                    for f in kept if f.kind == "program" for i in items)
        if not named and len(qual) >= 2 and qual not in VAGUE_REFORM and not any(f.name.endswith(head) for f in kept):
            at = s.text.find(head)
            if at >= 0:
                kept.append(_Found("program", head, at, at + len(head), 1))
        s.found = kept


def round17b_programs(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "政策" in s.text:
        _policy_heads(s)
    if "等" in s.text and "、" in s.text and "改革" in s.text:
        _field_lists(s)
