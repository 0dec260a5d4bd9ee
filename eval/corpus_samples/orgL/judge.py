"""Round 15 orgL: the hand verdicts on candidates.tsv (every candidate found in >= 3 reports), written as judged.tsv and
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
    # found in exactly 3 reports (the floor lowered from 4 to 3 after the first diff read all right)
    "company, 3 reports": """上海建工 中外运 中科曙光 中交建 广汽 中国南车 青岛啤酒 中国石化 瑞声科技 煌上煌 麦当劳 厦门建发 泰豪软件 上海城建
    中国中铁 江中制药 王府井百货 百安居 友达光电 甲骨文 马士基 宸鸿科技 厦钨新能源 普洛斯物流 英特尔 菜鸟网络 北京新发地 哈啤 哈药 东芝
    德国大众 太化 太钢 美锦 中国联通 沃尔沃 法国拉法基 康美药业 冠捷 三生制药 重汽 二机床 华熙生物 大润发 英利 海马汽车 以岭药业 中能建
    今日头条 冰轮 华药 以岭 神威 耀隆化工 新华联 西飞 美光 西电 西部超导 泰国正大 温氏 新兴际华 东风日产 中铁装备 东航 上汽 中电建
    中国电科 中船 中通 上海电气 明阳智慧能源 协鑫 明阳 惠科光电 龙煤 吉林化纤 美国杜邦 中航通飞 远景能源 陕旅 山东水发 陕西海升 伊品
    冷钢 南航 赣锋锂业 长岭炼化 中国中药 山东能源 龙芯中科 圣农 四维住工 华晨 首农 华兰生物 华新 怡亚通 弗迪电池 旺旺食品 山河智能
    湘电 滨化 巨峰生化 鸿图锂电 恒逸 奥鸿药业 齐二机床 齐重数控 玉柴 南车时代 酒钢 兰州石化 普洛斯""".split(),
    "bank, exchange or international organization, 3 reports": "工行 汇丰 浦发 世行".split(),
    "university or academy, 3 reports": "浙大 吉大 南京农大 兵科院".split(),
    # banks and exchanges named by their short forms
    "bank or exchange": "国开行 农发行 上交所 深交所".split(),
    # universities and research academies by their short forms
    "university or academy": "中科院 北大 清华 哈工大 上海交大 北师大 中科大 中国农大".split(),
}
AMBIGUOUS = set("东风 远景 移动 光大 远大 正大 浪潮 曙光 心连心 三棵树 兴业 修正 九洲 中盛 中国通用 联想 苹果 新大陆 大唐 三一 万通 "
                "三峡 平安 浙商 诺德 刚玉 狮头 华信 通用 东兴".split())
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
