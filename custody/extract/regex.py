"""Regular expressions built for speed: word lists as tries, lower-cased scans.

Python's ``re`` tries every alternative of 'a|b|c' at every position of the
text, and its case-insensitive mode turns off the fast scan for a pattern's
first letters. Word lists are therefore compiled as tries, and the hottest
scans run over the lower-cased text with a pattern of lower-case words.
Beyond that: cue lists tried only where a cue's first letters are
(``Alternatives``), patterns behind a look-ahead naming the letters a match
can start with (``first_letters``, ``compile_fast``), and word lists found by
an Aho-Corasick automaton (``WordAutomaton``, ``WordStarts``). Each gives what
the plain pattern gives; tests/test_regex.py checks it.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable
from re import _constants as _sre  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

try:  # the engine's compiler (Python 3.11 and later)
    from re import _compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python's re
    _compiler = None

# (the names moved to prefixes.py, kept importable from here)
from custody.extract.prefixes import _FOLDED_TO as _FOLDED_TO  # noqa: E402
from custody.extract.prefixes import _ODD_FOLDS as _ODD_FOLDS  # noqa: E402
from custody.extract.prefixes import _first_chars as _first_chars  # noqa: E402
from custody.extract.prefixes import first_letters as first_letters  # noqa: E402
from custody.extract.prefixes import literal_prefixes as literal_prefixes  # noqa: E402
from custody.extract.prefixes import start_ways, ways_at  # noqa: E402
from custody.recache import memo  # noqa: E402 - after the engine's compiler, if any

_CODE_UNIT = "I"
"""The engine's code kept as bytes of this array type (as custody/recache.py keeps it)."""


@memo
def alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """One pattern matching any of ``words``, the longest first, as a trie.

    A plain 'a|b|c' alternation makes the regular expression engine try every
    word at every position of the text; the trie tries only the words that
    share the letters read so far (several times faster on lexicons of
    hundreds of words). With ``ignore_case`` the words are merged by their
    lower case (the pattern is then used with re.IGNORECASE)."""
    trie: dict[str, Any] = {}
    for word in set(words):
        key = word.lower() if ignore_case and _folds_to_lower(word) else word
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie_pattern(trie) if trie else "(?!)"


def phrase_alternation(words: Iterable[str]) -> str:
    """Words or phrases of a lexicon list as one alternation, longest first, the space
    between two words of a phrase matching any run of spaces ('\\s+'): what
    '|'.join of them, the longest first, finds, as a trie (see ``alternation``)."""
    trie: dict[str, Any] = {}
    for phrase in set(words):
        node = trie
        for k, word in enumerate(phrase.split()):
            for token in [WHITESPACE, *word] if k else word:
                node = node.setdefault(token, {})
        node[""] = {}
    return trie_pattern(trie) if trie else "(?!)"


def _folds_to_lower(word: str) -> bool:
    """Does ``word`` match its lower case under re.IGNORECASE? Always for ASCII;
    not for a few letters such as 'İ' (its lower case is two characters)."""
    return word.isascii() or re.fullmatch(re.escape(word.lower()), word, re.I) is not None


WHITESPACE = r"\s+"
"""The trie token of the space between two words of a phrase (kept as the pattern)."""


