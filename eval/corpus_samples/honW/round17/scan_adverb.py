"""Round 17 (honQ) scan: an adverb of frequency or manner right before an honor trigger, with no subject before it in the
clause (再度荣获, 三度蝉联, 两度荣获, 七获全国文明城市, 高分蝉联, 收获…殊荣; after a subject too: 禾丰牧业再度入选): the extractor reads the adverb (or 收 of 收获)
as the recipient. Counts reports of an hdump.py file where the clause has it, and how the extractor reads them.
usage: python scan_adverb.py DUMP.jsonl"""
import json
import re
import sys

ADV = re.compile(r"((?:(?<![一-龥])|(?<=[一-龥]{2}))(?:[再两二三四五六七八九十]|[0-9]+)度|高分|高票)(?:连续|接连|成功)?"
                 r"(?:荣获|获评|获得|获|蝉联|入选|被评为|评为|跻身|摘得|捧得|夺得)"
                 r"|(?:^|(?<=[，；。]))([二三四五六七八九十]获|收(?=获))")
rep, rows = set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    for m in ADV.finditer(d["t"]):
        rep.add(d["r"])
        adv = m.group(1) or m.group(2)
        got = [r for h, r in d["h"] if r and (adv.endswith(r) or r in adv or r.endswith(adv[:2]))]
        rows.append((d["r"].split("/")[1] + d["r"][-8:-4], d["t"][max(0, m.start() - 6):m.end() + 4], "adverb read as recipient" if got else "-"))
print(len(rep), "reports", len(rows), "clauses")
for r in rows:
    print(*r, sep="\t")
