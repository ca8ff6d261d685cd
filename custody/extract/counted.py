"""Counted people inside one sentence: '39 Palestinian prisoners', 'some 9,000 held'.

Each ``Counted`` keeps its offsets relative to the sentence text and the rules
that built it (the number, the people noun, the qualifier), so records explain
their counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from re import _parser as _sre_parser  # type: ignore[attr-defined]

from custody.extract.counted_after import told_after, uniq
from custody.extract.lexicon import Lexicon, word_lists
from custody.extract.numbers import NUMBER_RE, TENS, UNITS, is_year, match_value
from custody.extract.regex import compile_fast

QUALIFIERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p + r"\s*$", re.I), q)
    for p, q in [
        (
            r"\b(?:at least|no fewer than|no less than|not less than|not fewer than|a minimum of)",
            "at_least",
        ),
        (
            r"\b(?:more than|(?<!handed )(?<!hand )(?<!hands )(?<!handing )(?<!turned )(?<!taken )(?<!took )over|upwards of|in excess of|exceeds?|exceeded|exceeding|above)",
            "more_than",
        ),
        (
            r"\b(?:about|around|some|an estimated|estimated|approximately|roughly|circa|nearly ~|~)",
            "about",
        ),
        (
            r"\b(?:nearly|almost|close to|up to|fewer than|less than|as many as|at most|no more than"
            r"|not more than|a maximum of|under)",
            "at_most",
        ),
    ]
]
_TOKEN_RE = re.compile(r"[“”\"'‘’]|[^\W_][\w'’.-]*|[–—-]|\S")
_AGE_AFTER_RE = re.compile(
    r"^(?:-year|\s*years?\b|\s*(?:%|per ?cent|percent)|-day|\s*days\b|th\b|st\b|nd\b|rd\b|:\d|\s*(?:a\.m|p\.m|am\b|pm\b)|\s*km|\s*kg|\s*kilo|-kilo|\s*tonnes|\s*tons|\s*\$|\.\d)",
    re.I,
)
_MONEY_BEFORE_RE = compile_fast(r"(?:[$€£₦]|\bN|\bUSD|\bRs\.?|\baged|\bage of|\bNo\.|\bnumber)\s*$")
_DATEY_RE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s*$"
)
_ISO_DAY_BEFORE_RE = re.compile(r"\d{4}-\d{1,2}-$|\d{4}-$")
_MONTH_AFTER_RE = re.compile(
    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


@dataclass
class Counted:
    """A number attached to a noun for people: '39 Palestinian prisoners'."""

    value: int
    qualifier: str
    start: int
    end: int
    noun: str
    nationality: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    deceased: bool = False
    alive: bool = False
    article: bool = False
    rules: list[str] = field(default_factory=list)

    # (written out: mypyc compiles this one, where the one dataclasses writes is run as
    # Python at every instance: docs/benchmark.md, fifteenth session)
    def __init__(
        self,
        value: int,
        qualifier: str,
        start: int,
        end: int,
        noun: str,
        nationality: list[str] | None = None,
        categories: list[str] | None = None,
        deceased: bool = False,
        alive: bool = False,
        article: bool = False,
        rules: list[str] | None = None,
    ) -> None:
        self.value = value
        self.qualifier = qualifier
        self.start, self.end = start, end
        self.noun = noun
        self.nationality = [] if nationality is None else nationality
        self.categories = [] if categories is None else categories
        self.deceased, self.alive, self.article = deceased, alive, article
        self.rules = [] if rules is None else rules


_SUFFIX = r"\s*$"
_ANY_QUALIFIER_RE = compile_fast(
    "(?:"
    + "|".join(f"(?P<{q}>{p.pattern[: -len(_SUFFIX)]})" for p, q in QUALIFIERS)
    + ")"
    + _SUFFIX,
    re.I,
)


_QUALIFIER_REACH = max(
    _sre_parser.parse(p.pattern[: -len(_SUFFIX)], re.I).getwidth()[1] for p, _ in QUALIFIERS
)
"""The longest a qualifier can be ('no fewer than'): it ends where the number starts
(but for spaces), so the search starts that far before, not at every character."""


def _qualifier(before: str) -> tuple[str, int]:
    tail = before[-30:]
    m = _ANY_QUALIFIER_RE.search(tail, max(0, len(tail.rstrip()) - _QUALIFIER_REACH))
    if m and m.lastgroup:
        return m.lastgroup, len(before) - len(tail) + m.start()
    return "exact", len(before)


_WORD_AFTER_RE = re.compile(r"\s*([^\W\d_][\w'’-]*|[^\w\s])?")


def _word_after(text: str, pos: int) -> str:
    m = _WORD_AFTER_RE.match(text, pos)
    return (m.group(1) or "") if m else ""


_AND_GAP_RE = re.compile(r"(\s+(?:and\s+)?)")
_OF_PRONOUN_RE = re.compile(
    r"\s+(?:whom|them|which|(?:those|these)(?!\s+(?:[a-z][\w-]*\s+){1,3}?(?:are|remain)\b))\b"
)  # ('98 of these girls are still held': the girls; '98 of these were freed': no noun)
_THEM_RE = re.compile(r"\s+(?:them|whom)\b")
_HELD_NOUNS = r"(?:prisoner|detainee|inmate|convict|captive|hostage|POW|abductee)s?"
"""The nouns of people held ('political prisoners', 'detainees')."""
_OF_ITS_OWN_RE = re.compile(
    rf"\s+(?:its|their|our)\s+own\s+(?=(?:\w+\s+){{0,2}}?{_HELD_NOUNS}\b)", re.I
)
_OF_ITS_OWN_END_RE = re.compile(
    r"\s+(?:its|their|our)\s+own\b(?=\s*(?:[,.;:)]|$|\s+(?:in|from|on|at|after|back|home)\b))"
)
OF_THE_TAKEN_RE = re.compile(
    r"\s+(?:the|those)\s+(?:remaining\s+)?(kidnapped|abducted|detained|captured|arrested)\b"
    r"(?!\s+(?:[\w-]+\s+)?[a-z]+s\b)"
)
_OF_THE_MANY_RE = re.compile(r"\s+the\s+(?:dozens|hundreds|scores|thousands)\s+of\b")
_CAPITALISED_RE = re.compile(r"(?:[a-z]{1,3}-)?[A-Z][\w'’.-]*")  # 'United Nations', 'al-Jazeera'
_GROUP_WORDS = r"(?:remaining|original|initial|abducted|kidnapped|captured)\s+"
"""Words between 'of the' and the group's number: '18 of the remaining 40 pupils'."""
_INNER_OF_RE = re.compile(
    r"(?:\s+(?:more|other|others|additional|further))?"
    r"\s+(?:out\s+of\s+(?:(?:the|its|their|our)\s+)?|of\s+(?:the|its|their|our)\s+|of\s+(?=\d))"
    rf"(?:{_GROUP_WORDS})?"
    r"(?:(?:nearly|almost|about|around|some|roughly|approximately|over|more than|at least)\s+)?"
)  # '33 of the nearly 100 remaining hostages', 'four more of the 27 farmers'
_INNER_GROUP_BEFORE_RE = re.compile(
    r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    # ('all of the 17 hostages' are the 17: no group some are taken from)
    r"|\w+ty(?:-\w+)?|(?:almost |nearly |virtually )all|most|many|some|half|none|several)"
    r"(?:\s+(?:more|other|others|additional|further))?"
    r"\s+(?:out\s+of\s+(?:(?:the|its|their|our)\s+)?|of\s+(?:the|its|their|our)\s+|(?<=\d\s)of\s+)"
    rf"(?:{_GROUP_WORDS})?$",
    re.I,
)


