"""Pool organization misses/inventions from OUT/<set>.explain.txt with a 30-char window from the set's text."""
import re, sys
from pathlib import Path
sys.path.insert(0, "/work/h/orgKA/eval")
import score_sets as S
av = S.sets_available()
out = Path(sys.argv[1])
for f in sorted(out.glob("*.explain.txt")):
    name = f.name.split(".")[0]
    texts = {t.name: t.read_text() for t in av[name][0]}
    cur = sec = None
    for line in f.read_text().splitlines():
        m = re.match(r"^== (\S+) → (\S+)", line)
        if m: cur, sec = m.group(2), None; continue
        if re.match(r"^  \w", line): sec = line.strip().rstrip(":"); continue
        m = re.match(r"^    ([-+]) (missed|invented): (.*)$", line)
        if m and sec == "organizations" and cur:
            t = texts.get(cur, ""); n = m.group(3); i = t.find(n)
            w = t[max(0, i - 30):i + len(n) + 30].replace("\n", " ") if i >= 0 else "?"
            print(name, cur, m.group(2), n, w, sep="\t")
