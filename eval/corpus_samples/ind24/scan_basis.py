"""Round 24 (indCA), fix 2: count, in the 200 reports of seed 2407, the figures that follow another figure in a clause of
their own naming only a basis and a change or gap (…，比目标多10.5万亩; …，较2019年同期增长8.2%; …，超过规划目标77.93万亩),
and those of them whose indicator a dump (ind18/dump.py format) took from that clause (the basis kept).

    python eval/corpus_samples/ind24/scan_basis.py DUMP.tsv
"""
import re
import sys
from collections import defaultdict

FIG = r"[\d.]+(?:多|余)?[\u4e00-\u9fff%]{0,5}"
BASIS = re.compile(r"[，,、](?:分别|均|同时|则)?(?:(?:比|较)[^，,；;。、！？]{1,16}?(?:高出|高|低|快|慢|多出|多增|少增|多|少|增长|增加|"
                   r"提高|下降|减少|降低|上升|提升|减产|增产|前移|前进|后移|扩大|缩小|缩短)了?|(?:超过|超出|高于|低于|快于|慢于|多于|"
                   r"少于)了?[^，,；;。、！？\d]{2,16})$")
shape = defaultdict(int)
kept = defaultdict(list)
for line in open(sys.argv[1], encoding="utf-8"):
    report, _s, _o, indicator, window = line.rstrip("\n").split("\t")
    before = window[:window.index("【")]
    if not re.search(FIG + r"(?:以上|左右|多|余)?[，,、][^，,；;。、！？]*$", before):
        continue
    m = BASIS.search(before)
    if not m:
        continue
    shape[report] += 1
    if indicator and indicator in m.group():
        kept[report].append(indicator)
print(f"reports with the shape: {len(shape)} ({sum(shape.values())} figures)")
print(f"reports where the basis was kept: {len(kept)} ({sum(len(v) for v in kept.values())} figures)")
for report, names in sorted(kept.items()):
    print(f"  {report}\t{' | '.join(names)}")
