"""Round 15 (progY): count candidate program structures on the 200 reports of seed 1502 (a dump.py file).

usage: python scan.py DUMP.jsonl [PATTERN-NAME | extra]   prints, per structure, the reports and sentences it occurs in and how
many of its matches the extractor already names (a found program containing the match's core)
"""
import json
import re
import sys
from collections import defaultdict

HAN = "\u4e00-\u9fff"
PLAN_VERB = r"(?:编制|制定|谋划|编好|修编|出台|印发|审议|研究制定|启动编制|完成编制)"
STRUCTURES = {
    # a plan period governed by a plan verb: 科学编制“十五五”规划
    "period_plan_made": (re.compile(rf"{PLAN_VERB}[{HAN}“”]{{0,12}}?“?十[一二三四五]五”?(?:时期)?(?:[{HAN}]{{0,8}})?规划(?:纲要)?"), "五"),
    # any plan period with 规划
    "period_plan_any": (re.compile(r"“?十[一二三四五]五”?规划(?:纲要)?"), "五"),
    # a general land-use plan: 国土空间总体规划
    "master_plan": (re.compile(rf"[{HAN}“”]{{2,14}}总体规划"), "总体规划"),
    # a package of measures: 若干政策措施 / 若干措施
    "several_measures": (re.compile(rf"[{HAN}“”]{{2,16}}若干(?:政策)?措施"), "若干"),
    "action_outline": (re.compile(rf"[{HAN}“”0-9]{{2,14}}行动纲要"), "纲要"),
    "combined_tax": (re.compile(r"组合式税费支持政策"), "组合式"),
    # …长制 names
    "chief_system": (re.compile(rf"[{HAN}]{{1,3}}长制"), "长制"),
    # headless quotes before a non-head word: “两新”“两重”项目, 全民健身“五项五进”活动
    "quote_before_thing": (re.compile(r"“[^“”]{2,8}”(?:“[^“”]{2,8}”)*(?:项目|活动|服务|品牌)"), "”"),
    # mechanisms cut by 等: 项目专员等推进机制, A、B等机制
    "deng_mechanism": (re.compile(rf"[{HAN}、]{{2,30}}等[{HAN}]{{0,6}}(?:机制|制度)"), "等"),
    # pilots after a list of places
    "place_list_pilot": (re.compile(rf"(?:[{HAN}]{{2,6}}(?:片区|县|区|镇|村|市)、)+[{HAN}]{{2,6}}(?:片区|县|区|镇|村|市)[{HAN}]{{2,12}}试点"), "试点"),
    # precision: domain lists before 等改革
    "domain_list_reform": (re.compile(rf"(?:[{HAN}]{{2,6}}、){{2,}}[{HAN}]{{2,6}}等(?:[{HAN}]{{0,4}})改革"), "改革"),
}


def extra_counts(rows) -> None:
    """The counts of fixes (e)–(i) that need the extractor's names (run on a dump made before the fix)."""
    key, punch, tiered, gangs, beauty = set(), set(), set(), set(), set()
    for d in rows:
        t = d["t"]
        for p in d["p"]:
            i = t.find(p)
            if i >= 2 and t[i - 2:i] == "重点" and not p.startswith("重点"):
                key.add(d["r"])  # (f) a program name right after 重点, the 重点 dropped
            if p.endswith("组合拳"):
                punch.add(d["r"])  # (e) …组合拳 read as a program
        for m in re.finditer("分级诊疗", t):
            if not any("分级诊疗" in p for p in d["p"]):
                tiered.add(d["r"])  # (g) a bare 分级诊疗 not named
        for m in re.finditer("扫黑除恶(?!专项斗争|斗争)", t):
            if not any("扫黑除恶" in p for p in d["p"]):
                gangs.add(d["r"])  # (h) a bare 扫黑除恶 not named
        if "和美丽" in t:
            beauty.add(d["r"])  # (i) 和美丽 (the campaign word 和美 before 丽)
    for name, reps in (("key_lead_dropped", key), ("combination_punch", punch), ("tiered_care_missed", tiered),
                       ("gangs_campaign_missed", gangs), ("and_beautiful", beauty)):
        print(f"{name}\t{len(reps)} reports")


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    if only == "extra":
        extra_counts(rows)
        return
    for name, (rx, core) in STRUCTURES.items():
        if only and name != only:
            continue
        reps = set()
        hits = 0
        found = 0
        examples = defaultdict(list)
        for d in rows:
            for m in rx.finditer(d["t"]):
                reps.add(d["r"])
                hits += 1
                s = m.group(0)
                ok = any(p in s or s in p for p in d["p"] if core in p)
                found += ok
                examples[d["r"]].append((s, ok, d["p"]))
        print(f"{name}\t{len(reps)} reports\t{hits} matches\t{found} named already")
        if only:
            for r, ex in sorted(examples.items()):
                for s, ok, ps in ex:
                    print("   ", r, "|", s, "|", "Y" if ok else "-", [p for p in ps if core in p][:4])


if __name__ == "__main__":
    main()
