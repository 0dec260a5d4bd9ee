"""Round 26b (indJA): counts before a thing whose head is an activity, campaign or works (活动, 行动, 工程: indicators'
COUNTED_VN) after a verb (27场招商|推介活动 -> 招商): after() stops at the verb.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind26b_short/scan_verb_activity.py SEED

Reuses scan_v_heads.py's draw (random.Random(SEED).sample of 200 corpus reports) and prints, for every count whose
phrase after() read is followed by a verb and then 活动/行动/工程 that closes the phrase, the report and the phrase.
"""
import importlib.util
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from kg.extract import indicators
from kg.extract.tokens import is_punctuation, pos
from kg.numbers import find_quantities

_spec = importlib.util.spec_from_file_location("scan_v_heads", Path(__file__).resolve().parent / "scan_v_heads.py")
scan = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scan)


def main() -> None:
    paths = random.Random(int(sys.argv[1])).sample(sorted(scan.CORPUS.glob("*/*/*.txt")), 200)
    seen: dict[str, list[str]] = defaultdict(list)
    for path in paths:
        rid = f"{path.parent.name}/{path.stem}"
        for sentence in re.split(r"[。；！？\n]", path.read_text(encoding="utf-8")):
            for q in find_quantities(sentence):
                surface = sentence[q.start:q.end]
                if not re.search(r"[个项场次批]$", surface):
                    continue
                suffix = sentence[q.end:]
                noun = indicators.after(suffix)
                if len(noun) < 2 or (at := suffix.find(noun)) < 0:
                    continue
                words = pos(suffix[at + len(noun):][:12])
                if len(words) < 2 or not words[0][1].startswith("v") or words[1][0] not in indicators.COUNTED_VN:
                    continue
                nxt = words[2][0] if len(words) > 2 else ""
                if nxt and nxt not in scan.ENDS and not is_punctuation(nxt):
                    continue
                seen[rid].append(f"{surface}{noun}【{words[0][0]}{words[1][0]}】")
    for rid, lines in seen.items():
        print(rid, "\t", " | ".join(lines))
    print("reports:", len(seen), "figures:", sum(map(len, seen.values())))


if __name__ == "__main__":
    main()
