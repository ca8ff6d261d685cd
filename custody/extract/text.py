"""Sentences and clauses with their character offsets in the document."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from custody.extract.lexicon import word_lists
from custody.extract.regex import compile_fast

_END_RE = compile_fast(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int
    paragraph: int


def sentences(text: str) -> list[Sentence]:
    """Split into sentences: every line is a unit, then split on full stops."""
    out: list[Sentence] = []
    pos = 0
    para = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            para += 1
            pos += len(line)
            continue
        for s, e in _split_line(body):
            chunk = body[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail > lead:
                out.append(
                    Sentence(pos + s + lead, pos + s + trail, chunk[lead:trail], len(out), para)
                )
        pos += len(line)
    return out


_LAST_WORD_RE = re.compile(r"([\w.]+)\W*$")


def last_word(body: str, lo: int, hi: int) -> str:
    """What ``_LAST_WORD_RE`` finds in ``body[lo:hi]`` ('' when nothing), lower-cased and
    without its trailing full stops: read backwards from ``hi`` (the search tried every
    place of the span): the last run of word characters and full stops that ends in a
    word character."""
    k = hi
    while k > lo and not ((c := body[k - 1]).isalnum() or c == "_"):
        k -= 1
    i = k - 1
    while i > lo and ((c := body[i - 1]).isalnum() or c == "_" or c == "."):
        i -= 1
    return body[i:k].lower() if k > lo else ""


_STAMP_RE = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+(?=\S)")
"""A page's date stamp before its first words (' date 2023-04-30 Bandits have ...'): left
out of the sentences, so that the lead's first words start the first one."""


def _split_line(body: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    if stamp := _STAMP_RE.match(body):
        start = stamp.end()  # the stamp itself is no sentence
    abbreviations = word_lists().abbreviations  # (a full stop after one ends no sentence)
    for m in _END_RE.finditer(body):
        token = last_word(body, max(start, m.start() - 24), m.start() + 1)
        if token in abbreviations or (len(token) == 1 and token.isalpha()):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(body)))
    return spans


_CLAUSE_RE = re.compile(
    # branches that start alike are merged, so the engine tests each start once:
    # a boundary ';', ': ', ', ' before a clause word, or a space before one
    r";|:\s"
    r"|,\s(?="
    r"(?:while|whereas|but|as|leaving|and\s+(?:the|a|an|[A-Z]))\b"
    r"|(?:bringing|raising|taking|pushing|lifting)\s"
    r"|(?:ending|ended|which began|that began)\s"  # ', ending an ordeal that began ...'
    r"|whose\s"  # ', whose skeletal image shocked the world in August': about someone else
    r"|and\s+(?:in|on|later|then)\s"  # ', and in May 2017 another 82 were handed over'
    r"|(?:rejecting|denying|dismissing|disputing)\s"  # ', rejecting US claims that ...'
    # ', hours after Hamas freed three hostages': another happening, told for its time
    r"|(?:just|shortly|soon|hours|minutes|days|weeks|a day|a week|a month|months)\s+(?:after|before)\s"
    r")"
    r"|\s(?:\.\.\s|[–—]\s|(?=(?:while|whereas|in return|in exchange)\b|as\s+(?:the|a|an|its|their|his|her)\s(?!(?:result|consequence|gesture|sign)\b)))"
)


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause boundaries inside a sentence, as offsets relative to the sentence."""
    return list(_clauses_of(sentence.text))


@lru_cache(maxsize=256)
def _clauses_of(text: str) -> tuple[tuple[int, int], ...]:
    # cached: every record and scene told in a sentence asks for its clauses
    bounds = [0]
    for m in _CLAUSE_RE.finditer(text):
        bounds.append(m.end())
    bounds.append(len(text))
    return tuple((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a)
