"""Round 25 (indGA): the right edge of an indicator read after a count of people — what they lacked is no part of it.

A count of people or households written before who they are and what they lacked (解决了14万贫困人口饮水安全问题,
缓解3万户城镇低收入家庭住房困难问题, 解决【5万名】群众出行难问题; 98 of 200 corpus reports, seed 2503, write
解决/缓解 + a count + …问题/困难, `eval/corpus_samples/ind25_right/scan.py`) measures the people: the indicator ends
with their noun (kg/data/indicator_people_heads.txt), as samples A (农村人口), B (农村人口, 城镇低收入家庭), C (农村居民)
and H (农村居民) accept. With no such noun, a count written in 人 before what the people lacked (解决16万人饮水安全问题)
measures the relief: the indicator drops 问题 (dev2 黔东南 饮水安全; samples D and N accept it). 困难 stays there (解决
331.5万人饮水困难: samples A and C take 饮水困难). So, too, when 的 stands between the count in 人 and what they lacked
(解决农村【20万人】的饮水安全问题 -> 饮水安全, sample N; 40万人…的饮水困难 -> 饮水困难, sample A), where the words before
the count were taken (农村, 解决, the clause before); 12 figures in 9 of the 200 reports. A count of the problems
themselves (解决不动产历史遗留问题86个, the official 沙依巴克 file) is not a count of people and is left.

Fix 2 (`work_tasks`): a count of people or households, an area or a length right before a work's 任务 (完成【260万亩】营造林
任务, 完成【1070户】回迁任务, 完成【2.13万】贫困人口退出任务; 17 of the 200 reports) measures the work, or the people when
their noun comes first, not the task: 任务 goes, as sample B (森林抚育 for 205万亩森林抚育任务), dev2 (农房抗震改造 for
2.07万户农房抗震改造任务) and sample L (贫困村 for …的年度减贫任务) cut it. A quoted task keeps it (9617套“保交楼”任务,
sample N), and so does a count of the tasks themselves (65项改革任务: 项 is no unit of TASK_UNITS).

Both run last on a sentence's indicators (after the other rounds' rules) and change a name only when it is the words
right after the count and ends in 问题/困难/任务 (or, for 的, the words after it), so they are safe on any name the
other rules give.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from ..numbers import Quantity

PEOPLE_UNITS = frozenset({"人", "户", "名"})
# Round 25 fix 2: a count of people or households, an area or a length before the work it is the task of.
TASK_UNITS = PEOPLE_UNITS | {"亩", "公顷", "平方米", "平方公里", "公里"}
TASK = re.compile(r"(?:年度|全年)?(?:目标)?任务$")
QUOTED_ONLY = re.compile(r"“[^“”]+”")
PROBLEM_ENDS = ("问题", "困难")
# 的 and what the people counted lacked, up to the first 问题/困难 of the clause (的饮水困难和安全问题 -> 饮水困难).
LACKED_AFTER_OF = re.compile(r"的([\u4e00-\u9fff“”]{2,12}?)(问题|困难)")


@cache
def _heads() -> re.Pattern:
    words: list[str] = []
    with resources.files("kg.data").joinpath("indicator_people_heads.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.extend(line.split())
    # longest first (农牧民 before 牧民); what they lacked follows: two or more characters, then 问题/困难
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"^([\u4e00-\u9fff]{{0,8}}?(?:{alternation}))(?=[\u4e00-\u9fff“”]{{2,}}(?:问题|困难|任务)$)")


def people_problems(text: str, quantities: list[Quantity], result: list[str]) -> None:
    """解决了【14万】贫困人口饮水安全问题 -> 贫困人口, 解决【16万人】饮水安全问题 -> 饮水安全; in place."""
    for i, q in enumerate(quantities):
        name = result[i]
        if q.kind != "count" or q.unit not in PEOPLE_UNITS or "的" in name:
            continue
        if q.unit == "人" and not q.implied and (lacked := LACKED_AFTER_OF.match(text, q.end)):
            # 解决了【388万人】的饮水困难, 解决农村【133.5万人】的饮水安全问题: what they lacked, after 的
            result[i] = lacked.group(1) + ("困难" if lacked.group(2) == "困难" else "")
            continue
        if not name.endswith(PROBLEM_ENDS) or not text.startswith(name, q.end):
            continue  # the name is not the words right after the count (化解…遗留问题2000户: the count follows it)
        m = _heads().match(name)
        if m:
            result[i] = m.group(1)
        elif q.unit == "人" and not q.implied and name.endswith("问题") and len(name) >= 4:
            result[i] = name[:-2]


def work_tasks(text: str, quantities: list[Quantity], result: list[str]) -> None:
    """完成【260万亩】营造林任务 -> 营造林, 完成【2.13万】贫困人口退出任务 -> 贫困人口; in place."""
    for i, q in enumerate(quantities):
        name = result[i]
        if q.unit not in TASK_UNITS or "的" in name \
                or not name.endswith("任务") or not text.startswith(name, q.end):
            continue
        if q.unit in PEOPLE_UNITS and (m := _heads().match(name)):
            result[i] = m.group(1)  # 2.13万贫困人口退出任务: the people counted
            continue
        work = TASK.sub("", name)
        if len(work) >= 2 and not QUOTED_ONLY.fullmatch(work):
            result[i] = work  # not 9617套“保交楼”任务: a quoted name is the task's own (sample N)