def inner_group(text: str, c: Counted) -> bool:
    """Whether counted phrase ``c`` is the M of 'N (out) of the M people' ('four more of
    the 27 farmers', '18 of the remaining 40 pupils'): the group the N are taken from,
    not people a custody word tells."""
    return (
        bool(
            _DIGIT_OR_LOWER_RE.match(text, c.start)
            and _INNER_GROUP_BEFORE_RE.search(text, max(0, c.start - 45), c.start)
        )
        or bool(  # 'Two of 17 missionaries': a count in words, then a bare 'of' and digits
            text[c.start : c.start + 1].isdigit()
            and _WORD_OF_BEFORE_RE.search(text, max(0, c.start - 20), c.start)
        )
    )


_WORD_OF_BEFORE_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)"
    r"(?:\s+(?:more|other|additional|further))?\s+of\s+$",
    re.I,
)


_DIGIT_OR_LOWER_RE = re.compile(r"\d|[a-z]")
_FREED_PARTICIPLE = r"\s+(?:released|freed|set free|handed over|returned|exchanged|swapped)\b"
"""A participle after people that tells them freed ('the 90 prisoners freed')."""
_FREED_WERE_RE = re.compile(
    _FREED_PARTICIPLE + r"[^,.;]{0,40}?"
    r"\s(?:were|was|are|is|had been|have been)\b"
)


