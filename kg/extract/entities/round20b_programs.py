"""Round 20b (progCB, programs): national programmes named without their usual head or qualifier.

新农村建设 (`加快新农村建设`, `扎实推进新农村建设`, `统筹推进城镇化和新农村建设`, `新农村建设扎实推进`): the national programme
of 社会主义新农村建设 (programs.txt since round 4) named without 社会主义, which the extractor read as nothing (dev22 潮州 lists
新农村建设, dev5 长沙 社会主义新农村建设). Missed in 29 of 200 random corpus reports (seed 2015,
`eval/corpus_samples/entN/round20b/scan.py`); 434 corpus reports name it bare and never with 社会主义. The bare name is read
by the lexicon (`kg/data/programs.txt`); this module keeps it out where it only qualifies what follows it: a pilot of it
(新农村建设试点, found by the pilot rules as the pilot), its character or plan (体现杭州新农村建设特色,
编制新农村建设规划), its projects (实施新农村建设项目326项), a quoted activity of it (新农村建设“百村竞赛”活动).

污染防治攻坚 (`深入开展污染防治攻坚`, `深化污染防治攻坚`, `污染防治攻坚扎实推进`): the national campaign 污染防治攻坚战 (programs.txt)
named without 战, read as nothing; dev22 鄂州 lists the bare name. Missed in 11 of 200 random corpus reports (seed 2015). Kept
out where it opens a longer name (污染防治攻坚三年行动, 污染防治攻坚专项行动) or qualifies a thing (…阶段性目标, …指挥部).
"""

from __future__ import annotations

import re

# the lexicon names (kg/data/programs.txt) this module guards: the programme with and without 社会主义
QUALIFIED_NAMES = frozenset({"新农村建设", "社会主义新农村建设", "污染防治攻坚"})
# what the name qualifies when it follows right after it
QUALIFIES = re.compile(r"(?:[一二三四五六七八九十]期)?(?:试点|特色|规划|项目|示范|模式|样板|重点村|现场会|会议|“[^“”，。；]{2,12}”)")
# 48个新农村建设: counted works of it
COUNTED = re.compile(r"[0-9０-９一二三四五六七八九十百千万]+[个处项]$")


# 污染防治攻坚 (the campaign 污染防治攻坚战 without 战) before a longer name's head or what it qualifies: 污染防治攻坚三年行动,
# 污染防治攻坚专项行动, 污染防治攻坚阶段性目标, 污染防治攻坚指挥部, 污染防治攻坚成果 (of a longer name or no programme)
ATTACK_QUALIFIES = re.compile(r"[\u4e00-\u9fff“”]{0,8}?(?:行动|计划|方案|战役|工程|任务|目标|指挥部|领导小组|小组|考核|资金|项目|成果|"
                              r"专项|年|月|工作|督察|整治)")
# what may stand right before it: a verb or adverb of carrying it out, a conjunction or a clause's start; any other word
# makes it the end of a longer campaign of one medium (强化水污染防治攻坚, 面源污染防治攻坚, 小流域污染防治攻坚)
ATTACK_BEFORE = re.compile(r"(?:^|[，。；、：）)\s]|推进|开展|深化|强化|抓好|突出|打好|打赢|实施|加强|加快|聚焦|做好|推动|坚持|落实|巩固|"
                           r"拓展|提升|接续|纵深|深入|持续|全力|全面|扎实|坚决|统筹|和|与|及|在)$")


def qualified(text: str, start: int, end: int, name: str = "") -> bool:
    """新农村建设试点, 新农村建设特色, 新农村建设规划, 新农村建设项目, 新农村建设“百村竞赛”活动: the name
    (ending at `end`) qualifies what follows, no mention of the programme itself."""
    if name == "污染防治攻坚":
        return bool(ATTACK_QUALIFIES.match(text, end)) or not ATTACK_BEFORE.search(text[max(0, start - 4):start])
    return bool(QUALIFIES.match(text, end) or COUNTED.search(text[max(0, start - 8):start]))
