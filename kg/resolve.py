"""Stage 4: mentions -> entities. One unit per real division (aliases, deixis, codes, hierarchy)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from .extract.tokens import word_tag
from .extract.units import (
    DEIXIS,
    SUFFIX_CHARS,
    ScopedForms,
    common_word,
    level_of,
    modified_by_adjective,
    township_forms,
)
from .gazetteer import (
    NATIONAL_KEY,
    NATIONAL_NAME,
    Division,
    Gazetteer,
    county_abbreviations,
    county_short,
    short_name,
)
from .model import Entities, HonorMention, Mentions, Report, Unit, UnitMention

# Names of real divisions that are mostly common nouns in report text.
GENERIC_NAMES = re.compile(r"^(?:城区|郊区|矿区|新区|老城区|新城区|市中区|市辖区|开发区|高新区|经开区|滨海新区|古城区|东区|西区)$")
DEIXIS_CHAR_LEVELS = {
    "国": ("national",), "省": ("province",), "区": ("county", "province"), "市": ("prefecture", "county"),
    "州": ("prefecture",), "县": ("county",), "旗": ("county",), "盟": ("prefecture",),
}


def find_region(report: Report, gaz: Gazetteer) -> Division | None:
    """The unit whose government delivers the report."""
    meta = report.meta
    if meta.meeting:
        if re.search(r"全国人民代表大会", meta.meeting):
            return gaz.by_code[NATIONAL_KEY]
        prefix = re.split(r"第?[一二三四五六七八九十]+届", meta.meeting)[0]  # 西藏自治区十届人大
        division = gaz.resolve_name(prefix) if prefix else None
        if division:
            return division
    head = re.sub(r"\s+", "", report.document.text[:400].split("各位代表")[0])
    if "国务院" in head and "总理" in head:  # not 在党中央、国务院…的领导下 in a title-less city report
        return gaz.by_code[NATIONAL_KEY]
    for m in re.finditer(r"([\u4e00-\u9fff]{2,20}?)人民政府", head):
        for start in range(len(m.group(1))):
            division = gaz.resolve_name(m.group(1)[start:])
            if division:
                return division
    if meta.region:  # 我代表西藏自治区人民政府 (structure read it from the opening)
        division = gaz.resolve_name(meta.region)
        if division:
            return division
    # The title block names only the level (州长, 州七届人大): the unit of that level the text names most.
    level_char = _level_char(meta.speaker_title, meta.meeting)
    autonomous = any(re.match(r"(?:我代表)?自治区", x) for x in (meta.speaker_title, meta.meeting, meta.region) if x)
    opening = re.match(r"我代表(?:第[一二三四五六七八九十]+届)?(省|市|州|县|区|旗|盟)", meta.region or "")
    if opening and not level_char and not autonomous:
        level_char = opening.group(1)  # 我代表市人民政府…: the opening line of a title-less excerpt gives the level
    if level_char or autonomous:
        division = _most_named_of_own_level(report.document.text, gaz, level_char) if level_char else None
        if division:
            return division
        # an excerpt whose title block names no place (市长, 自治区主席): the unit of that level the divisions the
        # text names lie in (round 15, honW: 37 of 200 corpus reports cut so found no region, 12 another one)
        division = _covering_unit(report.document.text, gaz, "自治区" if autonomous else level_char)
        if division:
            return division
    if level_char:
        found = Counter()
        for m in re.finditer(rf"[\u4e00-\u9fff]{{2,6}}?{level_char}", report.document.text[:3000]):
            for start in range(m.start(), m.end() - 2):
                division = gaz.resolve_name(report.document.text[start:m.end()])
                if division and division.name.endswith(level_char) and division.level != "national":
                    found[division.code] += 1
                    break
        if found:
            return gaz.by_code[found.most_common(1)[0][0]]
    # No title block: the level from the report's own deixis (全市, 我省, 全区…), then the unit of that
    # level the report names most often, by full name or short form (石家庄, not 中华人民共和国).
    own = Counter(m.group(2) for m in _OWN_DEIXIS.finditer(report.document.text) if m.group(1) != "全")
    if not (level_char or autonomous or own):
        # only 全区, 全省… (which may be the province around a city: 全区第一): the unit the named divisions lie in
        # first (呼和浩特 for an excerpt naming 呼和浩特 seven times and 全区 once, not 内蒙古自治区) when they give no
        # level or the ambiguous 区 (全市, 全省 and the report's own 我市, 我省 are left to the counts below: a city's
        # excerpt may say 全省 or 我省 more often than 全市)
        whole = Counter(m.group(2) for m in _OWN_DEIXIS.finditer(report.document.text))
        hint = whole.most_common(1)[0][0] if whole else None
        division = _covering_unit(report.document.text, gaz, None) if hint in (None, "区") else None
        if division:
            return division
    division = _most_named_of_own_level(report.document.text, gaz, level_char)
    if division:
        return division
    counts = Counter(name for name in _full_names(report.document.text[:3000], gaz) if not GENERIC_NAMES.match(name))
    for name, _ in counts.most_common(3):
        division = gaz.resolve_name(name)
        if division and (not (level_char or autonomous) or _fits(division, "自治区" if autonomous else level_char)):
            return division  # (not 旅顺口区 for a 市长's excerpt that names it once)
    return None


_OWN_DEIXIS = re.compile(r"(我|本|全)(省|市|州|县|区|盟|旗)")

# the levels a unit of the reporting level can have, by the suffix its title block or its deixis gives (我市: a
# prefecture or a municipality; a county-level city only when no prefecture fits)
_LEVELS_OF = {"省": ("province",), "自治区": ("province",), "市": ("province", "prefecture"), "州": ("prefecture",),
              "盟": ("prefecture",), "县": ("county",), "旗": ("county",), "区": ("county", "province"),
              None: ("province", "prefecture")}


def _covering_unit(text: str, gaz: Gazetteer, level_char: str | None) -> Division | None:
    """The unit of the reporting level whose area holds the divisions the text names, each name counted once per
    mention (its own full or short name too): 呼和浩特 for an excerpt naming 武川县, 韭菜庄乡 and 呼和浩特; 西藏自治区 for
    one naming 昌都 and 拉萨市 under 自治区主席. None unless one unit holds at least 3 mentions and twice the next."""
    named: Counter = Counter()
    for name in _full_names(text, gaz):
        if not GENERIC_NAMES.match(name) and len(gaz.by_name.get(name, ())) == 1:
            named[gaz.by_name[name][0].code] += 1
    for short, division in gaz.by_short.items():
        # 孝感, 恩施, 大理: names jieba knows as frequent nouns count here (开封, a verb, and 大连, an adverb, do not)
        if short in text and (not common_word(short) or word_tag(short) in ("n", "ns")):
            count = text.count(short) - text.count(division.name)
            if count > 0:
                named[division.code] += count
    scores: Counter = Counter()
    depth = {"county": 2, "prefecture": 1, "province": 0}
    for code, count in named.items():
        for unit in gaz.ancestors(code):
            if _fits(unit, level_char):
                scores[unit.code] += count
    if not scores:
        return None
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -depth[gaz.by_code[kv[0]].level]))
    best_code, best = ranked[0]
    if level_char in ("区", None):  # a district's own streets count for the autonomous region around it too, a city's
        # for its province: the deepest unit that holds most of the mentions
        deep = [c for c, n in ranked if n >= 0.6 * best and gaz.by_code[c].level == ("county" if level_char else "prefecture")]
        if deep:
            best_code, best = deep[0], scores[deep[0]]
    rivals = [n for c, n in ranked if c != best_code and not _related(gaz, c, best_code)]
    return gaz.by_code[best_code] if best >= 3 and best > 1.5 * (rivals[0] if rivals else 0) else None


def _fits(unit: Division, level_char: str | None) -> bool:
    """A unit of the level a title block or deixis gives (市: a prefecture, or a municipality by its 市)."""
    if unit.level not in _LEVELS_OF.get(level_char, ("province", "prefecture")):
        return False
    if level_char in ("省", "自治区", "州", "盟", "县", "旗", "区"):  # (区: a district or an autonomous region)
        return unit.name.endswith(level_char)
    return level_char != "市" or unit.name.endswith("市") or unit.level == "prefecture"


def _related(gaz: Gazetteer, a: str, b: str) -> bool:
    """One of the two divisions lies in the other."""
    return any(d.code == b for d in gaz.ancestors(a)) or any(d.code == a for d in gaz.ancestors(b))


def _most_named_of_own_level(text: str, gaz: Gazetteer, level_char: str | None = None) -> Division | None:
    if level_char is None:
        own, whole = Counter(), Counter()
        for m in _OWN_DEIXIS.finditer(text):
            (whole if m.group(1) == "全" else own)[m.group(2)] += 1
        deixis = own or whole  # 我市 names the speaker's unit; 全省 is often the province around it (全省第一)
        if not deixis:
            return None
        level_char, _ = deixis.most_common(1)[0]
    autonomous_region = level_char == "区" and text.count("自治区") >= 3
    scores: Counter = Counter()
    credited: set[str] = set()  # a short form shared by a city and its county (长沙) counts for the city
    # perf: the text's character pairs, so that a name whose first two characters never meet is not counted over the
    # whole text (thousands of names a report; most absent)
    pairs = set(map("".join, zip(text, text[1:], strict=False)))

    def occurrences(name: str) -> int:
        return text.count(name) if len(name) < 2 or name[:2] in pairs else 0

    for division in _ranked_divisions(gaz):
        if autonomous_region and not division.name.endswith("自治区"):
            continue
        if not autonomous_region and not division.name.endswith(level_char):
            continue
        short = short_name(division.name)
        if len(short) < 2:  # 西藏自治区: 藏 reads as the ethnic group
            short = division.name[:2]
        count = occurrences(division.name)
        if len(short) >= 2 and short not in credited and division.level != "county" and not common_word(short):
            credited.add(short)
            count += occurrences(short) - occurrences(division.name)
        if count:
            scores[division.code] += count
    if not scores:
        return None
    (code, best), *rest = scores.most_common(2) + [(None, 0)]
    return gaz.by_code[code] if best >= 3 and best > 2 * rest[0][1] else None


@cache
def _ranked_divisions(gaz: Gazetteer) -> tuple[Division, ...]:
    """Provinces, prefectures and counties, higher levels first."""
    rank = {"province": 0, "prefecture": 1, "county": 2}
    return tuple(sorted((d for d in gaz.by_code.values() if d.level in rank), key=lambda d: rank[d.level]))


def _level_char(title: str | None, meeting: str | None) -> str | None:
    """州 for 州长 or a meeting 州七届人大…: the suffix of the reporting unit's name."""
    if title:
        m = re.search(r"(省|州|市|县|区|旗|盟)长$", title)
        if m:
            return m.group(1)
    if meeting and meeting[0] in "省州市县区旗盟":
        return meeting[0]
    return None


