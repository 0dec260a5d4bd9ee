"""Round 24 (orgHA, organizations): a named research institute, laboratory or research branch that no rule found.

Round 20b's step 2 finds an unfound research body only by the centre heads (技术创新中心 … 研究中心, 重点实验室, 工程实验室), and
the head rule of round 6 drops an institute or laboratory named by its field's everyday words. So a named 研究院, 研究所,
实验室 or a research body's branch (分中心, 分院) in a frame of its setting up, building or work was found as nothing:
建强合成生物研究院, 组建对俄工业研究院等对俄科技合作中心, 组建重庆应用技术工程研究院和农业科学研究院, 着力建设…广东省实验室茂名分中心、
绿色化工研究院三大科研平台, 国家技术转移西南中心广安分中心获批建设, 成立了协同发展研究院、民营经济研究院, 北大工学院包头研究院升级为….
Every development gold that annotates organizations lists a named research body as an organization (about 95 names over the
official gold, dev2–dev4, dev6, dev8, dev10, dev14–dev25); the project readings the golds keep are works listed among projects
or under works (量子科技（合肥）产业研究院 …等项目, 中国机械总院工业母机创新中心开工), which round 20b's guards already read.
The whole misses of dev4, dev6, dev19, dev21 and dev23 are this shape (eval/corpus_samples/orgL/round24_orgHA/README.md).

Now the name before such a head, cut as round 20b cuts it (after punctuation, 等/和/及/或, a count, the clause's lead verbs
and a verb inside), becomes an organization when nothing overlaps it, unless
- what is left once level words (国家 省级 …) are set aside is a kind (产业技术研究院, 重点实验室, 企业技术中心, 院士团队…),
  holds a kind word (round 20b's KIND_IN, less its ending rules: 先进低温技术研究院 is a name), or is shorter than 4 characters;
- a goal or designation verb stands before it (创建 争创 申报 成为 纳入 入选 获评 打造 …: 创建省级产业研究院);
- it is a works (round 20b's project guards: …等项目, 一期, 开工, 投入使用; and 建成, 投运, 建成运行 as the golds read
  them: dev6 `量子科技（合肥）产业研究院…建成运行`, dev4 `投运京东方高端显示材料研究院`) or the start of a longer name (北京石墨烯研究院
  宝泰隆研发中心, …研究院产业园): the head must be followed by punctuation, a conjunction or a frame word;
- a branch (分中心, 分院) is not of a research body (市人民医院龙华分院 is a hospital's works).
The heads are a closed grammatical set in the code, no lexicon. Counted on 200 random corpus reports (seed 2405).
"""

from __future__ import annotations

import re

from .patterns import _Found

HEAD = re.compile(r"(?:研究院|研究所|实验室|分中心|分院)")
# round 20b's step 2 already reads these (重点实验室, 工程实验室): left to it
OLD_HEAD = re.compile(r"(?:重点|工程)$")
# what may follow the head: the end of the name
FOLLOW = re.compile(r"(?:（[^）]{1,10}）)?(?:[，。；：、）”》]|$|和|及|与|等|建设|成立|揭牌|挂牌|落户|落地|运营|运行|正式|获批|作用|"
                    r"升级|在|已|相继|顺利|先后|加快|开展|实现|取得|成功|自主|研发|合作|共建|签约|入驻|启动|首|的|为|被|"
                    r"联合|牵头|发挥|提升|达成|开业|开放|[两三四五六七八九]大)")
# built and run: a works for the golds (dev6 `量子科技（合肥）产业研究院…建成运行`, dev4 `投运京东方高端显示材料研究院`)
WORKS_AFTER = re.compile(r"(?:（[^）]{1,10}）)?(?:[^，。；：]{0,4}?(?:建成|投运|投入运营|竣工|交付))|"
                         r"[^，。；：]{0,30}?项目")  # a list of works closed by 项目 without 等 (…研究所、…康复中心项目)
WORKS_BEFORE = re.compile(r"(?:投运|建成|建好|建成投用)$")
# a goal, a designation or an application before the name: not yet a body
GOAL_BEFORE = re.compile(r"(?:创建|争创|创成|申报|申建|申请|升级为|升格为|成为|纳入|列入|入选|获评|评为|认定为|认定|争取|力争|"
                         r"谋划|规划|布局|打造|培育|创建为|建成为|新增|引进|共建)$")
# a stem that is only a kind's words once level words are set aside (产业技术研究院, 企业技术中心, 院士团队创新中心)
GENERIC = re.compile(r"^(?:产业|工业|工程|企业|科技|科学|技术|应用|共性|前沿|先进|新型|研发|创新|协同|联合|高等|产业技术|工程技术|"
                     r"应用技术|技术转移|新型研发|院士|院士团队|专家|博士后|中试|检验检测|检测|生物安全|场景|重点|制造业|未来产业|新兴产业|"
                     r"现代产业|产业发展|成果转化|校级|市级|省级|国家级|院级|开放|国际|区域|地方|临床|医学|临床医学)+$")
