"""Sentences and clauses with their character offsets in the document."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from custody.extract.gate import words_of_exact
from custody.extract.lexicon import Lexicon, word_lists
from custody.extract.regex import contains_any
from custody.record import Document, Event

# the look-ahead's span is captured: a full stop ends a sentence only when what
# follows it is on the same line (the scan runs over the whole text at once); its first
# item takes one character, so that `re` gives it a first-character scan (not "[.!?]+")
_END_RE = re.compile(
    r"[.!?][.!?]*[\"'”’)\]]*(?=(\s+[\"“‘'(\[]?[A-Z0-9]|(?<=[a-z]{3}\.)[A-Z][a-z]))"
)
_DOT_END_RE = re.compile(
    r"\.[.!?]*[\"'”’)\]]*(?=(\s+[\"“‘'(\[]?[A-Z0-9]|(?<=[a-z]{3}\.)[A-Z][a-z]))"
)
"""``_END_RE`` for a text with no '!' and no '?' (most reports): the same matches, found
by ``re``'s scan for one literal character, twice as fast as its test of a character
class at every character. (A full stop glued to the next sentence's first word after a
word of three letters or more, 'the army said.Gunmen ...', as scraped pages lose the
space, ends a sentence too.)"""


@dataclass(unsafe_hash=True)
class Sentence:
    """A sentence of a document (hashed by its fields; not frozen: a frozen dataclass
    costs four times as much to make, and a document has dozens of sentences)."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int

    def __init__(self, start: int, end: int, text: str, index: int, paragraph: int) -> None:
        # (written out: mypyc compiles this one, where the one dataclasses writes is run as
        # Python at each sentence: docs/benchmark.md, fifteenth session)
        self.start = start
        self.end = end
        self.text = text
        self.index = index
        self.paragraph = paragraph


def sentences(text: str) -> list[Sentence]:
    """Split into sentences: every line is a unit, then split on full stops."""
    out: list[Sentence] = []
    pos = 0
    para = 0
    ends = _sentence_ends(text)
    k = 0
    words = word_lists()
    abbreviations = words.abbreviations  # (a full stop after one ends no sentence)
    stamped = contains_any(text, _STAMP_WORDS)  # (most pages carry no date stamp)
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            para += 1
            pos += len(line)
            continue
        stop = pos + len(body)
        start = pos
        if stamped and (stamp := _STAMP_RE.match(text, pos, stop)):
            start = stamp.end()  # the stamp itself is no sentence
        cuts = []
        while k < len(ends) and ends[k][0] < stop:
            m_start, m_end, ahead_end = ends[k]
            k += 1
            if ahead_end > stop:
                continue  # what follows the full stop is on the next line
            token = last_word(text, max(start, m_start - 24), m_start + 1)
            if token in abbreviations or (
                len(token) == 1
                and token.isalpha()
                and last_word(text, max(start, m_start - 26), m_start - 1)
                not in words.letter_names_after
            ):
                continue  # an abbreviation or an initial ('John F. Kennedy'), not 'on X.'
            cuts.append((start, m_end))
            start = m_end
        cuts.append((start, stop))
        for s, e in cuts:
            chunk = text[s:e]
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk.rstrip())
            if trail > lead:
                out.append(Sentence(s + lead, s + trail, chunk[lead:trail], len(out), para))
        pos += len(line)
    return out


def _sentence_ends(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of what follows) of each place where a sentence may end: the
    one scan of the text for all its lines."""
    scan = _END_RE if "!" in text or "?" in text else _DOT_END_RE
    return [(m.start(), m.end(), m.end(1)) for m in scan.finditer(text)]


_LAST_WORD_RE = re.compile(r"([\w.]+)\W*$")
_LAST_WORD_BACKWARDS_RE = re.compile(r"\W*(\w[\w.]*)")


def last_word(body: str, lo: int, hi: int) -> str:
    """What ``_LAST_WORD_RE`` finds in ``body[lo:hi]`` ('' when nothing), lower-cased and
    without its trailing full stops: the last run of word characters and full stops that
    ends in a word character, matched from the start of the span read backwards (the
    search tried every place of the span; a loop over its characters cost more)."""
    m = _LAST_WORD_BACKWARDS_RE.match(body[lo:hi][::-1])
    return m.group(1)[::-1].lower() if m else ""


_STAMP_RE = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+(?=\S)")
"""A page's date stamp before its first words (' date 2023-04-30 Bandits have ...'): left
out of the sentences, so that the lead's first words start the first one."""
_STAMP_WORDS = words_of_exact(_STAMP_RE.pattern)
"""What every stamp holds (read from the pattern), looked for once in the text."""


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
    r"|(?:despite|in spite of)\s"  # ', despite the ICRC confirming the release of 113'
    # ', hours after Hamas freed three hostages': another happening, told for its time
    r"|(?:just|shortly|soon|hours|minutes|days|weeks|a day|a week|a month|months)\s+(?:after|before)\s"
    # ', after 23 more were arrested on Friday': the happening that made the total before it
    r"|after\s(?=(?:[\w-]+\s){0,3}?(?:\d[\d,]*|more|another|some|about|at least)\b)"
    r")"
    # (after a space, the first letters of its branches: most spaces are refused at once)
    r"|\s(?=[.–—wia])(?:\.\.\s|[–—]\s|(?=(?:while|whereas|in return|in exchange)\b|as\s+(?:the|a|an|its|their|his|her)\s(?!(?:result|consequence|gesture|sign)\b)"
    # '... freed as 200 prisoners walk out': a counted subject of its own (not 'as many as 200')
    r"|(?<!many )(?<!much )(?<!such )(?<!few )(?<!high )(?<!same )as\s+\d))"
)


