"""Round 14b step 3: how often the extractor already reads each kept candidate as (part of) a program.

For each candidate of keep.txt: sentences (split at 。！？；) naming it, one per report, at most N reports drawn with a
fixed seed; each sentence is extracted alone (tests.test_entities.extract) and counts as found when some program name
contains the candidate (without quotes).  Prints candidate, sentences, found, share, and one missed sentence.
Usage: PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/entN/round14b/check.py [N=15] [seed=1414]
"""
import glob
import random
import re
import sys
from pathlib import Path

from tests.test_entities import extract

HERE = Path(__file__).parent
N = int(sys.argv[1]) if len(sys.argv) > 1 else 15
SEED = int(sys.argv[2]) if len(sys.argv) > 2 else 1414


def main() -> None:
    keep = [line.split("\t")[0] for line in (HERE / "keep.txt").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    files = sorted(glob.glob("/tmp/govkg-corpus/reports/**/*.txt", recursive=True))
    texts = [Path(f).read_text(encoding="utf-8", errors="replace") for f in files]
    rng = random.Random(SEED)
    print("candidate\tsentences\tfound\tshare\tmissed_example")
    for cand in keep:
        having = [t for t in texts if cand in t]
        rng.shuffle(having)
        n = found = 0
        missed = ""
        for t in having[:N]:
            i = t.index(cand)
            a = max(t.rfind(c, 0, i) for c in "。！？；\n") + 1
            ends = [j for j in (t.find(c, i) for c in "。！？；\n") if j >= 0]
            sent = t[a:min(ends) + 1 if ends else len(t)].strip()
            if len(sent) > 300:
                sent = sent[max(0, i - a - 120):i - a + 150]
            names = {re.sub("[“”]", "", p) for p in extract(sent)["programs"]}
            n += 1
            if any(cand.replace("“", "") in p for p in names):
                found += 1
            elif not missed:
                missed = sent[:160]
        print(f"{cand}\t{n}\t{found}\t{found / n if n else 0:.2f}\t{missed}", flush=True)


if __name__ == "__main__":
    main()
