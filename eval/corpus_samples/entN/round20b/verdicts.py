"""Round 20b (progCB): the hand verdicts of judged_diff200_seed2015_final.tsv (every changed line read; the half rows and why).

usage: python verdicts.py ROWS.tsv (from judge.py) > judged.tsv
"""
import sys
HALF = {
    ("政府工作报告-主要城市/福州市/2007.txt", "79"): "a field of spending in a list (用于增加新农村建设、社会保障…等公共支出): the programme named, or a domain",
    ("政府工作报告-省自治区/山东省/2008.txt", "440"): "a field of investment in a list (投向新农村建设、高技术产业…)",
    ("政府工作报告-省自治区/黑龙江省/2006.txt", "188"): "a field of investment in a list (加大对新农村建设、基础设施…等方面的投资力度)",
    ("政府工作报告-省自治区/湖北省/2011.txt", "70"): "多层次的新农村建设和城乡一体化试点: the programme, or the first of two pilots (新农村建设试点)",
    ("政府工作报告-省自治区/湖南省/2008.txt", "178"): "新型工业化、新型城市化、新农村建设和“两型社会”建设的示范区: a list qualifying 示范区 (新型工业化 was already read so)",
    ("政府工作报告-其他地市/徐州市/2014.txt", "134"): "提升中心城市、中等城市、中小城镇和新农村建设水平: the programme, or the villages as a level of settlement",
}
for line in open(sys.argv[1], encoding="utf-8"):
    _, sign, name, rep, idx, ctx = line.rstrip("\n").split("\t")
    why = HALF.get((rep, idx))
    v = "half" if why else "y"
    if not why:
        why = "the national campaign named without 战" if name == "污染防治攻坚" else "the national programme named without 社会主义"
    print("\t".join([v, sign, name, rep, idx, ctx, why]))
