"""Round 26 (projMA): a named works and a bare 建成, the verb before the name (建成陕京天然气三线) or after it
(普光至万源长输管线基本建成) (fix 1), and a works of transport or water approved, listed or accepted (fix 2)
(kg/extract/entities/round26_projects.py).
Excerpts from corpus reports (seed 2611's 200), never from a gold file's passage."""
import pytest

from tests.test_entities import extract

FOUND = [
    # 梅州市 2020: 建成 + a section of a gas main
    ("建成粤东天然气主干管网梅州段，有序推进县县通天然气。", {"粤东天然气主干管网梅州段"}, set()),
    # 白银市 2023: 建成 + a road's southern extension (a section), the roads of the list before it are not read by this rule
    ("打通南环路、银山路，建成人民路南延段，改造提升友好路、康乐街等老旧巷道6条，进一步完善市内“微循环”、畅通进出“大通道”。",
     {"人民路南延段"}, set()),
    # 绵阳市 2024: 建成 + a named germplasm bank
    ("制定加快种业强市建设政策措施和评价体系，建成川北地区种质资源库，新认定国省级种业园区3个。", {"川北地区种质资源库"}, set()),
    # 广东省 2025: 建成 + a named experiment station
    ("动工建设散裂中子源二期、先进阿秒激光，建成江门中微子实验站，优化省实验室体系，新建5家基础学科研究中心。",
     {"江门中微子实验站"}, set()),
    # 湛江市 2016: 建成 + a named pumping station
    ("建成绿塘河污水提升泵站；", {"绿塘河污水提升泵站"}, set()),
    # 武汉市 2016: 建成 + a named station
    ("建成光谷火车站，尽早启动建设新汉阳站，谋划建设高铁机场站。", {"光谷火车站"}, set()),
    # 铜陵市 2015: 建成 + a hospital's building (the hospital of the name gives way to its building)
    ("增强医疗服务能力，支持市立医院创建三甲医院，建成市人民医院外科楼，建设一批特色专科，打造皖中南医疗服务中心。",
     {"市人民医院外科楼"}, set()),
    # 达州市 2021: a named pipeline + 基本建成 at the clause's end
    ("天然气年产达130亿立方米，普光至万源长输管线基本建成，市级云计算中心建成投用，4G网络覆盖率达100%。",
     {"普光至万源长输管线"}, set()),
]

NOT_FOUND = [
    # 湖北省 2006: a batch of projects (no one works)
    ("建成或基本建成了一批重点项目，新增公路通车里程34150公里，其中高速公路1080公里；", set(),
     {"或基本建成了一批重点项目", "一批重点项目", "重点项目"}),
    # 广西 2012: a kind of project completed (no name)
    ("年度计划减排项目全部建成。", set(), {"年度计划减排项目"}),
    # 吕梁市 2020: a compound verb (建成投产) is not cut into the name
    ("围绕煤电铝镁材一体化发展，建成投产中润15万吨合金棒项目，开工建设中德工业园5万吨轻量化铝镁部件。", set(),
     {"投产中润15万吨合金棒项目", "投产中润15万吨合金棒"}),
    # 武汉市 2016: a network's system built (no works)
    ("建成环射成网、循环连通的城市快速路网体系，适当加密、规划建设连接二环三环、过江越湖快速通道。", set(),
     {"城市快速路网体系", "环射成网"}),
    # 吕梁市 2021: a compound verb (建成通车) before the name is never cut into it
    ("聚焦“两新一重”等领域，建成通车静兴高速，开工建设汾石高速，加快推进祁离、离隰高速建设。", set(), {"通车静兴高速"}),
    # 苏州市 2018 (blind 100, seed 2612): a pilot project built (a kind, no works)
    ("做好地下综合管廊国家试点项目的管线入廊及运行维护工作，建成海绵城市试点项目。", set(), {"海绵城市试点项目"}),
    # 青海省 2018 (blind 100): the works read first keeps its cut (主体工程 not added)
    ("那棱格勒河水利枢纽开工建设，黄河沿岸四大水库灌区主体工程建成，农牧区饮水安全巩固提升工程惠及44.9万群众。", set(),
     {"黄河沿岸四大水库灌区主体工程"}),
    # 天津市 2007 style goal: 把 X 建成 Y (a goal, not a completion)
    ("要把滨海新区建成高水平的现代制造业和研发转化基地。", set(), {"高水平的现代制造业和研发转化基地", "滨海新区"}),
]

FOUND2 = [
    # 湛江市 2021: a railway section put into the national plan (力争 leads)
    ("动工建设合湛高铁湛江段，加快建设广湛高铁湛江段，推动湛海高铁建设，力争张海高铁桂湛段列入国家铁路“十四五”发展规划，"
     "打造中国南部沿海重要高铁枢纽。", {"张海高铁桂湛段", "广湛高铁湛江段"}, set()),
    # 赣州市 2024: an expressway put into the national plan
    ("平江灌区先导工程开工，赣州至安远至寻乌高速公路纳入国家“十四五”规划，信丰电厂二期获批立项。",
     {"赣州至安远至寻乌高速公路"}, set()),
    # 崇左市 2023: a reservoir passes its acceptance
    ("崇左电厂一期、崇左至龙州响水公路等项目开工建设，驮英水库顺利通过下闸蓄水验收，巴马至凭祥高速公路（崇左段）建成通车。",
     {"驮英水库"}, set()),
    # 焦作市 2021: a railway line put into a plan
    ("太焦铁路建成通车，孟州—巩义—偃师黄河大桥等项目加快推进，郑焦市域铁路快线纳入都市圈市域铁路规划。", {"郑焦市域铁路快线"}, set()),
    # 泉州市 2025: a pumping station listed
    ("累计向金门供水3800多万吨，金门供水工程龙湖泵站入选第一批国家水网重要节点工程；", {"金门供水工程龙湖泵站"}, set()),
]

NOT_FOUND2 = [
    # 永州市 2025: a college honoured (an institution, no works)
    ("潇湘技师学院获评国家高技能人才培训基地。", set(), {"潇湘技师学院"}),
    # 邢台市 2020: a river section honoured (no works)
    ("市内“四河”全部还清，七里河市区段获评省十佳“秀美河湖”。", set(), {"七里河市区段"}),
    # 南宁市 2025: a zone's second phase approved (X项目: round 24b's ground; a zone)
    ("南宁国际铁路港成为全国最大铁路货物出口越南的集散中心，综保区二期项目获批并全面开工建设。", set(), {"综保区二期项目", "综保区二期"}),
    # 无锡市 2025: a working airport designated a port (a status of a facility in use, no works)
    ("创新推出外籍人士来锡便利化十项措施，硕放机场获批240小时过境免签口岸，举办新日韩、德法比等高规格招商活动。", set(), {"硕放机场"}),
    # 楚雄州 2022: a town listed (no works)
    ("元谋人世界公园创成4A级景区，彝人古镇入选国家夜间文化和旅游消费集聚区，建成3条省级商业步行街。", set(), {"彝人古镇"}),
]


@pytest.mark.parametrize("text,want,avoid", FOUND + NOT_FOUND + FOUND2 + NOT_FOUND2)
def test_round26_projects(text, want, avoid):
    names = extract(text)["projects"]
    assert want <= names, names
    assert not (avoid & names), names

