"""Round 26b honNA: how many corpus reports write a trigger + a scoped designation cluster (the frame of the fix), all and
with a weak trigger (列入, 纳入, 入围, 成为: the part the fix reads), over the 2,941 reports or the 200 of a seed.
usage: PYTHONPATH=$PWD python count_frame_corpus.py [SEED N]"""
import glob
import random
import re
import sys

from kg.extract.entities.round26b_honors import DESIGNATION_CLUSTER

files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
if len(sys.argv) > 2:
    files = sorted(random.Random(int(sys.argv[1])).sample(files, int(sys.argv[2])))
ANY = re.compile(r"(?:入选|列入|纳入|入围|成为|获批|获评|认定为|评为)(?:全国|国家|省|全省|自治区|[一-龥]{2,3})[^，。；]{0,24}?集群")
WEAK = re.compile(r"(?:列入|纳入|入围|成为)([^，。；]{2,34}?集群(?:建设)?(?:试点)?)")
n_any = n_weak = 0
for f in files:
    t = re.sub(r"[“”\s]", "", open(f, encoding="utf-8", errors="ignore").read())
    frames = [m for m in ANY.finditer(t) if DESIGNATION_CLUSTER.search(m.group(0))]
    weak = [m for m in WEAK.finditer(t) if DESIGNATION_CLUSTER.search(m.group(1))]
    n_any += bool(frames)
    n_weak += bool(weak)
print(f"reports: {len(files)}; with a trigger + designation cluster: {n_any}; with a weak trigger (列入/纳入/入围/成为): {n_weak}")
