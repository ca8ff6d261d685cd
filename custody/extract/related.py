"""Lists of other articles on a scraped page: a 'Related' heading and the titles under
it, or an item glued to its heading ('Read also: ...'). Their happenings are not the
article's: the pipeline leaves their sentences out (``extract/__init__.py``)."""

from __future__ import annotations

import re
from functools import cache

from custody.documents.chrome import page_words
from custody.extract.regex import _first_chars
from custody.extract.text import Sentence


def in_related_lists(sentences: list[Sentence]) -> set[int]:
    """The indexes of the sentences of a list of other articles: a heading line
    ('Related', 'Read more', lexicons/page.tsv) and the lines under it in its paragraph,
    and after it, in paragraphs of their own, lines that end on no stop as titles do
    ('Two police officers arrested for the kidnapping of ...'), up to the first line
    that ends a sentence."""
    out: set[int] = set()
    heading = None
    titles = False  # still in the titles under a heading
    words = page_words()
    opens = words.related_start  # (what every such line opens with: most open with none)
    letters = _opening_letters(words.related_firsts)
    for s in sentences:
        kind: str | None = None
        if (
            s.paragraph != heading
            and _may_open(s.text, letters)
            and opens.match(s.text) is not None
        ):
            kind = words.related_line(s.text)
        if s.paragraph == heading and _ENDS_A_SENTENCE_RE.search(s.text):
            heading, titles = None, False  # the article goes on in the heading's paragraph
            continue  # (lines kept apart by one line break: 'Read also:', a title, then text)
        if s.paragraph == heading or kind == "heading":
            heading = s.paragraph
            titles = True
        elif kind == "item":  # 'Related stories: Gunmen kidnap ...', then more titles
            titles = True
        elif not (titles and not _ENDS_A_SENTENCE_RE.search(s.text)):
            titles = False
            continue
        out.add(s.index)
    return out | _video_items(sentences) | _captions(sentences)


@cache
def _opening_letters(firsts: frozenset[str]) -> str:
    """Every character ``related_start`` (one of ``firsts`` after any non-word characters,
    in any case) may find first: the first letters of the words, in either case and as
    re.IGNORECASE folds them ('ſ' is 's'); '' when they cannot be told."""
    return _first_chars("|".join(re.escape(w) for w in sorted(firsts)), re.I) or ""


def _may_open(text: str, letters: str) -> bool:
    """May ``related_start`` match ``text``? Not when it opens with a word character (no
    non-word character for '\\W*' to skip) that no first word starts with."""
    first = text[:1]
    return not letters or not (first.isalnum() or first == "_") or first in letters


def _captions(sentences: list[Sentence]) -> set[int]:
    """A photo's caption: a paragraph that ends on its credit ('... on November 28. (Photo
    by A B / AFP)'). It tells when and where the picture was taken, often another day's
    happening (a file photo), not the article's news."""
    credited = {
        s.paragraph for s in sentences if s.text.endswith(")") and _CREDIT_RE.search(s.text)
    }
    if not credited:
        return set()
    lasts: dict[int, Sentence] = {}
    sizes: dict[int, int] = {}
    for s in sentences:
        lasts[s.paragraph] = s
        sizes[s.paragraph] = sizes.get(s.paragraph, 0) + 1
    captions = {
        p for p in credited if _CREDIT_RE.search(lasts[p].text) and sizes[p] <= 4 and len(sizes) > 1
    }  # (the credit closes a short paragraph of its own, not a whole text run together)
    return {s.index for s in sentences if s.paragraph in captions}


def _video_items(sentences: list[Sentence]) -> set[int]:
    """A list of videos: each title on the line after its length ('01:07'), one title
    between two lengths (a live blog's clock times have an entry's sentences between
    them). The lengths' lines and the titles of such a list."""
    lengths = [s.index for s in sentences if ":" in s.text and _DURATION_RE.match(s.text)]
    out: set[int] = set()
    for a, b in zip(lengths, lengths[1:], strict=False):
        if b - a == 2:  # a length, a title, the next length (and its title)
            out.update(i for i in (a, a + 1, b, b + 1) if i < len(sentences))
    return {i for i in out if i in lengths or not _ENDS_A_SENTENCE_RE.search(sentences[i].text)}


def link_to_another_article(text: str) -> bool:
    """'Related: Talks resume', 'Read also: ...', 'RelatedRussia, Ukraine swap ...' (a
    heading glued to the link by scraping): an item of a list of other articles
    (lexicons/page.tsv 'related') tells their happenings, not this article's."""
    return _related_item_re().match(text) is not None


def without(text: str, sentences: list[Sentence], indexes: set[int]) -> str:
    """``text`` with the sentences at ``indexes`` blanked (the same length)."""
    if not indexes:
        return text
    chars = list(text)
    for sent in sentences:
        if sent.index in indexes:
            chars[sent.start : sent.end] = " " * (sent.end - sent.start)
    return "".join(chars)


_CREDIT_RE = re.compile(r"\((?:File\s+)?[Pp]hoto(?:\s+by|:)\s[^()]{1,80}\)$")
_DURATION_RE = re.compile(r"\s*(?:\d{1,2}:)?\d{1,2}:\d\d\s*$")
_ENDS_A_SENTENCE_RE = re.compile(r"[.!][\"'”’)]*\s*$")  # (a title may ask: "Why are ...?")


@cache
def _related_item_re() -> re.Pattern[str]:
    headings = sorted(page_words().words["related"], key=len, reverse=True)
    return re.compile(
        r"\s*(?:" + "|".join(re.escape(h) for h in headings) + r")"
        r"(?:\s*[:|»>–—]\s*(?=\S)|\s+[-–—]\s+|(?-i:(?<=[a-z])(?=[A-Z][a-z])))",
        re.I,
    )
