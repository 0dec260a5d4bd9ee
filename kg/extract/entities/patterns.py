"""Regular expressions and constants shared by the entity rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

HAN = "\u4e00-\u9fff"
MASK = "\ue000"  # a separator inside quotes or brackets: a list never splits there
OPEN_CLOSE = {"“": "”", "‘": "’", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」"}
OPENERS = re.compile("[" + "".join(OPEN_CLOSE) + "]")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
QUOTES = "“”‘’「」\"《》"
NUMBER = r"(?:[0-9０-９.]+|[一二三四五六七八九十百千两几]+)(?:多|余)?\s*"
MEASURE = "个家所座处条项支张套台批名户场部片种类位栋间幢组大件"
# A name followed or preceded by a count is a class of things (社区卫生服务中心1所, 2个逾期项目).
FIGURE_AFTER = re.compile(rf"[”’]?(?:[（(][^）)]*[）)])?(?:达到?|增至|达|共|累计|近|超过?|约|总数|总计)?"
                          rf"{NUMBER}(?:万|亿)?(?:多|余)?[{MEASURE}]")
# …, also after the other items of a list (建成街道养老服务中心、社区日间照料中心(站)17个)
LIST_THEN_FIGURE = re.compile(r"(?:、[^、，,；;。0-9]{1,20})*" + FIGURE_AFTER.pattern)
LOOSE = re.compile(r"一批|一系列|各类|各项|多家|了|已|[^土]地(?:推进|进行|开展|实施|推动)|^(?:我们|你们|他们|今年|去年|明年|当年)|^[0-9.]+\s*(?:万|亿)?(?:平方公里|平方米|公里|千米|米|亩|吨|千瓦|个|家|所|座|处|条|项|户|套)")
COUNTED = re.compile(rf"[0-9０-９.]+\s*[万亿]?(?:多|余)?[{MEASURE}]|[一二三四五六七八九十两几]+(?:多|余)?个")  # 16个街道…
COUNT_BEFORE = re.compile(rf"{NUMBER}[{MEASURE}][{HAN}]{{0,4}}$")
ENUMERATOR = (r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,2}是|[一二三四五六七八九十]{1,2}、|\d{1,2}(?:[.．](?![0-9]+[^0-9\s])|、)|"
              r"(?:世界|中国|全国|全球|国内|全省|民营)?\d+强")
STOP = re.compile(r"的|成为|作为|(?<![存现实正])在(?!线)|(?<![面方导转走倾意动偏])向|将|把|被|(?<![遵服听])从|(?<![作成认行因称华])为|"
                  r"(?<!所)以(?!及)|以及|通过|按照|关于|围绕|聚焦|"
                  r"[0-9.]+[万亿]?元|[0-9.]+%")
# a time before a name is no part of it (6月底前刘湾大桥建成通车)
TIME_LEAD = r"\d{1,2}月(?:底|末|中旬|上旬|下旬)?(?:前|以前|内)|年内|年底前|上半年|下半年|\d[A-F]级"  # and a grade: 4E级湛江新机场
ORDINAL_OR_YEAR = re.compile(r"第[一二三四五六七八九十百零〇\d]+[届次期]|首届|\d{4}|[（(]")
PHASE_AFTER = re.compile(r"(?:[东南西北中]区|(?:[一二三四五六七八九十\d]+|首)期(?:工程)?|[东南西北中]段|[（(][^）)]{1,8}段[）)])")
PHASE_AT_END = re.compile(PHASE_AFTER.pattern + "$")
# 兴赣高速北延, 轨道交通4号线南延线, 北滨河路西延线: an extension of a line or road continues its name
EXTENSION_AFTER = re.compile(r"[东南西北]延(?:伸)?(?:线|段)?(?:工程)?|延伸[线段](?:工程)?|延长线(?:工程)?|(?<=速)[\u4e00-\u9fff]{2,4}?互通(?:立交)?")
# 全国唯一稀金交易所, 全市第一家青少年科普中心: a rank before a name is no part of it
RANK_LEAD = re.compile(r"(?:全国|全省|全市|全区|全州|国内|省内|市内|全球|亚洲|世界|中国|我国|我省|我市|我区|[\u4e00-\u9fff]{2}地区|[\u4e00-\u9fff]{2})?"
                       r"(?:唯一|首家|首个|首座|首条|第[一二三四五六七八九十]+(?:家|个|座|条|所))(?:的)?")
GENERIC_LEAD = re.compile(r"(?:市级|区级|县级|省级|国家级|自治区级|各级|各类|一批|一系列|系列|多个|一个|这个|这些|"
                          r"有关|相关|有效|新的|其他|部分|所有|全部|其中|若干)")
NOT_EVENT = re.compile(r"(?:代表大会|党代会|全会|常委会|政协会议|工作会议|工作会|座谈会|党的二十大|党的十九大)$")
LEVEL_PREFIX = re.compile(r"(?:自治区|市|区|县|省|州)(?!级|区|域|场|会|府|属|直|内|外|委)")
PROPER_FLAGS = ("ns", "nr", "nrt", "nrfg", "nz", "nt", "eng", "m")
# words jieba tags as names that are common nouns in reports
COMMON_PROPER = frozenset("中小 城镇 乡镇 城市 农村 城乡 乡村 社区 街道 中华 全国 地方 上市公司 广播电视 县乡 中国 国家 国际 全球 亚洲 "
                          "世界 西部 东部 中部 北方 南方 中西部 东北 西北 西南 华北 华东 华南 一批 一个 一些 一流".split())
CATEGORY_RUNS_ON = ("政策|断头|工作|问题|领域|方面|资金|人员|需求|服务|主体|融资|家|用地|债务|风险|群体|职工|人才|产品|"
                    "品牌|文化|精神|标准|环境|活力|效益|利润|数量|规模|收入|负担|成本|建设者|负责人|管理|改革|资源")
COMMON_SINGLE = set("区市县省州镇乡村街路新老大小中高低多少上下东南西北内外前后和及与的等了在对为并或厂站场")
TOPONYM_END = re.compile(rf"[{HAN}](?:路|街|巷|大道|桥|湖|山|河|江|湾|岛|寺|塔|亭|门|坝|沟|峡|洲|岭|峰|滩|泉|台)$")
CLASS_END = re.compile(r"(?:型|性|类|级|化|式|等|各)$")
INTO_END = re.compile(r"(?:进|入|到)$")  # 文化进学校: a campaign into schools, not a school
SINGLE_HEAD_FOLLOW = re.compile(rf"(?:[^{HAN}]|等|和|及|与|建设|改造|项目|工程|一期|二期|三期|开工|建成|投用|竣工|"
                                r"落地|开放|开业|成为|加快|正式|全面|主体|已|顺利|基本)")
# round 14c: 主体 after a head runs a name on (市场主体, 集团主体信用评级) unless the works are finished: …工程主体完工, …主体建成,
# …主体结构封顶 (23 of 200 random corpus reports, seed 1414, read 主体完工 or 主体建成; 市老年公寓二期工程主体完工 was lost)
HEAD_RUNS_ON = re.compile(r"轨道|城区|城市|城乡|城镇|城(?![东南西北中]|[\u4e00-\u9fff]{0,2}(?:建成|开工|投用|竣工))|学位|师|开放|主体(?!完工|建成|竣工|封顶|基本完工|基本建成|结构封顶)|经济|示范|项目|资金|人员|领域|体系|建设者|的|之|化|型|性|者|"
                          r"员|费|款|率|量|额|区域|板块|组(?!建成立|建运营|织)|家|人|园区|小区|部|群|链|业|界|局|港口|长|务|门|内|外|上(?!市)|中(?!段)|"
                          r"发展(?![，,。；;、]|壮大)|稳定|基地|成果|成效|红利|任务|举措|目标|要求|精神|意识|力度|能力|水平|委|覆盖|联盟")
PROGRAM_RUNS_ON = re.compile(r"协作|合作|增资|入股|投资|并购|重组|伙伴|规划|部署|储备|新兴|支点|定位|机遇|布局|意图|思维|眼光|高度|性|区|园|城")
PROGRAM_MENTION = re.compile(r"任务|工作|成果|成效|举措|目标|要求|红利")
INSTITUTION_RUNS_ON = re.compile(r"工作|任务|职能")  # 经济建设这一中心工作
# 上海国际航运中心, 区域性金融中心, 国际消费中心 (797 corpus reports): a city's role in a strategy, no institution
ROLE_CENTER = re.compile(r"(?P<role>(?:国际|区域性?|全国性|东北亚|国家)[\u4e00-\u9fff]{0,4}?(?:航运|金融|贸易|消费|科技创新|科创|商贸|经济)中心)$")


@dataclass(frozen=True, slots=True)
class _Found:
    kind: str  # program | project | organization
    name: str
    start: int  # offsets in the sentence
    end: int
    rank: int  # lower wins an overlap: lists, then lexicons, then head words, then quotes


@dataclass(frozen=True, slots=True)
class _Honor:
    honor: str
    recipient: str
    start: int
    end: int
    recipient_kind: str = "unit"

# round 9: 桥 heads a named bridge (江汉七桥, 西大街桥), not a kind (危桥改造, 农村公路桥, 路桥, 道桥), a figure of speech
# (遇水架桥, 连心桥, 新亚欧大陆桥), a count (九路两桥) nor a place named after a bridge (高桥等区域, 化龙桥等片区)
BRIDGE_HEADS = frozenset("桥 高架桥 跨线桥 公路桥 铁路桥 两用桥".split())  # the heads of kg/data/entity_heads.txt, round 9
NOT_A_BRIDGE = re.compile(r"(?:[危病）陆架搭过通管渡道穿两]|连心|农村公路|路[一二三四五六七八九十]|(?:[^\u4e00-\u9fff]|[道政农项个条要村和及、])路)桥$")
BRIDGE_AS_PLACE = re.compile(r"[\u4e00-\u9fff、]{0,16}?等(?:重点)?(?:片区|区域|地区|板块)|(?:片区|区域|地区|板块|街道|社区|镇|村|站|进出口|互通|枢纽|路段)")
