"""Round 20b (indBA): counts, on a dump.py output (seed 2018), of the shapes looked at this round.

    python eval/corpus_samples/ind21/scan.py DUMP.tsv

level_after_count: a count right before an administrative level (1个国家级、5个省级开发区, 4所省级示范幼儿园) whose
    indicator is the level alone (fix 1).
level_after_count_raw: every figure whose window has a count right before a level (right or wrong).
level_ellipsis: a level alone after a list member that named the thing (国家级创新平台18家、省级115家) — left alone.
verb_list_left: a list of building verbs kept at the front (新建、续建110千伏以上变电站) — left alone.
build_verb_front: 扩建 or 续建, alone or in a list of building verbs, kept at the front before the thing built
    (新建、续建110千伏以上变电站, 续建亿元以上项目), the figure after the indicator (fix 2).
trail_compare: 较上年末/比上年 kept at the end — left alone.
"""
import re
import sys
from collections import defaultdict

LEVEL = r"(?:国家|省|自治区|市|州|盟|县|区|县区|县市|市县|乡|镇|乡镇|村|街道|社区|省市)级(?:及以上|以上)?"
VERBS = "新建|续建|改建|扩建|改扩建|建成|开工|完成|新增|建设|改造|新开工|实施|引进|培育|创建|打造|制定|修订|出台|提升|认定|引育"
SHAPES = {
    "level_after_count": lambda ind, after: re.fullmatch(LEVEL, ind) and after.lstrip().startswith(ind),
    "level_after_count_raw": lambda ind, after: re.match(LEVEL, after.lstrip()),
    "level_ellipsis": lambda ind, after: re.fullmatch(LEVEL, ind) and not after.lstrip().startswith(ind),
    "verb_list_left": lambda ind, after: re.match(rf"(?:{VERBS})(?:、|和|及|与)(?:{VERBS})", ind),
    "build_verb_front": lambda ind, after: re.match(r"(?:(?:新建|新（改）建|改建|改造|新开工|开工)[、和及与]?)*(?:扩建|续建)"
                                                    r"(?:[、和及与]?(?:新建|改建|改造|新开工|扩建|续建))*[^、和及与\d]{2}", ind)
    and not after.lstrip().startswith(ind) and not re.fullmatch("续建(?:项目|工程)", ind),
    "trail_compare": lambda ind, after: re.search(r"(?:较|比)(?:上年末?|去年|年初)$|同比$", ind),
}

rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
for name, test in SHAPES.items():
    figures, reports = 0, defaultdict(int)
    for report, _s, _o, indicator, window in rows:
        after = window[window.index("】") + 1:]
        if test(indicator, after):
            figures += 1
            reports[report] += 1
    print(f"{name}\t{figures} figures\t{len(reports)} reports")
