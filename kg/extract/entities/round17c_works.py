"""Round 17c (projT, projects): named works whose name ends in 工程 are projects, not programs (dev17 projects cause 4).

A 工程 is a program when it is a policy or campaign (“菜篮子”工程, 强核工程, 农村饮水安全工程, 水系连通工程: a field or a kind
of work everywhere) and a project when it is one bounded work on a named place, river, road or route (南水北调中线工程,
珠江三角洲水资源配置工程, 韩江榕江练江三江连通工程, 湛江分干线工程, 贾鲁河综合整治工程, 东风路东延工程). The head rules read a
工程 as works only after a capacity, a phase or a word of the round-14 list (`heads.PHYSICAL`: 改造, 引水, 管网, 防洪 …);
water resource allocation, linking, a branch main line, river regulation and restoration, a road's extension and the
like were left as programs. Program names ending in 工程 that are such works: 64 in 50 of 200 random corpus reports
(seed 1722; `eval/corpus_samples/entM/round17c_works/scan_works.py`).

The rule: a program name ending in 工程 (phase allowed before it) becomes a project when
- it has a works word of `WORKS` after at least two characters, and
- what stands before the works word starts with a named place or water or road (a division of the gazetteer, a word jieba
  tags as a place, or a proper stem before a river/lake/road word: 贾鲁河, 东风路, 玉带河), not a generic field (农村, 城市,
  城区, 生态, 水环境) nor a count (三大, 十个), and
- it is not written in quotes in the sentence (“海澄文”联通工程 stays as the lists found it).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .patterns import _Found
from .round20_programs import national_programme
from .stems import _places, pos

# works words (what is done to the named place): found in program names ending in 工程 on the 200 reports (seed 1722), each
# in named works of the scan; 保护 alone and 提升 alone are left out (长城重点防护工程, 白泉生态保护提升工程: campaigns as often)
WORKS = re.compile(r"水资源配置|配置|连通|联通|联网|干线|干渠|供热|热源|综合整治|整治|综合治理|治理|生态修复|保护修复|修复|"
                   r"截污|补水|东延|西延|南延|北延|延伸|改线|迁移|上移|置换|输送|外送|复航|分洪|筑堤|修缮|快速化|白改黑|"
                   r"退渔还湖|围海造陆|取水口")
PHASE = re.compile(r"(?:[一二三四五六七八九十]期|首期|后续|配套|主体|骨干)?工程$")
# a river, lake, canal, road or other named geography (the stem before it names one: 贾鲁河, 玉带河, 东风路, 荔枝湾涌)
GEO = re.compile(r"^[\u4e00-\u9fff]{1,5}?(?:河|江|湖|渠|涌|堰|海|淖尔|池|水库|湾|岛|山|路|街|大道|干线|站)")
# generic leads: a field, a kind of area or a count names no single work (城区水系连通工程, 农村人居环境整治工程, 十大工程)
GENERIC = re.compile(r"^(?:农村|农牧区|城乡|城市|城区|城镇|乡村|村庄|全市|全省|全县|全区|重点|重大|生态|水环境|环境|山水林田湖|"
                     r"河湖|水系|小城镇|老城区|主城区|中心城区|市区|县城|地质|矿山|废弃|历史遗留|国土|土壤|大气|田块|入湖|内河|"
                     r"湿地|黑土|天然林|森林|病险|国家|省|市|县|区|古城|主干|环湖|田水路|[0-9一二三四五六七八九十百千万两]+)")
# a campaign's marks: a rank (一号工程, 重点工程), a demonstration or a pilot (…生态修复示范工程, …修复试点工程), a hazard field
CAMPAIGN = re.compile(r"一号|头号|重点|示范|试点|地质灾害")
# a verb glued before the name by the rule that found it (谋划五河一库水生态修复工程, 提速御河…): the name is wrong either way
VERB_LEAD = re.compile(r"^(?:谋划|提速|推进|实施|建设|加快|启动|完成|开工|抓好|推动)")
GEO_NOT = re.compile(r"^(?:河湖|江河|山水|湖泊|河道|道路|街道|公路|铁路|海洋|海岸|海绵|山体|山区|湖区|路网|街路)")


# a transfer between two named waters (引江济淮工程, 引大济岷工程, 引洮济合工程): the name is the work whatever stands first
# (引X济Y 工程 in 6 of the 200 reports, seed 1722; 调水 and 引水 forms are already works by `heads.PHYSICAL`)
TRANSFER = re.compile(r"^引[\u4e00-\u9fff]{1,3}济[\u4e00-\u9fff]{1,3}(?:[一二三四五六七八九十]期)?工程$")


def works_name(name: str) -> bool:
    """Whether a name ending in 工程 is one work on a named place (贾鲁河综合整治工程), not a field's campaign."""
    if not name.endswith("工程") or len(name) < 6 or not re.fullmatch(r"[\u4e00-\u9fff（）()·]+", name):
        return False
    if CAMPAIGN.search(name) or VERB_LEAD.match(name):
        return False
    if TRANSFER.match(name):
        return True
    stem = PHASE.sub("", name)
    works = WORKS.search(stem)
    if not works or works.start() < 2:
        return False
    lead = stem[:works.start()]
    if GENERIC.match(lead) or GEO_NOT.match(lead):
        return False
    if any(lead.startswith(p) for p in _named_starts(lead)):
        return True
    return bool(GEO.match(lead))


def _named_starts(lead: str) -> list[str]:
    places = _places()
    out = [lead[:k] for k in range(min(6, len(lead)), 1, -1) if lead[:k] in places]
    if not out:
        words = pos(lead)
        if words and words[0][1] == "ns" and len(words[0][0]) >= 2:
            out.append(words[0][0])
    return out


def round17c_works(found: list[_Found], text: str) -> list[_Found]:
    """Program names ending in 工程 that name one work on a named place become projects (珠江三角洲水资源配置工程)."""
    if "工程" not in text:
        return found
    out = []
    for f in found:
        if f.kind == "program" and f.name.endswith("工程") and "“" not in text[max(0, f.start - 1):f.end + 1] \
                and works_name(f.name) and not national_programme(f.name):  # round 20: 京津风沙源治理工程
            f = replace(f, kind="project")
        out.append(f)
    return out
