"""Round 25b honLA (honour recipients cut or split, across sets): the shared head of a counted list of recipients.

`A、B N个X获评…` and `A等N个X入选…` name their recipients A and B with a head X written once after the count. Before this
round the extractor gave every item the head when no 等 stood before the count (`坝上闪电河湿地`, `容和商标`) and never with
等 (`安全应急装备` for 安全应急装备等4个产业集群). The gold files take the head into each name when it names a zone, a cluster or
a town the items are parts of the name of (dev2 综保区跨境电商特色小镇, dev18 安全应急装备产业集群 of `安全应急装备等4个…产业集群`) and write the items bare
after a class noun (dev18 容和, 条山 of `“容和”、“条山”两个商标`; dev28 坝上闪电河, 康保康巴诺尔 of `…2处湿地`; dev2, dev18,
dev28 …等N家企业, …等4个项目). The heads an item takes are in kg/data/round25b_list_name_heads.txt (chosen by corpus frequency).
An item that is a place, or already ends with a head of its own (…新区, …产业园, …城), stays as written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .lexicon import _lines

# an item with a head of its own: 兰州新区, 安宁产业园, 中新知识城, 东港镇红豆杉康养小镇 (not given the list's head again)
OWN_HEAD = re.compile(r"(?:区|园|城|镇|村|集群|基地|中心|公司|集团)$")


@functools.cache
def _name_heads() -> re.Pattern:
    heads = sorted(_lines("round25b_list_name_heads.txt"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, heads)) + r")$")


def list_name_head(head: str) -> str | None:
    """The counted list's head when each item takes it into its name (特色小镇, 产业集群, 高新区), or None for a class noun
    (湿地, 商标, 企业, 项目): the items are names on their own."""
    if not _name_heads().search(head):
        return None
    # 东莞松山湖、…、中山火炬等8个国家高新区: the scope is the list's, not the name's (东莞松山湖高新区)
    return re.sub(r"^(?:国家级?|全国|省级?|自治区级?|市级)(?=[一-龥]{2})", "", head)


def with_list_head(item: str, head: str | None, is_place: Callable[[str], bool]) -> str:
    """The item's name with the list's head when it takes it (综保区跨境电商 → 综保区跨境电商特色小镇); 等地 closing the last
    item is no part of it (椒江、黄岩、…、仙居等地5个实践案例 → 仙居)."""
    item = re.sub(r"(?<=[一-龥]{2})等地?$", "", item)
    if head is None or item.endswith(head) or is_place(item) or OWN_HEAD.search(item) or re.search(r"[”》]$", item):
        return item
    return item + head
