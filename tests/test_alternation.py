"""kg.extract.alternation: a trie-shaped alternation must match exactly what the flat one matches."""

import random
import re

import pytest

from kg.extract.alternation import trie_alternation
from kg.extract.entities.lexicon import _lexicon, _lines, _table


def flat(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


def same(words, texts, around=("", "")):
    a = re.compile(around[0] + flat(words) + around[1])
    b = re.compile(around[0] + trie_alternation(words) + around[1])
    for text in texts:
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text)
        assert bool(a.fullmatch(text)) == bool(b.fullmatch(text))


def test_prefixes_longest_first():
    words = ["沈阳", "沈阳市", "沈", "阳市", "市"]
    assert re.compile(trie_alternation(words)).match("沈阳市政府").group(0) == "沈阳市"
    same(words, ["沈阳市政府", "沈阳人", "沈", "阳市沈阳市市", ""])


def test_special_characters_and_empty_word():
    words = ["a.b", "a", "[x]", "-", "^", "\\", "]", "a.", ""]
    same(words, ["a.b[x]-^\\]", "axb", "a.", "zz", ""])
    assert re.compile(trie_alternation([])).search("abc") is None


def test_backtracking_inside_a_larger_pattern():
    # the group is followed by more pattern: the shorter word must be tried when the longer one fails after
    words = ["工程", "工程项目", "项目"]
    same(words, ["工程项目建设", "工程项目", "工程建设", "项目建设"], around=("", "建设"))
    same(words, ["重点工程项目", "工程工程项目"], around=("", "+$"))


def test_random_words():
    rng = random.Random(13)
    alphabet = "市县区沈阳工程项目a.|"
    for _ in range(200):
        words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(1, 12))]
        texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 20))) for _ in range(20)]
        same(words, texts)
        same(words, texts, around=("", "$"))
        same(words, texts, around=("(?:", ")+市"))


@pytest.mark.parametrize("name", ["entity_heads.txt", "programs.txt", "entity_organizations.txt"])
def test_lexicons_on_report_text(name):
    words = ({w for ws in _table(name).values() for w in ws} if name == "entity_heads.txt" else set(_lines(name)))
    from kg.pipeline import sample_path
    text = sample_path().read_text(encoding="utf-8")
    same(words, text.split("。"))
    assert _lexicon().heads.search(text)
