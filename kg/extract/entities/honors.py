"""Honors after 荣获/被评为/被命名为/入选/…, with their recipients."""

from __future__ import annotations

import functools
import re

from .lexicon import _lexicon, _verbs_of
from .patterns import COUNTED, FIGURE_AFTER, HAN, MEASURE, NUMBER, TOPONYM_END, _Found, _Honor
from .round17b_projects import key_works_list
from .round18b_honors import approval_to_create, far_subject
from .round19_honors import glued_titles, mark_glued, one_span
from .round20_honors import nameless_pilot
from .round24_honors import region_designation
from .round25b_honors import list_name_head, with_list_head
from .round26_honors import clause_recipients
from .round26b_honors import designation_cluster
from .sentence import _adjacent_quotes, _clean, _Sentence, _strip_lead
from .stems import _head_of, _places, pos, rare_word

# ---- honors ----------------------------------------------------------------------------------


def _honors(s: _Sentence) -> None:
    lex = _lexicon()
    if "进入" not in s.masked and not lex.honor_trigger.search(s.masked):
        return  # no trigger word in any clause (the pattern is plain words: a clause's match is the sentence's)
    before: list[str] = []  # the recipients of the sentence's previous honor
    carry: list[str] | None = None  # named recipients of the clauses before, for a clause with no subject
    for ci, (cs, ce) in enumerate(s.clauses):
        subject_start = cs
        last: list[str] | None = None
        if not (carry and SUBJECTLESS.match(s.masked, cs, ce)):
            carry = None
        for m in _triggers(s.masked, cs, ce):
            if m.start() < subject_start or m.group(0) == "创成" and s.masked[m.start() - 1:m.start()] == "首":
                continue  # 首创成立…: 创成 inside another word
            if m.group(0) == "授予" and not PASSIVE_AGENT.search(s.masked, subject_start, m.start()):
                continue  # 市政府授予…称号: the body that grants speaks; only 被…授予 names a title received
            if key_works_list(s, subject_start, m, ce):
                continue  # 6个项目纳入省重大项目: a priority list of works, no title (round 17b, projR)
            titles = _titles(s, m.end(), ce, m.group(0))
            if not titles:
                _approved(s, subject_start, m, ce)
                continue
            recipients = _recipients(s, ci, subject_start, m.start(), last if last is not None else carry,
                                     one_name=all(ONE_NAME_TITLE.search(t) for _, _, t in titles))
            recipients = clause_recipients(recipients, s.masked)  # 继2003年后再次荣获…, 温州大学增列为…: a clause is no name (round 26)
            if recipients is not None and approval_to_create(m.group(0)):
                # 安溪获批创建国家级现代农业产业园: allowed to create it, no title received yet (round 18b, honV); the
                # designation stays blocked, as a title read, for the other kinds, and the subject goes on
                s.blocked.extend((ts, te) for ts, te, _ in titles)
                before = last = recipients
                subject_start = _after_stop(s.masked, titles[-1][1], ce)
                continue
            if recipients is None:
                # 13件作品获…“五个一工程”奖: a prize is no program; but 116个项目列入省“千项万亿”工程 names one
                s.blocked.extend((ts, te) for ts, te, title in titles if title.endswith("奖"))
                continue
            if recipients == [""] and last is None and carry is None \
                    and (unit := far_subject(s, ci, [t for _, _, t in titles], _is_place)):
                recipients = [unit]  # 合江县…有序开展，被确定为…试点县: the unit that opens the sentence (round 18b, honV)
            if TOGETHER.match(s.masked, subject_start, m.start()):
                # A入选…，与B、C一起入选…: the previous recipient shares the second title
                recipients = [r for r in before if r not in recipients] + recipients
            before = recipients
            # 榆中县、皋兰县分别获评…“A”“B”: the n-th recipient has the n-th title
            respective = len(recipients) == len(titles) > 1 and (s.masked.startswith("分别", m.start() - 2)
                                                                 or m.group(0).startswith("分别") or m.group(0) == "分获"
                                                                 or one_span(s, titles))
            for k, (ts, te, title) in enumerate(titles):
                s.blocked.append((ts, te))
                grantor = GRANTOR.match(title)
                if grantor and s.text.startswith(grantor.group(0), ts):  # 世界旅游联盟旅游扶贫优秀案例
                    s.found.append(_Found("organization", grantor.group(0), ts, ts + grantor.end(), 1))
                for r in [recipients[k]] if respective else recipients:
                    s.honors.append(_Honor(title, r, ts, te, recipient_kind(r, title)))
            last = recipients
            subject_start = _after_stop(s.masked, titles[-1][1], ce)
        if last and any(last):
            carry = last  # 东莞荣获…，入选…，获评…: one subject for the clauses that follow


def _triggers(masked: str, cs: int, ce: int) -> list[re.Match]:
    """The honor triggers of a clause, with 进入 before a scoped list, rank or ranks (进入世界灌溉工程遗产名录,
    进入国家创新型城市行列, 进入全国县域百强): 360 of the 2,999 corpus reports write one, 19 of 200 (seed 1313); a weak trigger,
    kept out of the lexicon since 进入 is a common verb the other extractors read as none."""
    found = list(_lexicon().honor_trigger.finditer(masked, cs, ce))
    # 高分获评, 总分获得: 分获 (分获A、B: each won one) inside a score before the trigger (round 17, honQ)
    found = [(_lexicon().honor_trigger.match(masked, m.start() + 1, ce) or m)
             if m.group(0) == "分获" and masked[m.start() - 1:m.start()] in ("高", "总", "满", "积") else m for m in found]
    if "进入" in masked[cs:ce]:
        found = sorted(found + list(ENTER.finditer(masked, cs, ce)), key=lambda m: m.start())
    return found


ENTER = re.compile(r"(?<!力争)(?<!争取)(?<!确保)进入(?![^，。；]*前[0-9一二三四五六七八九十]+[强名位])"  # 前5强: a place in a ranking
                   r"(?=(?:全国|国家|全省|省级?|自治区|中国|世界|全球)[^，。；]{2,30}?"
                   r"(?<!先进)(?<!前列)(?:名单|名录|榜单?|行列|百强|[0-9]+强)(?:[，。；、和]|$))")


def _weak(trigger: str) -> bool:
    return trigger in _lexicon().honor_weak or trigger == "进入"


# a clause that goes on with the subject of the one before (…，入选…，获评…)
SUBJECTLESS = re.compile(r"(?:以[^，。；]{1,12}?(?:成绩|名次|身份))?(?:又|还|并|再|先后|相继|连续|成功|同时)?"
                         r"(?:获|荣|入选|入围|被|蝉联|跻身|成功|创成|创建|列入|上榜|摘得|喜获|斩获|成为)")
# the event or evaluation a title was won at, between the subject and the trigger (15 of 200 corpus reports, seed 1111;
# 228 of the 2,999): 深圳在全省履行教育职责评价中, 我省运动员在2024年巴黎奥运会上
SCENE = re.compile(r"(?<![所存现正实自内])在[^，。；在]{2,24}?(?:中|上|期间)$|(?<=[一-龥]{2})作为[^，。；]{0,20}$")
# …园获评…，以全省第1成绩成为…: how it was won (11 corpus reports), not who won it
BY_SCORE = re.compile(r"以[^，。；]{1,12}?(?:成绩|名次|身份)")


APPROVED = re.compile(r"(?:成功|正式)?获批(?:设立|建设|成立)?(?=$|[并，。；])")


def _approved(s: _Sentence, start: int, trigger: re.Match, ce: int) -> None:
    """南宁跨境电商综合试验区获批设立: the designation is the subject, the place before it the recipient."""
    if not APPROVED.fullmatch(s.masked, trigger.start(), max(trigger.end(), _end_of_verb(s.masked, trigger.end(), ce))) \
            or re.match(r"组建|筹建|筹备", s.masked[trigger.end():ce]):
        return  # …中心获批组建: leave to set it up, no title
    a = start
    lead = re.match(r"(?:[、，和及并]|\d{4}年|今年|去年|同时|此外|其中|全年)+", s.masked[a:trigger.start()])
    a += lead.end() if lead else 0
    text = SUBJECT_TAIL.sub("", s.masked[a:trigger.start()])
    if INTENT_LEAD.match(text) or INTENT.search(text) or "、" in text or "和" in text:
        return
    name = _clean(text)
    place = next((name[:k] for k in range(min(len(name) - 5, 8), 1, -1) if _is_place(name[:k])), "")
    if place and re.match(r"[—\-·（(、]", name[len(place):]):
        place = ""  # 延吉—长白重点开发开放试验区: the place is part of the name
    title = _trim_title(name[len(place):])
    if title is None or title != name[len(place):] or not 5 <= len(title) <= 30 or not _strong_title(title) and not place:
        return
    ts = a + (len(text) - len(text.lstrip())) + len(place)
    s.blocked.append((ts, ts + len(title)))
    if not re.match(r"(?:成功|正式)?获批设立", s.masked[trigger.start():ce]):
        return  # 衡阳综合保税区获批, 杭州综合保税区获批运行: approved, no title received (dev7, dev9 gold files)
    s.honors.append(_Honor(title, place, ts, ts + len(title), "unit"))


