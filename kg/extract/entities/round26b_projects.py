"""Round 26b (projNA, projects): a named item of a list closed by 等…项目 (a count or 一批 or neither) whose peers are read
(推动华鲁恒升、仙鹤纸业等项目 -> 仙鹤纸业; 加快推动商汤集团、恩蕊科技、硅谷数模、中电光谷等一批高新科技产业项目 -> 硅谷数模, 中电光谷).

Cross-set whole misses (eval/corpus_samples/entM/round26b_projNA/README.md, gold_lists_read_base.txt): items of such lists
beside read peers in dev4, dev6, dev8, dev13, dev15, dev22, dev23, dev24, dev26, dev28, dev29. Round 22 (round22_projects)
reads a lost item of a list closed by 等N个/等一批…项目 only when its first word is one jieba has seldom seen or a proper-noun
tag (茅台, 信汇); lists closed by a bare 等…项目 are not read by it, and items whose first word is a common word or a place
(复兴机械, 青岛啤酒异地扩建, 大连恒力石化) are refused. The golds list the items of such lists as projects, as written
(gold_lists.txt: 1061 item marks P against 8 O, the O in lists of companies 合作的…项目 / 企业集团投资项目: NOT_PROJECT_LIST).
Pattern: a 、 list closed by 等[N个|一批][description]项目 with at least one item read as a project; each other item, after
the first item's lead verbs and an item's own amount (6亿元的), is read when it passes round 22's item tests without the
rare-first-word test (4+ characters, no 的/和/及/等, not one common word, not a place, not a count, a class, a sector or a
descriptor opening, not opening with a verb or adverb). Counted on seed 2661's 200: scan_list_items.py.
"""

from __future__ import annotations

import re

from .lists import ORG_CLASS, _leading_word
from .patterns import CLASS_END, COUNTED, GENERIC_LEAD
from .round20_project_precision import count_framework
from .round22_projects import _AMOUNT_LEAD, _ITEM, _LEAD_FLAGS, _NOT_ITEM, _descriptor, _named_item
from .sentence import _strip_lead
from .stems import _places, common_word, pos

# a named item of a list closed by 等…项目 (count or not) whose peers are read (推动华鲁恒升、仙鹤纸业等项目 -> 仙鹤纸业)
LIST_END = re.compile(r"等(?:(?:[0-9]+|[一二三四五六七八九十百两]+)个|一批)?\s*[^，,。；;：:、]{0,16}?项目(?!库|区|单位|资金|审批)")
FACILITY_END = re.compile(r"(?:产业园|工业园|物流园|创业园|园区|基地|中心|港|城|小镇|新镇|广场|大厦|馆|医院|电站|电厂|枢纽|通道|工程|铁路|"
                          r"高铁|城际|高速|公路|大道|[0-9一二三四五六七八九十]+线|公园|乐园|景区|旅游区|综合体|生产线|装置|俱乐部|总部|会址|楼)$")
SECTOR_END = re.compile(r"(?:资源|集群|制造|能源|产业|移民|供养|供热|供气|供水|区)$")  # 区: an area (西客站片区, 泰州 2016: tests/test_entities.py)
NOT_PROJECT_LIST = re.compile(r"企业|集团|合作|单位|主体")  # 中云科技、东软…等大型企业集团投资项目: the items are companies


def _list_items(s) -> None:
    text = s.masked
    for m in LIST_END.finditer(text):
        if NOT_PROJECT_LIST.search(m.group(0)):
            continue
        cs = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?") + 1
        cs = max(cs, text.rfind("等", cs, m.start()) + 1)  # 依托一诺、宏晟等企业和高登赛锂电池、光伏组件等项目: the list after 等
        if text.find("、", cs, m.start()) < 0:
            continue
        bounds, a = [], cs
        for k in range(cs, m.start() + 1):
            if k == m.start() or text[k] == "、":
                bounds.append((a, k))
                a = k + 1
        bounds[0] = (_strip_lead(text, bounds[0][0], bounds[0][1]), bounds[0][1])
        bounds = [(lead.end() if (lead := _AMOUNT_LEAD.match(text, a, b)) else a, b) for a, b in bounds]
        bounds = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in bounds]
        peers = [(a, b) for a, b in bounds if any(f.kind == "project" and a <= f.start and f.end <= b for f in s.found)]
        if not peers:
            continue
        for a, b in bounds:
            if (a, b) in peers or any(f.start < b and a < f.end for f in s.found):
                continue
            name = s.text[a:b]
            if len(name) >= 4 and _plain_named(name):
                s.add("project", a, b, 4, name)


def _plain_named(name: str) -> bool:
    """A trading or place name + what is made (复兴机械, 大连恒力石化, 瑞士雀巢): round 22's item tests without its
    rare-first-word test; the peers read in the same list say the items are projects."""
    if not _ITEM.fullmatch(name) or _NOT_ITEM.search(name) or common_word(name) or name in _places() \
            or count_framework(name.strip("“”")) or GENERIC_LEAD.match(name) or CLASS_END.search(name) \
            or COUNTED.search(name) or ORG_CLASS.search(name) or _leading_word(name):
        return False
    words = pos(name)
    if len(words) < 2 or words[0][1].startswith(_LEAD_FLAGS) and len(words[0][0]) > 1:
        return False
    if _descriptor().search(words[0][0]):
        return False
    # a trading name (round 22's rare or proper first word: 仙鹤纸业, 大陆轮胎) or a works or facility head at its end (名城广场,
    # 东部电厂, 好孩子童车北方工业园); not a sector or an activity (海上风能, 医疗废弃物处置, 异地搬迁, 供水供热供气: seed 2661's 200,
    # judged n in the first diff)
    head = FACILITY_END.search(name)
    if head:
        # not a trade word and a head (煤炭物流园, 纺织工业园: a class of parks, round 20b's must-not, 阜新 2016)
        return not common_word(name[:head.start()])
    # a trading name must end in a thing made (百威啤酒, 菜鸟网络, 海螺水泥), not an activity or a sector (危险废物中转处理,
    # 热电联产集中供热, 风电装备制造, 学前教育资源: seed 2661's 200, judged n in the second diff)
    last, flag = words[-1]
    # and not an abbreviation of a trade first (光伏组件: 光伏 is tagged j; tests/cases/entities_projects_two_lists, 朝阳 2023)
    return _named_item(name) and flag in ("n", "nz", "j", "ng", "eng", "nr", "nt") and not SECTOR_END.search(name) \
        and words[0][1] != "j"


def round26b_projects(s) -> None:
    """The round's passes, gated by substring tests (speed)."""
    if "等" in s.masked and "、" in s.masked and "项目" in s.masked:
        _list_items(s)
