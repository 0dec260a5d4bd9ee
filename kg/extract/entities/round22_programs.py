"""Round 22 (progFA, programs): names without a programme head or trigger, in shapes that recur across sets.

Fix 1 — the registration of land rights, `<land rights>确权登记颁证`: 全面实施农村土地承包经营权确权登记颁证 (dev14 西藏),
农村承包地确权登记颁证成为全国先进典型 (dev14 齐齐哈尔), 推进房地一体农村宅基地确权登记 (dev16 安顺), 加快推进房地一体的农村集体
用地和宅基地使用权确权登记工作 (dev17 镇江), 土地确权登记颁证工作受到中央农办表扬 (dev18 滨州), 农村土地确权登记、集体产权制度…
取得突破 (dev20 绥化), 林权确权颁证工作继续完善 (dev20 红河): the national campaign that registers and certifies rural land
rights is named by its object and its process, with no head word (改革, 工程, 行动 …) and often as a subject with no verb before
it, so no program rule read it. The gold files of dev5, dev14, dev16, dev17, dev18 and dev20 list it (12 names); dev2, dev9,
dev11 and dev13 leave some out (the files disagree; see eval/corpus_samples/entN/round22_progFA/README.md).
Counted on 200 random corpus reports (seed 2203): `确权登记颁证|确权颁证|确权登记发证` in 43, the rule's shape in more (scan.py).

The name: a land-rights object read backwards from 确权 over a closed vocabulary of its words (农村, 集体, 土地, 承包经营权,
承包地, 宅基地, 建设用地, 使用权, 所有权, 林权, 房地一体, 产权 … joined by 和/、), then 确权 and at least one of 登记 / 颁证 / 发证
(确权登记颁证, 确权颁证, 确权登记发证, 确权登记); a pilot keeps 试点 (…确权登记颁证试点).
Not: an object without a land word (自然资源统一确权登记: the national gold sets leave it out; 扶贫项目资产确权登记, 职务科技成果确权),
a bare 确权 (土地确权成果, 农村承包地确权511.5万亩: areas and results), a rate or coverage (确权颁证率, 确权登记覆盖面), an honour
or a document that goes on after it (…确权登记颁证工作典型地区, …确权发证管理办法), an object ending in 等 (an open list).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _clean, _Sentence

# the words a land-rights object is made of (longest first); read backwards from 确权
LAND_WORDS = sorted((
    "房地一体的", "房地一体", "农村集体", "农牧村", "农牧区", "农村", "集体", "国有", "家庭", "农民",
    "承包经营权", "承包土地", "承包地", "土地承包", "土地", "承包", "经营权", "宅基地", "建设用地", "集体用地", "用地",
    "使用权", "所有权", "集体林权", "林权", "草原", "草牧场", "房屋", "农房", "产权", "和", "及", "、", "“", "”",
), key=len, reverse=True)
# at least one of these must be in the object: a land or property right of the countryside
LAND_CORE = re.compile(r"土地|承包地|宅基地|建设用地|集体用地|林权|草原|草牧场|房地一体|产权")
REGISTER = re.compile(r"确权(?:登记)?(?:[和及、]?(?:颁证|发证))?(?P<pilot>试点)?")
# what may not follow the name: a rate or coverage (an indicator), an honour title, a document, a result counted in area
NOT_AFTER = re.compile(r"^(?:工作)?(?:率|覆盖|面积|[0-9０-９]|典型|先进|示范|管理办法|办法|实施办法|条例|细则)")


def _object_start(text: str, end: int) -> int:
    """Where the land-rights object before text[end] starts (end when there is none)."""
    i = end
    while i > 0:
        word = next((w for w in LAND_WORDS if text.startswith(w, i - len(w))), None)
        if word is None:
            break
        i -= len(word)
    while i < end and text[i] in "和及、的“”":
        i += 1
    return i


def land_registration(s: _Sentence) -> None:
    """Add `<land rights>确权登记颁证` and its variants as programs (see the module's doc)."""
    text = s.text
    for m in REGISTER.finditer(text):
        if m.group(0) in ("确权", "确权试点"):
            continue  # a bare 确权: areas, results, rates
        a, b = _object_start(text, m.start()), m.end()
        obj = _clean(text[a:m.start()])
        if len(obj) < 2 or not LAND_CORE.search(obj) or NOT_AFTER.match(text[b:]):
            continue
        if a > 0 and text[a - 1] in "等的”" and not obj.startswith("房地一体"):
            continue  # …宅基地等确权登记颁证, …宅基地的确权登记, 农村“六类”产权确权发证: the object is a list, a phrase or a
            # quoted word the vocabulary did not read (the name would be cut)
        crossing = [f for f in s.found if f.start < b and a < f.end]
        if any(f.kind != "program" for f in crossing) or any(f.kind == "program" and f.start <= a and b <= f.end for f in crossing):
            continue  # a name of another kind, or a program already covering it
        if any(s.blocked and x < b and a < y for x, y in s.blocked):
            continue  # inside an honour title
        name = _clean(text[a:b])  # “房地一体”农村宅基地确权登记 → 房地一体农村宅基地确权登记 (dev16)
        s.found = [f for f in s.found if f not in crossing]  # a piece of it (…林权抵押, 土地承包) gives way to the whole
        s.found.append(_Found("program", name, a, b, 2))


# Fix 2 — a government service handled anywhere in a scope, `<scope>通办`: 医保经办服务一体化建设加快，同城通办变为现实 (dev13 荆州),
# 加快实现乡镇（街道）便民服务一窗通办全覆盖 (dev15 铜仁), 推行同城通办试点 (dev16 南宁), 推进省内高频热点事项全省通办 (dev19 毕节),
# 优化提升跨省通办省内通办服务 (dev23 茂名), 实行企业注册登记同城通办 (dev24 梅州): a service reform named by the scope it is
# handled in, with no head word; the lexicon holds the national 跨省通办 and 一网通办, the other scopes were missed. The gold files
# list 30 of the 33 `<scope>通办` written in their texts (not: dev11 跨境通办, dev14 全城通办, dev19 异地通办); counted on the 200
# reports (seed 2203): a scope below written in 33.
# The scope is a closed set of words (a level, 同城/全城, 跨…, 异地, one window or one certificate); a place name before 通办 (川渝通办,
# 长三角一网通办) is not taken. The name is the bare <scope>通办 (the gold files drop 试点, 服务, 全覆盖 and 事项 after it);
# 通办通取 keeps 通取 (全城通办通取, dev9); a program already covering it (一网通办改革) stays.
SCOPED = re.compile(r"(?:同城|全城|全省|省内|全市|市内|全区|区内|全州|州内|全盟|盟内|全县|县内|全域|跨市|跨区域|跨区|跨县|跨境|"
                    r"跨部门|跨层级|跨城|异地|一窗|一证|一码|一门)通办(?:通取)?(?!率)")


def scoped_handling(s: _Sentence) -> None:
    """Add `<scope>通办` as a program (see fix 2 above)."""
    for m in SCOPED.finditer(s.text):
        a, b = m.span()
        crossing = [f for f in s.found if f.start < b and a < f.end]
        if any(f.kind != "program" or f.start > a or f.end < b for f in crossing):
            continue  # a name of another kind, or a program that ends inside it
        if crossing:
            continue  # a program already covering it (一网通办改革, …通办试点 read as a pilot: left to that rule)
        if any(x < b and a < y for x, y in s.blocked):
            continue
        s.found.append(_Found("program", m.group(0), a, b, 2))
