"""Round 23 (progHB): a programme named with its head at a clause's start, as the subject of a predicate of progress —
`社会管理体制改革不断深入` (dev21 佛山), `大绿化工程成果丰硕` (dev16 德州), `人才培育工程加快实施` — in a dump.py file, with what the
extractor found in the sentence.

usage: python scan_subjects.py DUMP.jsonl   (prints: report, sentence, name, predicate, FOUND/MISSED, programs found)
FOUND = a program of the sentence ends with the name's last 4 characters and lies inside it or is it.
"""
import json
import re
import sys

HAN = "\u4e00-\u9fff"
HEADS = r"(?:改革|工程|行动计划|行动|战略|计划|攻坚战|专项整治|综合整治)"
PROGRESS = (r"(?:深入推进|加快推进|扎实推进|稳步推进|有序推进|顺利推进|全面推进|积极推进|持续推进|强力推进|高效推进|纵深推进|"
            r"加快实施|深入实施|全面实施|稳步实施|顺利实施|扎实实施|有序实施|有效实施|启动实施|全面启动|正式启动|顺利启动|"
            r"扎实开展|深入开展|全面开展|有序开展|全面铺开|全面完成|基本完成|顺利完成|圆满完成|如期完成|"
            r"成效明显|成效显著|成效初显|初见成效|取得[^，。；]{0,6}(?:成效|进展|突破|成果)|进展顺利|"
            r"不断深化|持续深化|纵深推进|不断深入|深入人心|扎实有效|有效推进|全面落实|落地见效|加速推进|提速推进|成果丰硕)")
SUBJ = re.compile(rf"(?:^|(?<=[，。；：]))(?P<name>[{HAN}“”]{{2,20}}?{HEADS})(?:工作|建设)?(?P<pred>{PROGRESS})")


def main() -> None:
    reps, hits, missed, mreps = set(), 0, 0, set()
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for m in SUBJ.finditer(d["t"]):
            name = m.group("name").replace("“", "").replace("”", "")
            ok = any(p.replace("“", "").replace("”", "") in name and p.endswith(name[-2:]) for p in d["p"]) or \
                any(name in p for p in d["p"])
            hits += 1
            reps.add(d["r"])
            if not ok:
                missed += 1
                mreps.add(d["r"])
            print(f"{d['r']}\t{d['i']}\t{m.group('name')}\t{m.group('pred')}\t{'FOUND' if ok else 'MISSED'}\t{d['p']}")
    print(f"{hits} subjects in {len(reps)} reports; {missed} not found, in {len(mreps)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
