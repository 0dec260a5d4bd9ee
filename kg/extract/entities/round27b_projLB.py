"""Round 27b (projLB, projects): one name read over two capacity items joined by 和/及 is two projects, the owner company
before the first capacity shared by the second (中化长山15万吨尿基复合肥和10万吨缓控释肥 -> 中化长山15万吨尿基复合肥,
中化长山10万吨缓控释肥; 鲁花花生油生产和100万吨稻米精加工 -> 鲁花花生油生产, 100万吨稻米精加工).

Evidence (eval/corpus_samples/entM/round27b_projLB/README.md): the golds that hold the shape split it every time and copy
the owner onto the second item when the first item is owner + capacity + product (dev6 远景能源3GWh储能电池 / 远景能源500台
风机; dev30 中化长山… twice, 鲁花… with no capacity in the first item: no owner copied); no gold keeps such a pair whole.
Pattern: a found project whose name is A + 和/及 + B, B opening with a capacity (a figure and a unit of output: 万吨, 辆,
千瓦, GWh …, optionally 年产 before or /年 after) and going on with 2+ characters of product; A is 4+ characters, does
not itself end in a figure or unit, and holds no other 和/及. A keeps its span; B is read at its own span, prefixed with
A's text before its first capacity when A opens with 2+ characters of name and then a capacity.
Also (same module): a capacity-named project standing alone before 项目 is read without 项目 (`_capacity_named`), and 项目
is dropped after a found capacity-named project (`_trimmed`): of the gold names holding a capacity with 项目 after them in
the text, 13 drop it (8 sets) against 3 that keep it (dev6, dev19): capacity_xiangmu.txt.
Corpus (judged by hand, README): seed 2771's 200, 58 name changes in 30 reports (53 y, 5 half, 0 n) after one narrowing
(a list's tail 等/批/配套 in the owner, a stock 存量 as product); fresh seed 2772 with that version: 39 changes in 25 reports
(34 y, 3 half, 2 n: a batch of power capacity, 840万千瓦新能源), the shape dev10/dev13 invented too, so no owner + a power
unit is no longer read; final rule: 56 changes in 28 reports (53 y, 3 half) and 34 in 22 (31 y, 3 half).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _strip_lead

_UNIT = r"(?:万|亿|千|百)?\s*(?:吨|辆|台|千瓦|兆瓦|千伏安|头|套|只|羽|片|平方米|立方米|锭|吨/年|GWh|MWh|GW|MW|Gwh|gwh|万千瓦时)"
CAP = re.compile(r"(?:年产能?|年处理|年加工|年屠宰|年出栏|年)?\s*[0-9.]+\s*" + _UNIT + r"(?:\s*/\s*年)?(?!级)")
JOIN = re.compile(r"\s*[和及]\s*")
HAN2 = re.compile(r"[\u4e00-\u9fff]{2}")
ENDS_IN_AMOUNT = re.compile(r"[0-9.]+\s*" + _UNIT + r"?\s*$|[万亿千百吨辆台米套头]$")


def _split(name: str) -> tuple[str, str, int] | None:
    """(first item, second item's name, offset of the second item in name) or None."""
    for m in JOIN.finditer(name):
        a, rest = name[:m.start()], name[m.end():]
        cap = CAP.match(rest)
        if cap is None or not HAN2.search(rest[cap.end():]):
            continue
        if len(a.replace(" ", "")) < 4 or ENDS_IN_AMOUNT.search(a) or "和" in a or "及" in a \
                or "和" in rest or "及" in rest:
            return None
        owner = CAP.search(a)
        second = rest
        if owner is not None and owner.start() >= 2 and HAN2.fullmatch(a[:owner.start()].replace(" ", "")[:2]):
            second = a[:owner.start()].rstrip() + rest  # 中化长山 + 10万吨缓控释肥
        return a, second, m.end()
    return None


def _trimmed(f: _Found, text: str) -> _Found:
    """吉化120万吨乙烯转型升级项目 -> 吉化120万吨乙烯转型升级: the golds drop 项目 after a capacity-named project (13 names in
    8 sets against 3 kept in 2: capacity_xiangmu.txt)."""
    if f.kind != "project" or not f.name.endswith("项目") or text[f.end - 2:f.end] != "项目" \
            or re.match(r"\s*[一二三四五六七八九十0-9]+期", text[f.end:]):  # 嘉寓2GW高效光伏组件项目一期: the phase is the project's
        return f
    body = f.name[:-2].rstrip()
    cap = CAP.search(body)
    if cap is None or not HAN2.search(body[cap.end():]) or NOT_PRODUCT.search(body[cap.end():]) or ENDS_IN_AMOUNT.search(body):
        return f
    return _Found(f.kind, body, f.start, f.end - 2 - (len(f.name[:-2]) - len(body)), f.rank)


def round27b_projLB(found: list[_Found], text: str) -> list[_Found]:
    """Drop 项目 after a capacity-named project; split a project read over two capacity items joined by 和/及."""
    found = [_trimmed(f, text) for f in found]
    if "和" not in text and "及" not in text:
        return found
    out: list[_Found] = []
    names = {(f.kind, f.name) for f in found}
    for f in found:
        parts = _split(f.name) if f.kind == "project" and ("和" in f.name or "及" in f.name) else None
        if parts is None or text[f.start:f.end] != f.name:
            out.append(f)
            continue
        first, second, at = parts
        pieces = [(first, f.start, f.start + len(first)), (second, f.start + at, f.end)]
        for name, start, end in pieces:
            if ("project", name) not in names:
                names.add(("project", name))
                out.append(_Found("project", name, start, end, f.rank))
    return out


# ---- a capacity-named project read alone (开工建设本然生物500万吨土壤调节剂项目 -> 本然生物500万吨土壤调节剂) ----------------

# a verb or frame word the owner part cannot hold: the name starts after the last one (石化公司开工建设800万吨炼油项目)
LEAD_VERB = re.compile(r"(?:开工建设|启动建设|加快建设|开工|动工|建设|建成|推进|推动|实施|抓好|搞好|做好|启动|新建|引进|签约|落地|加快|确保|"
                       r"力争|争取|完善|筹备|筹建|谋划|完成|促进|支持|培育|发展|打造|新上|上马|续建|扩建|投产|竣工|围绕|依托|实现|"
                       r"要|将|和|及|与|以|为|的|在|对|把|由|是|了|、)")
PRODUCT = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}")
NOT_PRODUCT = re.compile(r"[的和及与等、]|以上|以下|左右|规模|能力|产能|总投资|投资|存量|增量|在建|新建$")
POWER = re.compile(r"千瓦|兆瓦|GW|MW")
XIANGMU = re.compile(r"项目(?!库|区|单位|资金|审批|建设用地|前期|储备|谋划|招商|落地率)")