def freed_then_told(text: str, end: int) -> bool:
    """Whether people ending at ``end`` are followed by 'freed were/are ...': a group of
    those freed, about whom the sentence goes on ('Twelve of the 90 prisoners freed were
    from Jenin': the 90 are the batch, the twelve a part of it)."""
    return _FREED_WERE_RE.match(text, end) is not None


_OF_BEFORE_RE = compile_fast(
    r"(?:(?:^|[,;]\s*)Of\s+(?:the\s+)?"
    # 'believe that out of the remaining 129 hostages, at least 20 have died'
    r"|\b(?:Out|out)\s+of\s+the\s+remaining\s+)$"
)
_FREED_AFTER_RE = re.compile(
    _FREED_PARTICIPLE + r"[^,.;]{0,40},"
    r"(?![^.;]*\bheld\s+(?:in|by)\b)"
)
"""'Of the 250 prisoners freed on Thursday, 40 ...': the batch itself, as 'Among the 250
prisoners released were ...' (told before, it is the same record); not when its parts
are told by who held them ('Of the 16 released, 15 had been held in Russia')."""
_OF_A_GROUP_RE = re.compile(
    r"\S+\s+(?:out\s+)?of\s+(?:the|its|their|those|these)\s+(?=\d|[a-z]+\s)", re.I
)


def of_a_group(text: str, c: Counted) -> bool:
    """Whether counted phrase ``c`` is 'N of the M people': N taken from a group of M,
    whose noun and any word after it ('remaining', 'who were detained') tell the M."""
    return _OF_A_GROUP_RE.match(text, c.start, c.end) is not None


_RELEASED_AFTER_RE = re.compile(
    r"\s+(?:were|was|have been|had been|has been)\s+(?:\w+\s+)?"
    r"(?:released|freed|returned|exchanged|handed over|repatriated|evacuated)\b"
)
_ADJECTIVE_RE = re.compile(
    r"[a-z]+(?:al|ic|ian|ive|ous|ful|ary|ent|ant|ely|ally|ically|fully|arily)|(?:new|recent)ly"
    r"|[a-z]{2,}(?:-[a-z]{2,})+"  # 'conflict-related', 'long-held', 'so-called'
)
"""An unlisted lowercase adjective or adverb inside the people phrase (a few shapes only,
and lowercase compounds of words joined by hyphens)."""
_STATUS_CATEGORIES = frozenset(
    ("administrative_detainees", "political_detainees", "security_detainees")
)
_HELD_NOUN_RE = re.compile(rf"{_HELD_NOUNS}$", re.I)
_SPAN_OF_TIME_RE = re.compile(
    r"\b(?:\d+|[a-z]+)\s+(?:years|months|weeks|days|decades)\b[^.;]{0,40}$", re.I
)
_RANGE_BEFORE_RE = re.compile(
    r"(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty"
    r"|hundreds?|thousands?))\s+(?:to|or)\s+$|\d[-–]\s*$|\d(?<!(?:19|20)\d\d)\s+[-–]\s*$"
    r"|\bbetween\s+\d[\d,]*\s+and\s+$",
    re.I,
)
"""The high end of a range ('600 to 900', 'two or three', '60-70', 'between 10 and 20'):
a vague quantity, no count (docs/event-record.md, qualifiers)."""
_EVERY_BEFORE_RE = re.compile(r"\b(?:every|each)\s+$", re.I)
_RATIO_RE = re.compile(r"\s+(?:for (?:every|each)|per)\b")
_AT_THE_LEAST_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}at (?:the )?least\b")