def _end_of_verb(masked: str, at: int, ce: int) -> int:
    m = re.match(r"设立|建设|成立", masked[at:ce])
    return at + (m.end() if m else 0)


def _titles(s: _Sentence, start: int, ce: int, trigger: str) -> list[tuple[int, int, str]]:
    """The titles after a trigger, up to 称号/荣誉/创建 or the clause end, each ending with a title head."""
    lex = _lexicon()
    if s.masked.startswith("为", start) or s.masked.startswith("了", start):
        start += 1  # 被评为…; 获得了中国人居环境范例奖 (了 after the trigger, 5 corpus reports)
    lead = ONLY_LEAD.match(s.masked, start, ce)  # 获批全国唯一的…试点省: 的 there does not end the title
    if lead:
        start = lead.end()
    text = s.masked[start:ce]
    prize = HONOUR_QUOTE.match(text)
    if prize:  # 夺取全国综治最高荣誉“长安杯”: the quoted name after 荣誉 is the title
        return [(start + prize.start(1) - 1, start + prize.end(1) + 1, prize.group(1))]
    following = next((f for f in lex.honor_trigger.finditer(text)  # 学位授予单位: 授予 without 被 starts no honor
                      if f.group(0) != "授予" or PASSIVE_AGENT.search(text, 0, f.start())), None)
    # …示范村镇、铁城村获评…: the next honor starts its own subject
    if following:
        cut = text.rfind("、", 0, following.start())
        text = text[:cut] if cut > 0 else text[:following.start()]
    stop = lex.honor_stop.search(text)
    while stop and stop.group(0) == "创建" and re.match(r"(?:县|市|区|乡|镇|村|单位|城市)(?:$|、)|(?:活动|工作)[^、]*示范"
                                                     r"|名单(?:$|[、和及])|(?:工作)?(?:示范|先进|推荐)", text[stop.end():]):
        # …“一县一业”示范创建县: 创建 inside the title; 入选国家乡村振兴示范县创建名单, 入选国家5A级景区创建名单: the list entered is the
        # title (the dev gold writes 国家农业现代化示范区创建名单; 101 of the 2,999 corpus reports, 6 of 200);
        # 获评全国法治创建先进单位, 全国禁毒示范创建工作先进城市, 国家公交都市创建示范城市 (51 of the 2,999)
        stop = lex.honor_stop.search(text, stop.end())
    while stop and (text.count("“", 0, stop.start()) > text.count("”", 0, stop.start())
                    or stop.group(0) == "的" and text.startswith("目的地", stop.start() - 1)
                    or stop.group(0) == "等" and text.startswith("奖", stop.end())):
        stop = lex.honor_stop.search(text, stop.end())  # “…旅游目的地”称号, 一等奖: a stop word inside the title
    explicit = bool(stop and "称号" in stop.group(0) or stop and "荣誉" in stop.group(0))
    if stop:
        if FIGURE_AFTER.match(text, stop.end()) and stop.group(0) == "等":
            return []
        text = text[:stop.start()]
    elif FIGURE_AFTER.search(text[-8:]) and re.search(r"\d+[个家所项处户座条](?:以上|左右|多|余)?$", text):
        return []
    if trigger.endswith("通过") and (PASSED_CHECK.search(text) or PASSED_CLAUSE.search(s.masked, start, ce)):
        # 通过国家创新型县考核验收, 通过三甲评审: an evaluation passed, not a title (every gold file and corpus judge); also when
        # a stop word or a grantor stands before the check (通过…先进县的督导验收, 通过…均衡县国家督导评估认定, 通过…城市复检:
        # 254 of the 2,999 corpus reports, 19 of 200 (seed 1414), 9 of which had the passed check read as a title)
        return []
    if _TITLES_RE1.search(text) or _TITLES_RE2.match(text) \
            or re.search(r"上市(?:企业|公司)$", text):
        return []  # 获批国家科技型中小企业…数量全省最多: a count; 获批筹建/组建…: leave to set up; 首家上市企业: a listing
    if _TITLES_RE3.search(text) or _TITLES_RE4.search(text):
        s.blocked.append((start, ce))  # nor is what they joined a program of the text's own
        return []  # 入选国家重大人才计划专家9人: people counted; 获得…奖补: a grant
    parts = _title_parts(text)
    if len(parts) == 1 and (quoted := _adjacent_quotes(text, 0, len(text))):
        parts, at = [], 0
        for q in quoted:
            parts.append((at, at + len(q) + 2))
            at += len(q) + 2
    else:
        # 获评全国“四好农村路建设示范县”“城乡交通运输一体化示范县”, 荣获全国“先锋奖”“金数奖”和“金铃奖”: one title per quote,
        # the words before the first belong to it (the tongling gold writes the second without 全国)
        split = []
        for ps, pe in parts:
            if SCOPED_QUOTES.fullmatch(text, ps, pe):
                spans = [q.span() for q in re.finditer(r"“[^“”]+”", text[:pe]) if q.start() >= ps]
                split += [(ps, spans[0][1])] + spans[1:]
            else:
                split.append((ps, pe))
        parts = split
    out = []
    # 成为国家长期护理保险、养老服务业综合改革、公办养老机构改革试点城市, 获批国家级、省级外贸转型升级基地: items or scopes
    # written before one shared head, one title each (the dev14 gold)
    pieces = [(ps, pe, seg) for ps, pe in parts for seg in _shared_head_titles(text[ps:pe])]
    for ps, pe, raw in pieces:
        quoted = re.fullmatch(rf"[^“”]{{0,6}}(?:{lex.honor_ordinal.pattern})“([^“”]{{5,40}})”", raw.strip()) \
            or re.fullmatch(rf"[{HAN}]{{1,5}}(?:网|报|电视台|杂志|周刊)“([^“”]{{4,30}})”", raw.strip())  # 新华网“最美中国榜”
        title = _clean(quoted.group(1) if quoted else raw)  # 全国首批“中国特色农产品优势产区”
        if COUNT_END.search(text, ps, pe):
            return out  # 列入省重点建设项目42个、创历史新高, 入选…典型案例20余项: titles counted, no recipient named
        if re.match(r"[在从对向于]|一批|一系列|多项|多个|各类|各项", title):
            return out  # 获评…集聚区、在国家经开区综合考评中实现“七连冠”: a clause that goes on; 获得一批…荣誉: no title named
        # 被列为我省五大夏季精品线路, 荣获我市人民教师奖章: the reporting unit's own scope (我省首批… keeps it, as before)
        title = re.sub(r"^(?:我|本)(?:省|市|区|州|县)(?![首第唯])(?=[一-龥“]{4})", "", title)
        grantor = re.match(rf"[{HAN}]{{1,8}}?(?:部|委|局|厅|总局|办公室|国务院)(?=(?:{lex.honor_ordinal.pattern})[{HAN}]{{5}})", title)
        if grantor:
            title = title[grantor.end():]  # 中组部第二批全国…示范基地: the grantor and the batch are no part of it
        while (m := lex.honor_ordinal.match(title)) and m.end() > 0 and not EDITION_PRIZE.match(title):
            title = title[m.end():]
        title = re.sub(r"^(?:全国|全省|全市|全区|全疆|全州|全县|全盟|省内|国内|[一-龥]{2,4}(?:地区|省))"
                       r"(?:首个|首家|唯一一家|唯一一个|唯一|第[一二三四五六七八九十0-9]{1,3}[个家])"  # 全国第三个国家森林城市
                       r"(?=[一-龥]{5})", "", title) \
            if OWN_SCOPE.match(title, _only_end(title)) or not DESIGNATION.search(title) else \
            re.sub(r"^(全国|全省)(?:首个|首家|唯一一家|唯一一个|唯一|第[一二三四五六七八九十0-9]{1,3}[个家])(?=[一-龥]{5})", r"\1", title)
        # 成为全省首个公立医院薪酬制度改革试点市 → 全省公立医院薪酬制度改革试点市 (the dev11 gold), 全国第九个版权示范城市 → 全国版权示范城市:
        # the scope stays when the rest has none of its own and is a designation (成为全省首个实现行政村金融服务全覆盖的地级市 is
        # a record, no title; 孚能科技评为全省首家“独角兽”企业 gives 独角兽企业 in the dev3 gold)
        # 获批宁夏唯一国家中医药传承创新发展试验区, 成为全区首家国家5A级…景区, 入选西北唯一联合国“自然城市”: a region's only or
        # first before a national designation is no part of it (204 of the 2,999 corpus reports write a region so)
        title = REGION_FIRST.sub("", title)
        if not EDITION_PRIZE.match(title):  # (the alternation is not grouped: it takes a batch out anywhere, 国家能源领域首批氢能区域试点)
            title = re.sub(rf"^((?:全国|全省|全市|全区|全疆|国家级?|省级?|自治区级?|市级)){lex.honor_ordinal.pattern}",
                           r"\1", title)
        # 全球首批国际湿地城市 (10 corpus reports): with the batch gone 全球 only repeats the title's own 国际 (but 全国首批国家级海洋生态文明
        # 示范区 and 全国国际扶贫交流基地 keep 全国 in the gold files)
        title = re.sub(rf"^全球(?:{lex.honor_ordinal.pattern})?(?=国际[一-龥]{{4}})", "", title)
        if title.endswith("之一"):  # 被列为全国66个区域级流通节点城市之一 (44 corpus reports): one of a counted set
            title = re.sub(r"^((?:全国|全省|全市|国家|省级)?)(?:[0-9]+|[一二三四五六七八九十百]+)个(?=[一-龥“]{4})", r"\1", title)
        whole = title
        if RANK_PLACE.search(whole):
            return out  # 跻身省级开发区前10强, 入选全国行业前3强: a place in a ranking, no title (as 进入…前5强; 166 of the 2,999
            # corpus reports write one after a trigger, 13 of 200, seed 1414)
        title = _trim_title(title)
        if title is not None and title != whole and whole[len(title)] in "励域":
            # 获得国家科学技术奖励 (175 of the 2,999 corpus reports write 获…奖励): a reward, no 国家科学技术奖 named;
            # 荣获中国最美县域称号: no 中国最美县 (a head cut inside its word)
            title = None
        if title is not None and title != whole and RANK_AFTER.fullmatch(whole, len(title)) \
                and not RANKED_KIND.search(title):
            title = whole  # 跻身全国化工园区20强: the ranked list, not 全国化工园区 (but 全国外贸百强城市50强: a rank in a ranked title)
        if trigger == "进入" and re.search(r"(?:[0-9]+|[十百千])强$", whole) and 5 <= len(whole):
            title = whole  # 进入中国最佳县级城市30强, 进入全省开发区30强: the ranked list entered, not the kind ranked
        if title is not None and title != whole and (NOT_TITLE_TAIL.match(whole, len(title)) or COUNT_AFTER.match(whole, len(title))):
            return out  # 列入国家…试点项目库, 入列国家重点生态功能区补偿范围, 获国家考古遗址公园立项: a pool, a scope or a step entered
        if title is not None and title != whole and (len(title) < 5 or VAGUE_TITLE.fullmatch(title)) \
                and (explicit or trigger in HEADLESS_TRIGGERS and not stop) and re.fullmatch(rf"[{HAN}]{{2,12}}", whole[len(title):]):
            title = None  # 全国先进基层群众性自治组织, 全国十佳热线: a word of praise inside the title is no end of it
        if title is None and explicit and 5 <= len(whole) <= 20 and not re.search(r"[的和与及]", whole):
            title = whole  # 荣获世界最佳自然保护地称号: 称号 tells it is a title whatever its last word
        if title is None and not _weak(trigger) and 5 <= len(whole) <= 16 and QUOTED_TITLE.fullmatch(raw.strip()):
            title = whole  # 双双获评“中国天然氧吧”, 入选“中国美丽休闲乡村”: the quotes after a strong trigger mark the title
        short_quoted = (title is None or title == whole) and len(raw) <= 16 and raw.rstrip().endswith("”") \
            and SHORT_QUOTED.fullmatch(_short_quoted_unbatched().sub(r"\1", raw.strip()))
        if short_quoted and (not _weak(trigger) or short_quoted.group(1)[-1] in "杯鼎"):
            title = whole  # 被…评为“设计之都”, 成功创建“千兆城市”, 获评省“平安市”, 夺得“大禹鼎”: a short quoted name with a title's head
        if title is None and trigger in HEADLESS_TRIGGERS and (not stop or explicit) and _headless_title(whole):
            title = whole  # 被命名为全国首批枫桥式公安派出所, 荣获全国公共服务先锋典范: a scoped designation after a strong trigger
        short_prize = title is not None and (re.fullmatch(r"“[^“”]{2,6}[杯鼎]”", raw.strip()) or bool(short_quoted))  # 捧得“长安杯”
        if title is not None and title == whole and QUOTED_PRIZE.fullmatch(raw.strip()):
            short_prize = True  # 大桥获得“鲁班奖”, 《岩话》获得“荷花奖”, 歌剧…获“文华大奖”: the quotes name the prize
        if title is not None and trigger in HEADLESS_TRIGGERS and SHORT_PRIZE.fullmatch(title) and title == whole:
            short_prize = True  # 荣获大禹奖, 荣获荷花奖, 喜获詹天佑奖: a prize of its own name
        if title is None or not (5 <= len(title) <= 40 or short_prize) or re.search(rf"[0-9]+\s*[{MEASURE}枚]", title):
            return out
        marked = ps == 0 and re.search(r"^“[^“”]{5,30}”$|(?:网|报|电视台|杂志|周刊)“[^“”]{4,30}”$", raw.strip()) and title == whole
        if _weak(trigger) and not explicit and not _strong_title(title) and not region_designation(title, whole, trigger, s.masked[start + pe:ce]) and not marked \
                and not short_prize \
                and not (trigger in APPROVAL and DESIGNATION.search(title)) and not (out and DESIGNATION.search(title) and not (stop and stop.group(0) == "创建")) \
                and not (trigger == "成为" and DESIGNATION.search(title) and (GRANTED.search(raw) or lead and ps == 0)) \
                and not designation_cluster(whole):  # 列入国家武夷岩茶特色产业集群, 入围国家先进制造业集群 (round 26b)
            return out  # but 成为国家江河湖泊生态环境保护试点和生态文明先行示范区: the second shares the first's scope
        if _weak(trigger) and trigger not in APPROVAL and title.endswith("集群") and not designation_cluster(whole):
            return out  # 被纳入全省粳稻产业集群: a cluster joined, not a title
        if _weak(trigger) and not explicit and re.search(r"(?:改革|行动|战略|机制|计划|规划|政策)(?:行列|范围|体系)?$",
                                                                          _clean(raw)):
            return out  # 纳入全省扩权强县改革: a program joined, not a title received
        if re.fullmatch(r"[^创]{0,4}创建名单", title):
            return out  # 纳入国家级创建名单: a scope, no designation named
        if GENERIC_PRIZE.fullmatch(title):
            return out  # 《国之韶华》等…获全国、全省大奖, 获得国家级大奖: a prize's level, no prize named
        if EVAL_GRADE.search(title):
            s.blocked.append((start + ps, start + pe))  # nor a program: 获省百千万工程考核优秀
            return out  # 获全国考核优秀, 获得全省…考核优秀等次: the grade of an evaluation, no title (dev5 gold)
        if VAGUE_TITLE.fullmatch(title):
            return out  # 国企国资改革、殡葬改革成为全省先进典型: a scope and a word of praise name no title (dev5, dev11)
        if nameless_pilot(title):
            s.blocked.append((start + ps, start + pe))  # nor a program: the span stays taken, as when it was read as a title
            return out  # 一系列改革列入国家和省级试点, 被列为全国首批试点县市: a pilot with no name (round 20, honBA)
        # 荣获全国双拥模范城、全国人民防空先进城市称号, 分别获批国家级新医药、新材料出口基地: a title read with a 、 holds
        # several (round 19, honAA)
        split, items = glued_titles(title, _trim_title, whole, raw)
        if items:
            mark_glued(s, start + ps, start + pe)
        out.extend((start + ps, start + pe, t) for t in split)
    return out