def clauses(sentence: Sentence) -> list[tuple[int, int]]:
    """Clause boundaries inside a sentence, as offsets relative to the sentence."""
    return list(_clauses_of(sentence.text))


@lru_cache(maxsize=256)
def clause_edges(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Where the clauses of a sentence start, and where they end (both in order)."""
    spans = _clauses_of(text)
    return tuple(a for a, _ in spans), tuple(b for _, b in spans)


@lru_cache(maxsize=256)
def _clauses_of(text: str) -> tuple[tuple[int, int], ...]:
    # cached: every record and scene told in a sentence asks for its clauses
    bounds = [0]
    for m in _CLAUSE_RE.finditer(text):
        bounds.append(m.end())
    bounds.append(len(text))
    return tuple((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a)


_SCARE_QUOTED_RE = re.compile(r"[“\"]([A-Z][a-z]+)[”\"]")


def scare_quotes_off(lex: Lexicon, document: Document) -> Document:
    """The document as read: the quotes around a state's name put in scare quotes ('the
    “Israeli” forces', 'the “Israel” entity') turned into spaces, so that the name is
    read as written elsewhere; the same length, so that every offset stays the text's."""
    text = document.text
    if "“" not in text and '"' not in text:
        return document
    names = _state_names(lex)
    read = _SCARE_QUOTED_RE.sub(
        lambda m: f" {m.group(1)} " if m.group(1) in names else m.group(0), text
    )
    return document if read == text else replace(document, text=read)


@lru_cache(maxsize=4)
def _state_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.actor_adj) | frozenset(lex.country_names)


_UNICODE_SPACES = dict.fromkeys(
    (0x09, 0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000), " "
)
"""Unicode's space separators other than the plain space (no-break, thin, narrow no-break,
figure, em and en spaces...), and the tab (a scraped table's cells)."""
_UNICODE_SPACE_RE = re.compile("[" + "".join(re.escape(chr(c)) for c in _UNICODE_SPACES) + "]")
"""Any of them: most texts hold none, and ``re``'s scan of one class costs a tenth of what
``str.translate`` costs on a text beyond ASCII (a dictionary look-up at each character)."""


def plain_spaces(document: Document) -> Document:
    """The document as read: no-break, thin and the other Unicode spaces (scraped pages
    write '1,968&nbsp;prisoners', translated outlets '1 968' with a thin space) and tabs
    read as a plain space; the same length, so that every offset stays the text's."""
    text = document.text
    if (text.isascii() and "\t" not in text) or _UNICODE_SPACE_RE.search(text) is None:
        return document
    return replace(document, text=text.translate(_UNICODE_SPACES))


_WRAPPED_PAIR_RE = re.compile(r"\n(?<=[a-z,]\n)(?=[a-z])")
"""(The line break first, the letter before it in a look-behind: a pattern that opens with a
look-behind gets no scan from ``re`` and is entered at every character; one that opens with
the break is entered only at line breaks.)"""
# a line cut inside a sentence: it runs long, ends on no stop, and the next line goes on
_WRAPPED_LINE_RE = re.compile(r"(?m)^([^\n]{35,}[^\n.!?:;\"”’)\]\s])\n(?=[^\n\s])")