@dataclass
class _Phrase:
    """What the words of a people phrase told so far: nationalities, categories, whether
    the people are alive or dead, and a demonym or modifier that may stand for them."""

    nats: list[str] = field(default_factory=list)
    cats: list[str] = field(default_factory=list)
    alive: bool = False
    deceased: bool = False
    demonym: tuple[int, str] | None = None
    standalone: tuple[int, str] | None = None
    adjectives: int = 0
    capitalised: bool = False  # a capitalised word told (a name inside the phrase)

    # (written out: mypyc compiles this one, where the one dataclasses writes is run as
    # Python at each: docs/benchmark.md, fifteenth session)
    def __init__(self) -> None:  # (made empty only)
        self.nats, self.cats = [], []
        self.alive = self.deceased = self.capitalised = False
        self.demonym = self.standalone = None
        self.adjectives = 0

    def found(self, end: int, noun: str) -> tuple[int, str, list[str], list[str], bool, bool]:
        return end, noun, self.nats, self.cats, self.deceased, self.alive


_NEXT_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")


def _two_word_demonym(lex: Lexicon, text: str, tok: str, tok_end: int) -> tuple[str, int] | None:
    """A demonym of two capitalised words starting at ``tok`` ('North Korean'): (its lower
    case, where it ends)."""
    if not tok[:1].isupper():
        return None
    nxt = _NEXT_WORD_RE.match(text, tok_end)
    if nxt is None:
        return None
    low = f"{tok.lower()} {nxt.group(1).lower()}"
    return (low, nxt.end()) if low in lex.demonym else None


def _scan_people(
    lex: Lexicon, text: str, pos: int
) -> tuple[int, str, list[str], list[str], bool, bool] | None:
    """From ``pos`` (after a number), find the people noun within a few words.

    Returns (end, noun, nationality, categories, deceased, alive) or None.
    """
    st = _Phrase()
    openers = word_lists().sentence_openers
    words = 0
    i = pos
    while words < 7:
        while i < len(text) and text[i] == " ":
            i += 1
        m = lex.noun_re.match(text, i)
        if m and not _modifier_before_people(lex, text, m):
            head = _head_noun(lex, text, m, st.nats, st.cats)
            if head is None:
                return None
            st.deceased = st.deceased or head[1].lower() in lex.deceased_nouns
            if not _HELD_NOUN_RE.search(head[1]):
                # 'administrative employees', 'political activists': a custody status only
                # qualifies people held ('administrative detainees', 'political prisoners')
                st.cats = [c for c in st.cats if c not in _STATUS_CATEGORIES]
            return st.found(*head)
        t = _TOKEN_RE.match(text, i)
        if not t:
            break
        tok, tok_end = t.group(0), t.end()
        if tok.endswith(".") and len(tok) > 2 and tok.count(".") == 1:
            tok, tok_end = tok[:-1], tok_end - 1  # 'a Filipino.' ends the sentence
        low = tok.lower().strip("“”\"'‘’")
        if tok in openers:
            break
        two = _two_word_demonym(lex, text, tok, tok_end)  # 'North Korean', 'South Sudanese'
        if two is not None:
            low, tok_end = two
        if (
            "-" in low
            and low not in lex.demonym
            and all(part in lex.demonym for part in low.split("-"))
        ):
            low = low.split("-")[-1]  # 'French-Israeli hostages' are Israeli (as annotated)
        if low in lex.demonym:
            st.demonym = (tok_end, tok)
            st.nats.append(lex.demonym[low])
        elif low in lex.modifiers:
            _modifier(lex, text, low, tok, tok_end, st)
            after = _after_of(text, t.end(), words) if low == "of" else None
            if after is not None:
                end, noun = after
                if noun or end < 0:
                    return st.found(end, noun) if noun else None
                i, words = end, words + 1  # '80 of its own political prisoners'
                continue
        elif not _inside_phrase(tok, st):
            break
        i = tok_end if two is not None else t.end()
        words += tok not in _BRACKETS  # ('group (IS) members': an acronym in brackets)
    for last in (st.demonym, st.standalone):  # 'a Filipino', '14 wounded were freed'
        if last and _phrase_ends(lex, text, last[0]):
            return st.found(*last)
    return None


