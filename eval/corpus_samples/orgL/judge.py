"""Round 15 orgL: the hand verdicts on candidates.tsv (every candidate found in >= 4 reports), written as judged.tsv and
keep.txt.  A candidate is kept when it is an organization by GUIDELINES.md (a company, a university, a bank, a research
academy, a media or trading platform run by a company) named without a head word; out when it is a kind of organization
(央企, 科研院所), a place or region, a government body (教育部, 省政府), a common word or fragment, or a name that is also an
everyday word in reports (东风, 远景, 移动, 光大 of 发扬光大, 浪潮, 曙光: AMBIGUOUS).  The verdicts were made by reading each
candidate (and, where unsure, its corpus lines).
Usage: python eval/corpus_samples/orgL/judge.py
"""
import csv
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEEP = {
    # national and global companies and groups, by their trading names
    "company": """华为 阿里巴巴 腾讯 京东 中石化 比亚迪 沃尔玛 富士康 科大讯飞 中兴 中石油 益海嘉里 百度 万达 中海油 一汽 阿里 华润
    微软 抖音 中粮 碧桂园 家乐福 牧原 中铁建 恒大 中铁 吉利 中国商飞 三一重工 航天科工 蒙牛 神州数码 宁德时代 港中旅 长客 顺丰 中联重科
    中兴通讯 中国中车 兰铝 航天科技 海康威视 中远海运 雨润 中信 亚马逊 奇瑞 北方重工 三星 红星美凯龙 新希望 中航工业 中国建材 麦德龙
    盒马鲜生 南方电网 字节跳动 苏宁易购 软通动力 戴尔 娃哈哈 大北农 中国五矿 中电科 东方希望 华润三九 中化 大连万达 南钢 宝能 国美
    齐鲁制药 华能 美团 快手 唯品会 太重 哈电 居然之家 保利 石药 万豪 福耀玻璃 西门子 法士特 宇通 郑煤机 华大基因 苏宁 拼多多 国电 吉化
    中国电子 海升 华泰 金风科技 陕汽 中建 格力电器 一汽大众 北汽福田 连铝 阿里云 同仁堂 美国微软 中节能 思科 伊利乳业 东软 建龙 北汽
    中交 特变电工 沈鼓 沈飞 惠普 修正药业 正威 陕鼓 隆基 伊利 海尔 中铝 伊品生物 华强 海信 中船重工 国家电网 金锣 正邦 金山云 中电投
    阜丰 携程 华电 海螺 中建材 苏宁云商 秦淮数据 天士力 葵花药业 亿纬锂能 柳工 喜来登 海航 京东方 五粮液 长城汽车 中伟""".split(),
    # banks and exchanges named by their short forms
    "bank or exchange": "国开行 农发行 上交所 深交所".split(),
    # universities and research academies by their short forms
    "university or academy": "中科院 北大 清华 哈工大 上海交大 北师大 中科大 中国农大".split(),
}
AMBIGUOUS = set("东风 远景 移动 光大 远大 正大 浪潮 曙光 心连心 三棵树 兴业 修正 九洲 中盛 中国通用".split())
GOVERNMENT = set("铁道部 科技部 教育部 省政府 国家部委 中央部委 省科技厅 香港特区政府 澳门特区政府 中央单位 政府 国家".split())


def main() -> None:
    kept = {name: why for why, names in KEEP.items() for name in names}
    rows = list(csv.DictReader(open(HERE / "candidates.tsv", encoding="utf-8"), delimiter="\t"))
    missing = set(kept) - {r["candidate"] for r in rows}
    assert not missing, missing
    with open(HERE / "judged.tsv", "w", encoding="utf-8") as out:
        out.write("candidate\treports\tverdict\treason\n")
        for r in rows:
            name = r["candidate"]
            if name in kept:
                verdict, why = "keep", kept[name]
            elif name in AMBIGUOUS:
                verdict, why = "out", "an organization's name that is also an everyday word or a fragment (ambiguous)"
            elif name in GOVERNMENT:
                verdict, why = "out", "government body"
            else:
                verdict, why = "out", "no one organization: a kind, a place, a common word or a fragment"
            out.write(f"{name}\t{r['reports']}\t{verdict}\t{why}\n")
    with open(HERE / "keep.txt", "w", encoding="utf-8") as out:
        for why, names in KEEP.items():
            out.write(f"# {why}\n" + "\n".join(names) + "\n")
    print(len(kept), "kept of", len(rows))


if __name__ == "__main__":
    main()