OWN_SCOPE = re.compile(r"(?:国家|全国|中国|国际|世界|联合国|全球|亚洲|省级?|自治区|市级|\d{4}年)")


def _only_end(title: str) -> int:
    """Where the title goes on after a scope's first or only one (全国第三个|国家森林城市)."""
    m = re.match(r"(?:全国|全省|全市|全区|全疆|全州|全县|全盟|省内|国内|[一-龥]{2,4}(?:地区|省))"
                 r"(?:首个|首家|唯一一家|唯一一个|唯一|第[一二三四五六七八九十0-9]{1,3}[个家])", title)
    return m.end() if m else 0


REGION_FIRST = re.compile(r"^[一-龥]{2,6}?(?:唯一一家|唯一一个|唯一|首个|首家|第一个|第一家)(?=(?:\d{4}年度?)?(?:国家|全国|国际|中国|联合国|中央)"
                          r"[一-龥0-9A-Za-z“])")  # 广西唯一一个2022年中央财政支持…示范区

RANKED_KIND = re.compile(r"(?:[0-9]+|[十百千])强|十佳|百佳")
RANK_AFTER = re.compile(r"(?:[0-9]+|[十百千])强")
RANK_PLACE = re.compile(r"前(?:[0-9]+|[一二三四五六七八九十百]+)[强名位]$")

# what a title cut at its last head word goes on with when the whole names a pool, a scope, a step or a process rather than
# a title (项目库, 补偿范围, 用地保障, 立项, 管理, 建设进程, 季度考评…激励): 13 of 200 corpus reports (seed 1313) had one read
# as a title (国家重大项目 of 纳入国家重大项目库)
NOT_TITLE_TAIL = re.compile(r"(?:储备)?库|[^，。；、]{0,4}范围|用地|立项|管理|建设进程|[^，。；、]{0,3}(?:考评|考核)[^，。；、]*激励"
                            r"|[^，。；、]{0,8}(?:支持|服务|保障|管理)体系|地理标志认证|认证|登记")

