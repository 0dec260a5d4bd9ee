"""Round 27 (projKA, projects): a named works in a 、 list that is the whole subject of a completion, start or opening
predicate, or the whole object of a building verb, beside a peer already read as a project (新塘站、增城站全面投入使用 -> 增城站;
建成合新高铁、新合肥西站 -> 新合肥西站; 1号线径河延伸线、8号线、21号线开通 -> 1号线径河延伸线).

Cross-set whole misses (eval/corpus_samples/entM/round27_projKA/README.md, frames A-doneL / A-startL / B-use:…L of
frames_base.txt): items of such lists in 13 sets; read by this pass in dev3, dev6, dev10, dev21, dev25 (7 misses, no invention).
Round 26b reads the items of a list closed by 等…项目 beside a read peer; a list with no 等…项目 closer — the list is the
clause's subject before 建成通车 / 开工建设 / 投入使用, or the object after 建成 / 开工建设 / 加快建设 — is read item by item by the
earlier rules, and an item whose head none of them knows (站 after a common stem, 延伸线, 家居) or whose stem is everyday words
stays unread while its peers are read.
Pattern: a clause that is [lead] A、B[、C…] + a predicate of completion, start or opening (the whole clause), or [lead] + a
building verb + A、B[、C…] [+ 建设/等项目/等工程] (the whole clause); at least one item read as a project; each other free item
passes round 26b's item test (`_plain_named`) or round 18b's works test (`_works_name` unchanged and `_named`).
Corpus (judged by hand, README): seed 2711's 200, 22 new lines in 18 reports (20 y, 2 half, 0 n); a first fresh 200 (seed
2712) found 4 n lines (an item's own verb, an area, a kind named by its works) and the rule was narrowed; a second fresh 200
(seed 2713, unchanged after): 16 new lines in 14 reports (15 y, 1 half, 0 n). The golds' cut (gold_lists27.txt): in such lists
holding a gold project the other items are gold-listed 805 times against 80 (counts, kinds and clauses the item tests refuse).
"""

from __future__ import annotations

import re

from .round18b_projects import _named, _works_name
from .round22_projects import _AMOUNT_LEAD
from .round26b_projects import _plain_named
from .sentence import _strip_lead
from .stems import common_word

# what happens to the list's works (the clause ends with it): completion, start, opening
PRED = re.compile(r"(?:力争|争取|确保|有望|将|要)?(?:已经|已|正式|顺利|全面|全线|基本|全部|主体|即将|如期|按期|提前|先后|相继|陆续|均|分别|率先|实现|年内|建成并?)*"
                  r"(?:(?:建成|竣工|完工|落成)(?:并?(?:投入使用|投入运行|投入运营|投用|投运|投产|运营|运行|通车|开放|启用|开业|蓄水|通水))?|"
                  r"开工建设|开工|动工|开建|启动建设|投入使用|投入运营|投入运行|投用|投运|投产|开通运营|开通|通车|运营|开业|开园|开馆|"
                  r"启用|封顶|贯通|合龙|并网发电|并网)$")
PRED_TAILS = ("成", "工", "用", "运", "产", "营", "行", "车", "放", "业", "园", "馆", "顶", "通", "龙", "电", "网", "建", "水")
# a building verb before the list (the clause opens with it, after the lead)
VERB = re.compile(r"(?:[一二三四五六七八九十]是)?(?:全面|基本|率先|先后|相继|陆续|已|累计|加快|加紧|提速|全力|积极|重点|新)?"
                  r"(?:建成|开工建设|启动建设|新建|投用|开通|开工|动工|竣工)了?")
OBJ_END = re.compile(r"(?:等(?:项目|工程))?(?:建设)?$")


def _items(text: str, a: int, b: int) -> list[tuple[int, int]]:
    bounds, start = [], a
    for k in range(a, b + 1):
        if k == b or text[k] == "、":
            bounds.append((start, k))
            start = k + 1
    bounds = [(lead.end() if (lead := _AMOUNT_LEAD.match(text, x, y)) else x, y) for x, y in bounds]
    return [(x + len(text[x:y]) - len(text[x:y].lstrip()), y) for x, y in bounds]


