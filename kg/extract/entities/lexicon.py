"""The lexicons of kg/data compiled into patterns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..alternation import trie_alternation
from .patterns import CATEGORY_RUNS_ON, ENUMERATOR, HAN, MEASURE, NUMBER, TIME_LEAD

# ---- lexicons --------------------------------------------------------------------------------


def _table(filename: str) -> dict[str, list[str]]:
    """A data file of `role word word …` lines."""
    table: dict[str, list[str]] = {}
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split("#", 1)[0].split()
            if len(parts) >= 2:
                table.setdefault(parts[0], []).extend(parts[1:])
    return table


def _lines(filename: str) -> list[str]:
    with resources.files("kg.data").joinpath(filename).open(encoding="utf-8") as fh:
        return [s for s in (line.split("#", 1)[0].strip() for line in fh) if s]


def _alt(words) -> str:
    """`(?:w1|w2|…)`, longest first, written as a trie (kg.extract.alternation: the same matches, fewer steps)."""
    return trie_alternation(words)


@dataclass(frozen=True)
class _Lexicon:
    head_role: dict[str, str]
    heads: re.Pattern
    head_at_end: re.Pattern
    works: re.Pattern
    works_at_end: re.Pattern
    built_after: re.Pattern
    verbs: dict[str, frozenset[str]]
    verb_res: dict[str, re.Pattern]
    lead: re.Pattern
    program_lead: re.Pattern
    campaign: re.Pattern
    category: re.Pattern
    built_list: re.Pattern
    category_kind: dict[str, str]
    programs: re.Pattern
    organizations: re.Pattern
    headless: re.Pattern
    headless_names: frozenset[str]
    honor_trigger: re.Pattern
    honor_weak: frozenset[str]
    honor_head: re.Pattern
    honor_stop: re.Pattern
    honor_ordinal: re.Pattern


@cache
def _lexicon() -> _Lexicon:
    heads = _table("entity_heads.txt")
    head_role = {w: role for role, words in heads.items() if role not in ("works", "campaign") for w in words}
    verbs = _table("entity_verbs.txt")
    categories = _table("entity_categories.txt")
    category_kind = {w: kind for kind, words in categories.items() for w in words}
    honor = _table("honor_words.txt")
    built = _alt(verbs["built"])
    return _Lexicon(
        head_role=head_role,
        heads=re.compile(_alt(head_role)),
        head_at_end=re.compile(_alt(head_role) + "$"),
        works=re.compile(_alt(heads["works"]) + "+"),
        works_at_end=re.compile("(?:" + _alt(heads["works"]) + ")+$"),
        built_after=re.compile(r"(?:(?:[和及、]|以及)[^、，,；;。]{1,24}?)*" + rf"(?:等项目|等[{HAN}]{{0,6}}?(?:设施|场馆|项目|工程)|等)?(?:[{HAN}]{{0,2}}?)" + built),
        verbs={role: frozenset(words) for role, words in verbs.items()},
        verb_res={role: re.compile(_alt(words)) for role, words in verbs.items()},
        lead=re.compile("(?:" + ENUMERATOR + "|" + TIME_LEAD + "|" + _alt(verbs["lead"]) + ")+"),
        program_lead=re.compile("(?:" + ENUMERATOR + "|" + _alt(verbs["plead"]) + ")+"),
        campaign=re.compile(_alt(heads["campaign"]) + rf"(?:(?!项目|试点|工程|加快|推进|深入|全面|持续|扎实)[{HAN}“”]){{1,6}}?(?:建设|创建)"
                            rf"(?![{HAN}]{{0,1}}(?:者|工作|用地|资金|项目|任务|水平))"),
        category=re.compile(
            rf"(?<![高平对均相同初中上次何])等“?(?:{NUMBER}[{MEASURE}](?:[（(][{HAN}]{{1,2}}[）)])?)?(?P<mod>[{HAN}“”]{{0,8}}?)(?P<cat>{_alt(category_kind)})"
            rf"(?![{HAN}]{{0,1}}(?:{CATEGORY_RUNS_ON}))"),
        built_list=re.compile(rf"等(?:{NUMBER}[{MEASURE}])?(?:[{HAN}]{{0,4}}项目)?(?:相继|先后|陆续|均|已|全部|基本)?{built}"),
        category_kind=category_kind,
        programs=re.compile(_alt(_lines("programs.txt"))),
        organizations=re.compile(_alt(_lines("entity_organizations.txt"))),
        headless=re.compile(_alt(_lines("entity_headless_organizations.txt"))),
        headless_names=frozenset(_lines("entity_headless_organizations.txt")),
        honor_trigger=re.compile(_alt(honor["trigger"])),
        honor_weak=frozenset(honor["weak"]),
        honor_head=re.compile(_alt(honor["head"]) + r"[”\"’）)]*$"),
        honor_stop=re.compile(_alt(honor["stop"])),
        honor_ordinal=re.compile("|".join(sorted(honor["ordinal"], key=len, reverse=True))),
    )


@cache
def _verbs_of(roles: tuple[str, ...]) -> re.Pattern:
    """One pattern for the verbs of several roles, so that a scan never matches inside a longer verb."""
    return re.compile(_alt(w for role in roles for w in _lexicon().verbs[role]))
