"""Which custody words a named person is the subject or object of: the nearest verb
that governs the name, the main clause's after an appositive or a relative clause
('X, held in Y prison, entered the 40th day of a hunger strike'), not a custody word
told of another ('the father of A and of B, who was released').
"""

from __future__ import annotations

import re

from custody.extract.lexicon import word_lists
from custody.extract.mentions import SentenceFacts
from custody.extract.names import NameHit
from custody.extract.phrases import Hit
from custody.extract.regex import compile_fast

APPOSITIVE_GAP_RE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:a|an|the)\s+[^,;()]{0,60}?\s")
RELATIVE_TRIGGER_RE = compile_fast(r"\b(?:who|whom)\s+(?:\w+\s+){0,3}$", re.I)
_BARE_APPOSITIVE_RE = re.compile(r",\s*(?:\d{1,3},\s*)?")
_OF_FOR_GAP_RE = re.compile(r"\s*(?:of|for)\b", re.I)


_AGENT_GAP_RE = re.compile(
    r"\s+(?:(?:has|have|had|also|then|finally|personally|later|on \w+day)\s+|\w+ed\s+and\s+)*"
)


# an object right after the verb: the name before it is its subject
_OBJECT_AFTER_RE = re.compile(
    r"(?:\s+and\s+\w+)?\s+(?:(?:at least|more than|about|some|nearly|all|the|a|an|his|her|their|its|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|scores)\b|\d|[A-Z])"
)


def name_triggers(facts: SentenceFacts, h: NameHit, in_batch: bool, counterpart: bool) -> list[Hit]:
    """The custody words a named person is the subject or object of; ``counterpart``:
    the person is given in exchange for others."""
    text = facts.sentence.text
    found = [
        t
        for t in facts.triggers
        if _near_name(text, h, t, counterpart)
        and not (t.voice == "noun" and _FACILITY_AFTER_RE.match(text, t.end))
    ]
    if not found:
        return []
    relative = [
        t
        for t in found
        if t.start > h.end
        and t.type in ("detention", "death_in_custody")
        and (
            RELATIVE_TRIGGER_RE.search(text[h.end : t.start])
            # 'X, the student abducted from Y': a participle in the name's appositive
            or (t.voice == "passive" and APPOSITIVE_GAP_RE.fullmatch(text, h.end, t.start))
            # 'released X, kidnapped in Gao in 2021, on Monday': the bare participle too
            or (t.voice == "passive" and _BARE_APPOSITIVE_RE.fullmatch(text, h.end, t.start))
        )
    ]
    if in_batch:
        return relative[:1]
    if counterpart:
        # 'freed ten Americans in exchange for Alex Saab': the exchange frees him too (and
        # 'who was arrested in Cyprus' tells his own arrest)
        releases = [t for t in found if t.type == "release"]
        return ([t for t in releases if t.voice != "noun"] or releases)[:1] + relative[:1]
    # 'freed Norwegian X, who was kidnapped in 2015', 'demanded the release of X, who was
    # arrested in 2018': the relative clause tells more of him, the word before him is the news
    own = [t for t in found if t not in relative or t.type != "detention"] or found
    # a verb governs the name before a noun does: 'freed star X on Thursday in exchange for Y'
    verbs = [t for t in own if t.voice != "noun"] or own
    # 'released American citizen X, who had been held since 2022': how long he was held
    verbs = [t for t in verbs if not _held_before(text, h, t)] or verbs
    nearest = min(verbs, key=lambda t: t.start - h.end if t.start >= h.end else h.start - t.end)
    nearest = _governing_verb(text, h, nearest, verbs)
    nearest = _noun_before_appositive(text, h, nearest, own)
    main = next((t for t in found if t is not nearest and _main_verb_after(text, h, t)), None)
    if (
        main is not None
        and main.type == "release"
        and nearest.type == "holding"
        and nearest.start > h.end
    ):
        nearest, main = main, None  # 'X, held in Iran for two years, has been released': no more
    if main is None and nearest.type == "holding" and nearest.start > h.end:
        main = _after_appositive(text, h, nearest, found)
        if main is not None:
            # 'X, held in Y prison, entered the 40th day of a hunger strike': the news
            nearest, main = main, None
    extra = [main] if main is not None else []
    return [nearest] + extra + [t for t in relative if t is not nearest and t is not main][:1]