# a count right after a title (入选国省改革典型案例20余项, 创建“四好农村路”全国示范县4个、居全省第一): 825 of the 2,999 corpus
# reports write one after a trigger; those before 、 or with 余/多 were read as titles received
COUNT_AFTER = re.compile(r"[”’]?(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:多|余)?[个家所项处座条](?![一-龥])")
COUNT_END = re.compile(r"(?<![0-9０-９.])(?:[0-9０-９]+|[一二三四五六七八九十两]+)(?:多|余)?[个家所项处座条](?:以上|左右)?[”’]?\s*$")

# strong triggers: what follows is a title even without a head word when it is scoped as one (全国…, 省级…)
HEADLESS_TRIGGERS = frozenset({"荣获", "获评", "获评为", "被评为", "评为", "被命名为", "命名为", "被授予", "荣膺", "入选",
                               "成功入选", "被表彰为", "摘得", "喜获", "斩获", "被认定为"})
HEADLESS_SCOPE = re.compile(r"(?:全国|国家级?|全省|省级|自治区级?|中国|世界|国际|全球|联合国|亚洲|[一-龥]{2,3}省级?)(?!内|外)")
# a prize of its own name: 大禹奖, 鲁班奖, 詹天佑奖, 荷花奖 (not a bare grade: 一等奖, 金奖, 大奖, 优秀奖)
# two or more quoted titles written one after another after a scope or a grantor: 98 of the 2,999 corpus reports write
# quoted titles so after a trigger, and 33 had them glued into one title (全国四好农村路建设示范县城乡交通运输一体化示范县)
SCOPED_QUOTES = re.compile(rf"[{HAN}A-Za-z0-9]{{1,12}}“[^“”]{{2,24}}”(?:[、和及]?“[^“”]{{2,24}}”)+")
# a prize named in quotes after any trigger, however short (获“鲁班奖”, 获得“梅花奖”, 荣获“五个一工程奖”): 11 of 200 corpus
# reports (seed 1212) and 161 of the 2,999 write 获/获得/捧得/夺得/再获 before one; 56 were missed (shorter than 5 characters)
QUOTED_PRIZE = re.compile(r"“(?![一二三特]等奖|[金银铜]奖|优秀奖|大奖|进步奖|鼓励奖|提名奖)[^“”，、]{1,10}奖”")
# a level and a word for prizes, no prize's name (获全国、全省大奖, 荣获国家级大奖, 获得国家和省级奖项): 9 of 200 corpus reports
# (seed 1212) and 110 of the 2,999 write one after 获/获得/荣获; 52 such titles were found in 27 of them
GENERIC_PRIZE = re.compile(r"(?:全国|全省|全市|全区|国家级?|省级?|省部级|部级|市级|国际|国内外|世界|中央|[、和及与])+"
                           r"(?:各类|各项|重要|重大|多项|一批|最高)?(?:大奖|奖项|奖励|奖)")
# a quoted name of two to five characters after a trigger, a scope before it at most, that ends with a title's head (被联合国
#教科文组织评为“设计之都”, 成功创建“千兆城市”, 获评省“平安市”, 荣获“中国绒都”称号, 夺得“大禹鼎”): 23 of 200 corpus reports
# (seed 1704, round 17, honQ) write a short quoted name after a trigger; 8 lost a title shorter than 5 characters
SHORT_QUOTED_SCOPE = r"全国|国家|中国|全省|省级?|自治区|全市|市级?"
SHORT_QUOTED = re.compile(rf"(?:{SHORT_QUOTED_SCOPE})?“([^“”、，的和与及]{{1,4}}(?:都|城市|市|县|鼎|杯))”")


@functools.cache
def _short_quoted_unbatched() -> re.Pattern:
    """省首批“安全发展鼎” → 省“安全发展鼎”: the batch between the scope and the quotes."""
    return re.compile(rf"^((?:{SHORT_QUOTED_SCOPE})?)(?:{_lexicon().honor_ordinal.pattern})(?=“)")


SHORT_PRIZE = re.compile(r"(?![一二三特]等|金|银|铜|大|优秀|进步|鼓励|提名|单项|国家|全国|省级?|市级?)[一-龥]{2,3}奖")


def _headless_title(whole: str) -> bool:
    """A designation with no head word of the lexicon: a scope, a name, and a noun at the end; 5 to 20 characters."""
    if not 5 <= len(whole) <= 20 or re.search(r"[的和与及等、“”（）()0-9０-９]", whole) or VAGUE_TITLE.fullmatch(whole):
        return False
    scope = HEADLESS_SCOPE.match(whole)
    praise = re.match(r"(?:先进|优秀|前列|第一|前[0-9一二三四五六七八九十]|领先|考核|评价|评比)[一-龥]{0,3}$", whole[scope.end():]) \
        if scope else None
    if not scope or len(whole) - scope.end() < 3 or praise:
        return False  # 被评为全国先进, 获评全省先进市州: a word of praise, no named title (全国先进基层群众性自治组织 is one)
    words = pos(whole)
    return (words[-1][1].startswith("n") or words[-1][0] in NOMINAL_VERBS) and len(words[-1][0]) >= 2


# last words jieba tags as verbs that end a designation as nouns: 全国先进基层群众性自治组织, 全国十大考古新发现
# (45 corpus reports), 中国科学十大进展
NOMINAL_VERBS = frozenset({"组织", "发现", "进展"})


VAGUE_TITLE = re.compile(r"(?:全国|全省|全市|全区|全州|全县|省内|国内|国家|省级|市级|省|市)?(?:的)?"
                         r"(?:先进典型|典型|先进|样板|标杆|榜样|排头兵|示范|典范|模范|前列|第一方阵)")


# a prize of an event's edition keeps the edition, as the gold files keep a prize's year (第十三届中国戏剧节优秀剧目奖, dev5;
# 2021年全国数字政府建设管理创新奖): 9 of 200 corpus reports (seed 1111), 140 of the 2,999 name one after 荣获/获
EDITION_PRIZE = re.compile(r"(?:第[一二三四五六七八九十百0-9]+|首)届[^“”、，。；]{2,30}?(?:奖|杯)(?![一-龥])")
# a grade an evaluation gave (考核优秀, 考评优秀等次, 综合评估优秀等次): 54 of the 2,999 corpus reports write one after 获/获评/荣获
EVAL_GRADE = re.compile(r"(?:考核|考评|评价|评估|检查|督查|测评|评议|验收)(?:结果)?为?(?:优秀|先进|良好|合格|优良)"
                        r"(?:等次|等级|档次|格次)?$")
HONOUR_QUOTE = re.compile(r"[^“”，。；]{0,14}?荣誉“([^“”，、]{2,12}[杯奖])”")
QUOTED_TITLE = re.compile(r"“[^“”、，的和与及]{5,16}”")
ONLY_LEAD = re.compile(r"(?:全国|全省|全市|全区|全疆|全州|西北|东北|西南|华东|华南|华北|华中|中部|西部|东部)?(?:地区)?"
                       r"(?:唯一|首个|首家|第一个|第一家)的")
# 获批 + a designation (…改革创新试验区, 市场采购贸易方式试点): an approval names a designation even when it
# does not start with 国家/全省
PASSED_CLAUSE = re.compile(r"(?:验收|评审|复审|复查|复检|复评|考核|复核|评估|评定|审核|考评|核查|评价|检查|测评|认证|认定|审查|评比|督导)"
                           r"(?:工作|程序)?\s*$")
PASSED_CHECK = re.compile(r"(?:验收|评审|复审|复查|复评|考核|复核|评估|评定|审核|考评|核查|评价|检查|测评|认证|审查|评比)$")
# a scope or a batch anywhere in what 成为 became: the designation was granted (深圳成为首批信息消费试点城市, 永安、建宁成为
# “四好农村路”全国示范县, 枞阳县成为中央财政…试点县, 我市成为全省唯一宽带中国示范市); round 15 (honW): 18 of 200 corpus reports
# (seed 1504) write such a designation after 成为 with its scope inside or a batch before it, all were missed
GRANTED = re.compile(r"全国|国家|全省|省级|自治区|全区|中央|中国|首批|首个|第[一二三四五六七八九十0-9]+批")
APPROVAL = frozenset({"获批", "成功获批", "获批创建", "成功获批创建", "获批设立", "获批建设"})
DESIGNATION = re.compile(r"(?:试验区|示范区|先行区|实验区|先导区|试点(?:城市|县|市|区|省)?|示范(?:市|县|区|城市|基地|园区|点)|"
                         r"基地|产业园|创新中心|学位授予单位)$")  # 盐城工学院获批硕士学位授予单位 (24 corpus reports)


def _after_stop(masked: str, at: int, ce: int) -> int:
    m = re.match(r"[”’]?(?:荣誉称号|称号|荣誉)?", masked[at:ce])
    return at + m.end()


