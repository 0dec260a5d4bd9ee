"""Round 15b (progY2): count structures on a dump.py file (seed 1512), with what the extractor finds there.

usage: python scan15b.py DUMP [KEY]   (counts reports per structure; with KEY prints the sentences and programs)
"""
import json
import re
import sys

PATS = {
    # a quoted app / client name with its carrier noun: apps are no programs (dev16 肇庆行, 肇商通; GUIDELINES)
    "app": (r"“[^”]{2,10}”(?:“[^”]{2,10}”)*(?:、“[^”]{2,10}”)*(?:等)?(?:应用|APP|app|App|小程序|客户端|平台|公众号)", None),
    "app_found": (r"“([^”]{2,10})”(?:应用|APP|app|App|小程序|客户端|公众号)", "q"),
    "year_activity": (r"“[^”]{2,12}[年季月]”(?:主题)?活动", None),
    "year_activity_found": (r"“([^”]{2,12}[年季月])”(?:主题)?活动", "q+活动"),
    "reform_zone": (r"改革(?:实验区|试验区|先行区|示范区)", None),
    "reform_zone_found": (r"([\u4e00-\u9fff]{2,12}改革)(?:实验区|试验区|先行区|示范区)", "g"),
    "verb_reform": (r"(?:参与|积极参与|深度参与)[^，。；]{2,14}改革", None),
    "tax_policy": (r"减税降费政策", None),
    "reform_pilot": (r"综合改革试点", None),
    "plan_passing": (r"“十[三四五]五”规划", None),
    "action_outline": (r"行动纲要", None),
}


def main():
    rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
    key = sys.argv[2] if len(sys.argv) > 2 else None
    for k, (p, mode) in PATS.items():
        reps = set()
        hits = 0
        for r in rows:
            for m in re.finditer(p, r["t"]):
                if mode == "q" and m.group(1) not in r["p"]:
                    continue
                if mode == "q+活动" and m.group(1) + "活动" not in r["p"]:
                    continue
                if mode == "g" and not any(x.endswith(m.group(1)) for x in r["p"]):
                    continue
                reps.add(r["r"])
                hits += 1
                if key == k:
                    print(r["r"], r["i"], "|", r["t"][max(0, m.start() - 40): m.end() + 20], "|", r["p"])
        print(k, "reports", len(reps), "hits", hits)


if __name__ == "__main__":
    main()
