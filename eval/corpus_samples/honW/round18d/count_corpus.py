"""Round 18d (honX): raw-text counts (regex only, no extractor) over all 2,941 corpus reports of the frames checked on the
200 (seed 1821): A awarder as subject (`…学会授予“…”称号`, `…授予我市…称号`, `国家确定我市为…`), B approved as a designation by a
body (`被国务院批准设立为…`, `经国务院批准，成为…`), C a scoped title clause with no verb right after an honour list
(`荣获A、B，全国“七五”普法中期先进城市`), D a title with 创建 inside (`全国创建幸福家庭活动示范市`), E an upgrade (升级为/升格为 a
scoped grade or zone; 晋升为 is a trigger already).

usage: python count_corpus.py
"""
import glob
import re

A = re.compile(r"(?:学会|协会|联合会|委员会|[部委局厅署]|国务院|国家|中心|研究会|组委会)(?:正式|联合|共同)?(?:授予(?:我市|我县|我区|我州|我省)?[^，。；]{0,30}称号|"
               r"(?:确定|命名|认定)(?:我市|我县|我区|我州|我省)为)")
B = re.compile(r"(?:被|经)(?:国务院|国家[^，。；]{0,8}|[^，。；]{1,8}[部委局])(?:正式)?批准(?:设立|成立)?(?:为|，?成为)(?:全国|国家|中国|首批|第)")
C = re.compile(r"(?:荣获|获评|被评为|被命名为)[^，。；]{4,40}、[^，。；]{4,40}，(?:全国|国家|中国)[^，。；、]{2,24}"
               r"(?:城市|市|县|区|示范区|单位|集体|先进城市|之乡)[”]?[，。；]")
D = re.compile(r"(?:荣获|获评|被评为|入选|成为|获得)(?:全国|国家|全省|中国)[^，。；、]{0,14}创建[^，。；、]{2,12}?(?:活动|工作)?"
               r"(?:示范|先进|试点|突出)[^，。；、]{0,4}(?:市|县|城市|单位)")
E = re.compile(r"(?<!争取)(?<!推动)(?<!力争)(?<!推进)(?:升级为|升格为)(?:国家|省|自治区)[^，。；]{0,4}级?[^，。；]{0,14}?(?:区|园|景区|度假区|保护区|公园)")
files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
n = {k: 0 for k in "ABCDE"}
for f in files:
    t = open(f, encoding="utf-8", errors="ignore").read().replace("\n", "")
    for k, rx in zip("ABCDE", (A, B, C, D, E)):
        n[k] += bool(rx.search(t))
print(f"{len(files)} reports; with the frame: " + ", ".join(f"{k} {v}" for k, v in n.items()))
