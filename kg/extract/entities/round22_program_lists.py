"""Round 22 (progFB, programs): a single item before `等` + a bare program head is a program with that head.

`深化预算管理制度等改革`, `推进薪酬制度等改革`, `实施“乡村工匠”等工程`, `实施“雏鹰”等计划`: one item (no 、/和 list) is written
before 等 and the head word the item shares. The lists of this structure are read by programs.py `_reform_lists` (等改革) and
round 18's `etc_head_lists` (等制度/工程/计划/行动), both of which need at least two items; with one item nothing was found, or
the bare item (薪酬制度, 预算管理制度) or a cut. The development golds that have the shape list item + head: dev22 薪酬制度改革,
dev24 预算管理制度改革, dev17 乡村工匠工程 (and dev16 国资国企改革 of `国资国企等重点领域改革`, a 领域 head left out here as
for the lists); none of them leaves the single item out (eval/corpus_samples/entN/round22_progFB/gold_etc.py).

Shape: `<governing verb> X 等 [重点] <head>` in one clause, head 改革, 工程, 行动, 计划 (not 等专项行动 with one item: round 8's
test `开展安全生产等专项行动` keeps a field before it no name), not
followed by a word that makes it a subject of another thing (等改革试点, 等工程项目, 等行动计划). X: 2–14 Han characters
(quotes allowed), no 、/和/与/及/或/的/等, no digit or count, not a place or a works item (水库, 公园, 二期: 等工程 after works names
projects), no generic word (not 等各项改革: dev20 lists 新高考 of 新高考等各项改革 bare), no count after the head (等改革553项);
X with a head of its own (…计划, …机制; before 改革 only …改革/…试点) is taken as it is. Programs found inside X are replaced;
a project read over X keeps it before 等工程 unless X is quoted (“乡村工匠”). On 200 random corpus reports (seed 2204) the shape
is in 17 reports (quote chains read already in 8, works in 5); fix 2 (below, 等专项行动 lists) in 9 more; both change 12
(eval/corpus_samples/entN/round22_progFB/README.md: 30 changed lines, 25 y, 5 half, 0 n).
"""

from __future__ import annotations

import re

from .patterns import _Found
from .round18_programs import PROCESS_END
from .sentence import _clean, _Sentence
from .stems import _places, pos

HAN = "\u4e00-\u9fff"
SINGLE_GATE = re.compile(r"等(?:重点)?(?:改革|工程|行动|计划)")
SINGLE_AT = re.compile(r"等(?P<mid>重点)?(?P<head>改革|工程|行动|计划)"
                       r"(?!试点|任务|项目|建设|工作|措施|举措|力度|成果|经验|计划|方案|体系|机制|政策|资金|进展|红利|型)")
# the verbs that govern the item (the item starts right after the last of them)
GOVERN = re.compile(r"(?:深化|推进|推动|实施|抓好|做好|开展|启动|加快|落实|完成|探索|推行|推广|实行|试行|深入实施|组织实施|"
                    r"深入开展|深入推进|扎实推进|稳步推进|积极推进|全面推进|加快推进|持续推进|统筹推进|持续深化|全面深化|"
                    r"继续实施|大力实施|持续实施|加快实施|扎实开展|持续开展|组织开展)")
ITEM_OK = re.compile(rf"[{HAN}“”]{{2,16}}")
ITEM_NOT = re.compile(r"[和与及或的等了在对把将为、]|[0-9一二三四五六七八九十百千万两][项个条批期大]|^(?:各|各项|相关|有关|其他|其它|"
                      r"重点|一批|多项|一系列|系列|全市|全省|全县|全区|全面|进一步|不断|大力|积极|持续|扎实|深入)")
# works named before 等工程 (淮河入海水道二期等工程, 三亚河国家湿地公园等工程, 湟水北岸重点小流域综合治理等工程): projects
WORKS = re.compile(r"(?:治理|修复|整治|改造|处理|加固|绿化|疏浚|清淤|复垦|搬迁|扩建|迁建|新建|改建|重建|延伸|延长|拓宽|大修|防洪|排涝|"
                   r"输变电|二期|一期|三期|[路街河江湖涌渠])$|"
                   r"道路|公园|管网|河道|桥梁|广场|水库|堤防|泵站|水道|枢纽|湿地|大桥|公路|铁路|机场|港|电站|水厂|灌区|输水|调水|引水")
DONE = re.compile(r"(?:改革|工程|行动|计划|机制|制度|(?<![体控限抵管编压克节遏])制|试点|战略)$")


