"""Round 21b (honEA, honours): a ranked list is no title.

`营口港务集团入选中国服务业500强企业` (dev24), `钦州石化产业园…晋级中国化工园区20强` (dev23), `汉川获评全国营商环境百强` (dev15),
`常州经开区、溧阳高新区蝉联全国省级开发区百强榜第一、第三位` (dev16), `魏桥集团再次入围“世界品牌500强”`, `京博控股入围“亚洲品牌500强”`,
`连续第4次成功入选中国外贸百强市`, `汇通达…入选中国互联网综合实力百强` (dev18): a place among the N best of a ranking (N强, 百强) is a
rank, not a title, designation or prize received. The annotators of dev13 … dev24, who read GUIDELINES.md and the official gold
whole, list none of them (dev24: "ranks, rank lists (…500强) … are not honours", as dev15's), and the official gold holds no
ranked list. Only the two oldest sets disagree (dev3 `地理标志产品区域品牌榜50强`, dev5 `全省制造业发展综合10强`,
`中国新型智慧城市百强`); the newer sets and the official gold's silence win.
Counted on 200 random corpus reports (seed 2125, eval/corpus_samples/honW/round21b/scan_ranked.py): a ranked list found as an
honour in 31 reports (58 lines).
Kept: a number of the best before a word that is no kind ranked (`省级百强中心镇`, Sichuan's designation of central towns, a
title the province confers; `“十强”产业集群领军企业`, Shandong's ten leading industries), 十佳/百佳 titles (dev24 counts
`2020中国城市创新百佳示范县`), a ranked list the text calls a 称号 (`荣获“中国医院百强院”称号`; dev24 counts `荣获《环球时报》“2020十大最具
投资吸引力城市”称号`) and a province's ten best counties (`获评2023年度全省县域经济发展“十强县”`, a provincial award).
"""

from __future__ import annotations

import re

# N强 (500强, 20强, 百强, 十强), with at most a ranking's 榜/榜单 and a kind ranked after it, at the end of the title
RANKED_LIST = re.compile(r"(?:[0-9０-９]+|[十百千]|[一二三四五六七八九]十|[一二三四五六七八九]百)强"
                         r"(?:榜单?)?(?:城市|县（市）|县市|县|市|区|主城区|新城区|城区|企业|公司|品牌|高校|村|园区|景区|医院)?(?:榜单?)?$")


# a province's ten best counties, a provincial evaluation with its award (甘州获评2023年度全省县域经济发展“十强县”, 楚雄市获评全省
# “县域经济10强县”首位): left as they were
PROVINCE_TOP_COUNTIES = re.compile(r"^(?:[0-9]{4}年度?)?(?:全省|省级?)[^、，]*(?:[0-9]+|十)强(?:县|市|区|县（市）|县（区）|县（市、区）)$")


def ranked_list(title: str, sentence: str = "") -> bool:
    """True for a title that is a ranked list (中国民营企业500强, 全国外贸百强城市, 中国地级市品牌百强榜), unless the sentence calls
    it a 称号 (荣获“中国医院百强院”称号: a title the text says was conferred) or it is a province's ten best counties."""
    if RANKED_LIST.search(title) is None or PROVINCE_TOP_COUNTIES.match(title):
        return False
    return not re.search(re.escape(title) + r"[^，。；、]{0,2}[”’]?(?:荣誉)?称号", sentence)
