"""Round 26b (honNA, honours: frames not read across sets): a designation that names a kind of industrial cluster
(国家先进制造业集群, 国家中小企业特色产业集群, 国家优势特色产业集群, 全省战略性新兴产业集群, 国家创新型产业集群试点) after a weak
trigger (列入, 纳入, 入围, 成为).

`honors._titles` drops every title that ends in 集群 after a weak trigger (`被纳入全省粳稻产业集群`: a cluster joined, not a
title), and a weak trigger takes only a title `_strong_title` accepts (`广西首批先进制造业集群` is none). The gold files list
every scoped designation cluster their texts write after a trigger (dev3 国家级战略性新兴产业集群, dev5 国家中小企业特色产业集群,
dev9 and dev18 国家先进制造业集群, dev11 `沙县、泰宁列入国家武夷岩茶特色产业集群`, dev18 国家创新型产业集群; none left out), and the 200
corpus reports of seed 2664 write such a frame in 30 reports (`eval/corpus_samples/honW/round26b/scan_cluster.py`).
A cluster named for a crop or a place with no designation kind (全省粳稻产业集群, 国家级鲁中山区桃产业集群) stays dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a scope (nation, province, a province's name, a ministry), a batch, at most 8 characters naming the trade, and the kind of
# cluster a programme designates (the designations of MIIT, MOA, MOST and the provinces), with 试点 or 建设试点 after it; read on
# the whole title before it is trimmed, so that a step or a programme after it (…集群决赛, …集群竞赛优胜者, 列入…集群建设) is none
DESIGNATION_CLUSTER = re.compile(
    r"(?:全国|国家级?|中国|全省|省级?|自治区级?|工信部|工业和信息化部|农业农村部|科技部|[一-龥]{2,3}(?:省|自治区)?级?)"
    r"(?:首批|第[一二三四五六七八九十0-9]+批)?[一-龥]{0,8}?"
    r"(?:先进制造业|特色产业|优势特色产业|战略性新兴产业|创新型产业|中小企业特色产业)集群(?:(?:建设)?试点)?(?:之一|行列)?")
SCOPES = r"全国|国家|中国|全省|省|自治区|工信部|工业和信息化部|农业农村部|科技部"


@lru_cache(maxsize=1)
def _scope_start() -> re.Pattern:
    """A scope word, or a province's short name from the gazetteer (广西, 内蒙古, 黑龙江)."""
    # imported where used, as programs.py and stems.py do
    from ...gazetteer import gazetteer, short_name
    provinces = sorted({short_name(d.name) for d in gazetteer().by_code.values() if d.level == "province"}, key=len, reverse=True)
    return re.compile(SCOPES + "|" + "|".join(map(re.escape, provinces)))


def designation_cluster(title: str) -> bool:
    """True for a scoped designation of a kind of cluster (国家武夷岩茶特色产业集群, 广西首批先进制造业集群, 国家优势特色产业集群),
    not a cluster joined (全省粳稻产业集群, 千亿级产业集群), a final entered (国家级先进制造业集群决赛) or a programme joined
    (国家优势特色产业集群建设); `title` is the whole title before `_trim_title`."""
    return bool(_scope_start().match(title) and DESIGNATION_CLUSTER.fullmatch(title))
