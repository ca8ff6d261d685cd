"""Names told in a sentence with no custody word that name the people just counted ('The
three were identified by the army as A, B and C'): they join that batch (named.py reads
the sentences with a custody word)."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.name_runs import name_runs
from custody.extract.names import NameHit, _candidate, person_cues
from custody.extract.regex import compile_fast
from custody.extract.text import Sentence
from custody.extract.told_before import THE_N_RULE

IDENTIFIED_AS_RE = compile_fast(
    r"\b(?:identified|named)\s+(?:by\s+[^,.;]{1,40}?\s+|(?:the|them|those|these|all)\s+(?:[\w-]+\s+){0,3})?as\b"
    r"(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt)\.)*$",  # ('as Dr. X')
    re.I,
)
"""'identified as X', 'named by police as X': the name of someone told before."""


def identified_names(
    lex: Lexicon, names: list[NameHit], text: str, earlier: list[Mention], index: int
) -> None:
    """A sentence with no custody word that names the people just counted ('The three
    were identified by the army as A, B and C'): the names join a batch told in the six
    sentences before with at least as many people, one of as many people first, a
    release before an arrest, the latest first."""
    one = one_named_opening(lex, text)  # 'The 35-year-old nurse, X, is in Khartoum'
    told = [
        h
        for h in names
        if IDENTIFIED_AS_RE.search(text[: h.start])
        or h.rule == "names:list-after-subject"
        or (one is not None and h.start == one.end())
    ]
    told += [h for h in names if h.rule == "names:list-after-name" and told and h not in told]
    told += [h for h in names if h.rule == LIST_OPENING_RULE]
    if not told:
        return
    listed = all(h.rule == LIST_OPENING_RULE for h in told)
    # 'The man, identified by his family as X, ...': one person told before may be named
    least = 1 if len(told) == 1 and (one or _ONE_SUBJECT_RE.match(text)) else max(2, len(told))
    near = [
        m
        for m in reversed(earlier[-8:])
        if m.count
        and m.count.value >= least
        and not m.aggregate
        and index - m.sentence.index <= (6 if one is None else 2)
        and (one is None or (m.count.value == 1 and not m.names))  # (the one person told)
        # (a list opening the sentence: as many people as names, just told, still unnamed)
        and not (listed and (m.count.value != len(told) or m.names or index - m.sentence.index > 1))
    ]
    # as many people as names first, a release before an arrest told of them
    near.sort(key=lambda m: (m.count.value != len(told) if m.count else True, m.type != "release"))
    batch = near[0] if near else None
    if batch is None:
        return
    for h in told:
        if h.name not in batch.names:
            batch.names.append(h.name)
            batch.rules.setdefault("names", h.rule + " (identified as)")


_ONE_SUBJECT_RE = re.compile(r"\s*(?:The|This)\s+(?:[a-z-]+\s+)?[a-z]+[a-rt-z],")
_ONE_SUBJECT_NAMED_RE = re.compile(
    r"(?:The|This)\s+(?P<age>\d{1,3}-year-old\s+)?(?:[a-z-]+\s+)?(?P<role>[a-z]+[a-rt-z]),\s+"
    r"(?=[A-Z])"
)
"""A sentence opening on one person told before, with the name in apposition: 'The
35-year-old nurse, X, is in good health' (after a release of one person, unnamed)."""


LIST_OPENING_RULE = "names:list-opening"
_ITEM = r"(?:[A-Z][\w'’-]+\s+){1,2}[A-Z][\w'’-]+"
_LIST_OPENING_RE = re.compile(rf"\s*{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM}\s+(?=[a-z])")


def opening_list(lex: Lexicon, text: str) -> list[NameHit]:
    """'A B, C D and E F smiled at the crowd': a sentence opening on a list of full names
    and their verb (each a person's name, none a place's or a party's); no list, no names."""
    m = _LIST_OPENING_RE.match(text)
    if m is None:
        return []
    cues = person_cues(lex)
    out: list[NameHit] = []
    for run in name_runs(text):  # (the sentence's runs, kept for the other readers of it)
        if run.start() >= m.end():
            break
        got = _candidate(lex, cues, text, run)
        if got is None or got[2] or " " not in got[0] or got[1] != run.start():
            return []
        out.append(NameHit(got[0], got[1], run.end(), LIST_OPENING_RULE))
    return out if len(out) >= 2 else []


def named_by_number(lex: Lexicon, mentions: list[Mention], sentences: list[Sentence]) -> None:
    """'A B, C D and E F arrived at the base. The three were freed on Thursday': people
    told again by their number ('the three') take the names of as many people named in the
    sentence before (a list opening it) or in a record of the two before."""
    if not any(m.count is not None and m.count.rules[1:2] == [THE_N_RULE] for m in mentions):
        return
    texts = {s.index: s.text for s in sentences}
    for m in mentions:
        c = m.count
        if m.names or c is None or c.rules[1:2] != [THE_N_RULE] or not 2 <= c.value <= 8:
            continue
        at = m.sentence.index
        told = next(
            (
                e.names
                for e in reversed(mentions)
                if 0 < at - e.sentence.index <= 2 and len(e.names) == c.value and e.count is None
            ),
            None,
        )
        if told is None and at - 1 in texts:
            listed = [h.name for h in opening_list(lex, texts[at - 1])]
            told = listed if len(listed) == c.value else None
        if told:
            m.names = list(told)
            m.rules["names"] = "names:the-N-named-before"


def one_named_opening(lex: Lexicon, text: str) -> re.Match[str] | None:
    """The opening 'The 35-year-old nurse, ' of a sentence naming one person told before
    (a role word or an age before the comma: not 'This year, ')."""
    if not text.startswith(("The ", "This ")):
        return None
    m = _ONE_SUBJECT_NAMED_RE.match(text)
    if m is None or not (m.group("age") or m.group("role") in person_cues(lex).role_set):
        return None
    return m


def may_name_after(text: str) -> bool:
    """String tests for ``named_after``'s two openings: 'The' or 'This' and a comma soon
    after; or two capitalised words, then ' and ' or a comma before any small word."""
    if text.startswith(("The ", "This ")):
        return text.find(", ", 4, 48) > 0
    space = text.find(" ")
    return 0 < space < 20 and text[:1].isupper() and text[space + 1 : space + 2].isupper()


def unnamed_just_before(mentions: list[Mention], index: int) -> bool:
    """Whether a batch told in one of the two sentences before has no names yet (what a
    sentence with no custody word may name: ``named_after``)."""
    for m in mentions[-4:]:
        if m.count is not None and not m.names and 0 < index - m.sentence.index <= 2:
            return True
    return False


def named_after(lex: Lexicon, text: str, earlier: list[Mention], index: int) -> None:
    """'The 41-year-old nurse, X, told ...', 'A B, C D and E F thanked ...': a sentence with
    no custody word naming the people just told."""
    one = one_named_opening(lex, text)
    if one is not None:
        run = next((r for r in name_runs(text) if r.start() >= one.end()), None)
        got = _candidate(lex, person_cues(lex), text, run) if run is not None else None
        if got is not None and got[1] == one.end() and " " in got[0]:
            hit = NameHit(got[0], got[1], run.end() if run else got[1], "names:apposition-to-one")
            identified_names(lex, [hit], text, earlier, index)
    elif text.find(" and ", 0, 120) > 0 and (listed := opening_list(lex, text)):
        identified_names(lex, listed, text, earlier, index)
