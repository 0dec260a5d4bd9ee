"""Round 12: where a structure occurs in a run_sample.py output and where the extractor found nothing on it.
usage: cov.py SAMPLE.json  (prints figures, reports, unread figures, their reports, then the unread contexts)"""
import json
import re
import sys

STRUCTURES = {
    "invested": re.compile(r"(?:总投资|计划投资|投资|协议投资|投资额)(?:约|近|超|达)?[0-9.]+(?:万|亿)元(?:以上|左右)?的()"),
    "edition": re.compile(r"(?:举办|承办|主办|办好|举行|召开)了?(?:第[一二三四五六七八九十0-9]+届|\d{4}年?|首届)"
                          r"([^，。、；“”]{1,12}?(?:会|节|赛|展|周|季|坛))"),
    "unit": re.compile(r"(?:电厂|电站|核电|热电)([0-9一二三四五六七八九十#、号]+机组)"),
}
d = json.load(open(sys.argv[1]))
for name, pat in STRUCTURES.items():
    tot = unc = 0
    reps, ureps, ex = set(), set(), []
    for it in d["items"]:
        t = it["text"]
        for m in pat.finditer(t):
            tot += 1
            reps.add(it["report"])
            a, b = (m.end(), m.end() + 4) if m.group(1) == "" else m.span(1)
            if not [n for k, n, s, e in it["found"] if k in ("project", "organization") and s < b and a < e]:
                unc += 1
                ureps.add(it["report"])
                ex.append(t[max(0, m.start() - 8):m.end() + 16])
    print(name, tot, len(reps), unc, len(ureps))
    for e in ex[:20]:
        print("   ", e)
