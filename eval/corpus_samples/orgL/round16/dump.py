"""Round 15 orgL: organizations and projects the extractor finds on 200 random corpus reports.
usage: PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/orgL/dump.py OUT.tsv [SEED=1503]
The 200: random.seed(SEED); random.sample(sorted corpus paths, 200).  Lines: report\tkind (p/o)\tname."""
import glob
import random
import sys

try:
    from tests.test_entities import extract
except ImportError:  # count.py imports sample() only
    extract = None

CORPUS = "/tmp/govkg-corpus/reports"


def sample(seed: int) -> list[str]:
    files = sorted(glob.glob(CORPUS + "/**/*.txt", recursive=True))
    random.seed(seed)
    return random.sample(files, 200)


def main() -> None:
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1602
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for f in sample(seed):
            text = open(f, encoding="utf-8", errors="ignore").read()
            r = extract(text)
            tag = "/".join(f.split("/")[-3:])
            for k in ("projects", "organizations"):
                for n in sorted(r[k]):
                    out.write(f"{tag}\t{k[0]}\t{n}\n")


if __name__ == "__main__":
    main()
