"""Round 23 orgGA: what each gold does with a body named as an honour's recipient.

usage: python recipients.py [sets...] > recipients.tsv
For every gold honour whose recipient is not a place (no admin-unit ending, not in the gold's admin units, not 我市/全市…),
print: set, file, listed/not-listed (is the recipient also in the gold's organizations, exact or as a substring either way),
other-mention (the recipient's string occurs in the text outside the honour sentence), recipient, honour, sentence.
"""
import json
import re
import sys
from pathlib import Path

sets = sys.argv[1:] or ["dev"] + [f"dev{i}" for i in range(2, 26) if i != 12]
PLACE = re.compile(r"(省|市|县|区|镇|乡|村|街道|旗|州|盟|社区|林场|嘎查|苏木|新区|园区|开发区|自治县|农场|示范区)$")
for s in sets:
    gdir = Path("/work/shared/gold") if s == "dev" else Path(f"eval/{s}")
    for gf in sorted(gdir.glob("*.gold.json")):
        d = json.loads(gf.read_text(encoding="utf-8"))
        tf = gdir / gf.name.replace(".gold.json", ".txt")
        if not tf.exists():
            tf = Path("/work/shared/reports") / gf.name.replace(".gold.json", ".txt")
        if not tf.exists():
            tf = Path("/work/shared/gold/excerpts") / gf.name.replace(".gold.json", ".txt")
        text = tf.read_text(encoding="utf-8") if tf.exists() else ""
        admins = {a if isinstance(a, str) else a.get("name", "") for a in d.get("admin_units") or []}
        orgs = [o if isinstance(o, str) else o.get("name", "") for o in d.get("organizations") or []]
        for h in d.get("honors") or []:
            r = h.get("recipient") or ""
            if not r or r in admins or PLACE.search(r) or r in ("我市", "全市", "我区", "我县", "我省"):
                continue
            listed = "listed" if any(r == o or r in o or o in r for o in orgs) else "not-listed"
            sents = [sn for sn in re.split(r"(?<=[。；！？\n])", text) if r in sn]
            hs = [sn for sn in sents if h.get("honor", "")[:4] in sn]
            other = "other-mention" if len(sents) > len(hs) else "honour-only"
            print("\t".join([s, gf.name, listed, other, r, h.get("honor", ""), (hs or sents or [""])[0].strip()[:150]]))
