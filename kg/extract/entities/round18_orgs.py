"""Round 18 (orgU, organizations): an institution read as a project that settles, lands or starts its work is a body.

A name ending in a facility head (学院 大学 医院 中心 研究院 …: institutions that are also buildings, kg/data/entity_heads.txt)
is a project where the text builds it, else an organization. heads.py turns it into an organization when 落户/入驻/挂牌
follows it at once (SETTLED) or when 开业/揭牌/成立 closes the list it opens (OPENED_AFTER). Left as projects were:

- the first items of a list that settles (江西航空职业技术学院、赣东职业技术学院先后落户; 广州大学松田学院、香港城市大学技术
  转移中心落户肇庆; 海南国际文化艺术品交易中心、海南国际清算所挂牌): SETTLED is tested on the words right after the name;
- an institution that lands, starts operating or is formed (国家人类遗传资源山东创新中心落地; 湛江海洋科技产业创新中心启动运营;
  贵阳学院完成组建; 龙城科创学院、…研究院启动运营). Venues land and open too (跨境商品展贸中心启动运营, 灾备中心落地, 展示体验馆
  启动运营), so these verbs count only for the heads of bodies (BODY_HEADS: 大学 学院 创新中心 交易中心 分中心 …, and a bare
  中心 of a national body: 国家技术转移海南中心); 落地建设, 建成运营, 投入运营, 建成投用 finish a building and stay projects.

Counted on 200 random corpus reports (seed 1803) by eval/corpus_samples/orgL/round18/scan_settled_facility.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .patterns import _Found

# an institution that comes (落户 入驻 挂牌 揭牌 开业): heads.py's SETTLED and OPENED_AFTER, for any facility head
SETTLES = re.compile(r"(?:正式|成功|相继|先后|顺利|已|均|分别|陆续)?(?:落户|入驻|挂牌|揭牌|开业)")
# an institution that lands, starts its work or is formed (not 建成运营 / 投入运营 / 落地建设: a building is finished):
# said of bodies and venues alike (跨境商品展贸中心启动运营, 灾备中心落地), so only for the heads of bodies (BODY_HEADS)
STARTS = re.compile(r"落地(?!建设|开工|实施|见效|生根|转化|投产)|落地运[营行]|(?:启动|正式|开始)运[营行]|(?:完成|正式)?组建")
EITHER = re.compile(SETTLES.pattern + "|" + STARTS.pattern)
# further items of the list the name opens (、香港城市大学技术转移中心), none of them closing it with 等 or naming works
ITEM = re.compile(r"、([^、，,；;。：:等]{2,24}?)(?=、|" + EITHER.pattern + ")")
WORKS_ITEM = re.compile(r"项目|工程|建设|改造|基地|园")
# facility heads of bodies, not of buildings or venues (馆, 医院, 学校, 服务中心, 数据中心: where the public goes)
BODY_HEADS = frozenset("大学 学院 职业大学 职业学院 师范学院 技师学院 创新中心 研发中心 交易中心 分中心 分院".split())


def settles_after(after: str) -> str | None:
    """The words after a name (or after the further items of its list) open with an institution's coming ("settle") or
    its landing, start or forming ("start"); None for anything else."""
    at = 0
    after = after.lstrip("”’")
    while True:
        if SETTLES.match(after, at):
            return "settle"
        if STARTS.match(after, at):
            return "start"
        m = ITEM.match(after, at)
        if not m or WORKS_ITEM.search(m.group(1)):
            return None
        at = m.end()


def body_head(name: str, head: str) -> bool:
    """创新中心, 学院 …, or a bare 中心 of a national body (国家技术转移海南中心, 中国工业微生物菌种保管中心)."""
    return head in BODY_HEADS or head == "中心" and name.startswith(("国家", "中国"))


def round18_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Projects with a facility head that settle, land or start operating become organizations (see above)."""
    if not ("落户" in text or "落地" in text or "入驻" in text or "挂牌" in text or "揭牌" in text or "开业" in text
            or "运营" in text or "运行" in text or "组建" in text):
        return found  # the cheap test first (a word every match of SETTLES or STARTS holds): called for every sentence
    from .lexicon import _lexicon

    lex = _lexicon()
    out = found
    for k, f in enumerate(found):
        if f.kind != "project":
            continue
        head = lex.head_at_end.search(f.name)
        if not head or lex.head_role[head.group(0)] != "facility" or text[f.start:f.end] != f.name:
            continue
        how = settles_after(text[f.end:f.end + 80])
        if how == "settle" or how == "start" and body_head(f.name, head.group(0)):
            if out is found:
                out = list(found)
            out[k] = replace(f, kind="organization")
    return out
