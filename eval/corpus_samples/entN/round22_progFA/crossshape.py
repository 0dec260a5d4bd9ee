"""Round 22 (progFA): the cross-set table of program misses without a head or trigger, by the text around them.

usage: python crossshape.py explain_programs_before.tsv [missed|invented]
(the TSV is round 21b's collect.py on the base builds of evalsafe21b.sh: set, file, missed/invented, name, sentence)
Round 21b's shape_table.shape() (read from its file, not copied) puts each name in a shape; its "14 no head word" and the
misses of every shape whose name has no programme head are split here by the text around the name (first rule that fits).
"""
import collections
import re
import sys

SRC = "eval/corpus_samples/entN/round21b_precision/shape_table.py"
ns: dict = {"__name__": "shape_table"}
exec(open(SRC, encoding="utf-8").read().split("\nkind = sys.argv")[0], ns)  # round 21b's shape(), not its main part
shape = ns["shape"]
HEAD = re.compile(r"(改革|工程|行动|计划|战略|机制|制度|体制|体系|试点|攻坚战|战役|活动|模式|政策|方案|规划|建设|创建|专项整治|专项治理|专项攻坚|革命|运动|条|措施|办法|意见)$")


def sub(name: str, ctx: str) -> str:
    plain = ctx.replace("“", "").replace("”", "")
    i = plain.find(name)
    before, after = (plain[max(0, i - 6):i], plain[i + len(name):i + len(name) + 8]) if i >= 0 else ("", "")
    if re.search(r"确权(登记)?(颁证|发证)?$|确权登记", name):
        return "a land rights registration 确权登记颁证 (fix 1)"
    if re.search(r"通办$", name):
        return "b scope 通办 (fix 2)"
    if re.search(r"办$|跑一次|跑一趟|不见面|一扇门|一窗|一网|一次办|一件事", name):
        return "c other service slogan …办 / 跑一次"
    if re.search(r"保险|医保|补贴|补助|救助|低保|统筹|养老|贷款|担保", name):
        return "d insurance, subsidy, loan scheme"
    if re.search(r"[一二三四五六七八九十两]", name[:2]) or re.fullmatch(r"[一-龥]{2,6}", name) and re.search(r"[一二三四五六七八九十两]", name):
        return "e counted slogan (三旧改造, 两基攻坚, 五线五治)"
    if re.search(r"等$|等[一-龥]{0,4}(政策|改革|工作|项目)", after):
        return "f item before …等政策/等改革/等工作"
    if re.search(r"全覆盖|全面完成|基本完成|完成|推开|取得|成为|实现", after):
        return "g subject or object of completion (…全覆盖, …基本完成)"
    if re.search(r"(实施|推进|深化|开展|推行|落实|实行|完善|启动|加快|抓好|做好|加强)$", before):
        return "h object of a programme verb (实施…, 推进…, 深化…)"
    return "i other"


kind = sys.argv[2] if len(sys.argv) > 2 else "missed"
tab = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1], encoding="utf-8"):
    s, f, k, n, c = line.rstrip("\n").split("\t")
    if k != kind:
        continue
    sh = shape(n, c)
    if sh.startswith("14") or not HEAD.search(n) and not sh.startswith(("1 ", "2 ", "3 ", "6 ", "7 ", "8 ")):
        tab[sub(n, c)][s].append(n)
    else:
        tab["z headed or listed (round 21b shapes " + sh.split()[0] + ")"][s].append(n)
sets = ["dev"] + [f"dev{i}" for i in range(13, 25)]
print("| shape | sets (n) | " + " | ".join(sets) + " | total | examples |")
print("|---|---|" + "---|" * len(sets) + "---|---|")
for sh in sorted(tab):
    row = tab[sh]
    ex = [n for s in sets for n in row.get(s, [])]
    print(f"| {sh} | {len(row)} | " + " | ".join(str(len(row.get(s, []))) for s in sets)
          + f" | {sum(len(v) for v in row.values())} | {', '.join(ex[:8] if not sh.startswith('z') else ex[:3])} |")
