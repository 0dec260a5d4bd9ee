"""Round 26 (progMA, programs): a …工程 named after a place and made of physical works is a project, not a program.

`阴河新水源地工程全面启动` (dev19), `实施北小沟污水综合治理工程` (dev20), `黄河滩区迁建工程完成主体建设` (dev22), `泗河综合开发
道路工程…竣工通车` (dev22): a 工程 whose words name works on a water, road, line or plant (水源, 污水, 迁建, 排水, 供热,
联网, 直流 …: `kg/data/round26_works_words.txt`, beyond round 14's `heads.PHYSICAL`) and that opens with a place (a place name
by the tagger, a named river, road, lake, port or station: 泗河, 培新路, 黄浦江, 深圳湾, or a side of the city: 南部, 东部) was read
as a program. The golds agree: of the gold names ending in 工程 over the official gold and dev2 … dev28, this test marks 171
of 343 projects and 0 of 285 programs (the 3 it first marked, 新一轮农网改造升级工程, 河湖连通工程, 病险水库治理工程, open with
a generic word, guarded below). Program inventions the golds list as projects are in 16 of the studied sets (30 names; this
test reaches those of dev11, dev19, dev20, dev22, dev23); the shape is among the programs of 24 of the 200 corpus reports of
seed 2621, and of its 25 changed lines 22 read right, 2 half, 1 wrong (eval/corpus_samples/entN/round26_progMA/).

The find becomes a project over the same span (the golds keep 工程: 阴河新水源地工程, 培新路排水工程); where a project
already overlaps it, or two works are joined in it by 和, 及 or 、 (沂河河湾和袁家口子水源工程: dev23 lists each), the program is
dropped.
Not: a name that opens with a generic field or scope (农村道路畅通工程, 村村通自来水工程, 市区道路通达工程, 美丽河湖保护与建设
工程, 铁路物流畅通工程: the golds' programs), a count (两大长江提水工程), forestry for water (水源涵养林工程), a verb read into
the name (提速御河…), a quoted name (“八水润西安”工程: a brand).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .patterns import _Found
from .sentence import _Sentence
from .stems import pos

HAN = "\u4e00-\u9fff"


@lru_cache(maxsize=1)
def _works() -> re.Pattern:
    text = resources.files("kg.data").joinpath("round26_works_words.txt").read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


# a named water, road, port or station at the name's start (泗河, 培新路, 深圳湾, 茂名南站, 黄浦江)
FEATURE = re.compile(rf"^[{HAN}]{{1,4}}?(?:江|河|湖|湾|港|沟|渠|闸|岛|路|街|山|滩|站|库|海)")
SIDE = re.compile(r"^[东南西北中]部")
# generic fields and scopes: the programs of the golds open with them (农村饮水安全工程, 村村通自来水工程, 市区道路通达工程,
# 城市绿化美化工程, 大环境绿化工程, 道路绿化全覆盖工程, 新一轮农网改造升级工程, 河湖连通工程, 病险水库治理工程), and of the 200
# reports 美丽河湖保护与建设工程, 铁路物流畅通工程, 山丘地区水源工程; 入湖/入黄…: the waters that flow into one, no named place
# (入湖河道治理工程, an item of round 13's 六项工程 list; 入黄排水沟整治工程)
GENERIC = re.compile(r"^(?:入[湖黄江海河库]|新一轮|城中村|棚户区|老旧小区|滨海|沿海|沿江|河湖|病险|美丽|铁路|山丘|山区|农村|城市|城乡|乡村|村村通|全市|全县|全区|市区|城区|大|道路|屋顶|"
                     r"生态|重点|国家|省|市|县|区|小型|重大|新农村|边远|骨干)")

# a count of works (两大长江提水工程: the items are named before it) and forestry for water (新安江流域水源涵养林工程: the
# ecological programmes of round 20)
COUNT_LEAD = re.compile(r"^[一二三四五六七八九十两百千\d]+[大项个条座]")
FOREST = re.compile(r"涵养|防护林|造林|退耕")

# two works joined before one tail: the golds list each (dev23 沂河河湾水源工程, 袁家口子水源工程), so the joined name is no
# project either; the program is only dropped. Not 与 (昌都与藏中联网工程, dev14's project: one line between two places)
JOINED = re.compile(r"[和及、]")


def works_name(name: str) -> bool:
    """Whether a …工程 name is works on a named place (see the module's doc)."""
    if not name.endswith("工程") or "“" in name:
        return False
    # heads imports programs, which imports this module: read it when first used
    from .heads import PHYSICAL

    stem = name[:-2]
    if len(stem) < 3 or not (_works().search(stem) or PHYSICAL.search(stem)) or GENERIC.match(stem):
        return False
    if COUNT_LEAD.match(stem) or FOREST.search(stem):
        return False
    words = pos(stem)
    if words and words[0][1].startswith("v") and words[0][1] != "vn" and len(words[0][0]) >= 2:
        return False  # 提速御河十里河交汇处湿地修复工程: a verb read into the name, not a place
    return bool(words and words[0][1] in ("ns", "nr", "nz", "nt")) or bool(FEATURE.match(stem) or SIDE.match(stem))


def works_programs(s: _Sentence) -> None:
    """阴河新水源地工程: a program …工程 named after a place and made of works becomes a project (see the module's doc)."""
    for i, f in enumerate(list(s.found)):
        if f.kind != "program" or not works_name(f.name) or "“" in s.text[f.start:f.end]:
            continue
        if any(g.kind == "project" and g.start < f.end and f.start < g.end for g in s.found) or JOINED.search(f.name):
            s.found[i] = None  # a project read it already, or two works joined (沂河河湾和袁家口子水源工程: dev23 lists each)
        else:
            s.found[i] = _Found("project", f.name, f.start, f.end, f.rank)
    s.found[:] = [f for f in s.found if f is not None]
