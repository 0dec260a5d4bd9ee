"""Round 21b honEA: honour misses and inventions of `kg eval --explain` on dev13 … dev24 and the official gold.

usage: PYTHONPATH=$PWD python eval/corpus_samples/honW/round21b/collect_explain.py BUILD_ROOT [SETS...]
BUILD_ROOT holds one build folder per set (evalall.sh's /tmp/evout…); prints "set<TAB>file<TAB>line" for each honour line.
"""
import subprocess
import sys

root = sys.argv[1]
sets = sys.argv[2:] or ["dev"] + [f"dev{i}" for i in range(13, 25)]
for s in sets:
    gold = "/work/shared/gold" if s == "dev" else f"eval/{s}"
    out = subprocess.run([sys.executable, "-m", "kg", "eval", gold, "-g", f"{root}/{s}", "--explain"],
                         capture_output=True, text=True).stdout
    cur, inhon = "", False
    for line in out.splitlines():
        if line.startswith("== "):
            cur, inhon = line.split()[1], False
        elif line.startswith("  ") and not line.startswith("    "):
            inhon = line.strip() == "honors:"
        elif inhon and line.startswith("    "):
            print(f"{s}\t{cur}\t{line.strip()}")
