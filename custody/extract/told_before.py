"""Counts whose people were told before them: 'the 11 had been detained', 'All three
were abducted', 'killing 1,200 people and abducting 251', '..., while over 9,100 remain
detained' (the noun left out, the custody verb next to the number)."""

from __future__ import annotations

import re

from custody.extract.counted import Counted, _qualifier
from custody.extract.gate import words_of
from custody.extract.lexicon import Lexicon
from custody.extract.numbers import NUMBER_RE, TENS, UNITS, WORD_COUNT, is_year, match_value
from custody.extract.regex import compile_fast, compile_scan

_SMALL_COUNT = rf"\d{{1,3}}(?:,\d{{3}})*|{WORD_COUNT}"
"""A count in digits, or in words under a hundred ('thirty-one')."""

_THE_N_RE = compile_scan(
    # the look-ahead names every letter a match can start with: with it as the scan, the
    # engine skips, at one test a character, the places where none can start
    r"(?=[TtAariw])"
    rf"(?:\b(?:[Tt]he|[Aa]nother|[Aa] further)\s+(?:(?:remaining|other|last|first)\s+)?(?P<n>{_SMALL_COUNT})\s+"
    # ('The three freed were identified as A, B and C': their participle between)
    r"(?=(?:(?:freed|released|rescued|abducted|kidnapped|detained|arrested)\s+)?"
    r"(?:had|have|has|were|was|are|is|will|would|remain|remained|escaped)\b)"
    # 'All three were abducted from the festival': the people just counted, taken before
    rf"|\b[Aa]ll(?: of the| the)?\s+(?P<n4>{_SMALL_COUNT})\s+(?=(?:were|had been|have been)\b)"
    # 'demanded the release of all 41': the group already counted, its noun left out
    rf"|\brelease of all\s+(?P<n2>{_SMALL_COUNT})"
    r"(?=\s*(?:[,.;\"”]|$|\s+(?:without|within|immediately|at once|now)\b))"
    # 'while Hamas said it held 125': another source's figure for the group just counted
    r"|\b(?:(?:it|they)\s+(?:still\s+)?(?:held|holds|had freed|freed|released|had released|detained|arrested)"
    r"|(?:is|are|was|were)\s+(?:still\s+)?holding)\s+"  # '..., but the group is still holding nine'
    rf"(?P<n3>{_SMALL_COUNT})(?=\s*(?:[,.;]|$)))"
)
# 'the kidnappers freed 12 more on Sunday': more of the people told before (searched only
# in a sentence with ' more')
_N_MORE_RE = re.compile(
    r"\b(?:freed|released|rescued|abducted|kidnapped|seized|arrested|detained)\s+(?:another\s+)?"
    rf"(?P<n5>{_SMALL_COUNT})\s+more(?=\s*(?:[,.;]|$)|\s+(?:on|in|at|after|last|this|overnight"
    r"|late|early|earlier|later|since|from|during|yesterday|today)\b)"
)


THE_N_RULE = "people:the-N"
"""A group counted before, told again by its number as a subject ('the 11 had been')."""


def _bare_the_n(text: str, taken: list[Counted]) -> list[Counted]:
    """'the 11 had been detained', 'The seven have now arrived': people already counted."""
    out: list[Counted] = []
    more = list(_N_MORE_RE.finditer(text)) if " more" in text else []
    for m in [*_THE_N_RE.finditer(text), *more]:
        group = next(
            g for g in ("n", "n4", "n2", "n3", "n5") if g in m.re.groupindex and m.group(g)
        )
        if any(c.start <= m.start(group) < c.end for c in taken) or (
            group in ("n", "n4") and re.search(r"\bof\s+$", text[: m.start()])
        ):
            continue
        n = NUMBER_RE.match(text, m.start(group))
        vq = match_value(n) if n else None
        if vq is None:
            continue
        out.append(
            Counted(
                vq[0],
                "exact",
                m.start() if group in ("n", "n4") else m.start(group),
                m.end(group),
                "people",
                [],
                [],
                False,
                False,
                False,
                [
                    f"number:{m.group(group)}",
                    THE_N_RULE if group in ("n", "n4") else "people:all-N",
                ],
            )
        )
    return out


