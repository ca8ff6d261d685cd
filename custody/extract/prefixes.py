"""The literal prefixes every match of a pattern starts with, read from the pattern.

``literal_prefixes`` gives the lower-case letters a custody word or a cue may start
with (``regex.PrefixIndex`` finds the places where they are), ``first_letters`` the
characters a pattern may start with (the look-ahead of ``regex.compile_fast``). Both
are read from the pattern as ``re``'s parser gives it, so a pattern changed later is
read again; tests/test_regex.py checks them against the patterns.
"""

from __future__ import annotations

import re
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any

from custody.recache import memo

_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")
"""'İ', 'ı', 'ſ' and the Kelvin sign: the letters re.IGNORECASE matches to ASCII ones."""
_FOLDED_TO = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
"""The ASCII letters ``_ODD_FOLDS`` match under re.IGNORECASE, and which of them."""


def literal_prefixes(pattern: str, k: int = 3) -> set[str] | None:
    """The lowercase literal prefixes (up to ``k`` letters) every match of ``pattern``
    starts with, or None when it may start with anything (custody words skipped cheaply)."""
    return _prefixes(pattern, k, re.I, "lower")


@memo
def _prefixes(pattern: str, k: int, flags: int, case: str) -> set[str] | None:
    try:
        tree = _sre_parser.parse(pattern, flags)
    except re.error:
        return None
    found = _prefix_seq(list(tree), k, case)
    if found is None:
        return None
    prefixes = {text for text, _ in found}
    return None if "" in prefixes else prefixes


# A prefix is (text, open): open when what follows in the pattern may extend it,
# closed when it is cut short (k letters reached, or an item that can't be
# told, such as '\w+', or a repeat that may come round again).
_Prefixes = set[tuple[str, bool]]

# How a literal letter is given: "lower" (all in lower case, for lower-cased
# text), "exact" (as written: a case-sensitive pattern), "both" (either case).


def _letters(code: int, case: str) -> set[str]:
    c = chr(code)
    if case == "lower":
        return {c.lower()}
    if case == "both":  # (and the letters re.IGNORECASE folds to an ASCII one: 'ı' is 'i')
        return {c, c.lower(), c.upper(), *_FOLDED_TO.get(c.lower(), "")}
    return {c}


def _prefix_seq(items: list[Any], k: int, case: str) -> _Prefixes | None:
    outs: _Prefixes = {("", True)}
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: '\b', look-arounds
        nxt = _prefix_item(op, av, k, case)
        if nxt is None:  # anything may come next: every prefix ends here
            return None if outs == {("", True)} else {(o, False) for o, _ in outs}
        joined: _Prefixes = set()
        for o, is_open in outs:
            if not is_open:
                joined.add((o, False))
                continue
            for n, n_open in nxt:
                text = o + n
                joined.add((text[:k], False) if len(text) >= k else (text, n_open))
        outs = joined
        if not any(is_open for _, is_open in outs):
            break
    return outs


def _prefix_item(op: Any, av: Any, k: int, case: str) -> _Prefixes | None:
    if op == _sre.LITERAL:
        return {(c, True) for c in _letters(av, case)}
    if op == _sre.SUBPATTERN:
        if case == "exact" and av[1] & re.I:
            case = "both"  # '(?i:...)' inside a case-sensitive pattern
        return _prefix_seq(list(av[-1]), k, case)
    if op == _sre.BRANCH:
        found: _Prefixes = set()
        for branch in av[1]:
            sub = _prefix_seq(list(branch), k, case)
            if sub is None:
                return None
            found |= sub
        return found
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, body = av
        sub = _prefix_seq(list(body), k, case)
        if sub is None:
            return None
        if high != 1:  # another round may follow the first: '(?:ab)+c' is not 'abc'
            sub = {(text, False) for text, _ in sub}
        return sub | ({("", True)} if low == 0 else set())
    if op == _sre.IN:  # a class of letters and small ranges: '[Tt]', '[A-Z]'
        letters: _Prefixes = set()
        for o, a in av:
            if o == _sre.LITERAL:
                letters.update((c, True) for c in _letters(a, case))
            elif o == _sre.RANGE and a[1] - a[0] < 128:
                for code in range(a[0], a[1] + 1):
                    letters.update((c, True) for c in _letters(code, case))
            else:
                return None
        return letters
    return None


_GLOBAL_FLAGS_RE = re.compile(r"\(\?[aiLmsux]+\)")


def _first_chars(pattern: str, flags: int) -> str | None:
    """The characters a match of ``pattern`` may start with, or None (``first_letters``)."""
    case = "both" if flags & re.I else "exact"
    found = _prefixes(pattern, 1, flags, case)
    if not found or any(len(c) != 1 for c in found):
        return None
    return "".join(sorted(found))