def _full_names(text: str, gaz: Gazetteer):
    for i in range(len(text)):
        for length in range(min(12, len(text) - i), 2, -1):
            if text[i:i + length] in gaz.by_name:
                yield text[i:i + length]
                break


def scoped_townships(region: Division | None, gaz: Gazetteer) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """Names that only make sense inside the reporting unit: its townships (surface form -> official
    name, and official name -> (code, county)) and its own abbreviation (沙区 for 沙依巴克区)."""
    if region is None:
        return {}, {}
    forms: dict[str, str] = {}
    abbreviation = abbreviate(region.name)
    if abbreviation and abbreviation not in gaz.by_name and abbreviation not in gaz.by_short:
        forms[abbreviation] = region.name
    # The units right below the reporting one go by their short names in its report (宜都、枝江).
    for child in gaz.children(region.code):
        short = short_name(child.name)
        if len(short) >= 2 and short != child.name and short not in gaz.by_name:
            forms.setdefault(short, child.name)
    counties = county_forms(region, gaz)
    for short, name in counties.items():
        forms.setdefault(short, name)
    for short, name in _prefecture_initials(region, gaz).items():
        forms.setdefault(short, name)
    forms = ScopedForms(forms)
    forms.in_lists.update((k, v) for k, v in getattr(counties, "in_lists", {}).items() if k not in forms)
    if region.level not in ("county", "prefecture"):
        return forms, {}
    counties = [region] if region.level == "county" else [d for d in gaz.by_code.values() if d.parent == region.code]
    official: dict[str, tuple[str, str]] = {}
    ambiguous: set[str] = set()
    for county in counties:
        for name, code in gaz.townships_of(county.code).items():
            if name in official:
                ambiguous.add(name)
            official[name] = (code, county.code)
    for name in ambiguous:
        official.pop(name)
    forms.update(township_forms({name: name for name in official}))
    return forms, official