_TAKEN_AFTER_AND_RE = re.compile(
    r"\band\s+(?:abduct(?:ed|ing)|kidnapp(?:ed|ing)|seiz(?:ed|ing)|captur(?:ed|ing)|took|taking)"
    rf"\s+(?P<n>{_SMALL_COUNT})(?=\s*(?:[,.;)]|$)|\s+(?:others|more)\b)",
    re.I,
)


# 'detained 20 staff, later releasing 11 after questioning', 'arrested 30 and freed 12
# of them': the people freed, their noun told with the count before
_FREED_AFTER_RE = re.compile(
    r"(?:\band|,)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+)?(?:releas(?:ed|ing)|"
    rf"free(?:d|ing))\s+(?P<n>{_SMALL_COUNT})(?=\s*(?:[,.;)]|$)|\s+(?:others|more|of\s+them"
    r"|after|on|within|following|later|shortly)\b)",
    re.I,
)


DAY_PART_RULE = "people:a day's batch of a total told before"
# 'have freed 1,200 since April, including 42 on Saturday': that day's batch of the total
_INCLUDING_ON_A_DAY_RE = re.compile(
    rf"\bincluding\s+(?P<n>{_SMALL_COUNT})(?=\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)|yesterday|last\s+week)\b)"
)


def _taken_after_and(text: str, found: list[Counted]) -> list[Counted]:
    """'killing 1,200 people and abducting 251', 'killed five and kidnapped 12 others',
    'detained 20 staff, later releasing 11': the people taken or freed, their noun told
    with the count before."""
    out: list[Counted] = []
    for m in [
        *_TAKEN_AFTER_AND_RE.finditer(text),
        *_FREED_AFTER_RE.finditer(text),
        *_INCLUDING_ON_A_DAY_RE.finditer(text),
    ]:
        n = NUMBER_RE.match(text, m.start("n"))
        vq = match_value(n) if n else None
        if vq is None or is_year(n.group("digits") if n else "") or n is None:
            continue
        if any(c.start <= m.start("n") < c.end for c in found):
            continue
        if not any(c.end <= m.start() and m.start() - c.end < 60 for c in found):
            continue  # the noun is told with a count just before 'and'
        rules = [
            f"number:{m.group('n')}",
            DAY_PART_RULE
            if m.re is _INCLUDING_ON_A_DAY_RE
            else "people:taken after 'and' (noun told before)",
        ]
        out.append(
            Counted(
                vq[0], "exact", m.start("n"), n.end(), "people", [], [], False, False, False, rules
            )
        )
    return out


_ELLIPTIC_HINT = (
    r"\b(?:remain(?:s|ed)?|(?:been|were|was) (?:released|freed|returned|repatriated|handed over|brought back|captured|arrested|detained|abducted|"
    r"kidnapped|taken prisoner|recaptured|re-arrested)|leaving (?:the )?(?:jail|prison)|(?:are|is|was|were) still (?:being )?(?:held|detained|jailed|imprisoned)"
    r"|(?:are|is) still (?:in|inside)|still (?:in|inside|held)|(?:been|were|was) rescued|escaped|managed to escape"
    r"|died in (?:captivity|custody|detention)|(?:have|has|had) returned|come back|came back|come home|came home"
    r"|disappeared|(?:captured|arrested|detained|abducted|kidnapped)(?=\s*[,;.]|\s+and\b)"
    r"|continu(?:e|es|ed) to be (?:held|detained|jailed|imprisoned)|to still be)\b"
)
_ELLIPTIC_HINT_RE = compile_fast(_ELLIPTIC_HINT, re.I)
_ELLIPTIC_WORDS = words_of(_ELLIPTIC_HINT, re.I)
"""One of these is in every match of ``_ELLIPTIC_HINT_RE``."""

