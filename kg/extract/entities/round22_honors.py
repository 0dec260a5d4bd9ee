"""Round 22 honFA (honours across sets): a grantor or a description written before a quoted title is no part of it.

`“敖汉小米”入选央视“国家品牌计划”` (dev19), `荣获《环球时报》“2020十大最具投资吸引力城市”称号` (dev24), `广播剧《问天》荣获中宣部“五个一工程”奖`
(dev20): the gold files write the quoted name alone (国家品牌计划, 2020十大最具投资吸引力城市, 五个一工程奖), as dev11 writes
`夺取全国综治最高荣誉“长安杯”` → 长安杯 and dev19 `中国气象学会授予“中国花海洞天避暑福地”称号` → 中国花海洞天避暑福地. The words before the
quotes name who gives the title (a broadcaster, a paper, an organisation, a ministry before its prize) or describe the prize
(全国综治最高奖“长安杯”, 中国电视剧最高奖“飞天奖”).
Counted on 200 random corpus reports (seed 2207, eval/corpus_samples/honW/round22/scan_grantor_quote.py): the frame in 12 reports
(10 in a second draw, seed 2208); the fix changed 18 lines in 7 of them, all read right.
Left alone: a scope before the quotes (全国“双拥模范城”, 省“五个一工程”奖, 国家级“绿色工业园区”: the gold files keep it); a ministry
before a quoted title that is no prize (入选商务部“最佳实践案例”: dev11 keeps 商务部最佳实践案例; 获批科技部“…”试点); an edition before
a prize (第十六届全国“群星奖”); a short quoted name after an organisation (国际田联“铜标赛事”); a field before a trophy
(全国综治“长安杯”, 全国平安建设“长安杯”: our older golden cases, tests/test_entities.py and the 廊坊 2014 case, write
全国综治长安杯).
"""

from __future__ import annotations

import re

QUOTE = re.compile(r"“([^“”]{2,40})”(奖(?!励|补|金))?")

# who gives the title: a broadcaster, a paper, a site or a magazine (央视, 《环球时报》, 新华网), an organisation (联合国教科文组织,
# 中国气象学会, 中华全国总工会)
MEDIA = re.compile(r"(?:央视|中央电视台|中央广播电视总台|凤凰卫视|[一-龥]{2,8}(?:电视台|卫视|日报|时报|晚报|商报|杂志|周刊|网))")
ORGANISATION = re.compile(r"[一-龥]{2,14}(?:组织|协会|学会|联合会|研究会|基金会|总工会|促进会)")
# a ministry or a department of the Party before its prize (中宣部“五个一工程”奖, 文化和旅游部“文华奖”)
MINISTRY = re.compile(r"[一-龥]{1,8}(?:部|委)")
# what describes the prize: its field and rank (全国综治最高奖, 中国戏剧最高奖, 全国社会治安综合治理最高奖项)
PRIZE_DESCRIPTION = re.compile(r"[一-龥]{2,16}最高(?:政府)?(?:奖项?|荣誉)")
PRIZE = re.compile(r"(?:杯|鼎|奖|奖章|奖状)$")


def quoted_after_grantor(title: str, sentence: str) -> str | None:
    """The quoted name alone when the title found is a grantor or a description of the prize written before it
    (央视国家品牌计划 → 国家品牌计划, 环球时报2020十大最具投资吸引力城市 → 2020十大最具投资吸引力城市, 全国综治最高奖长安杯 → 长安杯,
    中宣部五个一工程奖 → 五个一工程奖); None when the title stays as it is."""
    if "“" not in sentence:
        return None
    for m in QUOTE.finditer(sentence):
        name = m.group(1) + (m.group(2) or "")
        if len(title) <= len(name) or not title.endswith(name) or "“" in name:
            continue
        before = sentence[:m.start()]
        pre = title[:-len(name)]
        book = re.search(r"《([^《》]{2,12})》$", before)
        if book and book.group(1) == pre:
            return name  # 荣获《环球时报》“2020十大…”称号: a paper or a programme that gives the title
        if not before.endswith(pre):
            continue
        prize = bool(PRIZE.search(name))
        if MEDIA.fullmatch(pre) or ORGANISATION.fullmatch(pre) and len(name) >= 5:
            return name  # 入选央视“国家品牌计划”, 荣获联合国教科文组织“全球学习型城市奖”
        if prize and (MINISTRY.fullmatch(pre) or PRIZE_DESCRIPTION.fullmatch(pre)):
            return name  # 荣获中宣部“五个一工程”奖, 蝉联全国综治最高奖“长安杯”, 获得中国电视剧最高奖“飞天奖”
    return None
