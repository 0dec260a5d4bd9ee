"""Round 17 (honQ) scan: honors given to the reporting unit ("") in a subjectless clause (…，入选B) whose previous clause opens
with a named subject and an honor or award verb (市人民医院创成“三甲”综合医院，入选全省高水平医院建设名单): the subject is
carried. Also: recipients that follow 在 in their clause (在西部地区唯一入选…). usage: python scan_carry.py DUMP.jsonl"""
import json
import re
import sys

VERB = r"(?:荣获|获评|获得|入选|被评为|被命名为|被授予|获批|成功创建|创成|评为|跻身|被确定为|被认定为|认定为|荣膺|成为|列入|纳入|通过)"
SUBJ = re.compile(rf"^([一-龥“”（）()·]{{2,20}}?(?:医院|学校|大学|学院|中学|小学|幼儿园|集团|公司|企业|景区|园区|产业园|开发区|高新区|新区|街道|社区|镇|乡|村|县|区|馆|中心|基地|站|港|机场|项目|工程|品牌|产品))"
                  rf"(?:[^，；]{{0,8}}?){VERB}")
LEAD = re.compile(rf"^(?:又|还|并|并且|同时|先后|相继|成功|连续[^，；]{{0,5}}|再次|首次|均|也)*{VERB}")
carry, carry_rep, scene_rep, scene = [], set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    clauses = re.split(r"[，；]", d["t"])
    for h, r in d["h"]:
        for k, c in enumerate(clauses):
            if h[:4] not in c and h[-4:] not in c:
                continue
            if not r and k and LEAD.search(c):
                m = SUBJ.search(clauses[k - 1])
                if m:
                    carry.append((d["r"], m.group(1), h, clauses[k - 1] + "，" + c))
                    carry_rep.add(d["r"])
            if r and re.search(rf"在{re.escape(r)}", c):
                scene.append((d["r"], r, h, c))
                scene_rep.add(d["r"])
            break
print("carried subject:", len(carry_rep), "reports", len(carry), "honors")
for x in carry:
    print("  ", *x)
print("recipient after 在:", len(scene_rep), "reports", len(scene), "honors")
for x in scene:
    print("  ", *x)
