"""Regex speed helper: a lookahead for the characters a pattern's match can start with.

`re` scans quickly for a match's first character only when the pattern opens with a literal, a character
class or an alternation of literals. A pattern whose alternatives open with groups, repeats or lookbehinds
(`(?:近|过去)?[一二三]年|(?<=…)占|…`) is instead tried in full at every position. Put in front of it,
`(?=[first characters])` changes no match (a match must start with one of them) and lets `re` reject the
other positions at once: kg/numbers.py's token pattern scans about 3.6 times faster so, TRAILING in
kg/extract/indicators.py about 3 times.

The first characters are read from the parsed pattern, so the lookahead follows every edit of the rule.
Where they cannot be told exactly (a negated class, `.`, a back-reference, case-insensitive matching, a
pattern that can match the empty string, an unknown construct or another Python's parser) the helper
returns "" and the pattern is used as it is.
"""

from __future__ import annotations

import re

try:  # the parser `re` itself uses; private, hence the fallback to no lookahead
    from re import _constants as _C
    from re import _parser as _P
except ImportError:  # pragma: no cover - another Python
    _C = _P = None


class _Unknown(Exception):
    pass


def _category(code) -> str:
    escapes = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
               "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}
    if str(code) not in escapes:
        raise _Unknown(code)
    return escapes[str(code)]


def _char(code: int) -> str:
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


def _first_of_sequence(items, out: set[str]) -> bool:
    """Add the first characters of a sequence of parsed items to `out`; True when it can match empty."""
    for op, av in items:
        if not _first_of_item(op, av, out):
            return False
    return True


def _first_of_item(op, av, out: set[str]) -> bool:
    if op is _C.LITERAL:
        out.add(_char(av))
        return False
    if op is _C.IN:
        for member, value in av:
            if member is _C.LITERAL:
                out.add(_char(value))
            elif member is _C.RANGE:
                out.add(f"{_char(value[0])}-{_char(value[1])}")
            elif member is _C.CATEGORY:
                out.add(_category(value))
            else:  # NEGATE and anything else
                raise _Unknown(member)
        return False
    if op is _C.SUBPATTERN:
        group, add_flags, del_flags, pattern = av
        if add_flags & re.IGNORECASE:
            raise _Unknown("ignorecase")
        return _first_of_sequence(pattern, out)
    if op is _C.BRANCH:
        empty = False
        for alternative in av[1]:
            empty |= _first_of_sequence(alternative, out)
        return empty
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, _high, item = av
        return _first_of_sequence(item, out) or low == 0
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _first_of_sequence(av, out)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return True  # zero width: the next item starts the match (a looser set, never a wrong one)
    raise _Unknown(op)


def first_char_lookahead(pattern: str, flags: int = 0) -> str:
    """`(?=[…])` naming every character a match of `pattern` can start with, or "" when unsure."""
    if _P is None or flags & re.IGNORECASE:
        return ""
    try:
        parsed = _P.parse(pattern, flags)
        if parsed.state.flags & re.IGNORECASE:
            return ""
        first: set[str] = set()
        if _first_of_sequence(parsed, first) or not first:
            return ""
    except Exception:  # _Unknown, or a parser that differs from the one this was written for
        return ""
    return "(?=[" + "".join(sorted(first)) + "])"


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags) with `first_char_lookahead` in front: the same matches, a faster scan.

    Inline global flags (`(?m)` at the start) stay first."""
    lead = re.match(r"\(\?[aiLmsux]+\)", pattern)
    head, rest = (pattern[:lead.end()], pattern[lead.end():]) if lead else ("", pattern)
    return re.compile(head + first_char_lookahead(pattern, flags) + rest, flags)
