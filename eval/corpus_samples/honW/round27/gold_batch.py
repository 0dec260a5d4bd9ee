"""Gold honours written after 全国/全省 + batch (首批, 首个, 第N批…) in the text: does the gold keep the scope?"""
import glob
import json
import re

dirs = ["/work/shared/gold"] + [f"eval/dev{i}" for i in range(2, 30)]
B = r"(全国|全省|全市|全区|国家|省级|省)(首批|首个|首家|第[一二三四五六七八九十0-9]+批|唯一一个|唯一|第[一二三四五六七八九十0-9]+个)[、，]?"
for d in dirs:
    for g in sorted(glob.glob(f"{d}/*.gold.json")):
        hs = json.load(open(g)).get("honors", [])
        if not hs: continue
        name = g.split("/")[-1][:-len(".gold.json")]
        txts = glob.glob(f"{d}/{name}.txt") + glob.glob(f"{d}/excerpts/{name}.txt") + glob.glob(f"/work/shared/reports/{name}.txt")
        if not txts: continue
        t = open(txts[0]).read()
        for m in re.finditer(B, t):
            after = t[m.end():m.end() + 40]
            for h in hs:
                core = re.sub(r"^(全国|全省|全市|全区|国家级?|省级?)", "", h["honor"])
                if len(core) >= 4 and after.replace("“","").replace("”","").startswith(core[:4]) or h["honor"][:6] and after.replace("“","").replace("”","").startswith(h["honor"][:4]):
                    print(d.split("/")[-1], name[:20], m.group(0) + after[:30].split("，")[0].split("。")[0], "=>", h["honor"], sep="\t")
