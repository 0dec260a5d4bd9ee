"""kg.extract.tokens cuts as jieba.posseg (HMM off) with the project's dictionaries: same words, same tags."""

from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path

import pytest

from kg.extract import tokens
from kg.pipeline import sample_path
from kg.read import read_document

ROOT = Path(__file__).resolve().parent.parent
GOLD_EXCERPTS = ROOT.parent / "shared" / "gold" / "excerpts"


@pytest.fixture(scope="module")
def posseg_reference():
    """jieba.posseg built the way kg built it before: user dictionary, indicator words, POSTokenizer."""
    import jieba.posseg as posseg

    freq, total, tags = tokens._build_state(__import__("jieba"))
    tokenizer = __import__("jieba").Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = dict(freq), total, True
    tagger = posseg.POSTokenizer.__new__(posseg.POSTokenizer)
    tagger.tokenizer, tagger.word_tag_tab = tokenizer, dict(tags)
    return lambda text: [(w.word, w.flag) for w in tagger.cut(text, HMM=False)]


def _texts() -> list[tuple[str, str]]:
    paths = [sample_path(), *sorted((ROOT / "tests" / "data").glob("*.txt")), *sorted(GOLD_EXCERPTS.glob("*.txt"))]
    corpus = Path(tempfile.gettempdir()) / "govkg-corpus" / "reports"
    if corpus.is_dir():
        paths += random.Random(5).sample(sorted(corpus.rglob("*.txt")), 20)
    texts = [(p.name, read_document(p).text) for p in paths]
    texts.append(("tricky", "GDP增长5.2%，A级景区3A、4A，5G基站1.2万个 \r\n iPhone＋C++ 2024年  ·海赛尔·沙比提\t《条例》"))
    return texts


def test_the_patterns_are_jiebas():
    import jieba.posseg as posseg

    assert tokens.RE_HAN_INTERNAL.pattern == posseg.re_han_internal.pattern
    assert tokens.RE_SKIP_INTERNAL.pattern == posseg.re_skip_internal.pattern
    assert tokens.RE_ENG.pattern == posseg.re_eng.pattern
    assert tokens.RE_NUM.pattern == posseg.re_num.pattern
    assert tokens.RE_ENG1.pattern == posseg.re_eng1.pattern


def test_cut_equals_jieba_posseg_without_hmm(posseg_reference):
    for name, text in _texts():
        for line in text.splitlines() + [text]:
            ours: list[tuple[str, str]] = []
            tokens._cut(line, ours)
            assert ours == posseg_reference(line), (name, line[:80])


def test_the_cached_state_is_the_built_state(tmp_path, monkeypatch):
    import jieba

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    tokens._tokenizer.cache_clear()
    tokens._state.cache_clear()
    try:
        built = tokens._tokenizer()  # builds and writes the cache
        assert list((tmp_path / "govkg").glob("jieba-state-*.marshal"))
        tokens._tokenizer.cache_clear()
        loaded = tokens._tokenizer()  # reads it back
        assert loaded == built
        freq, total, tags = tokens._build_state(jieba)
        assert (freq, math.log(total), tags) == loaded
        # a damaged cache file is rebuilt, not trusted
        cache_file = next((tmp_path / "govkg").glob("jieba-state-*.marshal"))
        cache_file.write_bytes(b"\x00garbage")
        tokens._tokenizer.cache_clear()
        tokens._state.cache_clear()
        assert tokens._tokenizer() == built
    finally:
        tokens._tokenizer.cache_clear()
        tokens._state.cache_clear()


def test_the_compiled_route_is_the_python_route(tmp_path, monkeypatch):
    # jieba-fast-dat is a dependency on Linux x86-64 (pyproject): there it must be in use, and give the
    # very ends of the pure-Python route on every block and piece of block
    import platform

    if platform.system() == "Linux" and platform.machine() == "x86_64":
        assert tokens._compiled_route() is not None
    compiled = tokens._compiled_route()
    if compiled is None:
        pytest.skip("jieba-fast-dat is not installed on this platform")
    freq, logtotal, _tags = tokens._tokenizer()
    rng = random.Random(3)
    checked = 0
    for _name, text in _texts():
        for block in tokens.RE_HAN_INTERNAL.findall(text):
            pieces = [block] + [block[i:i + rng.randint(1, 12)] for i in rng.sample(range(len(block)), min(3, len(block)))]
            for piece in pieces:
                assert compiled(piece)[:len(piece)] == tokens._route(piece, freq, logtotal), piece
                checked += 1
    assert checked > 10_000


def test_the_compiled_routes_trie_is_cached_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    if tokens._compiled_route() is None:
        pytest.skip("jieba-fast-dat is not installed on this platform")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = tokens._compiled_route()(tokens.PROBE)
    tokens._compiled_route.cache_clear()
    try:
        assert tokens._compiled_route()(tokens.PROBE) == expected  # builds and writes the trie
        cached = list((tmp_path / "govkg").glob("jieba-dat-*.bin"))
        assert len(cached) == 1
        cached[0].write_bytes(b"\x00garbage")
        tokens._compiled_route.cache_clear()
        assert tokens._compiled_route()(tokens.PROBE) == expected  # rebuilt, not trusted
        assert cached[0].read_bytes() != b"\x00garbage"
    finally:
        tokens._compiled_route.cache_clear()


def test_without_the_compiled_route_the_cut_is_the_same(monkeypatch):
    text = read_document(sample_path()).text
    fast: list[tuple[str, str]] = []
    tokens._cut(text, fast)
    monkeypatch.setenv("GOVKG_PURE_PYTHON_CUT", "1")
    tokens._compiled_route.cache_clear()
    try:
        assert tokens._compiled_route() is None
        slow: list[tuple[str, str]] = []
        tokens._cut(text, slow)
        assert slow == fast
    finally:
        tokens._compiled_route.cache_clear()