def _after_of(text: str, at: int, words: int) -> tuple[int, str] | None:
    """What follows 'of' in a people phrase: (end, noun) when it names the people ('16 of
    them', 'two of the kidnapped', 'received 390 of its own'); (end, '') when the phrase
    goes on ('80 of its own political prisoners': told as the subject's; only people it
    held, '120 of its own soldiers' are part of a batch told); (-1, '') when it ends the
    phrase with no people ('of which'); None when 'of' is an ordinary modifier."""
    taken = None if words else OF_THE_TAKEN_RE.match(text, at)
    if taken:  # 'two of the kidnapped were released', '225 of those detained'
        return taken.end(), taken.group(1)
    if _OF_PRONOUN_RE.match(text, at):
        pron = _THEM_RE.match(text, at)
        return (pron.end(), "them") if words == 0 and pron else (-1, "")
    if words:
        return None
    many = _OF_THE_MANY_RE.match(text, at)
    if many:  # 'five of the dozens of students kidnapped': five students
        return many.end(), ""
    bare = _OF_ITS_OWN_END_RE.match(text, at)
    if bare:
        return bare.end(), "own"
    own = _OF_ITS_OWN_RE.match(text, at)
    return (own.end(), "") if own else None


def _modifier(lex: Lexicon, text: str, low: str, tok: str, tok_end: int, st: _Phrase) -> None:
    """A listed modifier ('female', 'living', 'sick'): its categories, and whether it may
    stand for the people themselves ('freed 20 sick', '14 wounded were released')."""
    st.cats.extend(lex.modifiers[low])
    if low in lex.modifiers_as_nouns or (
        low in lex.modifiers_before_release and _RELEASED_AFTER_RE.match(text, tok_end)
    ):
        st.standalone = (tok_end, tok)
    st.alive = st.alive or low in ("living", "live", "surviving")
    st.deceased = st.deceased or low in ("deceased", "dead")


def _modifier_before_people(lex: Lexicon, text: str, m: re.Match[str]) -> bool:
    """'an elderly British couple', 'an elderly man': a word that may stand for the
    people ('the elderly') is their modifier when a demonym or a people noun follows."""
    if m.group(0).lower() not in lex.modifiers:
        return False
    after = _word_after(text, m.end()).lower()
    return after in lex.demonym or after in lex.noun_heads


_BRACKETS = frozenset({"(", ")"})
_HEDGES = frozenset(
    {"suspected", "alleged", "purported", "presumed", "confirmed", "documented", "known"}
)
"""Words of doubt or proof before people: '32 suspected militants', '23 confirmed
detainees'."""
_ORG_HEADS = frozenset({"group", "movement", "organisation", "organization", "network"})
"""The head of an organisation's name inside a people phrase ('Islamic State group
members'), after the capitalised words of the name."""


def _inside_phrase(tok: str, st: _Phrase) -> bool:
    """Other words a people phrase may hold: quotes and dashes, proper names ('United
    Nations employees', 'Gaza detainees'), possessives, and up to two unlisted adjectives
    or adverbs ('12 international staffers', '22 severely wounded captives')."""
    if tok in "“”\"'‘’–—-()" or _CAPITALISED_RE.fullmatch(tok):
        if tok.lower() in UNITS or tok.lower() in TENS:
            return False  # another count: 'ERBIL (Kurdistan 24) – Two farmers'
        st.capitalised = st.capitalised or tok[:1].isupper()
        return True  # ('125 suspected Islamic State group (IS) members': the group's name)
    if tok in _HEDGES or (tok in _ORG_HEADS and st.capitalised):
        return True
    if tok.endswith("'s") or tok.endswith("’s"):
        return True
    if st.adjectives < 2 and _ADJECTIVE_RE.fullmatch(tok) and tok not in UNITS and tok not in TENS:
        st.adjectives += 1  # (not another count: 'three Israeli and five Thai hostages')
        return True
    return False


