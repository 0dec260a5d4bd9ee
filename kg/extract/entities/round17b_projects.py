"""Round 17b (projR, projects): works opened to traffic or navigation (dev17's cause list, projects cause 1)."""

from __future__ import annotations

import re

from .lists import THROUGH_NOT, _peer_name
from .patterns import COUNTED, GENERIC_LEAD
from .sentence import _clean, _Sentence
from .stems import _places, common_word, pos

# A clause that is only a road, bridge, rail line, airport or waterway (or a list of them) and its opening to traffic or
# navigation (环山路东延、学院路、天平大街、长城西路竣工通车, 青兰高速泰安段提前半年建成通车, 梅畲快线建成通车, 实现小清河正式通航,
# 京杭运河东平湖航道工程已具备通航条件, 旗台作业区专用铁路试运行): such clauses with nothing found in them in 25 of 200 random
# corpus reports (seed 1711, `eval/corpus_samples/entM/round17b/scan_opened.py`). The rules before read a completion only
# after a head of the lexicon (路 and 街 are none) or a list where one item already came out, and no 通航 or 试运行 at all.
# What opens is one work named by the report, even where its stem is a common word (学院路, 人民路: street names); not a
# count (28条道路), a kind (城市道路) or a list with 等 (left to the list rules).
OPEN_VERB = re.compile(r"(?:(?:已经|已|正式|顺利|全面|基本|全线|全部|如期|按期|相继|先后|率先|开始|即将|将|并|实现|"
                       r"提前(?:半年|[一二三四五六七八九十0-9]+个?(?:月|天|年))?|年内|年底前?|今年|上半年|下半年|"
                       r"[0-9０-９]{1,2}月(?:底|份)?前?)+)?"
                       r"(?:建成通车|竣工通车|通车运营|通车|建成通航|实现通航|通航|具备通航条件|投入试运行|建成试运行|试运行)$")
OPEN_LEAD = re.compile(r"(?:实现|确保|力争|推动|推进|争取|加速|促进)*"
                       r"(?:(?:春节|年底|年内|今年|明年|上半年|下半年|[0-9０-９]{1,2}月底?)(?:前|后)?)?")  # 确保春节后牡丹机场实现通航
# the last word of a way, a crossing, a line, a port's channel or an airport; then a part of it (泰安段, 东延, 二期, 主线)
TRAFFIC_HEAD = re.compile(r"(?P<head>大道|道路|快速路|快速通道|高架路|高架|通道|干道|外环|内环|环线|环路|城际铁路|铁路|专用铁路|高铁|"
                          r"高速公路|高速|公路|国道|省道|大桥|桥|隧道|轻轨|快线|地铁|号线|航道|船闸|机场|线|路|街)"
                          r"(?P<part>(?:[东西南北]延(?:线|段)?|[（(][^（()）]{1,6}[）)]|[\u4e00-\u9fff]{1,5}段|[一二三四五六七八九十]期|"
                          r"主线|连接线|工程)*)$")
STREETS = frozenset(("路", "街", "大道", "桥", "线"))  # 学院路, 人民路, 长城西路: a common word names a street
KINDS = frozenset(("道路", "通道", "干道"))  # 区间道路, 景区道路: one common word before a kind is no name (鹰岭作业区疏港道路 is one)
ROUTE = re.compile(r"航线|航班|班列|首条|首个|首趟")  # 武夷山—曼谷首条国际航线正式通航: a flight route, no work (dev15)
PART = re.compile(r"(?:部分路段|部分区段|全线)$")  # 金盛快速路部分路段通车: the road is named


def _opened_name(name: str, shared: str = "") -> str | None:
    """The item as a work's name (completed with the list's shared head where it has none: 衡永、永零、永新高速)."""
    name = PART.sub("", name)
    if THROUGH_NOT.search(name) or ROUTE.search(name) or COUNTED.search(name) or GENERIC_LEAD.match(name) or not re.fullmatch(
            r"[\u4e00-\u9fffA-Za-z0-9（）()·—－-]+", name):
        return None
    head = TRAFFIC_HEAD.search(name)
    if not head and shared and 2 <= len(name) <= 4:
        name, head = name + shared, TRAFFIC_HEAD.search(name + shared)
    if not head or not 3 <= len(name) <= 24:
        return None
    stem = name[:head.start()]
    if len(stem) < 2 or stem in _places() or head.group("head") not in STREETS and common_word(stem) \
            or head.group("head") in KINDS and len(pos(stem)) < 2:
        return None  # 高速公路, 郑州机场? the place alone names no work; 城市道路: a kind
    return name


def _opened_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        verb = OPEN_VERB.search(s.masked, cs, ce)
        if not verb or verb.end() != ce:
            continue
        lead = OPEN_LEAD.match(s.masked, cs, verb.start())
        a = lead.end() if lead else cs
        span = s.masked[a:verb.start()]
        if len(span) < 3 or re.search(r"[等的和及与在为将是使让]|见证|目睹|亲自", span) or any(
                f.start < verb.start() and a < f.end for f in s.found):
            continue  # a list with 等, a clause with another verb (亲自见证中老铁路通车: a witness), or a name already read
        parts, at = [], a
        for part in span.split("、"):
            parts.append((at, at + len(part)))
            at += len(part) + 1
        last = TRAFFIC_HEAD.search(_clean(s.text[parts[-1][0]:parts[-1][1]]))
        shared = last.group("head") if last and len(parts) > 1 else ""
        names = [_opened_name(_clean(s.text[pa:pb]), shared) for pa, pb in parts]
        if not all(names) or len(set(names)) < len(names):
            continue  # every item must be a work of its own
        for (pa, pb), name in zip(parts, names, strict=True):
            s.add("project", pa, pb, 3, name)