@cache
def county_forms(region: Division, gaz: Gazetteer) -> ScopedForms:
    """Short forms of county-level units that a report names without their suffix (凤庆 for 凤庆县,
    思明 for 思明区, 双江自治县 for 双江拉祜族佤族布朗族傣族自治县): the counties of the report's
    province, those nearest the reporting unit first (its own counties, or a county's neighbours).
    Forms that two of them share, that are names of other divisions, or that are common words
    (和平, 前进, 城中) are left out."""
    province = gaz.province_of(region.code)
    if province is None:
        return ScopedForms()
    counties = [c for p in gaz.children(province.code) for c in [p, *gaz.children(p.code)] if c.level == "county"]
    near_code = region.code if region.level != "county" else region.parent
    found: dict[str, list[Division]] = {}
    listed: dict[str, list[Division]] = {}  # place words (宜都, 汉川): counties only among other places
    for county in counties:
        if GENERIC_NAMES.search(county.name):
            continue
        for derived in county_abbreviations(county.name, _prefecture_stems(gaz)):  # 喀左, 阜蒙, 前郭, 土左(旗)
            if derived not in gaz.by_name and derived not in gaz.by_short and derived not in gaz.county_shorts \
                    and not common_word(derived, place_names_too=True):
                found.setdefault(derived, []).append(county)
                found.setdefault(derived + county.name[-1], []).append(county)
        short = county_short(county.name)
        if short and len(short) >= 2 and county.name == short + county.name[-1]:
            # the names it had before it became a district or a city (平坝县 → 平坝区, 南海市 → 南海区,
            # 东宁县 → 东宁市): older reports write them; the gazetteer holds only the current name
            for earlier in {"区": ("县", "市"), "市": ("县",)}.get(county.name[-1], ()):
                if short + earlier not in gaz.by_name:
                    found.setdefault(short + earlier, []).append(county)
        if not short or short[-1] in SUFFIX_CHARS and short[-1] != "州":
            continue  # 万州, 鄞州, 胶州 are short forms too (no division's full name ends so)
        if short in gaz.by_name or short in gaz.by_short or short in gaz.county_shorts or common_word(short):
            continue
        if common_word(short, place_names_too=county.parent != near_code):
            listed.setdefault(short, []).append(county)
            continue  # 中原, 天桥 are a region and a footbridge before they are districts of another city
        found.setdefault(short, []).append(county)
        if "自治" in county.name:
            found.setdefault(short + county.name[-3:], []).append(county)  # 双江自治县
            found.setdefault(short + county.name[-1], []).append(county)  # 沧源县
    forms = ScopedForms()
    for short, divisions in found.items():
        near = [d for d in divisions if d.parent == near_code]
        if len(divisions) == 1 or len(near) == 1:
            forms[short] = (near or divisions)[0].name
    for short, divisions in listed.items():
        if len(divisions) == 1 and short not in found:
            forms.in_lists[short] = divisions[0].name
    # A county's short form that ends the province's own short form is the province's nickname in its reports
    # (龙江 for 黑龙江: 龙江振兴, 把龙江的事情办好), except in the county's own report or its prefecture's
    # (齐齐哈尔: 依安、龙江等园区).
    nickname = short_name(province.name)
    for short, name in list(forms.items()):
        if len(short) >= 2 and short != nickname and nickname.endswith(short) and region.name != name \
                and all(d.parent != near_code for d in gaz.by_name.get(name, ())):
            forms[short] = province.name
    return forms