def _head_noun(
    lex: Lexicon, text: str, m: re.Match[str], nats: list[str], cats: list[str]
) -> tuple[int, str] | None:
    """The head of the people noun found at ``m`` ('female and child prisoners', 'women
    and child captives': the last), with what each noun adds; None for a compound
    ('prisoner exchange')."""
    end, noun = m.end(), m.group(0)
    while True:
        nxt = _AND_GAP_RE.match(text, end)
        m2 = lex.noun_re.match(text, end + len(nxt.group(1))) if nxt else None
        if not m2 or (nxt and "and" in nxt.group(1) and not _plural_head(lex, text, m2.end())):
            break
        _add_noun(lex, noun, nats, cats)
        end, noun = m2.end(), m2.group(0)
    if _word_after(text, end).lower() in lex.compound_heads:
        return None
    _add_noun(lex, noun, nats, cats)
    return end, noun


def _phrase_ends(lex: Lexicon, text: str, end: int) -> bool:
    """A demonym or modifier standing for the people ends the phrase at ``end``."""
    after = _word_after(text, end)
    return after.lower() in lex.function_words or not after[:1].isalpha()


def _plural_head(lex: Lexicon, text: str, end: int) -> bool:
    """After 'A and B', B is a head noun only if the phrase ends there."""
    return _word_after(text, end).lower() not in lex.compound_heads


def _add_noun(lex: Lexicon, noun: str, nats: list[str], cats: list[str]) -> None:
    low = noun.lower()
    if low in lex.demonym and lex.demonym[low] not in nats:
        nats.append(lex.demonym[low])
    cats.extend(lex.noun_categories.get(low, ()))


_COUNT_NOT_YEAR_RE = re.compile(
    r"\b(?:released|releases|release|freed|frees|free|detained|arrested|holds|holding|"
    r"exchanged|swapped|returned|about|around|nearly|almost|over|than|least|some|another)\s+$"
)


_ONE_SPEAKER_RE = re.compile(
    r"one\s+(?:[\w-]+\s+){1,3}?(?:saying|said|says|told)\b(?!\s+to\b)", re.I
)


def _not_a_count(text: str, m: re.Match[str], before: str, after: str) -> bool:
    """Ages, money, dates, clock times, years, 'one of the Chibok students'."""
    # the '...$' patterns below are searched in the last few characters only (not everywhere)
    if _AGE_AFTER_RE.match(after) or _MONEY_BEFORE_RE.search(before, len(before) - 16):
        return True
    if _DATEY_RE.search(before, len(before) - 14) or _MONTH_AFTER_RE.match(after):
        return True
    if _ISO_DAY_BEFORE_RE.search(before, max(0, len(before) - 12)):
        return True  # a page's stamp ' date 2023-04-30 Bandits have released ...'

    if (before[-1:] in (":", ".") and before[-2:-1].isdigit()) or (
        after[:1] in (":", ".") and after[1:2].isdigit()
    ):
        return True  # clock times: 'at 10:30'
    if m.group(0)[:3].lower() == "one" and _ONE_SPEAKER_RE.match(text, m.start()):
        return True  # 'one witness told reporters ...': who speaks, not a count
    if is_year(m.group("digits")):
        # a year, unless a custody verb or a qualifier comes right before it: 'released 1968
        # prisoners', 'around 1900 Palestinians' (a count written without its comma)
        return not _COUNT_NOT_YEAR_RE.search(before, max(0, len(before) - 24))
    return bool(
        m.group(0)[:3].lower() == "one"
        and re.match(r"one\s+of\b", text[m.start() :], re.I)
        and (
            re.search(r",\s*$|\b(?:every|each|any|single|said|says)\s+$", before)
            or re.match(r"one\s+of\s+(?:them|whom|the\s+\w+,\s+[A-Z])", text[m.start() :], re.I)
        )
    )  # 'Hauwa Musa, one of the Chibok students': who she is, not a count


