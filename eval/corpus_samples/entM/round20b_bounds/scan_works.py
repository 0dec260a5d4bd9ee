"""Round 20b projCA: raw-text count of the works words the lexicon lacked, written right after a named work (seed 2011).

usage: python scan_works.py DUMP.jsonl.text-or-dump [-v]
A hit: a works word (技改, 扩能, 改线, 重建, 异地新建, …) right after a name ending in a works head or a company/place name
(the found project names of the sentence, or 4+ Han characters that end in a head of entity_heads.txt).
"""
import json
import re
import sys

WORDS = r"(?:易地技改|搬迁技改|技改|扩能升级|扩能|改线|重建|异地新建|易地新建|异地建设|易地建设)"
HEAD = (r"(?:大桥|桥|路|大道|街|公路|高速|铁路|国道|省道|航道|机场|港|码头|水库|公园|广场|医院|学校|中学|小学|体育馆|场馆|"
        r"中心|厂|站|段|线|馆|园|区|楼|所|院|基地|公司|集团|科技|股份)")
NAME = re.compile(r"([\u4e00-\u9fff0-9]{2,20}?" + HEAD + r")" + WORDS + r"(?:项目|工程)?")
GENERIC = re.compile(r"^(?:企业|工业|灾后|重点|实施|推进|加快|完成|开展|推动|全面|支持|鼓励|大力|积极|一批|新建|改造)")


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    hits = []
    for r in rows:
        for m in NAME.finditer(r["t"]):
            name = m.group(1)
            for cut in ("实施", "推进", "加快", "完成", "开工建设", "建设", "开工", "启动", "推动", "支持", "、", "和", "及"):
                name = name.split(cut)[-1]
            if len(name) >= 3 and not GENERIC.match(name):
                hits.append((r["r"], name, m.group(0)))
    reps = {h[0] for h in hits}
    print(f"works word after a named work: {len(hits)} in {len(reps)} of {len({r['r'] for r in rows})} reports")
    if "-v" in sys.argv:
        for h in hits:
            print("   ", *h)


if __name__ == "__main__":
    main()