_COUNT_FIRST = "".join(sorted({w[0] for w in [*UNITS, *TENS]}))
"""The letters a number in words starts with (``WORD_COUNT``)."""

# no '\b' before the number: without the look-ahead, the engine tried every number word
# at every character of the sentence; with it, it skips at C speed to a digit or to one
# of these letters
_ELLIPTIC_RE = compile_scan(
    rf"(?=[\d{_COUNT_FIRST}])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT})(?:\s+more)?"
    r"(?:\s+of\s+(?:those|them|whom|which|these|the\s+\d[\d,]*))?\s+"
    r"(?=(?:still\s+)?(?:remain(?:s|ed)?\s+(?:detained|held|jailed|imprisoned|missing|behind bars|"
    r"in (?:custody|detention|jail|prison|captivity)|in (?:the )?(?-i:[A-Z])[\w-]+"
    r"|with (?:the|their) (?:kidnappers|abductors|captors|bandits|gunmen)|in the hands of|in (?:its|their|his|her) hands)"
    r"|(?:are|is|was|were)\s+still\s+(?:being\s+)?(?:held|detained|jailed|imprisoned)\b"
    # '109 continue to be held captive'
    r"|continu(?:e|es|ed)\s+to\s+be\s+(?:held|detained|jailed|imprisoned)\b"
    # '17 are still inside occupation jails'
    r"|(?:are|is)\s+still\s+(?:in|inside)\s+(?:[\w-]+\s+)?(?:custody|detention|jails?|prisons?|captivity)\b"
    # '195 are believed to still be in captivity'
    r"|(?:are|is)\s+(?:believed|thought|said)\s+to\s+(?:still\s+)?be\s+(?:still\s+)?"
    r"(?:held\b|(?:in|inside)\s+(?:[\w-]+\s+)?(?:custody|detention|jails?|prisons?|captivity)\b)"
    # 'leaving 12 still in captivity', 'and 40 still held'
    r"|still\s+(?:held\b|(?:in|inside)\s+(?:[\w-]+\s+)?(?:custody|detention|jails?|prisons?|captivity)\b)"
    r"|(?:were|was|have|has|had)\s+(?:now\s+|so far\s+|since\s+|already\s+)?(?:been\s+)?(?:released|freed|rescued"
    r"|returned|repatriated|handed\s+over)\b"
    r"|(?:were|have\s+been|has\s+been|had\s+been)\s+brought\s+back\b"
    # '148 have come back', '30 came home': the people's own return
    r"|(?:(?:have|has|had)\s+(?:now\s+|so far\s+|since\s+|already\s+)?come|came)\s+(?:back|home)\b"
    # 'Of those abducted, three escaped': an escape is a release
    r"|(?:(?:have|has|had)\s+)?(?:managed\s+to\s+)?escaped\b|managed\s+to\s+escape\b"
    # 'six died in captivity and another 15 managed to escape'
    r"|(?:have\s+|has\s+|had\s+)?died\s+in\s+(?:captivity|custody|detention)\b"
    # 'two militants were killed and three were captured'
    # 'with at least 30 leaving jail on Wednesday'
    r"|leaving\s+(?:the\s+)?(?:jail|prison)\b"
    r"|(?:were|(?:have|had)\s+(?:now\s+|so far\s+|already\s+)?been)\s+(?:captured|arrested|detained"
    r"|abducted|kidnapped|taken prisoner"
    r"|recaptured|re-arrested"
    r"|(?:forcibly\s+)?disappeared)\b"
    # 'three gunmen were killed, some 20 arrested and one officer wounded': the verb
    # gapped after a clause that gave it
    r"|(?:captured|arrested|detained|abducted|kidnapped)(?=\s*(?:[,;.]|$)|\s+and\b)))",
    re.I,
)

