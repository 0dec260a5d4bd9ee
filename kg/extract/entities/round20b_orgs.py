"""Round 20b (orgCA, organizations): a named research body is an organization, built or not.

Round 6 made laboratories institutions wherever they occur (kg/data/entity_heads.txt: `org 实验室 重点实验室`), but a
technology-innovation or engineering-research centre still ends with the facility head 中心: where the text builds or
advances it (加快推进国家第三代半导体技术创新中心、集成电路设计自动化技术创新中心建设, 建设铝工业工程研究中心, 抓好国家海洋科学
研究中心建设) it was read as a project. Every development gold lists such centres as organizations, also in a building
frame (dev22 `推进深海矿产开发全国重点实验室、深远海资源保藏与环境模拟研究中心建设`, dev14 南亚标准化（拉萨）研究中心,
长三角国家技术创新中心, dev16 清洁能源材料技术创新中心); the project readings the golds keep are works under way or listed
among projects (dev22 `中国机械总院工业母机创新中心开工`, `…等重大项目建设`).

Here a project whose name ends in a research body's head (技术创新中心 产业创新中心 制造业创新中心 协同创新中心
工程技术研究中心 工程研究中心 研究中心) becomes an organization, unless
- it is listed among projects or phased (`沃森生物科技创新中心等122个大健康产业项目`, `…研究中心项目`, `…一期`),
- a works verb is said of it (开工 动工 竣工 完工 封顶 投用 投入使用 主体: a building under works),
- it is a goal of 打造 (round 17's role test: 打造皖中南科技创新中心), or names a region's role (科技创新中心 is not a
  head here: 大湾区国际科技创新中心, 国家区域科技创新中心 stay as they were).
The heads are a closed grammatical set in the code, no lexicon. Counted on 200 random corpus reports (seed 2017) by
eval/corpus_samples/orgL/round20b/scan_labs.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .patterns import _Found

RESEARCH_HEAD = re.compile(r"(?:技术创新中心|产业创新中心|制造业创新中心|协同创新中心|工程技术研究中心|工程研究中心|研究中心)"
                           r"(?:（[^）]{1,8}）)?$")
# listed among projects, phased, or a building under works (after the name, in its clause)
AS_PROJECT_AFTER = re.compile(r"(?:（[^）]{0,8}）)?(?:[^，。；：]{0,24}?等[^，。；：]{0,14}?项目|项目|[一二三四]期|"
                              r"[^，。；：]{0,6}?(?:开工|动工|竣工|完工|封顶|投用|投入使用|主体))")
AS_PROJECT_BEFORE = re.compile(r"(?:开工|动工|竣工|完工|新开工|开工建设|动工建设)(?:建设)?$")
# a verb of the clause read into the name (争取国家布局基础学科研究中心)
VERB_IN_NAME = re.compile(r"布局|争取|推动|推进|加快|建设|打造|共建")


def round20b_orgs(found: list[_Found], text: str) -> list[_Found]:
    """A technology-innovation or research centre read as a project is an organization (see above)."""
    if "中心" not in text:
        return found  # the cheap test first: it is called for every sentence
    out = found
    for i, f in enumerate(found):
        if f.kind != "project" or not RESEARCH_HEAD.search(f.name) or VERB_IN_NAME.search(f.name):
            continue
        if AS_PROJECT_AFTER.match(text, f.end) or AS_PROJECT_BEFORE.search(text, max(0, f.start - 6), f.start):
            continue
        from .api import _role_goal

        if _role_goal(text, f.start):
            continue  # 打造…研究中心: a goal the place sets itself
        if out is found:
            out = list(found)
        out[i] = replace(f, kind="organization")
    return out
