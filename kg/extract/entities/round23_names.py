"""Round 23 (projHB, projects): a works' name whose first word jieba splits into single characters (a coined name).

Round 18b's `_named` (called by the works frames of rounds 18b, 21 and 22b: 启动 X, X开工, X建成投用, X通车, 完成 X建设 …)
takes a works as named when jieba tags one of its words as a proper word (ns, nr, nz, nt, j), or when it holds a figure or
ends in a way word. A name jieba does not know is cut into single characters tagged as verbs, adverbs or measure words
(曲溪城乡供水项目: 曲/q 溪/n; 缅气入凉项目: 缅/zg 气/n; 三一重能项目: 三/m 一重/m; 安造垸堤防加固工程: 安/v 造/v), so the
frame read it and the name test refused it: cross-set whole misses of dev13 (景礼高速天水段), dev19 (安造垸堤防加固工程,
集通铁路扩能改造工程), dev22 and the 200 reports of seed 2302 (eval/corpus_samples/entM/round23_projHB/README.md).
`split_name` is that shape: the first character is a word alone and the first two characters are no word jieba knows
(frequency 0), and the first character is no level, count or particle (市妇幼保健院业务楼, 新机场, 了污水处理工程).
"""

from __future__ import annotations

import re

from .stems import pos, word_frequency

# a level, a count, a particle or a preposition opening a phrase: no name (市群艺馆, 省道其太线, 新机场, 了污水处理工程)
NOT_FIRST = frozenset("市省县区州镇乡村全新老大小各本该其这那了在与和及把对向为以从到一二三四五六七八九十两百千万亿多数几每首第上下中内外前后"
                      # a material or an energy opening a kind (氢冶金新材料项目, 氢基能源项目 of seed 2302's 200: first run)
                      "氢锂硅铝铜铁钢煤油气水电风光热核")


# a kind or a lead verb kept before it (blind 200, seed 2303: 抓实季度重大产业项目开工, 灾后重建项目); works named by their
# funding (dev15 after the first evalsafe: 加快抗疫特别国债项目建设, 抗/疫 a word jieba does not know)
KIND = re.compile(r"重点|重大|民生|示范|试点|灾后|标志性|系列|一批|在建|储备|配套|国债|债券|专项债|资金|贷款|补助")
# the second character as a direction, particle, preposition, conjunction, adverb or count (灾后: 后/f): a phrase, no name
SECOND_NOT = ("f", "u", "p", "c", "d", "m", "r")


def split_name(name: str) -> bool:
    """A coined name jieba splits: its first two characters are each a word alone (广/佛, 缅/气, 曲/溪, 牡/佳) and
    together no word jieba knows; no level, count, material or kind (first run and blind 200: 壅/水坝, 镍/基合金 left)."""
    if len(name) < 4 or name[0] in NOT_FIRST or not ("\u4e00" <= name[0] <= "\u9fff" and "\u4e00" <= name[1] <= "\u9fff") \
            or KIND.search(name):
        return False
    words = pos(name)
    return len(words) >= 3 and len(words[0][0]) == 1 and len(words[1][0]) == 1 and not words[1][1].startswith(SECOND_NOT) \
        and word_frequency(name[:2]) == 0