# not one works: a platform, a route, a count of works, a designation or a record (国家区域性航空枢纽, 忻州公交线路, 冰雪世界四大项目,
# 改造一批城镇社区养老工程, 全球最大辅酶Q10: seed 2711's 200, judged n in the first diff)
NOT_ITEM = re.compile(r"平台|系统|体系|线路|航线|班列|专线|一批|[0-9两三四五六七八九十]+大|^(?:国家|全国|全球|全省|全市|首个|首座|首条)|最大|"
                      r"[的和及与等了]|"
                      # blind seed 2712, judged n or half: an item with a verb of its own (力争开工巴中至汉中段), an area or a
                      # count of facilities (15万平方米街旁游园), a zone (东津新镇), a building named without its owner (象湖院区)
                      r"力争|争取|确保|开工|动工|建成|启动|推进|加快|完成|^[0-9.]+\s*[万亿]?(?:平方米|平方公里|公里|千米|米|亩|个|座|条|处)|"
                      r"新镇|新城|新区|片区|小镇|^.{1,2}(?:院区|校区|分院|新院)$")
# a works named by what is done to it (北安大街改造, 农网改造升级工程): what is done to must be named (blind seed 2712: 农网…, n)
ACTIVITY_END = re.compile(r"(?:改造|升级|提升|整治|治理|建设|扩建|改建|改扩建|扩容)+(?:工程|项目)?$")
SHORT_AFTER_AND = re.compile(r"[和及][^和及]{1,4}$")  # a short stem after 和 closing an item (…和肇庆浪江)
# a way or a port the report names after a place or a proper word (内环高架, 电建港务物流码头): round 18b's _named lacks these ends
WAY_END = re.compile(r"(?:大道|高架|码头|堆场)$")


def _works_item(name: str) -> bool:
    if len(name) < 3 or NOT_ITEM.search(name):
        return False
    if not (len(name) >= 4 and _plain_named(name) or _works_name(name, False, "建成") == name):
        return False
    # named (a proper word, a figure, a way or station: 颍上船闸, 增城站, 国泰大戏院), not a kind of facility (供水工程,
    # 全民健身中心, 精神卫生中心: seed 2711's 200, judged n)
    act = ACTIVITY_END.search(name)
    if act and not _named(name[:act.start()]):
        return False
    return _named(name) or bool(WAY_END.search(name)) and not common_word(name[:-2])


def _list_works(s) -> None:
    text = s.masked
    for cs, ce in s.clauses:
        if text.find("、", cs, ce) < 0 or ce - cs > 60:
            continue
        a = _strip_lead(text, cs, ce)
        b = ce
        if text.endswith(PRED_TAILS, cs, ce) and (m := PRED.search(text, a, ce)) is not None and m.start() > a:
            b = m.start()
            if text.find("、", a, b) < 0 or text[b - 1] in "的在将等":
                continue
        else:
            m = VERB.match(text, cs, ce)
            if m is None:
                continue
            a = m.end()
            e = OBJ_END.search(text, a, ce)
            b = e.start() if e is not None else ce
        if b - a < 6 or text.find("、", a, b) < 0:
            continue
        bounds = _items(text, a, b)
        if len(bounds) < 2:
            continue
        peers = [(x, y) for x, y in bounds if any(f.kind == "project" and x <= f.start and f.end <= y for f in s.found)]
        if not peers:
            continue
        for x, y in bounds:
            if (x, y) in peers or any(f.start < y and x < f.end for f in s.found):
                continue
            if (x, y) == bounds[-1] and text.endswith(("项目", "工程"), x, y) and any(
                    q - p <= 4 and (p, q) not in peers or SHORT_AFTER_AND.search(text, p, q) for p, q in bounds[:-1]):
                continue  # …和蕉城、东侨污水提质增效项目, …和肇庆浪江、惠州中洞抽水蓄能项目: a head shared by short stems (seed 2711, half)
            name = s.text[x:y]
            if _works_item(name):
                s.add("project", x, y, 4, name)


def round27_projects(s) -> None:
    """The round's pass, gated by a substring test (speed)."""
    if "、" in s.masked:
        _list_works(s)
