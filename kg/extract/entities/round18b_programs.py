"""Round 18b (progV, programs): a policy document the report issues, named by its aim (制定出台促进工业园区发展的指导意见).

An opinion or a scheme the government draws up and puts out (制定/出台/印发 …的(指导|实施)意见, …实施/行动/工作方案) was read
only in book-title marks (《…实施意见》, POLICY_TITLE of programs.py) or when another rule happened to take the name; written
without the marks, with 的 inside or a long aim before the head, it gave no name (dev18 汕头 促进工业园区发展的指导意见, 南京
打造具有全球影响力的产业科技创新中心主承载区行动方案). The gold sets list such issued documents under their full name, the
aim's verb and 的 included (dev17 泰安 进一步深化改革开放加快制度创新的意见, dev5 包头 关于打造一流营商环境…的实施意见, dev18),
and leave out a document from above only carried out (dev16 安顺 `认真落实营造更好发展环境支持民营企业改革发展的意见`), so
only issuing verbs open the name. Counted by eval/corpus_samples/entN/round18b/scan18b.py (structure `issued`) on 200
random corpus reports (seed 1812): 62 reports issue such a document, 43 of them (62 cases) with no name read.

The name runs from the issuing verb to the head; a leading 我市/全市/新一轮… is dropped (dev18 drops 全省 and 新一轮). Not a
name: two documents joined (…管理办法和…指导性意见, …规划纲要及相关政策意见), a counted or generic set (两个实施意见, 相关
政策意见, 具体实施方案), a list with 等 (not 均等化, 高等), titles in quotes one after another (“…实施办法”、“…的指导意见”), a numbered package
(支持实体经济“十条意见”: the official gold leaves numbered packages out, see programs.py), opinions heard (听取市民意见), a stem under four characters (我市改革意见), an
opinion whose name goes on (强化知识产权保护意见推进计划: the plan carrying it out, 意见 inside its name). The
document is added as a book title is (rank 1): a program found inside it (国资国企综合改革 of …综合改革实施意见) gives way.
"""

from __future__ import annotations

import re

from .sentence import _Sentence

HAN = r"\u4e00-\u9fff"
LEADS = "我市|我省|我区|全市|全省|全区|新一轮|省政府|市政府"
ISSUED_DOC = re.compile(
    r"(?:研究出台|研究制定|推动出台|制定出台|制定实施|制定并实施|制定和实施|出台并实施|出台实施|印发实施|制定|出台|印发)了?"
    rf"(?:{LEADS})?(?!{LEADS})"
    rf"(?P<name>[{HAN}“”、]{{4,44}}?(?:指导意见|实施意见|若干意见|意见|实施方案|行动方案|工作方案))(?![稿箱书征])(?!推进|落实|细则)")
HEADS = ("指导意见", "实施意见", "若干意见", "意见", "实施方案", "行动方案", "工作方案")
DOC_NOT = re.compile(r"(?<![均平同对高中初])等|听取|征求|收集|相关|有关|配套|具体|各项|系列|[两二三四五六七八九十0-9]+[个条项]|"
                     r"(?:办法|规划|纲要|意见|方案|措施|计划|条例|规定|政策|”)(?:和|及|以及|、|与)")
DOC_LEAD_NOT = re.compile(r"^(?:和|及|与|并|好|的|工作|年度|专项|实施|行动|指导|配套)")


def issued_documents(s: _Sentence) -> None:
    text = s.text
    for m in ISSUED_DOC.finditer(text):
        start, end = m.span("name")
        name = m.group("name")
        head = next(h for h in HEADS if name.endswith(h))
        stem = name[: -len(head)].replace("“", "").replace("”", "")
        if DOC_NOT.search(name) or DOC_LEAD_NOT.match(name) or len(stem.rstrip("的")) < 4:
            continue
        if any(f.kind == "program" and (f.start <= start and end <= f.end or f.end == end) for f in s.found):
            continue
        s.add("program", start, end, 1)
