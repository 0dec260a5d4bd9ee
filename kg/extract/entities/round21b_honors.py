"""Round 21b (honEA, honours): a ranked list of enterprises, trades or zones is no title.

`营口港务集团入选中国服务业500强企业` (dev24), `钦州石化产业园…晋级中国化工园区20强` (dev23), `常州经开区、溧阳高新区蝉联全国省级开发区百强榜
第一、第三位` (dev16), `魏桥集团再次入围“世界品牌500强”`, `京博控股入围“亚洲品牌500强”`, `汇通达…入选中国互联网综合实力百强` (dev18): a
place among the N best of a ranking (N强, 百强) is a rank, not a title, designation or prize received. The annotators of dev13 …
dev24 (who read GUIDELINES.md and the official gold whole) list no ranked list (dev24: "ranks, rank lists (…500强) … are not
honours"), the official gold holds none, and no gold file of any set counts a ranked list of enterprises, trades, zones or
institutions, nor a world-wide one (dev9 lists nothing for `阿里巴巴、吉利控股、海亮集团进入2019年“世界500强”`).
Left alone: ranked lists of places or of a region's products (`全国百强县`, `全国外贸百强城市`, `全国营商环境百强`,
`地理标志产品区域品牌榜50强`): dev2, dev3, dev5 and dev9 count 15 of them, dev15, dev18 and dev20 count none of theirs (4); the
sets disagree, so the extractor keeps what it did.
Counted on 200 random corpus reports (seed 2125, eval/corpus_samples/honW/round21b/scan_ranked.py): a ranked list found as an
honour in 36 reports (72 lines), one of enterprises, trades, zones or institutions or a world-wide one in 22.
Also kept: a ranked list the text calls a 称号 (`荣获“中国医院百强院”称号`; dev24 counts `荣获《环球时报》“2020十大最具投资吸引力城市”
称号`), a province's ten best counties (`获评2023年度全省县域经济发展“十强县”`, a provincial award), N强 before a word that is no
kind ranked (`省级百强中心镇`, Sichuan's designation; `“十强”产业集群领军企业`, Shandong's ten leading industries), 十佳/百佳 titles
(dev24 counts `2020中国城市创新百佳示范县`).
"""

from __future__ import annotations

import re

# N强 (500强, 20强, 百强, 十强), with at most a ranking's 榜/榜单 and a kind ranked after it, at the end of the title
RANKED_LIST = re.compile(r"(?:[0-9０-９]+|[十百千]|[一二三四五六七八九]十|[一二三四五六七八九]百)强"
                         r"(?:榜单?)?(?:城市|县（市）|县市|县|市|区|主城区|新城区|城区|企业|公司|品牌|高校|村|园区|景区|医院)?(?:榜单?)?$")


# a province's ten best counties, a provincial evaluation with its award (甘州获评2023年度全省县域经济发展“十强县”, 楚雄市获评全省
# “县域经济10强县”首位): left as they were
PROVINCE_TOP_COUNTIES = re.compile(r"^(?:[0-9]{4}年度?)?(?:全省|省级?)[^、，]*(?:[0-9]+|十)强(?:县|市|区|县（市）|县（区）|县（市、区）)$")


# what is ranked: enterprises, trades, zones and institutions, or a world-wide list (no gold file of any set counts one); a ranked
# list of places or of a region's products (全国百强县, 全国外贸百强城市, 全国营商环境百强, 区域品牌榜50强) is left as it was: dev2, dev3,
# dev5 and dev9 count those, dev15, dev18 and dev20 do not
NOT_PLACES = re.compile(r"企业|公司|集团|行业|园区|开发区|高新区|基地|高校|医院|景区|世界|全球|亚洲|互联网|民营")


def ranked_list(title: str, sentence: str = "") -> bool:
    """True for a title that is a ranked list of enterprises, trades or zones (中国民营企业500强, 世界品牌500强, 中国化工园区20强,
    全国省级开发区百强榜), unless the sentence calls it a 称号 (荣获“中国医院百强院”称号: a title the text says was conferred) or it is
    a province's ten best counties."""
    if RANKED_LIST.search(title) is None or PROVINCE_TOP_COUNTIES.match(title) or not NOT_PLACES.search(title):
        return False
    return not re.search(re.escape(title) + r"[^，。；、]{0,2}[”’]?(?:荣誉)?称号", sentence)
