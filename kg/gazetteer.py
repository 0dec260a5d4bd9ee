"""Offline gazetteer of Chinese administrative divisions (GB/T 2260 codes; MCA data, see data/GAZETTEER.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

NATIONAL_KEY = "CN"
NATIONAL_NAME = "中华人民共和国"

_ETHNIC_GROUPS = (
    "柯尔克孜 乌孜别克 维吾尔 哈萨克 塔吉克 俄罗斯 鄂温克 鄂伦春 达斡尔 塔塔尔 蒙古 布依 朝鲜 土家 哈尼 傈僳 "
    "拉祜 东乡 纳西 景颇 仫佬 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 高山 "
    "回 藏 苗 彝 壮 满 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京"
).split()
_ETHNIC_AUTONOMY = re.compile(r"(?:(?:" + "|".join(_ETHNIC_GROUPS) + r")族?)+自治(?:区|州|县|旗)$")
_PLAIN_SUFFIX = re.compile(r"(?:特别行政区|地区|省|市|盟|林区|特区)$")


@dataclass(frozen=True, slots=True)
class Division:
    code: str  # six digits; twelve for townships; "CN" for the country
    name: str
    level: str
    parent: str | None  # code of the parent division


def short_name(name: str) -> str:
    """The form without the suffix: 新疆维吾尔自治区 -> 新疆, 昌吉回族自治州 -> 昌吉, 乌鲁木齐市 -> 乌鲁木齐."""
    short = _ETHNIC_AUTONOMY.sub("", name)
    if short == name:
        short = _PLAIN_SUFFIX.sub("", name)
    elif len(short) < 2 and name.endswith("自治区"):
        short = name[:-3]  # 西藏, 内蒙古: the region's name holds a people's (藏, 蒙古), not only its suffix
    return short


_COUNTY_SUFFIX = re.compile(r"(?:县|区|旗|市)$")


def county_short(name: str) -> str | None:
    """The form a county-level unit goes by without its suffix: 凤庆县 -> 凤庆, 思明区 -> 思明,
    双江拉祜族佤族布朗族傣族自治县 -> 双江; None when fewer than two characters would remain."""
    short = _ETHNIC_AUTONOMY.sub("", name)
    if short == name:
        short = _COUNTY_SUFFIX.sub("", name)
    return short if len(short) >= 2 and short != name else None


_ETHNIC_AT = re.compile(r"(?:" + "|".join(_ETHNIC_GROUPS) + r")族?")


def county_abbreviations(name: str, shared_stems: frozenset[str] | set[str] = frozenset()) -> tuple[str, ...]:
    """The customary two-character forms of a long county-level name (喀左 for 喀喇沁左翼蒙古族自治县,
    阜蒙 for 阜新蒙古族自治县, 前郭 for 前郭尔罗斯蒙古族自治县, 土左 for 土默特左旗): the stem's first
    character with the first character of its people (autonomous counties), the stem's first two
    characters (autonomous counties whose stem has four or more), or the stem's first character with
    its 左/右 (and a 前/中/后 after it: 科右前). Callers check each form's ambiguity in their scope."""
    autonomous = _ETHNIC_AUTONOMY.search(name)
    if autonomous:
        stem = name[:autonomous.start()]
    elif name.endswith("旗") and len(name) >= 5:
        stem = re.sub(r"(?:联合)?旗$", "", name)
    else:
        return ()
    if len(stem) < 2:
        return ()
    forms: list[str] = []
    if autonomous and stem in shared_stems and (people := _ETHNIC_AT.match(name, len(stem))):
        forms.append(stem[0] + people.group(0)[0])  # only where the stem is another unit's (阜新市)
    if autonomous and len(stem) >= 4:
        forms.append(stem[:2])
    side = re.search(r"[左右](?:翼)?([前中后])?", stem[2:])
    if side:
        forms.append(stem[0] + side.group(0)[0] + (side.group(1) or ""))
    return tuple(dict.fromkeys(f for f in forms if f != stem))


def _data_lines(filename: str):
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