def unwrapped(document: Document) -> Document:
    """The document as read: a page whose paragraphs are cut into lines ('who were seized
    by Islamic' / 'militants in Iraq have been freed') has the cuts turned into spaces, so
    that each sentence is read whole; a line that ends a sentence, a short line (a title)
    and a blank line keep their breaks. Only a page with at least two cuts inside a
    sentence (a lowercase word on both sides) is taken as cut; the same length, so that
    every offset stays the text's."""
    text = document.text
    if "\n" not in text or len(_WRAPPED_PAIR_RE.findall(text)) < 2:
        return document
    chars = list(text)
    for m in _WRAPPED_LINE_RE.finditer(text):
        chars[m.end(1)] = " "
    return replace(document, text="".join(chars))


_PAREN_NUMBER_RE = re.compile(r"\b([a-z]+) \((\d[\d,]*)\)(?=[\s.,;])")
_PAREN_DIGIT_RE = re.compile(r" \(\d")
"""What every match of ``_PAREN_NUMBER_RE`` holds, found by ``re``'s scan for its first two
characters (the whole pattern, behind '\\b', is tried at every character)."""
_BEFORE_A_NUMBER = frozenset(
    "least about around approximately some nearly almost over than reached reach reaches "
    "to of arrested detained released freed abducted kidnapped seized captured total "
    "roughly estimated including".split()
)


def bare_numbers(document: Document) -> Document:
    """The document as read: a figure set in brackets, as some agencies write it ('arrested
    at least (45) citizens', 'has reached about (21,000)'), read as the figure itself; an
    age after a name ('Ahmad (17)') keeps its brackets; thousands set apart by a space, as
    translated Ukrainian and European outlets write them ('the bodies of 1 000 dead'), read
    with a comma. The same length."""
    text = document.text
    chars: list[str] | None = None
    if "(" in text and _PAREN_DIGIT_RE.search(text):
        for m in _PAREN_NUMBER_RE.finditer(text):
            if m.group(1) in _BEFORE_A_NUMBER:
                chars = chars or list(text)
                chars[m.start(2) - 1] = chars[m.end(2)] = " "
    for m in _SPACED_THOUSANDS_RE.finditer(text) if _spaced_digits(text) else ():
        chars = chars or list(text)
        chars[m.end(1)] = ","
    return document if chars is None else replace(document, text="".join(chars))


_SPACED_DIGITS_RE = re.compile(r"\d \d\d\d(?![\d,.])")  # (no-break spaces: plain_spaces)
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
"""For an ASCII text: every digit written '0', so that '1 000' and '6 060' are one string
to look for (a byte string's translation and search cost a few instructions a character;
the engine's scan for the class of '[0-9] [0-9]{3}' costs several times that)."""


def _spaced_digits(text: str) -> bool:
    """Does ``text`` hold digits set apart by a space ('1 000')? (``_SPACED_DIGITS_RE``:
    a digit, a space, three digits, then no digit, comma or full stop)"""
    if not text.isascii():
        return _SPACED_DIGITS_RE.search(text) is not None
    data = text.encode("ascii").translate(_DIGITS_AS_ZERO)
    at = data.find(b"0 000")
    while at >= 0:
        if data[at + 5 : at + 6] not in (b"0", b",", b"."):
            return True
        at = data.find(b"0 000", at + 1)
    return False


_SPACED_THOUSANDS_RE = re.compile(r"(?<![\d,.:/-])(\d{1,3}) \d{3}(?![\d,.]\d|[\d/:-])")
"""'1 000', '6 060' (one group of thousands set apart by a space), not a year after a day
('on 25 2024' has four digits) nor a time or a score."""


def quoted_as_written(event: Event, text: str) -> Event:
    """The record with its evidence quoting the text as written."""
    evidence = []
    for e in event.evidence:
        start = e.start - 1 if e.start and text[e.start - 1] in '“"' else e.start
        end = e.end + 1 if text[e.end : e.end + 1] in ("”", '"') and e.end < len(text) else e.end
        evidence.append(replace(e, start=start, end=end, text=text[start:end]))
    provenance = tuple(
        replace(p, span=replace(p.span, text=text[p.span.start : p.span.end])) if p.span else p
        for p in event.provenance
    )
    return replace(event, evidence=tuple(evidence), provenance=provenance)


_CLAUSE_WORDS = ("and", "but", "that", "while", "whereas", "when", "after", "before", "as")


def opens_clause(text: str, start: int) -> bool:
    r"""Does ``(?:^|[.;,]\s+|\b(?:and|but|that|while|...)\s+)`` end at ``start``?"""
    if start == 0:
        return True
    j = start
    while j and text[j - 1].isspace():
        j -= 1
    if j == start:
        return False
    if text[j - 1] in ".;,":
        return True
    for word in _CLAUSE_WORDS:
        k = j - len(word)
        if k >= 0 and text.startswith(word, k) and not (k and _is_word_char(text[k - 1])):
            return True
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what '\w' matches
