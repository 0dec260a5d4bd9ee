"""What a number measures: the indicator phrase of its clause, from patterns and lexicons."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources

from ..rx import compile_fast
from . import round26_indIB
from .tokens import is_punctuation, pos

CLAUSE_BREAK = re.compile(r"[，,；;：:。！？!?]")
# Words between an indicator and its number that are not part of the indicator (计划 is, after 投资, 招生, 培养,
# 滚动, 年度, 任务: 投资计划306.5亿元).
# Round 11: 建设 after a built thing before its size (完成农村公路建设601公里 -> 农村公路, as the 临沧 file's 农村公路 for
# 实施农村公路建设1600多公里; not 违法建设, 生态建设), 继续, and 稳定/长期 before 保持 (粮食产量继续保持500亿斤以上; 110 of 2,999 corpus reports), 同口径/可比口径
# before a growth rate (一般公共预算收入同口径增长8%; 294).
# Round 12b: 率先, 在全省率先, 在全省地级市中率先 before what the figure reaches (新能源新材料产业率先突破500亿元; 44 of 2,999 corpus reports), 递增 as a
# growth verb (财政收入年均递增10.7%; 25).
# Round 12: 可比 alone before a growth rate (一般公共预算收入可比增长6.9%, …343.5亿元，可比增长13%; 55 of 2,999 corpus reports),
# a price basis (生产总值按可比价格计算平均每年增长11%, 人均生产总值按当年价格计算由…; 106 reports).
# Round 10: 有望, 可望, 可 before what the figure reaches (经济总量可望突破百亿元; 67 of 2,941 corpus reports).
# Round 8 (a random sentence of each of 300 corpus reports): a modal (园区要…, 增加值均要…; 81 reports), 在 before a
# threshold (投资额度在5000万元以上; 54), a comparison (人均收入低于2300元; 626), a fixed term (第二轮土地承包到期后
# 再延长30年; 225).
# Round 15 (ind18): 各 after a list that one figure counts for each member (新增国家级和省级湿地公园试点各1个, 城镇居民…和
# 农民人均纯收入各增长9%; 30 of 200 corpus reports, seed 1505): the list names what is measured, 各 is no part of it.
# Not after places or a period (三县各2户, 浔阳区、…开发区各100万平方米, 首期各50亿元): there the thing is named elsewhere.
# Round 17 (ind19): 今年, 逐步/逐年 and 从目前的 between a subject and what it reaches, as in the 使-clauses of plans (使全省
# 有效灌溉面积今年增加100万亩, 使农民总体减负逐步达到100%, …平均时速从目前的14公里左右提高到20公里).
TRAILING = compile_fast(  # the same matches as re.compile, a faster scan (kg/rx.py)
    r"(?:(?<=[\u4e00-\u9fff”）)]{2})(?<![县市镇乡村期])(?<![^园范]区)各|到期后再?延长|(?<![重主需必纲摘首只想])要|(?<![存所现正实内外好自潜])在|(?:远|均|都|不)?(?:低于|高于|少于|多于)|不足|同比|比上年|较上年|比去年|年均|平均|(?:月|年)?(?:人|户|亩)均|累计|共计|合计|总计|分别|全年|当年|今年|逐步|逐年|(?:从|由)目前的?|已经|已|均|都|只|仅|将|(?<![减担抱胜欺正])负|基本|顺利|陆续|相继|首次|仍|接近|比年初|较年初|[（(]?按?(?:同|可比)口径|(?<!按)可比|按(?:可比|当年|不变|现行|\d{4}年)(?:价格?|口径)(?:计算|计)?|平均每年|一律|压减|(?:比|较)\d{4}年(?:末|底)?|(?:比|较)(?:前|上|上个|过去)[一二三四五六七八九十两\d]{1,2}年|(?:提高|增长|提升|下降|增加|上升|降低)?到\d{4}年(?:末|底)?的?|(?:首次|首破|突破|跨过|迈上|跃上|超过)[十百千万亿]+(?:元|亿元|万元|大关)?、?|(?<=[\u4e00-\u9fff]{2})占|(?<=[值入资额量售销模])过|削减|(?<![签合履节制公契预])约|近|超过|超|突破|达到|达|为|是|至|到|了|首破|迈上|跨上|"
    r"增长|下降|提高|降低|增加|减少|上升|回落|提升|缩短|压缩|精简|扩大|增至|降至|保持在|保持|稳定在|控制在|发展到|发展至|以上|左右|以内|不少于|不低于|不超过|"
    r"(?<=[\u4e00-\u9fff]{2})(?<![拥现既所具持占没享到年月区市县省村镇街少要])(?<![年月区市县省村镇街][只已经还共约均仅])(?<![年月]已经)(?:共|约|均|只|仅|已经|已|还)?有|有望|可望|继续|(?:在?(?:全国|全省|全市|全区|全州|全县)(?:范围内|[\u4e00-\u9fff]{1,6}中)?)?率先|(?:年均)?递增|(?<=[路田房道通带池廊网站场园厂桥馆库渠堤林楼校目程])建设|(?:稳定|长期)(?=保持)|(?<=[\u4e00-\u9fff]{2})可(?=达|超|突破|实现|增长)|力争|预计|(?<![招生投资年度培养滚动务])计划|目标|由|从|完成|实现|全部|预期|名义|实际|始终|整体|总体|"
    r"(?:比|较|由|从|是|为)“[^“”]{1,8}”(?:末|时期|期末|期间)?(?:的|高|低|快|慢|多|少|提高|增加|下降)?|新增|净增|再|又|还|进一步|至少|至多|拟按|拟|"
    r"占(?:全省|全市|全国|全区|全州|全县)的?(?:比重)?|(?:均|分别)?(?:是|为|相当于)(?:\d{4}年|全国|全省|上年|去年)(?:平均水平)?的?|(?:由|从)\d{4}年(?:底|末)?的?|"
    r"(?<!\d)(?:近|过去)?[一二三四五六七八九十两\d]{1,2}年(?:来|间|中)?|“[^“”]{2,6}”(?:时期|期间|以来|末|期末)|(?<=[\u4e00-\u9fff]{2})\d{4}年(?:底|末)?|(?<=[\u4e00-\u9fff]{2})(?:占到|占|相当于)了?[\u4e00-\u9fff]{2,12}的|涨幅|上涨|下跌|降幅|增幅|增速|降|升|重回|回升|连续|设定为|设定|定为|确保|"
    r"(?:高于|低于|快于|慢于|超过)(?:全国|全省|全市|全区|全州)(?:平均水平|平均)?|"
    r"(?:平均)?每(?:天|日)|每(?:人|户|亩)(?:每(?:年|月))?|持续|多增|少增|(?:由|从)(?:上年|去年)(?:同期|度)?的?|折合|连续第?[\d一二三四五六七八九十]{1,2}年|双双|"
    r"(?<=分别)(?:提高|增长|下降|增加|降低|上升|扩大|缩小)?\d+(?:\.\d+)?(?:个百分点|%)?[和、]|"
    r"(?:分别)?比(?:全国|全省|全市|全区|上年|去年)(?:平均水平|平均)?(?:高|低|快|慢|增长|下降|提高|多|少)?)+$"
)


@lru_cache(maxsize=4096)
def strip_trailing(text: str) -> str:
    """TRAILING.sub("", text), remembered: the rules strip the same few thousand prefixes (before a figure,
    of a clause) again and again (32,003 calls, 7,467 distinct texts per report, on 40 corpus reports)."""
    return TRAILING.sub("", text)


# Round 15 (ind18) adds 市本级/县本级… (the city's own budget level), a scope like 全市 (市本级“三公”经费下降9.6% -> “三公”
# 经费, as samples B, C, H, L and N judged it; 23 of 200 corpus reports, seed 1505, write it before a figure's name);
# not when only a bare amount or a verb of paying follows (市本级支出11.9亿元, 自治区本级安排14.64亿元: the level names it).
# Round 13 adds a part of a city before its air quality or a governing verb (主城区空气质量优良天数, 市区新建…: 259 and
# 426 of 2,999 corpus reports; the gold files drop scopes: 全区接待游客 -> 游客, dev2's 县城以上环境空气质量优良天数比例 ->
# 环境空气质量优良天数比例) and the national-and-provincial assessment before 断面 (52个国、省考断面…; 71 reports write
# the count so, dev3's 20个国考、省考断面 -> 断面).
# Round 12 adds 我们 and 成功 before a governing verb (成功创建全国民主法治示范村（社区）5个, 我们成功争取…债券; 918 of
# 2,999 corpus reports write 成功 and such a verb before a figure).
# Round 10 adds a dash that opens a line of results or goals (——全省生产总值…; about 2,000 of 2,941 corpus reports
# open lines so). Round 8 adds: 一是…十是 (enumerators), a span of years before what was done in it (五年实际利用外资; not 九年义务教育,
# 学前三年毛入园率, 三年行动), an adverb before a governing verb (再改造, 高标准建设, 综合治理 but not 综合治理工程).
LEADING = re.compile(r"^(?:[—–-]{1,2}|[（(]?[\d一二三四五六七八九十]{1,2}[、.．）)]|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff])|(?:到|至)?\d{4}年(?:底|末)?|“[^“”]{2,6}”(?:时期|期间|以来|末|期末)|预计|同口径|为(?=企业|群众|农民|居民|市场主体|纳税人)|(?:及)?以[上下](?=[\u4e00-\u9fff、])、?|(?:左右|以内|之内)、|全年|全区|全市|全县|全州|全省|全国|(?:[市县区州省旗]|自治区|自治州)本级(?=[\u4e00-\u9fff“]{2})(?![\u4e00-\u9fff]{0,3}(?:支出|收入|筹集|安排|投入)$)|我区|我市|我县|我州|我省|我国|今年|去年|其中|同时|(?:特别|尤其)是|并|共(?![享建同青产有治性])|累计|均|(?:到|至)本世纪末|(?:近|过去)?[一二三四五两]年(?=投入|累计|完成|新增|实现|建成|新建|争取|引进)|(?:近|过去)?[二三四五六七八九十两]年(?:来|间)?(?=[\u4e00-\u9fff]{2,}(?:总?产值|增加值|收入|总额|投资))|(?:近|过去|这)?[二三四五六七八九十两]年(?:来|间|中|里|内)?(?![\u4e00-\u9fff]?(?:义务|级|一遇|毛入|制|期|度|行动|攻坚|规划|计划))(?=[\u4e00-\u9fff“]{2})|"
                     r"(?:再|又|高标准|高质量|高水平|高品质|高起点)(?=(?:新|改|扩)*建|改造|打造|规划|实施|完成|推进|整治|提升|治理|修复|更新)|综合(?=(?:治理|整治)(?!工程|项目|行动|试点|任务|区))|各类型|各类|各项|各级|各种|首批|一批|率先|我们|成功(?=创建|争取|举办|承办|引进|申报|申创|获批|获得|入选|签约|招引|化解|处置|破获|培育|打造|创成|列入|纳入|实施|发行|引入|吸引|挂牌|上市|认定|帮助|扶持|救治)|在(?:全国|全省|全市|全区|全州|全县)(?:范围内)?(?=率先|[\u4e00-\u9fff]{2})|年内|期末|年初|目前|努力|本年度|新(?=上规|进规|入规|纳统|入统)|设区市|地级及以上城市|县城以上|(?:[\u4e00-\u9fff]{2,3}市(?=城区|中心城区))?(?:市中心城区|中心城区|中心城市|主城区|城区|市区)(?=(?:环境)?空气|PM|细颗粒物|新建|建成(?!区)|新增|实施|整治|拆除|打通|新改建|改扩建)|(?:国考、省考|国、省考|省、国考|省考、国考|省考)核?(?=[\u4e00-\u9fff]{0,6}断面)|初步|按可比口径|按(?:可比|当年|不变|现行|\d{4}年)(?:价格?|口径)(?:计算|计)?|对(?![外俄口台])(?![\u4e00-\u9fff]{1,10}的贡献)|向|将|把|拟|以(?!上|下)|已|及(?!时)|和|与|确保|力争|争取(?:到(?!位))?|(?:以)?使(?:得)?(?![用馆命者节团领])(?=[\u4e00-\u9fff“])|(?:成为)?第[一二三四五六七八九十\d]+个|\d{4}年(?:度)?|年末|年底)+")
# Round 17 (ind19): 使/使得/以使 + what the work brings about (使农民人均纯收入增加150元, 使公共交通分担率提高到50%: an
# indicator opened with 使 in 14 of 200 corpus reports, seed 1705) is dropped like 确保 and 力争; not 使用, 使馆, 使命….
SUFFIX_ONLY_CHARS = re.compile(r"^[率量额数值比度幅]")
# Amount words that begin with those characters and still need a word before them (企业|数量, 投资|比重).
SUFFIX_WORDS = frozenset({"数量", "数额", "数目", "数值", "比重", "比例", "比率", "额度", "幅度", "量级", "比值", "度数"})


class _SuffixOnly:
    """Whether a text opens with a bare amount word (率, 量, 数量, 比重): it cannot name anything alone. Not a
    noun that merely begins with such a character (数字经济标杆园区, 比赛场次, 度假区)."""

    @staticmethod
    def match(text: str) -> bool:
        if not SUFFIX_ONLY_CHARS.match(text):
            return False
        first = pos(text[:8])[0][0]
        return len(first) == 1 or first in SUFFIX_WORDS


SUFFIX_ONLY = _SuffixOnly()
QUOTE_CHARS = "“”‘’"


@cache
def _words(name: str) -> frozenset[str]:
    words: set[str] = set()
    with resources.files("kg.data").joinpath(name).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


@cache
def _verbs() -> frozenset[str]:
    words: set[str] = set()
    with resources.files("kg.data").joinpath("governing_verbs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


@cache
def _inner_verbs() -> re.Pattern:
    words: set[str] = set()
    with resources.files("kg.data").joinpath("inner_verbs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return re.compile("|".join(sorted(words, key=len, reverse=True)))


@cache
def _ending_verb() -> re.Pattern:
    return re.compile("(?:" + "|".join(sorted(_verbs(), key=len, reverse=True)) + ")$")


@cache
def _verbs_or_predicates() -> frozenset[str]:
    """Governing verbs and indicator predicates, joined once (perf: a union of sets per call cost more than the call)."""
    return _verbs() | _words("indicator_predicates.txt")


@cache
def _indicator_verbs() -> frozenset[str]:
    words: set[str] = set()
    with resources.files("kg.data").joinpath("indicator_verbs.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


@cache
def _leading_verbs() -> re.Pattern:
    verbs = "|".join(sorted(_verbs() | _indicator_verbs(), key=len, reverse=True))
    # 新（改）建, 新（改、扩）建: the alternatives in brackets (about 150 corpus reports) are one verb
    bracketed = "[新改扩]?[（(][新改扩续、]{1,4}[）)]建"
    # 新扩建, 新改扩建, 新改建 (about 1,000 corpus reports): one verb, whichever of 新/改/扩 it joins
    joined = "[新改扩]{2,3}建(?!设)"
    return re.compile(f"^(?:{bracketed}|{joined}|新?(?:{verbs}))(?:[、和及](?:{bracketed}|{joined}|新?(?:{verbs})))*"
                      "(?:到(?![\\d位期])|了)?")


@cache
def known_indicators() -> tuple[str, ...]:
    with resources.files("kg.data").joinpath("indicators.txt").open(encoding="utf-8") as fh:
        names = [line.strip() for line in fh if line.strip() and not line.startswith("#")]
    return tuple(sorted(names, key=len, reverse=True))


@cache
def _known_set() -> frozenset[str]:
    return frozenset(known_indicators())


@cache
def _known_suffixes() -> frozenset[str]:
    """Every non-empty tail of every known indicator: `text in` it is `any(name.endswith(text) …)`."""
    return frozenset(name[i:] for name in known_indicators() for i in range(len(name)))


def _longest_known_at_end(text: str) -> str | None:
    """The longest known indicator that ends `text` (the first of known_indicators(), longest first, that
    ends it), found by looking up the tails of `text` instead of trying every name."""
    known = _known_set()
    for i in range(len(text)):
        if text[i:] in known:
            return text[i:]
    return None


# Heads that need what comes before 的 to mean anything (占地区生产总值的比重).
RELATIONAL_HEADS = frozenset({"比重", "比例", "比率", "份额", "水平", "倍数", "总和", "平均水平", "增速"})


@cache
def _known_with_lead() -> tuple[str, ...]:
    """Known indicators that open with what LEADING drops (全国重点实验室: 全国 is no scope there)."""
    return tuple(name for name in known_indicators() if LEADING.sub("", name) != name)


def _drop_lead(text: str) -> str:
    """LEADING.sub, but a known name that opens with a scope word keeps it (Round 15, ind18: 13家全国重点实验室 ->
    全国重点实验室, the designation, not 重点实验室)."""
    stripped = LEADING.sub("", text)
    if stripped != text and (kept := _known_with_lead()):
        for name in kept:
            at = text.find(name)
            if at != -1 and not LEADING.sub("", text[:at]):  # only leading words before the name
                return text[at:]
    return stripped


@lru_cache(maxsize=4096)  # a pure function of the text, called again and again on the same few (perf)
def clean(text: str) -> str:
    text = _drop_lead(text.strip("、，,的 \u3000")).strip("、，,的 \u3000")
    if "中的" in text and len(text.rsplit("中的", 1)[1]) >= 2:
        text = text.rsplit("中的", 1)[1]  # 大中型项目中的重要单项工程: the part named last
    elif "的" in text:
        front, tail = text.rsplit("的", 1)
        words = pos(front)
        if len(tail) >= 2 and tail not in RELATIONAL_HEADS and "“" not in tail and not re.search("对(?![外俄口台])", front) \
                and words and words[-1][1] == "v":
            text = tail  # 来威就业创业的大学生, 省政府授予的荣誉: a relative clause before its head
    if text.startswith("在") and len(text) > 3 and pos(text[:6])[0][0] == "在":
        text = LEADING.sub("", text[1:])  # 在 as a preposition, not 在校生 or 在建
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    return "" if not text or is_punctuation(text) else text


@lru_cache(maxsize=4096)  # a pure function of its arguments; a report asks for the same prefixes again (perf)
def before(prefix: str, work: bool = False) -> str:
    """The indicator that ends right before a number: 全年实现地区生产总值增长 -> 地区生产总值.

    Returns "" when the clause ends in 等 or a verb, so that the caller looks after the number. work=True: the
    figure is a length or an area, the amount of work a verb names (修补道路18万平方米), so the verb stays.
    """
    prefix = prefix.rstrip(" \u3000")  # 城镇新增就业 6万人: a space before the figure
    text = strip_trailing(prefix)
    if "为" in text:
        text = _for_whom(text)
    if "获" in text:
        text = _received(text)
    if _predicates(True).search(text.rstrip("、")) and not _begins_with_verb(LEADING.sub("", text)):
        text = _drop_predicates(text, only=True)  # 地区生产总值迈过2000亿元
    whole = _achieved_whole(text)
    if whole:
        return whole
    text = _achieved(text)
    if "经济增长" in prefix and text.endswith("经济") and clean(_strip_front(text)) in ("经济", ""):
        return "经济增长"  # 经济增长6%左右: the growth of the economy is the indicator's own name
    if work and (lone := _lone_work_verb(text)):
        return lone  # Round 17 (ind19): 提质改造1028公里, 完成提档升级91公里: the work itself, as before
    if not text or text.endswith(("等", "、", "和", "及", "与")) or _ending_verb().search(text):
        return ""  # a verb or a list mark right before the number: the indicator follows it
    if "等" in text:
        tail = text.rsplit("等", 1)[1]
        if len(tail) >= 2:
            text = tail  # 酒店、住宿、餐饮等消费 -> 消费
    text = _after_scope(_after_total(text))
    known = _longest_known_at_end(text)
    result = clean(_after_inner_verb(_strip_front(text)))
    if result and all(flag in ("v", "ad", "d", "m") for _w, flag in pos(result.removeprefix("新"))):
        return ""  # only a verb (坚决守住18亿亩耕地红线, 确定160个…, 新设): the thing follows the number
    if not known and not work:
        result = _drop_leading_verbs(result)
        while (spent := FUND_SPENT.match(result)) and len(result) - spent.end() >= 3 \
                and (fund := clean(result[spent.end():])) != "资金":
            result = fund  # Round 19 (indAA): 投入|扶贫|专项资金 -> 扶贫专项资金, 整合投入省级涉农资金; not 整合各类资金
    if known:
        # A known name is never cut (城镇新增就业, not 就业); its own modifiers stay (公共财政收入).
        extra = result[:-len(known)]
        keep = result.endswith(known) and extra and not _has_verb(extra) and not re.search("[、和及与]", extra)
        # 城镇和农村常住居民人均可支配收入均增长8%: one figure for both, the joined name
        keep = keep or bool(re.fullmatch("[\u4e00-\u9fff]{2,4}[和、及与]", extra))
        # 软件和信息技术服务业营业收入: an industry named with 和 is one name, not a list
        keep = keep or (bool(re.fullmatch("[\u4e00-\u9fff]{2,6}和[\u4e00-\u9fff]{2,10}业", extra))
                        and not _has_verb(extra) and "分别" not in prefix)
        # 食品、石化产业营业收入双双突破4000亿元: 双双 says the figure is the whole list's
        keep = keep or ("双双" in prefix and bool(re.search("[、和及与]", extra)) and not _has_verb(extra))
        return _relief(result) if keep else known
    if not result:
        result = clean(LEADING.sub("", text))  # the verb is the indicator itself: 投资1.95亿元
        if result and all(flag in ("v", "ad", "d", "m") for _w, flag in pos(result)):
            return ""  # 启动首批10个PPP试点: the thing follows the number
    result = _relief(result)
    return result if len(result) >= 2 else ""


# Round 13: who is spared, before the relief (为市场主体减税降费25.7亿元, 为企业减负68.3亿元, 企业退税减税降费…; 152 of
# 2,999 corpus reports write 为 + who + the relief before an amount, 272 who + the relief): the relief alone, as dev3's
# 减税降费 for 企业减税降费 and the 沙依巴克 file's 拖欠工资 for 为4424名农民工追回拖欠工资.
BENEFICIARY = re.compile(r"^(?:[\u4e00-\u9fff]{0,16}?为)?(?:(?:各类|广大|全市|全省|全区)?[\u4e00-\u9fff]{0,6}?"
                         r"(?:企业|市场主体|经营主体|纳税人|缴费人|实体经济|群众|百姓|个体工商户|农户|居民)[和、及]?){1,3}"
                         r"(?=(?:降费减负|减税降费|退税减税降费|减负|减税|降费|让利|降本)$)")


# Round 14: 为 + who + a verb of giving or solving before the thing given (为困难群众和农民工办理法律援助案件1.5万多件,
# 为农村放映公益电影100万场, 为国家集体挽回经济损失…; 203 of 2,999 corpus reports write 为 + who + such a verb + a thing
# before a figure): who is no part of what is measured, as the official 沙依巴克 file's 拖欠工资 for 为4424名农民工追回
# 拖欠工资; the verb is then dropped as at any clause's front.
FOR_WHOM = re.compile(r"^(?:全年|累计|共|先后|主动|积极|今年|去年)?为(?:[\u4e00-\u9fff“”]{1,14}?)"
                      r"(?=(?:协调解决|协调化解|办理|提供|发放|组织|培训|举办|解决|追回|争取|兑现|放映|安排|筹集|协调|挽回|"
                      r"办结|安置|输送|化解)[\u4e00-\u9fff“]{2})")


# Round 19 (indAA): a verb of receiving (获, 获得, 荣获, 斩获, 获批) between who received and what was received, before
# the figure (文艺精品获文华奖3项, 第十三届全运会上获金牌2枚, 五河治理工程项目获中央预算内资金1.36亿元, 我省运动员在…比赛中
# 获得各类奖牌548枚, 荣获国家科技进步一等奖1项): the figure measures what was received, as dev3's 金牌 for 广州选手在全国
# 第二届职业技能大赛中获得金牌13枚; 34 of 200 corpus reports (seed 1906; 39 figures) kept who and the verb. Not inside
# another word (查获, 破获, 缴获, 收获, 获嘉, 获鹿) nor a verb of its own (获悉, 获取, 获益, 获救, 获准, 获评, 获奖, 获权, 获利,
# 获赔, 获贷, 获胜), not after 人均/户均 (人均获得补贴: the average is part of what is measured), not before a preposition
# (外国获批在渝设立…) nor before a bare amount or 感/者 (群众获得感), nor before what was approved or done (…项目获批立项
# 12项, 获国家部委推介: no thing received is named).
RECEIVED = re.compile(r"(?<![均])(?:荣获|斩获|获得|获批|(?<![查破缴收捕截俘猎荣斩均])获(?![嘉鹿悉取益救准评奖权利赔贷胜刑得批]))"
                      r"(?=[\u4e00-\u9fff“])(?![在于对向从为被给感者])"
                      r"(?!立项|建设|设立|成立|筹建|组建|开工|实施|通过|认定|支持|推介|批复|备案)")


# Round 19 (indAA): a verb of spending or pooling before a named fund (投入帮扶资金7.51亿元, 累计投入扶贫和衔接资金14.8亿元,
# 整合涉农资金…): the fund is what is measured. _drop_leading_verbs keeps the verb when jieba reads the fund's first word
# as a verb too (投入|扶贫|专项资金, 投入|帮扶|资金); 13 of 200 corpus reports (seed 1906) kept it. 投入资金 alone stays
# (资金 names nothing), as do 投入强度 and other amounts of the spending itself.
FUND_SPENT = re.compile(r"^(?:投入|整合)(?=[\u4e00-\u9fff“”（）()、]{1,40}资金$)")


def _received(text: str) -> str:
    """第十三届全运会上获金牌 -> 金牌, 荣获国家自然科学二等奖 -> 国家自然科学二等奖; other text unchanged."""
    matches = list(RECEIVED.finditer(text))
    if not matches:
        return text
    thing = text[matches[-1].end():]
    return thing if len(thing) >= 2 and not SUFFIX_ONLY.match(thing) else text


def _for_whom(text: str) -> str:
    """为困难群众办理法律援助案件 -> 办理法律援助案件; other text unchanged."""
    m = FOR_WHOM.match(text)
    return text[m.end():] if m else text


def _relief(text: str) -> str:
    """为市场经营主体减负 -> 减负, 企业减税降费 -> 减税降费; other text unchanged."""
    if not text.endswith(("减负", "减税降费", "减税", "降费", "让利", "降本")):
        return text
    m = BENEFICIARY.match(text)
    return text[m.end():] if m else text


# 共 (in all) between who or when and what was done: 五年共办理人大代表议案, 纪检监察机关共立查案件 (20 of 300 corpus
# reports); not 医共体 (a noun) or 共享, 共建 (jieba's verbs).
TOTAL = re.compile(r"(?<=[\u4e00-\u9fff）)]{2})共(?!体)(?=[\u4e00-\u9fff“]{2})")
# A verb before 各类/各项/各种 and the things it acts on: 调解各类矛盾纠纷, 发布各类就业岗位, 投入各类扶贫资金
# (27 of 300 corpus reports); the gold files name the things alone (发放支付各类救助、福利资金 -> 救助、福利资金).
SCOPE_OF_KINDS = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:各类(?!型)|各项|各种)(?=[\u4e00-\u9fff“]{2})")


def _after_total(text: str) -> str:
    """What follows 共 and the verb after it: 调解组织共调解纠纷 -> 调解纠纷, 五年共办理人大代表议案 -> 人大代表议案."""
    m = None
    for found in TOTAL.finditer(text):
        m = found
    if not m or _tag_at(text, m.start()) != "d":
        return text
    rest = text[m.end():]
    stripped = _strip_front(rest)
    return stripped if len(stripped) >= 2 and not SUFFIX_ONLY.match(stripped) and not _bare_amount(stripped) else rest


def _after_scope(text: str) -> str:
    """The things after a verb and 各类: 审查各类政府文件 -> 政府文件 (not a bare amount: 增加各类|面积; not after a
    noun: 金融机构各项存款余额)."""
    m = SCOPE_OF_KINDS.match(text)
    if not m or "的" in m.group():
        return text
    head = m.group()[:-2]
    if pos(head)[-1][1] not in ("v", "vn", "d") and head not in _verbs() and head not in _indicator_verbs():
        return text  # 金融机构各项存款余额, 省级各类创新平台: no verb, the name as written
    rest = text[m.end():]
    return text if SUFFIX_ONLY.match(rest) or rest in BARE_AMOUNTS else rest


# A subject that achieved its value added or output (支柱工业实现增加值117.5亿元, 十大工业产业实现产值320亿元): the
# industry names it, as the gold files do (dev3 enshi, dev2 qiandongnan); revenue and profit are left as written.
ACHIEVED = re.compile(r"(.{2,}?)(?:累计|全年|预计|共)?(?:实现|完成)(?:工业)?(?:总产值|增加值|产值)")


def _achieved(text: str) -> str:
    """支柱工业实现增加值 -> 支柱工业; unchanged when nothing names the subject (全年实现增加值, 力争实现产值)."""
    m = ACHIEVED.fullmatch(text) if text.endswith(("产值", "增加值")) else None  # every match ends so (perf)
    if not m:
        return text
    subject = clean(_strip_front(m.group(1)))
    if len(subject) < 2 or _has_verb(subject) or not pos(subject)[-1][1].startswith(("n", "j")):
        return text
    return m.group(1)


# Round 14: the official 沙依巴克 file keeps the subject, the verb and the value word (规模以上工业实现增加值增长8.5%),
# as the rules already did for profit and revenue (规模以上工业企业实现利润); the dev2/dev3 hands (十大工业产业, 支柱工业)
# are overruled by it. Adverbs between the subject and the verb go (民营经济预计实现增加值 -> 民营经济实现增加值).
ACHIEVED_WHOLE = re.compile(r"(.{2,}?)(?:累计|全年|预计|共)?((?:实现|完成)(?:工业)?(?:总产值|增加值|产值))")


def _achieved_whole(text: str) -> str:
    """支柱工业实现增加值 -> 支柱工业实现增加值, 2006年全市高新技术产业实现产值 -> 高新技术产业实现产值; "" otherwise."""
    if "实现" not in text and "完成" not in text or not text.endswith(("产值", "增加值")):
        return ""  # every match holds one verb and ends in one value word (perf)
    m = ACHIEVED_WHOLE.fullmatch(text)
    if not m:
        return ""
    subject = clean(_strip_front(m.group(1)))
    if len(subject) < 2 or _has_verb(subject) or not pos(subject)[-1][1].startswith(("n", "j")):
        return ""
    if "等" in subject and len(subject.rsplit("等", 1)[1]) >= 2:
        subject = subject.rsplit("等", 1)[1]  # 食品、能源…等支柱工业实现增加值 -> 支柱工业实现增加值
    return subject + m.group(2)


# Round 17 (ind19): compound verbs of upgrading (indicator_verbs.txt) that stand alone before a length or an area
# (新修农村公路1866公里、提质改造1028公里): the work is what is measured, not the road of the clause before.
LONE_WORK_VERB = re.compile(r"^(?:完成|实施|累计|全年)*(提质改造|提档升级|提质升级|提标改造)$")


def _lone_work_verb(text: str) -> str:
    m = LONE_WORK_VERB.match(text.strip("、，, \u3000"))
    return m.group(1) if m else ""


def relaxed(prefix: str) -> str:
    """The clause before a number when nothing better is found: 信访案件开展 stays as written."""
    written = strip_trailing(prefix.rstrip(" \u3000")).rstrip("等")
    result = _strip_front(written)
    if result == LEADING.sub("", written) and not _begins_with_verb(result):
        result = _drop_predicates(result)  # 农旅养融合示范线开工18条: the subject, not what happened to it
    elif not _drop_predicates(result):
        return ""  # 新竣工达产301个: only what happened; the figure goes on about the subject before
    result = clean(_after_inner_verb(result))
    return result if len(result) >= 2 else ""


@cache
def _predicates(only: bool = False) -> re.Pattern:
    """Predicates a clause may end with; only=True: those of indicator_predicates.txt alone."""
    words = _words("indicator_predicates.txt") if only else _verbs() | _indicator_verbs() | _words("indicator_predicates.txt")
    return re.compile("新?(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")$")


# Heads that measure an action itself: how long it takes (开办企业时间, 审批时限).
ACTION_MEASURES = ("时间", "时限", "天数", "用时", "周期")
# Nouns too general to stand for what a verb before them acts on: 出口|总额, 投资|规模; 开工|项目 says which projects.
GENERIC_OBJECTS = frozenset({"总额", "总量", "总值", "规模", "金额", "数量", "总数", "资金", "人数", "人次", "面积",
                             "产值", "收入", "增速", "比重", "水平", "项目", "企业", "工程", "任务"})


# Amount words that say nothing of what is counted without the words before them (游客接待|人数).
BARE_AMOUNTS = GENERIC_OBJECTS - {"项目", "企业", "工程", "任务"}


def _drop_leading_verbs(text: str) -> str:
    """Drop the verbs a clause opens with when a noun phrase follows (jieba's v, not vn): 退出|钢铁产能,
    投入|财政扶贫资金 -> the thing the figure measures. Kept when what follows is a bare head (出口|总额) and
    for verbs that in the corpus mostly modify a counted noun (示范|小区, 在建|项目: indicator_attributive.txt)."""
    if len(text) < 4 or text in _known_suffixes():
        return text  # 使用外资: the verb belongs to a known name (实际使用外资)
    words = pos(text)
    attributive = _words("indicator_attributive.txt")
    at = k = 0
    while k < len(words) - 1 and words[k][1] in ("d", "ad"):
        at += len(words[k][0])  # 迅速|筹集救灾资金
        k += 1
    verbs = k
    while k < len(words) - 1 and words[k][1] == "v" and len(words[k][0]) >= 2 and words[k][0] not in attributive \
            and not words[k][0].startswith(("可", "不", "无", "在")):  # 可用|财力, 在外|劳务人数: a state
        at += len(words[k][0])
        k += 1
    if k > verbs and k < len(words) - 1 and words[k][0] in ("各类", "各项", "各种", "各级"):
        at += len(words[k][0])  # 整改|各类|隐患: a scope before the object
        k += 1
    # the object: a noun phrase, maybe opening with a verbal modifier (养殖|企业, 防疫|资金) or an abbreviation
    # of two characters or more (修缮|文保|建筑; not 进出|川|大通道)
    if k == verbs or not words[k][1].startswith(("n", "s", "vn", "i", "l", "j")) or words[k][1] == "nr" \
            or (words[k][1] == "j" and len(words[k][0]) < 2) \
            or (not words[k][1].startswith(("n", "s")) and not words[-1][1].startswith("n")):
        return text
    rest = text[at:]
    if len(rest) < 2 or SUFFIX_ONLY.match(rest) or rest in GENERIC_OBJECTS or "的" in rest \
            or (len(rest) <= 3 and rest.endswith(MEASURE_ENDINGS)) or rest.endswith(RATE_ENDINGS + ACTION_MEASURES):
        # 快递|业务量: a short amount needs the word before it; 欠薪|线索处置率, 开办|企业时间: a rate or a
        # time of the action is named with its verb
        return text
    if re.search("[、和及与]", rest) and pos(rest[:2])[0][1] == "v":
        return text  # 退税|减税降费及缓税缓费: a list of actions, not a verb and its object
    return rest


def _begins_with_verb(text: str) -> bool:
    words = pos(text[:8]) if text else []
    return bool(words) and words[0][1] == "v"


def _word_starts_at(text: str, at: int) -> bool:
    """Whether jieba starts a word at `at` (治理 in 综合治理 does not begin one)."""
    offset = 0
    for word, _flag in pos(text):
        if offset >= at:
            return offset == at
        offset += len(word)
    return False


def _tag_at(text: str, at: int) -> str:
    """The part-of-speech tag of the word jieba starts at `at`."""
    offset = 0
    for word, flag in pos(text):
        if offset == at:
            return flag
        offset += len(word)
    return ""


def drop_predicates(text: str) -> str:
    """What a clause names once the predicates it ends with are dropped (…企业数量翻一番 -> …企业数量)."""
    return _drop_predicates(text)


def _drop_predicates(text: str, only: bool = False) -> str:
    """Drop the predicates a clause ends with when a noun comes before them: 地区生产总值迈过 -> 地区生产总值.

    Returns "" when nothing but predicates is left, the text unchanged when what is left does not end
    in a noun (居民健康签约: the signing is what is counted).
    """
    rest = text.rstrip("、")
    explicit = _words("indicator_predicates.txt") | _indicator_verbs()
    first = True
    while (m := _predicates(only).search(rest)) and _word_starts_at(rest, m.start()) \
            and not rest[:m.start()].endswith("”") \
            and (only or m.group() in explicit or _tag_at(rest, m.start()) == "v"):
        # “一条龙”服务, 乡村文化礼堂试点, 职业技能培训: a noun, not what happened
        left = strip_trailing(rest[:m.start()]).rstrip("、")
        if not first and left and m.group() not in explicit:
            break  # 棚户区住房改造|基本建成: one predicate; the verb before it belongs to the noun
        rest, first = left, False
    if not rest:
        return ""
    if rest == text.rstrip("、"):
        return text
    words = pos(rest)
    if len(rest) < 2 or not words[-1][1].startswith(("n", "l", "j", "vn")) or len(text) - len(rest) > 6:
        return text
    return rest


# Round 12: what a means drove or eased, read as verbs by jieba (以旧换新拉动|消费, 为全省农民减轻|负担; 149 and 292 of
# 2,999 corpus reports write 拉动/带动 消费 and 节约/节省/减轻 … before an amount), not 创业带动就业 (the gold name).
DRIVEN_AMOUNTS = frozenset({("拉动", "消费"), ("带动", "消费"), ("拉动", "投资"), ("带动", "投资")})


def _after_inner_verb(text: str) -> str:
    """What follows the last verb inside a clause: 志愿服务队提供“一条龙”服务 -> “一条龙”服务 (not a bare 人数 or
    金额: 游客接待人数 stays whole)."""
    original = text
    for m in _inner_verbs().finditer(text):
        covering = [at for name in known_indicators()
                    if 0 <= (at := text.find(name)) <= m.start() and m.end() <= at + len(name)]
        if any(at < m.start() for at in covering):
            continue  # 城镇新增就业人数: the verb is inside a known name
        if text[m.start() - 1:m.start()] == "、":
            continue  # 减免税费、降低用地成本: a list of actions, not a subject and its verb
        rest = text[m.start() if covering else m.end():]  # …期间签约项目规模: the name begins with the verb
        if m.group() == "建立" and rest.endswith(RATE_ENDINGS + ("占比", "比重")):
            continue  # 规模以上工业企业建立研发机构比例: the share of the firms that set one up, named whole
        if m.group() == "节约" and text.startswith("集约", m.end()):
            continue  # 节约集约用地: one program's name
        if len(rest) >= 2 and not SUFFIX_ONLY.match(rest) and rest not in BARE_AMOUNTS and (
                names_amount(rest) or not all(f[0] in "vd" for _w, f in pos(rest))
                or (m.group(), rest) in DRIVEN_AMOUNTS):
            text = rest  # not when only a verb is left: 创业带动就业
    if text != original:
        # 第九批援藏累计|实施援藏项目: the verbs that open what is left go too
        stripped = _strip_front(text)
        if len(stripped) >= 3 and stripped not in GENERIC_OBJECTS and not SUFFIX_ONLY.match(stripped) \
                and "、" not in text:  # not 运营|里程, 帮扶|措施: a bare head needs its verb
            text = stripped
    return text


# Who acts, before a governing verb that opens the indicator (各县实施…, 市财政安排…, 各级财政投入…).
ACTOR = re.compile(r"(?:各(?:县市区|县区|县市|县|区|市|地|乡镇)|(?:[省市县区州]级?|各级|中央|本级)?财政)")


@lru_cache(maxsize=4096)  # perf: 5,550 calls for 4,219 texts on 40 reports
def _strip_front(text: str) -> str:
    """Drop adverbs, deixis, dates and governing verbs before the indicator: 着力建设创业社区 -> 创业社区."""
    verbs = _leading_verbs()
    while True:
        stripped = _drop_lead(text)
        actor = ACTOR.match(stripped)
        acts = verbs.match(stripped[actor.end():]) if actor else None
        rest = stripped[actor.end() + acts.end():] if acts else ""
        if acts and rest not in GENERIC_OBJECTS and "的" not in rest:  # not 财政用于|民生的投入
            stripped = stripped[actor.end():]  # 各县|实施百城建设提质项目, 市财政|安排民生支出: who did it
        stripped = _drop_locative(stripped, verbs)  # 在公共场所|配备体外除颤仪
        m = verbs.match(stripped)
        words = pos(stripped[:12]) if stripped else []
        end = m.end() if m else 0
        if end and stripped[end:end + 1] in ("和", "、", "及", "与"):
            end = 0  # 竣工和在建里程: the verb is coordinated with a modifier, both name the thing
        if m and words and len(words[0][0]) > end and words[0][1].startswith("n"):
            end = 0  # the verb begins a noun: 服务业, 建设用地
        elif end:
            at = 0
            for word, flag in words:
                if at < end < at + len(word):  # the match ends inside a word: 新开|发劳务岗位, 新建设|施大棚
                    if flag != "ns":  # …but not a place jieba made up: 新建|村内道路
                        end = at if flag.startswith("n") and flag != "nz" else at + len(word)
                    break
                at += len(word)
        if end and len(stripped) - end >= 2 and not SUFFIX_ONLY.match(stripped[end:]) \
                and not ((stripped[end:] in ("项目", "企业", "资金") or _bare_amount(stripped[end:]))
                         and _stage(stripped[:end])):
            stripped = stripped[end:]  # …not 开工项目, 落地项目, 入驻企业: the stage says which projects
        if stripped == text:
            return text
        text = stripped


# Stages of projects and firms that, before a bare 项目 or 企业, say which ones are counted (累计开工项目113个,
# 签约项目813个、落地项目420个, 入驻企业3131家), besides the predicates of indicator_predicates.txt.
STAGES = frozenset({"开工", "竣工", "投产", "签约", "入驻", "落户", "储备", "续建"})


def _bare_amount(text: str) -> bool:
    """An amount word that needs the verb before it to say what it counts (签约|交易额, 签约|金额)."""
    return text in GENERIC_OBJECTS or (len(text) <= 3 and text.endswith("额"))


def _stage(verb: str) -> bool:
    verb = verb.removeprefix("新")
    return verb in STAGES or verb in _words("indicator_predicates.txt")


def _drop_locative(text: str, verbs: re.Pattern) -> str:
    """Drop 在 and the place after it when a governing verb follows: 在公共场所配备体外除颤仪 -> 配备体外除颤仪
    (the place is where, not what is counted; not 在校生, 在建项目)."""
    if not text.startswith("在"):
        return text
    words = pos(text[:14])
    if not words or words[0][0] != "在" or words[0][1] != "p":
        return text
    at, last, loose = 1, "", False
    for word, flag in words[1:]:
        if at > 1 and verbs.match(text[at:]) and flag in ("v", "ns") and (not loose or last == "f"):
            return text[at:]  # jieba reads 新建 as a place
        if flag in ("a", "b", "m", "q", "vn", "j") and at > 1:
            loose = True  # 在国际重大比赛中获得冠军, 在第十二届全运会上获得…: an event, closed by 中 or 上
        elif not flag.startswith(("n", "s", "f")) or flag == "nr":
            return text
        if at + len(word) > 12:
            return text
        at += len(word)
        last = flag
    return text


def _has_verb(text: str) -> bool:
    return any(flag.startswith("v") and flag != "vn" for _word, flag in pos(text))


QUALIFIER_AFTER = re.compile(r"^(?:以上|以下|以内|之内|左右)")
# What may stand between a size class's 级 and the thing it sizes (5万吨级以上的深水泊位, 5000万吨级的煤炭集团).
SIZE_CLASS_TAIL = re.compile(r"^(?:以上|以下)?的?(?=[\u4e00-\u9fff])")
AMOUNT_QUALIFIER = re.compile(r"(?:过|超)?[\d.]*[十百千万亿]*(?:元|美元)(?:及)?以[上下]的?|(?:过|超)[\d.十百千万]*[万亿](?:元|美元)级?的?")
# …or without 级 (4个千亿园区, 16条百亿特色产业链, 1个万头肉牛场: 109 of 2,941 corpus reports)
SCALE_CLASS = re.compile(r"[一二两三四五六七八九十百千万]*[百千万亿]+(?:元|美元)?级(?=[\u4e00-\u9fff])"
                         r"|[一二两三四五六七八九]?[十百千万]亿(?![元美斤吨亩人户级])(?=[\u4e00-\u9fff])"
                         r"|[一二两三四五六七八九]?[千万]头(?![牛猪羊级以])(?=[\u4e00-\u9fff])")
# Round 17 (ind19): a class written with a number between a count and its noun (N户以上, 万亩以上, 百亩, 万亩千亩,
# 一类, 24小时).
CLASS_MODIFIER = re.compile(r"(?:\d+户(?:以上|以下)?的?|(?:[一二两三四五六七八九]?[十百千万]亩){1,2}(?:以上)?的?|[一二三]类"
                            r"|\d+小时)(?=[\u4e00-\u9fff“])")
VILLAGE = re.compile(r"(?:自然|行政)?村(?:民小组|庄|组)?")
BRACKETED = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]")
# Words that end the noun after a count: adverbs jieba tags as nouns (困难群众基本生活, 改革任务基本完成).
AFTER_STOP = frozenset({"基本", "全部", "全面", "均", "已", "正在", "陆续", "相继", "荣获", "获评", "获批", "摘帽",
                        "入围", "进入", "入选", "跻身", "晋升", "享受", "成为",
                        "具备", "具有", "消除",
                        # what became of the things counted (5个重大文旅投资项目成功签约, 23座新型公交场站投入使用:
                        # jieba tags 成功 an adjective and 投入使用 a noun; about 45 of 300 corpus reports)
                        "成功", "投入使用", "交付使用", "投入运营", "投入运行"})
# Round 19 (indAA): verbs of receiving after the things counted (jieba does not read 获 alone as a verb there).
RECEIVING = frozenset({"获", "获得", "斩获"})
# Words jieba tags as nouns or distinctions that say what became of the things counted (企业转型升级,
# 残疾人家庭无障碍改造).
STATE_AFTER = frozenset({"转型", "无障碍", "提质", "稳定"})
# Times after the things counted that begin what happens to them (电源点项目上半年全部开工, not 现代|远程教育).
TIME_AFTER = re.compile(r"[上下]半年|年[内底初末]|当年|今年|明年|本年|全年|同期|月底|季度")
# Heads of institutions and posts after a verbal noun (养老服务|机构, 服务|专员, 监测|站点).
SERVICE_HEADS = frozenset({"机构", "中心", "事项", "站", "站点", "平台", "专员", "窗口", "设施", "网点", "队伍", "组织"})
# Heads a count names though jieba tags them as verbal nouns (3个专项行动).
COUNTED_VN = frozenset({"行动", "活动", "工程"})


# Round 13: sections assessed by the nation and the province, written with 、 (52个国、省考断面水质优良率100%; 71 of 2,999
# corpus reports): the count names the sections (dev3's 20个国考、省考断面 -> 断面), not the 国 before 、; 国省考核断面
# written without 、 stays whole (tests/cases/indicator_counted_nouns).
JOINT_ASSESSED = ("国、省考核", "国考、省考核", "国、省考", "国考、省考", "省、国考", "省考、国考")


# Round 20b (indBA): an administrative level before the things a count counts (国家级, 省级, 自治区级, 市级, 县级, 村级…,
# with 及以上/以上). The level only qualifies the thing, so it never is the whole indicator.
LEVEL = re.compile(r"(?:国家|省|自治区|市|州|盟|县|区|县区|县市|市县|乡|镇|乡镇|村|街道|社区|省市)(?:（[^）]{1,3}）)?级"
                   r"(?:及以上|以上)?")  # …with a bracket: 162个镇（街）级
# another member of a list of levels, with its own count or without (1个国家级、5个省级开发区; 20个省级和国家级企业技术中心)
LEVEL_MEMBER = re.compile(r"[ \u3000]*(?:、|和|及|与|以及)[ \u3000]*((?:[\d.]+|[一二三四五六七八九十两]+)[ \u3000]*[个家所项条座处名支件户类批])?"
                          r"[ \u3000]*(" + LEVEL.pattern + ")")
_LEVEL_HEAD_STOP = frozenset({"c", "p", "u", "uj", "ul", "d", "ad", "r", "m", "f"})


def after(suffix: str) -> str:
    """The noun phrase right after a count: 60家商贸企业组团发展 -> 商贸企业."""
    text = _after_phrase(suffix)
    if not LEVEL.fullmatch(text):
        return text
    # Round 20b (indBA): after() stopped after a level (1个国家级|和5个省级开发区, 4所省级|示范幼儿园, 30个村级|组织服务用房;
    # 52 figures in 40 of 200 corpus reports, seed 2018). The count counts the level's things: 1个 -> 国家级开发区 (the official
    # files give each level of a list its own thing: 国家级、自治区级、市级民族团结进步示范区（单位）分别增至13个、42个、1045个).
    suffix = QUALIFIER_AFTER.sub("", suffix.lstrip(" \u3000"))
    first = LEVEL.match(suffix)
    if not first or not first.group().startswith(text):
        return text
    text = first.group()  # 19个县级及以上集中式饮用水源地
    at, counted = first.end(), []
    while member := LEVEL_MEMBER.match(suffix, at):
        at = member.end()
        counted.append(bool(member.group(1)))
    head = _level_head(suffix[at:])
    if len(head) < 2:
        return text
    if counted and not any(counted):
        return suffix[:at] + head  # 20个省级和国家级企业技术中心: one count for the levels together
    return text + head


def _level_head(rest: str) -> str:
    """The thing a level qualifies: after() on it, or, when that is empty or shorter because the thing opens with a word
    jieba reads as a verb (示范|幼儿园, 组织|服务|用房, 放心|消费|创建|示范|单位, 旅游|休闲|街区), the words up to the
    first noun's end (a verb or an adverb after a noun begins its predicate: 民生实事|全面落实)."""
    if rest.startswith("和美"):  # 163个省级和美乡村 (宜居宜业和美乡村, since 2022): jieba reads 和 as a conjunction
        return "和美" + head if len(head := _level_head(rest[2:])) >= 2 else ""
    head = _after_phrase(rest)
    if not rest[:1] or not "\u4e00" <= rest[0] <= "\u9fff":
        return head
    phrase: list[str] = []
    noun = False
    for word, flag in pos(rest[:24]):
        if phrase and word in HEAD_CHARS:
            flag = "n"  # 村级服务|点: jieba reads 点 as a numeral
        if is_punctuation(word) or word[0].isdigit() or flag in _LEVEL_HEAD_STOP or word in AFTER_STOP \
                or (noun and (flag.startswith("v") or flag in ("i", "l"))):
            break
        phrase.append(word)
        noun = noun or flag.startswith(("n", "s"))
    text = "".join(phrase) if noun else ""
    text = clean(strip_trailing(text)) if len(text) >= 2 and text not in NOT_COUNTED else ""
    return text if len(text) > len(head) and head in text else head  # 旅游|休闲街区: not 旅游 alone


def _after_phrase(suffix: str) -> str:
    suffix = QUALIFIER_AFTER.sub("", suffix.lstrip(" \u3000"))  # 1400个以上贫困村 -> 贫困村
    if suffix[:1] == "级" and "\u4e00" <= suffix[1:2] <= "\u9fff":
        # Round 14: a size class (30万吨级原油码头, 5000吨级航道, 26兆瓦级海上风力发电机组; 280 of 2,999 corpus reports)
        # names the thing after 级, as a capacity before a project does (750千伏输变电工程 -> 输变电工程)
        suffix = SIZE_CLASS_TAIL.sub("", suffix[1:])  # Round 14d: 15个5万吨级以上的深水泊位 -> 深水泊位
    if suffix.startswith(JOINT_ASSESSED):
        suffix = suffix[next(len(j) for j in JOINT_ASSESSED if suffix.startswith(j)):]  # 52个国、省考断面 -> 断面
    if modifier := CLASS_MODIFIER.match(suffix):
        # Round 17 (ind19): a count before a class written with a number (7877个20户以上自然村, 10个万亩以上集中连片…
        # 基地, 100个一类扶贫重点乡镇, 25个24小时自助图书馆) counts the things of that class: the class stays, as a
        # size class does (10个5万吨级深水泊位); 27 of 200 corpus reports (seed 1705), 16 of them wrong before
        noun = after(suffix[modifier.end():])
        if "户" in modifier.group() and (village := VILLAGE.match(noun)):
            noun = village.group()  # 20户以上自然村|通广播电视: households size villages; what they get follows
        return modifier.group().rstrip("的") + noun if len(noun) >= 2 and noun not in NOT_COUNTED else ""
    amount = AMOUNT_QUALIFIER.match(suffix) or SCALE_CLASS.match(suffix)  # 279个亿元以上重大项目: the amount says which
    if amount:  # projects; 7个千亿级产业集群, 10家亿元级外贸龙头企业: a size class, not another number
        noun = after(suffix[amount.end():])
        return amount.group().rstrip("的") + noun if len(noun) >= 2 and noun not in NOT_COUNTED else ""
    phrase: list[str] = []
    verbs = _verbs_or_predicates()
    words = pos(suffix[:30])
    bracket = 0
    for k, (word, flag) in enumerate(words):
        if bracket:
            phrase.append(word)
            bracket -= len(word)
            continue
        if word in "（(" and phrase and (close := BRACKETED.match(suffix, len("".join(phrase)))):
            phrase.append(word)  # 54个乡镇（街道）综合文化站: the bracket names an alternative
            bracket = len(close.group()) - 1
            continue
        if (is_punctuation(word) and word not in QUOTE_CHARS) or "\u2160" <= word[0] <= "\u217f":
            break  # …and a Roman numeral begins a class (3条主要河流Ⅰ—Ⅲ类水质比例)
        if word[0] == "“" and word[-1] == "”" and phrase and flag == "nz" and len(word) > 2 \
                and pos(phrase[-1])[-1][1].startswith("n") and _quoted_action(word, words[k + 1:], verbs):
            break  # 22户国有企业“三供一业”分离移交, 5家企业“新三板”挂牌, 54条市政道路“白改黑”: a quoted name
            # after the things counted begins what happens to them
        if _AFTER_RE1.fullmatch(word) and k + 1 < len(words) and words[k + 1][0] == "级":
            phrase.append(word)  # 4个国家4A级旅游景区: a grade, not another number
            continue
        if word in verbs and flag in ("n", "vn") and k + 1 < len(words) and words[k + 1][0] in SERVICE_HEADS:
            phrase.append(word)  # 10个养老服务机构, 192项审批中介服务事项, 近万名服务专员: a verbal noun before the
            continue  # head of an institution names it (709 of 2,941 corpus reports write …服务 + such a head)
        if word in verbs and phrase and flag == "n" and _nouns_to_end(words[k + 1:]):
            phrase.append(word)  # a verb jieba reads as a noun inside a compound: 全域土地综合整治试点单元
            continue
        nxt_word = words[k + 1][0] if k + 1 < len(words) else ""
        if phrase and phrase[-1].endswith("专项") and (flag.startswith("v") or word in verbs) and word not in AFTER_STOP \
                and (not nxt_word or is_punctuation(nxt_word) or nxt_word in COUNTED_VN or nxt_word == "工作"):
            phrase.append(word)  # 14个重点行业领域专项整治, 5项专项检查: 专项 and its action name a campaign (50 reports)
            continue
        if word in PROJECT_VERBS and phrase and _project_follows(words[k:]):
            phrase.append(word)  # 228个百城建设提质项目, 1个镇村工业集聚区改造示范项目: the verb names the project
            continue
        if phrase and word in RECEIVING:
            break  # Round 19 (indAA): 9个项目|获国家科技进步奖, 17个农产品|获中部农博会金奖: the things that received
        if word[0].isdigit() or word in verbs or word in AFTER_STOP or (flag == "t" and phrase and TIME_AFTER.fullmatch(word)):
            break  # …and a time word after the noun (电源点项目上半年全部开工) begins its predicate
        if flag in ("l", "j") and phrase and len(word) == 4 and (word[:2] in verbs or (
                pos(word[2:])[-1][1] in ("v", "vn")
                and (word[:2] in AFTER_STOP or not pos(word[:2])[0][1].startswith("n")))):
            break  # 光伏项目并网发电, 民生实事全面完成: an idiom after the noun is its predicate
        if flag.startswith("v") and flag != "vn" and phrase:
            # a verb inside a compound noun goes on (乡村振兴基金); one before anything else ends it
            nxt = words[k + 1] if k + 1 < len(words) else ("", "x")
            then = words[k + 2] if k + 2 < len(words) else ("", "x")
            # …and so does one before a noun that ends the phrase (企业退休人员基本…, 康养健身场所开展…)
            ends = not then[0] or is_punctuation(then[0]) or then[0] in AFTER_STOP \
                or then[0] in verbs
            if not (nxt[1] == "n" and len(nxt[0]) >= 2 and (ends and len(word) >= 2 or then[0] == "" or is_punctuation(then[0]))) \
                    and not _noun_head_follows(words[k:], verbs):
                break
        if flag in ("d", "ad", "p", "c", "u", "uj", "ul", "r", "m") and word not in QUOTE_CHARS \
                and not (phrase and word in HEAD_CHARS):  # 教学光盘播放|点: jieba reads 点 as a numeral
            break
        phrase.append(word)
    while len(phrase) > 1 and len(phrase[-1]) >= 2 and phrase[-1] not in COUNTED_VN and not phrase[-2].endswith("专项") \
            and (pos(phrase[-1])[-1][1] in ("v", "vn") or phrase[-1] in STATE_AFTER) \
            and len("".join(phrase[:-1])) >= 2:
        phrase.pop()  # 19家印染企业转型升级, 1401户群众稳定: what happens to the things counted
    if len(phrase) > 1 and phrase[-1] in ("中", "内", "里"):
        phrase.pop()  # 在党政机关办的24187个公司中
    text = "".join(phrase)
    for name in known_indicators():  # 130家工业企业营业收入: the count names the firms, not their revenue
        at = text.find(name, 2)
        if at >= 2 and text.endswith(name):
            text = text[:at]
            break
    return clean(strip_trailing(text))  # 44.25万人全部脱贫: nothing named after the number


def loose_after(suffix: str) -> str:
    """Round 15 (ind18): the noun phrase after a count that opens its clause, when after() found none because the
    phrase opens with a word jieba or the lexicons read otherwise (38个|试点|集镇实施…, 2456户|四类|重点对象…, 22种|基本|
    蔬菜…, 2个|万|人|核酸检测基地…): nouns, a numeral-class or verbal-noun modifier before a noun, up to the predicate.
    Not a verb or a preposition first (11129人获得…, 2527户以船为家…: what the things did or are, no name)."""
    suffix = suffix.lstrip(" \u3000")
    if QUALIFIER_AFTER.match(suffix):
        return ""  # 3个月左右基本恢复…: a qualifier, then what happened
    words = pos(suffix[:24])
    phrase: list[str] = []
    for k, (word, flag) in enumerate(words):
        nxt = words[k + 1][1] if k + 1 < len(words) else "x"
        if word[:1] == "“" and word[-1:] == "”" and len(word) > 2:
            phrase.append(word)  # 6个全省“百镇试点镇”
        elif flag.startswith("n") and flag != "nr" or flag in ("j", "b"):
            phrase.append(word)
        elif flag == "m" and not phrase and not word[:1].isdigit() and nxt.startswith("n"):
            phrase.append(word)  # 四类|重点对象, 万|人|职业学校
        elif flag == "vn" and phrase and nxt.startswith("n"):
            phrase.append(word)  # 核酸|检测|基地
        else:
            break
    verbs = _verbs_or_predicates()
    while phrase and (phrase[-1] in AFTER_STOP or phrase[-1] in STATE_AFTER or phrase[-1] in verbs
                      or not pos(phrase[-1])[-1][1].startswith(("n", "j"))):
        phrase.pop()  # 试点任务|基本, 核酸检测基地|投入使用
    joined = "".join(phrase)
    if suffix[len(joined):len(joined) + 1].isdigit():
        return ""  # 3至5家年销售收入100亿元以上: an amount of each thing counted, not the things
    text = clean(strip_trailing(joined))
    return text if len(text) >= 2 and text not in NOT_COUNTED and text not in GENERIC_OBJECTS else ""


# Amounts written after the things a count counts, measuring each of them (1个县GDP超过400亿元, 52个产品产值突破…,
# 4个产业集群销售收入突破…); rates and ratios are left alone (8个县级饮用水源地水质达标率).
COUNTED_AMOUNTS = ("GDP", "经济总量", "产值", "收入", "营收", "税收", "销售额", "贸易额", "投资", "排放量")
PLACE_HEADS = frozenset("县市区村镇乡")


def counted_part(phrase: str) -> str:
    """The things counted, without an amount of theirs that the clause goes on to measure: 县GDP -> 县,
    县市区经济总量 -> 县市区, 工业龙头企业产值 -> 工业龙头企业. A count of things never counts an amount."""
    words = pos(phrase)
    if len(words) < 2 or not words[-1][0].endswith(COUNTED_AMOUNTS):
        return phrase
    word, flag = words[-2]
    if not (flag.startswith(("n", "j")) and len(word) >= 2 or word in PLACE_HEADS) or flag in ("nr", "nz"):
        return phrase  # 种植面积, 新增产值: what comes before is no noun counted
    return "".join(w for w, _f in words[:-1])


def _quoted_action(quoted: str, rest: list[tuple[str, str]], verbs: frozenset[str]) -> bool:
    """Whether a quoted word after a counted noun says what is done to the things counted: a verb follows that
    does not begin a compound noun (“三供一业”分离移交, not “断头路”贯通项目), or nothing follows and the quote
    ends in a verb (“白改黑”, “微改造”; not “山水工程”, “石榴籽家园”, which name the kind)."""
    if rest and rest[0][1] == "v":
        return not _noun_head_follows(rest, verbs)
    if rest and not is_punctuation(rest[0][0]):
        return False
    inner = pos(quoted[1:-1])
    return bool(inner) and inner[-1][1] == "v"


# One-character heads that end a counted noun after a verb jieba splits off: 便民服务站, 教学光盘播放点.
HEAD_CHARS = frozenset("站点所室馆园区库场线带厂校院")


PROJECT_HEADS = frozenset({"项目", "工程"})
# Verbs that name the work of a project inside its name (老旧小区改造项目, 生态修复工程); not verbs that govern an
# object (纳入|免费午餐工程, 实施|新技改项目, 开展|项目推介).
PROJECT_VERBS = frozenset({"建设", "改造", "治理", "提升", "修复", "保护", "升级", "整治", "提质", "扩建", "新建", "改建",
                           "培育", "帮扶", "发展", "更新", "维修", "改造提升", "提升改造", "升级改造", "保护修复",
                           "综合整治", "巩固", "示范", "转型", "完善"})


def _project_follows(words: list[tuple[str, str]]) -> bool:
    """Whether the words from a verb on, up to the next mark, are a short compound ending in 项目 or 工程 (建设|提|质|项目,
    改造|示范|项目): the verb is inside the name of the projects counted, not their predicate."""
    length = 0
    for k, (word, flag) in enumerate(words):
        if is_punctuation(word) or word[0].isdigit() or word in AFTER_STOP \
                or flag in ("c", "p", "u", "uj", "ul", "d", "r", "m", "ns", "nr", "t"):
            return False
        length += len(word)
        if length > 8:
            return False
        if k and word in PROJECT_HEADS:
            nxt = words[k + 1] if k + 1 < len(words) else ("", "x")
            return not nxt[0] or is_punctuation(nxt[0]) or nxt[1] in ("v", "d", "p", "c")
    return False


def _nouns_to_end(words: list[tuple[str, str]]) -> bool:
    """Whether nouns alone follow up to the next mark, the last of two characters or more (试点|单元、)."""
    nouns = []
    for word, flag in words:
        if is_punctuation(word) and word not in QUOTE_CHARS:
            break
        if flag != "n":
            return False
        nouns.append(word)
    return 1 <= len(nouns) <= 3 and len(nouns[-1]) >= 2 and nouns[-1] not in TASK_HEADS


# Heads that name the work or an ability, not a kind of thing counted: 138条黑臭水体|整治任务, 1万个标准机柜|部署能力.
TASK_HEADS = frozenset({"任务", "能力", "水平", "成果", "成效", "工作", "目标"})


def _noun_head_follows(words: list[tuple[str, str]], verbs: frozenset[str]) -> bool:
    """Whether the words from a verb on, up to the next predicate or mark, end in a noun: the verb is
    inside a compound noun (康养健身场所 in 75家康养健身场所开展…, 社区便民服务站完成…)."""
    segment: list[tuple[str, str]] = []
    for word, flag in words:
        if (is_punctuation(word) and word not in QUOTE_CHARS) or word[0].isdigit() or (segment and word in verbs) \
                or word in AFTER_STOP or flag in ("c", "p", "u", "uj", "ul", "d", "r"):
            break
        segment.append((word, flag))
    if any(f in ("ns", "nr", "t") or w.startswith("全") for w, f in segment[1:]):
        return False  # 8家企业入围|河南企业100强: a place or scope after the verb begins its object
    if not segment or len(segment) > 4 or sum(len(w) for w, _f in segment) > 8 \
            or (len(segment) == 1 and segment[0][0] not in HEAD_CHARS):
        return False
    if any(w[0] in QUOTE_CHARS for w, _f in segment):
        return False  # 136名博士结对“联姻”: a quoted word after a verb is its object
    last, flag = segment[-1]
    return (flag.startswith("n") and flag != "ns" and len(last) >= 2) or last in HEAD_CHARS


RATE_ENDINGS = ("率", "比例", "比率")


def split_rate(phrase: str) -> tuple[str, str]:
    """A counted noun and the rate measured on it: 国家考核断面水质优良率 -> (国家考核断面, 水质优良率).

    The rate is its last word with the modifiers that are not nouns before a bare 率 (优良比率) and one
    noun (水质); what stays in front must be a noun of two characters or more. (phrase, "") otherwise.
    """
    words = pos(phrase)
    if not words or not words[-1][0].endswith(RATE_ENDINGS):
        return phrase, ""
    j = len(words) - 1
    if words[j][0] in RATE_ENDINGS:
        while j > 0 and words[j - 1][1] in ("a", "z", "v", "vn", "d", "ad"):
            j -= 1
    if j > 1 and words[j - 1][1] == "n":
        j -= 1
    front, rate = "".join(w for w, _f in words[:j]), "".join(w for w, _f in words[j:])
    if len(front) < 2 or len(rate) < 3 or not words[j - 1][1].startswith("n"):
        return phrase, ""
    return front, rate


# Nouns after a figure that are not what it counts: 首破4000亿元大关.
NOT_COUNTED = frozenset({"大关", "台阶", "红线", "水平", "规模", "目标", "任务", "以上", "左右"})


def word_at(text: str, start: int) -> int:
    """The length of the word jieba reads at start (2 for 人口 in 119万人口脱贫)."""
    words = pos(text[start:start + 6])
    return len(words[0][0]) if words and words[0][1] == "n" else 0


def is_counted_noun(phrase: str) -> bool:
    """A noun phrase right after a count that names the things counted (医护人员 in 选派93名医护人员)."""
    return len(phrase) >= 2 and phrase not in NOT_COUNTED


# An indicator before the number that names an amount is what the number measures even when a noun
# follows (完成外贸运量1.9万个标箱, 实现营业收入…).
MEASURE_ENDINGS = ("量", "额", "率", "面积", "产值", "收入", "投资", "规模", "产能", "里程", "总数", "比例", "比重")


def names_amount(indicator: str) -> bool:
    return indicator.endswith(MEASURE_ENDINGS) or indicator in known_indicators()


# Counted nouns that need their purpose, written before the count: 外贸稳增长12条措施.
PURPOSE_HEADS = frozenset({"措施", "政策", "政策措施", "举措", "条措施"})


def with_purpose(prefix: str, noun: str) -> str:
    """外贸稳增长 + 措施 -> 外贸稳增长措施; other counted nouns stand alone."""
    if noun not in PURPOSE_HEADS or CLAUSE_BREAK.search(prefix):
        return noun
    purpose = clean(_strip_front(prefix.rstrip("的")))
    return purpose + noun if len(purpose) >= 2 and not re.search("[、和及与等]", purpose) else noun


CHINESE_ORDINALS = "一二三四五六七八九十"
# One-character heads a coordinated pair shares: 限额以上住宿和餐饮业 -> 住宿业, 餐饮业.
INDUSTRY_HEADS = frozenset("业")
# Measure heads that a coordinated list shares when only its last member writes them.
SHARED_HEADS = ("处理率", "覆盖率", "普及率", "达标率", "利用率", "入学率", "面积", "增加值", "产量", "总额", "比重",
                "吞吐量", "周转量", "余额", "浓度", "排放量")
# The share a 分别 list's last member names, from its amount word on: …制造业|增加值占规上工业比重.
SHARE_OF_WHOLE = re.compile(r"(?:增加值|总产值|产值|营业收入|主营业务收入|收入|投资|税收|支出)?占[^、和及与占]{2,14}?的?(?:比重|比例)$")
# Contractions a 分别 list spells out: 存贷款余额分别增长10.9%和11.5% -> 存款余额, 贷款余额.
CONTRACTIONS = {"存贷款": ("存款", "贷款"), "进出口": ("进口", "出口"), "存贷款余额": ("存款余额", "贷款余额")}
AMOUNT_CHARS = tuple("值额量率入资数积重度")


# Round 11: the pollutants a 分别 list of emission cuts names (化学需氧量、氨氮、二氧化硫和氮氧化物排放量分别下降…).
POLLUTANT = re.compile(r"(?:主要污染物)?(化学需氧量|COD|氨氮|二氧化硫|SO2|氮氧化物|氮氧化合物|总磷|总氮|烟尘|粉尘|烟粉尘|"
                       r"挥发性有机物|二氧化碳|一氧化碳|二氧化氮|可吸入颗粒物|细颗粒物)")
POLLUTANT_GROUP = re.compile(r"^等(?:主要|四项|4项)?(?:污染物)?")


# Round 12b: a list of ordinal industries written once with 第 and 产业 (第一、二、三产业, 第二、三产业增加值).
ORDINAL_INDUSTRIES = re.compile("(第?[一二三](?:[、和及与]第?[一二三])+)产业(.*)")


# Round 19 (indAA): 接待 and 实现 at the front of a list member (接待游客、旅游收入分别增长 -> 游客, 旅游收入; 接待旅游总人数
# 和实现旅游总花费…): dropped as they are before a single indicator (the official 游客 for 全区接待游客…); 13 figures of 11
# of 200 corpus reports (seed 1906) kept them.
MEMBER_VERB = re.compile(r"^(?:接待|实现)(?=[\u4e00-\u9fff“]{2})")


def distribute(indicator: str, count: int) -> list[str] | None:
    """Split a coordinated indicator for 分别: 城镇、农村居民人均可支配收入 -> [城镇居民…, 农村居民…]."""
    names = _distribute(indicator, count)
    return [_member_without_verb(name) for name in names] if names else names


def _member_without_verb(name: str) -> str:
    """接待游客 -> 游客, 实现全年接待游客数 -> 游客数 (a scope between the verbs goes as at a clause's front)."""
    while MEMBER_VERB.match(name):
        rest = clean(MEMBER_VERB.sub("", name))
        if len(rest) < 2:
            break  # 实现全年: nothing named after the verb, the member stays as it is
        name = rest
    return name


def _distribute(indicator: str, count: int) -> list[str] | None:
    if indicator.startswith("城乡") and count == 2:
        return ["城镇" + indicator[2:], "农村" + indicator[2:]]
    ordinals = re.match("([一二三])([一二三])([一二三])?(产业|产)", indicator)
    if ordinals and len([g for g in ordinals.groups()[:3] if g]) == count:  # 一二三产业分别增长5%、11%和12%
        return [("第" + g + "产业") if ordinals.group(4) == "产业" else g + "产" for g in ordinals.groups()[:3] if g]
    listed = ORDINAL_INDUSTRIES.fullmatch(indicator)
    if listed and len(re.findall("[一二三]", listed.group(1))) == count:
        # 第一、二、三产业分别增长5.3%、14.9%和11%, 第二、三产业增加值 (43 of 2,999 corpus reports): 第 and 产业 are
        # every member's
        return ["第" + o + "产业" + listed.group(2) for o in re.findall("[一二三]", listed.group(1))]
    if count == 2:
        indicator = re.sub("(存|进)[、和](贷款|出口)", r"\1\2", indicator)  # 存、贷款余额 is 存贷款余额 (65 reports)
    if count == 2 and not re.search("[、和及与]", indicator):
        for short, (first, second) in CONTRACTIONS.items():
            if short in indicator:
                return [indicator.replace(short, first, 1), indicator.replace(short, second, 1)]
    parts = [""]
    for word, flag in pos(indicator):  # split at 、 and at 和/及/与 as words (not 普及率)
        if word == "、" or (word in ("和", "及", "与") and flag == "c"):
            parts.append("")
        else:
            parts[-1] += word
    if len(parts) != count or len(parts) < 2 or not all(parts):
        return None  # an empty member (“…、” or “和…” at an edge) names nothing
    others, last = parts[:-1], parts[-1]
    if all(len(p) == 1 and p in CHINESE_ORDINALS for p in others) and last[:1] in CHINESE_ORDINALS and len(last) >= 2:
        return [p + last[1:] for p in others] + [last]  # 一、二、三产 -> 一产, 二产, 三产
    if count == 2 and len(parts[1]) == 2 and len(parts[0]) >= 5 and parts[0][-2:] != parts[1] \
            and pos(parts[0])[-1][0] == parts[0][-2:]:
        return [parts[0], parts[0][:-2] + parts[1]]  # 万元生产总值耗电、耗水: the front is shared
    front = re.fullmatch("(.{2,}?)(?:总产值|产值|营业收入|主营业务收入|销售收入|收入|营收)", parts[0])
    if front and all(re.fullmatch("增加值|利润|利润总额|利税|税收|实缴税金|税金|产值|总产值", p) for p in others[1:] + [last]):
        # 规上工业产值、增加值, 企业营业收入、利润总额 (53 of 2,941 corpus reports): the others are the first's
        # front's amounts too
        return [parts[0]] + [front.group(1) + p for p in parts[1:]]
    if all(POLLUTANT.fullmatch(p) for p in others):
        # a list of pollutants (109 of 2,999 corpus reports): the last member's amount is every member's
        # (化学需氧量、二氧化硫排放总量分别下降 -> 化学需氧量排放总量; 化学需氧量、氨氮分别削减 -> 化学需氧量, 氨氮)
        member = POLLUTANT.match(last)
        if member:
            head = POLLUTANT_GROUP.sub("", last[member.end():])
            return [POLLUTANT.fullmatch(p).group(1) + head for p in others] + [member.group(1) + head]
    if last.endswith("标准") and len(last) > 2 and all(len(p) >= 4 and not p.endswith("标准") for p in others):
        # a list of standards (118 of 2,999 corpus reports write one before 分别) whose other members read as whole
        # names: the last member's 标准 is every member's (城市低保、农村低保标准, 困难残疾人生活补贴、重度残疾人护理补贴
        # 标准), and so is what follows a modifier parallel to the first member (城市居民、农村居民最低生活保障标准);
        # not when the first member is only who or where (城镇居民和农民最低生活保障标准)
        first = others[0]
        if len(first) < len(last) - 2 and last[len(first) - 1] == first[-1]:
            return [p + last[len(first):] for p in others] + [last]
        if first[-1] not in "民村市镇区县":
            return [p + "标准" for p in others] + [last]
    if all(len(p) >= 2 and names_amount(p) for p in parts):
        return parts  # 客运量、旅客周转量: each names its own amount
    share = SHARE_OF_WHOLE.search(last)
    if share and share.start() >= 2 and not any("占" in p or p.endswith(AMOUNT_CHARS + ("占比",)) for p in others):
        # 高新技术产业、六大高成长性制造业增加值占规上工业比重分别达到43.9%和33.8% (87 of 2,999 corpus reports): the
        # amount and the whole it is a share of are every member's
        return [p + last[share.start():] for p in others] + [last]
    head = next((h for h in SHARED_HEADS if last.endswith(h) and len(last) > len(h)), None)
    # …not when the others name their own amount (海绵城市达标面积占比、再生水利用率)
    if all(len(p) >= 4 for p in parts) and head and not any(p.endswith(AMOUNT_CHARS + ("占比",)) for p in others):
        return [p + head for p in others] + [last]  # 城市污水、垃圾处理率 -> 城市污水处理率, 垃圾处理率
    # whole names (规模以上工业增加值、固定资产投资、社会消费品零售总额增速), unless only the last names an amount and
    # the others are who it is about (城镇职工和城乡居民医保住院报销比例)
    shared = names_amount(last) and not any(names_amount(p) or p.endswith(AMOUNT_CHARS) for p in others) \
        and all(len(p) <= 4 for p in others) and len(last) >= 8
    if all(len(p) >= 4 for p in parts) and not shared:
        head = _verbal_head(last)
        if head and not any(_verbal_head(p) or p.endswith(head) for p in others):
            # 农村宅基地使用权、集体建设用地使用权、集体林权确权发证: the last member's head is shared
            return [p + head for p in others] + [last]
        return [*parts[:-1], strip_trailing(parts[-1]) or parts[-1]]
    if count == 2 and last[-1] in INDUSTRY_HEADS and not parts[0].endswith(last[-1]) \
            and len(parts[0]) > len(last) >= 3:
        modifier = parts[0][:len(parts[0]) - len(last) + 1]  # 限额以上|住宿和餐饮|业
        return [parts[0] + last[-1], modifier + last]
    head_part = parts[-1]
    others = parts[:-1]
    endings = {p[-1] for p in others if p}
    if len(endings) == 1 and (end := endings.pop()) in head_part:
        cut = head_part.index(end) + 1
    else:  # at the word boundary nearest to the length of the first member: 货物和集装箱|吞吐量
        bounds, at = [], 0
        for word, _flag in pos(head_part)[:-1]:
            at += len(word)
            bounds.append(at)
        cut = min(bounds, key=lambda b: (abs(b - len(others[0])), -b)) if bounds else len(others[0])
        if abs(cut - len(others[0])) > 1:
            cut = round26_indIB.place_cut(head_part, others, len(others[0]))  # Round 26 (indIB): not 阿勒|泰地区
    modifier, head = head_part[:cut], head_part[cut:]
    if head.startswith("的") and len(head) >= 3 and head[1:] not in RELATIONAL_HEADS:
        head = head[1:]  # 服务业和文化产业的增加值 -> 服务业增加值, 文化产业增加值
    if len(head) < 2 or not modifier:
        return _whole_members(parts)
    return [p + head for p in others] + [modifier + head]


FUNCTION_TAGS = frozenset({"p", "c", "u", "uj", "ul", "d", "ad", "x", "m", "r", "f", "q"})


def _whole_members(parts: list[str]) -> list[str] | None:
    """Round 15 (ind18): a list whose members share no head, each a name of two characters or more (利税、利润分别增长,
    存款和贷款分别比上年增加, 淘宝村、淘宝镇分别达到: every figure took the whole list before; 59 figures of 23 of 200
    corpus reports, seed 1505): each member as written; a short amount after a longer first member
    takes its front (旅游人数和收入 -> 旅游人数, 旅游收入, as 万元生产总值耗电、耗水 above)."""
    if len(parts) != 2 or not all(len(p) >= 2 and pos(p)[-1][1] not in FUNCTION_TAGS for p in parts) \
            or (parts[1][-1] in INDUSTRY_HEADS and not parts[0].endswith(parts[1][-1])):
        return None  # three or more members may share a head (阿旺绵羊、牦牛、藏猪存栏; 限额以上零售、住宿、餐饮业)
    front = _strip_front(parts[0])
    parts = [front if len(front) >= 2 else parts[0], parts[1]]  # 实现利税和利润: the verb is no member's
    if all(pos(p)[0][1] in ("ns", "s") and len(pos(p)) == 1 for p in parts):
        return None  # (其中)海口、三亚分别拆除…: places, not what is measured
    if parts[1] in SECOND_AMOUNTS:
        tail = next((t for t in FIRST_AMOUNTS if parts[0].endswith(t) and len(parts[0]) > len(t)), "")
        if tail:
            return [parts[0], parts[0][:-len(tail)] + parts[1]]  # 地方一般公共预算收入、支出; 信访案件和人数
    return parts


# Round 15 (ind18): an amount written alone after a first member that names its front and an amount of its own
# (旅游人数和收入, 松山湖生产总值、税收, 口岸进出口货运量、货值): the second amount is the front's too.
SECOND_AMOUNTS = frozenset({"收入", "总收入", "支出", "税收", "人数", "人次", "货值", "利润", "税费", "产值", "总产值",
                            "增加值", "营收"})
FIRST_AMOUNTS = ("营业收入", "销售收入", "生产总值", "总收入", "收入", "人数", "人次", "货运量", "案件", "营收", "总产值",
                 "产值", "增加值", "支出")


def _verbal_head(name: str) -> str:
    """The head of a name that begins with its first verb after a noun of four characters or more:
    集体林权|确权发证, 农村集体土地所有权|确权登记发证率 (not 企业|开办时限)."""
    at = 0
    words = pos(name)
    for k, (word, flag) in enumerate(words):
        if k and flag in ("v", "vn") and at >= 4 and len(name) - at >= 2 and words[k - 1][1].startswith("n"):
            return name[at:]
        at += len(word)
    return ""


def subject(text: str) -> str:
    """The noun phrase a sentence opens with, for clauses that only have a verb before their number:
    地区生产总值突破千亿元大关，达1000.24亿元 -> 地区生产总值."""
    phrase: list[str] = []
    words = pos(text[:30])
    if words and words[0][1] == "v":
        return ""  # 推进乡村振兴…: a sentence that opens with a verb has no subject to name
    for word, flag in words:
        if is_punctuation(word) or word[0].isdigit():
            break
        if flag.startswith("v") and flag != "vn" and phrase:
            break
        if flag in ("d", "p", "c", "u", "uj", "ul", "r", "m", "t"):
            if phrase:
                break
            continue
        phrase.append(word)
    result = clean(strip_trailing("".join(phrase)))
    return result if len(result) >= 2 and not _ending_verb().search(result) else ""


# Patterns of the rules above, compiled once: `re.search("…", text)` looks its pattern up in re's cache on
# every call, which costs more than the search on a short text (perf; the same patterns, the same results).
_AFTER_RE1 = re.compile("[1-5]A")
