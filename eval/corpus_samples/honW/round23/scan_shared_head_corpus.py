"""Round 23 honGA: the shared-head list frame before an honour trigger (永兴、竹马化工园区获…) on the raw text of every corpus report.

usage: python eval/corpus_samples/honW/round23/scan_shared_head_corpus.py   (prints the frames and the report count)
The items before the last must be bare (no head of their own) for the frame to count.
"""
import glob
import re

HEAD = (r"(?:高新技术产业开发区|经济技术开发区|高新区|经开区|开发区|工业园区|化工园区|产业园区|园区|产业园|港区|"
        r"集聚区|综合保税区|保税区|工业园|旅游度假区|度假区)")
FRAME = re.compile(rf"(?<=[，。；])((?:[一-龥]{{2,3}}、)+)([一-龥]{{2,3}}(?:[一-龥]{{0,8}}?){HEAD})(?=[^，。；]{{0,12}}?"
                   r"(?:获评|获批|获|入选|被评为|被认定为|被确定为|被列为|成为|晋升|列入|纳入|跻身|荣膺|创成|通过|步入|升级))")
n, reps = 0, set()
for f in sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt")):
    for m in FRAME.finditer(open(f, encoding="utf-8").read()):
        items = [x for x in m.group(1).split("、") if x]
        if any(re.search(HEAD + "$", x) or re.search(r"[区县市镇乡]$", x) and len(x) > 3 for x in items):
            continue
        n += 1
        reps.add(f)
        print(f.split("reports/")[1], m.group(0), sep="\t")
print(f"# {n} frames in {len(reps)} of 2,941 reports")
