"""Round 15b (progY2): count the structures of the round's fixes (and of causes left alone) on a dump.py file.

usage: python scan15b.py DUMP [KEY]   (reports and hits per structure; with KEY prints the hits of that structure)
DUMP: dump.py 1512 200 OUT.jsonl (each sentence of the 200 reports with the programs found in it).
"read" structures need the extractor's names (run on a dump of main for the "before" counts).
"""
import json
import re
import sys

N = "一二三四五六七八九十两"
FAC = "中心|园区|园|室|平台|枢纽|桥|岛|所|庭|馆|站|港|城|区|基地|廊|核|极|心|片|院|场|厅|圈"


def quote_read(m, ps):
    return m.group(1) in ps


def quote_not_read(m, ps):
    return not any(m.group(1) in p for p in ps)


def ends_read(m, ps):
    return any(p.endswith(m.group(1)) for p in ps)


def pilot_not_read(m, ps):
    name = m.group(2)
    return not any(name.endswith(p) or p.endswith(name) or p in name for p in ps)


PATS = {
    # (a) a quoted name before a bare 品牌, read as a program
    "a_bare_brand_read": (r"“([^“”]{2,24})”(?:[、和与及]?“[^“”]{1,24}”)*品牌", quote_read),
    # (b) a reform cut from a zone's name (…改革试验区), read
    "b_zone_reform_text": (r"改革(?:试验区|实验区|先行区|示范区)", None),
    "b_zone_reform_read": (r"([\u4e00-\u9fff]{2,12}改革)(?:试验区|实验区|先行区|示范区)", ends_read),
    # (c) a counted layout of facilities + 建设
    "c_layout_text": (rf"“?(?:[{N}](?:个|大|座)?(?:{FAC})[、和]?){{2,}}”?建设", None),
    # (d) a quote before a service / business-climate / education brand, not read
    "d_service_brand_text": (r"“([^“”]{2,14})”(?:的)?[\u4e00-\u9fff]{0,6}?(?:服务品牌|营商环境品牌|政务品牌|教育品牌)", None),
    "d_service_brand_not_read": (r"“([^“”]{2,14})”(?:的)?[\u4e00-\u9fff]{0,6}?(?:服务品牌|营商环境品牌|政务品牌|教育品牌)",
                                 quote_not_read),
    # (e) a pilot run by a verb, not read
    "e_run_pilot_not_read": (r"(开展|推进|实施|启动|抓好|做好|深化|推动|完成|承担)([\u4e00-\u9fff]{2,14}?试点)(?![\u4e00-\u9fff]{0,2}"
                             r"(?:城市|县|市|区|省|镇|乡|村|单位|地区|示范|名单|范围|经验|任务|项目|工作))", pilot_not_read),
    # (f) a field's 体制机制 read as a program
    "f_systems_in_general_read": (r"(体制机制)(?!改革)", lambda m, ps: any(p.endswith("体制机制") for p in ps)),
    # left alone
    "x_plan_in_passing": (r"“十[三四五]五”规划", None),
    "x_tax_cut_policy": (r"减税降费政策", None),
    "x_widened_pilot": (r"(?:扩大|扩面)[\u4e00-\u9fff]{2,16}试点", None),
    "x_year_activity": (r"“[^”]{2,12}[年季月]”(?:主题)?活动", None),
    "x_quote_mode": (r"“[^”]{2,12}”[\u4e00-\u9fff]{0,4}模式", None),
    "x_action_outline": (r"行动纲要", None),
    "x_join_reform": (r"(?:参与|投身|争当|勇做)[^，。；]{2,14}改革", None),
}


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    key = sys.argv[2] if len(sys.argv) > 2 else None
    for k, (p, check) in PATS.items():
        reps, hits = set(), 0
        for r in rows:
            for m in re.finditer(p, r["t"]):
                if check and not check(m, r["p"]):
                    continue
                reps.add(r["r"])
                hits += 1
                if key == k:
                    print(r["r"], r["i"], "|", r["t"][max(0, m.start() - 40): m.end() + 20], "|", r["p"])
        print(k, "reports", len(reps), "hits", hits)


if __name__ == "__main__":
    main()
