"""Round 24b (orgIA, organizations): a level word and a kind with no proper name is a class, not a body.

GUIDELINES.md lists *named* bodies. The extractor kept finds made only of level words and a designation or institution kind:
`争取建设国家工程技术研究中心、自治区重点实验室` (dev27 中卫), `布局建设2—3家省级基础学科研究中心` (dev27 山西),
`街道级综合养老服务中心实现全覆盖` (dev27 乌兰察布), `县（区）综合医院` (dev27 中卫), `国家产业创新中心`, `国家临床医学研究中心`,
`省技术创新中心`, `区县医院`. No gold lists such a class (every gold name that starts with a level word holds a proper or field
word: 国家级矿产品检测重点实验室, 省级人形机器人制造业创新中心, 市工业技术研究中心, 省产业技术研究院 — eval/corpus_samples/orgL/
round24b_orgIA/README.md).

Now an organization find is dropped when it is
- level words (国家 省 自治区 市 县 区 … with or without 级, several in a row: 区县, 省市县, 县（区）, 国家（省）) and then only class
  words (kg/data/org_class_stems.txt: 重点, 工程技术, 临床医学, 基础学科, 综合 …) before a class head, and
- either the level marks a class (a 级 word or several levels: 省级, 街道级, 县（区）, 区县) and the head is an institution's
  (研究中心 实验室 创新中心 技术中心 工程中心 服务中心 医疗中心 医学中心 研究院 医院 学校), or a single level (国家, 省, 自治区,
  市 …) stands before a designation head (实验室 研究中心 创新中心 技术中心 工程中心 医疗中心 医学中心: 自治区重点实验室,
  国家工程（技术）研究中心, 国家儿童医疗中心, 国家区域医疗中心) — a single
  city's 市人民医院, 市中心医院 or 省产业技术研究院 is one body and stays.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _alt, _lines
from .patterns import _Found

_UNIT = r"(?:自治区|自治州|国家|全国|街道|社区|地市|乡镇|省|市|州|盟|县|区|乡|镇|村|部)"
_LEVELS = rf"(?:{_UNIT}级?(?:（{_UNIT}(?:、{_UNIT})*级?）)?)+"
_CLASS_HEAD = r"(?:研究中心|实验室|创新中心|技术中心|工程中心|服务中心|医疗中心|医学中心|研究院|医院|学校)"
_DESIGNATION_HEAD = r"(?:实验室|研究中心|创新中心|技术中心|工程中心|医疗中心|医学中心)"


@cache
def _shape() -> re.Pattern[str]:
    stems = _alt(_lines("org_class_stems.txt"))
    return re.compile(rf"^(?P<level>{_LEVELS})(?:{stems}|（(?:{stems})+）)*(?P<head>{_CLASS_HEAD})$")  # 国家工程（技术）研究中心


def _is_class(name: str) -> bool:
    m = _shape().match(name)
    if not m:
        return False
    level = m.group("level")
    if "级" in level or "（" in level or len(re.findall(_UNIT, level)) >= 2:
        return True  # 省级基础学科研究中心, 街道级综合养老服务中心, 县（区）综合医院, 区县医院
    return re.fullmatch(_DESIGNATION_HEAD, m.group("head")) is not None  # 自治区重点实验室, 国家工程技术研究中心


def round24b_classes(found: list[_Found], text: str) -> list[_Found]:
    """Drop organization finds that are a level word and a kind with no proper name (see above)."""
    if not any(f.kind == "organization" for f in found):
        return found
    out = [f for f in found if not (f.kind == "organization" and _is_class(f.name))]
    return out if len(out) != len(found) else found
