"""Count, on a dump.py output of the 200 reports (seed 1705), the figures and reports of each clause shape of round 17.

    python eval/corpus_samples/ind19/scan.py DUMP.tsv [SHAPE]   (prints counts; with SHAPE, the matching lines)
"""
import re
import sys
from collections import defaultdict

SHAPES = {
    # a compound verb of upgrading or of choosing kept at the left edge of the indicator
    "upgrade_verb_kept": lambda ind, win: re.match(r"(提质改造|提档升级|改造提升|提升改造|升级改造|改造升级|提质升级|提档改造|选树|"
                                                   r"提质扩容|提标升级|新建改造|新改建|改扩建提升)", ind),
    # a place scope (市区, 中心城区, 主城区, 城区, 县城, 老城区) kept at the left edge
    "place_scope_kept": lambda ind, win: re.match(r"(中心城区|主城区|市区|城区|县城|老城区|中心城市|市本级城区)", ind),
    # 注册 of 注册志愿者 / 注册会员 read as a verb: the indicator is the bare noun after 注册
    "registered_cut": lambda ind, win: ind in ("志愿者", "会员", "用户") and re.search("注册" + re.escape(ind) + "[^【]{0,4}【", win),
    # 年 kept between a subject and 实现/完成 (烟草行业年实现利税)
    "year_word_kept": lambda ind, win: re.search(r".年(实现|完成|接待|生产|产值)", ind) and not re.search(r"\d年|[上今去当明全每]年", ind),
    # a verb of change kept at the right edge (PM2.5浓度改善, 指数降幅)
    "change_pred_kept": lambda ind, win: re.search(r"(改善|下降|提高|提升|降低|减少|增加|增长|上升)$", ind),
    # 分别由/从 … 增加至/提高到 lists
    "from_to_list": lambda ind, win: re.search(r"分别(由|从)", win),
    # 增产/减产 as a growth verb
    "increase_output": lambda ind, win: re.search(r"(增产|减产)【", win),
    # a share clause opening with 占 (，占…的N%)
    "zhan_clause": lambda ind, win: re.search(r"[，,；]占[^，。；【]{1,30}【", win),
    # a count after a first figure, opening its clause: the indicator of the figure before it carried over
    "count_opens_after_amount": lambda ind, win: re.search(r"[，；]【[^】]*[个项家条座所处]】", win),
}


# a count of things (not people, money or time) opening its clause after a figure of the clause before, with words
# after it, whose indicator is the one the figure before it had (carried over: 299个三年补短板项目 -> 水利投资)
CARRIED = re.compile(r"[，；;,]【[^】]*?[个项家条座所处件套台]】[\u4e00-\u9fff“]")


def carried_over(rows: list[list[str]]) -> list[list[str]]:
    hits = []
    for prev, r in zip(rows, rows[1:]):
        if prev[0] == r[0] and prev[1] == r[1] and CARRIED.search(r[4]) and r[3] == prev[3] \
                and r[3] not in r[4].split("】", 1)[1]:
            hits.append(r)
    return hits


def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    if not sys.argv[2:] or sys.argv[2] == "carried_over":
        hits = carried_over(rows)
        print(f"carried_over\t{len(hits)} figures\t{len({r[0] for r in hits})} reports")
        if sys.argv[2:]:
            for r in hits:
                print("  ", r[0], r[3], "|", r[4])
            return
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for name, test in SHAPES.items():
        if only and name != only:
            continue
        hits = defaultdict(list)
        for r in rows:
            if test(r[3], r[4]):
                hits[r[0]].append(r)
        print(f"{name}\t{sum(map(len, hits.values()))} figures\t{len(hits)} reports")
        if only:
            for rep, rs in hits.items():
                for r in rs:
                    print("  ", rep, r[3], "|", r[4])


if __name__ == "__main__":
    main()