KIND_WORD = re.compile(r"以上|以下|企业|高校|院校|院所|学校|领域|行业|部门|各类|各级|一批|相关|有关|部分|若干|其他|其它|综合性|"
                       r"高水平|高层次|一流|知名|重大|专业|唯一|首个|首家|产学研|校企|检验检疫|检测实验室|综合实验室|"
                       r"联合实验室|[0-9０-９]|[一二三四五六七八九十两几多百千]+[个家所批大]|等|的|或|、|"
                       # a verb inside: the name is a clause (校院地共建…, 海南大学联办…, 实体化运作…, 获评…)
                       r"共建|联办|联建|合建|运作|联手|获评|评为|入选|认定|成为|对")
RESEARCH_WORD = re.compile(r"研究|实验室|科学院|农科院|工研院|社科院|科技|技术|创新|中心")
NOT_RESEARCH_BRANCH = re.compile(r"医院|卫生院|保健院|学校|大学|中学|小学|学院|党校|法院|检察院|银行|公司|集团|图书馆|博物馆|"
                                 r"政务|服务")


def _start(text: str, hs: int) -> int:
    """Where the name ending at hs starts (round 20b's cut without its kind test), or -1."""
    from .round20b_orgs import LEVEL, VERB_IN_STEM, lead_cut
    from .stems import pos

    start = lead_cut(text, hs)
    if start < 0:
        return -1
    for v in VERB_IN_STEM.finditer(text, start, hs):
        start = v.end()  # 高水平建设深空探测实验室, 获批建设…分中心
    for w, f in pos(text[start:hs]):  # leading adverbs, pronouns, particles, prepositions (了, 积极, 加大对; not a numeral: 五邑大学), and a
        # leading verb when a name of 4 characters is left after it: 合成生物 and 深空探测 stay whole
        if f.startswith(("d", "r", "q", "u", "c", "p")) \
                or f.startswith("v") and not f.startswith("vn") and len(LEVEL.sub("", text[start + len(w):hs])) >= 4:
            start += len(w)
            continue
        break
    return start


def round24_research(found: list[_Found], text: str) -> list[_Found]:
    """A named research institute, laboratory or research branch nothing found is an organization (see above)."""
    if "研究" not in text and "实验室" not in text and "分中心" not in text and "分院" not in text:
        return found  # the cheap test first: it is called for every sentence
    from .api import _generic, _role_goal
    from .round20b_orgs import AS_PROJECT_AFTER, AS_PROJECT_BEFORE, COUNT_AFTER, LEVEL

    out = found
    for m in HEAD.finditer(text):
        hs, e = m.start(), m.end()
        if OLD_HEAD.search(text, max(0, hs - 2), hs) or m.group(0) == "实验室" and text[max(0, hs - 1):hs] in ("省", "市"):
            continue  # 重点实验室, 工程实验室 (round 20b); 广东省实验室 is read with its branch
        if any(f.start < e and hs - 2 < f.end for f in out):
            continue  # a name an older rule found, whole or in part
        if not FOLLOW.match(text, e) or AS_PROJECT_AFTER.match(text, e) or COUNT_AFTER.match(text, e) \
                or WORKS_AFTER.match(text, e):
            continue
        s = _start(text, hs)
        if s < 0:
            continue
        if any(f.start < e and s < f.end for f in out) or HEAD.search(text, s, hs):
            continue  # the name would run over another find or body (…包头研究院升级为校级研究院)
        name, stem = text[s:e], LEVEL.sub("", re.sub(r"（[^）]*）", "", text[s:hs]))  # 未来产业（技术）研究院: a kind
        if text[max(0, s - 1):s + 1] in ("以上", "以下") or text[max(0, s - 1):s] == "“" or name.count("（") != name.count("）"):
            continue  # 3家以上技术转移分中心 (a count); “脑疾病精准诊疗实验室建设” (a quoted title); 工程研究中心（实验室
        if len(stem) < 4 or len(name) > 30 or GENERIC.match(stem) or KIND_WORD.search(name) \
                or KIND_WORD.search(text, max(0, s - 2), s) and not text[max(0, s - 1):s] == "、":
            continue
        if m.group(0) in ("分中心", "分院") and (not RESEARCH_WORD.search(stem) or NOT_RESEARCH_BRANCH.search(name)):
            continue
        if GOAL_BEFORE.search(text, max(0, s - 4), s) or AS_PROJECT_BEFORE.search(text, max(0, s - 6), s) \
                or WORKS_BEFORE.search(text, max(0, s - 4), s) \
                or _role_goal(text, s) or name in _generic():
            continue
        if out is found:
            out = list(found)
        out.append(_Found("organization", name, s, e, 2))
    return out
