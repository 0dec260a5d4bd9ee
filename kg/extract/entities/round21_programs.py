"""Round 21 (progDB, programs): reform pilots named without the verbs the pilot rules read.

`转型升级综合改革试点工作初见成效` (dev23 泰州), `综合配套改革试点扎实推进`, `在大朗进行商事登记制度改革试点`, `积极稳妥地进行了农村税费
改革试点`, `深化市级综合配套改革试点`, `支持镇江生态文明综合改革试点和低碳城市建设`, `以深圳综合改革试点牵引全面深化改革`: a reform
pilot with a field of its own (the official gold and the dev sets list such pilots with 试点 kept: 转型升级综合改革试点,
宅基地制度改革试点, 县级公立医院综合改革试点) at a clause's start, or after a verb of carrying it on that the older pilot rules do not
read (进行, 支持, 以, 搞好 …), was found as nothing. Counted on 200 random corpus reports (seed 2105,
`eval/corpus_samples/entN/round21_programs/scan_pilots.py`).

The name runs from the clause's start or the verb to `改革试点`; `工作` after it is left out. Not: a pilot of nothing named
(综合改革试点, 各项改革试点, 国家和省部署的改革试点, 市级综合配套改革试点: a level or a count without a field), a name with a verb, a
conjunction or 的 in it (获批…, 入选…, 列入…: a designation, an honour; 宜宾职业技术学院整体迁建和综合改革试点: two things), the
pilot as a qualifier (…改革试点城市, …试点县, …试点方案, …试点经验), a counted pilot (16个厂办集体企业进行了改革试点, 160个村宅基地
制度改革试点: the count is read by the list rules or not at all), or a span already read as a program.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .sentence import _Sentence

HAN = "\u4e00-\u9fff"
# a clause's start, adverbs, then a verb of carrying the pilot on (or none), then the name up to 改革试点
PILOT = re.compile(
    r"(?:^|(?<=[，。；：]))"
    r"(?:积极稳妥地|积极稳妥|积极|稳妥|深入|继续|扎实|全面|全力|加快|大力|认真|着力|稳步|有序|切实|率先|同时)*"
    r"(?:在[" + HAN + r"]{2,6}?(?=进行))?"
    r"(?P<verb>进行了|进行|支持|深化|推进|搞好|抓好|做好|以|开展|实施|推动|落实|完成|启动|试行|组织)?"
    rf"(?P<name>[{HAN}“”]{{2,18}}?(?:综合配套|综合|集成)?改革试点)"
    r"(?!城市|城镇|县|市|区|省|镇|乡|村|单位|地区|示范|名单|范围|经验|任务|项目|方案|资金|政策|做法|成果|试验|园区|企业|学校|医院)"
)
# what may not stand in the name: a verb (the name runs into the clause), a designation (获批, 入选, 列入: an honour), a
# conjunction, 的, a count or a quantifier of several pilots
NOT_IN = re.compile(r"[和与及的等、]|各|这|该|有关|相关|重大|一批|部署|实施|推进|开展|进行|支持|深化|落实|启动|申报|争取|获批|获得|入选|"
                    r"成为|列入|列为|确定|纳入|作为|承担|被|是|为|在|争创|创建|完成|推动|探索|抓好|做好|搞好|试行|加快|扩大|学习|借鉴")
# the field before the head: a level or place word alone names no pilot (市级综合配套改革试点, 全国综合改革试点)
HEAD = re.compile(r"(?:综合配套|综合|集成)?改革试点$")
LEVEL_ONLY = re.compile(r"^(?:国家级?|省级?|市级?|县级?|区级?|全国|全省|全市|全区|本市|我市|我省|首批|第[一二三四五六七八九十]批)*$")


def reform_pilots(s: _Sentence) -> None:
    """Add the reform pilots at a clause's start or after a verb of carrying them on (see the module's doc)."""
    for m in PILOT.finditer(s.text):
        raw = m.group("name")
        name = raw.replace("“", "").replace("”", "")
        if raw.count("“") != raw.count("”") or NOT_IN.search(name):
            continue
        field = name[: HEAD.search(name).start()]
        if len(field) < 2 or LEVEL_ONLY.match(field):
            continue
        a, b = m.start("name"), m.end("name")
        if any(f.kind == "program" and f.start < b and a < f.end for f in s.found):
            continue  # read already (深入推进服务业综合改革试点)
        s.found.append(_Found("program", name, a, b, 1))