def _counted_at(
    lex: Lexicon, text: str, m: re.Match[str], base: int, before: str, after: str
) -> Counted | None:
    """The people counted by number ``m``, if a people noun follows it."""
    vq = match_value(m)
    if vq is None:
        return None
    value, dozen = vq
    inner = _INNER_OF_RE.match(after)
    inner_num = NUMBER_RE.match(text, m.end() + inner.end()) if inner else None
    scan = _scan_people(lex, text, inner_num.end() if inner_num else m.end())
    if scan is None:
        return None
    end, noun, nats, cats, deceased, alive = scan
    if inner_num and freed_then_told(text, end):
        return None  # 'Twelve of the 90 prisoners freed were from Jenin': a part; the 90 count
    if noun == "them" and _SPAN_OF_TIME_RE.search(before):
        return None  # '45 years behind bars, including 34 of them': years, not people
    if _OF_BEFORE_RE.search(before) and not _FREED_AFTER_RE.match(text, end):
        return None  # 'Of the five freed Iranians, two ...': people of a batch told before
    if _RATIO_RE.match(text, end):
        return None  # '15 Palestinians for every hostage': a ratio, not a batch
    if _RANGE_BEFORE_RE.search(before, max(0, len(before) - 30)):
        return None  # '600 to 900 political prisoners': a range ('2014 - Three': a dateline)
    if _EVERY_BEFORE_RE.search(before, max(0, len(before) - 16)):
        return None  # 'a day's truce for every ten hostages freed': a rate, no batch
    if _REMAINS_BEFORE_RE.search(before):
        deceased = True
    nats, cats = told_after(lex, text, end, nats, cats)
    qualifier, qstart = _qualifier(before)
    qstart += base
    if dozen and qualifier == "exact":
        qualifier = "about"
    if qualifier == "exact" and _AT_THE_LEAST_RE.match(text, end):
        qualifier = "at_least"  # '420 cases of arrest at the least'
    rules = [f"number:{m.group(0)}", f"people:{noun.lower()}"]
    if "number" in before or "total" in before:
        tally = _NUMBER_OF_RE.search(
            text[max(0, m.start() - 160) : qstart]
        ) or _NUMBER_OF_RE.search(text[max(0, m.start() - 160) : m.start()])
        if tally:  # 'the number of prisoners ... exceeded 9,500 prisoner'
            rules.insert(0, f"number-of:{tally.group('np').strip()}")
    if qualifier != "exact":
        rules.append(f"qualifier:{text[qstart : m.start()].strip()}")
    if noun.lower() == "others" and _ONE_AND_RE.search(before):
        value += 1  # 'taking him and six others into custody': seven people
        rules.append("count:one person and the others")
    start = min(qstart, m.start())
    return Counted(
        value, qualifier, start, end, noun, uniq(nats), uniq(cats), deceased, alive, False, rules
    )


_REMAINS_BEFORE_RE = compile_fast(
    r"\b(?:bodies|remains|body|coffins|corpses)\s+of\s+(?:the\s+)?(?:\w+\s+)?$", re.I
)
_ONE_AND_RE = re.compile(
    r"(?:\b(?:him|her)|\b(?i:head|chief|ruler|emir|imam|pastor|priest|commander|leader)"
    # 'the district head, Musa Bello, and six others': one person named, then the others
    r"|\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+,)\s+and\s+$"
)
TALLY_PARTICIPLES: tuple[str, ...] = tuple(
    "freed released rescued detained arrested abducted kidnapped returned repatriated"
    " exchanged pardoned".split()
)
"""What a tally may count with its people left out ('bringing the number freed to 900',
'bringing to 400 the number returned this year')."""

_NUMBER_OF_RE = compile_fast(
    r"\b(?:the\s+)?(?:total\s+)?(?:number|total|tally|toll|count) "
    # 'the number of prisoners ...', or the people left out: 'the number freed to 900'
    rf"(?:of (?:the\s+)?|(?=(?:{'|'.join(TALLY_PARTICIPLES)})\b))"
    r"(?P<np>[^,;.]{2,80}?)"
    r"(?:\s+[^;.]{0,120}?)?\s+(?:hit|hits|reached|reaches|has reached|rose to|risen to|rise to|rises to|"
    r"risen|reaching|rising to|stands at|stood at|standing at|exceeds|exceeded|exceeding|climbed to|increased to|jumped to|totals|totaled|totalled|totaling|totalling|is now|is|was|to|at)(?:\s+(?:a\s+)?(?:staggering|record|whopping|total\s+of))?\s+$",
    re.I,
)
