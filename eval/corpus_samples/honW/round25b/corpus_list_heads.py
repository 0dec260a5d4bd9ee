"""Round 25b honLA: the heads of counted lists before an honour trigger over the whole corpus (`A、B(等)3个特色小镇获评…`),
with the number of reports each ends a list in; the source of kg/data/round25b_list_name_heads.txt.

usage: python eval/corpus_samples/honW/round25b/corpus_list_heads.py > corpus_list_heads.txt
"""
import collections
import glob
import re

TRIG = r"(?:获评|荣获|被评为|入选|获批|成功创建|创成|列入|纳入|晋升为|被认定为|被命名为|入围|获得|获)"
PAT = re.compile(rf"[一-龥“”]{{2,14}}(?:、[一-龥“”]{{2,14}})*等?(?:[0-9]+|[两二三四五六七八九十])[个处家座所条项]([一-龥]{{2,8}}?){TRIG}")
per = collections.defaultdict(set)
for f in glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"):
    text = open(f, encoding="utf-8").read()
    for m in PAT.finditer(text):
        head = m.group(1)
        for k in (2, 3, 4):
            if len(head) >= k:
                per[head[-k:]].add(f)
for h, fs in sorted(per.items(), key=lambda x: -len(x[1])):
    if len(fs) >= 5:
        print(f"{len(fs)}\t{h}")
