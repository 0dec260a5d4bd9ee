"""Round 24 (projJA): count a clause frame on a dump.py file (seed 2401's 200): clauses that END in the frame's predicate
(a subject before it) or START with its verb, with the project names found in the sentence.

usage: python scan_frame.py DUMP.jsonl FRAME   (FRAME: open | settle | move | newuse)
Prints each matching clause (report, found projects of the sentence, clause) and the number of reports.
"""
import json
import re
import sys

FRAMES = {
    # a subject and its opening (客运西站普速车场开通, 中国文字博物馆震撼开馆)
    "open": re.compile(r"^(?P<x>[^，,；;。：:]{3,30}?)(?:已经|已|正式|顺利|全面|全线|成功|建成|如期|按期|即将|年内|震撼|盛大)*"
                       r"(?:开通运营|开通运行|开通|开馆|开园|开业|开街|开港|开航|通航|开学|开诊)$"),
    # a facility that settles (…研发基地落户我市)
    "settle": re.compile(r"^(?P<x>[^，,；;。：:]{3,30}?)(?:成功|正式|顺利)?(?:落户|落地|签约落户)(?:我市|我省|我区|我县|[\u4e00-\u9fff]{2,4})?$"),
    # a subject whose move is completed (铁器市场完成搬迁)
    "move": re.compile(r"^(?P<x>[^，,；;。：:]{3,30}?)(?:完成|实现|启动)?(?:整体)?(?:搬迁|迁建|迁址)(?:改造|新建)?$"),
    # a counted object after 投用/开发 (新投用北城热源等4处)
    "newuse": re.compile(r"^(?:新?投用|开发|新建成|建成)(?P<x>[^，,；;。：:]{3,30}?等[0-9一二三四五六七八九十]+[处个座家条])"),
}


def main() -> None:
    rx = FRAMES[sys.argv[2]]
    reps, n = set(), 0
    for line in open(sys.argv[1], encoding="utf-8"):
        d = json.loads(line)
        for clause in re.split(r"[，,；;。：:]", d["t"]):
            clause = re.sub(r"^(?:[一二三四五六七八九十]是|同时|此外|其中|目前|今年|去年|全年)", "", clause.strip())
            m = rx.search(clause)
            if m:
                x = m.group("x")
                hit = [p for p in d["p"] if p in x or x in p]
                print(f"{d['r']}\t{'FOUND:' + '|'.join(hit) if hit else '-'}\t{clause}")
                reps.add(d["r"])
                n += 1
    print(f"{n} clauses in {len(reps)} reports", file=sys.stderr)


if __name__ == "__main__":
    main()
