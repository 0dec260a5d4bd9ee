"""Round 22 (projFA): a named item lost beside found ones in a counted list of projects.

Pattern (cross-set table `eval/corpus_samples/entM/round22_projFA/README.md`, shape E; corpus seed 2201): a 、 list closed
by `等N个…项目` or `等一批…项目`, some of whose items are found as projects, where a neighbour named after its company or
trading name is not (its words are everyday words to jieba, so the peer tests of `lists.py` refuse it):

- 力争茅台保健酒、中利光电新材料、中电国际垃圾焚烧发电、哥伦布广场等100个亿元以上项目竣工投产 -> 茅台保健酒;
- 重点实施信汇卤化丁基橡胶、青岛软控碳五深加工等44个建链延链补链强链项目 -> 信汇卤化丁基橡胶;
- 华鲁恒升、仙鹤纸业、云图新材料等9个百亿项目加快建设 -> 仙鹤纸业.

The lost item is taken where it starts after the previous 、 or, for the list's first item, after the clause's lead verbs
(`sentence._strip_lead`) and after an amount of its own (24亿元的…), and is a name: 3 to 16 characters, no 的/和/及/与/等, not
one jieba word (城市更新), not a count framework (“三纵两横”路网), not opening with a verb or adverb, not a sector or a class
(round 15's `_peer_name` tests without its plain-words test), and its first word is a proper-noun tag or a word jieba has
seldom seen (`stems.RARE`: 茅台, 信汇, 仙鹤) that is no descriptor (kg/data/project_item_descriptors.txt: 保障性, 新能源), or it
holds Latin letters (江苏LNG). A list without a found peer is read only when every item is such a name (交通、能源、水利 is not);
a list of one item is left alone.
"""
from __future__ import annotations

import re
from functools import cache

from ..tokens import word_frequency
from .lexicon import _lines
from .lists import ORG_CLASS, _leading_word
from .patterns import CLASS_END, COUNTED, GENERIC_LEAD, _Found
from .round20_project_precision import count_framework
from .sentence import _strip_lead
from .stems import RARE, _places, common_word, pos

# the list's end: 等 + a count or 一批 + a short description + 项目 (not 项目库, 项目区: a register or an area)
_COUNTED_END = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十百两]+)个[^，,。；;：:、]{0,16}?项目(?!库|区|单位)|"
                          r"等一批[^，,。；;：:、]{0,16}?项目(?!库|区|单位)")
# an item's own amount (投资236亿元的信发集团铝电升级改造、106亿元的泉林秸秆综合利用): the name starts after it
_AMOUNT_LEAD = re.compile(r"\s*(?:总投资|计划投资|投资)?(?:约|近|超过?|逾)?[0-9.]+\s*(?:万|亿)(?:美)?元的\s*")
_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()“”·]{3,16}")
_NOT_ITEM = re.compile(r"[的和及与等了]")
# a lead the lead list lacks (突出抓好, 力争, 确保): the first item still opening with a verb or adverb is left alone
_LEAD_FLAGS = ("v", "d", "p", "c", "r", "m")


@cache
def _descriptor() -> re.Pattern[str]:
    """新能源, 保障性, 高品质: a first word that opens a class (kg/data/project_item_descriptors.txt)."""
    rows = [line.split() for line in _lines("project_item_descriptors.txt")]
    prefixes = [w for kind, w in rows if kind == "prefix"]
    suffixes = [w for kind, w in rows if kind == "suffix"]
    return re.compile("^(?:" + "|".join(map(re.escape, prefixes)) + ")|(?:" + "|".join(map(re.escape, suffixes)) + ")$")


def _free(found: list[_Found], a: int, b: int) -> bool:
    return not any(g.start < b and a < g.end for g in found)


def _named_item(name: str) -> bool:
    """茅台保健酒, 信汇卤化丁基橡胶, 仙鹤纸业: a trading name + what is made; not 城市道路, 交通, 农产品销售网点."""
    if not _ITEM.fullmatch(name) or _NOT_ITEM.search(name) or common_word(name) or name in _places() \
            or count_framework(name.strip("“”")) \
            or GENERIC_LEAD.match(name) or CLASS_END.search(name) or COUNTED.search(name) or ORG_CLASS.search(name) \
            or _leading_word(name):
        return False  # the tests of round 15's `lists._peer_name` before its plain-words test
    words = pos(name)
    word, flag = words[0]
    if flag.startswith(_LEAD_FLAGS) and len(word) > 1:
        return False
    # the first word is one jieba has seldom seen (a trading name: 茅台, 信汇, 格力) and no descriptor (保障性, 新能源, 高品质
    # 现代农业: policy words jieba's dictionary counts low), or a proper-noun tag, or Latin letters (江苏LNG)
    if re.search(r"[A-Za-z]", name):
        return True
    if len(words) < 2:
        return False  # one word (城市更新, tagged nz): a kind jieba knows whole
    return flag in ("nz", "nr", "nt", "j") or len(word) >= 2 and word_frequency(word) < RARE and not _descriptor().search(word)


def round22_projects(found: list[_Found], text: str) -> list[_Found]:
    """华鲁恒升、仙鹤纸业、云图新材料等9个百亿项目 -> 仙鹤纸业 too (a named item lost beside found ones)."""
    if "、" not in text or "项目" not in text:
        return found
    out = list(found)
    names = {f.name for f in found if f.kind == "project"}
    for m in _COUNTED_END.finditer(text):
        last = max(text.rfind(c, 0, m.start()) for c in "，,。；;：:！？!?")
        cs = last + 1
        if text.find("、", cs, m.start()) < 0:
            continue  # one item (煤层气燃料重型卡车等一批高新技术项目, 油烟智能净化系统等24个…项目): no list to read it by
        bounds, a = [], cs
        for k in range(cs, m.start() + 1):
            if k == m.start() or text[k] == "、":
                bounds.append((a, k))
                a = k + 1
        first = bounds[0]
        bounds[0] = (_strip_lead(text, first[0], first[1]), first[1])
        bounds = [(lead.end() if (lead := _AMOUNT_LEAD.match(text, a, b)) else a, b) for a, b in bounds]
        peers = [(a, b) for a, b in bounds
                 if any(g.kind == "project" and a <= g.start and g.end <= b for g in out)]
        lost = [(a, b) for a, b in bounds if (a, b) not in peers and _free(out, a, b)]
        named = [(a, b) for a, b in lost if text[a:b] not in names and _named_item(text[a:b])]
        if not peers and len(named) != len(bounds):
            continue  # no found peer and not every item a name: the items may be sectors or kinds (交通、能源、水利等…项目)
        for a, b in named:
            names.add(text[a:b])
            out.append(_Found("project", text[a:b], a, b, 4))  # the weakest rank, as the peers of a longer list
    return out
