"""A regular expression for a set of literal words that a regex engine walks as a trie.

`re` tries the branches of `(?:沈阳市|沈阳|...)` one after another at every position where the first
character could start a word, so a lexicon of thousands of words costs thousands of steps there.
`trie_alternation` writes the same set as nested groups (`沈阳(?:市)?`) that share their prefixes: at a
position the engine follows only the characters of the text. Longer words are tried before shorter
ones at every branch, which is the order of the flat alternation sorted longest first: every match,
every backtracking step in a larger pattern and every finditer result is the same.
"""

from __future__ import annotations

import re


def trie_alternation(words) -> str:
    """A non-capturing group matching exactly the words, the longest possible first (like
    `(?:w1|w2|...)` with the words sorted by length, longest first)."""
    trie: dict = {}
    empty = False
    for word in set(words):
        if not word:
            empty = True
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True
    body = _node(trie) if trie else "(?!)"
    if empty:
        return "(?:" + body + ")?" if trie else "(?:)"
    return "(?:" + body + ")"


def _node(node: dict) -> str:
    """The pattern of the words below `node` (not including whether `node` itself ends a word)."""
    branches = []
    singles = []
    for ch in sorted(k for k in node if k):
        child = node[ch]
        if len(child) == 1 and "" in child:
            singles.append(ch)  # a character that ends a word and goes on no further
        else:
            rest = _node(child)
            if "" in child:
                rest = "(?:" + rest + ")?"  # greedy: the longer word first, then the word ending here
            branches.append(re.escape(ch) + rest)
    if singles and branches:
        branches.extend(re.escape(c) for c in singles)  # literal branches keep re's first-character scan
    elif singles:
        branches.append(re.escape(singles[0]) if len(singles) == 1
                        else "[" + "".join(_class_char(c) for c in singles) + "]")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