ELLIPTIC_RULE = "people:elliptic (noun told before)"
# a headline (or a sentence) opening on a bare number and a custody participle, its noun
# and auxiliary left out: 'At least 50 abducted in Zamfara attack', '12 freed in swap'
_OPENING_PARTICIPLE_RE = re.compile(
    rf"(?:(?:at least|more than|over|about|some|nearly|around)\s+)?\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+"
    rf"|{WORD_COUNT})\s+(?=(?:abducted|kidnapped|detained|arrested|freed|released|rescued"
    r"|seized|captured)\s+(?:in|from|near|by|after|during|as|at|on|over)\b)",
    re.I,
)

# 'the 49 freed on Saturday are among more than 5,000 returned since 2022': the bare
# number after 'among' and before a custody participle is the people of a larger group
_AMONG_PARTICIPLE_RE = re.compile(
    rf"\bamong\s+(?:the\s+)?(?:(?:more than|over|some|nearly|about|almost|at least|around)\s+)?"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT})\s+(?=(?:released|freed|returned"
    r"|repatriated|exchanged|swapped|rescued|abducted|kidnapped|arrested|detained|captured"
    r"|brought\s+(?:back|home))\b)",
    re.I,
)


def among_counts(text: str, taken: list[Counted]) -> list[Counted]:
    """'... are among more than 5,000 returned since February 2022': a bare number after
    'among', its noun left out, with a custody participle right after it."""
    if "among" not in text:
        return []
    found = (_bare_people(text, m, taken) for m in _AMONG_PARTICIPLE_RE.finditer(text))
    return [c for c in found if c is not None]


# 'the fourth batch of enemy prisoners, numbering 13': the count told after its people
_NUMBERING_RE = re.compile(
    rf"\b(?P<noun>[a-z]+s)\s*,?\s+(?:numbering|totall?ing)\s+"
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT})\b",
    re.I,
)


def numbering_counts(lex: Lexicon, text: str, taken: list[Counted]) -> list[Counted]:
    """'... enemy prisoners, numbering 13': people counted by 'numbering' after them."""
    if "numbering" not in text and "totalling" not in text and "totaling" not in text:
        return []
    out: list[Counted] = []
    for m in _NUMBERING_RE.finditer(text):
        n = NUMBER_RE.match(text, m.start("n"))
        vq = match_value(n) if n else None
        noun = m.group("noun")
        if vq is None or not lex.noun_re.fullmatch(noun):
            continue
        if any(c.start <= m.start("n") < c.end for c in taken):
            continue
        rules = [f"number:{m.group('n')}", f"people:{noun.lower()} (numbering)"]
        out.append(Counted(vq[0], "exact", m.start("noun"), m.end("n"), noun, rules=rules))
    return out


_AGES_BEFORE_RE = re.compile(r"\b(?:aged|ages)\s+(?:\d{1,3}\s*(?:,|and|&)\s*)+$", re.I)
_ELLIPSIS_BEFORE_RE = re.compile(
    # (a list's bullet opens a clause: '- 18 have been released so far')
    r"(?:^\s*[-•*·]?|[,;:—–]|\b(?:while|and|but|whereas|of whom|which|where|leaving|after|when|once|with|"
    r"(?:said|says|say|told|announced|reported|added|adding|saying)(?:\s+that)?"
    r"|(?:release|freedom|return)\s+of(?:\s+the)?))"  # ('the release of the more than 100 ...')
    r"(?:\s*(?:only|just|another|a further))?\s*$",
    re.I,
)


def _elliptic_counts(text: str, taken: list[Counted]) -> list[Counted]:
    """'..., while over 9,100 remain detained', '489 have been released', '21,499 of
    those remained in jail': a number standing for people named just before, its
    noun left out, with a custody verb right after it."""
    out: list[Counted] = []
    for m in _ELLIPTIC_RE.finditer(text):
        c = _bare_people(text, m, [*taken, *out])
        if c is None:
            continue  # ('Two of the 17 were released': the 17 is in the two's phrase; a year)
        if _AGES_BEFORE_RE.search(text, max(0, c.start - 40), c.start):
            continue  # 'two women aged 21 and 26 were rescued': an age, not people
        if not _ELLIPSIS_BEFORE_RE.search(text[: c.start]):
            continue  # '... 2,000 prisoners remain': the noun is there; 'aged 25 were freed'
        out.append(c)
    return out


