"""Round 20 honBA: count the brief's honour causes on the 200 reports (seed 2007), with what the extractor found.
usage: python scan_causes.py SENTENCES.jsonl DUMP.jsonl   (sentences.py output; ../hdump.py output)
(a) 列入/纳入/列为 + a scoped plan (规划/纲要) — split by the subject: the reporting unit or a place (an honour for dev21)
    or works, projects, industries (no honour); (a2) the same + a named list (名单/名录/目录) or a designation;
(b) 被 + an agent + 推荐为/认定为/确定为/评为/命名为/授予/列为/批准为…; (c) 列入/纳入 + an agreement (协议/框架/备忘录)."""
import collections
import json
import re
import sys

S = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
H = {(d["r"], d["i"]): d["h"] for d in map(json.loads, open(sys.argv[2], encoding="utf-8"))}
VERB = r"(?:被|已|先后|相继|成功|还|又|均|分别)?(?:列入|纳入|列为)(?:了)?"
SCOPE = r"(?:国家|全国|中国|国务院|中央|省|全省|自治区|[一-龥]{2,4}省)"
PLAN = re.compile(VERB + r"(" + SCOPE + r"[^，。；：]{2,40}?(?:规划纲要|规划|纲要))(?=[，。；、和及]|$|后|中|范围)")
LIST = re.compile(VERB + r"(" + SCOPE + r"[^，。；：]{2,40}?(?:名单|名录|目录|试点[^，。；、]{0,4}|示范[^，。；、]{0,4}|基地|行列))(?=[，。；、和及]|$)")
AGENT = re.compile(r"被(?!评为|命名为|确定为|认定为|列为|授予|列入|纳入|表彰为|誉为|批准为|确认为|评定为|推荐为)([^，。；]{1,20}?)"
                   r"(推荐为|认定为|确定为|评为|命名为|列为|授予|批准为|表彰为|誉为|评选为|选为)")
AGREE = re.compile(r"(?:列入|纳入)[^，。；]{0,30}?(?:协议|框架|备忘录|合作事项)")
WORK = re.compile(r"(?:项目|工程|铁路|高速|公路|通道|机场|港|线|电站|设施|装置|产业|基地|园区?|开发|建设|改造|治理|保护|线路|管网|水库|枢纽)$")
PLACE_SUBJ = re.compile(r"(?:我市|我省|我区|我州|我县|全市|全省|本市|[一-龥]{1,6}(?:市|县|区|州|省|盟|旗))$")


def subject(t, at):
    head = re.split(r"[，。；：]", t[:at])[-1]
    head = re.sub(r"(?:被|已|先后|相继|成功|还|又|均|分别|继|去年|今年|也)+$", "", head)
    return head


out = collections.defaultdict(list)
for s in S:
    t, key = s["t"], (s["r"], s["i"])
    found = H.get(key, [])
    for name, rx in (("a_plan", PLAN), ("a_list", LIST), ("c_agreement", AGREE)):
        for m in rx.finditer(t):
            subj = subject(t, m.start())
            kind = "work" if WORK.search(subj) else "place" if (PLACE_SUBJ.search(subj) or subj == "") else "other"
            title = m.group(1) if m.groups() else m.group(0)
            got = any(title.replace("“", "").replace("”", "")[-6:] in h[0] for h in found)
            out[name].append((s["r"], kind, got, subj[-14:], t[m.start():m.end()], found))
    for m in AGENT.finditer(t):
        got = bool(found) and any(h[0][-4:] in t[m.end():m.end() + 40].replace("“", "").replace("”", "") for h in found)
        out["b_agent"].append((s["r"], m.group(2), got, m.group(1), t[max(0, m.start() - 12):m.end() + 25], found))

for name, rows in out.items():
    reps = {r[0] for r in rows}
    print(f"== {name}: {len(rows)} lines in {len(reps)} reports")
    by = collections.Counter((r[1], r[2]) for r in rows)
    for (k, g), c in sorted(by.items(), key=str):
        print(f"   subject/verb={k} found={g}: {c} lines, {len({r[0] for r in rows if r[1] == k and r[2] == g})} reports")
    for r in rows:
        print("   ", "FOUND" if r[2] else "miss ", r[1], r[0].split("/")[1], r[0][-8:-4], "|", r[3], "|", r[4], "|", r[5])