def _capacity_named(s) -> None:
    text = s.masked
    for m in XIANGMU.finditer(text):
        cs, ce = s.clause_of(m.start(), m.end())
        a0 = _strip_lead(text, cs, m.start())
        cap = None
        for c in CAP.finditer(text, a0, m.start()):
            cap = c
            break
        if cap is None:
            continue
        product = text[cap.end():m.start()].strip()
        if not PRODUCT.fullmatch(product) or NOT_PRODUCT.search(product) or not HAN2.search(product):
            continue
        a = a0
        for v in LEAD_VERB.finditer(text, a0, cap.start()):
            a = v.end()
        owner = text[a:cap.start()].strip()
        # not a list's tail or a batch (龙源等66万千瓦风光电, 直流配套首批100万千瓦风光电: seed 2771, judged n)
        if len(owner.replace(" ", "")) > 10 or re.search(r"[0-9等批]|配套", owner):
            continue
        if not owner and POWER.search(text, cap.start(), cap.end()):
            continue  # 690万千瓦火电项目, 110万千瓦光伏项目分批实施: a batch of power capacity (dev10, dev13; fresh seed 2772, n)
        a = cap.start() - len(text[a:cap.start()].lstrip()) if owner else cap.start() + len(text[cap.start():cap.end()]) - len(text[cap.start():cap.end()].lstrip())
        b = m.start()
        while b > a and text[b - 1] == " ":
            b -= 1
        if any(f.kind == "project" and f.start < m.end() and a < f.end for f in s.found):
            continue
        s.add("project", a, b, 4, s.text[a:b])


def round27b_capacity(s) -> None:
    """The sentence pass, gated by substring tests (speed)."""
    if "项目" in s.masked and any(u in s.masked for u in ("吨", "瓦", "辆", "台", "头", "套", "只", "片", "米", "锭", "W")):
        _capacity_named(s)
