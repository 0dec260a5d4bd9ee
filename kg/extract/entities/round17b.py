"""Round 17b (progR, programs): edges and lists of dev17's cause list, counted on 200 random corpus reports (seed 1712)."""

from __future__ import annotations

import re

from .sentence import _Found, _Sentence

# Fix A. A named policy loses its head 政策: 全面落实减税降费政策 -> 减税降费, 出台人才“金十条”政策 -> 人才金十条, 落实单独两孩
# 政策 -> 单独两孩, 落实房住不炒政策. The gold keeps the head (dev16/17 减税降费政策, dev17 人才金十条政策 and 一对夫妇可生育两个
# 孩子政策, dev11 零门槛入户政策, dev7 六优先政策); 70 of 200 random corpus reports (seed 1712) have a program read right before
# 政策 (eval/corpus_samples/entN/round17b/scan17b.py, cause A). The name takes 政策 when the policy ends there (a stop, 和/及/等,
# or a verb of carrying it out follow), not when 政策 qualifies the next noun (以旧换新政策红利, 走出去政策支持, 六稳政策措施,
# 1+4+7政策体系: left as they were), nor after a reform, pilot or other head (财税改革政策, 退税试点政策: the reform is the program).
POLICY_END = re.compile(r"”?政策(?=$|[，。；、：！？）)”]|和|及|与|等|的|落地|落实|有序|稳妥|直达|实施|执行|见效|全面|覆盖)")
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


def round17b_programs(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "政策" in s.text:
        _policy_heads(s)
