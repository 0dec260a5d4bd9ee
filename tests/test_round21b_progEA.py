"""Round 21b (progEA, programs; dev24's programs cause 3, "glossary lines": `13.“八大提升行动”：基础设施提升行动、城市管理提升
行动…` (淮南) read as one item of eight and a cut 谐社区提升行动; the same shape in dev16, dev17, dev20 and dev22): the items of a colon
list of programmes — a glossary entry or a run-in term naming a set, then items joined by 、 that all end with the same programme head
— are programs (kg/extract/entities/round21b_programs.py); counted on 200 random corpus reports (seed 2122,
eval/corpus_samples/entN/round21b_programs/).

Each case is a line of a corpus report outside those 200 and outside every gold passage (place and year in the comment).
Guards: works (水厂, 水库: projects), an item that does not end with the head, a verb opening the list (the verb rules' shape).
"""

from __future__ import annotations

import pytest

from tests.test_entities import extract

# (text, programs that must not be found, programs that must be found)
CASES = [
    ("12．“四大攻坚”行动：棚户区改造攻坚行动、“大交通”攻坚行动、能源领域攻坚行动、水利领域基础设施建设攻坚行动。", set(),
     {"棚户区改造攻坚行动", "能源领域攻坚行动", "水利领域基础设施建设攻坚行动"}),  # 景德镇 2023
    ("40.“五大提升”行动：指农村“厕所革命”提升行动、农村生活污水治理提升行动、农村生活垃圾治理提升行动、面源污染治理提升行动、"
     "村容村貌提升行动。", {"指农村厕所革命提升行动"},
     {"农村厕所革命提升行动", "农村生活污水治理提升行动", "农村生活垃圾治理提升行动", "面源污染治理提升行动",
      "村容村貌提升行动"}),  # 四川 2024
    ("34、“平安江门”十大工程：即法治建设工程、民生保障工程、群众权益保障工程、社会矛盾化解工程、公共安全防控工程、人口服务管理工程、"
     "“两新”组织建设工程、信息网络服务保障工程、基层基础建设工程和平安文化建设工程。", {"即法治建设工程"},
     {"法治建设工程", "民生保障工程", "群众权益保障工程", "社会矛盾化解工程", "公共安全防控工程", "人口服务管理工程",
      "基层基础建设工程", "平安文化建设工程"}),  # 江门 2014
    ("5.冷链疫情防控“八大机制”：进口冷链食品集中监管机制、三全五管闭环机制、持证从业机制、溯源管理机制、打非清库机制、熔断排险机制、"
     "两链齐抓机制、标准流程机制。", set(),
     {"持证从业机制", "溯源管理机制", "打非清库机制", "熔断排险机制", "两链齐抓机制", "标准流程机制"}),  # 南充 2021
    ("10.海洋生态保护修复“五大工程”：海岸线整治修复工程、魅力沙滩打造工程、海堤生态化工程、滨海湿地恢复工程、美丽海湾建设工程。",
     set(), {"海堤生态化工程", "魅力沙滩打造工程"}),  # 广东 2025
    ("32.蓉城女性六大行动：指巾帼心向党行动、创业就业巾帼行动、创优创美巾帼行动、乡村振兴巾帼行动、家庭工作提升行动、巾帼维权服务行动。",
     {"指巾帼心向党行动"}, {"巾帼心向党行动", "巾帼维权服务行动"}),  # 成都 2024
    ("7.教育高质量发展“八项计划”：学前教育普惠公平计划、义务教育优质均衡计划、高中教育质量提升计划、职业教育品牌创建计划、"
     "高等教育提质增量计划、民办教育规范促进计划、特殊教育统筹发展计划、体育事业创新突破计划。", set(),
     {"特殊教育统筹发展计划", "学前教育普惠公平计划"}),  # 南充 2022
    # guards: works with a works word or an item without the head (projects), a list a verb opens
    ("22.3个饮用水工程：北部水厂一期工程、牛路水库建设工程、广州北江引水工程（水源工程）。",
     {"北部水厂一期工程", "牛路水库建设工程", "广州北江引水工程"}, set()),  # 广州 2018
    ("12.6个港口工程：广州港深水航道拓宽工程、南沙港区四期工程、南沙国际通用码头工程、南沙国际邮轮码头工程。",
     {"广州港深水航道拓宽工程", "南沙港区四期工程", "南沙国际通用码头工程"}, set()),  # 广州 2018
]


@pytest.mark.parametrize("text,absent,present", CASES)
def test_round21b_colon_lists(text: str, absent: set[str], present: set[str]) -> None:
    got = extract(text)["programs"]
    assert present <= got, (text, got)
    assert not (absent & got), (text, got)
