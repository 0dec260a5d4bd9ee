"""Round 19 (orgAA, organizations): an institution of a list whose peer is a found organization, for the heads of
bodies beyond round 17d's strict four.

Round 17d made a peer of a found organization an organization when it ends in 大学 银行 集团 研究院 and the list is joined
by 、. Lists of laboratories, institutes, colleges, centres, stations, companies and associations still lost items whose
stem is not a place or a name jieba knows (加快建设广西海洋实验室、甘蔗生物育种实验室、陆海通道工程全寿命安全实验室;
尼龙新材料产业研究院、现代医药产业研究院、平煤神马集团科研创新中心、平高智慧能源技术创新中心; 梵净山中兽药工程技术研究中心、
梵净山生态农业博士后科研工作站和…; 燃气化工总公司、建工集团及交通系统企业改制), items after 及/和 (与中科大、安大分别谋划设立
滨湖国际金融研究院和绿色发展研究院), and first items behind a clause's lead verb (深入推进郑州大学、河南大学…; 与百度网讯科技公司及
锦州医科大学…开展战略合作). Now such an item is an organization when another item of the same list is a found organization
whose stem is no kind's, and the item's own stem names one thing: it holds a place or a proper name, or a word that is
no everyday word (甘蔗, 碳纤维, 神马, 网讯), and no word of a kind (KIND: 级 以上 城市 区域 行业 标准化 金融租赁 …, round 18b's
KIND_STEM, round 17d's PEER_KIND, the generic lexicon, round 17's qualified kinds). Kinds of a list stay out (二级甲等以上医院、
城区…服务中心; 获批民营银行、金融租赁公司; 规范发展融资性担保公司、小额贷款公司; 重点实验室、工程实验室、工程技术研究中心).

Counted on 200 random corpus reports (seed 1904) by eval/corpus_samples/orgL/round19/scan_list_items.py.
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round17d_orgs import CLAUSE, PEER_KIND
from .round18b_orgs import KIND_STEM
from .stems import common_word, pos

# the heads of bodies (a company, an institute, a college, a laboratory, a research or innovation centre, a workstation,
# an association): a name's last word
HEAD = re.compile(r"(?:集团|总公司|公司|控股|研究院|研究所|研究中心|大学|学院|职院|医院|银行|实验室|研发中心|创新中心|技术中心|"
                  r"工作站|分院|协会|商会|联盟|博物馆)$")
ANY_HEAD = re.compile(HEAD.pattern.removesuffix("$"))
# the items of a list: 、, 及, 以及, 和 (和 inside a name splits it: the pieces fail the head test or are found already)
ITEM_SEP = re.compile(r"、|以及|及|和")
# the end of the list in its last item (华商职院等加快建设, 燕赵现代交通实验室落户我市)
ITEM_END = re.compile(r"[等“《].*$")
# a clause's lead words before the first item (深入推进郑州大学, 与百度网讯科技公司, 加快建设广西海洋实验室)
LEAD_FLAGS = ("v", "vn", "d", "ad", "p", "c")
# words of a kind of body, not of one (二级甲等以上医院, 城市医疗集团, 区域中心医院, 金融租赁公司, 国家级…, 产业技术研究院,
# 申建国家重点实验室: a verb of the clause in the item)
KIND = re.compile(r"级|以上|以下|甲等|城市|城区|区域|行业|标准化|社区|乡镇|金融租赁|租赁|信托|保险|证券|财务|"
                  r"申建|申报|争创|创建|建设|打造|组建|成立|设立|新建|^(?:重点|技术|工程|产业|科技|创新|研发|研究|战略)")
# heads of a building as much as a body: a peer read as a project stays one (市人民医院新院、第三人民医院…等项目)
BUILDING = re.compile(r"(?:医院|博物馆)$")
# words jieba tags as names that name no one (城市, 博士后: 院士和博士后工作站)
NO_NAME = frozenset(("城市", "博士后", "院士", "国家", "专家"))
# a list of bodies to be created (筹建河南电子科技大学、郑州航空航天大学; 积极创建国家技术创新中心、产业创新中心…) or of works
# (中国农业银行、内蒙古农信社…等数据中心以及…等项目全面开工): no peer of it is taken
# examples of a kind (…农村专业协会，如水产公司、菜农协会、蔗农协会等): no peer of them is taken
EXAMPLES = re.compile(r"(?:比如|例如|诸如|如)")
BRACKET = re.compile(r"[（）()]")
TO_BE = re.compile(r"筹建|筹设|筹办|创建|争创|申建|申报|创办")
WORKS_TAIL = re.compile(r"等[^，。；]{0,8}?(?:项目|工程|数据中心)")
PROPER = ("ns", "nr", "nz", "nt", "j")


def kind_stem(stem: str) -> bool:
    """A stem of a kind of body (KIND, round 18b's KIND_STEM, round 17d's PEER_KIND, a sector of
    kg/data/entity_sectors.txt: 制造业创新中心, 装配式建筑创新中心) or too short to name one."""
    from .api import _sectors

    return len(stem) < 2 or bool(KIND.search(stem) or KIND_STEM.search(stem.replace("国家", "国"))
                                 or PEER_KIND.search(stem)) or stem in _sectors()


def names_one(stem: str) -> bool:
    """Whether a body's stem names one body: a place or a proper name, or a word of two or more characters that is no
    everyday word (甘蔗生物育种, 碳纤维产业技术, 平煤神马集团科研, 建工), and no word of a kind (kind_stem)."""
    if kind_stem(stem):
        return False
    for w, f in pos(stem):
        if len(w) < 2:
            continue
        if w in NO_NAME:
            continue
        if f.startswith(PROPER) or f in ("n", "nz", "vn", "ng") and not common_word(w):
            return True
    return False


def _strip_lead(item: str) -> tuple[int, str]:
    """The first item without the clause's lead words (verbs, adverbs, prepositions: 深入推进, 与, 加快建设): the offset
    dropped and the rest."""
    at = 0
    for w, f in pos(item)[:3]:
        if f not in LEAD_FLAGS or len(item) - at - len(w) < 4:
            break
        at += len(w)
    return at, item[at:]


def _stem(name: str) -> str:
    return name[: HEAD.search(name).start()]


def round19_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Peers of a found organization in its list that carry a body's head and a stem that names one (see above)."""
    if "、" not in text and "及" not in text and "和" not in text:
        return found  # the cheap test first: it is called for every sentence, and a list has a joiner
    orgs = [f for f in found if f.kind == "organization"]
    if not orgs or len(ANY_HEAD.findall(text)) < 2:
        return found  # no peer, or no second body's head
    from .api import _generic
    from .round17_orgs import qualified_kind

    out = found
    for m in CLAUSE.finditer(text):
        a, b = m.start(), m.end()
        if not any(a <= f.start < b for f in orgs):
            continue
        clause = m.group(0)
        if len(ANY_HEAD.findall(clause)) < 2 or WORKS_TAIL.search(clause) or EXAMPLES.match(clause):
            continue  # a peer and an item to take: two heads at least (speed); a list of works
        spans = []  # the items: (start, end, name)
        cur = a
        for i, item in enumerate(ITEM_SEP.split(clause)):
            start = cur
            cur += len(item)
            sep = ITEM_SEP.match(text, cur)
            if sep:
                cur = sep.end()
            name = ITEM_END.sub("", item)
            s = start
            if i == 0:
                d, name = _strip_lead(name)
                s += d
            spans.append((s, s + len(name), name))
        if len(spans) < 2:
            continue
        # the found organizations that are an item (or end a first item behind its lead words), with a stem naming one
        peers = {k for k, (s, e, _) in enumerate(spans) for f in orgs
                 if f.end == e and f.start >= (a if k == 0 else s) and HEAD.search(f.name) and not kind_stem(_stem(f.name))}
        if not peers:
            continue
        for k, (s, e, name) in enumerate(spans):
            if k in peers or not HEAD.search(name) or len(name) < 4 or name in _generic() or qualified_kind(name) \
                    or BRACKET.search(name) or TO_BE.search(text, a, s):
                continue  # a kind (国家重点工程（技术）研究中心), a body to be created
            over = [f for f in out if f.start < e and s < f.end]
            if over:  # a peer read as a project (华立学院 of 支持南方职院、广东邮电职院、华立学院、华商职院等…): the body
                if len(over) == 1 and over[0].kind == "project" and (over[0].start, over[0].end) == (s, e) \
                        and not BUILDING.search(name) and not kind_stem(_stem(name)):
                    out = [f for f in out if f is not over[0]]
                    out.append(_Found("organization", name, s, e, over[0].rank))
                continue  # else found already (a project of a list, an organization)
            if not names_one(_stem(name)):
                continue
            if out is found:
                out = list(found)
            out.append(_Found("organization", name, s, e, orgs[0].rank))
    return out