def trie_pattern(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (ch if ch == WHITESPACE else re.escape(ch)) + trie_pattern(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # greedy: a longer word is tried before the word that ends here
    return f"(?:{body})?" if ends else body


_LOWER: Final[dict[str, str]] = {}  # short texts lowered before, forgotten when 512 are held
_LONG: Final = ["", ""]  # the last long text lowered, and its lower case (Final: a C static)
_STR_LOWER: Final[Callable[[str], str]] = str.lower
"""CPython's own ``str.lower``, called as an object: mypyc compiles ``text.lower()`` to a
primitive of its own that lowers letter by letter and misses the final sigma ('ΟΔΟΣ' ->
'οδοσ', not 'οδος'), so the compiled and the pure extractor would read a text apart."""


def lower_of(text: str) -> str:
    """``text.lower()``, kept for a short text asked for again and for the last long one."""
    if len(text) > 1000:
        if text != _LONG[0]:
            _LONG[0], _LONG[1] = text, _STR_LOWER(text)
        return _LONG[1]
    low = _LOWER.get(text)
    if low is None:
        if len(_LOWER) >= 512:
            _LOWER.clear()
        low = _LOWER[text] = _STR_LOWER(text)
    return low


def lowered(text: str) -> str | None:
    """``text`` in lower case when that keeps every offset ('İ' grows), else None."""
    low = lower_of(text)
    return low if len(low) == len(text) else None


def may_hold(text: str, words: tuple[str, ...], low: str | None = None) -> bool:
    """False only when no match of a case-insensitive pattern that needs one of
    ``words`` (in lower case) can be in ``text`` (``low``: its lower case, when at hand):
    substring tests at C speed, before a pattern ``re`` would try at every character.
    A text with one of ``_ODD_FOLDS`` may match without the words: it is always searched."""
    if low is None:
        low = lower_of(text)
    for word in words:
        if word in low:
            return True
    return not text.isascii() and any(c in text for c in _ODD_FOLDS)


def contains_any(text: str, words: Iterable[str]) -> bool:
    """``any(word in text for word in words)``, without the generator (a frame made and
    resumed once a word: it cost more than the substring tests of a short text)."""
    for word in words:
        if word in text:
            return True
    return False


def fewest_words(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` without those that hold another of them ('prisons' holds 'prison'): a
    text holds one of the words it returns exactly when it holds one of ``words``."""
    found = set(words)
    return tuple(sorted(w for w in found if not any(o != w and o in w for o in found)))


def occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlaps included: ``str.find`` runs at C speed
    where a pattern of a few words would be tried at every character."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0:
        out.append(at)
        at = text.find(word, at + 1)
    return out


def inside_word(low: str, start: int, hyphen: bool = False) -> bool:
    """Does ``start`` fall inside a word (a word character before it; with
    ``hyphen``, a hyphen too)? What '(?<!\\w)' or '(?<![\\w-])' refuse."""
    if start == 0:
        return False
    before = low[start - 1]
    return before.isalnum() or before == "_" or (hyphen and before == "-")


_Checks = tuple[tuple[int, ...], tuple[tuple[int, tuple[str, ...], tuple[str, ...]], ...]]
"""A head's patterns when none needs a test, else each pattern with each of its ways there."""


class PrefixIndex:
    """Where each of several patterns may start, from their literal prefixes
    (``literal_prefixes``, up to ``k`` letters, lower case).

    ``places(low)`` gives, in text order, each place of the lower-cased text
    where some prefix begins, with the indexes (in list order) of the patterns
    that may start there: those of the longest prefix found there and of the
    shorter ones inside it. One Aho-Corasick pass finds them (``WordAutomaton``),
    else a zero-width regular expression. With ``word_start``, only places at
    the start of a word (no letter, digit, '_' or '-' before) count.

    Given the patterns' ``sources`` (case-insensitive), ``starts(low)`` gives the
    same places with only the patterns that may start there as their ways tell
    (``prefixes.start_ways``: their literal prefixes up to ``WAYS`` letters, and the
    characters their leading look-behinds allow before them).
    """

    WAYS = 16

    def __init__(
        self,
        prefixes: list[set[str]],
        word_start: bool = False,
        dfa: bool | None = None,
        sources: list[str] | None = None,
    ) -> None:
        by_prefix: dict[str, list[int]] = {}
        for index, heads in enumerate(prefixes):
            for head in heads:
                by_prefix.setdefault(head, []).append(index)
        # the scan gives the longest prefix at a place; the patterns of the shorter
        # prefixes inside it may start there too
        self.candidates: dict[str, tuple[int, ...]] = {
            head: tuple(
                sorted({i for n in range(1, len(head) + 1) for i in by_prefix.get(head[:n], ())})
            )
            for head in by_prefix
        }
        self.word_start = word_start
        ordered = sorted(by_prefix)
        behind = r"(?<![\w-])" if word_start else ""
        self.source = rf"{behind}(?=({alternation(ordered, ignore_case=True)}))"
        self.automaton: WordAutomaton | None = WordAutomaton.of(ordered, dfa)
        self.heads = ordered
        self.head_index = {head: i for i, head in enumerate(ordered)}
        self.by_head = [self.candidates[head] for head in ordered]
        """The patterns of each prefix, in the automaton's order of its words."""
        self.ways = [None if s is None else start_ways(s, self.WAYS) for s in sources or []]
        self._checks: dict[int, _Checks] = {}

    def places(self, low: str) -> list[tuple[int, tuple[int, ...]]]:
        """``low``: lower-cased text."""
        by_head = self.by_head
        return [(at, by_head[i]) for at, i in sorted(self._longest(low).items())]

    def _longest(self, low: str) -> dict[int, int]:
        """Each place and its longest prefix (the index of its head)."""
        if self.automaton is None:
            scan = re.compile(self.source).finditer(low)  # compiled once, in re's cache
            return {m.start(): self.head_index[m.group(1)] for m in scan}
        # the automaton gives the prefixes in the order they end: of two starting at
        # one place, the longer comes later and replaces the shorter
        hits = self.automaton.matches(low)
        if self.word_start:  # not inside a word (what '(?<![\w-])' refuses)
            return {
                at: i
                for i, at, _ in hits
                if not at or not ((before := low[at - 1]).isalnum() or before in "_-")
            }
        return {at: i for i, at, _ in hits}

    def starts(self, low: str) -> list[tuple[int, tuple[int, ...]]]:
        """``places(low)``, each with only the patterns one of whose ways fits there
        (``prefixes.may_start_at``, written out here: it runs at every place)."""
        if not self.ways or (not low.isascii() and contains_any(low, _ODD_FOLDS)):
            return self.places(low)  # ('ı' or 'ſ' may match 'i' or 's': every place tried)
        out: list[tuple[int, tuple[int, ...]]] = []
        for at, i in sorted(self._longest(low).items()):
            checks = self._checks.get(i)
            if checks is None:
                checks = self._checks[i] = self._checks_of(i)
            if not checks[1]:
                out.append((at, checks[0]))
                continue
            kept: list[int] = []
            for n, behind, heads in checks[1]:
                if (kept and kept[-1] == n) or at < len(behind):
                    continue
                j = at - 1
                fits = True
                for allowed in behind:
                    if low[j] not in allowed:
                        fits = False
                        break
                    j -= 1
                if fits and low.startswith(heads, at):
                    kept.append(n)
            if kept:
                out.append((at, tuple(kept)))
        return out

    def _checks_of(self, i: int) -> _Checks:
        """The patterns of head ``i``, and the ways each may start there, one a line
        (a pattern that needs no test: nothing before, an empty prefix)."""
        head = self.heads[i]
        checks: list[tuple[int, tuple[str, ...], tuple[str, ...]]] = []
        for n in self.by_head[i]:
            ways = self.ways[n] if n < len(self.ways) else None
            fit = None if ways is None else ways_at(ways, head)
            if fit is None:
                checks.append((n, (), ("",)))
            checks.extend((n, behind, heads) for behind, heads in fit or ())
        if all(not behind and heads == ("",) for _, behind, heads in checks):
            return (self.by_head[i], ())
        return ((), tuple(checks))

    def places_in_text(self, text: str) -> list[tuple[int, tuple[int, ...]]]:
        """The same for text whose lower case would move the offsets ('İ'), with re.I."""
        scan = re.compile(self.source, re.I).finditer(text)
        return [(m.start(), self.candidates.get(m.group(1).lower(), ())) for m in scan]


class Alternatives:
    """Patterns tried as one 'a|b|c' (in that order at each place), found fast.

    ``re`` tries every alternative at every position of the text, and each
    cue starting with '\\b' defeats its fast scan: a list of 30 cues costs
    30 tests a character. Here a ``PrefixIndex`` of the cues' literal first
    letters finds the places where some cue may start, and only the cues that
    may start there are tried, in their list order. ``search`` returns what
    ``re.compile("|".join(patterns), flags).search(text)`` finds (leftmost
    place, then the first cue in list order), though as the single cue's own
    match object. A cue whose first letters cannot be known (at most ``LOOSE``
    of them) is searched on its own and its match taken when it comes first.
    When more cues cannot be gated, the patterns are not case-insensitive, or
    lower-casing moves the text's offsets, the plain alternation is used.
    """

    LOOSE = 2

    def __init__(self, patterns: list[str], flags: int = re.I) -> None:
        self.patterns = list(patterns)
        self.flags = flags
        self._combined: re.Pattern[str] | None = None
        self.single = [re.compile(p, flags) for p in self.patterns]
        # the gate works on lower-cased text: only for case-insensitive cues
        prefixes = [literal_prefixes(p, 8) if flags & re.I else None for p in self.patterns]
        self.gated = [i for i, p in enumerate(prefixes) if p]
        """Indexes of the cues the scan gates (the scan's own indexes are into this list)."""
        self.loose = [i for i, p in enumerate(prefixes) if not p]
        """Indexes of the cues searched on their own."""
        from custody.extract.gate import required_words  # (gate.py imports this module)

        self.loose_words = [required_words(self.patterns[i], flags) for i in self.loose]
        """For each loose cue, words one of which every match holds (lower case), or None:
        a loose cue is tried at every character, so only in a text holding one of them."""
        gate = bool(self.gated) and len(self.loose) <= self.LOOSE
        self.scan: PrefixIndex | None = (
            PrefixIndex([prefixes[i] or set() for i in self.gated]) if gate else None
        )

    @property
    def combined(self) -> re.Pattern[str]:
        """The plain alternation, compiled when first needed (start-up time)."""
        if self._combined is None:
            self._combined = re.compile("|".join(self.patterns) or "(?!)", self.flags)
        return self._combined

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The first match in ``text`` (``low``: its lower case, when at hand)."""
        if self.scan is None:
            return self.combined.search(text)
        if low is None:
            low = lowered(text)
            if low is None:
                return self.combined.search(text)
        found, index = self._gated_search(text, low)
        for i, words in zip(self.loose, self.loose_words, strict=True):
            if words is not None and not may_hold(text, words, low):
                continue  # (no word the cue needs: no match)
            m = self.single[i].search(text)  # the leftmost match wins, then the first cue
            if m and (found is None or (m.start(), i) < (found.start(), index)):
                found, index = m, i
        return found

    def _gated_search(self, text: str, low: str) -> tuple[re.Match[str] | None, int]:
        assert self.scan is not None
        for pos, candidates in self.scan.places(low):
            for k in candidates:
                m = self.single[self.gated[k]].match(text, pos)
                if m:
                    return m, self.gated[k]
        return None, -1


DFA_WORDS = 300
"""A word list up to this long gets a DFA (``WordAutomaton``): cheap to build."""


class WordAutomaton:
    """Every place where one of ``words`` occurs, overlaps included, found by one pass of
    an Aho-Corasick automaton (ahocorasick_rs: one list made in Rust; the offsets are the
    text's characters). ``matches`` gives (word's index, start, end), in the order the
    words end. A DFA (up to ``DFA_WORDS`` words, or ``dfa``) searches with a third fewer
    instructions than the noncontiguous NFA, but costs 10-25 M more to build for 800
    words (docs/benchmark.md, fifteenth session)."""

    def __init__(self, module: Any, words: list[str], dfa: bool = False) -> None:
        self.words = words
        kind = module.Implementation.DFA if dfa else module.Implementation.NoncontiguousNFA
        self.automaton = module.AhoCorasick(words, implementation=kind)

    @classmethod
    def of(cls, words: list[str], dfa: bool | None = None) -> WordAutomaton | None:
        """The automaton, or None when ahocorasick_rs is missing or there is no word."""
        try:
            import ahocorasick_rs
        except ImportError:
            return None
        if dfa is None:
            dfa = len(words) <= DFA_WORDS
        return cls(ahocorasick_rs, words, dfa) if words else None

    def matches(self, low: str) -> list[tuple[int, int, int]]:
        return self.automaton.find_matches_as_indexes(low, overlapping=True)  # type: ignore[no-any-return]


class WordStarts:
    """Does a word of the text begin with one of ``words``? The same answer as
    ``re.search(r"(?<!\\w)(?:w1|w2|...)", low)``, found by one pass of an
    Aho-Corasick automaton (``WordAutomaton``) over the lower-cased text (``re`` would try
    the whole word list at every character); without ahocorasick_rs, the pattern."""

    def __init__(self, words: list[str]) -> None:
        self.words = sorted({w.lower() for w in words if w})
        self._pattern: re.Pattern[str] | None = None
        self.automaton: WordAutomaton | None = WordAutomaton.of(self.words)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The regular expression, compiled when first needed (start-up time)."""
        if self._pattern is None:
            self._pattern = re.compile(rf"(?<!\w)(?:{alternation(self.words)})")
        return self._pattern

    def search(self, low: str) -> bool:
        """``low``: lower-cased text."""
        if self.automaton is None:
            return self.pattern.search(low) is not None
        return any(not inside_word(low, at) for _, at, _ in self.automaton.matches(low))


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` behind ``first_letters``' look-ahead: the same
    matches, found faster by a pattern that starts with '\\b' or a look-behind (and
    given the look-ahead's letters as its scan, ``compile_scan``)."""
    return compile_scan(first_letters(pattern, flags), flags)


def compile_scan(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, given the engine's first-character scan when the
    pattern starts with a look-ahead of one character class ('\\b(?=[\\da-z])...').
    ``re`` gives a pattern a scan (each character tested against the class at C speed, the
    pattern entered only where one is) only when its first item takes a character; behind
    a look-ahead, '\\b' or a look-behind, ``search`` enters the whole pattern at every
    character. The look-ahead's class is written into the compiled code's information
    block (``_scan_entry``): the same matches (tests/test_regex.py), another scan."""
    entry = _scan_entry(pattern, int(flags)) if _engine_code_known() else None
    if entry is not None:
        try:
            flags_out, code, *groups = entry
            made = _compiler._sre.compile(
                pattern, flags_out, array(_CODE_UNIT, code).tolist(), *groups
            )
            return made  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - another engine: the plain pattern
            pass
    return re.compile(pattern, flags)


def _engine_code_known() -> bool:
    """Is ``re``'s compiler at hand, its code of the unit kept?"""
    return _compiler is not None and array(_CODE_UNIT).itemsize == _compiler._sre.CODESIZE


_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


@memo
def _scan_entry(pattern: str, flags: int) -> _Entry | None:
    """What ``_sre.compile`` takes for ``pattern`` (as ``re.compile`` makes it), with the
    class of its leading look-ahead as the information block's first-character set; None
    when there is no such class, or ``re`` gave the pattern a scan of its own, or a
    match may be empty."""
    tree = _sre_parser.parse(pattern, flags)
    flags |= tree.state.flags
    charset = _leading_class(list(tree), flags)
    if charset is None:
        return None
    code = _compiler._code(tree, flags)
    if code[0] != _sre.INFO or code[2] or not code[3]:
        return None
    info = [_sre.INFO, 0, _sre.SRE_INFO_CHARSET, code[3], code[4]]
    optimized, _ = _compiler._optimize_charset(charset)
    _compiler._compile_charset(optimized, flags, info)
    info[1] = len(info) - 1  # the block's length after its first op
    names: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        names[index] = name
    return (
        flags,
        array(_CODE_UNIT, info + code[1 + code[1] :]).tobytes(),  # (as the pattern cache keeps it)
        tree.state.groups - 1,
        dict(tree.state.groupdict),
        tuple(names),
    )


def _leading_class(items: list[Any], flags: int) -> list[tuple[Any, Any]] | None:
    """The characters every match starts with, as a set of the engine's charset ops,
    when the pattern gives them by a look-ahead of one class before anything else that
    takes a character ('\\b', look-behinds and groups around it are read through)."""
    for op, av in items:
        if op in (_sre.AT, _sre.ASSERT_NOT) or (op == _sre.ASSERT and av[0] < 0):
            continue  # zero-width, before the match's first character
        if op == _sre.SUBPATTERN and not av[1] and not av[2]:
            return _leading_class(list(av[-1]), flags)
        if op != _sre.ASSERT or not av[1]:
            return None
        first_op, first_av = list(av[1])[0]
        ops = [(first_op, first_av)] if first_op == _sre.LITERAL else None
        if first_op == _sre.IN:
            ops = list(first_av)
        if ops is None or flags & re.L:
            return None
        return _case_folded(ops) if flags & re.I else ops
    return None


def _caseless(char: str) -> bool:
    """Is ``char`` no letter, and alike in every case (punctuation: '’', '€')?"""
    return not char.isalpha() and char.lower() == char == char.upper()


def _case_folded(ops: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """A class of ASCII letters under re.IGNORECASE as the literal letters it matches
    (both cases, and ``_ODD_FOLDS``); None when it holds anything else but those, digits,
    other caseless categories and caseless characters ('’')."""
    letters: set[str] = set()
    rest: list[tuple[Any, Any]] = []
    for op, av in ops:
        if op == _sre.LITERAL and av < 128:
            letters.add(chr(av).lower())
        elif op == _sre.LITERAL and (chr(av) in _ODD_FOLDS or _caseless(chr(av))):
            rest.append((op, av))
        elif op == _sre.RANGE and av[1] < 128:
            letters.update(chr(c).lower() for c in range(av[0], av[1] + 1))
        elif op == _sre.CATEGORY and av in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE):
            rest.append((op, av))
        else:
            return None
    found = {*letters, *(c.upper() for c in letters)}
    found.update(o for c in letters for o in _FOLDED_TO.get(c, ""))
    return [(_sre.LITERAL, ord(c)) for c in sorted(found)] + rest