def _title_parts(text: str) -> list[tuple[int, int]]:
    """Split titles at 、/和/及 only where every part ends with a title head."""
    cuts = [m.span() for m in re.finditer(r"、|和|及", text)
            if text.count("（", 0, m.start()) <= text.count("）", 0, m.start())]  # 法治县（市、区）: one title
    parts, at = [], 0
    for a, b in cuts:
        parts.append((at, a))
        at = b
    parts.append((at, len(text)))
    if len(parts) > 1 and all(_trim_title(_unbatched(text[a:b])) == _unbatched(text[a:b]) for a, b in parts[:-1]):
        return parts
    if "、" in text and re.search("和|及", text):  # …试点市、国家文化和旅游消费试点城市: 和 inside a title
        return _title_parts_at(text, "、")
    return [(0, len(text))]


def _unbatched(part: str) -> str:
    """A title part without the batch before it: 荣获首个“国家森林城市”和“全国绿化模范城市”称号 splits as
    “…”和“…” does (27 corpus reports have two quoted titles joined by 和 before 称号)."""
    part = _clean(part)
    if part.endswith("之一"):  # 23个…城市之一、55个…城市之一: each part one of a counted set
        part = re.sub(r"^((?:全国|全省|全市|国家|省级)?)(?:[0-9]+|[一二三四五六七八九十百]+)个", r"\1", part[:-2])
    m = _lexicon().honor_ordinal.match(part)
    return part[m.end():] if m and m.end() < len(part) else part


def _title_parts_at(text: str, sep: str) -> list[tuple[int, int]]:
    parts, at = [], 0
    for m in re.finditer(sep, text):
        parts.append((at, m.start()))
        at = m.end()
    parts.append((at, len(text)))
    if all(_trim_title(_clean(text[a:b])) == _clean(text[a:b]) for a, b in parts[:-1]):
        return parts
    return [(0, len(text))]


# items or scopes written before one shared head (成为国家长期护理保险、养老服务业综合改革、公办养老机构改革试点城市 → three
# 国家…试点城市, the dev14 gold; 入选空港型、港口型国家物流枢纽; 获批国家级、省级外贸转型升级基地): 86 of the 2,999 corpus
# reports write items so after a trigger, and every one came out as one glued title
SCOPE_ITEM = re.compile(r"(?:全国|国家级?|全省|省级?|自治区级?|全区|市级|全市)"
                        r"(?:首批|第[一二三四五六七八九十0-9]{1,3}批)?")
ONLY_AFTER_SCOPE = re.compile(r"(?:唯一|首个|首家|首只|第一个|第一家)")
ITEM_VERB = re.compile(r"开展|建设|创建|推进|实施")
INNER_SCOPE = re.compile(r"(?:国家|全国|省级?|自治区)")
SHARED_HEAD = re.compile(r"(?:试点(?:城市|县|市|区|省)?|试验区|示范区|示范县|示范市|示范城市|先行区|先导区|示范基地|基地|"
                         r"示范单位|物流枢纽|学位授予单位)$")


def _shared_head_titles(seg: str) -> list[str]:
    """The titles of one segment whose items share the last one's head; [seg] when it is not so written."""
    if "、" not in seg or "等" in seg or "“" in seg:
        return [seg]
    items = _split_outside_quotes(seg, "、")
    if len(items) < 2 or any(i.count("（") != i.count("）") for i in items):
        return [seg]  # 产粮大县（市、区）: one title
    items = [_clean(i) for i in items]
    batch = _lexicon().honor_ordinal.match(items[0])  # 入选首批国家、省全域旅游示范区
    if batch and batch.end():
        items[0] = items[0][batch.end():]
    head, last = items[:-1], items[-1]
    if not all(head) or any(_trim_title(_unbatched(i)) == _unbatched(i) for i in head):
        return [seg]  # every item but the last without a head word of its own (else _title_parts split them)
    if all(SCOPE_ITEM.fullmatch(i) for i in head):  # 国家级、省级外贸转型升级基地, 全国首批、全省唯一禁毒示范城市
        scope = SCOPE_ITEM.match(last)
        if not scope or len(last) - scope.end() < 4:
            return [seg]
        rest = last[scope.end():]
        only = ONLY_AFTER_SCOPE.match(rest)
        if only:  # 全国首批、全省唯一…: the last scope only tells it is the province's one
            return [head[0] + rest[only.end():]]
        return [i + rest for i in head] + [last]
    scope = SCOPE_ITEM.match(items[0])
    prefix = items[0][:scope.end()] if scope else ""
    topics = [items[0][len(prefix):]] + head[1:]
    if any(len(t) < 2 or ITEM_VERB.match(t) for t in topics):
        return [seg]
    if all(len(t) <= 3 for t in topics):  # 空港型、港口型国家物流枢纽, 博士、硕士学位授予单位: short items of one length
        k = len(topics[-1])
        if len(last) - k < 4 or any(len(t) != k for t in topics) or topics[-1][-1] != last[k - 1] and k == 3:
            return [seg]
        shared = last[k:]
    else:
        m = SHARED_HEAD.search(last)
        if not m or m.start() < 2:
            return [seg]
        inner = INNER_SCOPE.search(last[2:m.start()])
        if inner:  # 人工智能、石墨烯领域省未来产业先导区: fields of one designation (not a bare 国家试点城市)
            whole = last[2 + inner.start():]
            if m.start() - (2 + inner.end()) >= 2:
                return [whole]
            # 获批公共文化服务标准化建设、基层综合性文化服务中心建设国家级试点: the scope and head after the items are shared
            return [prefix + t + whole for t in topics] + [last if last.startswith(prefix) else prefix + last]
        shared = last[m.start():]
    return [prefix + t + shared for t in topics] + [last if last.startswith(prefix) else prefix + last]


def _trim_title(title: str) -> str | None:
    """The title up to its last head word (自治区双拥模范区 of 自治区双拥模范区创建“四连冠”)."""
    head = _lexicon().honor_head
    title = re.sub(r"之一$", "", title)
    lead = re.match(r"[^、]{0,6}?(?:首个|首家|唯一一家|唯一一个|唯一的|唯一)", title)
    if lead and len(title) - lead.end() >= 5:
        title = title[lead.end():]  # 中部地区首个全国版权示范城市
    if re.search(r"(?<!城市)(?<!百强)(?<![县市区镇0-9])(?:[0-9]+|[十百千])强$", title) and len(title) >= 6:
        return title  # 中国企业500强, …区域品牌榜50强: a ranked list names its own kind (…百强城市50强: a rank)
    for end in range(len(title), 1, -1):
        if head.search(title[:end]) and not (title[end - 1] == "榜" and title.startswith("首", end)):  # 榜首: a rank
            return title[:end]
    if re.search(rf"(?:十大|十佳|百佳|百强|十强)[{HAN}]{{1,4}}$|榜单?(?:[0-9]+|[十百千])强$", title):
        return title  # 湖南十大名茶: a ranked list names its own kind
    return None


def _strong_title(title: str) -> bool:
    """A title a weak trigger (获, 获批, 成为) takes: a national or provincial designation (国家级企业技术中心,
    国家卫生县城) or a prize (省长质量奖)."""
    if re.search(r"奖$|(?:百强|十强|十佳|[0-9]+强)(?:城市|县|市|区|县市)?$", title):
        return True
    # 港口型国家物流枢纽, 商贸服务型国家物流枢纽城市 (the dev9 gold): a type before the national scope (57 of the 2,999 corpus
    # reports write one after 获批/入选/成为; 36 were missed)
    title = re.sub(r"^[一-龥]{1,6}型(?=国家|全国)", "", title)
    return bool(re.match(r"(?:全国|国家|全省|省级|省|自治区|全市|市级|中国|世界|联合国|国际|亚洲|工信部|商务部|农业部|"
                         r"农业农村部|文旅部|文化和旅游部|科技部|教育部|住建部|[一-龥]{2,4}(?:省|自治区)级?)", title))


# a title that starts with the body that grants it names that body (世界旅游联盟…案例)
GRANTOR = re.compile(rf"[{HAN}]{{2,10}}?(?:联盟|协会|学会|基金会|商会|研究会|联合会)(?=[{HAN}]{{4,}})")
TOGETHER = re.compile(r"(?:[，,]?)(?:与|和|同)[^，。；]{2,60}(?:一起|一道|一同|共同)$")
GRANTOR_BODY = rf"[{HAN}]{{1,10}}?(?:部|委|局|厅|办|总局|国务院|政府|组织|协会|学会|论坛|联盟|委员会)"
SUBJECT_TAIL = re.compile(r"(?:一起|一道|一同|共同|成功|奋力|高水平|先后|再次|双双|(?:[再两二三四五六七八九十]|\d+)度|高分|高票|连续(?:[一二两三四五六七八九十\d]+|多)?[年届次]?|均|都|全部|分别|相继|已|还|也|又|首次|"
                          r"第?[一二两三四五六七八九十\d]+[年届次]|率先|一举|被|同时|并|一次性|顺利|正式|首|接连|又一次|"
                          rf"被{GRANTOR_BODY}(?:[、和]{GRANTOR_BODY})*(?:联合)?|被“[^“”]{{2,20}}”|被(?:国家|中央|国务院|省委|省政府|省|自治区|市委|市政府)|(?<=[群业司区县市镇村园])新|连续第[一二两三四五六七八九十\d]+[年届次]|"
                          r"(?:成为)?(?:全国|全省|全市|全区|全疆|西北|全州)?(?:唯一|首个|首家|首批))+$")
