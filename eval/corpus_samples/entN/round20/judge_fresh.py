"""Round 20 (progBA): verdicts of every changed line of diff100_seed20031_fresh_main_vs_branch_final.txt (read by hand; the
default is y, the exceptions are listed with their reason)."""
import re
from pathlib import Path

HERE = Path(__file__).parent
HALF = {
    ("贵阳市/2007", "+", "二环林带"): "a city's ring of forest belts: dev4/dev5 (贵阳 2006, the same frame) list it neither as project nor program",
    ("贵阳市/2007", "+", "长江水源保护"): "a peer of the list: the city's protection of the Yangtze headwaters, programme or field",
    ("贵阳市/2007", "-", "长江水源保护"): "a peer of the list: programme or field, no project either way",
    ("安徽省/2025", "+", "长江防护林"): "加强长江防护林、公益林保护: the forests protected or the programme",
    ("福建省/2001", "+", "沿海防护林工程"): "沿海防护林工程体系: a system of works named after the programme",
}
rows, rep = [], ""
for line in open(HERE / "diff100_seed20031_fresh_main_vs_branch_final.txt", encoding="utf-8"):
    m = re.match(r"(\S+) (\d+) \| (.*)", line)
    if m:
        rep, sent = m.group(1), m.group(3)
        continue
    m = re.match(r"   ([-+]) ([PJ]) (.*)", line.rstrip("\n"))
    if not m:
        continue
    sign, kind, name = m.groups()
    key = next((k for k in HALF if k[0] in rep and k[1] == sign and k[2] == name), None)
    v, why = ("half", HALF[key]) if key else ("y", "a programme of the national list or its eco-list peer" if sign == "+"
                                              else "a programme or a glued pair, not a project")
    rows.append(f"{v}\t{sign}{kind}\t{name}\t{rep}\t{why}\t{sent[:120]}")
(HERE / "judged_fresh_seed20031_main_vs_branch.tsv").write_text(
    "verdict\tchange\tname\treport\twhy\tsentence\n" + "\n".join(rows) + "\n", encoding="utf-8")
