"""Round 18b (honV): sentences that open with a named unit (a county or district, a zone or park, a company, a college;
the name test of kg/extract/entities/round18b_honors.py, imported) and have a later clause that starts with an honour
trigger and no subject of its own (…，被确定为…, …，入选…): the subject written far before the verb (dev18 白银
`郝氏炭纤维公司成为…企业，被列为…`, dev5 泸州 `合江县县域集成改革试点有序开展，被确定为…试点县`). Prints each with the honours
the dump has for the sentence, then the counts.

usage: PYTHONPATH=$PWD python scan_far_subject.py DUMP.jsonl   (DUMP from ../hdump.py SEED 200 DUMP.jsonl)
"""
import json
import re
import sys

from kg.extract.entities.honors import _is_place
from kg.extract.entities.round18b_honors import DIVISION_HEADS, LEAD, NOT_A_NAME, UNIT_NAME

TRIG = re.compile(r"(?:并|还|又|先后|相继|连续[^，；]{0,6}|成功|再次|首次|均)?(?:荣获|获评|被评为|被命名为|被确定为|被认定为|被列为|入选|成为|获批|"
                  r"创成|成功创建|获得|获|跻身|列入|被列入|纳入|上榜|蝉联|入围|荣膺)")
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
structure, with_title = set(), set()
for r in rows:
    t = r["t"]
    clauses = [m.span() for m in re.finditer(r"[^，；。]+", t)]
    if len(clauses) < 2:
        continue
    lead = LEAD.match(t, clauses[0][0], clauses[0][1])
    m = UNIT_NAME.match(t, lead.end() if lead else 0, clauses[0][1])
    if not m or NOT_A_NAME.match(m.group("u")) or m.group("head") in DIVISION_HEADS and not _is_place(m.group("u")):
        continue
    later = [t[a:b] for a, b in clauses[1:] if TRIG.match(t, a, b)]
    if not later:
        continue
    structure.add(r["r"])
    if r["h"]:
        with_title.add(r["r"])
    print(r["r"].split("/")[1] + r["r"][-8:-4], m.group("u"), "|", later[0][:40], "|", r["h"])
print(f"a named unit opens the sentence, a later clause starts with a trigger: {len(structure)} reports; "
      f"with an honour read in the sentence: {len(with_title)}")
