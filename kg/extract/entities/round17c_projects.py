"""Round 17c (projS, projects): the unread items of a list of named projects (dev17's cause list, projects cause 2)."""

from __future__ import annotations

import re
from functools import cache

from .lexicon import _lines
from .patterns import COUNTED, GENERIC_LEAD
from .sentence import _clean, _Sentence
from .stems import _places, pos, word_frequency

# a brand that is a modifier or a field names a kind of business, not a company (高端装备、新型建材, 绿色能源)
NOT_BRAND = re.compile(r"^(?:设施|公共|基础设施|优质|智慧|特色|高效|主导|支柱|战略性|未来|高端|高新|新型|新兴|绿色|智能|先进|现代|传统|精细|清洁|可再生|生物|数字|海洋|节能|环保|特种|高性能|"
                       r"重大|重点|龙头|骨干|大型|中小|国家|省级|市级|全市|全省|一批|项目|产业|企业|其他|相关|配套|优势|特色|"
                       r"布局|谋划|储备|招引|引进|推进|建设|实施|数控|光纤|基础|关键|核心|光伏|风电|核电|煤电|电力|石油|煤炭|化学|医疗|农业|工业|制造|装备|文化|旅游|汽配|零部件|新|高|大|老)")


@cache
def _trade() -> re.Pattern:
    words = sorted(_lines("round17c_trade_words.txt"), key=len, reverse=True)
    return re.compile(r"(?P<brand>[\u4e00-\u9fff]{2,4}?)(?:" + "|".join(words) + r")(?:[一二三四五六七八九十]期)?")


def company_project(name: str) -> bool:
    """盛虹炼化, 卫星石化, 四方压力容器: a company's trading name and its trade, naming the company's project in a list."""
    m = _trade().fullmatch(name)
    if m is None or NOT_BRAND.match(name) or COUNTED.search(name) or GENERIC_LEAD.match(name):
        return False
    brand = m.group("brand")
    if brand in _places() and len(brand) <= 2:
        return False  # 广东石化 is a company, but 沿海化工 / 本地能源 are kinds: a bare place of two is left alone
    word, flag = pos(brand)[0]
    if flag in ("a", "ad", "b"):
        return word_frequency(word) < 500  # 友达, 富兴, 玲珑 are tagged as adjectives; 先进, 高效, 大型 are adjectives
    return flag not in ("v", "vn", "d", "m", "r", "p", "c")


def named_peers(s: _Sentence, rejected: list[tuple[int, int]]) -> None:
    """Company-named projects of a list where fewer items came out than not (中化国际、卫星石化 of 盛虹炼化、东华能源、…等重大项目)."""
    for a, b in rejected:
        name = _clean(s.text[a:b])
        if name == s.text[a:b] and company_project(name):
            s.add("project", a, b, 4, name)  # the weakest rank, as the peers of a longer list