def single_etc_items(s: _Sentence) -> None:
    """X等改革 with one item X: the program X改革 (see the module's doc)."""
    for m in SINGLE_AT.finditer(s.masked):
        head = m.group("head")
        if re.match(r"[0-9０-９一二三四五六七八九十百千万多]", s.masked[m.end():m.end() + 1]):
            continue  # 实施“一枚印章管审批”等改革553项: a counted group of reforms, the item one example of them
        cs, _ce = s.clause_of(m.start(), m.end())
        verbs = list(GOVERN.finditer(s.masked, cs, m.start()))
        if not verbs:
            continue
        start = verbs[-1].end()
        raw = s.text[start:m.start()]
        item = _clean(raw)
        if not ITEM_OK.fullmatch(raw) or not 2 <= len(item) <= 14 or ITEM_NOT.search(raw) or raw.count("“") > 1 \
                or item in _places():  # “飓风”“安网”等专项行动: a quote chain, read by the quote passes
            continue
        if m.group("head") == "工程" and WORKS.search(item):
            continue
        over = [f for f in s.found if f.kind != "program" and f.start < m.start() and start < f.end]
        if any(f.kind != "project" for f in over) or over and m.group("head") == "工程" and "“" not in raw:
            continue  # an organization read over the item; works read as a project before 等工程 (not a quoted “乡村工匠”)
        done = re.search(r"(?:改革|试点)$", item) if head == "改革" else DONE.search(item)  # 预算管理制度等改革: a system reformed
        name = item if done else item + head
        s.found = [f for f in s.found if f.kind not in ("program", "project") or f.end <= start or m.end() <= f.start]
        s.found.append(_Found("program", name, start, m.end(), 1))


# ---- fix 2: the items of a list before 等专项行动 ------------------------------------------------------------------------

# 开展信访积案化解、夏季治安打击整治等专项行动, 开展素质提升、秩序优化、环境整治等专项行动, 持续开展项目前期手续办理、土地攻坚和
# 停缓建项目攻坚等专项行动: each item is a campaign with the shared head 专项行动 (dev21 土地攻坚专项行动, 停缓建项目攻坚专项行动;
# dev11 飓风专项行动). Round 18's etc_head_lists reads `等行动` lists (dev17 绿色制造行动, 装备升级行动), but 专项 between 等 and
# 行动 kept these lists out: nothing was found, or a cut (扫黑除恶 alone, `等专项行动` as a name). Lists of the shape on 200
# random corpus reports (seed 2204): count_campaigns.py.
CAMPAIGN_AT = re.compile(r"等专项行动(?!计划|方案)")
CAMPAIGN_VERB = re.compile(r"(?:开展|实施|推进|深化|组织|部署|启动)")
CAMPAIGN_ITEM_NOT = re.compile(r"[的了在对把将为等]|[0-9一二三四五六七八九十百千万两][项个条批期大]|"
                               r"^(?:各|各类|各项|相关|有关|其他|其它|重点|一批|多项|一系列|系列|全市|全省|全县|全区|进一步|持续|深入|扎实)")
# an item with a head of its own keeps it (厕所革命, 安全生产专项整治三年行动); so does one with 专项 in it (城乡建筑领域安全隐患专项
# 排查整治: no second 专项)
CAMPAIGN_DONE = re.compile(r"(?:行动|攻坚战|战役|会战|活动|工程|计划|革命|斗争)$|专项")


CAMPAIGN_PROCESS = re.compile(r"(?:处理|治理|整治|攻坚|保护|提升|防治|清理|排查|整改|执法|改造|化解|减排|打击|侦破)$")


def _process_end(part: str) -> bool:
    """土地攻坚, 停缓建项目攻坚, 污水治理: a part that ends with what is done (a campaign of its own), not a noun (电信)."""
    words = pos(part)
    return bool(words) and (words[-1][1] in ("v", "vn") or bool(PROCESS_END.search(part) or CAMPAIGN_PROCESS.search(part)))


def etc_campaign_lists(s: _Sentence) -> None:
    """A、B等专项行动: each item + 专项行动 (see above)."""
    for m in CAMPAIGN_AT.finditer(s.masked):
        cs, _ce = s.clause_of(m.start(), m.end())
        verbs = list(CAMPAIGN_VERB.finditer(s.masked, cs, m.start()))
        if not verbs or "、" not in s.masked[verbs[-1].end():m.start()]:
            continue
        start = verbs[-1].end()
        bounds, at = [], start
        for c in re.finditer("、", s.masked[start:m.start()]):
            bounds.append((at, start + c.start()))
            at = start + c.end()
        bounds.append((at, m.start()))
        split = []
        for a, b in bounds:  # 土地攻坚和停缓建项目攻坚: the last item may be two joined by 和
            joined = re.fullmatch(rf"([{HAN}“”]{{2,14}}?)和([{HAN}“”]{{2,14}})", s.masked[a:b])
            if joined and (a, b) == bounds[-1] and _process_end(joined.group(1)) and _process_end(joined.group(2)):
                split += [(a, a + len(joined.group(1))), (b - len(joined.group(2)), b)]
            else:  # 打击整治电信和养老诈骗: nouns joined under one verb, one item
                split.append((a, b))
        names = []
        for a, b in split:
            raw = s.text[a:b]
            item = _clean(raw)
            if not ITEM_OK.fullmatch(raw) or not 2 <= len(item) <= 16 or CAMPAIGN_ITEM_NOT.search(raw) or raw.count("“") > 1 \
                    or item in _places():
                break
            names.append((a, b, item if CAMPAIGN_DONE.search(item) else item + "专项行动"))
        else:
            if not 2 <= len(names) <= 8 or any(f.kind not in ("program", "project") and f.start < m.start() and start < f.end
                                               for f in s.found):
                continue
            s.found = [f for f in s.found if f.kind not in ("program", "project") or f.end <= start or m.end() <= f.start]
            s.found += [_Found("program", name, a, b, 1) for a, b, name in names]
