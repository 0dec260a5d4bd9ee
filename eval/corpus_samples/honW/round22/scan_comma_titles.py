"""Round 22 honFA: a title list that goes on after a comma (成为全国文明城市，未成年人思想道德建设工作先进城市，无障碍建设示范市).

usage: python eval/corpus_samples/honW/round22/scan_comma_titles.py HON_DUMP.jsonl
HON_DUMP: ../hdump.py output. For each honour found, the comma chunks right after its title that read as one more title (no verb,
a scope word, a designation head) and were not found: the candidates a comma-continued list leaves out.
"""
import json
import re
import sys

HEAD = re.compile(r"(?:城市|[市县区州]|示范区|试验区|先行区|实验区|示范基地|基地|先进单位|先进集体|示范单位|试点|称号|奖|小镇|名镇|名村|"
                  r"示范村|景区|园区|企业|品牌|之一|案例)[”’]?$")
SCOPE = re.compile(r"^(?:全国|国家|全省|省级?|中国|世界|全球|自治区|首批|第[一二三四五六七八九十\d]+批|“)")
VERB = re.compile(r"获|评|入选|入围|成为|列入|纳入|认定|命名|授予|建成|实施|开展|推进|完成|实现|达到|增长|提高|下降|启动|举办|召开|"
                  r"引进|新增|打造|创建|创成|[0-9０-９]")
reports, lines = set(), 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t, found = d["t"], {h for h, _ in d["h"]}
    for h, r in d["h"]:
        raw = re.sub(r"[“”]", "", t)
        i = raw.find(h)
        if i < 0:
            continue
        rest = raw[i + len(h):]
        if not rest.startswith("，"):
            continue
        for chunk in rest[1:].split("，")[:4]:
            chunk = re.split(r"[。；]", chunk)[0]
            if not (4 <= len(chunk) <= 30) or VERB.search(chunk) or not HEAD.search(chunk) or not SCOPE.search(chunk):
                break
            if chunk not in found:
                lines += 1
                reports.add(d["r"])
                print(f"{d['r']}\t{h}\t{r}\t{chunk}\t{t[max(0, t.find(chunk) - 60):t.find(chunk) + len(chunk) + 5]}")
        break
print(f"== {lines} candidate titles after a comma in {len(reports)} reports")
