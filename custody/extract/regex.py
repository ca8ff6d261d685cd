"""Regular expressions built for speed: word lists as tries, lower-cased scans.

Python's ``re`` tries every alternative of 'a|b|c' at every position of the
text, and its case-insensitive mode turns off the fast scan for a pattern's
first letters. Word lists are therefore compiled as tries, and the hottest
scans run over the lower-cased text with a pattern of lower-case words.
"""

from __future__ import annotations

import re
from typing import Any


def alternation(words: list[str], ignore_case: bool = False) -> str:
    """One pattern matching any of ``words``, the longest first, as a trie.

    A plain 'a|b|c' alternation makes the regular expression engine try every
    word at every position of the text; the trie tries only the words that
    share the letters read so far (several times faster on lexicons of
    hundreds of words). With ``ignore_case`` the words are merged by their
    lower case (the pattern is then used with re.IGNORECASE)."""
    trie: dict[str, Any] = {}
    for word in set(words):
        key = (
            word.lower()
            if ignore_case and re.fullmatch(re.escape(word.lower()), word, re.I)
            else word
        )
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie_pattern(trie) if trie else "(?!)"


def trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: a longer word is tried before the word that ends here
    return f"(?:{body})?" if ends else body


def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset, else None
    (a few characters, such as 'İ', grow when lower-cased)."""
    low = text.lower()
    return low if len(low) == len(text) else None
