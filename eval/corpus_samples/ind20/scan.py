"""Round 19 (indAA): count, on a dump.py output of the 200 reports (seed 1906), the indicators of a clause shape.

    PYTHONPATH=$PWD .venv/bin/python eval/corpus_samples/ind20/scan.py DUMP.tsv [SHAPE]
"""
import collections
import re
import sys

from kg.extract.tokens import pos


def svo(ind: str, win: str):
    """subject noun(s) + a verb + object noun(s): 企业生产乘用车, 青峰药谷集聚大健康关联企业. Returns the verb or None."""
    ws = pos(ind)
    if len(ws) < 3:
        return None
    for k, (w, t) in enumerate(ws):
        if t.startswith("v") and len(w) >= 2:
            if k == 0 or k == len(ws) - 1:
                return None
            if all(tt[0] in "n" for _, tt in ws[:k]) and all(tt[0] in "nvab" or tt == "x" for _, tt in ws[k + 1:]) \
                    and ws[-1][1].startswith("n"):
                return w
            return None
    return None


def received_kept(ind: str, win: str):
    """Fix 1: a verb of receiving kept in the indicator, after who received it (企业获产业引导专项资金) or at its front
    (荣获国家科技进步一等奖), or after the things counted (项目获国家科技进步奖). Returns the verb or None."""
    m = re.search(r"(?:荣获|斩获|获得|获批|(?<![查破缴收捕截俘猎荣斩])获(?![嘉鹿悉取益救准评奖权利赔贷胜刑得批]))"
                  r"(?=[\u4e00-\u9fff“])(?![在于对向从为被给感者])", ind)
    return m.group() if m and (m.start() > 0 or m.group() in ("荣获", "斩获")) else None


def fund_spent(ind: str, win: str):
    """Fix 2: 投入/整合 kept before a named fund (投入帮扶资金, 整合涉农资金); not 投入资金 alone."""
    m = re.match(r"^(投入|整合)(?=.{1,40}资金$)", ind)
    return m.group() if m and ind[2:] != "资金" else None


def member_verb(ind: str, win: str):
    """Fix 3: 接待/实现 kept at the front of a member of a list of figures (接待游客、旅游收入分别增长)."""
    m = re.match(r"^(接待|实现)(?=[\u4e00-\u9fff“]{2})", ind)
    return m.group() if m and re.search(r"分别|均|双双", win) else None


def le_kept(ind: str, win: str):
    """Left alone: a verb and 了 kept before the thing (追加了水利投资, 确保了粮食总产量)."""
    m = re.match(r"^[\u4e00-\u9fff]{0,5}了(?=[\u4e00-\u9fff“]{2})", ind)
    return m.group() if m else None


def verb_list_rules(ind: str, win: str):
    """Left alone: a list of verbs of law-making kept before the rules (修改、废止政府规章)."""
    m = re.match(r"^(?:修改|修订|废止|实施|清理)[、和或]?(?:修改|修订|废止|实施|清理)?(?=.*(?:规章|条例|法规|文件)$)", ind)
    return m.group() if m else None


def received_verb_first(ind: str, win: str):
    """Left alone: a count opening its clause, then 获 + an award, no noun (5人|获中国戏剧“梅花奖”)."""
    return "获" if ind.startswith("获") and len(ind) > 1 else None


# svo: a first broad look (subject, verb, object by jieba's tags), too broad to fix as one shape
SHAPES = {"svo": svo, "received_kept": received_kept, "fund_spent": fund_spent, "member_verb": member_verb, "le_kept": le_kept,
          "verb_list_rules": verb_list_rules, "received_verb_first": received_verb_first}

def main() -> None:
    rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8")]
    for name, f in SHAPES.items():
        if len(sys.argv) > 2 and sys.argv[2] != name:
            continue
        hits = [(r, f(r[3], r[4])) for r in rows]
        hits = [(r, v) for r, v in hits if v]
        print(name, len(hits), "figures", len({r[0] for r, _ in hits}), "reports")
        c = collections.Counter(v for _, v in hits)
        print(c.most_common(40))
        if len(sys.argv) > 2:
            for r, v in hits:
                print(v, r[0], r[3], r[4], sep="\t")


# ---- the shape fixed in round 19: a count, then a clause of a noun and its adjective before 的, then the noun counted
# (46户基础较好的企业, 140家能耗高的企业, 100家成长性好的战略性新兴企业, 5万名经济困难的…患者); scanned on the raw text
COUNT_ADJ = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)[万亿]?[件项处个家条套座所户宗起名人种]"
                       r"(?:以上|左右)?([\u4e00-\u9fff“”]{1,14}?)的(?=[\u4e00-\u9fff“])")


def adjective_clause(clause: str) -> bool:
    """基础较好, 能耗高, 污染严重, 新: nouns (maybe none), adverbs, then an adjective; no verb."""
    words = pos(clause)
    k = 0
    while k < len(words) - 1 and words[k][1][0] == "n":
        k += 1
    while k < len(words) - 1 and words[k][1] in ("d", "ad"):
        k += 1
    return k == len(words) - 1 and words[k][1] in ("a", "an")


def raw_scan() -> None:
    import importlib.util
    from pathlib import Path
    spec = importlib.util.spec_from_file_location("d", Path(__file__).resolve().parent / "dump.py")
    d = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(d)
    reports, n = set(), 0
    for path in d.sample():
        text = path.read_text(encoding="utf-8")
        for m in COUNT_ADJ.finditer(text):
            if adjective_clause(m.group(1)):
                n += 1
                reports.add(path)
                print(f"{path.parent.name}/{path.stem}\t{text[max(0, m.start() - 15):m.end() + 10]}")
    print("count_adjective_clause", n, "figures", len(reports), "reports")


if __name__ == "__main__":
    if sys.argv[1] == "raw":
        raw_scan()
    else:
        main()
