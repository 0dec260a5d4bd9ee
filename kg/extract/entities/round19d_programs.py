"""Round 19d (progAD, programs): quoted service and approval modes named after their field, with no head word.

`深入实施工程建设项目“区域评估”“多评合一”“多测合一”` (dev20), `推进行政审批“三减一降”` and `推进省内高频热点事项“全省通办”`
(dev19), `推进政务服务“简易办”`, `逐步实行市级行政审批“零收费”`: a verb of carrying out (推行, 推进, 实行, 实施, 推广, 开展,
深化, 落实, 试行, 探索), then the field of government service the mode applies to (政务服务, 行政审批, 事项, 工程建设项目,
企业开办, 公共资源交易, 执法, 公共服务 …), then one or more quoted names closed by the clause end, 、 or 等. The quote is the
program (the reform or service mode), under its bare name, as the gold files name 多评合一, 三减一降, 全省通办; the field is no
part of it (the gold writes 三减一降, not 行政审批三减一降). The field between verb and quote is what kept the existing quote
rule of programs.py (a program verb right before the quote) from reading them; a numbered mode (三减一降) was also taken there
for a slogan.

Counted on 200 random corpus reports (seed 1931, eval/corpus_samples/entN/round19d/scan_frames.py ... field): the frame in 39
reports, a quote of it not found in 17.

Not: a quote of two characters (“六办”), a count of ways (“四个一批”) or a zero outcome (企业开办“零成本”, 行政审批“零收费”):
dev7 lists none of its three (a first run lost 0.006 there). Not: a quote followed by more text in its clause (政务服务事项“无差别”受理, 执法“免罚轻罚”清单, 养老服务“三级中心”全覆盖:
the quote qualifies what follows), an outcome after 实现 or a nickname after 打造 (not in the verb list), a quote already in a
found name. A quote of several modes joined by 、 (“掌上办、指尖办”) gives each mode; one of certificates merged
(“多证合一、一照一码”) stays whole, as dev2/dev17 keep 四证合一、一照一码.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
FIELD_VERB = r"(?:推行|推进|实行|实施|推广|开展|深化|落实|全面推开|试行|探索)"
FIELD = (r"(?:政务服务|行政审批|审批服务|项目审批|审批|事项|工程建设项目|政务|办税|纳税|涉税|涉企|企业开办|不动产登记|登记|"
         r"公共资源交易|交易|执法|监管|医保|社保|公积金|业务|办理|服务)")
FIELD_FRAME = re.compile(FIELD_VERB + rf"[{HAN}]{{0,8}}?{FIELD}(?=“)")
CHAIN = re.compile(r"(?:“[^“”，。；：]{2,12}”[、和及]?)+")
QUOTE = re.compile(r"“([^“”]+)”")
CLOSE = re.compile(r"[，。；、]|等|$")
SLOGAN = re.compile(r"零|[一二三四五六七八九十两0-9]+个")
FIELD_GATE = re.compile(r"(?:服务|审批|事项|项目|政务|办税|纳税|涉税|涉企|开办|登记|交易|执法|监管|医保|社保|公积金|业务|办理)“")


def field_modes(s: _Sentence) -> None:
    """Add the quoted modes of a `VERB + field + “…”` frame (see the module's doc)."""
    for m in FIELD_FRAME.finditer(s.text):
        chain = CHAIN.match(s.text, m.end())
        if not chain:
            continue
        end = chain.end() - (1 if chain.group(0)[-1] in "、和及" else 0)
        if not CLOSE.match(s.text, end):
            continue
        for q in QUOTE.finditer(s.text, chain.start(), end):
            if any(f.start < q.end() and q.start() < f.end for f in s.found):
                continue  # already read (一网通办 by the lexicon, “…”改革 by its head)
            inner = q.group(1)
            parts = [inner] if "证合一" in inner or "、" not in inner else inner.split("、")
            if any(len(p) < 3 or not re.fullmatch(rf"[{HAN}0-9+]+", p) or SLOGAN.match(p) for p in parts):
                continue  # 审批服务“六办”和“四个一批”, 企业开办“零成本”: a count of ways or an outcome (dev7 lists none)
            names = {f.name for f in s.found if f.kind == "program"}
            for p in parts:
                if p not in names:
                    s.found.append(_Found("program", p, q.start(), q.end(), 2))
