"""Sentences of N corpus reports (seed) with a weak/strong trigger followed by a ministry or central-finance scope; what the extractor reads."""
import glob
import random
import re
import sys

from kg.extract.entities.api import _analyse

files = sorted(glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"))
seed = int(sys.argv[1]); n = int(sys.argv[2])
SC = r"(?:中央财政|财政部|水利部|交通运输部|生态环境部|自然资源部|民政部|人社部|人力资源和社会保障部|工业和信息化部|工信部|国家发改委|国家发展改革委|文化部|国务院(?:办公厅)?|农业农村部|商务部|科技部|教育部|住建部|住房和城乡建设部|文化和旅游部|文旅部|国家卫健委|国家卫生健康委|应急管理部|公安部|司法部|国家林草局|国家林业和草原局|国家市场监管总局|市场监管总局|国家体育总局|国家乡村振兴局|国家文物局|国家能源局|国家税务总局|人民银行|中国人民银行|国家中医药管理局|国家医保局|国家数据局|国家知识产权局|工业和信息化部|中宣部|中组部|全国总工会|共青团中央|全国妇联|国家邮政局|国家电网)"
TR = r"(?:获批|列入|纳入|成为|入选|入围|获评|荣获|获|被评为|被确定为|被列为|确定为|列为|认定为|被认定为|命名为|被命名为)(?:为)?"
pat = re.compile(rf"{TR}(?:全国|全省|国家)?(?:首批|第[一二三四五六七八九十0-9]+批)?{SC}")
sample = sorted(random.Random(seed).sample(files, n)) if n < len(files) else files
for f in sample:
    t = open(f, encoding="utf-8", errors="ignore").read()
    for s in re.findall(r"[^。！？\n]*[。！？]?", t):
        m = pat.search(s)
        if not m:
            continue
        _, h = _analyse(s)
        print("\t".join([f.split("reports/")[1], s[max(0, m.start()-40):m.end()+40], " | ".join(f"{x.honor}→{x.recipient}" for x in h)]))
