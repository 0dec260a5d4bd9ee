"""Round 18d (honX): count three honour frames dev19's README lists as not read, on the 200 corpus reports of a seed
(drawn as ../../entN/round15/dump.py draws them, imported), and whether the extractor read a title in that sentence
(from a ../hdump.py dump of the same seed).

A: the awarder as subject: `中国气象学会授予“中国花海洞天避暑福地”称号`, `国家体育总局授予我市…称号` (active 授予 … 称号, no 被 before).
B: approved by a body as a designation: `被国务院批准设立为…综合试验区`, `经国务院批准设立…`, `被…批准为…`.
C: a list item after a comma: `荣获A、B，C` (a clause with no verb right after an honour clause, ending in a title head).

usage: PYTHONPATH=$PWD python scan_frames.py SEED DUMP.jsonl
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "entN" / "round15"))
from dump import CORPUS, draw  # noqa: E402

A = re.compile(r"(?<!被)(?P<g>[^，。；、被]{2,24}?)(?:正式|联合|共同)?授予(?P<o>[^，。；]{0,30}?)称号")
B = re.compile(r"(?:被|经)[^，。；]{1,16}?批准(?:设立|成立|建设)?(?:为|成为)[^，。；]{4,40}")
HEAD = r"(?:城市|市|县|区|示范区|试验区|试点|基地|单位|集体|示范县|示范市|园区|景区|企业|之乡|之都)"
C = re.compile(rf"(?:荣获|获评|被评为|被命名为|获得|入选|获批)[^，。；]{{4,40}}、[^，。；]{{4,40}}，(?P<c>[^，。；、]{{4,30}}{HEAD}[”]?)(?:称号|等)?[，。；]")
VERB = re.compile(r"荣获|获评|被评为|获得|入选|获批|成为|建设|推进|实施|开展|完成|实现|加快|打造|创建|获")

seed, dump = int(sys.argv[1]), sys.argv[2]
rows = [json.loads(x) for x in open(dump, encoding="utf-8")]
by_report = {}
for r in rows:
    by_report.setdefault(r["r"], []).append(r)


def read_in(rel, sent):
    """the honours the dump has for the sentence holding sent (None when no dump line holds it)"""
    for r in by_report.get(rel, []):
        if sent in r["t"]:
            return r["h"]
    return None


counts = {k: [set(), set()] for k in "ABC"}
for f in draw(seed, 200):
    rel = f[len(CORPUS) + 1:]
    text = Path(f).read_text(encoding="utf-8", errors="ignore").replace("\n", "")
    for sent in re.split(r"(?<=[。；！])", text):
        for k, rx in (("A", A), ("B", B), ("C", C)):
            for m in rx.finditer(sent):
                if k == "A" and (re.search(r"被|我(?:市|县|区)政府|市委|市政府|县委|县政府|区委|区政府", m.group("g"))):
                    continue  # 被…授予 is read already; the city's own awards go to others
                if k == "C" and VERB.search(m.group("c")):
                    continue
                h = read_in(rel, m.group(0)[:12])
                counts[k][0].add(rel)
                got = h and any(any(t[:4] in m.group(0) for t in [x[0]]) for x in h)
                if not got:
                    counts[k][1].add(rel)
                print(k, rel.split("/")[1] + rel[-8:-4], "READ" if got else "MISS", m.group(0)[:70], "|", h)
for k, (occ, miss) in counts.items():
    print(f"frame {k}: in {len(occ)} of 200 reports; a title there not read in {len(miss)}")
