"""Round 25 (indGA): which person or household nouns stand between a count of people and what they lacked (…问题/困难),
over all 2,941 corpus reports (reports with the head in that place), to choose kg/data/indicator_people_heads.txt.

    python eval/corpus_samples/ind25_right/scan_heads.py
"""
import re
from collections import Counter
from pathlib import Path

CORPUS = Path("/tmp/govkg-corpus/reports")
CANDIDATES = ["人口", "居民", "群众", "农民", "家庭", "村民", "牧民", "农牧民", "职工", "人员", "对象", "农户", "贫困户",
              "五保户", "住户", "学生", "儿童", "老人", "师生", "困难户", "低保户", "渔民", "移民", "人", "户", "群众的", "企业"]
SHAPE = re.compile(r"(?:解决|缓解)了?[^，。；、\d]{0,8}?\d+(?:\.\d+)?(?:多|余)?万?(?:户|名|人)?([\u4e00-\u9fff]{1,10}?)"
                   r"[\u4e00-\u9fff“”]{2,12}?(?:问题|困难)")
counts: Counter = Counter()
for p in sorted(CORPUS.glob("*/*/*.txt")):
    text = p.read_text(encoding="utf-8")
    seen = set()
    for m in SHAPE.finditer(text):
        span = m.group()
        for head in CANDIDATES:
            if re.search(r"\d(?:多|余)?万?(?:户|名)?[\u4e00-\u9fff]{0,6}?" + head + r"(?=[\u4e00-\u9fff“]{2,}(?:问题|困难))", span):
                seen.add(head)
    counts.update(seen)
for head in CANDIDATES:
    print(f"{head}\t{counts[head]}")
