"""Round 23 honGA: how the gold files cut a place written before an honour's recipient (金林区丰茂林场, 市开发区飞豹物流).

For each gold honour whose recipient is no admin unit: "kept" when the recipient starts with a place (…区/县/市/旗/镇/乡/街道),
"dropped" when the text writes a place right before it. Prints the recipient's last two characters (its kind) to group.
usage: python eval/corpus_samples/honW/round23/gold_place_prefix.py  (official gold + eval/dev2 … dev25; never the blind sets)
"""
import glob
import json
import os
import re

PLACE = r"[一-龥]{1,6}?(?:自治县|自治州|新区|开发区|高新区|经开区|区|县|市|旗|镇|乡|街道)"
ADMIN_END = re.compile(r"(?:区|县|市|旗|镇|乡|街道|州|盟|省|村|社区|嘎查)$")
files = []
for t in glob.glob("/work/shared/gold/excerpts/*.txt"):
    b = os.path.basename(t)[:-4]
    for g in (f"/work/shared/gold/{b}.json", f"/work/shared/gold/{b.replace('_excerpt', '')}.json"):
        if os.path.exists(g):
            files.append((g, t))
for i in range(2, 26):
    files += [(g, g.replace(".gold.json", ".txt")) for g in glob.glob(f"eval/dev{i}/*.gold.json")]
for g, t in sorted(files):
    text = open(t, encoding="utf-8").read()
    where = g.split("/")[-2] + "/" + g.split("/")[-1][:14]
    for h in json.load(open(g)).get("honors", []):
        r = h.get("recipient") or ""
        if len(r) < 3 or ADMIN_END.search(r) and len(r) <= 6:
            continue
        m = re.match(PLACE + r"(?=[一-龥“]{2})", r)
        if m and not ADMIN_END.search(r):
            print(f"kept\t{where}\t{m.group(0)}|{r[m.end():]}\t{h['honor']}")
            continue
        for mm in re.finditer(re.escape(r), text):
            before = text[max(0, mm.start() - 8): mm.start()]
            p = re.search(PLACE + "$", before)
            if p and not re.search(r"[，。；、和与及]", p.group(0)):
                print(f"dropped?\t{where}\t{p.group(0)}|{r}\t{h['honor']}\t…{text[max(0, mm.start() - 20): mm.end() + 10]}")
                break
