"""Round 17 (orgQ, organizations): precision fixes for structures of corpus reports (seed 1703 sample).

round17.py holds the same round's program fixes (progQ)."""

from __future__ import annotations

import re
from pathlib import Path

from .lexicon import _lexicon
from .lists import _common_words
from .patterns import CLASS_END, _Found
from .stems import _head_of, _is_named, _named, _places, common_word, pos

# A list whose last item is an institution (…、湖南大学, …、医学专科联盟, …、上市公司) lends its head to the short items
# before it only when they are bare names (中信、广发、兴业银行; 城建、城发、城投、地铁集团). An item that is a kind of
# organization (央企, 知名民企, 头部企业, 金融机构, 县域医共体) or a place or building with a word of its own (伏羲庙,
# 大地湾遗址, 琴台音乐厅, 文汇阁, 园博园, 兰考县) or an activity (山海协作, 西畴生态扶贫, 服务器制造) is a whole thing
# already: 央企公司, 伏羲庙博物馆, 兰考县集团, 山海协作联盟 are names the text never gives. Seed 1703: such made-up
# names in 17 of 200 random corpus reports (23 names, every one wrong; count_shared_kind.py).
SHARED_ITEM_KIND = re.compile(
    r"(?:企业|央企|国企|民企|外企|机构|院所|高校|院校|单位|主体|医联体|医共体|共同体|联合体|民宿|农场|牧场|合作社|"
    r"庙|寺|阁|塔|遗址|厅|园|县|旗|协作|合作|扶贫|制造)$|"
    r"^(?:知名|头部|龙头|大型|重点|骨干|优质|规上|各类|国内|国外|境内外|国内外)")


def shared_org_item_not(item: str) -> bool:
    """True when a list item before an institution must not take the institution's head (央企、…上市公司)."""
    return bool(SHARED_ITEM_KIND.search(item))