def opening_count(text: str, taken: list[Counted]) -> list[Counted]:
    """'At least 50 abducted in Zamfara attack', '12 freed in swap': a headline (or a
    sentence) opening on a bare number and a custody participle, its noun and auxiliary
    left out; and another group told after a batch by its number alone ('; another 50
    returned home', 'with another 3,000 to be released')."""
    m = _OPENING_PARTICIPLE_RE.match(text)
    c = _bare_people(text, m, taken) if m else None
    out = [c] if c else []
    if "nother " in text or "further " in text:
        found = (_bare_people(text, a, [*taken, *out]) for a in _ANOTHER_BARE_RE.finditer(text))
        out.extend(x for x in found if x is not None)
    return out


# 'another 50 returned home', 'with a further 3,000 to be released', 'another 60 expected to
# return': the group after a batch told before, its noun left out, with its own verb (asked
# only of a sentence with 'another' or 'further': the elliptic counts' gate stays as it was)
_ANOTHER_BARE_RE = re.compile(
    rf"\b(?:[Aa]nother|[Aa] further)\s+(?P<n>{_SMALL_COUNT})\s+(?=(?:returned\s+home"
    r"|(?:(?:are|is|were|was)\s+)?(?:(?:due|expected|set)\s+)?to\s+be\s+(?:released|freed"
    r"|returned|repatriated|handed\s+over)|(?:(?:are|is)\s+)?expected\s+to\s+return)\b)"
)


def _bare_people(text: str, m: re.Match[str], taken: list[Counted]) -> Counted | None:
    """The people a bare number (group 'n' of ``m``) stands for, with the qualifier before
    it; None for no number, a year, or a number inside people counted already."""
    n = NUMBER_RE.match(text, m.start("n"))
    vq = match_value(n) if n else None
    if n is None or vq is None or is_year(n.group("digits") or ""):
        return None
    if any(c.start <= m.start("n") < c.end for c in taken):
        return None
    qualifier, qstart = _qualifier(text[: m.start("n")])
    rules = [f"number:{m.group('n')}", ELLIPTIC_RULE]
    if qualifier != "exact":
        rules.append(f"qualifier:{text[qstart : m.start('n')].strip()}")
    return Counted(
        vq[0], qualifier, qstart, m.end("n"), "people", [], [], False, False, False, rules
    )


_EQUAL_NUMBER_RE = re.compile(
    r"\b(?:an?|the)\s+(?:equal|same|identical)\s+number(?:\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:prisoners|captives|detainees|soldiers|servicemen|people|individuals|POWs|hostages|troops"
    r"|civilians|citizens|nationals|prisoners\s+of\s+war))?",
    re.I,
)
EQUAL_NUMBER_RULE = "count:an equal number (the count told before in the sentence)"


def equal_number_counts(text: str, taken: list[Counted]) -> list[Counted]:
    """'390 Ukrainians have returned, with Ukraine transferring an equal number of
    individuals to Russia': the other side of a swap, as many as the side counted before
    it in the sentence."""
    out: list[Counted] = []
    for m in _EQUAL_NUMBER_RE.finditer(text):
        before = [c for c in taken if c.end <= m.start() and c.value > 1]
        if not before or any(c.start <= m.start() < c.end for c in taken):
            continue
        told = before[-1]
        rules = [f"number:{text[m.start() : m.end()]}", EQUAL_NUMBER_RULE]
        out.append(Counted(told.value, told.qualifier, m.start(), m.end(), "people", rules=rules))
    return out