def _prefecture_initials(region: Division, gaz: Gazetteer) -> dict[str, str]:
    """Autonomous prefectures with a long transliterated name go by its first character and 州 in the reports
    of their province (克州, 博州, 巴州 for 克孜勒苏柯尔克孜, 博尔塔拉蒙古, 巴音郭楞蒙古自治州); elsewhere 巴州
    is 巴中's 巴州区. Forms that are a division's name or a county's short form in the province are left out."""
    province = gaz.province_of(region.code)
    if province is None:
        return {}
    found: dict[str, list[str]] = {}
    for prefecture in gaz.children(province.code):
        if prefecture.name.endswith("自治州") and len(short_name(prefecture.name)) >= 4:
            found.setdefault(prefecture.name[0] + "州", []).append(prefecture.name)
    counties = [c for p in gaz.children(province.code) for c in gaz.children(p.code) if c.level == "county"]
    taken = {county_short(c.name) for c in counties} | {c.name[:-1] for c in counties}
    return {form: names[0] for form, names in found.items()
            if len(names) == 1 and form not in gaz.by_name and form not in taken}


@cache
def _prefecture_stems(gaz: Gazetteer) -> frozenset[str]:
    return frozenset(short_name(d.name) for d in gaz.by_code.values() if d.level in ("province", "prefecture"))


