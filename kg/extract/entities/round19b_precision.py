"""Round 19b (progAB, programs): a mechanism, mode or system a report says it will innovate (创新X机制) names no program;
nor does a political system of the state (坚持和完善民族区域自治制度: `political_systems`, see its doc).

`创新投资项目审批机制`, `创新区域协作机制`, `创新PPP模式`, `创新互联网时代群众工作机制` (dev20's inventions), `创新城乡发展投融资
机制` (dev18's): 创新 is the verb, and what follows is the kind of mechanism any government has (its field + a process +
机制/模式/体制/制度), to be made new; the report names no mechanism of its own. The gold files leave these out: across the
official files and dev2–dev20 the text has 创新 + such a mechanism 17 times and the gold lists one (dev7 佳木斯 引资引才机制),
while the official files and every dev set list mechanisms set up, improved or carried out (建立风险预警机制, 完善生态补偿制度,
落实重大项目会商机制), which this pass does not touch. Round 14c already dropped a mechanism left under six characters after
创新 (创新投融资机制: `programs.py` MECHANISM_VERB); this is the longer ones.

Counted on 200 random corpus reports (seed 1911, eval/corpus_samples/entN/round19b/scan_innovate.py): a program right after
创新 ending in 机制/模式/体制/制度 in 66 reports (93 finds), 5 more quoted or numbered (kept).

Dropped: a program whose text starts right after the verb 创新 (at a clause start or after an adverb or verb: 不断创新,
探索创新, 一是创新), ends in 机制/模式/体制/制度, and has no quote, digit or Latin letter and no place at its start. Kept:
quoted or numbered names (创新“三带三帮”工作机制, 创新跨区域产业协调发展“1+2”机制), a place's own mode (创新京蒙区域合作机制,
创新攀西战略资源开发模式), 创新 as a noun or adjective (科技创新资金…机制, 创新型人才培养机制, 创新创业大赛常态化机制).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _alt, _lines
from .patterns import _Found
from .round18c_precision import _loses_to
from .sentence import _clean, _Sentence, _starts_with_place

MECHANISM_HEAD = re.compile(r"(?:机制|模式|体制|制度)$")
# what 创新 follows when it is the verb: a clause start, a list marker (一是), an adverb or another verb
VERB_BEFORE = re.compile(r"(?:^|[，。；：、,;:（）(）”\s]|是|不断|努力|积极|大胆|大力|持续|着力|进一步|探索|加快|深入|继续|要|并|和|推进|"
                         r"改革|全面|勇于|敢于|逐步|注重|研究|鼓励|支持|坚持|加强|切实|深化|务实|主动|重点)$")
NOT_NAMED = re.compile(r"[“”\"0-9０-９A-Za-zＡ-Ｚａ-ｚ+＋·]")


def innovated_mechanisms(s: _Sentence) -> None:
    """Drop the generic mechanisms, modes and systems 创新 governs (see the module's doc)."""
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind != "program" or not MECHANISM_HEAD.search(f.name) or f.start < 2 or s.text[f.start - 2:f.start] != "创新":
            continue
        raw = s.text[f.start:f.end]
        if _clean(raw) != f.name or NOT_NAMED.search(raw) or f.name.startswith(("型", "创业", "驱动", "发展")):
            continue  # a quoted, numbered or built name; 创新型人才培养机制, 创新创业大赛常态化机制
        if not VERB_BEFORE.search(s.text[max(0, f.start - 6):f.start - 2]) or _starts_with_place(f.name):
            continue  # 科技创新资金投入…机制: 创新 is a noun; 创新京蒙区域合作机制: a place's own
        s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
        dropped.append(f)
    if dropped:
        # what the mechanism beat in _Sentence.result goes with it, as in round 18c's experiences
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]


@lru_cache(maxsize=1)
def _political() -> re.Pattern[str]:
    return re.compile(_alt(_lines("round19b_political_systems.txt")) + "$")


def political_systems(s: _Sentence) -> None:
    """Drop programs naming a political system of the state (坚持和完善人民代表大会制度、政治协商制度和民族区域自治制度,
    坚持社会主义制度): the constitution's 根本政治制度 and 基本政治制度 (kg/data/round19b_political_systems.txt) are the frame
    of government, no policy, reform, campaign or named mechanism (GUIDELINES.md: programs); no gold file lists one. Read
    in 13 of 200 random corpus reports (seed 1911, 19 finds: eval/corpus_samples/entN/round19b/scan_political.py).
    基本经济制度 and 农村基本经营制度 stay (dev14 and dev15 gold keep 农村基本经营制度)."""
    pattern = _political()
    dropped: list[_Found] = []
    for i, f in enumerate(s.found):
        if f.kind == "program" and pattern.search(f.name):
            s.found[i] = _Found("dropped", f.name, f.start, f.end, f.rank)
            dropped.append(f)
    if dropped:
        s.found = [g for g in s.found if g.kind != "dropped" and not any(_loses_to(g, d) for d in dropped)]
