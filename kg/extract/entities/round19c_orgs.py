"""Round 19c (orgAB, organizations): short company names with no head word before 等…企业/公司 or a count.

The list rules (lists.py) read `柳工、玉柴等龙头企业` as organizations when the list holds two items or more, but a single
headless item before 等 (`支持乐山商行等企业上市`, `天元锰业等30家龙头企业稳产增产`, `云内动力等4户企业入选…`, `推动南城百货等4家
企业上市`) was read only as a partner (与…等央企合作), and a list whose category carries a figure or a quote (`引进世茂、北京文投
等“三类500强”企业`) or a list counted without 等 (`海螺环保、雅葆轩、福赛科技、优升新能源4家企业获批上市`) was not read at all.
Counted on 200 random corpus reports (seed 1923) by eval/corpus_samples/orgL/round19c/scan_short_before_class.py and
scan_names_only.py: company names missed in this frame in 30 of 200 reports (see the notes' README).

Now, in a clause, the items (split at 、) between the clause's lead words and `等(N家|N户|N个)?…企业/公司/集团/上市公司/巨头`
(or `N家/N户…企业/公司` right after the last item) are organizations when no item is found already as anything and every
item is a short name (`short_name`): 2-8 Han characters, no place, no sector (kg/data/entity_sectors.txt), no dictionary
word a kind or trade is made of alone (汽车, 石化, 大数据, 云计算), and a sign of a trading name — a proper noun jieba
knows that is no everyday word (摩尔化工, 西门子能源, 宏达运输), a rare word (玉柴), or two single characters jieba could not
join (天元锰业, 海威科技, 世茂, 温氏: coined names). Kept out: lists of places (等地/等省/等市…), of sectors or fields
(等行业/领域/产业…企业), bodies to be created (组建城投、文旅、供销等集团), and 平等/高等/同等 (依法平等保护企业).
A place and one dictionary word is a product unless it ends in 厂/商行/店/社 (房县黄酒, not 湛江卷烟厂); a lone rare word
or a rare verb is a trade (淘汰烟花爆竹、矿山浮选等企业).

Fix 2: where the older rules found an item of such a list as an organization (a short name, a headed name or a name of
kg/data/entity_headless_organizations.txt) and every find in the list is an item, the other items that are short names
are organizations too (发展壮大东风装备制造、国瑞智能、恒进感应等企业; 与中石化、…、河南能化等大企业的战略合作).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round17b_orgs import PEER_NOT  # a site, not a company (首钢唐山产区, 丰润动车城)
from .stems import _places, common_word, pos, rare_word

HAN = "\u4e00-\u9fff"
# the class the list is counted in (企业家, 企业主体, 集团化 are no class of companies)
CLASS = r"(?:上市公司|企业(?!家|主体|职工|精神)|公司|集团(?!化)|巨头|药企|车企|(?:金融|保险|银行)机构)"
COUNT = r"(?:[0-9]+|[一二三四五六七八九十两]+)(?:多)?(?:家|户|个)"
# 等 (not the 等 of 平等, 高等, 同等 …), a count, a modifier (重点, 国有和民营大型煤业, “三类500强”), the class
TAIL = re.compile(rf"(?<![高平对均相同初中上次何])等(?:{COUNT}|一批)?(?P<mod>[{HAN}“”0-9]{{0,12}}?){CLASS}"
                  rf"|(?P<count>{COUNT})(?P<mod2>[{HAN}“”0-9]{{0,12}}?){CLASS}")
# modifiers that make the items places, sectors or fields (广东等地企业, 石化等产业龙头企业, 环保治理等优于…的企业)
MOD_NOT = re.compile(r"^(?:地|省|市|县|区|国|城市|地区|县区|国家)|[对为向与在]|行业|领域|方面|产业|^各?类|的|项目|工程|品牌|产品")
# where the clause starts (the items follow it)
CLAUSE_START = re.compile(r"[，,。；;：:！？!?（）()《》“”\s]")
LAST_CLAUSE_START = re.compile(r"(?s:.*)" + CLAUSE_START.pattern)  # up to the last one
# a clause's lead words before the items: verbs of support, settling, reading (jieba tags 力争 大力支持 全力支持 as nouns)
LEAD = re.compile(r"^(?:(?:大力|全力|积极|充分|重点|继续|着力|进一步|加快|加强对|加强|加大对|推动|推进|支持|鼓励|引导|扶持|帮扶|培育|壮大|"
                  r"做强|做大|做优|做精|稳定|放大|实施|启动|引进|引入|招引|吸引|依托|围绕|以|服务|力争|促进|发挥|深化|对|与|同|帮助|"
                  r"指导|组织|落实|抓好|突出|打造|培植|助推|带动|做好|服务好|参与|参加|积极参与|推荐|新增|全年|今年|年内|其中|"
                  r"已有|目前|还有|另有|有效|了|和)+)")
LEAD_FLAGS = ("v", "vn", "d", "ad", "p", "c", "u", "ul", "uj")
# bodies to be created: the items are kinds of them (组建城投、文旅、供销等集团, 成立市投控、交投、金控三家…公司)
TO_BE = re.compile(r"组建|成立|设立|新设|筹建|筹设|创建|争创|申建|新组建|组成")
# what no company name holds (a works, a place's part, a phrase)
NOT_NAME = re.compile(r"[的及或是在将把对为]|项目|工程|基地|园区|产业园|工业园|开发区|高新区|新区|示范区|片区|小镇|"
                      r"行业|产业|领域|企业|公司|集团|机构|单位|平台|部门|中心|社区|村|镇|乡|街道")
SINGLE_COMMON = frozenset("新大老小中各全本我该")
PROPER = ("nr", "nz", "nt", "nrt", "j", "ns")
# a found peer with a company's head (国瑞智能 found by the list rules counts as a name, so does 中石化 of the lexicon)
HEADED = re.compile(r"(?:公司|集团|股份|控股|银行|厂)$")
# the works a maker is named by after its place (湛江卷烟厂, 江西丝绸厂, 乐山商行)
MAKER_END = re.compile(r"(?:厂|商行|店|社)$")


def _lead_end(item: str) -> int:
    """The offset after the clause's lead words (支持, 全力支持, 稳定, 大力支持, 培育壮大); a single character jieba
    tags as a verb stays (胜 of 胜源宏石油技术), as does 新 (新天龙)."""
    m = LEAD.match(item)
    at = m.end() if m else 0
    words = pos(item[at:])
    for w, f in words[:2]:
        if f in LEAD_FLAGS and len(w) >= 2 and len(item) - at - len(w) >= 2 and not rare_word(w):
            at += len(w)
        else:
            break
    return at


def short_name(name: str) -> bool:
    """A short company name with no head word: see the module's docstring."""
    from .api import _generic, _sectors

    if not re.fullmatch(rf"[{HAN}]{{2,8}}", name) or NOT_NAME.search(name) or PEER_NOT.search(name) or name in _places() \
            or name in _sectors() or name in _generic() or common_word(name):
        return False
    words = pos(name)
    if words[0][1] in ("v", "d", "p", "c", "m", "r", "u", "ul", "uj", "f"):
        return False
    if len(words) == 1 and words[0][1] == "ns":
        return False  # a place jieba knows
    singles = [w for w, _ in words if len(w) == 1 and w not in SINGLE_COMMON]
    if len(singles) >= 2:
        return True  # 天元锰业, 海威科技, 世茂, 温氏: characters jieba could not join into words, a coined name
    place = next((name[:k] for k in range(min(len(name) - 1, 6), 1, -1) if name[:k] in _places()), "")
    if place and len(pos(name[len(place):])) == 1 and pos(name[len(place):])[0][1] not in PROPER \
            and not MAKER_END.search(name):
        return False  # 房县黄酒, 兰州生物制品: a place's product (a maker only by its works: 湛江卷烟厂, 乐山商行)
    for w, f in words:
        if len(w) < 2 or common_word(w) or w in _places() or w in _sectors():
            continue
        if f in PROPER and f != "ns" or rare_word(w) and not f.startswith("v") and len(words) >= 2:
            return True  # 摩尔化工, 西门子能源, 宏达运输, 合力叉车 (not 烟花爆竹, 矿山浮选: a trade in one word, a process)
    return False