def _noun_before_appositive(text: str, h: NameHit, nearest: Hit, own: list[Hit]) -> Hit:
    """'demanded the release of X, held in Gaza since May', 'have released French
    researcher X, held since last March': the noun or the verb whose object the name is
    governs it; the bare participle after the comma tells more of the person."""
    if not (
        nearest.voice == "passive"
        and nearest.start > h.end
        and _BARE_APPOSITIVE_RE.fullmatch(text, h.end, nearest.start)
    ):
        return nearest
    return next(
        (
            t
            for t in own
            if (
                (t.voice == "noun" and t.text.lower().endswith(" of"))
                or (t.voice != "noun" and t.type == "release")  # (its object)
            )
            and t.end <= h.start
            and _OBJECT_OF_NOUN_GAP_RE.fullmatch(text, t.end, h.start)
        ),
        nearest,
    )


# between 'the release of' and the name it governs: a role and a demonym at most
_OBJECT_OF_NOUN_GAP_RE = re.compile(r"\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+)\s+){0,3}")
# between an attributive participle and the name: a role and a demonym at most
_ATTRIBUTIVE_GAP_RE = re.compile(r"\s+(?:(?:[a-z][\w-]*|[A-Z][a-z]+|U\.S\.)\s+){0,3}")
# between a verb and the participle that describes its object
_VERB_OBJECT_GAP_RE = re.compile(r"\s+(?:(?:over|back|the|a|an)\s+){0,2}")


def _governing_verb(text: str, h: NameHit, nearest: Hit, verbs: list[Hit]) -> Hit:
    """'handed over kidnapped soldier X', 'moved detained journalist X to Y': a
    participle right before the name describes the object of the verb before it, which
    tells what happened to the person."""
    if nearest.voice != "passive" or nearest.end > h.start:
        return nearest
    if not _ATTRIBUTIVE_GAP_RE.fullmatch(text, nearest.end, h.start):
        return nearest
    before = [
        t
        for t in verbs
        if t.voice != "noun"
        and t.end <= nearest.start
        and _VERB_OBJECT_GAP_RE.fullmatch(text, t.end, nearest.start)
    ]
    return before[-1] if before else nearest


# the rest of a participle's appositive, its comma, and the verb of the main clause
_APPOSITIVE_REST_RE = re.compile(
    r"[^,;.]{0,80},\s+(?:(?:has|have|had|was|were|is|are)\s+(?:been\s+)?)?"
    r"(?!(?:and|but|or|who|which|that|while|as|after|before|when)\b)[a-z]+\b"
)
# from the name to the participle: an age, the appositive's comma, an adverb at most
_APPOSITIVE_OPENING_RE = re.compile(r"(?:,\s*\d{1,3})?,\s+(?:[a-z]+ly\s+)?")


def _after_appositive(text: str, h: NameHit, held: Hit, found: list[Hit]) -> Hit | None:
    """The custody word of the main clause after the appositive that tells where a named
    person is held, when it tells something else (a hunger strike, a death, a release)."""
    if not _APPOSITIVE_OPENING_RE.fullmatch(text, h.end, held.start):
        return None
    m = _APPOSITIVE_REST_RE.match(text, held.end)
    if m is None:
        return None
    return next(
        (t for t in found if t.start >= m.end() - 1 and t.type != "holding" and t.start > held.end),
        None,
    )


def _held_before(text: str, h: NameHit, t: Hit) -> bool:
    """A holding told in the past in a relative clause after the name."""
    return (
        t.type == "holding"
        and t.start > h.end
        and RELATIVE_TRIGGER_RE.search(text, h.end, t.start) is not None
        and _PAST_GAP_RE.search(text, h.end, t.start) is not None
    )


_PAST_GAP_RE = re.compile(r"\b(?:had|was|were)\b")