# An organization that starts with a verb of its clause (搭建科技金融战略联盟, 设立中小银行, 运营好苏州科技馆, 结合国家海洋博物馆):
# seed 1703, 34 such names in 32 of 200 random corpus reports (count_clause_verb.py; verbs chosen in first_word.py's list).
# The verb goes; what is left stays when it is still one named institution, else the find is dropped.
def _clause_verbs() -> re.Pattern:
    words = []
    for line in (Path(__file__).resolve().parents[2] / "data" / "org_clause_verbs.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            words += line.split()
    return re.compile("^(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + ")(?:好|更多)?")


CLAUSE_VERB = _clause_verbs()
FIRST_OF_KIND = re.compile(r"^(?:全国|全省|全市|全区|国内)?首[个家]")
# what is left after the verb is a kind, not one body (各大银行, 中小学, 小额贷款公司, 五大中心, 再就业服务中心)
REST_KIND = re.compile(r"^(?:[0-9]|各|中小|更多|一批|多家|原|全省|全市|全国)|(?:[0-9一二三四五六七八九十两多]+[个大家所]).*$")


def org_clause_lead(name: str) -> str:
    """An organization that starts with a verb of its clause (搭建科技金融战略联盟, 运营好苏州科技馆): the name after the
    verb when that still names one institution (苏州科技馆, 国家海洋博物馆, 海尔), else "" (the find is dropped); the name
    itself when no such verb starts it."""
    m = CLAUSE_VERB.match(name)
    if not m:
        return name
    rest = FIRST_OF_KIND.sub("", name[m.end():])  # 发起全国首个“人工智能+中医药”产业联盟
    if rest in _lexicon().headless_names:
        return rest  # 发展海尔、红领等互联网工业企业集群: a trading name
    head = _head_of(rest)
    stem = rest[: -len(head)] if head and len(head) < len(rest) else ""
    if not stem or REST_KIND.search(rest) or not _is_named(stem, strict=True):
        return ""  # 进入再就业服务中心, 设立中小银行, 夯实五大中心: a kind of body, not one
    return rest


# A numbered set of bodies or sites (一办三中心, 一网四中心, 两城一中心, 一院一中心一联盟, 大商所场外市场一圈两中心, 五大中心,
# 市公共卫生五大中心, 离岸创新双中心, 6园多中心, 各县四馆, 八大集团) names a plan's parts, no one organization: the gold files
# list such sets as programs or projects (两馆一宫, 两街一馆, 三化三制改革), never as organizations. Seed 1703: 43 such
# organization finds in 30 of 200 random corpus reports (count_counted_set.py), every one wrong. A number inside a name stays: 航天六院,
# 深圳九五集团, 四零七医院, 三一重工 (consecutive numerals are one word); a set after a name only when its last part is no
# company (中建三局一公司 is one company).
_NUM = "零〇一二两三四五六七八九十百"
_GROUP = rf"(?:[一二两三四五六七八九十双多]|[0-9]+)[^{_NUM}0-9]{{1,3}}?"
COUNTED_SET = re.compile(
    rf"^{_GROUP}(?:[一二两三四五六七八九十双多]|[0-9]+)[^{_NUM}0-9]{{1,3}}$|"
    rf"(?<![{_NUM}0-9])(?:[一二两三四五六七八九十]|[0-9]+)[^{_NUM}0-9]{{1,3}}?"
    rf"(?:[{_NUM[1:]}双多][^{_NUM}0-9]{{1,3}}?)*[一二两三四五六七八九十双多](?:中心|馆|园|联盟|基地|港|城)$|"
    rf"[两二三四五六七八九十]大(?:中心|集团|基地|园|馆|平台|银行|联盟)$|[双多]中心$|"
    rf"(?<![第{_NUM}0-9])[两二三四五六七八九十]馆$")


def counted_set(name: str) -> bool:
    """一办三中心, 五大中心: a numbered set, no one organization."""
    return bool(COUNTED_SET.search(name))


# An organization read across a conjunction (航天基地以及中航西飞集团, 玉门油田和敦煌研究院, 省职工财院并入兰州商学院,
# 环保产业和农副产品加工): two things, or a kind and a name. Each part that names one institution by itself stays
# (中航西飞集团, 敦煌研究院, 兰州商学院), the rest goes. Not split: 和 inside a word (碳中和, 协和, 信永中和) and bare fields
# (common words) before one head (碳纤维及复合材料技术创新中心, as dev16's gold; 与 is never split: 先进材料与绿色制造研究院).
# Seed 1703: 12 such names in 11 of 200 random corpus reports before the round (count_conjoined.py).
CONJUNCTIONS = frozenset(("和", "及", "以及", "或", "或者", "并入"))
WORD_WITH_HE = re.compile(r"[中协共太平祥人永同保政]和")  # 碳中和, 协和医院, 信永中和: 和 inside a word


def _one_institution(part: str) -> bool:
    lex = _lexicon()
    if part in lex.headless_names:
        return True
    head = _head_of(part)
    stem = part[: -len(head)] if head and len(head) < len(part) else ""
    return bool(stem) and (_is_named(stem, strict=True) or _named(part, True)
                           or lex.head_role.get(head) == "org" and not _common_words(stem) and not CLASS_END.search(stem))


def conjoined_parts(name: str) -> list[str] | None:
    """The parts of an organization read across 和/及/以及/或/并入 that each name one institution, or None when no
    conjunction joins two parts of two characters or more (信永中和, 元盛和牛, 北京协和医院)."""
    if not ("和" in name or "及" in name or "或" in name or "并入" in name) or WORD_WITH_HE.search(name):
        return None
    parts, cur, prev = [], "", ""
    for w, _ in pos(name):
        if w in CONJUNCTIONS and (w != "和" or len(prev) >= 2):  # 上海均和集团: a character alone before 和 is a name's
            parts.append(cur)
            cur = ""
        else:
            cur += w
        prev = w
    parts.append(cur)
    if len(parts) < 2 or any(len(p) < 2 for p in parts):
        return None
    head = _head_of(parts[-1])
    if head and len(head) < len(parts[-1]) and (
            _common_words(parts[0]) and not _head_of(parts[0]) or not _one_institution(parts[-1])):
        return None  # 碳纤维及复合材料技术创新中心 (dev16's gold), 低碳技术及先进材料研究院: fields before one head, one name
    return [p for p in parts if _one_institution(p)]


def round17_orgs(found: list[_Found], text: str) -> list[_Found]:
    """Organizations read across a conjunction give way to their parts that are institutions (speed: a substring test)."""
    out = []
    for f in found:
        parts = conjoined_parts(f.name) if f.kind == "organization" else None
        if parts is None:
            out.append(f)
            continue
        for p in parts:
            at = text.find(p, f.start, f.end + 1)
            out.append(_Found(f.kind, p, at, at + len(p), f.rank) if at >= 0 else _Found(f.kind, p, f.start, f.end, f.rank))
    return out


# A kind of bodies told by generic qualifiers (优质普通学校, 各地商协会, 外地张家界商会, 农村信用合作社, 中小微企业服务中心,
# 全国百强高中, 大型外经企业集团, 各县区红色革命纪念馆, 域外银行): no one organization (the official gold lists named ones
# only). After the qualifiers, what is left names no one thing: a bare head or a head after common words (or a place only).
# A named one stays (全国棉花交易市场新疆公司, 全国林产品交易中心东北分中心). Seed 1703: 42 such names in 36 of 200
# random corpus reports before the round (count_qualified_kind.py).
QUALIFIERS = re.compile(
    r"^(?:优质|知名|大型|中型|小型|重点|龙头|骨干|规上|规模以上|中小微|中小|小微|各类|各级|各地|各|国内外|境内外|国内|国外|"
    r"外地|本地|异地|域外|驻外|相关|有关|其他|新型|民营|国有|农村|基层|普通|公办|民办|全国性|全国|全省|全市|全县|全区|社区|"
    r"城乡|一批|多家|部分|所有|现有|百强|镇街|旗县市区|县区|县市区|市县)+")


def _kind_stem(stem: str) -> bool:
    """What stands before the head after the qualifiers names no one thing: 养老, 行业商, 高中, 张家界 (a place alone)."""
    if len(stem) <= 1 or stem in _places():
        return True
    words = pos(stem)
    if any(f == "ns" for _, f in words):
        return False  # 棉花交易市场新疆公司: a place among the words names one
    return all(common_word(w) for w, _ in words) or not _is_named(stem, strict=True)


def qualified_kind(name: str) -> bool:
    """优质普通学校, 各地商协会: generic qualifiers and a kind, no one organization."""
    m = QUALIFIERS.match(name)
    if not m:
        return False
    rest = name[m.end():]
    if len(rest) < 2:
        return True
    if rest in _lexicon().headless_names:
        return False
    head = _head_of(rest)
    if not head:
        return False
    return _kind_stem(rest[: -len(head)])
