"""Page chrome: what a scraped page shows around the article.

A site's top bar prints the day the page was viewed, a photo caption the day
the picture was taken, a list of related articles their days, an embedded
post the day it was written: none of them is the article's publication date.
The words that mark them are data, in ``custody/lexicons/page.tsv`` (see its
header); this module loads them and answers which kind of line a line is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from custody.errors import LexiconError
from custody.lexicon_files import package_text

__all__ = ["PageWords", "Phrases", "page_words", "parse_page_words"]

_KINDS = (
    "chrome",
    "caption",
    "embed",
    "related",
    "published",
    "updated",
    "furniture",
    "opener",
    "nameword",
)


_ITEM_MARKS = ":|-–—»>"  # what stands between a heading word and an item on its line


def _any_of(phrases: list[str]) -> re.Pattern[str]:
    """Any of ``phrases``, as whole words, case-insensitively (longest first)."""
    if not phrases:
        return re.compile(r"(?!)")
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile("|".join(map(_whole, ordered)), re.I)


def _whole(phrase: str) -> str:
    """``phrase`` as a pattern that matches it as whole words: not inside a word
    at an end that is a letter or digit ('31°C' holds '°c')."""
    before = r"(?<!\w)" if phrase[:1].isalnum() else ""
    after = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return before + re.escape(phrase) + after


class Phrases:
    """Whether a text holds any of some phrases, as whole words, ignoring case.

    One regular expression of many alternatives with word-boundary look-arounds
    is tried at every character (some 250 us for a 110-character line). Here
    the text's words (:func:`_tokens`) are looked up by the first word of each
    phrase, and only a phrase of several words so found is searched for.
    """

    def __init__(self, phrases: list[str]) -> None:
        self._by_first: dict[str, list[re.Pattern[str] | None]] = {}
        for phrase in dict.fromkeys(p.lower() for p in phrases):
            tokens = _tokens(phrase)
            if not tokens:
                raise ValueError(f"{phrase!r} has no word")
            whole = None if len(tokens) == 1 else re.compile(_whole(phrase))
            self._by_first.setdefault(tokens[0], []).append(whole)
        self._firsts = frozenset(self._by_first)

    def search(self, text: str) -> bool:
        low = text.lower()
        return self.search_words(low, _tokens(low))

    def search_words(self, low: str, words: list[str]) -> bool:
        """:meth:`search` in lower-case ``low``, whose words are ``words``."""
        for first in self._firsts.intersection(words):
            for whole in self._by_first[first]:
                if whole is None or whole.search(low):
                    return True
        return False


# Words are what stands between spaces and punctuation; an apostrophe, hyphen or
# full stop inside one joins it ("today's", "e-paper", "pic.twitter.com"), and a
# degree sign is one by itself ("31°C").
_MARKS = ".'’-"  # taken off a word's ends
_INNER = re.compile(r"[^\w'’.-]+")  # what else parts words inside a space-free piece


def _tokens(low: str) -> list[str]:
    """The words of lower-case ``low``, without the marks around them.

    Split at spaces first (``str.split`` is many times faster than any
    regular expression); only a piece that is not all letters and digits is
    looked into."""
    out: list[str] = []
    for piece in low.split():
        if piece.isalnum():
            out.append(piece)
            continue
        if "°" in piece:
            out.append("°")
        out.extend(w for w in (x.strip(_MARKS) for x in _INNER.split(piece)) if w)
    return out


@dataclass(frozen=True)
class PageWords:
    """The page furniture table (custody/lexicons/page.tsv), compiled."""

    words: dict[str, tuple[str, ...]]
    """kind -> its words, as listed."""
    around: Phrases
    """Any chrome, caption or embed word: a line holding one is not the article's."""
    related: re.Pattern[str]
    """A related-list heading opening a line."""
    related_firsts: frozenset[str]
    """The first words of the related-list headings."""
    related_start: re.Pattern[str]
    """What a related-list line must start with: one of those first words (a cheap test
    every sentence of an article is put to)."""
    published: Phrases
    updated: Phrases
    stamp_start: re.Pattern[str]
    """A published or updated stamp opening a line ('Updated 3 May 2024')."""
    furniture: frozenset[str]
    """Lower-case words a date line holds besides its date and names."""
    openers: frozenset[str]
    """Words opening a sentence, not a dateline's place (as written)."""
    name_words: frozenset[str]
    """Lower-case small words inside an outlet's or organisation's name."""

    def is_around(self, line: str) -> bool:
        """Whether ``line`` belongs to the page around the article (top bar,
        caption, embedded post): its dates are not the article's."""
        return self.around.search(line)

    def related_line(self, line: str) -> str | None:
        """``"heading"`` if ``line`` is a related-list heading ("Most read", "More
        from World"), ``"item"`` if it opens one item ("Related: Talks resume"),
        else None."""
        if not self.related_start.match(line):
            return None  # (most lines open with no such word)
        first = line.split(None, 1)[:1]
        if not first or self.related_firsts.isdisjoint(_tokens(first[0].lower())[:1]):
            return None
        found = self.related.match(line)
        if found is None:
            return None
        rest = line[found.end() :].strip()
        if rest[:1] in _ITEM_MARKS and rest.strip(_ITEM_MARKS + " "):
            return "item"  # a heading, a mark, then the item's own words
        return "heading" if len(rest.split()) <= 3 else "item"

    def stamp(self, segment: str) -> str | None:
        """``"updated"``, ``"published"`` or None: the stamp word ``segment`` holds
        (updated first: 'Last updated' also says when it was first published)."""
        low = segment.lower()
        words = _tokens(low)  # (found once for both lists)
        if self.updated.search_words(low, words):
            return "updated"
        if self.published.search_words(low, words):
            return "published"
        return None


