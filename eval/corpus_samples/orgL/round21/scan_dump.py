"""Round 21 orgDA: scan_raw.py's frames on a dump.py organization file, each hit marked found (F) or unfound (-).

usage: python eval/corpus_samples/orgL/round21/scan_dump.py DUMP.jsonl [FRAME ...]
A hit is found when a found organization of that sentence equals, holds or sits inside the matched name.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("scan_raw", Path(__file__).resolve().parent / "scan_raw.py")
scan_raw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scan_raw)


def main() -> None:
    dump = sys.argv[1]
    frames = sys.argv[2:] or list(scan_raw.FRAMES)
    hits: dict[str, list[tuple[str, str, bool, str]]] = {k: [] for k in frames}
    for line in open(dump, encoding="utf-8"):
        d = json.loads(line)
        for k in frames:
            for m in scan_raw.FRAMES[k].finditer(d["t"]):
                name = m.group(1) or m.group(2)
                ok = any(p in name or name in p for p in d["p"])
                hits[k].append((d["r"], name, ok, d["t"][max(0, m.start() - 15):m.end() + 10]))
    for k, hs in hits.items():
        un = [h for h in hs if not h[2]]
        print(f"== {k}: {len(hs)} occurrences in {len({h[0] for h in hs})} reports; "
              f"unfound {len(un)} in {len({h[0] for h in un})} reports")
        for r, name, ok, ctx in hs:
            print(f"  {'F' if ok else '-'}\t{r}\t{name}\t{ctx}")


if __name__ == "__main__":
    main()
