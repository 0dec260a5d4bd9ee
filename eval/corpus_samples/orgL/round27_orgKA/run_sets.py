"""Build each studied set into OUT/<set>, eval with --explain, print score_sets-style lines."""
import re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
sys.path.insert(0, str(Path.cwd() / "eval"))
import score_sets as S
out = Path(sys.argv[1]); sets = sys.argv[2:]
av = S.sets_available()
def one(name):
    texts, golds = av[name]
    b = out / name; b.mkdir(parents=True, exist_ok=True)
    r = subprocess.run([*S.KG, "build", *map(str, texts), "-o", str(b)], capture_output=True, text=True, env=S.ENV)
    if r.returncode: return name, {"error": r.stderr[-300:]}
    res = subprocess.run([*S.KG, "eval", *map(str, golds), "-g", str(b), "--explain"], capture_output=True, text=True, env=S.ENV)
    text = res.stdout + res.stderr
    (out / f"{name}.explain.txt").write_text(text)
    block = text.split("== average", 1)[-1]
    row = {}
    for label, short in S.COLUMNS:
        m = re.search(rf"^{label}\s+(.*)$", block, re.M)
        if m:
            f = m.group(1).split(); row[short] = f[-1] if short != "meta" else f[0]
    return name, row
with ThreadPoolExecutor(2) as p: rows = list(p.map(one, sets))
shorts = [s for _, s in S.COLUMNS]
print("set".ljust(12) + "".join(s.rjust(7) for s in shorts))
for name, row in rows:
    print(name.ljust(12) + ("  " + row["error"] if "error" in row else "".join(row.get(s, "-").rjust(7) for s in shorts)))
