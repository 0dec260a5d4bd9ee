"""Tokens: jieba with the project's user dictionary: words and POS tags, quoted names kept whole."""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import logging
import marshal
import os
import re
import sys
import tempfile
from functools import cache, lru_cache
from importlib import resources
from math import log
from pathlib import Path

QUOTED_SPAN = re.compile(r"“[^“”]{1,20}”|‘[^‘’]{1,20}’|《[^《》]{1,30}》")


# jieba.posseg's own patterns (jieba 0.42.1), for the dictionary-only (HMM=False) cut below.
RE_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
RE_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
RE_ENG = re.compile("[a-zA-Z0-9]+")
RE_NUM = re.compile("[\\.0-9]+")
RE_ENG1 = re.compile("^[a-zA-Z0-9]$")
STATE_FORMAT = "2"  # bump when the cached state changes shape


def _state_key() -> str:
    """What the cached dictionary state depends on: jieba's code and dictionary, the project's word lists."""
    digest = hashlib.sha256(STATE_FORMAT.encode())
    spec = importlib.util.find_spec("jieba")
    package = Path(spec.origin).parent
    for path in (package / "__init__.py", package / "dict.txt", package / "posseg" / "__init__.py"):
        stat = path.stat()
        digest.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    data = resources.files("kg.data")
    for name in ("userdict.txt", "indicators.txt"):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()[:20]


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "govkg"


