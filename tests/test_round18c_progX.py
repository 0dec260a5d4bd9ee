"""Round 18c (progX, programs; dev19's programs cause 5: 自贸区改革创新经验, an experience read as a program), counted on 200
random corpus reports (seed 1819, eval/corpus_samples/entN/round18c_precision/).

Each case is a sentence of a corpus report outside those 200. A name ending in 经验 is a program only when the experience
is named as one (“戴庄经验”, 新时代“枫桥经验”: official 浦江经验, dev17 戴庄经验, dev19 塘约经验); the experience of a program
is that program (“千万工程”经验 → 千万工程, as dev11/dev15 list it), of a quoted name that name (“三社联动”经验 → 三社联动);
an experience learned from elsewhere, copied or praised is none (借鉴世界先进城市经验, 复制推广自贸试验区改革创新经验,
破解大城市养老难题经验在全国推广).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

EXPERIENCES = [
    # (sentence, names that must not be found, names that must be found)
    ("借鉴世界先进城市经验，塑造人性化、生态化、特色化的公共环境，构筑错落有致、宽敞大气的城市空间。",
     {"世界先进城市经验", "先进城市经验"}, set()),  # 东莞 2012
    ("复制推广自贸试验区改革创新经验，提升贸易和投资自由化便利化水平。",
     {"自贸试验区改革创新经验", "自贸试验区改革"}, set()),  # 佛山 2018
    ("创新体制机制，复制推广前海自贸区制度创新经验，促进太原国际邮件互换局扩容提质，做好二手车出口试点工作。",
     {"前海自贸区制度创新经验"}, {"二手车出口试点"}),  # 太原 2021
    ("新增社区居家养老服务中心124个、助餐点120个，破解大城市养老难题经验在全国推广。",
     {"破解大城市养老难题经验"}, set()),  # 南京 2020
    ("深化政社互动，推广“三社联动”经验，推进网格化社会治理，进一步完善社区减负长效机制。",
     {"三社联动经验"}, {"三社联动"}),  # 无锡 2018
    ("实施名师名校长工程，启动新一轮教师专业发展培训，“阳光招生”经验在全国推广。",
     {"阳光招生经验"}, {"阳光招生", "名师名校长工程"}),  # 杭州 2013
    ("健全市、县、乡、村“四级一体″的行政和便民服务中心，总结推广“代办制”经验，最大限度地为城乡居民提供办事方便。",
     {"代办制经验"}, {"代办制"}),  # 大连 2007
    ("总结推广蓝天保卫战经验做法，确保环境空气质量稳定达到国家二级标准。",
     {"蓝天保卫战经验"}, {"蓝天保卫战"}),  # 六盘水 2021
    # guards: named experiences, and the program of “千万工程”经验, stay
    ("坚持和发展新时代“枫桥经验”，加强矛盾纠纷排查化解，完善非诉讼纠纷解决机制。",
     set(), {"新时代枫桥经验"}),  # 东莞 2025
    ("学习运用“千万工程”经验，在661个行政村开展村庄清洁行动，全域整治“三边三线”环境问题。",
     {"千万工程经验"}, {"千万工程"}),  # 兰州 2024
]


@pytest.mark.parametrize("text,absent,present", EXPERIENCES)
def test_experiences(text, absent, present):
    names = extract(text)["programs"]
    assert present <= names, (present - names, names)
    assert not absent & names, (absent & names, names)
