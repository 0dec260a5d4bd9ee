"""Round 26b (progNA): how often the shape of fix 1 occurs on the 200 corpus reports of seed 2662.

usage: PYTHONPATH=$PWD python scan_relief.py DUMP.jsonl   (DUMP from ../round15/dump.py 2662 200 DUMP.jsonl, run on any tree)
Text shape: a run of tax/fee cut words (kg/data/round26b_relief_words.txt, e.g. 减税降费) that is an amount (a sum of money later in
its clause, no 政策/措施 between), done for someone (为…减税降费) or taken out (剔除…影响): the test of
kg/extract/entities/round26b_programs.py, applied to every occurrence in the text. Also counts the sentences where the dump's
programs hold such a name (the extractor read it as a program).
"""
import json
import sys

from kg.extract.entities.round26b_programs import FOR_WHOM, MONEY, POLICY, REMOVED, _relief

text_reps, prog_reps, all_reps, rows = set(), set(), set(), []
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    t = d["t"]
    all_reps.add(d["r"])
    for m in _relief().finditer(t):
        if len(m.group(0)) < 4:
            continue  # 减税, 免税 alone: a word of a longer phrase (免税店, 减税政策); the names the extractor reads are 减税降费 …
        after = t[m.end():]
        mm = MONEY.match(after)
        if (mm and not POLICY.search(mm.group(0))) or FOR_WHOM.search(t[:m.start()]) or REMOVED.match(after):
            text_reps.add(d["r"])
            read = any(_relief().fullmatch(p.replace("“", "").replace("”", "")) for p in d["p"])
            if read:
                prog_reps.add(d["r"])
            rows.append(f"{d['r']}\t{d['i']}\t{'PROGRAM' if read else '-'}\t{m.group(0)}\t{t[max(0, m.start() - 20):m.end() + 25]}")
print("\n".join(rows))
print(f"# reports {len(all_reps)}; with the shape in the text: {len(text_reps)}; where the extractor read it as a program: {len(prog_reps)}")