INTENT = re.compile(r"尽快|早日|力争|争取|争创|努力|确保|积极创建|申报|申创|冲刺|全力|加快创建|推进创建|创建|计划|拟|将")


# 被…评为/授予/命名为: whoever sits between 被 and the verb grants the title (中国城市竞争力研究会, 《香港商报》等媒体,
# 国际旅游联合会, 人民网; 77 such agents in 73 corpus reports that no list of bodies names)
# 被党中央、国务院授予…, 被中宣部、司法部授予…, 被联合国环境规划署和中国环境与发展国际合作委员会确定为…: several bodies grant
# together (43 corpus reports name two or more)
PASSIVE_AGENT = re.compile(r"被[^，。；、被“”]{1,20}$|被[^，。；、被]{0,6}“[^“”]{1,16}”[^，。；、被“”]{0,8}$"
                           r"|被(?:[^，。；、被“”]{2,16}[、和与])+[^，。；、被“”]{2,16}$")
# X成为<scope>唯一/首个…入选/获批/荣获: what X became is no part of the recipient (14 of 200 corpus reports, seed 1212, and
# 117 of the 2,999 write it; 4 of the 14 gave 我市成为东北地区, 中心城区成为江西 as the recipient)
FIRST_AS = re.compile(r"成为[^，。；、成]{0,14}?(?:唯一|首个|首家|首批|第一个|第一家|率先)[^，。；、]{0,10}$")
# 全域获评国家生态文明建设示范区, 全市域创成…, 厦门全域获评…: the whole area is the unit itself (58 of the 2,999 corpus reports
# write one before a trigger; 全市域 gave the recipient 域, 全域 lost the honor)
WHOLE_AREA = re.compile(r"(?:全(?:市|县|区|州|省|旗|盟)?域|全境|整(?:州|市|县|区|省|旗|盟)|整体)+$")
# 13件作品获…, 42件作品获… (158 corpus phrases count works by 件/部/首/篇/幅): no named recipient
COUNTED_WORKS = re.compile(rf"{NUMBER}[件首篇幅节部门堂]")  # 78节课, 3部作品 too
COUNTED_UNITS = re.compile(r"[0-9０-９]+(?:多|余)?[县市区镇乡村]|[两二三四五六七八九十]+[县市区镇乡村]$")  # 6县（市）获得…, 两县均进入…


DONE_LEAD = re.compile(r"(?:大力|积极|深入|全面|扎实|持续|加快|认真|着力|成功|先后)?(?:实施|推进|开展|推行|启动|落实|建设|打造|完成|组织)")
INTENT_LEAD = re.compile(r"(?:[、，和及并]|今年|明年)*(?:争取|力争|确保|努力|推动|支持|鼓励|积极|全力|加快|推进|指导|引导)")


def _recipients(s: _Sentence, ci: int, start: int, trigger_start: int, last: list[str] | None,
                one_name: bool = False) -> list[str] | None:
    """The subject of the clause, split at 、和及; [""] for the reporting unit; None when it is a count
    or an intent (力争入选…) rather than an honor received."""
    agent = PASSIVE_AGENT.search(s.masked, start, trigger_start)
    if agent and agent.start() >= start:
        trigger_start = agent.start()  # 抚顺被中国城市竞争力研究会评选为…: the body that grants is no part of the recipient
        # (…，被党中央、国务院授予…: a clause that starts with 被 has the subject of the clause before, or the reporting unit)
    if INTENT.search(s.masked[max(start, trigger_start - 6):trigger_start]) or INTENT_LEAD.match(s.masked, start, trigger_start):
        return None  # 争取潼南、铜梁…获批: a goal, not an honor received
    head = s.masked[start:trigger_start]
    first = FIRST_AS.search(head)
    if first:  # 我市成为东北地区唯一入选…, …，成为全省唯一全年连续获“骏马奖”的州市: the subject before 成为 (or the reporting unit)
        head = head[:first.start()]
    text = WHOLE_AREA.sub("", _subject(head))
    if BY_SCORE.fullmatch(text):
        text = ""
    scene = SCENE.search(text)
    if scene:  # 深圳在全省履行教育职责评价中获评…, 运动员在全运会上获得…, 海口作为“新兴黑马目的地”荣获…: where or as what it won
        text = _subject(text[:scene.start()])
    text = re.sub(r"^(?:[、，并]|\d{4}年(?:度)?|今年|去年|同时|此外|其中|全年)+", "", text)
    if re.fullmatch(r"[新又再还均也已都亦]", text) or re.fullmatch(r"[一二三四五六七八九十]+|收", text) \
            and s.masked.startswith("获", trigger_start):
        text = ""  # 新获得一批…荣誉: an adverb before the verb, no subject (the reporting unit); 七获全国文明城市, 收获…等殊荣:
        # a count of times or 收 of 收获 before 获 (round 17, honQ: with 再度/三度/高分 before a trigger, in SUBJECT_TAIL,
        # 11 of 200 corpus reports, seed 1704; 6 had the adverb read as the recipient)
    text = RESULT_VERB.sub("", text)  # 环湖赛升级为…系列赛并入选…: the subject is 环湖赛
    work = re.fullmatch(r"[^，。；]*的([“《][^“”《》]{2,20}[”》])", text)
    if work:
        text = work.group(1)  # 以…为组成部分的《侨批档案》入选…: the quoted work after 的
    together = re.fullmatch(rf"([{HAN}]{{2,12}}?)(?:与|和|同)([{HAN}]{{2,12}}?)(?:一起|一道|一同|共同)", text)
    if together:
        text = together.group(1) + "、" + together.group(2)  # 我市与大连市一起被…评为
    if re.match("[和及]", text) and not _places_in(re.sub(r"[（(][^）)]*[）)]", "", text)) and not TOWN_AFTER_HE.match(text):
        text = text[1:]  # 和龙市 is a city, not 和 + 龙市
    if not text:
        if (s.masked.startswith("分别", trigger_start - 2) or s.masked.startswith("分别", trigger_start)) and last is None:
            return None  # …，分别入选A、B: the items are named in another clause
        if last is not None:
            return last
        if ci > 0:  # “…”工作法，被评为…: the previous clause is the subject when it is a bare name
            ps, pe = s.clauses[ci - 1]
            prev = _clean(s.text[ps:pe])
            if ps == 0 and re.search(r"(?:工作法|模式|机制|品牌|项目|工程)$", prev) and len(prev) <= 32 \
                    and not DONE_LEAD.match(prev):  # 大力实施退耕还林…等生态建设工程，荣获…: the works done are no subject
                return [prev]
        return [""]
    if COUNTED.match(text) or COUNTED_WORKS.match(text) or re.match(r"(?:所有|全部|各|多[个部项家所件名篇首幅]|一批|部分)", text) \
            or re.search(rf"的(?:[0-9]+|[一二三四五六七八九十两]+)[个家所处座条项][{HAN}]{{1,4}}$", text):
        return None  # 2项成果入选…, 所有县（市）区通过…: no named recipient
    ways = re.fullmatch(r"([^，。；]{2,20}、[^，。；]{2,40}?|“[^“”]{2,16}”)等(?:做法|经验|工作法|模式)", text)
    if ways:  # 产业扶贫、职教扶贫、京保扶贫协作等做法入选…: the ways of working named before 等
        items = [_clean(p) for p in _split_outside_quotes(ways.group(1), "、")]
        if all(2 <= len(i) <= 16 for i in items):
            return items
    if re.search(rf"[{HAN}A-Za-z0-9]{{4,}}研究成果$", text) and "、" not in text and len(text) <= 20:
        return [_clean(text)]  # H7N9禽流感防治研究成果 荣获…: a named result
    way = WAY_RECIPIENT.fullmatch(_clean(text))
    if way and not GENERIC_WAY.fullmatch(way.group("stem")) and not _verbs_of(("program",)).match(way.group("stem")):
        # 黑臭水体治理经验入选…典型案例, 闽宁协作成果入选…: the way of working named is the recipient (dev5 长江禁渔经验,
        # dev7 闽宁协作; 183 corpus clauses name an experience, a practice or a result before 入选/获评/荣获/列入)
        name = _clean(text) if way.group("end") != "成果" else way.group("stem")
        return [re.sub(r"^(?:我|本|全)(?:省|市|区|县|州|旗)(?=[{HAN}“]{4})".replace("{HAN}", HAN), "", name)]
    if s.masked.startswith("进入", trigger_start) and MEASURE_SUBJECT.search(text):
        return None  # 科技创新竞争力进入全国城市70强 (dev5): a figure ranked, no title received
    if CASE_AFTER.match(s.masked, trigger_start) and (work := WORK_RECIPIENT.fullmatch(text)) \
            and not DONE_LEAD.match(text) and "、" not in text and not QUOTED_RECIPIENT.fullmatch(text):
        # 数字政府建设入选…优秀案例, 阳西医共体建设模式被评为…典型案例, “两整治一提升”行动入选中国改革典型案例: the undertaking
        # named is the case (the dev gold writes 荥经县大熊猫国家公园创新示范区建设); 28 of 200 corpus reports (seed 1313) write a
        # case so, and 7 of them lost the honor, their subject read as a verb phrase
        return [re.sub(r"^(?:我|本|全)(?:省|市|区|县|州|旗)(?=[一-龥“]{4})", "", _clean(work.group(0)))]
    if re.search(r"(?:工作|经验|做法|成果)$", text):
        if UNIT_TITLE.match(s.masked, trigger_start):
            return [""]  # 人防工作荣获全国先进单位称号: a title that names a unit, the reporting unit's
        # 社会救助工作荣获全国先进, …的创新做法入选…十佳案例, 相关经验入选…, 4项成果入选…: a piece of work with no name of its
        # own received it, not the reporting unit (the dev gold files list none of their 12 such clauses; a named way of
        # working is read above: 长江禁渔经验); round 16b (honP): 18 of 200 corpus reports (seed 1604) write one, 16 with a title that names no unit
        return None
    if re.search(r"(?:方面|领域|成效|水平)$", text):
        return [""]  # 学前教育方面被确定为国家改革试点市: the reporting unit, in that field
    text = _subject_after_verb(text)
    m = re.search(rf"等(?:{NUMBER}[{MEASURE}件首篇幅]?)?[{HAN}]{{0,6}}$", text)  # 浮山镇等3镇: no measure word
    list_head = None
    if m:
        text = text[:m.start()]
        # 安全应急装备等4个产业集群入选…: a zone's, a cluster's or a town's head after the count is part of each name (round 25b)
        counted = re.match(rf"等{NUMBER}[{MEASURE}]([{HAN}]{{2,6}})$", m.group(0))
        list_head = list_name_head(counted.group(1)) if counted else None
    shared = re.fullmatch(rf"([^，。；]+、[^，。；]+?)(?:[0-9]+|[一二三四五六七八九十两]+)[个家所处座条项]([{HAN}]{{2,6}})", text)
    if shared:  # 综保区跨境电商、文登西洋参、那香海文旅度假3个特色小镇: each item with the shared head
        items = [_clean(p) for p in _split_subject(shared.group(1))]
        if all(len(i) >= 2 for i in items):
            # but after a class noun the items are names on their own: 坝上闪电河、康保康巴诺尔2处湿地, “容和”、“条山”两个商标 (round 25b)
            return [with_list_head(i, list_name_head(shared.group(2)), _is_place) for i in items]
    if re.search(rf"(?:[0-9]+|[一二三四五六七八九十两]+)[个家所处座条项][{HAN}]{{1,4}}$", text) and "、" not in text:
        return None  # 我区…完成的5项成果荣获…: counted, no name
    raw = [p for p in _split_subject(text, one_name) if _clean(p)]
    names = [_clean(p) for p in raw]
    # 芗剧《保婴记》获…, 莞城“文化周末”活动荣获…, 抚顺“琥珀城”被授予…: the quoted name is the recipient, without the genre or
    # place before it (dev5, dev7 gold; 21 of 200 corpus reports, seed 1111, name a recipient so, 359 of the 2,999)
    names = [_clean(q.group(1) or q.group(2)) if (q := QUOTED_RECIPIENT.fullmatch(p.strip())) else n for p, n in zip(raw, names, strict=False)]
    bare = [re.sub(r"“[^“”]*”|《[^《》]*》", "“”", p) for p in raw]  # “四位一体”…体系: a count inside quotes is a name
    if not names or any(COUNTED.search(n) or COUNTED_UNITS.match(n) or PEOPLE.search(n) or "的" in n for n in bare) or any(len(n) > (40 if one_name and re.search("[和及与]", n) else 25) for n in names):
        return None
    names = [re.sub(r"(?<=.)[（(][^）)]*[）)]$", "", n) for n in names]  # 永德（澳洲坚果）
    # 博罗、龙门新入选全国文明县城: 新 (newly) before the verb, after a short place name (59 corpus reports write 新入选)
    names = [n[:-1] if n.endswith("新") and (_is_place(n[:-1]) or len(n) == 3 and n[-2] not in "创更革翻重全最刷清") else n for n in names]
    return [with_list_head(_bare_unit(n), list_head, _is_place) for n in names]


