"""Round 18b (projW, projects): a planned new town (…新城) is a district of the city, no project.

Convention (counted by eval/corpus_samples/entM/round18b_zones/gold_convention.py over the official gold and every dev set):
no gold file lists a new town or new district as a project — 堆龙新城, 潮阳东部新城, 潮南行政新区 (dev18), 东部新城 (dev17),
高铁新城 (dev16, dev8), 滨海新城 (dev10), 洋浦新城 (dev6), 幸福新城 (dev4) are all left out — while named parks built by a
company or for a trade are (48 …产业园 listed). The two 新城 the gold sets list are a logistics park (粤东物流新城, dev18, in a
list of `现代物流园区`) and a science town named by its trade (合成生物创新城, dev8), so …物流新城 and …创新城 stay.
Round 15b (projZ2) already drops a name ending in 新区, 示范区, 开发区 …; 新城 was not among its words: on 200 random corpus
reports (seed 1815) 112 project finds end in 新城, in 58 reports (云龙产业新城, 平原新城, 珠江新城, 瓯江新城, 多巴新城 …;
eval/corpus_samples/entM/round18b_zones/scan_zones.py). As for those words, a new town the rest of its clause names as one
of a list of projects or works stays (旭辉国际新城等精品工程, 汽车新城等重大商贸项目建成开业: a developer's complex), and so
does one that opens for business or that its clause counts among shopping centres or complexes (首衡城·华中国际食品产业新城开业,
建成了华润新城、中信城市广场等…购物中心: the two wrong removals of 61 on a fresh draw of 150 reports, seed 18152).
"""

from __future__ import annotations

import re

# …新城 but not …创新城 (a science town: 合成生物创新城, 马来西亚创新城) nor …物流新城 (a logistics park: 粤东物流新城)
NEW_TOWN = re.compile(r"(?<!创)(?<!物流)新城$")


# a business that opens, or a list closed by a kind of shopping centre: a developer's complex, not a district
OPENS = re.compile(r"[^，,。；;：:]{0,6}?(?:开业|营业)|[^，,。；;：:]{0,30}?等[^，,。；;：:]{0,20}?(?:购物中心|商业综合体|城市综合体|综合体)")


def new_town(name: str, text: str = "", end: int = 0) -> bool:
    """True for a project name that is a planned new town (云龙产业新城, 潮阳东部新城, 平原新城), no project."""
    return len(name) > 2 and name.endswith("新城") and NEW_TOWN.search(name) is not None \
        and not (text and OPENS.match(text, end))  # endswith first: called for every project found (speed)


# fix 2: a scenic area named with its A grade (三娘湾创5A级景区, 机车博览园4A级景区, 国家5A级景区, 非国有A级景区, A级旅游景区) is a
# designation aimed at or held — a goal (创建, 争创, 创5A) or a title, a kind when nothing precedes the grade — never one
# project's name: no gold file lists a project with an A grade (dev2, dev3, dev4, dev7, dev8, dev9, dev11, dev12 leave
# 创建5A级景区, 晋升国家4A级景区, 新增4个国家4A级旅游景区 out). 12 such project finds in 11 of the 200 reports (seed 1815;
# scan_graded_scenic.py). Scenic areas without a grade are left as they are (the gold sets list them both ways), and a name
# with another head (兴安乐满地5A级文化旅游康养综合体, “三山”5A景区提升工程) is untouched.
GRADED_SCENIC = re.compile(r"A级?(?:旅游)?景区$")


def graded_scenic(name: str) -> bool:
    """True for a project name that is a scenic area with its A grade (a designation, no project)."""
    return name.endswith("景区") and GRADED_SCENIC.search(name) is not None  # endswith first (speed)