def abbreviate(name: str) -> str | None:
    """The one-character abbreviation a unit uses of itself: 沙依巴克区 -> 沙区 (names of four or more)."""
    suffix = level_suffix(name)
    if not suffix or len(name) - len(suffix) < 3 or suffix not in ("区", "县", "市", "旗"):
        return None
    return name[0] + suffix


def level_suffix(name: str) -> str | None:
    for suffix in ("区", "县", "市", "旗", "州", "盟"):
        if name.endswith(suffix):
            return suffix
    return None


class _UnitTable:
    def __init__(self, gaz: Gazetteer, official_townships: dict[str, tuple[str, str]]):
        self.gaz = gaz
        self.townships = official_townships
        self.units: dict[str, Unit] = {}

    def add_division(self, division: Division) -> Unit:
        """The unit of a gazetteer division, with every division above it."""
        unit = self.units.get(division.code)
        if unit is None:
            unit = Unit(key=division.code, label=division.name, level=division.level,
                        code=None if division.code == NATIONAL_KEY else division.code,
                        parent=division.parent)
            self.units[division.code] = unit
            if division.parent and division.parent in self.gaz.by_code:
                self.add_division(self.gaz.by_code[division.parent])
        return unit

    def add_township(self, name: str) -> Unit:
        code, county = self.townships[name]
        unit = self.units.get(code)
        if unit is None:
            unit = Unit(key=code, label=name, level=level_of(name) or "township", code=code, parent=county)
            self.units[code] = unit
            self.add_division(self.gaz.by_code[county])
        return unit

    def add_unlinked(self, name: str, level: str | None, parent: Unit | None = None) -> Unit:
        key = "name:" + name
        unit = self.units.get(key)
        if unit is None:
            unit = Unit(key=key, label=name, level=level or level_of(name) or "county",
                        parent=parent.key if parent else None)
            self.units[key] = unit
        return unit


def _deixis_target(surface: str, region: Division | None, gaz: Gazetteer) -> Division | None:
    if surface in ("全国", "我国", "本国"):
        return gaz.by_code[NATIONAL_KEY]
    if region is None:
        return None
    chain = gaz.ancestors(region.code)
    if surface in ("首府", "省会"):
        province = gaz.province_of(region.code)
        capital = gaz.capitals.get(province.name) if province else None
        return gaz.resolve_name(capital) if capital else None
    if surface in ("自治区", "全疆"):
        province = gaz.province_of(region.code)
        if surface == "全疆":
            return gaz.resolve_name("新疆维吾尔自治区")
        return province if province and province.name.endswith("自治区") else None
    char = surface[-1]
    for division in chain:
        if division.name.endswith(char) and division.level in DEIXIS_CHAR_LEVELS.get(char, ()):
            return division
    return None


