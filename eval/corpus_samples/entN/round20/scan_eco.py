"""Round 20 (progBA): count, on a dump2.py file, lists closed by `等…工程` whose class word is ecological
(生态, 造林, 林业, 绿化, 防护林, 治理, 水利 …) and what each item came out as (program / project / nothing).

usage: python scan_eco.py DUMP.jsonl [all]   ("all": every `等…工程` list, not only ecological ones)
"""
import json
import re
import sys

ECO = r"(?:生态|造林|林业|绿化|营造林|防护林|国土绿化|生态保护|生态修复|生态建设|生态治理|水土保持|治沙|防沙治沙|重点生态|林业生态|生态环境)"
LIST = re.compile(r"(?P<items>(?:[^，。；：、等]{2,16}、)+[^，。；：、等]{2,16})等(?P<cls>[^，。；：、等]{0,8}?)(?:重点|重大|[一二三四五六七八九十]大)?工程")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
every = len(sys.argv) > 2
reps, n_items, miss = set(), 0, {}
for d in rows:
    for m in LIST.finditer(d["t"]):
        if not every and not re.search(ECO, m.group("cls")):
            continue
        reps.add(d["r"])
        print(d["r"], d["i"], "|", m.group(0))
        for it in m.group("items").split("、"):
            it = re.sub(r"^(?:实施|推进|加快|抓好|完成|开展|启动|建设|重点实施|继续实施|深入实施|大力实施|积极实施)", "", it)
            n_items += 1
            prog = [p for p in d["p"] if it.strip("“”") in p or p in it]
            proj = [p for p in d["j"] if it.strip("“”") in p or p in it]
            tag = "P" if prog else "J" if proj else "-"
            if tag != "P":
                miss.setdefault(d["r"], 0)
                miss[d["r"]] += 1
            print("   ", tag, it, prog or proj)
print(len(reps), "reports;", n_items, "items;", len(miss), "reports with an item not found as a program")