def round19c_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Short names before 等…企业 or a count of companies (see above)."""
    if "企" not in text and "公司" not in text and "集团" not in text and "巨头" not in text:  # (企 holds 企业)
        return found  # the cheap test first: it is called for every sentence
    from .lexicon import _lexicon

    headless = _lexicon().headless_names
    out = found
    for m in TAIL.finditer(text):
        mod = m.group("mod") if m.group("mod") is not None else m.group("mod2")
        if MOD_NOT.search(mod or ""):
            continue
        end = m.start()
        start = LAST_CLAUSE_START.match(text, 0, end)  # perf: one C scan, not a match per character back
        cs = start.end() if start else 0
        if cs > 0 and text[cs - 1] == "“" and end > cs and text[end - 1:end] != "”":
            continue  # the list starts inside a quote: a title, not companies
        span = text[cs:end]
        if not span or TO_BE.search(span):
            continue
        at = _lead_end(span)
        items, pos_ = [], cs + at
        for part in span[at:].split("、"):
            items.append((pos_, pos_ + len(part), part))
            pos_ += len(part) + 1
        if m.group("count") and len(items) < 2:
            continue  # 力争新增10家企业, 盛京…两家: a lone item before a count is a lead phrase more often than a name
        if not items:
            continue
        over = [f for f in out if f.start < items[-1][1] and items[0][0] < f.end]
        if over:  # fix 2: the peers of found companies in the list (支持宇通、中铁装备、平高等企业开拓海外市场)
            if len(items) < 2 or any(f.kind != "organization" or not any(f.end == e and f.start >= s for s, e, _ in items)
                                     for f in over):
                continue  # read already as something else (a project, a name across items)
            if not any(f.kind == "organization" and (short_name(f.name) or HEADED.search(f.name) or f.name in headless)
                       for f in over):
                continue  # the found peer is no company name either (光伏、有色、盐化等企业: sectors)
            take = [(s, e, name) for s, e, name in items
                    if not any(f.start < e and s < f.end for f in over) and short_name(name)]
        elif all(short_name(name) for _, _, name in items):
            take = items
        else:
            continue
        if take and out is found:
            out = list(found)
        for s, e, name in take:
            out.append(_Found("organization", name, s, e, 0))
    return out
