"""Round 18b (honV, honours): an approval to create (获批创建) names no title received.

`安溪获批创建国家级现代农业产业园`, `获批创建国家创新型城市`, `大通镇获批创建国家农业产业强镇`: the place is allowed to start
creating (创建) the designation, which it receives later, after an assessment (认定, 验收, 命名). The dev gold files list none
of them (dev11 三明 `建宁现代种业产业园获批创建国家级产业园`, dev18 滨州 `阳信县获批创建国家级现代农业产业园`; dev18's README:
"approvals to build or create … are not honours"), and no official or dev gold honour comes after 获批创建; the official
gold lists a title once the city is `创建为` it (乌鲁木齐's `创建为“全国市域社会治理现代化试点合格城市”`). Counted by
eval/corpus_samples/honW/round18b/scan_create.py on 200 random corpus reports (seed 1813): an approval to create or to set up
(获批创建, 获批筹建, 获准筹建) in 19 reports, 获批创建 itself in 11 (128 of the 2,941), a title read after it in 9.

`获批建设` (approved to build) is left as it is: the dev gold files disagree (dev3 赣州 lists `赣州高新区获批建设国家自主创新示范区`,
dev18 leaves its three out). 获批筹建 was no trigger already.
"""

from __future__ import annotations

import re

# the trigger as the honour lexicon matches it (kg/data/honor_words.txt: 获批创建, 成功获批创建)
APPROVED_TO_CREATE = re.compile(r"(?:成功)?获批创建")


def approval_to_create(trigger: str) -> bool:
    """True for 获批创建 / 成功获批创建: what follows is a designation to be created, no title received yet."""
    return APPROVED_TO_CREATE.fullmatch(trigger) is not None
