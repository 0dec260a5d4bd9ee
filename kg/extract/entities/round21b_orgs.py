"""Round 21b (orgEA, organizations): a company or hospital named only as the first part of a works is no organization.

Cross-set shape (eval/corpus_samples/orgL/round21b/README.md): the extractor took the company or hospital that opens a
works name as an organization, and no gold lists it — dev13 市中心医院荆北新院一期, dev14 信发集团铝电升级改造, dev18
启动中信集团碳汇林建设项目, dev20 市第一人民医院东津院区, dev21 普天集团存储卡、…等IT行业关键项目, dev22 积极推进市第一医院新院
前期工作 (six sets; dev24's annotator: "companies only inside project names … left out"). GUIDELINES.md takes hospitals
"as institutions": a hospital's new campus (院区, 新院) is a building, the company's product line a project.

Two frames, read right after the organization's end, inside its clause:
- a hospital (…医院) followed by a campus: 荆北新院, 东津院区, 奥体院区, 新院 (a place of at most six characters, no verb);
- a company (…集团, …公司) followed by the project's own words (铝电升级改造, 碳汇林, 燃料乙醇, 肉类食品加工) and 项目 (建设项目),
  or by those words and 、 in a clause closed by 等…项目 (中航集团直升机、大唐通讯3G手机等项目). The words must hold no verb
  or particle (与国开行合作…项目, 沈阳动力集团参与兴建…项目, 日本住友公司首期投资…项目 keep their company).
A company name glued to a phase word (城投公司二期企业债券, 宝泰隆公司二期封闭煤仓项目) is cut back to the company first.
The organization found elsewhere in the sentence or report (a standalone mention) stays: only this mention goes.
Counted and read on 200 random corpus reports (seed 2124): eval/corpus_samples/orgL/round21b/. No lexicon: closed sets.
"""

from __future__ import annotations

import re

from .patterns import _Found

# a hospital's campus right after its name: 市中心医院荆北新院一期, 市二医院奥体院区, 市第一医院新院急诊部
HOSPITAL = re.compile(r"医院$")
CAMPUS = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:院区|新院)|新院|院区)")
# a company: 信发集团, 中粮集团, 宝泰隆公司
COMPANY = re.compile(r"(?:集团|公司)$")
PHASE = re.compile(r"(?:集团|公司)([一二三四五首]期)$")
# the project's own words after the company, then 项目 (or 、 in a clause that closes with 等…项目)
WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9０-９Ａ-Ｚａ-ｚ]{1,14}?")
PROJECT_END = re.compile(r"(?:建设)?项目")
LIST_CLOSE = re.compile(r"等[^，。；：！？]{0,14}项目")
CLAUSE_END = re.compile(r"[，。；：！？,;:]")
# a verb or particle in the words: the company acts (与…合作, 参与兴建, 投资…的, 实施“211”工程) — not a project's name
VERB = re.compile(r"合作|参与|实施|共建|签|引进|投资|支持|推进|推动|加快|开展|通过|承建|承接|落户|启动|建成|完成|达到|"
                  r"成立|设立|组建|合并|重组|上市|牵头|主导|负责|打造|发展|申报|争取|入选|获|新建|兴建|扩建|开工|开发|"
                  r"[在与和及等的为是将被向对从由把让了着过]")
# words that name no project, only a kind of work (湛江港集团研发项目获…奖: the company did the research)
KIND_WORDS = re.compile(r"(?:研发|科研|重点|重大|产业|招商|技改|创新|新|各类|相关)")


def _campus(text: str, end: int) -> bool:
    m = CAMPUS.match(text, end)
    return bool(m) and not VERB.search(text, end, m.end() - 2)


def _company_project(text: str, end: int) -> bool:
    stop = CLAUSE_END.search(text, end)
    clause_end = stop.start() if stop else len(text)
    tail = text[end:clause_end]
    seg = tail.split("、", 1)[0]
    m = PROJECT_END.search(seg)
    if m is not None and m.start() > 0:
        words = seg[:m.start()]
    elif "、" in tail and LIST_CLOSE.search(tail) and seg:
        words = seg
    else:
        return False
    return bool(WORDS.fullmatch(words)) and not VERB.search(words) and not KIND_WORDS.fullmatch(words)


def round21b_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Drop a company or hospital found only as the first part of a works name (see above)."""
    if "医院" not in text and "集团" not in text and "公司" not in text:
        return found  # the cheap test first: it is called for every sentence
    out: list[_Found] = []
    changed = False
    for f in found:
        if f.kind == "organization":
            pm = PHASE.search(f.name)
            if pm is not None and text.startswith(f.name, f.start):
                f = _Found(f.kind, f.name[: pm.start(1)], f.start, f.end - len(pm.group(1)), f.rank)
                changed = True  # 城投公司二期企业债券: the company, not its phase
            if text.startswith(f.name, f.start) and (
                    HOSPITAL.search(f.name) and _campus(text, f.end)
                    or COMPANY.search(f.name) and _company_project(text, f.end)):
                changed = True
                continue
        out.append(f)
    return out if changed else found
