"""Round 17b (projR): count dev17's completion/opening frames and 纳入/列入/入选…重点/重大项目 lists on a dump.py file.

usage: python scan_frames.py DUMP.jsonl [LIMIT=6]   (DUMP from ../../entN/round15/dump.py SEED N OUT project; every sentence)
For each frame: clauses (split at ，；。：) whose text matches, reports with one, and how many of those clauses have no project
found inside them (the subject unread). Prints up to 6 examples of unread clauses per frame.
"""
import json
import re
import sys
from collections import defaultdict

ADV = r"(?:已|已经|正式|顺利|全面|基本|提前[^，,；;。]{0,4}|全线|如期|按期|年内|年底)?"
FRAMES = {
    "list_done_traffic": re.compile(r"^(?:[^、，,；;。]{2,14}、)+[^、，,；;。]{2,14}?" + ADV + r"(?:竣工通车|建成通车|通车)$"),
    "jianchengtongche": re.compile(ADV + r"建成通车$"),
    "jungongtongche": re.compile(ADV + r"竣工通车$"),
    "tonghang": re.compile(r"具备通航条件$|(?:建成)?通航$"),
    "shiyunxing": re.compile(r"试运行$|试运营$"),
    "tongguo_yanshou": re.compile(r"^[^，,；;。]{3,30}?(?:顺利|已|已经|全面)?通过[^，,；;。]{0,12}验收$"),
    "jiepai_chengli": re.compile(r"揭牌成立$|挂牌成立$"),
    "quanmian_jiancheng": re.compile(r"全面建成$"),
    "wancheng_gaizao": re.compile(r"^(?:完成|实施)[^，,；;。]{3,30}(?:改造|改扩建|整治)(?:项目|工程)?$"),
    "list_in_key_projects": re.compile(r"(?:纳入|列入|入选|进入|入围)(?:了)?(?:国家|省|全省|自治区|全国|省级|国家级|市级|市|省市)"
                                       r"[^，,；;。]{0,8}(?:重点|重大)[^，,；;。]{0,8}项目"),
}


LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 6


def main() -> None:
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    hits, miss, reps, mreps, ex = defaultdict(int), defaultdict(int), defaultdict(set), defaultdict(set), defaultdict(list)
    for d in rows:
        for clause in re.split(r"[，,；;。：:！!？?]", d["t"]):
            clause = clause.strip()
            if len(clause) < 4:
                continue
            for k, rx in FRAMES.items():
                if rx.search(clause):
                    hits[k] += 1
                    reps[k].add(d["r"])
                    if not any(p in clause for p in d["p"]):
                        miss[k] += 1
                        mreps[k].add(d["r"])
                        if len(ex[k]) < LIMIT:
                            ex[k].append(clause)
    for k in FRAMES:
        print(f"{k}\tclauses {hits[k]}\treports {len(reps[k])}\tno project in clause {miss[k]} in {len(mreps[k])} reports")
        for e in ex[k]:
            print("    ", e)


if __name__ == "__main__":
    main()
