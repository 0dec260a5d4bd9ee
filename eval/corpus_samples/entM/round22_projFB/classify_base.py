"""Round 22 (projFB): pick shape F (named buildings without a works word, completed or put into use) and shape G (events)
rows out of cross_explain_base.tsv (made by ../round21b_lists/cross_explain.py on the base builds of 286782f).

usage: python classify_base.py cross_explain_base.tsv > cross_shapes_base.tsv
"""
import re
import sys

BUILDING = re.compile(r"(?:馆|中心|党校|之家|学校|中学|小学|大学|学院|医院|院区|校区|剧院|剧场|体育场|公园|广场|大厦|酒店|殡仪馆|宫|"
                      r"综合体|楼|站|园)(?:[一二三四五]期)?$")
WORKS = re.compile(r"(?:工程|项目|改造|扩建|新建|迁建|建设|提升|改扩建)$")
DONE = re.compile(r"投入使用|投用|建成|开放|启用|运营|运行|交付|竣工|开馆|开园|开业|落成|使用")
EVENT = re.compile(r"(?:会|节|周|月|论坛|峰会|大赛|赛|展|季|行|汇|赛事|马拉松|大会|博览会|洽谈会|交易会)$")
for line in open(sys.argv[1], encoding="utf-8"):
    st, f, mi, name, lst, win = line.rstrip("\n").split("\t")[:6]
    shape = ""
    if EVENT.search(name) and not WORKS.search(name):
        shape = "G"
    elif BUILDING.search(name) and not WORKS.search(name) and DONE.search(win) and lst == "L":
        shape = "F"
    if shape:
        print("\t".join([shape, st, f, mi, name, win[:160]]))