# a village, community or town named with the division above it (和林格尔县胶泥湾村, 凤城大梨树村, 米东区三道坝镇): the
# gold files write the bare name (三道坝镇, 大巴扎街道, 胶泥湾村); 18 of 200 corpus reports (seed 1111) name one so
LOCAL_UNIT = re.compile(rf"[{HAN}]{{2,8}}(?:街道|镇|乡|村|社区|嘎查)$")
COUNTY_BEFORE_TOWN = re.compile(rf"^[{HAN}]{{1,5}}?(?:区|县|市)(?=[{HAN}]{{2,8}}(?:街道|镇|乡)$)")
LEVEL_LEFT = re.compile(rf"[县区市旗](?=[{HAN}]{{3}})")  # 天祝县大红沟村: the level after an autonomous county's short name
ZONE_LEFT = re.compile(rf"(?:新区|高新区|经开区|开发区)(?=[{HAN}]{{3}})")  # 宜阳新区宜兴社区


def _bare_unit(name: str) -> str:
    """A township, village or community's name without the county or city written before it."""
    if not LOCAL_UNIT.search(name):
        return name
    bare = COUNTY_BEFORE_TOWN.sub("", name)
    if bare != name:
        return bare
    for k in range(min(len(name) - 3, 8), 1, -1):  # the longest division first: 双辽市百禄村, not 双辽 + 市百禄村
        rest = name[k:]
        if _is_place(name[:k]) and LOCAL_UNIT.fullmatch(rest) and not re.match(r"(?:镇|乡|村|街道|社区)", rest):
            # (太和镇陈太村: 太和 is a county too, but 镇 ends the town's name here)
            level = LEVEL_LEFT.match(rest)
            rest = rest[level.end():] if level else rest  # 天祝县大红沟村, 清原县南天门村
            zone = ZONE_LEFT.match(rest)
            return rest[zone.end():] if zone else rest
    return name


def _subject(text: str) -> str:
    """The clause before the trigger without its adverbs (成功, 均, 都…); 都 that ends a place name (于都, 成都)
    stays."""
    tail = SUBJECT_TAIL.search(text)
    if tail and text.startswith("都", tail.start()) and any(_is_place(text[k:tail.start() + 1])
                                                              for k in range(max(0, tail.start() - 3), tail.start())):
        return text[:tail.start() + 1] + SUBJECT_TAIL.sub("", text[tail.start() + 1:])
    return SUBJECT_TAIL.sub("", text)


QUOTED_RECIPIENT = re.compile(rf"[{HAN}]{{1,4}}“([^“”《》]{{2,20}})”(?:活动|项目)?|[{HAN}·]{{1,8}}《([^“”《》]{{2,20}})》")
WAY_RECIPIENT = re.compile(rf"(?P<stem>[{HAN}“”·]{{4,14}}?)(?P<end>经验|做法|经验做法|成果)")
GENERIC_WAY = re.compile(r"(?:相关|有关|这些|一批|多项|科研|研究|科技|创新|改革|改革创新|工作|实践|典型|先进|成功|有效|好的|"
                         r"我市|我省|我区|我县|全市|全省|全区|全县|[^“”]*[0-9一二三四五六七八九十两]+项[^“”]*)+")


# a title that names a unit (…先进单位, …先进市, …模范集体): the unit whose work it was received it
UNIT_TITLE = re.compile(r"[^，。；]*?(?:单位|集体|[市县区州盟旗]|城市)(?:称号)?[”’]?(?:称号)?(?:[，。；]|$)")
MEASURE_SUBJECT = re.compile(r"(?:竞争力|指数|总量|规模|排名|排位|位次|水平|实力|产值|收入|总值|增速|GDP|工作|事业)$")
# a case's title after the trigger (…入选中国改革典型案例, 获评…十大案例) and the undertaking named before it
CASE_AFTER = re.compile(r"[^，。；]{1,6}?[^，。；、]{2,36}?案例(?:[”）)]|之一)*(?:[，。；]|$)")
WORK_RECIPIENT = re.compile(rf"[{HAN}“”·A-Za-z0-9+]{{2,24}}(?:建设|模式|行动|治理|改革|服务|机制|体系)”?")

PEOPLE = re.compile(rf"^{NUMBER}(?:万|千)?[人名位]")  # 3人入选省道德模范: unnamed people, no recipient


