"""Round 19d (progAD): quoted headless names no program covers, by the frame before them, on a dump.py file.

usage: python scan_frames.py DUMP.jsonl [FRAME-to-list]
A quote “X” (2-12 chars, no punctuation inside) counts when no program found in its sentence contains X. The frame is
what stands between the last clause mark (，。；：) and the first quote of its chain:
  verb      a carrying-out verb right before (推行/推广/实施/开展/深化/实现/推进/落实/实行/探索/打造… + 了/好)
  verb+q    such a verb, then 1-10 Han characters (a field: 工程建设项目“多评合一”), then the chain
  other     anything else
and the chain is closed by the clause end, 、/等 (end) or by something else (tail). Inner shape: num (opens with a numeral
or holds two) or word.
"""
import json
import re
import sys
from collections import Counter, defaultdict

VERB = r"(?:全面推行|推行|推广|实施|开展|深化|实现|推进|落实|实行|探索|打造|试行|推出|深入实施|全面实施|全面推进|启动)(?:了|好)?"
NUM = "一二三四五六七八九十两双百千万0-9"
HAN = "\u4e00-\u9fff"
CHAIN = re.compile(r"(?:“[^“”，。；：]{2,12}”[、和及]?)+")
rows = [json.loads(x) for x in open(sys.argv[1], encoding="utf-8")]
want = sys.argv[2] if len(sys.argv) > 2 else None
reps = defaultdict(set)
n = Counter()
for d in rows:
    t, p = d["t"], d["p"]
    for m in CHAIN.finditer(t):
        chain = m.group(0)
        inners = re.findall(r"“([^“”]+)”", chain)
        missed = [x for x in inners if not any(x in q for q in p)]
        if not missed:
            continue
        cs = max(t.rfind(c, 0, m.start()) for c in "，。；：") + 1
        before = t[cs:m.start()]
        after = t[m.end():m.end() + 3]
        if re.search(VERB + "$", before):
            frame = "verb"
        elif re.search(VERB + f"[{HAN}]{{1,10}}$", before):
            frame = "verb+q"
        else:
            frame = "other"
        close = "end" if re.match(r"[，。；]|等|$", after) else "tail"
        for x in missed:
            shape = "num" if re.match(f"[{NUM}]", x) or len(re.findall(f"[{NUM}]", x)) >= 2 else "word"
            key = f"{frame}/{close}/{shape}"
            n[key] += 1
            reps[key].add(d["r"])
            if want and key == want:
                print(d["r"], "|", before[-14:], "«", x, "»", after)
for k in sorted(n, key=lambda k: -len(reps[k])):
    print(f"{k:22s} {n[k]:5d} cases in {len(reps[k]):3d} reports")


# ---- the frame fixed in round 19d: a carrying-out verb, a field of government service, then the quoted mode(s) ----
FIELD_VERB = r"(?:推行|推进|实行|实施|推广|开展|深化|落实|全面推开|试行|探索)"
FIELD = (r"(?:政务服务|行政审批|审批服务|项目审批|审批|事项|工程建设项目|政务|办税|纳税|涉税|涉企|企业开办|不动产登记|登记|"
         r"公共资源交易|交易|执法|监管|医保|社保|公积金|业务|办理|服务)")
FIELD_FRAME = re.compile(FIELD_VERB + rf"[{HAN}]{{0,8}}?{FIELD}(?=(?:“[^“”，。；：]{{2,12}}”[、和及]?)+)")


def field_frames(rows):
    hits = []
    for d in rows:
        t, p = d["t"], d["p"]
        for m in FIELD_FRAME.finditer(t):
            c = CHAIN.match(t, m.end())
            inners = re.findall(r"“([^“”]+)”", c.group(0))
            hits.append((d["r"], t[max(0, m.start() - 4):c.end() + 6], inners, [x for x in inners if not any(x in q for q in p)]))
    return hits


if __name__ == "__main__" and len(sys.argv) > 2 and sys.argv[2] == "field":
    hits = field_frames(rows)
    print("field frame:", len(hits), "chains in", len({h[0] for h in hits}), "reports;",
          "with a quote not found:", len([h for h in hits if h[3]]), "in", len({h[0] for h in hits if h[3]}), "reports")
    for h in hits:
        print(h[0], "|", h[1], "| missed:", "、".join(h[3]))
