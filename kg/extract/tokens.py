"""Tokens: jieba with the project's user dictionary: words and POS tags, quoted names kept whole."""

from __future__ import annotations

import logging
import re
from functools import cache
from importlib import resources

QUOTED_SPAN = re.compile(r"“[^“”]{1,20}”|‘[^‘’]{1,20}’|《[^《》]{1,30}》")


@cache
def _tokenizer():
    import jieba
    import jieba.posseg as posseg

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    data = resources.files("kg.data")
    with data.joinpath("userdict.txt").open(encoding="utf-8") as fh:
        tokenizer.load_userdict(fh)
    with data.joinpath("indicators.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                tokenizer.add_word(line.strip(), 50, "n")
    return posseg.POSTokenizer(tokenizer)


def pos(text: str) -> list[tuple[str, str]]:
    """Words with POS tags; a quoted name (“一件事一次办”) stays one proper-noun token."""
    tokens: list[tuple[str, str]] = []
    at = 0
    cut = _tokenizer().cut
    for m in QUOTED_SPAN.finditer(text):
        if m.start() > at:
            tokens.extend((w.word, w.flag) for w in cut(text[at:m.start()], HMM=False))
        tokens.append((m.group(0), "nz"))
        at = m.end()
    if at < len(text):
        tokens.extend((w.word, w.flag) for w in cut(text[at:], HMM=False))
    return tokens


def is_punctuation(word: str) -> bool:
    return not any("\u4e00" <= ch <= "\u9fff" or ch.isalnum() for ch in word)
