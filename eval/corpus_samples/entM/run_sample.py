"""Round 8 (entM): run the entity extractor on random corpus reports and scan for project/organization
candidates independently of it.  usage: run_sample.py SEED N OUT.json [--exclude PREV.json]"""
from __future__ import annotations

import glob
import json
import random
import re
import sys
from pathlib import Path

from kg.extract.entities import find_entities
from kg.read import read_document
from kg.structure import structure_report

CORPUS = "/tmp/govkg-corpus/reports"

# ---- the independent candidate scan -----------------------------------------------------------
# heads: project (works, places, events) and organization (institutions); longest first
PROJECT_HEADS = """工程 项目 大桥 桥 机场 高速公路 高速 铁路 高铁 城际 轨道交通 地铁 号线 园区 产业园 工业园 物流园 科技园 中心 博览会 交易会
运动会 运动会 论坛 峰会 大会 节 赛 马拉松 水库 电站 电厂 水厂 污水处理厂 变电站 公园 广场 大道 公路 隧道 码头 港 港区 基地 综合体 商圈 步行街 商业街
街区 景区 度假区 小镇 乐园 酒店 大厦 场馆 体育场 体育馆 剧院 枢纽 通道 管廊 管道 生产线 新城 小区 灌区 航道 泊位 航站楼 立交 口岸 馆""".split()
ORG_HEADS = """公司 集团 银行 大学 学院 医院 研究院 研究所 实验室 博物馆 纪念馆 故居 中学 小学 幼儿园 学校 协会 商会 学会 联盟 交易所 交易中心
科学院 工程院 出版社 电视台 基金会 合作社 办事处 分行 支行 企业""".split()
HEADS = sorted(set(PROJECT_HEADS + ORG_HEADS), key=len, reverse=True)
HEAD_RE = re.compile("|".join(map(re.escape, HEADS)))
# what cannot be inside a name: function words and governing verbs (a name is the maximal span without them)
BREAK = re.compile(r"[，,。；;：:！？、\s]|的|和|与|及|等|了|在|对|将|把|被|为|以|从|向|由|是|有|到|"
                   r"建设|建成|开工|推进|实施|加快|加强|完成|启动|推动|打造|引进|签约|落户|投产|投用|竣工|开业|举办|承办|成功|"
                   r"新建|改造|提升|开展|积极|全面|扎实|大力|深入|重点|一批|一系列|各类|全市|全省|全区|全县|我市|我省|我区|我县|"
                   r"支持|鼓励|引导|组织|参加|参与|实现|形成|培育|发展|创建|设立|成立|组建|争取|获批|入选|完善|优化|主要|其中|"
                   r"已|正|于|并|同时|进一步|着力|努力|确保|力争|年|月|日|个|家|所|座|条|项|亿元|万元")
GENERIC = re.compile(r"^(?:[\d.]+|[一二三四五六七八九十百千万两几]+|重大|重点|市级|省级|国家级|县级|区级|新|各|本|该|这|此|相关|有关|大型|中小|龙头|骨干|民营|国有|"
                     r"产业|基础设施|民生|公益|社会|文化|体育|教育|卫生|医疗|交通|水利|能源|农业|工业|服务|科技|创新|招商|外资|内资|合作|商业|"
                     r"城市|城乡|农村|乡村|社区|基层|公共|综合|示范|试点|配套|续建|在建|新开工|储备|签约|开工|竣工|亿元以上|千万元以上)*$")


def scan(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, name, kind guess) of maximal name-like spans ending in a head."""
    out = []
    for m in HEAD_RE.finditer(text):
        hs, he = m.span()
        # extend right over a phase (一期, 二期工程)
        ph = re.match(r"(?:[一二三四五六七八九十\d]+期|首期)(?:工程|项目)?", text[he:he + 6])
        if ph:
            he += ph.end()
        # left edge: maximal span without a break, at most 20 chars; quotes/《》 allowed
        start = hs
        lim = max(0, hs - 20)
        i = hs
        while i > lim:
            seg = text[i - 1:hs]
            if BREAK.search(text[i - 1:i + 1]) and BREAK.search(text[i - 1:i + 1]).start() == 0 or re.match(r"[，,。；;：:！？、\s]", text[i - 1]):
                break
            # two-char break words ending at i
            if i - 2 >= lim and BREAK.fullmatch(text[i - 2:i]):
                break
            if i - 3 >= lim and BREAK.fullmatch(text[i - 3:i]):
                break
            i -= 1
        start = i
        mod = text[start:hs].strip("“”《》\"")
        if len(mod) < 2 or GENERIC.match(mod):
            continue
        kind = "org" if m.group(0) in ORG_HEADS else "project"
        out.append((start, he, text[start:he], kind))
    # drop candidates inside a longer one
    out.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    kept = []
    for c in out:
        if kept and c[0] >= kept[-1][0] and c[1] <= kept[-1][1]:
            continue
        kept.append(c)
    return kept


def main() -> None:
    seed, n, out = int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    exclude = set()
    if "--exclude" in sys.argv:
        exclude = set(json.loads(Path(sys.argv[sys.argv.index("--exclude") + 1]).read_text())["reports"])
    files = sorted(f for f in glob.glob(f"{CORPUS}/*/*/*.txt") if f not in exclude)
    picked = random.Random(seed).sample(files, n)
    data = {"seed": seed, "reports": picked, "items": []}
    for f in picked:
        doc = read_document(Path(f))
        rep = structure_report(doc)
        ents = find_entities(rep)
        for idx, s in enumerate(rep.sentences):
            es = [e for e in ents if e.sentence == idx]
            cands = scan(s.text)
            if not es and not cands:
                continue
            data["items"].append({"report": f, "sentence": idx, "text": s.text,
                                  "found": [[e.kind, e.name, e.start - s.start, e.end - s.start] for e in es],
                                  "cands": [list(c) for c in cands]})
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0))


if __name__ == "__main__":
    main()