def resolve_entities(report: Report, mentions: Mentions, gaz: Gazetteer,
                     region: Division | None, official_townships: dict[str, tuple[str, str]]) -> Entities:
    table = _UnitTable(gaz, official_townships)
    region_unit = table.add_division(region) if region else None
    if region_unit is not None:
        report.meta.region = region_unit.label
    mention_units: list[Unit | None] = []
    for mention in mentions.units:
        unit = _resolve_mention(mention, table, region, gaz, report.document.text)
        mention_units.append(unit)
        if unit is None:
            continue
        unit.sentences.add(mention.sentence)
        if mention.surface != unit.label:
            unit.alt_labels.add(mention.surface)
    if region is not None:
        _own_short_forms(report.document.text, region, table, gaz)
    measurement_areas = [region_unit.key if region_unit else None for _ in mentions.measurements]
    entity_units: list[str | None] = []
    by_sentence: dict[int, list[Unit]] = {}
    for mention, unit in zip(mentions.units, mention_units, strict=False):
        if unit is not None and mention.deixis is None:
            by_sentence.setdefault(mention.sentence, []).append(unit)
    for entity in mentions.entities:
        local = [u for u in by_sentence.get(entity.sentence, []) if u.level in ("county", "township", "village")]
        entity_units.append(local[0].key if len(local) == 1 else (region_unit.key if region_unit else None))
    honor_recipients: list[tuple[str, str] | None] = []
    for honor in mentions.honors:
        honor_recipients.append(_recipient(honor, table, region, region_unit, gaz))
    return Entities(report=report, region=region_unit.key if region_unit else None, units=table.units,
                    measurements=mentions.measurements, measurement_areas=measurement_areas,
                    entities=mentions.entities, entity_units=entity_units, honors=mentions.honors,
                    honor_recipients=honor_recipients)


@cache
def _short_owners(gaz: Gazetteer) -> dict[str, set[str]]:
    """Short form -> codes of the divisions (province, prefecture, county) that go by it."""
    owners: dict[str, set[str]] = {}
    for division in gaz.by_code.values():
        if division.level in ("province", "prefecture", "county"):
            for form in {short_name(division.name), county_short(division.name) or "",
                         division.name[:-3] if division.name.endswith("自治区") else ""}:
                if len(form) >= 2 and form != division.name:
                    owners.setdefault(form, set()).add(division.code)
    return owners


def _own_short_forms(text: str, region: Division, table: _UnitTable, gaz: Gazetteer) -> None:
    """The reporting unit and the units above it go by their short forms anywhere in their report, also
    inside a slogan or before a noun (“精致兰州”, 延边发展进程中, 关于西藏工作): aliases of theirs."""
    for division in gaz.ancestors(region.code):
        unit = table.units.get(division.code)
        if unit is None or division.level not in ("province", "prefecture", "county"):
            continue
        short = short_name(division.name) if division.level != "county" else county_short(division.name)
        if short and len(short) < 2 and division.name.endswith("自治区"):
            short = division.name[:-3]  # 西藏 (藏 is a people too)
        if not short or len(short) < 2 or short == division.name or short in unit.alt_labels:
            continue
        if _short_owners(gaz).get(short, {division.code}) != {division.code} or short in gaz.by_name:
            continue  # 吉林 is 吉林省 and 吉林市
        at = text.find(short)
        while at != -1:
            after = text[at + len(short):at + len(short) + 1]
            if after not in SUFFIX_CHARS and not division.name.startswith(short + after):
                unit.alt_labels.add(short)
                break
            at = text.find(short, at + 1)


