"""Round 24 honHA (honour whole misses across sets): a region's own designation after a weak trigger.

`泸州列入川渝异地就医免备案试点城市`, `成功纳入合芜蚌国家科技成果转移转化示范区` (dev5), `袁州、万载、铜鼓纳入湘赣边区域合作示范区` (dev26):
the gold files list each (川渝异地就医免备案试点城市 → 泸州市, 合芜蚌…示范区 → 六安市, 湘赣边区域合作示范区 → 袁州, 万载, 铜鼓), as dev7
(`辽宁实施走出去战略重点项目`) and dev23 (`广西化工园区`) list a province's designation written with its short name; no gold file of the
honour sets leaves such a frame out (eval/corpus_samples/honW/round24/gold_frame.py). After a weak trigger (列入, 纳入, 成为, 获批 …)
the extractor took only a title scoped 国家/全国/省级/四川省…; a province's short name (广东, 广西, 四川) or a region of several
places (川渝, 长三角, 湘赣边, 合芜蚌) is the same kind of scope.
Only before a designation's head (…试点城市, …示范区, …示范基地, …示范点, …试验区): after 成为 a region's name also opens a record or a
description (成为海南西部最具影响力的文体品牌, 成为川渝地区率先推行的城市, 成为四川全民健身品牌), which stays unread.
"""

from __future__ import annotations

import re

# a province's short name or a region of several places (the names of the 31 provinces, and the cross-province regions written
# in the corpus before a designation; see eval/corpus_samples/honW/round24/scan_region_scope.py)
REGION = re.compile(r"(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|"
                    r"重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|长三角|粤港澳大湾区|京津冀|成渝|川渝|湘赣边|合芜蚌|长江经济带|"
                    r"黄河流域)(?![省市])")
# a designation's head (试点城市, 示范区, 示范基地, 示范点, 试验区 …): the title names what the place was made, not a record
REGION_DESIGNATION = re.compile(r"(?:试验区|示范区|先行区|实验区|先导区|试点(?:城市|县|市|区|省|地区|单位)?|"
                                r"示范(?:市|县|区|城市|基地|园区|点|村|镇|单位))$")


def region_designation(title: str) -> bool:
    """True for a designation scoped by a province's short name or a region of several places (川渝异地就医免备案试点城市,
    湘赣边区域合作示范区, 广西电子商务示范基地), which a weak trigger takes as it takes 国家…/省级…; not for a description (的, 最)."""
    return bool(REGION.match(title)) and bool(REGION_DESIGNATION.search(title)) and not re.search(r"[的最]|之一", title)