def _split_subject(text: str, one_name: bool = False) -> list[str]:
    """The subject's items, split at 、 and at 和/及/与 where they join names (not 新和镇, and for an industry's, a case's or
    a project's title only between places and institutions: 郧阳新能源汽车及零部件 is one cluster)."""
    # 《海上升明月》《记住乡愁》荣获…: book titles written one after another are as many works
    parts = [p for part in _split_outside_quotes(text, "、") for p in re.split(r"(?<=》)(?=《)", part)]
    out = []
    for part in parts:
        pieces = _split_outside_quotes(part, "和(?!镇|乡(?!村)|村(?!庄)|街道|古镇)|及|与")  # 江州区新和镇卜花村: 和 inside a town's name
        if one_name and len(pieces) > 1 and not all(_standalone(_clean(p)) for p in pieces) \
                and (re.search(r"[及与]", part) or HEADED.search(pieces[-1]) and not all(HEADED.search(p) for p in pieces)):
            pieces = [part]  # 郧阳新能源汽车及零部件, 居家和社区养老服务改革 (but 先进结构材料和生物医药入选…产业集群: two)
        if len(pieces) > 1 and all(len(p) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return out


# titles an industry, a case, a project or a way of working receives (…产业集群, …典型案例, …工程, …项目清单): their subject
# joined by 和/及/与 is one name (郧阳新能源汽车及零部件, 居家和社区养老服务改革, 洱海…保护和修复工程项目) unless every item is a
# place or an institution; round 15 (honW): 10 of 200 corpus reports (seed 1504) had such a subject or a town with 和 in
# its name (新和镇, 和顺古镇) cut in two
ONE_NAME_TITLE = re.compile(r"(?:集群|案例|工程|清单|项目)[”’]?$")
HEADED = re.compile(r"(?:改革|工程|项目|模式|机制|建设|服务|行动|集群|产业|基地|园区|经验|做法|工作法|治理|体系)[”’]?$")
TOWN_AFTER_HE = re.compile(r"和[一-龥]{1,2}(?:古镇|镇|乡|村)")  # 和庆镇, 和顺古镇: 和 opens the town's name


def _standalone(name: str) -> bool:
    """A place or an institution by its name: an item of its own in a coordinated subject."""
    return _is_place(name) or bool(UNIT_END.search(name)) and _places_in(name) or bool(ORG_RECIPIENT.search(name))


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    """Split at sep except inside quotes and book titles (文物展“和合中国” is one name)."""
    parts, at = [], 0
    for m in re.finditer(sep, text):
        if text.count("“", 0, m.start()) > text.count("”", 0, m.start()) \
                or text.count("《", 0, m.start()) > text.count("》", 0, m.start()):
            continue
        parts.append(text[at:m.start()])
        at = m.end()
    parts.append(text[at:])
    return parts


# a subject that became something before it received a title (环湖赛升级为国际…系列赛并入选…)
RESULT_VERB = re.compile(rf"(?<=[{HAN}”》]{{2}})(?:升级为|晋升为|改造为|转型为|更名为)[^，。；、]{{2,30}}$")


def _subject_after_verb(text: str) -> str:
    """The subject without the verbs before it (助力首府 -> 首府); a clause whose subject does something
    (通江县创新…融合壮大…) gives its unit (通江县) or the reporting unit."""
    if _places_in(text):
        return text  # 和龙市: a place, not 和 + 龙市
    if len(text) <= 12 and (ORG_RECIPIENT.search(text) or re.search(r"中专|职高|技校", text[-2:])) and "、" not in text:
        return text  # 市建设中专, 建设银行: an institution's name may hold a verb
    if len(text) <= 20 and re.search(r"(?:项目|工程|成果|工作法|技术|系统)$", text) and "、" not in text \
            and not re.match(r"(?:推进|实施|开展|加快|完成|建成|建设|启动|推动|加强)", text):
        return text  # 希森马铃薯选育推广项目 被评为…: a project's name may hold a verb
    deixis = re.search(r"(?:我|全|本)(?:省|市|区|县|州|旗|盟)$", text)
    if deixis:
        return deixis.group(0)  # 抓住我市 -> 我市
    stripped = text if TOWN_AFTER_HE.match(text) else text[_strip_lead(text, 0, len(text)):]  # 和顺古镇: no 和 + 顺古镇
    stripped = re.sub(r"^(?:助力|推动|支持|帮助|带动|指导|促进|引导|推进)", "", stripped)
    if len(stripped) != 2 or _places_in(stripped) or recipient_kind(stripped) == "unit":
        text = stripped  # 助力首府 -> 首府; but 拓展纤维 is a name, not 拓展 + 纤维
    verb = _verbs_of(("build", "program")).search(text)
    if verb and verb.start() > 0:
        unit = re.match(rf"[{HAN}]{{2,10}}?(?:自治县|自治州|县|区|市|州|旗|镇|乡|街道)", text[:verb.start()])
        return unit.group(0) if unit and unit.end() == verb.start() else ""
    return text


UNIT_END = re.compile(r"(?:省|自治区|市|自治州|州|盟|地区|区|县|自治县|旗|街道|镇|乡|村|社区|嘎查|苏木)$")
PROGRAM_RECIPIENT = re.compile(r"(?:工作法|模式|机制|品牌|经验|做法|行动|工程|改革|计划|制度)$")


def recipient_kind(recipient: str, title: str = "") -> str:
    """What received an honor: "unit" (the reporting unit when empty, or a division, also by its short
    name: 淮北, 东港区), "organization" (a company, school, hospital, bank, team), "program" (a work
    method, mechanism or brand: …工作法), else "other" (a scenic area, a park, a product, a work, a trade):
    only an organization becomes a gov:Organization."""
    if not recipient or re.fullmatch(r"(?:我|全|本)(?:省|市|区|县|州|旗|盟)|首府", recipient) \
            or _is_place(recipient):
        return "unit"
    head = _head_of(recipient)
    role = _lexicon().head_role.get(head) if head else None
    if role in ("org", "facility") or role != "event" and ORG_RECIPIENT.search(recipient):
        return "organization"
    if role == "program" or PROGRAM_RECIPIENT.search(recipient):
        return "program"
    if UNIT_END.search(recipient) and (not role or _places_in(recipient)):
        return "unit"
    if COMPANY_TITLE.search(title) and not role:
        return "organization"  # 威力工具 获评 国家技术创新示范企业: what wins a company's title is a company
    if role in ("place", "event") or OTHER_RECIPIENT.search(recipient):
        return "other"
    if CASE_TITLE.search(title):
        return "program"  # 雷山乡村旅游 入选 …优秀案例: what wins a case's title is a way of working
    if COMPANY_WORD.search(recipient) or rare_word(recipient) or any(f == "nt" for _, f in pos(recipient)):
        return "organization"  # 前进石油机械, 卓郎智能: a trading name
    if PLACE_TITLE.search(title) and len(recipient) <= 4:
        return "unit"  # 厚街、横沥、大朗入选省森林城镇: short names of towns, not trading names
    words = pos(recipient)
    if 2 <= len(recipient) <= 4 and not TOPONYM_END.search(recipient) and not any(f.startswith("ns") and len(w) >= 2 for w, f in words) \
            and not all(
            len(w) >= 2 and f in ("n", "vn", "v", "a", "d", "ad", "an", "m", "t") for w, f in words):
        return "organization"  # 厦航, 凌钢: a short trading name jieba does not know as a word
    return "other"


def _is_place(name: str) -> bool:
    """A division by its name or its short name (长汀 for 长汀县)."""
    places = _places()
    return name in places or len(name) >= 2 and any(name + suffix in places for suffix in ("县", "市", "区", "旗"))


def _places_in(name: str) -> bool:
    """A division name followed by a township or village name: 米东区三道坝镇, 东港区."""
    return name in _places() or any(name[:k] in _places() for k in range(2, len(name)))


CASE_TITLE = re.compile(r"案例[”\"]?$")
PLACE_TITLE = re.compile(r"(?:城镇|乡镇|[镇乡村县市]|街道|社区|城市|县城|强县|强镇|名镇|名村)[”\"]?$")
COMPANY_WORD = re.compile(r"(?:机械|科技|电子|股份|控股|药业|实业|电器|重工|化工|能源|电气|汽车|钢铁|矿业|传媒|物流|食品|乳业|"
                          r"生物|制药|材料|装备|环保|智能|光电|纺织|水泥|建工|建设|置业|地产|投资|电力|煤业|啤酒|酒业)")
COMPANY_TITLE = re.compile(r"(?:企业|公司|工厂|单项冠军|小巨人|企业技术中心|瞪羚|独角兽|质量奖|百强|500强)$")
OTHER_RECIPIENT = re.compile(r"(?:湿地|草原|石刻|石窟|流域|湖|山|河|海|岛|林|产业|集群|行业|项目|工程|案例|产品|品种|作品|节目|线路|路线|景点|遗址|古城|古镇|公园|区|园)$")
ORG_RECIPIENT = re.compile(r"(?:公司|集团|企业|银行|学校|大学|学院|中学|小学|幼儿园|医院|卫生院|中心|委员会|协会|商会|联合会|"
                           r"合作社|工作室|队|团|站|所|局|办|厅|委|院|馆|厂|店|社|会|部|处|室|台|班|连|营)$")


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_TITLES_RE1 = re.compile(r"数量|总数|(?<!国)家数|个数")
_TITLES_RE2 = re.compile(r"筹建|筹备|组建")
_TITLES_RE3 = re.compile(rf"[{HAN}]{{0,4}}\d+(?:多|余)?[人名位]$")
_TITLES_RE4 = re.compile(r"奖补|奖励(?:资金|金)|奖金\d")
