"""Round 15 orgL: corpus-frequency candidates for organizations named without a head word (issue #4).

Counts over every corpus report (/tmp/govkg-corpus/reports/**/*.txt, 2,999 files), each string once per report, the
list items (2-6 Han characters, split at 、 和 及 与) that stand in an organization context:
  (a) before 等 + a kind of organization (企业 公司 知名企业 龙头企业 头部企业 行业龙头 世界500强 央企 名企 …);
  (b) after 与/同 and before a word of agreement (签订 签署 签约 达成 战略合作 合作 共建 携手);
  (c) after 引进/引入/招引/吸引/与 + 引进 and before 等, 落户, 投资, 项目 or the end of the clause;
  (d) before 落户 / 入驻 / 来X投资 / 投资建设 / 在X投资.
Items with a head word of kg/data/entity_heads.txt at their end (集团, 公司, 银行, 大学…) are left out: the head rules find
them. Candidates: found in such a context in >= FLOOR reports (FLOOR = 3: see README.md).
Usage: python eval/corpus_samples/orgL/scan.py > eval/corpus_samples/orgL/candidates.tsv
"""
import collections
import glob
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = "/tmp/govkg-corpus/reports"
FLOOR = 3
H = r"\u4e00-\u9fff"
ITEMS = rf"[{H}A-Za-z0-9、和及与]{{2,40}}?"
KIND = (r"(?:知名|龙头|头部|骨干|大型|重点|领军|一批|国内外|国际|世界|全球|行业|央企|民营|外资|互联网|平台|科技|新能源|汽车|电商)*"
        r"(?:企业|公司|集团|名企|龙头|巨头|世界500强|500强|央企|民企|外企|车企|药企|平台|品牌)")
CONTEXTS = {
    "a_deng": re.compile(rf"(?:^|[，。；：、（“]|引进|引入|与|同|依托|支持|推动|吸引|招引|引导|推进)(?P<items>{ITEMS})等(?:[0-9一二三四五六七八九十百多余几]+[家个户]?)?{KIND}"),
    "b_with": re.compile(rf"(?:与|同)(?P<items>{ITEMS})(?:签订|签署|签约|达成|开展战略合作|战略合作|深化合作|开展合作|合作|共建|携手)"),
    "c_bring": re.compile(rf"(?:引进|引入|招引|吸引)(?P<items>{ITEMS})(?:等|落户|投资|项目|[，。；])"),
    "d_settle": re.compile(rf"(?:^|[，。；：、（“])(?P<items>{ITEMS})(?:落户|入驻|来[{H}]{{1,3}}投资|投资建设|在[{H}]{{1,4}}投资)"),
}
SPLIT = re.compile(r"[、和及与]")


def heads() -> re.Pattern:
    words = []
    for line in (ROOT / "kg/data/entity_heads.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("#", 1)[0].split()
        if len(parts) >= 2 and parts[0] not in ("works", "campaign"):
            words += parts[1:]
    return re.compile("(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")$")


def main() -> None:
    files = sorted(glob.glob(f"{CORPUS}/**/*.txt", recursive=True))
    head = heads()
    counts: dict[str, collections.Counter] = {k: collections.Counter() for k in CONTEXTS}
    total: collections.Counter = collections.Counter()
    for f in files:
        text = Path(f).read_text(encoding="utf-8", errors="replace")
        seen_all = set()
        for key, pat in CONTEXTS.items():
            seen = set()
            for line in text.splitlines():
                for m in pat.finditer(line):
                    for item in SPLIT.split(m.group("items")):
                        if 2 <= len(item) <= 6 and re.fullmatch(rf"[{H}]+", item) and not head.search(item):
                            seen.add(item)
            counts[key].update(seen)
            seen_all |= seen
        total.update(seen_all)
    print(f"# {len(files)} reports", file=sys.stderr)
    print("candidate\treports\t" + "\t".join(CONTEXTS))
    for name, n in total.most_common():
        if n < FLOOR:
            break
        print(f"{name}\t{n}\t" + "\t".join(str(counts[k][name]) for k in CONTEXTS))


if __name__ == "__main__":
    main()
