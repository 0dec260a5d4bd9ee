"""Round 25 (indEA): the left edge of a count's name — a governing verb inside the name, after who, where or how.

A count written right after its noun, with a governing verb (governing_verbs.txt: 改造, 增设, 实施, 安置, 覆盖, 落户…)
inside the span before it, counts the verb's object, not the whole clause: 既有住宅增设电梯235部 -> 电梯, 市区改造老旧
小区120个 -> 老旧小区, 降氮改造燃气锅炉27台 -> 燃气锅炉 (the official 沙依巴克 file), 整体绿化改造道路18条 -> 道路
(sample C), 紧急转移安置群众25万人 -> 群众 (sample D), 新能源汽车科技城落户整车及关键零部件项目82个 -> 整车及关键零部件
项目 (dev3 赣州). What stands before the verb is who did it, where, how or in which plan (企业, 市区, 中心城区, 数字化,
计划, 重点, 社会力量…); the gold files never keep it for a count written after its noun.

The verb must be a word of its own for jieba, tagged v, with at least two characters before it (a verb at the front
is _drop_leading_verbs' business). Kept whole:
- names whose object is a bare head that the words before the verb qualify (乡村治理示范村, 技术转移中心, 国家地理标志
  保护产品, 老旧小区改造项目, 入驻企业): the object is one word ending in a designation or institution head;
- policies named by what they support (金融支持实体经济发展措施, the dev2 file's name);
- a list of actions (减免税费、降低用地成本), a relative clause (的), known indicator names, and objects that are
  not noun phrases (…新增入统, …实现就近就地灵活就业).
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import indicators


@lru_cache(maxsize=1)
def _compound_heads() -> tuple[str, ...]:
    """Heads of compound names (kg/data/indicator_compound_heads.txt, with the heads the rules already know), longest
    first: an object of one word ending so is the head of one name (乡村治理|示范村, 技术转移|中心)."""
    heads = indicators._words("indicator_compound_heads.txt") | indicators.SERVICE_HEADS | indicators.GENERIC_OBJECTS
    return tuple(sorted(heads, key=len, reverse=True))


# A policy named by what it supports or promotes (金融支持实体经济发展措施, 促进民营经济发展政策措施): whole.
POLICY_ENDS = ("措施", "政策", "意见", "办法", "条例", "规定", "方案", "举措", "细则")
# Who grants a designation, alone before its verb (国家认定|企业技术中心, 省重点推进|产业项目): the name is whole.
AUTHORITY = re.compile(r"(?:国家|中央|省|自治区|市|州|盟|县|区)(?:级|重点)?")
OBJECT_FIRST_TAGS = ("n", "a", "b", "j", "nz", "l", "i", "s", "m")


@lru_cache(maxsize=4096)
def object_of_inner_verb(name: str) -> str:
    """The object after the last governing verb inside `name`, or `name` unchanged (既有住宅增设电梯 -> 电梯)."""
    if len(name) < 5 or "的" in name or name in indicators._known_set():
        return name
    verbs = indicators._verbs()
    attributive = indicators._words("indicator_attributive.txt")
    words = indicators.pos(name)
    at = 0
    cut = -1
    for k, (word, flag) in enumerate(words):
        if k and at >= 2 and flag == "v" and word in verbs and word not in attributive and k < len(words) - 1 \
                and (cut < 0 or k > cut + 1):
            cut = k  # the last governing verb that does not qualify a noun (示范|小区, 帮扶|车间: attributive)
        at += len(word)
    if cut < 0:
        return name
    start = sum(len(w) for w, _f in words[:cut])
    chain = cut + 1
    while chain < len(words) - 1 and words[chain][1] == "v" and words[chain][0] in verbs:
        chain += 1  # 转移|安置|群众, 搬迁|安置|居民: a chain of verbs before the object
    end = start + sum(len(w) for w, _f in words[cut:chain])
    before, rest = name[:start], name[end:]
    rest_words = words[chain:]
    if AUTHORITY.fullmatch(before):
        return name  # 国家认定企业技术中心, 省重点推进产业项目: a designation by who grants it
    if before.endswith(("、", "和", "及", "与", "或")):
        return name  # 减免税费、降低用地成本: a list of actions
    if len(rest) < 2 or rest in indicators.GENERIC_OBJECTS or indicators.SUFFIX_ONLY.match(rest):
        return name
    first, last = rest_words[0], rest_words[-1]
    if not (first[1].startswith(OBJECT_FIRST_TAGS) or first[0].startswith("“")) or first[1] in ("nr", "mq") \
            or not (last[1].startswith(("n", "j")) or last[0].endswith("”")):
        return name  # …新增入统, …实现就近就地灵活就业: no noun phrase after the verb
    if first[0] in verbs or first[0] in indicators._indicator_verbs() or any(f == "v" for _w, f in rest_words):
        return name  # 村落保护|利用示范村, …实现|川渝通办、日均办理: a verb inside what follows
    if before.endswith("化") and first[0].endswith("化") and len(first[0]) >= 3:
        return name  # 智能化改造|数字化转型项目: two works joined without a mark (智改数转), one project's name
    if len(rest_words) == 1 and rest.endswith(_compound_heads()):
        return name  # 乡村治理示范村, 技术转移中心: the head of one name
    if rest.endswith(POLICY_ENDS):
        return name  # 金融支持实体经济发展措施
    if any(name.find(known) <= start < name.find(known) + len(known) for known in _known_covering(name)):
        return name  # the verb is inside a known name
    return rest


def _known_covering(name: str) -> tuple[str, ...]:
    return tuple(known for known in indicators.known_indicators() if len(known) >= 4 and known in name)


def trim_left(text: str, quantities: list, result: list[str]) -> None:
    """Round 25 (indEA): a count written right after its noun counts the object of a governing verb inside the name
    (in place; names that later figures took from it follow)."""
    for i, q in enumerate(quantities):
        name = result[i]
        if q.kind != "count" or not name or len(name) < 5:
            continue
        if not text[:q.start].rstrip(" \u3000").endswith(name):
            continue  # only a name written right before its count
        trimmed = object_of_inner_verb(name)
        if trimmed == name:
            continue
        result[i] = trimmed
        for j in range(i + 1, len(quantities)):
            if result[j] == name and not text[:quantities[j].start].rstrip(" \u3000").endswith(name):
                result[j] = trimmed  # …增设电梯235部，增长…: the figures that took its name