class Gazetteer:
    def __init__(self) -> None:
        self.by_code: dict[str, Division] = {
            NATIONAL_KEY: Division(NATIONAL_KEY, NATIONAL_NAME, "national", None)
        }
        self.by_name: dict[str, list[Division]] = {NATIONAL_NAME: [self.by_code[NATIONAL_KEY]]}
        for code, name, level, parent in _data_lines("divisions.tsv"):
            division = Division(code, name, level, parent or NATIONAL_KEY)
            self.by_code[code] = division
            self.by_name.setdefault(name, []).append(division)
        # Short forms of provinces and prefectures that are unambiguous (新疆, 乌鲁木齐, 杭州).
        shorts: dict[str, list[Division]] = {}
        for division in self.by_code.values():
            if division.level in ("province", "prefecture"):
                short = short_name(division.name)
                if len(short) >= 2 and short != division.name:
                    shorts.setdefault(short, []).append(division)
            if division.level == "prefecture" and division.name.endswith("自治州"):
                short = short_name(division.name)
                if len(short) >= 2:
                    shorts.setdefault(short + "州", []).append(division)  # 凉山州, 恩施州, 黔东南州
        self.by_short = {k: v[0] for k, v in shorts.items() if len(v) == 1 and k not in self.by_name}
        # Autonomous counties are often named without their ethnic suffix (积石山 for 积石山…自治县).
        county_shorts: dict[str, list[Division]] = {}
        for division in self.by_code.values():
            if division.level == "county" and re.search("自治[县旗]$", division.name):
                short = short_name(division.name)
                if len(short) >= 3 and short not in self.by_name:
                    county_shorts.setdefault(short, []).append(division)
        self.county_shorts = {k: v[0] for k, v in county_shorts.items() if len(v) == 1 and k not in self.by_short}
        self.aliases: dict[str, str] = {}
        self.alias_not_followed: dict[str, re.Pattern | None] = {}
        for row in _data_lines("unit_aliases.tsv"):
            self.aliases[row[0]] = row[1]
            self.alias_not_followed[row[0]] = re.compile(row[2]) if len(row) > 2 and row[2] else None
        self.capitals = {prov: cap for prov, cap in _data_lines("capitals.tsv")}
        self._townships: dict[str, dict[str, str]] | None = None
        self._children: dict[str, list[Division]] | None = None
        self.max_name_length = max(len(n) for n in self.by_name)

    def townships_of(self, county_code: str) -> dict[str, str]:
        """Township name -> twelve-digit code, for one county."""
        if self._townships is None:
            table: dict[str, dict[str, str]] = {}
            for county, name, code in _data_lines("townships.tsv"):
                table.setdefault(county, {})[name] = code
            self._townships = table
        return self._townships.get(county_code, {})

    def ancestors(self, code: str) -> list[Division]:
        """The division itself and every division above it, nearest first."""
        chain = []
        seen = set()
        current = self.by_code.get(code)
        while current is not None and current.code not in seen:
            chain.append(current)
            seen.add(current.code)
            current = self.by_code.get(current.parent) if current.parent else None
        return chain

    def children(self, code: str) -> list[Division]:
        if self._children is None:
            table: dict[str, list[Division]] = {}
            for division in self.by_code.values():
                if division.parent:
                    table.setdefault(division.parent, []).append(division)
            self._children = table
        return self._children.get(code, [])

    def descendants(self, code: str) -> list[Division]:
        return [d for d in self.by_code.values() if d.code != code and any(a.code == code for a in self.ancestors(d.code)[1:])]

    def province_of(self, code: str) -> Division | None:
        for division in self.ancestors(code):
            if division.level == "province":
                return division
        return None

    def resolve_name(self, name: str, scope: str | None = None) -> Division | None:
        """A full name to one division, preferring divisions inside `scope`; None when ambiguous."""
        name = self.aliases.get(name, name)
        candidates = self.by_name.get(name)
        if not candidates:
            return self.by_short.get(name) or self.county_shorts.get(name)
        if len(candidates) == 1:
            return candidates[0]
        if scope:
            # Nearest scope first: inside the reporting unit, then its parent, then its province.
            for anchor in self.ancestors(scope):
                inside = [c for c in candidates if anchor.code in {a.code for a in self.ancestors(c.code)}]
                if len(inside) == 1:
                    return inside[0]
        return None


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()
