"""Round 24 honHA (honour whole misses across sets): a designation scoped by a province's short name or a region of several
places, or written with no scope, after a weak trigger.

`泸州列入川渝异地就医免备案试点城市`, `成功纳入合芜蚌国家科技成果转移转化示范区` (dev5), `袁州、万载、铜鼓纳入湘赣边区域合作示范区` (dev26):
the gold files list each (川渝异地就医免备案试点城市 → 泸州市, 合芜蚌…示范区 → 六安市, 湘赣边区域合作示范区 → 袁州, 万载, 铜鼓), as dev7
(`辽宁实施走出去战略重点项目`) and dev23 (`广西化工园区`) list a province's designation written with its short name, and dev2, dev16,
dev19, dev26 list a designation with no scope after 列入/纳入/被列为 (采煤沉陷区综合治理工程试点, 支持农村新型城镇化建设试验区,
市场主体年报申报试点, 美丽乡村建设试点); no gold file of the honour sets leaves such a frame out when its recipient is named
(eval/corpus_samples/honW/round24/gold_frame.py). After a weak trigger (列入, 纳入, 成为, 获批 …) the extractor took only a title
scoped 国家/全国/省级/四川省….
1. A province's short name (广东, 广西, 四川) or a region of several places (川渝, 长三角, 京津冀) is the same kind of scope, after any
   weak trigger (成为广西电子商务示范基地).
2. With no scope at all, only after a listing verb (列入, 纳入, 列为): after 成为 a designation's head also closes a record or a
   description (风险防控成为影响自由贸易港先行区示范区建设成败得失的最关键变量), which stays unread.
Only before a designation's head (…试点城市, …示范区, …示范基地, …示范点, …试验区), with nothing of the title trimmed and no 创建/建设
after it (列入国家低碳城市、新能源示范城市创建试点: a pilot for creating; 全境纳入生态文明先行示范区建设: a process joined).
"""

from __future__ import annotations

import re

# a province's short name (all 31) or a region of several places written after an honour trigger in at least 5 of the 2,941
# corpus reports (eval/corpus_samples/honW/round24/count_regions_corpus.py and the README's counts: 长三角 63, 粤港澳大湾区 23,
# 京津冀 14, 川渝 13, 成渝 13, 珠三角 11, 长江经济带 11, 黄河流域 9, 长株潭 6, 中俄 5); 东北 (62) is left out: it opens a rank
# (东北首个…, 东北地区最大…), not a designation's scope
REGION = re.compile(r"(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|"
                    r"重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|长三角|粤港澳大湾区|京津冀|川渝|成渝|珠三角|长江经济带|黄河流域|"
                    r"长株潭|中俄)(?![省市])")
# a designation's head (试点城市, 示范区, 示范基地, 示范点, 试验区 …): the title names what the place was made, not a record
REGION_DESIGNATION = re.compile(r"(?:试验区|示范区|先行区|实验区|先导区|试点(?:城市|县|市|区|省|地区|单位)?|"
                                r"示范(?:市|县|区|城市|基地|园区|点|村|镇|单位))$")
# a scope of its own at the title's start (国家, 全国, 省级, 全市 …): _strong_title's business, not this module's
OWN_SCOPE = re.compile(r"(?:全国|国家|全省|省级?|自治区|全市|市级?|全区|全县|县级?|中国|世界|国际|联合国|亚洲|全球|我|本|首批|第)")
LISTING = frozenset({"列入", "被列入", "纳入", "被纳入", "列为", "被列为"})


def region_designation(title: str, whole: str, trigger: str, after: str) -> bool:
    """True for a designation a weak trigger takes though it has no 国家/省级 scope: one scoped by a province's short name or a
    region of several places (川渝异地就医免备案试点城市, 广西电子商务示范基地), or one with no scope after 列入/纳入/列为
    (纳入攀西战略资源创新开发试验区); not for a description (的, 最), a title cut from a longer name, or a pilot for creating
    (…创建试点, …示范区建设)."""
    if title != whole or not REGION_DESIGNATION.search(title) or re.search(r"[的最]|之一", title) \
            or re.match(r"创建|建设", after):
        return False
    if REGION.match(title):
        return True
    return trigger in LISTING and len(title) >= 7 and not OWN_SCOPE.match(title)
