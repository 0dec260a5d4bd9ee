"""Round 24 honHA: how the region names of round24_honors.REGION were chosen. For each candidate (the 31 provinces' short names
and multi-place regions written in the corpus), the number of corpus reports (all 2,941) that write an honour trigger, the name,
and a designation's head within one clause (列入川渝…试点城市, 纳入长三角…示范区, 成为广西…示范基地).

usage: python eval/corpus_samples/honW/round24/count_regions_corpus.py
"""
import collections
import glob
import re

CANDIDATES = ("北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 广西 海南 重庆 四川 贵州 "
              "云南 西藏 陕西 甘肃 青海 宁夏 新疆 长三角 粤港澳大湾区 珠三角 京津冀 成渝 川渝 湘赣边 合芜蚌 长江经济带 黄河流域 攀西 中俄 "
              "长株潭 呼包鄂 关中 北部湾 海峡西岸 皖江 中原 东北 苏南 武汉城市圈 淮河").split()
TRIG = r"(?:被|成功|正式)?(?:列入|纳入|成为|被确定为|确定为|被列为|列为|获批|入选|被评为|获评|认定为|命名为)"
HEAD = r"[^，。；、“”]{2,24}?(?:试验区|示范区|先行区|实验区|先导区|试点(?:城市|县|市|区|省|地区|单位)?|示范(?:市|县|区|城市|基地|园区|点|村|镇|单位))(?=[，。；、和]|$)"
count = collections.Counter()
for f in glob.glob("/tmp/govkg-corpus/reports/*/*/*.txt"):
    text = open(f, encoding="utf-8").read()
    for name in CANDIDATES:
        if re.search(TRIG + "(?:首批|第.批)?" + name + "(?![省市])" + HEAD, text):
            count[name] += 1
for name in CANDIDATES:
    print(f"{name}\t{count[name]}")
