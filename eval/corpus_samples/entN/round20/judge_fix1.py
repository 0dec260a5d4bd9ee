"""Round 20 (progBA): write the verdicts of every changed line of diff200_seed2003_final.txt (read by hand; the default is y,
the exceptions are listed with their reason)."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
HALF = {
    ("内蒙古自治区/2000", "+", "天然林保护"): "大兴安岭天然林保护: the region's part of the programme, cut to the national name",
    ("贵州省/2003", "+", "天然林保护"): "加强植树造林和天然林保护: the programme or the activity",
    ("甘肃省/2009", "+", "天然林保护工程"): "天然林保护工程公益林建设120万亩: the programme's sub-task follows",
    ("宁夏回族自治区/2018", "+", "400毫米降雨量以上区域造林绿化"): "a regional afforestation programme named by its area, no proper name",
    ("青海省/2004", "+", "青海湖生态治理"): "a lake's ecological works: programme or project",
    ("青海省/2004", "-", "青海湖生态治理"): "a lake's ecological works: programme or project",
}
NO = {}
rows, rep, sent = [], "", ""
for line in open(HERE / "diff200_seed2003_final.txt", encoding="utf-8"):
    m = re.match(r"(\S+) (\d+) \| (.*)", line)
    if m:
        rep, sent = m.group(1), m.group(3)
        continue
    m = re.match(r"   ([-+]) ([PJ]) (.*)", line.rstrip("\n"))
    if not m:
        continue
    sign, kind, name = m.groups()
    key = next((k for k in HALF if k[0] in rep and k[1] == sign and k[2] == name), None)
    nkey = next((k for k in NO if k[0] in rep and k[1] == sign and k[2] == name), None)
    v, why = ("half", HALF[key]) if key else ("n", NO[nkey]) if nkey else ("y", "a programme of the national list or its eco-list peer" if sign == "+"
                                                                           else "a programme or a glued pair, not a project")
    rows.append(f"{v}\t{sign}{kind}\t{name}\t{rep}\t{why}\t{sent[:120]}")
out = HERE / "judged_fix1_diff200_seed2003.tsv"
out.write_text("verdict\tchange\tname\treport\twhy\tsentence\n" + "\n".join(rows) + "\n", encoding="utf-8")
c = {v: sum(r.startswith(v + "\t") for r in rows) for v in ("y", "half", "n")}
print(len(rows), c, file=sys.stderr)
