"""Round 17 (projQ): count reports / names of candidate wrong-project causes on a dump.py file (kind project).
usage: python scan17.py DUMP.jsonl [SHOW=30]
  sector_list : the project is an item of a list closed by 等 + (≤10 chars) + 产业/领域/行业/方面/类 + (≤8 chars) + 项目
  center_role : a city's role named as a kind of centre (国际科技创新中心, 区域性物流中心, 全国性综合交通枢纽)
  kind_in_count_list : the item of a list closed by 等项目N个 / 等N个项目 / 等N类项目 with no capital-name character
"""
import json, re, sys
from collections import defaultdict
SHOW = int(sys.argv[2]) if len(sys.argv) > 2 else 30
hits = defaultdict(lambda: defaultdict(list))
SEP = r"[、，,和及与]"
def after_list(t, p):
    """text after the list the name p is an item of (from p to the first 等 not crossing ，。；)"""
    out = []
    for m in re.finditer(re.escape(p), t):
        rest = t[m.end():]
        k = re.match(r"(?:[、和及与][^，。；;：:等]{1,20}){0,12}?等", rest)
        if (rest.startswith("等") or k) and (m.start() == 0 or t[m.start()-1] in "、和及与，,：:“”\"实施推进建设加快开工抓好完成" or True):
            out.append(rest[(k.end() if k else 1):])
    return out
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    for p in d["p"]:
        for rest in after_list(t, p):
            if re.match(r"[^，。；;]{0,10}?(?:产业|领域|行业|方面|类)[^，。；;]{0,8}?项目", rest):
                hits["sector_list"][d["r"]].append((p, t)); break
            if re.match(r"(?:项目[0-9一二三四五六七八九十百余多]+[个项]|[0-9一二三四五六七八九十百余多]+[个类项][^，。；;]{0,8}?项目)", rest):
                hits["kind_in_count_list"][d["r"]].append((p, t)); break
        if re.search(r"(?:国际|区域性?|全国性?|全球|国家)[\u4e00-\u9fff]{0,8}(?:中心|枢纽|高地|基地)$", p) and \
                re.search(r"(?:建设|打造|建成|共建|成为)" + re.escape(p), t):
            hits["center_role"][d["r"]].append((p, t))
for k in ("sector_list", "kind_in_count_list", "center_role"):
    n = sum(len(v) for v in hits[k].values())
    print(f"== {k}: {len(hits[k])} reports, {n} names")
    shown = 0
    for r, v in sorted(hits[k].items()):
        for p, t in v[:3]:
            if shown < SHOW:
                m = t.find(p); print(f"  {p}\t{t[max(0,m-25):m+len(p)+35]}"); shown += 1
