"""Round 25b (projLA): how the golds cut a road (…路/…街/…大街/…巷) right after a building verb, not in a list of roads.

usage: python gold_verb_road.py   (reads /work/shared/gold and eval/dev2 … dev28; never heldout*)
Each hit: set, file, verb, road, the clause end, and whether a gold project equals / contains the road.
"""
import glob
import json
import re
from pathlib import Path

VERB = r"(?:新建|改造|拓宽|拓宽改造|改扩建|扩建|续建|打通|贯通|延伸|建成|建设|提升改造|改造提升|维修|大修|硬化|黑化|修建|完成)"
ROAD = re.compile(VERB + r"(?P<road>[\u4e00-\u9fff]{1,6}?(?:大街|路|街|巷))(?P<tail>[^，。；、和及与等]{0,8})(?P<end>[，。；、和及与等])")
SETS = [("dev", "/work/shared/gold")] + [(f"dev{i}", f"eval/dev{i}") for i in range(2, 29) if i != 12]


def main() -> None:
    for name, d in SETS:
        for g in sorted(glob.glob(f"{d}/*.gold.json")):
            gold = json.loads(Path(g).read_text(encoding="utf-8"))
            stem = Path(g).name[:-len(".gold.json")]
            txt = (glob.glob(f"{d}/{stem}.txt") + glob.glob(f"{d}/excerpts/{stem}.txt") + glob.glob(f"/work/shared/reports/{stem}.txt"))
            if not txt:
                continue
            text = Path(txt[0]).read_text(encoding="utf-8")
            projs = gold.get("projects") or []
            for m in ROAD.finditer(text):
                road = m.group("road")
                if len(road) < 3 or road.endswith(("道路", "公路", "铁路", "思路", "之路", "出路", "门路", "网路", "线路", "路路", "街街")):
                    continue
                eq = road in projs
                cont = [p for p in projs if road in p and p != road]
                tag = "EQ" if eq else ("IN:" + "|".join(cont[:2]) if cont else "--")
                print(f"{name}\t{stem}\t{m.group(0)[:30]}\t{road}\t{tag}")


if __name__ == "__main__":
    main()
