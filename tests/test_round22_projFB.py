"""Round 22 (projFB): a list of named buildings without a works word, completed or put into use, is a list of projects
(kg/extract/entities/round22_buildings.py). Excerpts from corpus reports (seed 2202's 200 and a corpus grep), never from a
gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 德州市 2016: the museum opened with the theatre and the archives (the base had it as an organization)
    ("市博物馆、大剧院、档案馆启用，大运河成功申遗。", {"市博物馆"}, set()),
    # 荆门市 2022: three schools put into use before 等 + their kind
    ("荆门天鹅学校、钟祥龙山实验学校、东宝长宁实验学校等九年一贯制学校投入使用。",
     {"荆门天鹅学校", "钟祥龙山实验学校", "东宝长宁实验学校"}, set()),
    # 湖州市 2016: landmark buildings completed, 等一批…建筑 between the list and the verb
    ("月亮酒店、东吴国际广场等一批重大地标性建筑相继建成，新区展现活力，旧城焕发新貌，城市功能和品质持续提升。",
     {"月亮酒店", "东吴国际广场"}, set()),
    # 浙江省 2011: the second item of a list of cultural buildings
    ("西湖文化广场、浙江美术馆等一批公共文化设施建成开放。", {"浙江美术馆"}, set()),
    # 宁波市 2015
    ("中国港口博物馆、中国摄影家协会宁波艺术中心建成开放，3件作品荣获“五个一”工程奖。", {"中国港口博物馆"}, set()),
    # 无锡市 2025: the verb before the list, which ends the clause
    ("建成无锡美术馆、交响音乐厅、文化艺术中心，改造提升无锡博物院，", {"无锡美术馆", "交响音乐厅", "文化艺术中心"}, set()),
    # 湛江市 2022: the second park of two built
    ("完成8条市政道路新建和升级改造，建成怡海公园、文章公园，新建及改造50个小游园和南桥公园，", {"怡海公园", "文章公园"}, set()),
    # 六盘水市 2014: verb first, 等一批…设施 after the list
    ("建成贵州三线建设博物馆、凉都体育中心、六盘水美术馆等一批标志性公共服务设施，丰富了凉都品牌内涵；",
     {"贵州三线建设博物馆", "凉都体育中心", "六盘水美术馆"}, set()),
]

NOT_FOUND = [
    # 湘潭市 2016: counted kinds, no named building
    ("8个乡镇卫生院、161个村卫生室建成投入使用。", set(), {"乡镇卫生院", "村卫生室"}),
    # 十堰市 2025: research bodies (…研究中心, a laboratory), not buildings
    ("清华大学—东风商用车智驾研究中心、电池关键材料省重点实验室投入使用。", set(), {"电池关键材料省重点实验室"}),
    # 湖北省 2026: research platforms named 中心
    ("国家工业母机创新研究中心、鸿蒙生态创新中心等一批重大科创平台建成运行。", set(),
     {"国家工业母机创新研究中心", "鸿蒙生态创新中心"}),
    # 贺州市 2021: counted kinds of schools before the named ones (the kinds stay unread)
    ("新（迁）建中小学校（幼儿园）32所，市民族学校、八步区城东实验初级中学、城东幼儿园建成投用，", set(),
     {"中小学校", "新（迁）建中小学校"}),
]


@pytest.mark.parametrize("text,must,must_not", FOUND + NOT_FOUND)
def test_listed_buildings(text, must, must_not):
    got = extract(text)["projects"]
    assert must <= got, (must - got, got)
    assert not (must_not & got), (must_not & got, got)


def test_building_put_into_use_is_no_organization():
    # 德州市 2016 / 浙江省 2011: the works frame is certain, the museum is no organization there
    assert "市博物馆" not in extract("市博物馆、大剧院、档案馆启用，大运河成功申遗。")["organizations"]
    assert "浙江美术馆" not in extract("西湖文化广场、浙江美术馆等一批公共文化设施建成开放。")["organizations"]
