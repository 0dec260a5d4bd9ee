"""Round 15b orgL2: schools and hospitals (facility heads) as the subject of 落户/入驻/揭牌/挂牌/启动运营/开学/招生 on the 200
reports of seed 1513, with the kind the dump gives them. usage: count_settled.py DUMP.tsv [SEED]"""
import re
import sys

sys.path.insert(0, __file__.rsplit("/", 2)[0])  # ../dump.py
from dump import sample  # noqa: E402

H = "\u4e00-\u9fff"
SETTLED = re.compile(rf"(?P<name>[{H}（）]{{2,20}}?(?:大学|学院|医院|分院|分校|学校))(?:等[^，。]{{0,6}})?(?:相继|先后|正式|成功|顺利|已)?"
                     r"(?P<verb>落户|入驻|揭牌|挂牌|启动运营|开学|招生|开诊|开业|运营|成立)")
found = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tag, k, n = line.rstrip("\n").split("\t")
    found.setdefault(tag, {}).setdefault(n, set()).add(k)
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1513
reps = {}
for f in sample(seed):
    tag = "/".join(f.split("/")[-3:])
    text = open(f, encoding="utf-8", errors="ignore").read()
    for m in SETTLED.finditer(text):
        kinds = {n: k for n, k in found.get(tag, {}).items() if m.group("name").endswith(n) and len(n) >= 4}
        reps.setdefault(m.group("verb"), set()).add(tag)
        print(tag, "|", m.group(0), "|", kinds)
for v, r in reps.items():
    print(v, len(r))
