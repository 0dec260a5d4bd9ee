"""Round 24b (projKA, projects): a named project written as `<name>项目` and the subject of its start, completion,
signing or approval.

Pattern (cross-set whole misses of dev13, dev23, dev25, dev27; eval/corpus_samples/entM/round24b_projKA/README.md): a clause
that is one named project, the word 项目 and what happened to it — 运达风电项目基本建成, 中石化新能源制氢和氢能装备制造项目签约落地,
600万千瓦风电基地首期120万千瓦本地消纳项目获批 (dev27), 合作城区35千伏输电项目竣工投用 (dev13), 环氧丙烷及配套项目开工建设 (dev23),
…铁岭物流园项目落地 (dev25). Every gold of those sets lists the name without 项目. The other rules read such a subject only
when its name ends with a head of works (水库, 电站 …) or passes round 15/18b's works tests; a product or process named by a
company or a place (风电, 制氢, 输电, 轮毂及板材) fails them.

The name (after the lead verbs and time words, round 18b's DONE_LEAD and round 21's GOAL_LEAD) must name one thing — a
place, a company's or a proper name jieba knows, a figure of capacity (round 18's `_is_named`, strict) — and be no
class of projects: no count, no 一批/重点/重大/招商/签约/新建/产业/技改…项目 (`KIND`), no list mark and no verb of its own
(round 21's clause_subjects). Counted on seed 2411's 200 reports (scan_subject_xiangmu.py).
"""

from __future__ import annotations

import re

from .round18b_projects import DONE_LEAD
from .round21_triggers import ADVERB, GOAL_LEAD
from .sentence import _clean
from .stems import _is_named, common_word, pos

# what happens to the project: starting, completing, signing, settling, approval, first power
PRED_TAILS = ("建成", "投用", "投产", "竣工", "完工", "开工", "建设", "动工", "开建", "签约", "落地", "获批", "并网", "发电",
              "复工", "试产", "运行", "封顶", "开业")
PRED = re.compile(r"项目" + ADVERB + r"(?:正式|顺利|全面|成功|率先|相继|陆续|先后)?"
                  r"(?:(?:建成|竣工|完工)(?:投用|投产|运行|运营)?|(?:开工|动工|复工)(?:建设)?|开建|签约(?:落地)?|落地(?:开工|建设)?|"
                  r"获批(?:建设)?|(?:首批机组)?并网(?:发电)?|试产|试运行|主体封顶|开业)$")
# a class of projects, not one: counts, sizes, kinds and sources of projects
KIND = re.compile(r"[0-9０-９一二三四五六七八九十百千]+\s*大?[个项批家类种]|首[条个座台家批]|更多|优质|批复|批准|一批|多个|若干|亿元|万元|以上|重点|重大|招商|签约|引进|新建|续建|在建|"
                  r"新开工|储备|产业|工业|技改|农业|民生|实事|基础设施|示范$|试点$|专项|债|PPP|合作|对接|已|新$|各类|相关|这些|该|"
                  r"^(?:省|市|县|区|全省|全市|全县|全区|我市|我省|我县|我区|首个|首座|首批)")
# not a works: plans, studies, systems and funds (a figure is no name here either)
# the money put in, written before the name (60亿元的环氧丙烷及配套项目开工建设: dev23; 投资百亿元的中石化…项目签约落地: dev27)
INVEST_LEAD = re.compile(r"(?:(?:(?:总|计划|预计)?投资(?:额|超|近|约)?)?(?:[0-9.]+|[一二三四五六七八九十百千]+)余?(?:亿|万)(?:美)?元(?:以上)?的)?")
# a verb of pushing right before 项目: the clause says how projects are pushed
PUSH_END = re.compile(r"(?:推动|推进|促进|加快|确保|力争|争取|促成|保障|吸引|引进|谋划|服务)$")
# a company named first (大船集团易地升级改造, 中石化新能源制氢…): by its head or a proper name or abbreviation jieba knows
COMPANY = re.compile(r"^[\u4e00-\u9fff]{2,8}?(?:集团|公司|控股|股份)")
PROPER = ("j", "nz", "nt", "nr", "nrt", "ns")
NOT_WORKS = re.compile(r"规划|方案|研究|课题|资金|基金|平台$|系统$|体系|制度|政策|工作")


def _subject_projects(s) -> None:
    for cs, ce in s.clauses:
        if not s.masked.endswith(PRED_TAILS, cs, ce):
            continue
        verb = PRED.search(s.masked, cs, ce)
        if verb is None:
            continue
        a = cs
        for lead in (DONE_LEAD, GOAL_LEAD, INVEST_LEAD):
            a = lead.match(s.masked, a, verb.start()).end()
        b = verb.start()
        raw = s.text[a:b]
        if b - a < 4 or _clean(raw) != raw:
            continue
        if any(f.start < b and a < f.end and f.kind != "organization" for f in s.found):
            continue  # a name already read (a company named first is part of the project's name)
        company = any(f.kind == "organization" and f.start == a and f.end < b for f in s.found)
        if named_project(raw, company):
            s.add("project", a, b, 3, raw)


def named_project(raw: str, company: bool = False) -> bool:
    """Whether the words before 项目 name one project (the module's docstring); company: a found company starts them."""
    if re.search(r"[、，,等的在将要“”《》]", raw) or KIND.search(raw) or NOT_WORKS.search(raw):
        return False
    company = company or bool(COMPANY.match(raw))
    first = pos(raw)[0]
    if (first[1].startswith("v") or first[1] in ("p", "c", "d", "r")) and not company or PUSH_END.search(raw):
        return False  # 以资本为纽带吸引更多优质项目落地, 用执着和韧劲推动项目落地 (dev19): how projects are pushed, none named
    return company or _is_named(raw) or len(first[0]) >= 2 and first[1] in PROPER and not common_word(first[0])


def round24b_projects(s) -> None:
    """The round's pass, gated by a substring test (speed)."""
    if "项目" in s.masked:
        _subject_projects(s)
