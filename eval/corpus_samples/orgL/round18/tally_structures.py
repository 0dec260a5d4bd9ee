"""Round 18 orgU: the structure of every missed gold organization of dev13 … dev17 (read by hand), tallied by set.

usage: python tally_structures.py   (reads missed_orgs_before.tsv, writes missed_orgs_structures.tsv, prints the tally)
"""
import collections

S = {
    "夏河医联体": "A shared head over a list, the head unknown or a kind (医联体)",
    "碌曲医联体": "A shared head over a list, the head unknown or a kind (医联体)",
    "农商行": "E bare short name / abbreviation (农商行 挂牌)",
    "中医药高专": "E bare short name / abbreviation (中医药高专 升本)",
    "荆州学院": "F 即 gloss / parenthesised list (“4”即4所本科高校（荆州学院、…）)",
    "长江艺术工程职业学院": "F 即 gloss / parenthesised list",
    "星火机床": "G a bare trading name lent the next item's head (星火机床公司 invented)",
    "机电学院": "H partner object of 与…合并 (甘肃工学院与机电学院合并)",
    "秦安县医院": "B facility read as project: subject of 完成整体搬迁 (a works verb)",
    "中国证券报": "C name cut short (中国证券 of 联合中国证券报: 报 no head)",
    "北交所服务基地": "B facility/place read as project: subject of 落户 (基地 a place head)",
    "长三角国家技术创新中心": "C name run on (长三角国家技术创新中心首个分中心 found)",
    "东南大学国际海洋学院": "B facility read as project: list before 等合作事项落地",
    "东南大学海洋高等研究院": "A shared prefix over a list (东南大学 carried)",
    "东南大学海洋产业科技创新中心": "A shared prefix over a list (东南大学 carried)",
    "中国空间技术研究院南平军民融合产业发展中心": "H object of 发挥…的作用",
    "市轨道集团": "I responsibility line in brackets （市住建局、市交通局、市轨道集团）",
    "中足协": "E bare short name (受到中改办、中足协肯定)",
    "先进动力与储能电池技术创新中心": "D subject named by trade only, not found (升格为省级)",
    "省合成生物标委会": "A shared head over a list, head unknown (标委会)",
    "新能源汽车光储充标委会": "A shared head over a list, head unknown (标委会)",
    "龙城科创学院": "B facility read as project: list before 启动运营",
    "广以理工常州创新研究院": "C name cut short (理工常州创新研究院 found)",
    "碳纤维及复合材料技术创新中心": "A shared head over a list, named by trade (技术创新中心)",
    "清洁能源材料技术创新中心": "A shared head over a list, named by trade (技术创新中心)",
    "省数控机床标委会": "D head unknown (标委会), list before 落户",
    "国家农发行": "E bank short name, agent of 被…列为",
    "广西先进铝加工创新中心": "D subject named by trade only, not found (…中标的)",
    "南宁华数轻量化电动汽车设计院": "D head unknown (设计院), subject of 自主研发",
    "大地飞歌集团": "H object of 重组 (南宁威宁集团重组大地飞歌集团)",
    "广西赖氨酸厂": "H object of 完成…分流安置 (厂 no head)",
    "宁波大学": "B facility read as project (推进宁波大学一流学科高校…建设)",
    "碧桂园": "G a bare trading name lent the last item's head (碧桂园集团 invented)",
    "广州大学松田学院": "B facility read as project: list before 落户",
    "岭南现代农业科学与技术广东省实验室肇庆分中心": "B facility read as project (获批建设)",
    "广物控股集团": "A shared head over a list killed by 组建新的",
    "铁投集团": "A shared head over a list killed by 组建新的",
    "广新控股集团": "A shared head over a list killed by 组建新的",
    "省农信联社": "J kind disagreement: inside a program (省农信联社改革), 联社 no head",
    "恒瑞医药": "E bare trading name, subject of 参加",
    "天晴": "E bare trading name in a subject list (恒瑞、天晴、康缘位居)",
    "美家科技": "E bare trading name, subject (美家科技“拿地”后)",
    "石横特钢": "E bare trading name, subject of 在新加坡设立",
    "北大泰安协同创新中心": "B facility read as project (与北京大学合作共建“…”)",
}
rows = [line.rstrip("\n").split("\t") for line in open("missed_orgs_before.tsv", encoding="utf-8") if line.strip()]
by = collections.defaultdict(lambda: [0, set()])
with open("missed_orgs_structures.tsv", "w", encoding="utf-8") as w:
    w.write("set\tfile\tname\tstructure\tsentence\n")
    for r in rows:
        w.write("\t".join([r[0], r[1], r[2], S[r[2]], r[4]]) + "\n")
        k = S[r[2]].split(" ")[0]
        by[k][0] += 1
        by[k][1].add(r[0])
NAMES = {"A": "shared head/prefix over a list", "B": "facility read as a project", "C": "name cut short or run on",
         "D": "head unknown / named by trade, not found", "E": "bare short or trading name", "F": "即 gloss list",
         "G": "bare trading name lent a head", "H": "object of a verb (重组, 合并, 发挥…作用)", "I": "bracketed responsibility line",
         "J": "inside a program's name"}
for k, (n, sets) in sorted(by.items()):
    print(f"{k} {NAMES[k]}: {n} names in {len(sets)} sets {sorted(sets)}")
