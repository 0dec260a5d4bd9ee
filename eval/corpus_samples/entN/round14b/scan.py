"""Round 14b: corpus-frequency candidates for kg/data/programs.txt (issue #4).

Counts over every corpus report (/tmp/govkg-corpus/reports/**/*.txt, 2,999 files), each string once per report:
  (a) quoted: “X” with X of 2-12 characters;
  (b) unquoted: the object of a program verb (实施 推进 深化 落实 开展 推行 坚持 实行 推广 执行 打好 打赢 推动),
      read as the whole stretch from the verb to the next punctuation mark or quote/bracket (，。；、：！？（）“”《》 space),
      of 2-12 characters, with no quote inside; a leading 好/了/全面/深入/持续/扎实/大力/积极/加快/稳步 is dropped
      (推进 全面深化改革 → 深化改革 is read as it stands; the modifier words are listed in LEAD).
Candidates: quoted in >= 40 reports, unquoted objects in >= 80 reports; names already in programs.txt are marked.
Usage: python eval/corpus_samples/entN/round14b/scan.py > eval/corpus_samples/entN/round14b/candidates.tsv
"""
import collections
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
CORPUS = "/tmp/govkg-corpus/reports"
QUOTED = re.compile(r"“([^“”\n]{2,12})”")
VERB = re.compile(r"(?:实施|推进|深化|落实|开展|推行|坚持|实行|推广|执行|打好|打赢|推动)")
STOP = re.compile(r"[，。；、：！？（）()“”《》\s,;:!?]")
LEAD = re.compile(r"^(?:好|了|全面|深入|持续|扎实|大力|积极|加快|稳步|纵深)+")


def main() -> None:
    files = sorted(glob.glob(f"{CORPUS}/**/*.txt", recursive=True))
    quoted: collections.Counter = collections.Counter()
    objects: collections.Counter = collections.Counter()
    for f in files:
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        quoted.update(set(QUOTED.findall(text)))
        seen = set()
        for m in VERB.finditer(text):
            stop = STOP.search(text, m.end(), m.end() + 40)
            if not stop:
                continue
            obj = LEAD.sub("", text[m.end():stop.start()])
            if 2 <= len(obj) <= 12 and text[stop.start()] not in "“《（(":
                seen.add(obj)
        objects.update(seen)
    known = {line.strip() for line in (ROOT / "kg/data/programs.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    print(f"# {len(files)} reports", file=sys.stderr)
    print("side\tcandidate\treports\tin_programs_txt")
    for side, counter, floor in (("quoted", quoted, 40), ("unquoted", objects, 80)):
        for name, n in counter.most_common():
            if n < floor:
                break
            print(f"{side}\t{name}\t{n}\t{'yes' if name in known else 'no'}")


if __name__ == "__main__":
    main()