def parse_page_words(text: str, where: str = "page.tsv") -> PageWords:
    """The table in ``text``; :class:`LexiconError` names ``where``, the line and why."""
    words: dict[str, list[str]] = {kind: [] for kind in _KINDS}
    seen: set[tuple[str, str]] = set()
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 2 or not all(c.strip() for c in cells):
            raise LexiconError(f"{where}:{number}: expected 'kind<TAB>words', got {raw!r}")
        kind, phrase = cells[0].strip(), cells[1].strip()
        if kind not in words:
            raise LexiconError(f"{where}:{number}: kind {kind!r} is not one of {_KINDS}")
        if (kind, phrase.lower()) in seen:
            raise LexiconError(f"{where}:{number}: {kind} {phrase!r} is listed twice")
        seen.add((kind, phrase.lower()))
        words[kind].append(phrase)
    stamps = words["published"] + words["updated"]
    return PageWords(
        words={kind: tuple(found) for kind, found in words.items()},
        around=Phrases(words["chrome"] + words["caption"] + words["embed"]),
        related_firsts=frozenset(_tokens(w.lower())[0] for w in words["related"]),
        related_start=re.compile(
            r"\W*(?:"
            + "|".join(
                re.escape(w)
                # longest first, then by letter: the same pattern in every run (a set's
                # order changes with the hash seed, and a new pattern is compiled anew)
                for w in sorted({_tokens(w.lower())[0] for w in words["related"]}, key=_longest)
            )
            + ")",
            re.I,
        ),
        related=re.compile(r"\s*(?:" + _any_of(words["related"]).pattern + ")", re.I),
        published=Phrases(words["published"]),
        updated=Phrases(words["updated"]),
        furniture=frozenset(w.lower() for w in words["furniture"]),
        openers=frozenset(words["opener"]),
        name_words=frozenset(w.lower() for w in words["nameword"]),
        stamp_start=re.compile(r"\s*\W{0,2}(?:" + _any_of(stamps).pattern + ")", re.I),
    )


def _longest(word: str) -> tuple[int, str]:
    return -len(word), word


@cache
def page_words() -> PageWords:
    """The packaged table, loaded once."""
    return parse_page_words(package_text("lexicons/page.tsv"), "custody/lexicons/page.tsv")