def _resolve_mention(mention: UnitMention, table: _UnitTable, region: Division | None, gaz: Gazetteer,
                     text: str | None = None) -> Unit | None:
    if mention.deixis:
        target = _deixis_target(mention.deixis, region, gaz)
        return table.add_division(target) if target else None
    name = mention.name or mention.surface
    if name == NATIONAL_NAME:
        return table.add_division(gaz.by_code[NATIONAL_KEY])
    if name in table.townships:
        return table.add_township(name)
    division = gaz.resolve_name(name, scope=region.code if region else None)
    if division is not None and GENERIC_NAMES.search(name) and not _same_prefecture(division, region, gaz) \
            and not (text and _after_its_city(division, text[max(0, mention.start - 14):mention.start], gaz)):
        division = None  # 城区, 老城区: common nouns unless a district of the report's own prefecture
    if division is not None and text and mention.surface != division.name and region is not None \
            and modified_by_adjective(text, mention.start, mention.end) \
            and division.code not in {d.code for d in gaz.ancestors(region.code)}:
        return None  # 幸福安康 (no 安康市), 平安大庆 in a 广西 report; 平安本溪 in 本溪's own report stays
    if division is not None:
        return table.add_division(division)
    if mention.parent and mention.level == "township":
        parent = _resolve_mention(UnitMention(mention.parent, mention.parent, 0, 0, mention.sentence), table, region, gaz)
        if parent is not None and parent.code:
            key = table.townships.get(name)
            if key:
                return table.add_township(name)
            return table.add_unlinked(name, "township", parent)
    if mention.parent and mention.level == "village":  # 花垣县十八洞村: a village of that county or township
        parent = _resolve_mention(UnitMention(mention.parent, mention.parent, 0, 0, mention.sentence,
                                              level=level_of(mention.parent)), table, region, gaz)
        if parent is not None:
            return table.add_unlinked(name, "village", parent)
    if mention.level == "village" and mention.parent is None and name == mention.surface and name.endswith("村"):
        return table.add_unlinked(name, "village")  # listed before 等N个村 (周村、天井关村等17个村): parent unknown
    if name in gaz.by_name and len(name) >= 3 and not GENERIC_NAMES.search(name):
        return table.add_unlinked(name, mention.level)  # ambiguous across the country: keep it, link nothing
    return None


def _after_its_city(division: Division, before: str, gaz: Gazetteer) -> bool:
    """A district named by a common noun right after its city (天津滨海新区, 攀枝花市仁和区、西区、东区)."""
    for above in gaz.ancestors(division.code)[1:]:
        if above.level == "national":
            break
        short = short_name(above.name)
        if above.name in before or (short and len(short) >= 2 and short in before):
            return True
    return False


def _same_prefecture(division: Division, region: Division | None, gaz: Gazetteer) -> bool:
    """The division is in the report's own prefecture (or is the reporting county): 城区 is 晋城's district
    in 晋城's report; in 广州's or a province's report it is the urban area, not 汕尾's 城区."""
    if region is None or region.level not in ("prefecture", "county") \
            and not (region.level == "province" and region.name.endswith("市")):  # 天津市's 滨海新区
        return False
    own = next((d.code for d in gaz.ancestors(region.code) if d.level == "prefecture"), region.code)
    return any(d.code in (own, region.code) for d in gaz.ancestors(division.code))


# A recipient that is no division, organization or program is a place when its name ends like one (a park,
# a scenic area, a historic town, a river, a development zone), else another named thing (a product, a
# brand, a creative work, a cluster): 万绿湖湿地公园, 乾坤湾, 新乐经开区 · 赣南脐橙, 电视剧人生之路.
PLACE_HEADS = re.compile(
    r"(?:公园|景区|旅游区|度假区|风景区|名胜区|古城|古镇|古村|村落|街区|小镇|特色小镇|湖|河|江|湾|山|峡谷|湿地|梯田|盆地|"
    r"草原|森林|林场|保护区|遗址|故里|故居|开发区|高新区|经开区|新区|园区|产业园|工业园|科技园|示范区|试验区|先行区|"
    r"集聚区|功能区|口岸|港|港区|基地|广场|商圈|步行街|商业街)$")

RECIPIENT_LEVELS = (("街道", "township"), ("镇", "township"), ("乡", "township"), ("苏木", "township"),
                    ("社区", "village"), ("村", "village"), ("嘎查", "village"))


