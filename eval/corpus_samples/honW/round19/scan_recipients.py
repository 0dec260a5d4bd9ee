"""Round 19 honAA: recipients that open with a verb (a clause, not a name) and honours with a person's title, from a
../hdump.py dump.  usage: python scan_recipients.py DUMP.jsonl"""
import json
import re
import sys

VERB = re.compile(r"^(?:完善|创新|推进|加强|深化|实施|开展|建立|健全|坚持|强化|推动|落实|优化|打造|构建|探索|提升|加快|积极|大力|全面|深入|持续|"
                  r"不断|着力|扎实|切实|统筹|围绕|聚焦|实行|推行|启动|组织|举办|发展|培育|做好|抓好|扩大|提高|稳步|加大|建设|整合|引进)")
PERSON = re.compile(r"(模范|好人|农民|人物|标兵|能手|工匠|劳模|劳动模范|楷模|院士|人才|英雄|最美|先进个人|优秀党员|工作者|教师|医生|道德|青年|巾帼|"
                    r"女性|人选|专家|名师|名医|企业家|学者)(?:榜|奖|称号)?$")
verb, person = set(), set()
for line in open(sys.argv[1]):
    d = json.loads(line)
    for h, r in d["h"]:
        if r and VERB.match(r):
            verb.add(d["r"])
            print("VERB  ", d["r"].split("/", 1)[1], "|", h, "|", r)
        if PERSON.search(h):
            person.add(d["r"])
            print("PERSON", d["r"].split("/", 1)[1], "|", h, "|", r)
print(len(verb), "reports with a verb-led recipient;", len(person), "with a person's title")
