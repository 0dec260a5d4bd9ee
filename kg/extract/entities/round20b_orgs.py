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
Step 2: the same bodies that no rule found (国家咖啡质量基础与产业服务技术创新中心加快建设, 加快丝绸之路考古合作研究中心建设,
国家级矿产品检测重点实验室基本建成, 推进省级人形机器人制造业创新中心建设: the head rule's name test fails on a level word or
a field's everyday words). The name runs back from the head to punctuation, 等/和/及/与, a count (全国首个) or the clause's
lead verbs (kg/data/entity_verbs.txt's lead, build, program and org verbs, round 18b's LEAD_VERB); once a level word
(国家级 省级 国家 全国 …) is set aside, four characters or more must be left, and no kind word (企业 高校 领域 各类 一批 …:
新增省级企业技术中心, 农业、医药等领域全国重点实验室, 高校重点实验室). The project guards above hold here too.
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


# step 2: heads of research bodies no rule found (laboratories too: 重点实验室, 工程实验室)
HEAD2 = re.compile(r"(?:技术创新中心|产业创新中心|制造业创新中心|协同创新中心|工程技术研究中心|工程研究中心|研究中心|重点实验室|"
                   r"工程实验室)")
# where a name starts: after punctuation, a conjunction or 等, a count, or a clause's lead verbs (checked apart)
NAME_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·—-]{2,26}$")
CUT = re.compile(r".*(?:[等和及或]|第[一二三四五六七八九十]+[个家批]|首[个家批]|[0-9一二三四五六七八九十两多]+[个家项所])")
LEVEL = re.compile(r"^(?:省部共建|国家级|省级|市级|区级|县级|自治区级|部级|全国|国家|中国|省|市|区|县|自治区)+")
VERB_IN_STEM = re.compile(r"获批|申报|申建|申请|创建|争创|认定|入列|新增|新建|组建|设立|成立|建立|建成|建设|依托|支持|围绕|"
                          r"争取|推动|推进|加快|打造|布局")
COUNT_AFTER = re.compile(r"[^，。；：]{0,12}?[0-9一二三四五六七八九十两]+[个家项所]")
KIND_IN = re.compile(r"以上|以下|全球|国际|区域|企业|高校|院校|学校|领域|行业|部门|各类|各级|一批|相关|有关|部分|重点$|若干|其他|其它|新型|综合性|"
                     r"高水平|高层次|高端|一流|知名|重大|专业|公共$|联合$|科研$|技术$|工程$|研究$|创新$|（技术）$")


def lead_cut(text: str, hs: int) -> int:
    """Where a name ending at hs starts after punctuation, a conjunction, a count and the clause's lead verbs, or -1."""
    from .round18b_orgs import LEAD_VERB

    m = NAME_BEFORE.search(text, max(0, hs - 26), hs)
    if not m:
        return -1
    start = m.start()
    cut = CUT.match(text, start, hs)
    if cut:
        start = cut.end()
    lead = LEAD_VERB()
    while True:
        v = lead.match(text, start, hs)
        if not v or LEVEL.fullmatch(v.group(0)):
            break  # 省级 is a level, not a lead verb
        start = v.end()
    return start


def _research_name(text: str, hs: int) -> int:
    """Where a research body's name ending at hs starts, or -1 for a kind."""
    start = lead_cut(text, hs)
    if start < 0:
        return -1
    from .stems import pos

    words = pos(text[start:hs])
    at = start
    for w, f in words:  # a verb, adverb, pronoun, count or particle inside: the name starts after it (新认定, 申报, 创建)
        at += len(w)
        if f.startswith(("v", "d", "r", "m", "q", "u", "c")) and not f.startswith("vn") \
                or f.startswith("p") and w != "与":
            start = at
    for v in VERB_IN_STEM.finditer(text, start, hs):
        start = v.end()  # 力争获批全国重点实验室, 晶科能源申报国家级技术创新中心: a verb jieba read as a noun
    stem = text[start:hs]
    bare = LEVEL.sub("", stem)
    if COUNT_AFTER.match(text, hs):
        return -1  # 新增省级工程（技术）研究中心166家: a count of a kind
    if len(bare) < 4 or KIND_IN.search(bare) or KIND_IN.search(text, max(0, start - 2), hs):
        return -1
    return start


def round20b_orgs(found: list[_Found], text: str) -> list[_Found]:
    """A technology-innovation or research centre read as a project is an organization (see above)."""
    if "中心" not in text and "实验室" not in text:
        return found  # the cheap test first: it is called for every sentence
    out = found
    for i, f in enumerate(found):
        head = RESEARCH_HEAD.search(f.name) if f.kind == "project" else None
        if head is None or VERB_IN_NAME.search(f.name) or KIND_IN.search(LEVEL.sub("", f.name[:head.start()])):
            continue  # 国家重点工程（技术）研究中心: a kind (step 2's kind words)
        if AS_PROJECT_AFTER.match(text, f.end) or AS_PROJECT_BEFORE.search(text, max(0, f.start - 6), f.start):
            continue
        from .api import _role_goal

        if _role_goal(text, f.start):
            continue  # 打造…研究中心: a goal the place sets itself
        if out is found:
            out = list(found)
        out[i] = replace(f, kind="organization")
    for m in HEAD2.finditer(text):
        e = m.end()
        if any(f.start < e and m.start() < f.end for f in out):
            continue  # a name an older rule found, whole or in part
        s = _research_name(text, m.start())
        if s < 0 or AS_PROJECT_AFTER.match(text, e) or AS_PROJECT_BEFORE.search(text, max(0, s - 6), s):
            continue
        from .api import _generic, _role_goal

        name = text[s:e]
        if name in _generic() or _role_goal(text, s) or VERB_IN_NAME.search(name):
            continue
        if out is found:
            out = list(found)
        out.append(_Found("organization", name, s, e, 2))
    return out