def _recipient(honor: HonorMention, table: _UnitTable, region: Division | None, region_unit: Unit | None,
               gaz: Gazetteer) -> tuple[str, str] | None:
    """(kind, key) of an honor's recipient: ("unit", unit key) or (organization|program|other, name)."""
    surface = honor.recipient
    if not surface:
        return ("unit", region_unit.key) if region_unit else None
    if DEIXIS.fullmatch(surface):
        target = _deixis_target(surface, region, gaz)
        return ("unit", table.add_division(target).key) if target else None
    unit = _recipient_unit(surface, table, region, gaz, honor.recipient_kind == "unit")
    if unit is None:
        # a "unit" no table or gazetteer knows (高区, a development zone) is no division: left out rather than
        # linked to a unit IRI that nothing describes
        kind = honor.recipient_kind
        if kind in ("unit", "other"):
            kind = "place" if PLACE_HEADS.search(surface) or kind == "unit" else "thing"
        return (kind, surface)
    unit.sentences.add(honor.sentence)
    if surface != unit.label:
        unit.alt_labels.add(surface)
    return ("unit", unit.key)


def _recipient_unit(surface: str, table: _UnitTable, region: Division | None, gaz: Gazetteer,
                    is_unit: bool) -> Unit | None:
    forms = township_forms({n: n for n in table.townships})
    if surface in forms:
        return table.add_township(forms[surface])
    scope = region.code if region else None
    division = gaz.resolve_name(surface, scope=scope)
    if division is None and region is not None:
        name = county_forms(region, gaz).get(surface)  # 凤庆 for 凤庆县
        division = gaz.resolve_name(name, scope=scope) if name else None
    if division is not None:
        return table.add_division(division)
    if not is_unit:
        return None
    # the extractor says a division: a unit of the report by a shorter form (汪清 for 汪清县), a county the
    # report names only here, or a township or village by its suffix (西江镇)
    labels = {label: u for u in table.units.values() for label in (u.label, *u.alt_labels)}
    for name in (surface + "县", surface + "市", surface + "区", surface + "旗"):
        if name in labels:
            return labels[name]
        division = gaz.resolve_name(name, scope=scope)
        if division is not None and division.level != "national":
            return table.add_division(division)
    if surface.endswith("自治县") and len(surface) > 4:  # 双江自治县 for 双江拉祜族佤族布朗族傣族自治县
        found = [d for d in gaz.by_code.values() if d.name.startswith(surface[:-3]) and d.name.endswith("自治县")]
        if len(found) == 1:
            return table.add_division(found[0])
    for suffix, level in RECIPIENT_LEVELS:
        if surface.endswith(("小镇", "古镇", "古村", "行政村")):
            break  # a feature town or historic village is a place (PLACE_HEADS), 行政村 no name
        if surface.endswith(suffix) and (len(surface) > len(suffix) + 1
                                         or suffix == "村" and len(surface) == 2 and surface[0] not in NO_NAME_CHARS):
            # a village or township written after its county or township (定日县扎西宗村, 安吉县余村,
            # 八里店镇潞村): that unit is its parent
            shorts = county_forms(region, gaz) if region is not None else {}  # 临湘 for 临湘市
            for cut in range(len(surface) - len(suffix) - 1, 1, -1):
                written = surface[:cut]
                head = gaz.resolve_name(shorts.get(written, written), scope=scope)
                if head is not None and (written in (head.name, short_name(head.name)) or shorts.get(written) == head.name) and (
                        head.level in ("county", "prefecture") or head.level == "township" and level == "village"):
                    parent = table.add_division(head)
                    rest = surface[cut:]
                    if level == "village":  # 吴兴区八里店镇潞村: the township between them is the parent
                        for inner in range(len(rest) - len(suffix) - 1, 1, -1):
                            if rest[:inner] in forms:
                                return table.add_unlinked(rest[inner:], level, table.add_township(forms[rest[:inner]]))
                    return table.add_unlinked(rest, level, parent)
                if level == "village" and surface[:cut] in forms:
                    parent = table.add_township(forms[surface[:cut]])
                    return table.add_unlinked(surface[cut:], level, parent)
            return table.add_unlinked(surface, level)
    return None


# First characters of a two-character 村 that is no name (本村, 全村, 各村, 该村); 余村, 宏村 are names.
NO_NAME_CHARS = set("本全各每该此我其某一新老大小")
