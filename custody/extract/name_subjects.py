"""Names told with no cue of their own: the capitalised run at a place ('name_at'), the
possessor before a word of kin ('X's family called for his release') and a sentence's
subject ('Pavel Rusu had spoken at the rally'), whom a later pronoun may stand for."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract.lexicon import Lexicon
from custody.extract.names import (
    NAME_RE,
    NameHit,
    _candidate,
    find_names,
    is_speaking,
    name_runs,
    person_cues,
)
from custody.extract.regex import compile_fast, contains_any, phrase_alternation
from custody.extract.text import opens_clause


def name_at(lex: Lexicon, text: str, start: int) -> str | None:
    """The name of a person the capitalised run at ``start`` may be, cue or not."""
    run = NAME_RE.match(text, start)
    got = _candidate(lex, person_cues(lex), text, run) if run is not None else None
    return got[0] if got is not None else None


def possessor_names(lex: Lexicon, text: str) -> list[NameHit]:
    """'X's family called for his release': the names in the possessive before a word of
    kin or of someone's bystander, whom a later 'his' or 'her' stands for."""
    cues = person_cues(lex)
    out = []
    for m in name_runs(text):
        if m.group(1).endswith(("'s", "’s")) and cues.possessor_of.match(text, m.end()):
            name = " ".join(m.group(1)[:-2].split())
            if name.split()[0] not in lex.not_name_words and not lex.actor_re.fullmatch(name):
                out.append(NameHit(name, m.start(), m.end(), "names:possessor"))
    return out


def subject_names(lex: Lexicon, text: str, known: dict[str, str]) -> list[NameHit]:
    """The people a sentence with no custody word names: those marked by a cue, and the
    sentence's subject ('Pavel Rusu had spoken at the rally', 'On Monday, Lena Varga
    posted a video'); who a later 'he' or 'she' may be. Speakers are left out."""
    cues = person_cues(lex)
    out = [h for h in find_names(lex, text, known) if not is_speaking(cues, text, h)]
    m = _SUBJECT_NAME_RE.match(text)
    if m is not None and not any(h.start <= m.start(1) < h.end for h in out):
        run = NAME_RE.match(text, m.start(1))
        got = _candidate(lex, cues, text, run) if run is not None else None
        if got is not None and run is not None and _LOWER_WORD_RE.match(text, run.end()):
            hit = NameHit(got[0], got[1], run.end(), "names:subject")
            if not is_speaking(cues, text, hit):
                out.append(hit)
    return sorted(out, key=lambda h: h.start)


# a sentence's first words, or a fronted phrase and its comma, before its subject
_SUBJECT_NAME_RE = re.compile(r"(?:[^,;:]{0,40},\s+)?([A-Z])")
_LOWER_WORD_RE = re.compile(
    r"\s+(?:had|has|have|was|is|were|are|remains|remained|spent|[a-z]+ed|[a-z]+[^s\W]s)\b"
)


SURNAME_SUBJECT_RE = re.compile(
    r"(?:^|[.;,]\s+|\b(?:and|but|that|while|whereas|when|after|before|as)\s+)([A-Z][\w'’-]+)"
    r"(?:,\s*\d{1,3},)?\s+(?:was|were|had been|has been|is)\b"
)
"""'Ghawadra was arrested': a capitalised word as the subject of a verb, at the start of a
sentence or clause. ``surname_subjects`` finds what it captures, faster."""
_SUBJECT_VERB_RE = re.compile(
    r"([A-Z][\w'’-]++)(?:,\s*\d{1,3},)?\s+(?:was|were|had been|has been|is)\b"
)
# ('Reverend Father Adikwu': a title before the honorific)
_TITLED_RE = compile_fast(r"\b([A-Z][a-z]{1,7})\.?\s+(?:([A-Z][a-z]{1,7})\.?\s+)?([A-Z][\w'’-]+)")


@lru_cache(maxsize=4)
def _titles_gate(titles: tuple[str, ...]) -> re.Pattern[str]:
    """A title followed by what may follow it in ``_TITLED_RE`` ('Mr ', 'Dr.')."""
    return compile_fast(rf"\b(?:{phrase_alternation(titles)})[.\s]")


def surname_subjects(text: str, lex: Lexicon | None = None) -> list[str]:
    """The words ``SURNAME_SUBJECT_RE`` captures in ``text``, in order ('Dubois, 48, was'
    too): each capitalised word before 'was', 'is', ... is found by a pattern the engine
    can skip to (it starts with a capital), then what stands before it is checked (the
    plain pattern tries its three openings at every character); with ``lex``, also the
    surnames after an honorific ('Mr Ansari')."""
    out = [m.group(1) for m in _SUBJECT_VERB_RE.finditer(text) if opens_clause(text, m.start())]
    if lex is not None:
        titles = lex.person_words["honorifics"]
        # (most sentences hold none: no scan of their capitals; a title is followed by a dot
        # or a space, so 'Fr' in 'Friday' opens no scan)
        if _titles_gate(titles).search(text):
            out += [
                m.group(3) if m.group(2) in titles else m.group(2) or m.group(3)
                for m in _TITLED_RE.finditer(text)
                if m.group(1) in titles
            ]
    return out


# a single capitalised word (no name run) as the one taken: 'police detained Orlov', 'the
# arrest of Holt', 'jailed Aliyev for 30 days' (the object of a release verb was tried: the
# blind quarter's summary lost a holder with no hit gained)
_CUSTODY_OBJECT_RE = compile_fast(
    r"\b(?:arrested|detained|jailed|imprisoned|abducted|kidnapped|seized|captured|deported"
    r"|(?:arrest|detention|jailing|abduction|kidnapping|capture)\s+of)\s+(?:[A-Z][a-z]{1,7}\.?\s+)?"
    r"([A-Z][\w'’-]+)\b(?!['’]s\b|\.?\s+[A-Z]|-)"
)
# what every match of _CUSTODY_OBJECT_RE holds (most sentences hold none of them)
_TAKING_STEMS = (
    *("arrest", "detain", "detention", "jail", "impris", "abduct", "kidnap", "seize"),
    *("captur", "deport"),
)
# a capitalised word and its age or apposition opening the sentence: 'Sharabi, 52, who was
# abducted ...', 'Floderus, a 33-year-old diplomat, had been held ...'
_AGED_SURNAME_RE = re.compile(r"([A-Z][\w'’-]+),\s*(?:\d{1,3}|(?:a|an|the)\s+[^,;.]{1,80}?),")
_POSSESSIVE_RE = compile_fast(r"(?<![\w-])([A-Z][\w-]+)['’]s\s+(?=[a-z])")
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w.-]*\s+$")


def surnames_in_custody(lex: Lexicon, text: str) -> list[str]:
    """Single capitalised words told as the one taken or held: the object of a verb or noun
    of capture ('police detained Orlov', 'the arrest of Holt'), the possessor of a custody
    noun ('Aksoy's arrest', 'Holt's release') and a sentence's opening word with an age
    ('Sharabi, 52, who was abducted'); each may be the surname of someone named in full in
    a sentence before."""
    out = (
        [m.group(1) for m in _CUSTODY_OBJECT_RE.finditer(text)]
        if contains_any(text, _TAKING_STEMS)
        else []
    )
    aged = _AGED_SURNAME_RE.match(text)
    if aged is not None:
        out.append(aged.group(1))
    if "'s " in text or "’s " in text:
        possessed = person_cues(lex).possessed
        out += [
            m.group(1)
            for m in _POSSESSIVE_RE.finditer(text)
            if possessed.match(text, m.end() - 1)
            and not _CAPITAL_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        ]
    return out
