"""Round 17b (orgR, organizations): recall fixes for structures of corpus reports (seed 1713 sample)."""

from __future__ import annotations

import re

from .patterns import _Found
from .round17_orgs import _one_institution, qualified_kind
from .stems import _head_of, pos

# A reform of one named institution (参与南航集团股权多元化改革, 深化大连港集团改革, 湘江集团市场化改革成效明显, 安顺学院管理体制
# 改革顺利完成, 推进东贝集团改革): the reform is a program and the institution it reforms an organization (dev17's gold lists
# 南航集团 beside 南航集团股权多元化改革). A kind of institution stays out (公立医院改革, 上市公司股权分置改革, 市属平台公司改革,
# 国有控股上市公司…; the gold files list none; the city's 城投公司, 自来水公司 pass, judged half), and so does a reform that makes the institution's form (公司制改革, 集团化改革,
# 股份制改革: 公司 is the new form, no body). Counted on seed 1713 by eval/corpus_samples/orgL/round17b/scan_prog_lead.py.
REFORM_END = re.compile(r"(?:改革|改制)(?:试点)?$")
# kinds of institution by status or ownership (公立医院, 上市公司, 市属平台公司, 地方法人中小银行, 省市优抚医院, 国有控股…)
REFORM_KIND = re.compile(r"^总|公立|上市|平台|中小|优抚|法人|国有|[市省县区]属|控股|民营|村镇|农村|地方")
REFORM_HEAD = re.compile(
    r"(?:集团|有限公司|股份公司|公司|银行|农商行|证券|农信社|信用联社|联社|交易所|交所|大学|学院|医院)(?![制化])")


def reform_lead(name: str) -> str:
    """The named institution a reform program starts with (南航集团 of 南航集团股权多元化改革), else ""."""
    if not REFORM_END.search(name):
        return ""
    for m in REFORM_HEAD.finditer(name):
        lead = name[: m.end()]
        if m.end() >= len(name) - 1:
            return ""
        if len(lead) >= 3 and _one_institution(lead) and not qualified_kind(lead) and not REFORM_KIND.search(lead):
            return lead
    return ""


# A list of companies closed by 等…企业 (支持朴朴电商、神州数码等平台企业发展, 引进了商汤科技、香港正威集团…等一批境内外知名大
# 企业, 支持庞大汽贸、丰润动车城、冀东集团…等企业发展, 发展壮大大树食品、本草山药等一批农副产品加工企业): when at least as
# many items of the list are organizations as are left out, an item left out because it has no head (朴朴电商, 商汤科技, 庞大汽贸,
# 本草山药) is a peer, named the same way; the first item loses the clause's verb (one verb word and 了/与: 引进了, 支持). Not a kind, a place, a trade or a verb phrase
# (_partner_name, as round 15's partners). Seed 1713: 26 new names in 24 of 200 reports, 23 y 3 half (eval/corpus_samples/orgL/round17b/diff200_seed1713_fix1.txt).
# a site, not a company (首钢唐山产区, 丰润动车城); two characters alone are mostly kinds or trades (农垦, 森工)
PEER_NOT = re.compile(r"(?:区|城|园|基地|中心|港|站|路|村|镇|项目|工程|产业|行业|者|技术)$")
# the list names companies (等平台企业, 等一批龙头企业, 等药企, 等企业集团), not bodies, trades or sites (等机构, 等行业, 等单位)
COMPANY_LIST = re.compile(r"(?:企业|药企|集团|公司)$")
LIST_NOT_COMPANIES = re.compile(r"行业|机构|单位|项目|领域|产业")
LEAD_PARTICLE = frozenset(("了", "与", "同", "和", "对", "将", "把", "让", "帮助", "推动"))


def _after_clause_verb(name: str) -> int:
    """How many characters of the clause (verbs, adverbs, 了/与) stand before the first item's name."""
    cut, verb = 0, False
    for w, f in pos(name):
        if (f.startswith(("v", "d")) or f in ("p", "c")) and len(w) > 1 and not verb:
            cut += len(w)
            verb = f.startswith("v")  # one verb only: 支持前进牧业 keeps 前进
        elif w in LEAD_PARTICLE and cut:
            cut += len(w)
        elif cut == 0 and w in ("与", "同") and len(name) - len(w) >= 2:
            cut += len(w)
        else:
            break
    return cut


def org_peers(s, rejected: list[tuple[int, int]], first: int, closing: str) -> None:
    """Headless items of a list of companies (closed by 等…企业) with as many organizations among them (see above)."""
    from .api import _sectors
    from .lists import _clean, _partner_name

    if not COMPANY_LIST.search(closing) or LIST_NOT_COMPANIES.search(closing):
        return
    have = {f.name for f in s.found}
    for a, b in rejected:
        if s.text[a:b].lstrip()[:1] in "“‘《":
            continue  # “市长企业家早餐会”“三长金融下午茶”等联系服务企业制度: quoted names are events or brands
        name = _clean(s.text[a:b])
        if a == first:
            name = name[_after_clause_verb(name):]
        if name not in have and len(name) >= 3 and _partner_name(name) and not PEER_NOT.search(name) \
                and name not in _sectors() and not qualified_kind(name) and not _head_of(name):
            at = s.text.find(name, a, b + 1)
            s.add("organization", at if at >= 0 else a, b, 0, name)


def round17b_orgs(found: list[_Found], text: str) -> list[_Found]:
    """The institution a reform program names (南航集团 of 南航集团股权多元化改革) is an organization too."""
    if "改" not in text:
        return found
    have = {f.name for f in found if f.kind == "organization"}
    out = list(found)
    for f in found:
        if f.kind != "program" or "改" not in f.name:
            continue
        lead = reform_lead(f.name)
        if lead and lead not in have:
            at = text.find(lead, f.start)
            at = at if at >= 0 else f.start
            out.append(_Found("organization", lead, at, at + len(lead), f.rank))
            have.add(lead)
    return out