def first_letters(pattern: str, flags: int = 0) -> str:
    """``pattern`` behind a look-ahead naming every character a match can start with,
    when they can be told: the engine then skips, at one test a character, the
    places where none can start, instead of trying the whole pattern there (a
    pattern starting with '\\b' or a look-behind gets no such skip by itself). It
    finds exactly what ``pattern`` compiled with ``flags`` finds."""
    if _GLOBAL_FLAGS_RE.match(pattern):
        return pattern  # '(?i)...' must stay at the start of the expression
    found = _first_chars(pattern, flags)
    if found is None:
        return pattern
    return f"(?=[{''.join(re.escape(c) for c in found)}])(?:{pattern})"


Ways = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]
"""How a pattern may start: (behind, heads) pairs. ``behind[j]`` holds every lower-case
character the text may have ``j + 1`` characters before the start (what a leading
look-behind allows; none when there is none), ``heads`` the lower-case literal prefixes
the text starts with there."""

_MAX_WAYS = 512


@memo
def start_ways(pattern: str, k: int) -> Ways | None:
    """The ways a match of the case-insensitive ``pattern`` may start (``Ways``), each
    branch of its leading alternations with its own look-behind, the prefixes up to ``k``
    letters; None when some branch may start with anything. A place of a lower-cased text
    where no way fits (``may_start_at``) holds no match."""
    try:
        tree = _sre_parser.parse(pattern, re.I)
    except re.error:
        return None
    found: list[tuple[tuple[str, ...], list[Any]]] = []
    if not _branch_starts(list(tree), (), found):
        return None
    by_behind: dict[tuple[str, ...], set[str]] = {}
    for behind, items in found:
        prefixes = _prefix_seq(items, k, "lower")
        if prefixes is None or any(not text for text, _ in prefixes):
            return None
        by_behind.setdefault(behind, set()).update(text for text, _ in prefixes)
    return tuple((behind, tuple(sorted(heads))) for behind, heads in sorted(by_behind.items()))


def _branch_starts(
    items: list[Any], behind: tuple[str, ...], out: list[tuple[tuple[str, ...], list[Any]]]
) -> bool:
    """Each way ``items`` may start, as (behind, the items from the first that takes a
    character) in ``out``; False when there are more than ``_MAX_WAYS``."""
    while items:
        op, av = items[0]
        if op in (_sre.AT, _sre.ASSERT_NOT) or (op == _sre.ASSERT and av[0] >= 0):
            items = items[1:]  # '\b', a look-ahead, a negative look-behind: no letter told
        elif op == _sre.ASSERT:
            behind = behind or _behind(list(av[1]))  # (the first look-behind)
            items = items[1:]
        elif op == _sre.SUBPATTERN and not av[1] and not av[2]:
            items = list(av[-1]) + items[1:]
        elif op == _sre.BRANCH:
            return all(_branch_starts(list(b) + items[1:], behind, out) for b in av[1])
        else:
            break
    out.append((behind, items))
    return len(out) <= _MAX_WAYS


def _behind(items: list[Any]) -> tuple[str, ...]:
    """The lower-case characters a look-behind's items allow, the last first, up to the
    first item (from its end) that is no letter or class of letters."""
    out: list[str] = []
    for op, av in items[::-1]:
        codes: list[int] = []
        if op == _sre.LITERAL:
            codes.append(av)
        elif op == _sre.IN:
            for o, a in av:
                if o == _sre.LITERAL:
                    codes.append(a)
                elif o == _sre.RANGE and a[1] - a[0] < 128:
                    codes.extend(range(a[0], a[1] + 1))
                else:
                    return tuple(out)
        else:
            return tuple(out)
        chars = {c.lower() for code in codes for c in _letters(code, "both")}
        out.append("".join(sorted(chars)))
    return tuple(out)


def ways_at(ways: Ways, head: str) -> Ways | None:
    """``ways`` with only the prefixes a text starting with ``head`` may hold, those of
    one set of prefixes merged (the characters any allows before it, as far as all
    tell); None when one needs no test (the head fits it, and nothing before is asked)."""
    by_heads: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for behind, heads in ways:
        fit = tuple(h for h in heads if h.startswith(head) or head.startswith(h))
        if not fit:
            continue
        if not behind and any(len(h) <= len(head) for h in fit):
            return None
        by_heads.setdefault(fit, []).append(behind)
    out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
    for fit, behinds in by_heads.items():
        n = min(len(b) for b in behinds)
        merged = ["".join(sorted({c for b in behinds for c in b[j]})) for j in range(n)]
        out.append((tuple(merged), fit))
    return tuple(out)


def may_start_at(ways: Ways, low: str, at: int) -> bool:
    """Does some way of ``ways`` fit at ``at`` of the lower-cased text ``low``? (A text
    holding 'ı' or 'ſ', which re.IGNORECASE matches to 'i' and 's', is not asked.)"""
    for behind, heads in ways:
        if at < len(behind):
            continue
        j = at - 1
        fits = True
        for allowed in behind:
            if low[j] not in allowed:
                fits = False
                break
            j -= 1
        if fits and low.startswith(heads, at):
            return True
    return False