# Works listed before 纳入/列入/入选 + a scope + 重点/重大 + 项目 (名单/库/清单/计划): a priority list of works, not a title
# (康平纳筒子纱智能染色工厂一期、…、泰安二期抽水蓄能电站6个项目纳入省重大项目, 恒大童世界、康缘中华养生谷入选省级重点旅游项目;
# the dev17 gold: no honour, the items are projects). The frame in 12 of 200 random corpus reports (seed 1711,
# `eval/corpus_samples/entM/round17b/scan_frames.py`), a wrong honour made from it in 5.
KEY_TRIGGERS = frozenset(("纳入", "被纳入", "列入", "被列入", "入选", "成功入选", "入围", "列为", "被列为"))
KEY_LIST = re.compile(r"了?(?:国家|全国|全省|自治区|省市|省级|国家级|市级|省|市|[\u4e00-\u9fff]{2,3}省)?[^，,。；;、“”]{0,10}?"
                      r"(?:重点|重大)[^，,。；;、“”]{0,8}?项目(?:名单|库|清单|计划)?(?=$|[，,。；;、和及])")
KEY_SUBJECT_END = re.compile(r"(?:等)?(?:[0-9０-９一二三四五六七八九十两]+个)?(?:重点|重大)?项目$")


def key_works_list(s: _Sentence, start: int, trigger: re.Match, ce: int) -> bool:
    """True when the trigger opens a priority list of works: no honour; the items before it become projects."""
    if trigger.group(0) not in KEY_TRIGGERS or not KEY_LIST.match(s.masked, trigger.end(), ce):
        return False
    end = trigger.start()
    tail = KEY_SUBJECT_END.search(s.masked, start, end)
    shared = bool(tail and tail.end() == end)
    if shared:
        end = tail.start()
    parts, at = [], start
    for part in s.masked[start:end].split("、"):
        parts.append((at, at + len(part)))
        at += len(part) + 1
    for pa, pb in parts:
        name = _clean(s.text[pa:pb])
        if len(parts) == 1 and not shared and name.endswith("项目"):
            name = name[:-2]  # 好未来镇江教育基地项目入选…: the single item's own 项目
        if _peer_name(name) and not any(f.start < pb and pa < f.end for f in s.found):
            s.add("project", pa, pb, 3, name)
    return True


# A clause that is only 完成/实施 and works done to one named place (完成辽阳路综合整治工程, 完成福州熊猫世界提升改造,
# 实施马栏河下游环境综合整治工程, 完成龙潭路与灵山大街路口渠化及道路改造): such clauses with nothing found in them in 14 of 200
# random corpus reports (seed 1711, `scan_done_works.py`); most clauses of the frame name no place (完成100万平方米未供暖建筑改造,
# 实施城市更新改造: 102 reports) and stay unread. The place must lead the object: a proper name jieba knows (福州, 龙潭) or a
# way or water named by three characters or more (马栏河, 长洲岛, 月牙河); not a kind (城区小街巷, 铁路沿线).
DONE_WORKS = re.compile(r"^(?:全面|基本|顺利|加快|全力)?(?:完成了?|实施了?)(?P<obj>[^、，,。；;：:等和的]{3,26}?)"
                        r"(?P<works>综合整治|环境整治|整治|提升改造|升级改造|提标改造|提质改造|改造提升|改扩建|改造|修缮|除险加固)"
                        r"(?P<tail>工程|项目)?$")
NAMED_WATER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:大街|路|街|河|湖|岛|江|山|港|桥|渠|溪|湾)")
KIND_LEAD = re.compile(r"^(?:城区|市区|县城|主城|老城|城市|城乡|城镇|农村|乡村|市政|主干|次干|支|各|全|新|骨干|重点|一批|部分|沿|周边|环境|"
                       r"河湖|城中村|智能|数字|“|[市区县镇乡村省])")  # 河湖水系, 城中村, 智能化改造提升工程, “特色民居”: kinds
NAMED_FLAGS = ("ns", "nr")


def _named_lead(obj: str) -> bool:
    if KIND_LEAD.match(obj) or COUNTED.search(obj) or GENERIC_LEAD.match(obj) or re.search(r"[0-9０-９]", obj):
        return False
    water = NAMED_WATER.match(obj)
    if water and len(water.group(0)) >= 3 and not common_word(water.group(0)):
        return True
    first, flag = pos(obj)[0]
    return len(first) >= 2 and flag.startswith(NAMED_FLAGS) and not common_word(first)


def _done_works(s: _Sentence) -> None:
    for cs, ce in s.clauses:
        m = DONE_WORKS.match(s.masked[cs:ce])
        if not m or not _named_lead(m.group("obj")):
            continue
        a = cs + m.start("obj")
        b = cs + (m.end("tail") if m.group("tail") == "工程" else m.end("works"))
        if any(f.start < b and a < f.end for f in s.found):
            continue
        name = _clean(s.text[a:b])
        if 5 <= len(name) <= 30 and name == s.text[a:b]:
            s.add("project", a, b, 3, name)


def round17b_projects(s: _Sentence) -> None:
    """The round's passes, each gated by a substring test (speed)."""
    if "通车" in s.masked or "通航" in s.masked or "试运行" in s.masked:
        _opened_works(s)
    if ("完成" in s.masked or "实施" in s.masked) and ("改" in s.masked or "整治" in s.masked or "修缮" in s.masked
                                                     or "加固" in s.masked):
        _done_works(s)