def _build_state(jieba) -> tuple[dict, int, dict]:
    """jieba's prefix dictionary and POS tags with the user dictionary and the indicator words added."""
    import jieba.posseg as posseg

    tokenizer = jieba.Tokenizer()
    data = resources.files("kg.data")
    with data.joinpath("userdict.txt").open(encoding="utf-8") as fh:
        tokenizer.load_userdict(fh)
    with data.joinpath("indicators.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                tokenizer.add_word(line.strip(), 50, "n")
    tagger = posseg.POSTokenizer(tokenizer)
    tagger.makesure_userdict_loaded()
    # The tag table's words and tags as the very objects of the prefix dictionary: marshal then stores
    # each word once (a reference the second time), and the state loads faster.
    words = {word: word for word in tokenizer.FREQ}
    tag_names = {tag: sys.intern(tag) for tag in set(tagger.word_tag_tab.values())}
    tags = {words.get(word, word): tag_names[tag] for word, tag in tagger.word_tag_tab.items()}
    return tokenizer.FREQ, tokenizer.total, tags


@cache
def _tokenizer() -> tuple[dict[str, int], float, dict[str, str]]:
    """jieba's prefix dictionary with the project's words, log of its total, and every word's POS tag."""
    freq, total, tags = _state()
    return freq, log(total), tags


@cache
def _state() -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix dictionary with the project's words, its total, and every word's POS tag.

    Building it with jieba takes about 1.5 s (importing jieba, its dictionary, the user dictionary, the
    tag table); the result is cached with marshal (as jieba caches its own dictionary) and then loads
    without importing jieba at all.
    """
    cache_file = None
    state = None
    try:
        cache_file = _cache_dir() / f"jieba-state-{_state_key()}.marshal"
        state = marshal.loads(cache_file.read_bytes())  # marshal.load(file) reads piecemeal: 3x slower
    except (OSError, EOFError, ValueError, TypeError):
        state = None
    if not (isinstance(state, tuple) and len(state) == 3):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        state = _build_state(jieba)
        if cache_file is not None:
            _write_cache(cache_file, marshal.dumps(state), ".jieba-state.", "jieba-state-*.marshal")
    return state


def _write_cache(path: Path, data: bytes, prefix: str, kind: str) -> None:
    """Write a cache file whole (temporary file, then rename); keep the newest few files of its kind
    (the states of a few dictionary versions, i.e. checkouts, no more)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=prefix, dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
        stale = sorted(path.parent.glob(kind), key=lambda p: p.stat().st_mtime)
        for old in stale[:-4]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache: the next process builds it again


@cache
def _compiled_route():
    """jieba-fast-dat's compiled DAG and route over the very same dictionary, or None without it.

    Its `_get_DAG_and_calc` walks a double-array trie of the words with a frequency and computes
    jieba's route with the same floats and ties: on 2.9 million blocks of 600 corpus reports (and
    random pieces of them) it gave the same ends as `_route` for every one, about 4x faster. The trie
    is cached next to the dictionary state (built in 0.1 s, loaded in 1 ms). GOVKG_PURE_PYTHON_CUT=1
    keeps the pure-Python route (tests compare the two).
    """
    if os.environ.get("GOVKG_PURE_PYTHON_CUT"):
        return None
    try:
        from jieba_fast_dat import _jieba_fast_dat_functions_py3 as compiled
    except ImportError:
        return None
    freq, total, _tags = _state()
    trie = compiled.DatTrie()
    try:
        version = importlib.metadata.version("jieba-fast-dat")
    except importlib.metadata.PackageNotFoundError:
        version = "0"
    path = _cache_dir() / f"jieba-dat-{version}-{_state_key()}.bin"
    calc = compiled._get_DAG_and_calc

    def route(block: str) -> list[int]:
        ends: list[int] = []
        calc(trie, block, ends, total)
        return ends  # one entry past the block's end, never read

    try:
        trie.load_from_bytes(path.read_bytes())
        loaded = route(PROBE)[:len(PROBE)] == _route(PROBE, freq, log(total))
    except (OSError, ValueError, RuntimeError):
        loaded = False
    if not loaded:  # no cache yet, or one that is damaged or of another dictionary: build it
        trie = compiled.DatTrie()
        trie.build((word, f) for word, f in freq.items() if f)
        _write_cache(path, trie.save_to_bytes(), ".jieba-dat.", "jieba-dat-*.bin")
    return route


PROBE = "全市地区生产总值增长5.2%城乡居民人均可支配收入分别增长4.5%和7.1%"


@cache
def _log_probs() -> dict[int, float]:
    """log(freq) - log(total) for every frequency of the dictionary (a few thousand distinct values)."""
    freq, logtotal, _tags = _tokenizer()
    return {f: log(f) - logtotal for f in set(freq.values()) if f}


def _route(sentence: str, freq: dict[str, int], logtotal: float) -> list[int]:
    """jieba.Tokenizer.get_DAG then .calc: the most probable split by word frequencies (same arithmetic).

    Returns, for each position, the last index of the word starting there. One backward pass does what
    jieba does in two (the DAG, then the max over (log-probability, end) pairs): each candidate word's
    log-probability is looked up from its frequency (log(f) - log(total), the very float jieba computes),
    ties go to the longer word as in jieba's tuple max, and a position with no dictionary word is a
    one-character word of frequency 1, as jieba's `or 1`.
    """
    n = len(sentence)
    get = freq.get
    logp = _log_probs()
    single = -logtotal  # log(1) - logtotal: 0.0 - x is -x exactly
    prob = [0.0] * (n + 1)
    ends = [0] * n
    for idx in range(n - 1, -1, -1):
        best = None
        end = idx
        i = idx
        frag = sentence[idx]
        while True:
            f = get(frag)
            if f is None:
                break
            if f:
                p = logp[f] + prob[i + 1]
                if best is None or p >= best:
                    best, end = p, i
            i += 1
            if i >= n:
                break
            frag = sentence[idx:i + 1]
        if best is None:
            best = single + prob[idx + 1]
        prob[idx] = best
        ends[idx] = end
    return ends


ENG1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # RE_ENG1 on one character
HAS_ENG1 = re.compile("[a-zA-Z0-9]")  # a character of ENG1


def _cut(text: str, out: list[tuple[str, str]]) -> None:
    """jieba.posseg's cut(text, HMM=False), appending (word, tag) pairs: same words, same tags."""
    freq, logtotal, tags = _tokenizer()
    tag = tags.get
    compiled = _compiled_route()
    for block in RE_HAN_INTERNAL.split(text):
        if not block:
            continue
        if RE_HAN_INTERNAL.match(block):
            ends = compiled(block) if compiled else _route(block, freq, logtotal)
            x, n, buf = 0, len(block), ""
            if not HAS_ENG1.search(block):  # no Latin letter or digit: no single-character word joins an "eng" run
                while x < n:
                    y = ends[x] + 1
                    word = block[x:y]
                    out.append((word, tag(word, "x")))
                    x = y
                continue
            while x < n:
                y = ends[x] + 1
                word = block[x:y]
                if y == x + 1 and word in ENG1:
                    buf += word
                else:
                    if buf:
                        out.append((buf, "eng"))
                        buf = ""
                    out.append((word, tag(word, "x")))
                x = y
            if buf:
                out.append((buf, "eng"))
        else:
            for part in RE_SKIP_INTERNAL.split(block):
                if RE_SKIP_INTERNAL.match(part):
                    out.append((part, "x"))
                else:
                    english = RE_ENG.match(part)
                    for ch in part:
                        out.append((ch, "m" if RE_NUM.match(ch) else "eng" if english else "x"))


def word_frequency(word: str) -> int:
    """How often jieba's dictionary (with the project's words) has seen WORD; 0 if it is not a word."""
    return _tokenizer()[0].get(word) or 0


def word_tag(word: str) -> str | None:
    """jieba's POS tag of WORD as a dictionary word (posseg's word_tag_tab), None if it has none."""
    return _tokenizer()[2].get(word)


def pos(text: str) -> list[tuple[str, str]]:
    """Words with POS tags; a quoted name (“一件事一次办”) stays one proper-noun token."""
    return list(_pos(text))


@lru_cache(maxsize=16384)
def _pos(text: str) -> tuple[tuple[str, str], ...]:
    """pos() of a text, remembered: the rules cut the same clauses and phrases again and again."""
    tokens: list[tuple[str, str]] = []
    at = 0
    for m in QUOTED_SPAN.finditer(text):
        if m.start() > at:
            _cut(text[at:m.start()], tokens)
        tokens.append((m.group(0), "nz"))
        at = m.end()
    if at < len(text):
        _cut(text[at:], tokens)
    return tuple(tokens)


def is_punctuation(word: str) -> bool:
    return not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in word)
