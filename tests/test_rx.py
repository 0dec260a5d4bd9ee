"""kg/rx.py: the first-character lookahead changes no match and is left out where it cannot be told."""

import random
import re

import pytest

from kg.extract.indicators import TRAILING
from kg.rx import compile_fast, first_char_lookahead


@pytest.mark.parametrize("pattern", [
    r"(?:近|过去)?[一二三]年|(?<=[\u4e00-\u9fff]{2})占|\d{4}年",
    r"(?m)^\s*(?:第[一二]|[（(]\d+[）)])章",
    r"(?:a|b+)?c|[x-z]{2}",
    r"\w+天|𠀀",
])
def test_the_lookahead_changes_no_match(pattern):
    rng = random.Random(7)
    alphabet = "近过去一二三年占\n 第章（）()0123456789abcxyz天𠀀中文字"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(3000)]
    plain, fast = re.compile(pattern), compile_fast(pattern)
    assert fast.pattern != plain.pattern  # a lookahead was put in
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.sub("", text) == plain.sub("", text)


@pytest.mark.parametrize("pattern", [
    r"a*",            # can match the empty string
    r"[^a]b",         # a negated class
    r".b",            # any character
    r"(a)?\1b",       # a back-reference may come first
    r"(?i)abc",       # case-insensitive
    r"(?=x)|y",       # a branch that matches empty
])
def test_no_lookahead_where_the_first_characters_are_unknown(pattern):
    assert first_char_lookahead(pattern) == ""
    assert compile_fast(pattern).pattern == pattern


def test_trailing_words_strip_as_without_the_lookahead():
    plain = re.compile(TRAILING.pattern[TRAILING.pattern.index("])") + 2:])
    assert TRAILING.pattern.startswith("(?=[") and plain.pattern.startswith("(?:")
    for text in ["工业增加值同比增长", "地区生产总值比上年增长", "城镇居民人均可支配收入达到", "粮食总产量稳定在",
                 "全年完成固定资产投资", "单位GDP能耗下降", "森林覆盖率提高到", "2023年", "实现", ""]:
        assert TRAILING.sub("", text) == plain.sub("", text)
