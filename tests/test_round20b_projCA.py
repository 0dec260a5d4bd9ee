"""Round 20b (projCA): works words the lexicon lacked (技改, 扩能, 扩能升级, 改线, 重建, 异地新建, …; kg/data/entity_heads.txt).

A works name that ends in one of them keeps the word and drops a following 项目, as after 改造 or 改扩建 (dev19's
赤峰云铜搬迁技改, dev18's 西堤公园重建). Excerpts from corpus reports (seed 2011's 200 and other corpus reports), never from
a gold file's passage."""
import pytest

from tests.test_entities import extract

CASES = [
    # 葫芦岛市 2023: a company's technical renovation, 项目 dropped
    ("虹京科技碳酸锂技改项目竣工投产；", {"虹京科技碳酸锂技改"}, {"虹京科技碳酸锂技改项目"}),
    # 贵州省 2010: a relocation renovation (易地技改)
    ("贵阳卷烟厂易地技改项目建成投产，工艺装备水平全面提升，卷烟生产能力达到100万箱以上。",
     {"贵阳卷烟厂易地技改"}, {"贵阳卷烟厂易地技改项目"}),
    # 陇南市 2025: a phase before the works word
    ("支持徽县、成县建设百亿级优质“陇酒”产区，开工建设金徽酒百亿生态智慧产业园四期技改项目。",
     {"金徽酒百亿生态智慧产业园四期技改"}, {"金徽酒百亿生态智慧产业园四期技改项目"}),
    # 定西市 2021: a railway realigned (改线), 项目 dropped
    ("争取陇海铁路定西城区段改线项目可研获批，定西民用机场、兰汉十高铁、陇海兰渝铁路连接线等项目前期取得实质性进展。",
     {"陇海铁路定西城区段改线"}, {"陇海铁路定西城区段改线项目"}),
    # 衡水市 2016: the works word kept (the name was cut before it)
    ("石济客专、邢衡高速衡水段二期、106国道衡水湖段改线开工建设。", {"106国道衡水湖段改线"}, {"106国道衡水湖段"}),
    # 新余市 2023: a bridge rebuilt (重建)
    ("聚焦便捷出行，重点推进劳动北路快速化改造、青年路西延前期工作，加快推进孔目江大桥重建、解放西路拓宽。",
     {"孔目江大桥重建"}, {"孔目江大桥"}),
    # 韶关市 2018: 扩能升级 kept whole with its 工程
    ("加快韶关丹霞机场、韶新高速、北江航道扩能升级工程建设。", {"北江航道扩能升级工程"}, {"北江航道扩能", "北江航道"}),
]

# the same words in generic use name no works
NONE = [
    # 雅安市 2014, 甘肃省 2009: reconstruction after a disaster
    ("强力推进灾后恢复重建。", set(), {"灾后恢复重建", "恢复重建"}),
    ("加快公共服务设施重建。", set(), {"公共服务设施重建"}),
    # 唐山市 2012, 南宁市 2021: counted technical renovations, investment
    ("实施传统产业技术改造项目450项，完成工业技改投资620亿元。", set(), {"工业技改"}),
    ("推进100项以上重大工业项目，实施100项以上重点技改项目。", set(), {"重点技改", "重点技改项目"}),
]


@pytest.mark.parametrize("text,found,not_found", CASES)
def test_works_word_kept_project_dropped(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects


@pytest.mark.parametrize("text,found,not_found", NONE)
def test_generic_use_names_no_works(text, found, not_found):
    projects = extract(text)["projects"]
    assert found <= projects, projects
    assert not (not_found & projects), projects