def _near_name(text: str, h: NameHit, t: Hit, counterpart: bool) -> bool:
    """Whether custody word ``t`` may tell of the person named at ``h``."""
    if (
        t.start >= h.end
        and t.voice != "noun"
        and _AGENT_GAP_RE.fullmatch(text[h.end : t.start])
        and _OBJECT_AFTER_RE.match(text, t.end)
    ):
        return False  # 'Lukashenko pardoned and released 52 prisoners': who frees, not who is freed
    if t.end <= h.start:
        gap = text[t.end : h.start]
        if t.voice == "noun" and not (t.text.lower().endswith(" of") or _OF_FOR_GAP_RE.match(gap)):
            return False  # 'The arrests coincide with X's efforts': not the arrests of X
        # 'freed U.S. basketball star X': an abbreviation's full stop is no boundary
        # the release a counterpart is swapped in may be told further back
        reach = 160 if counterpart and t.type == "release" else 60
        return (
            len(gap) <= reach
            and ";" not in gap
            and not _sentence_stop_in(gap)
            and not _OTHER_CLAUSE_RE.search(gap)
        )
    gap = text[h.end : t.start]
    if t.voice == "recipient" and t.start >= h.end and not _BEEN_BEFORE_RE.search(gap):
        return False  # 'Governor X, who received the pupils, ...': who got them back
    if _URGED_TO_RE.search(gap):
        return False  # 'a letter to leader X, calling on him to free prisoners': the one urged
    if t.voice != "intrans" and _OTHER_VERBS_OBJECT_RE.fullmatch(gap):
        return False  # 'Mamu identified the released hostages as ...': not a hostage
    rel = _RELATIVE_RE.search(gap)
    if rel and "," not in gap[rel.end() :] and rel.group(0) == "whose":
        return False  # 'X, whose wife was killed': the wife's, not X's
    if rel and "," not in gap[rel.end() :] and not _OWN_RELATIVE_RE.fullmatch(gap, 0, rel.start()):
        return False  # 'the father of A and of B, who was released': B's, not the father's
    return len(gap) <= 110 and not re.search(r"[;]", gap) and not _OTHER_CLAUSE_RE.search(gap)


def _sentence_stop_in(gap: str) -> bool:
    """A full stop in the gap that ends a sentence: not an initial's or an abbreviation's
    ('freed U.S. basketball star X', 'arrested Dr. X', 'freed a pastor, Rev. X')."""
    for m in _STOP_RE.finditer(gap):
        word = m.group(1)
        if not (word[-1:].isupper() or word.lower() in word_lists().abbreviations):
            return True
    return False


_STOP_RE = re.compile(r"(\w*)\.\s")
_BEEN_BEFORE_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$")
_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose)\b")
_URGED_TO_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?)"
    r"\s+(?:him|her)\s+to\s+$"
)
# 'a detention center': a place named by the custody word, not a happening
_FACILITY_AFTER_RE = re.compile(
    r"\s+(?:center|centre|facility|camp|cell|ward|block|wing)s?\b|(?:-run)?\s+facilities\b"
)
# the name is the subject of another verb, the custody word in its object
_OTHER_VERBS_OBJECT_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?!(?:was|is|has|had|were|are|been|being|remains)\b)[a-z]+(?:ed|s)\s+"
    r"(?:the|a|an|their|his|her|its|all|both|some)\s+(?:[\w-]+\s+)?"
)
# between a name and the relative clause that tells of that person: an age, an
# appositive, other names of the same list ('A, 24, and B, who were taken')
_OWN_RELATIVE_RE = re.compile(
    r"(?:,\s*\d{1,3}|\s*\(\d{1,3}(?: years)?\))?(?:,\s+(?:a|an|the)\b[^,;]*)?"
    r"(?:\s*(?:,|\band\b)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:,\s*\d{1,3})?)*[\s,]*"
    r"(?:(?:all|both|each|some|most|many|none|one|two|three|four|five)\s+of\s+)?"
)


# 'X was abducted from a festival, while Y and Z were taken from their homes': each
# clause of the contrast tells its own people's happening
_OTHER_CLAUSE_RE = re.compile(r",\s+(?:but|although|though)\s|(?:,\s+|\s)(?:while|whereas)\s")


def _main_verb_after(text: str, h: NameHit, t: Hit) -> bool:
    """'X, who ..., was freed': the main verb after the name and a clause of its own."""
    if t.start <= h.end:
        return False
    gap = text[h.end : t.start]
    if _CLOSED_RELATIVE_RE.fullmatch(gap):
        return True  # 'X, who had been held since 1986, died on Sunday'
    return bool(
        (
            re.search(r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+)?$", gap)
            or re.match(r"(?:has|have|had|was|were|is|are)\b", t.text, re.I)
        )
        and re.search(r",\s+", gap)
    )


# a relative clause closed by its comma, then the main verb ('X, who ..., died')
_CLOSED_RELATIVE_RE = re.compile(
    r"(?:,\s*\d{1,3})?,\s+(?:who|whom)\b[^;:()]{1,120},\s+(?:later\s+|then\s+|also\s+)?"
)
