"""Round 18b (honV, honours): an approval to create (获批创建) names no title received (fix 1); a clause with no subject
goes on with the named unit that opens the sentence (fix 2, below).

Fix 1.

`安溪获批创建国家级现代农业产业园`, `获批创建国家创新型城市`, `大通镇获批创建国家农业产业强镇`: the place is allowed to start
creating (创建) the designation, which it receives later, after an assessment (认定, 验收, 命名). The dev gold files list none
of them (dev11 三明 `建宁现代种业产业园获批创建国家级产业园`, dev18 滨州 `阳信县获批创建国家级现代农业产业园`; dev18's README:
"approvals to build or create … are not honours"), and no official or dev gold honour comes after 获批创建; the official
gold lists a title once the city is `创建为` it (乌鲁木齐's `创建为“全国市域社会治理现代化试点合格城市”`). Counted by
eval/corpus_samples/honW/round18b/scan_create.py on 200 random corpus reports (seed 1813): an approval to create or to set up
(获批创建, 获批筹建, 获准筹建) in 19 reports, 获批创建 itself in 11 (128 of the 2,941), a title read after it in 9.

`获批建设` (approved to build) is left as it is: the dev gold files disagree (dev3 赣州 lists `赣州高新区获批建设国家自主创新示范区`,
dev18 leaves its three out). 获批筹建 was no trigger already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .sentence import _Sentence

# the trigger as the honour lexicon matches it (kg/data/honor_words.txt: 获批创建, 成功获批创建)
APPROVED_TO_CREATE = re.compile(r"(?:成功)?获批创建")


def approval_to_create(trigger: str) -> bool:
    """True for 获批创建 / 成功获批创建: what follows is a designation to be created, no title received yet."""
    return APPROVED_TO_CREATE.fullmatch(trigger) is not None


# ---- fix 2: the subject written far before the verb -------------------------------------------------------------------
# 合江县县域集成改革试点有序开展，被确定为四川省县域民营经济改革试点县 (dev5 gold: 合江县), 郝氏炭纤维公司成为…企业，被列为
# 省级工程技术研究中心 (dev18 gold: 郝氏炭纤维公司), 铜化集团携手…开展战略合作，推动…，蝉联中国制造业500强: a clause with no
# subject of its own goes on with the named unit that opens the sentence, not the reporting unit, when the title is no
# city's. Counted by eval/corpus_samples/honW/round18b/scan_far_subject.py on the 200 reports of seed 1813: a named unit
# opens the sentence and a later clause starts with a trigger in 14 reports; 8 of them gave the unit's title to the
# reporting unit (东莞 滨海湾新区, 乌海职业技术学院, 苏宿园区, 合江县, 彭山区 and 仁寿县, 循环经济产业园, 铜化集团, 雅安经开区); the
# 3 with a city's title (…示范城市, …试点城市, …成效明显市) stay the reporting unit's.
LEAD = re.compile(r"(?:\d{4}年(?:度)?|同时|此外|其中|全年|目前)?，?")
UNIT_NAME = re.compile(r"(?P<u>[\u4e00-\u9fff]{2,12}?(?P<head>自治县|新区|开发区|经开区|高新区|园区|产业园|景区|集团|公司|学院|大学|县|区|旗))"
                       r"(?![、和与及等的]|[\u4e00-\u9fff]?[、和与及])")
NOT_A_NAME = re.compile(r"(?:全|我|本|各|该|市|省|城|地|片|社|辖|新|农|乡|村|主|县|区|园|老|中心|国家|启动|支持|完成|实施|改造|深入|加快|大力|推动|"
                        r"统筹|打造|建立|建成|融入|参照|整合|组建|开工|推进|开展|搭建|服务|实现|高标准|扎实|积极|持续|全面|着力|加强|强化|引进|"
                        r"新建|新增|累计|建设|创建|成立|获批|入选|荣获|获评|成为|一批|部分|多家|重点|示范)")
DIVISION_HEADS = frozenset({"县", "区", "旗", "自治县"})
CITY_TITLE = re.compile(r"(?:市|城|州|省|地区|之都|之乡|[（(][市州县区、]+[）)])[”’]?$|城市|示范市|市级")
CITY_SUBJECT = re.compile(r"(?:全|我|本)(?:市|省|区|县|州|旗)|市委|市政府")


def far_subject(s: _Sentence, ci: int, title_texts: list[str], is_place: Callable[[str], bool]) -> str | None:
    """The named unit that opens the sentence, for a clause ci > 0 with no subject whose titles are no city's."""
    if ci == 0 or any(CITY_TITLE.search(t) for t in title_texts):
        return None
    cs, ce = s.clauses[0]
    lead = LEAD.match(s.text, cs, ce)
    m = UNIT_NAME.match(s.text, lead.end() if lead else cs, ce)
    if not m or NOT_A_NAME.match(m.group("u")):
        return None
    name = m.group("u")
    if m.group("head") in DIVISION_HEADS and not is_place(name):
        return None  # 建成区, 城区: no division's name
    if any(CITY_SUBJECT.match(s.text, a, b) for a, b in s.clauses[1:ci + 1]):
        return None  # …，全市…，荣获…: the reporting unit speaks again
    return name
