"""Which custody word governs which counted people in a sentence.

``pair`` gives each counted group the custody word that governs it, scored by
the gap between them and what lies in it (a relative clause, another verb, a
sentence end); coordinated people share their custody word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from custody.extract.counted import freed_then_told, inner_group, of_a_group
from custody.extract.crowd import a_crowd
from custody.extract.lexicon import load_lexicon
from custody.extract.mentions import SUBSET_RE
from custody.extract.objects import EACH_SIDE, OBJECT_RULE, series_item
from custody.extract.pair_guards import (
    AUX_WORD_RE,
    OWN_OTHER_VERB_AFTER_RE,
    PASSIVE_AUX_AT_END_RE,
    RELEASES_INCLUDED_RE,
    arrived_freed,
    held_group_after,
    not_its_people,
    own_bare_participle,
    own_clause_before,
    participle_of,
)
from custody.extract.pairing_lists import COORD_RE, listed_with
from custody.extract.phrases import Counted, Hit, SentenceFacts
from custody.extract.regex import compile_fast
from custody.extract.told_before import ELLIPTIC_RULE, THE_N_RULE

_RELATIVE_RE = compile_fast(r"\b(?:who|which|that|whom)\b(?:\s+\w+){0,4}\s*$", re.I)
# a clause of its own between the custody word and the count ('while recalling that')
_ANOTHER_CLAUSE_IN_GAP_RE = compile_fast(
    r"\b(?:while|whereas)\s+(?:also\s+)?[a-z]+ing\b|\b(?:recalling|noting|adding|stressing|"
    r"explaining|arguing)\s+that\b"
)
_SENTENCE_END_IN_GAP_RE = re.compile(r"[a-z]{4,}[.!?]\s+[A-Z]")
_AUX_RE = compile_fast(
    r"\b(?:are|is|were|was|be|been|being|remain|remains|remained|still|get|got|have|has|had)\b",
    re.I,
)

_OF_OR_EMPTY_RE = re.compile(
    r"\bof\s+(?:(?:the|its|their|some|about|around|another|all|at least|more than|nearly|over)\s+)*$|^\s*$"
)
# 'agreed to a swap involving nearly 900 detainees': the deal's people (not 'the seventh
# swap since October involving 500', a count of earlier swaps)
_INVOLVING_RE = re.compile(r"\s+involving\s+(?:(?:some|about|around|nearly|more than|over)\s+)?")
_AGREED_BEFORE_RE = re.compile(r"\bagree[sd]?\s+(?:to|on)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")
_FORMULA_GAP_RE = re.compile(r"\s*(?::|of)\s+[^,;.]{1,40}?\s+for\s+")
_EXCHANGE_FOR_RE = compile_fast(r"\b(?:in exchange for|in return for)\s+(?:\w+\s+){0,2}$", re.I)
_ALONG_WITH_RE = compile_fast(
    r"\b(?:along with|together with|alongside)\s+"
    # ('along with Gadi Moses, 80, and five Thai nationals': a name before the count)
    r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}(?:,\s*\d{1,3})?,?\s+and\s+)?"
    r"(?:(?:some|about|around|at least|another)\s+)?$",
    re.I,
)
_COPULA_RE = re.compile(r"\b(?:are|were|is|was)\b")
_SAID_RE = compile_fast(r"\b(?:said|says|told|announced)\b")
_NAMES_OF_RE = compile_fast(
    r"\b(?:names|list|lists|photos|pictures|details|identities|footage|video|images)\s+of\b"
)
_ANOTHER_VERB_IN_GAP_RE = compile_fast(
    r"\band\s+(?!\w+ed\s+(?:to|from)\b)\w+ed\b|\b(?:killed|wounded|eliminated|injured|shot|killing)\b"
)
_AUX_AT_END_RE = compile_fast(r"\b(?:have|has|had|were|was|are|is|been|being)\s+$")
_BODIES_HANDED_BEFORE_RE = re.compile(
    r"\b(?:hand(?:s|ed|ing)?\s+over|return(?:s|ed|ing)?|releas(?:e|es|ed|ing)|repatriat(?:e|es|ed|ing)"
    r"|deliver(?:s|ed|ing)?|transferr?(?:s|ed|ing)?)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:the\s+|another\s+|a\s+further\s+)?$",
    re.I,
)
_RELATIVE_OPEN_RE = re.compile(r"\s*,?\s*(?:who|which|that)\b")
_OF_PHRASE_RELATIVE_RE = re.compile(
    r"\s+of\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s*,?\s*(?:who|that)\b"
)
"""A relative clause after the people's own 'of' phrase ('Eighteen members of the Colombian
military who were abducted ... have been released'): it describes them, the verb after
it reports."""
_COMMA_CLOSE_RE = re.compile(r",\s+(?:\w+\s+){0,2}$")
_BY_BEFORE_RE = compile_fast(r"\bby\s+(?:some\s+|about\s+|at least\s+|more than\s+)?$")
_AND_THAT_RE = compile_fast(r"\band that\b|\bthat (?:it|they|he|she)\b")
_MODAL_AT_END_RE = compile_fast(r"\b(?:to|will|would|must|can|could|shall)\s+(?:\w+\s+)?$")
_MAIN_VERB_AFTER_RE = re.compile(
    r"(?:\S+\s+){3,}(?:were|was|are|is|have|has|had)\s+(?:(?:now|still|also|then|later|finally)\s+)?$"
)
_FRONTED_PARTICIPLE_RE = re.compile(
    r"\s*(?:(?:After|Before|Since|Upon)\s+)?(?:being|having\s+been|Having\s+been)\s+"
)


def _finite_after_relative(rest: str) -> bool:
    """Whether an intransitive custody verb after a relative clause of three words or
    more is the sentence's own ('42 fishermen who had been held in Indian jails returned
    home on Friday'), not a second verb of the clause ('who were held and returned')."""
    words = rest.split()
    return len(words) >= 3 and words[-1].lower() not in ("and", "or", "who", "that", "which")


_HAVE_AT_START_RE = re.compile(r"(?:have|has|had)\s", re.I)


def _pair_score(text: str, c: Counted, t: Hit) -> float | None:
    """How well trigger ``t`` governs counted phrase ``c`` (lower is better; None: not at all)."""
    if not_its_people(text, c, t):
        return None
    if t.end <= c.start:
        if OWN_OTHER_VERB_AFTER_RE.match(text, c.end):
            return None  # '..., some 20 arrested and one officer was wounded': its own verb
        return _word_then_people(text, c, t)
    if t.start >= c.end:
        return _people_then_word(text, c, t)
    return arrived_freed(text, c, t)


_AMONG_OPENING_RE = re.compile(r"\s*Among\s+(?:the|those)\s+$", re.I)
_AMONG_GROUP_RE = re.compile(
    r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?"
    r"(?:(?:some|about|around|nearly|more than|at least|over)\s+)?$",
    re.I,
)


def _word_then_people(text: str, c: Counted, t: Hit) -> float | None:
    """Custody word, then people: 'released 45 detainees'."""
    gap = text[t.end : c.start]
    if ";" in gap and not series_item(text, c) or _SENTENCE_END_IN_GAP_RE.search(gap):
        return None
    if (
        t.voice in ("passive", "intrans")
        and OBJECT_RULE not in c.rules  # ('were handed over to A and 44 to B': its verb left out)
        and own_clause_before(text, t, gap)
        and not _ALONG_WITH_RE.search(text, max(0, c.start - 80), c.start)  # (its companions)
    ):  # 'two were killed and three others were arrested', '300 were freed, but 1,100 others
        return None  # remain behind bars': a clause of its own
    if t.voice == "noun" and not (
        t.text.lower().endswith(" of")
        or _OF_OR_EMPTY_RE.search(gap)
        or (t.text.lower() in ("release", "releases") and RELEASES_INCLUDED_RE.match(gap))
        or (_INVOLVING_RE.fullmatch(gap) and _AGREED_BEFORE_RE.search(text, 0, t.start))
        or (EACH_SIDE in c.rules and _FORMULA_GAP_RE.fullmatch(gap))  # '... of 75 for 75'
        or (EACH_SIDE in c.rules and gap.strip() == ":")  # 'an exchange: 75 for 75'
    ):
        return None
    own = OBJECT_RULE in c.rules and len(gap) < 20  # ('pardons that have freed about 300')
    relative = 0 if own or not _RELATIVE_RE.search(text[max(0, t.start - 40) : t.start]) else 80
    number_of = c.rules[0].startswith("number-of")
    if number_of and len(gap) < 200:
        return len(gap) / 4 + relative
    listed = ":" in gap or series_item(text, c)  # ('...: six Lithuanians'; '33 on the third')
    if (
        len(gap) > 70
        and not (
            len(gap) < 200
            and (
                listed
                or SUBSET_RE.search(text[: c.start])  # 'including 12 women'
                or _EXCHANGE_FOR_RE.search(text[: c.start])
                # 'handed over three captives, A, B and C, along with five Thais'
                or (
                    _ALONG_WITH_RE.search(text, max(0, c.start - 80), c.start)
                    and not _COPULA_RE.search(gap)  # ('Those returned are A, along with B')
                )
                # 'released reporter X, Marine Y and 14 other prisoners': a list of names
                or _AND_OTHERS_RE.match(text, max(0, c.start - 4))
            )
        )
    ):
        return None
    if "," in gap and _FRONTED_PARTICIPLE_RE.fullmatch(text, 0, t.start):
        return None  # 'After being kidnapped by bandits, 60 members ... have been released'
    if _SAID_RE.search(gap) or _ANOTHER_CLAUSE_IN_GAP_RE.search(gap):
        return None  # '... the release of all prisoners while recalling that only 90 ...'
    if SUBSET_RE.search(text[: c.start]) and _uncounted_group(gap):
        # 'freed dozens of prisoners, including 10 Americans': a part, not the count
        return None
    if _NAMES_OF_RE.search(gap):
        return None  # 'released the names of the 20 hostages'
    if _ANOTHER_VERB_IN_GAP_RE.search(gap) and not gap.strip().endswith(("of", "of the")):
        return None  # 'apprehended 25 ... and eliminated at least 10': another verb's object
    if inner_group(text, c):
        return None  # the 28 in 'returned eight of the 28 bodies' is not what was returned
    if _AMONG_GROUP_RE.search(gap):
        return None  # 'the freed soldiers were among the 52 captured in May': the group
    return len(gap) + relative


def _uncounted_group(gap: str) -> bool:
    """Whether the words between a custody word and a subset cue name a group of people
    with no count ('dozens of prisoners, including'). A group named without a number
    ('civilians ..., including 3 Russian citizens') was tried too: annotators take the
    part as the record's count there."""
    return load_lexicon().vague_group_re.search(gap) is not None


def _perfect_with_object(text: str, t: Hit, gap: str) -> bool:
    """'Gunmen who abducted 15 worshippers have released 10 of them': 'have released'
    with a count after it is active; the people before it are not what it frees."""
    return (
        t.voice == "passive"
        and _PERFECT_AT_END_RE.search(gap) is not None
        and _COUNT_AFTER_RE.match(text, t.end) is not None
    )


_PERFECT_AT_END_RE = re.compile(r"\b(?:have|has|had)\s+(?:\w+ly\s+)?$")
_COUNT_AFTER_RE = re.compile(
    r"\s+(?:(?:at least|about|some|only|another|a further|nearly|more than)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b)"
)


def _people_then_word(text: str, c: Counted, t: Hit) -> float | None:
    """People, then custody word: '39 prisoners were released'."""
    gap = text[c.end : t.start]
    if t.voice == "noun" or _not_its_subject(text, c, t, gap) or _perfect_with_object(text, t, gap):
        return None
    absolute = not gap.strip() and _WITH_BEFORE_RE.search(text[max(0, c.start - 25) : c.start])
    if t.voice == "recipient" and (
        PASSIVE_AUX_AT_END_RE.search(gap)
        or absolute
        or _HAVE_AT_START_RE.match(t.text)
        or own_bare_participle(text, c, t, gap)  # '4,000 brought back since 2022'
    ):
        pass  # 'the five servicemen were received in Tame', 'with 112 soldiers brought home',
        # '120 soldiers have returned home' (people, then the word: they came home; _came_back)
    elif (
        t.voice in ("active", "recipient")
        and t.type != "holding"
        and not _MODAL_AT_END_RE.search(gap)
    ):
        return None
    penalty = 6.0
    relative_open = _RELATIVE_OPEN_RE.match(gap) or _OF_PHRASE_RELATIVE_RE.match(gap)
    main_after_relative = relative_open and (
        _MAIN_VERB_AFTER_RE.search(gap[relative_open.end() :])
        or (AUX_WORD_RE.match(t.text) and len(gap[relative_open.end() :].split()) >= 2)
        or (t.voice == "intrans" and _finite_after_relative(gap[relative_open.end() :]))
    )
    if (
        relative_open
        and t.type == "death_in_custody"
        and c.deceased
        and (
            _RETURNED_AFTER_RE.search(text, t.end, t.end + 160)
            # 'Hamas handed over the bodies of four hostages who died in captivity'
            or _BODIES_HANDED_BEFORE_RE.search(text, max(0, c.start - 60), c.start)
        )
    ):
        penalty += 200  # 'the bodies of 563 soldiers who died in the war were returned':
        # the dead are described, their return is the news
    elif relative_open and t.type == "death_in_custody":
        pass  # '47 detainees who died inside it': the death is the news
    elif relative_open and not main_after_relative and not _COMMA_CLOSE_RE.search(gap):
        penalty += (
            200  # inside 'who had been surrounded and held': it describes, it does not report
        )
    elif _RELATIVE_RE.search(gap[:-1] if gap else gap) and len(gap) < 60:
        penalty += 80  # 'who had been detained' describes, it does not report
    if relative_open and _COMMA_CLOSE_RE.search(gap) and len(gap) > 130:
        penalty -= 20  # the main verb after the relative clause closes
    if (
        (t.voice == "passive" or (c.deceased and _KILLED_RE.fullmatch(t.text)))
        and not absolute  # 'with 40 more freed on Sunday' reports it
        # 'Among the 61 Georgians freed was X': the batch, named by its own participle
        and not (len(gap) <= 2 and _AMONG_OPENING_RE.match(text[: c.start]))
        and not _AUX_RE.search(gap + " " + t.text)
        and not ((len(gap) <= 2 or _HELD_BY_GAP_RE.fullmatch(gap)) and _headline(text))
    ):  # (a headline drops the auxiliary: '27 women freed near Djibo')
        penalty += 100  # '... captives held by the Brigades were killed': a reduced relative
    if _CONTACT_RELATIVE_RE.fullmatch(gap):
        penalty += 200  # '140 soldiers they had held': a relative clause without 'that'
    if _HELD_BY_THEN_VERB_RE.match(text, t.start) and _headline(text):
        penalty += 100  # '125 soldiers held by the RSF released': 'held' describes them
    if not gap.strip() and t.text[:6].lower() == "being " and not _headline(text):
        penalty += 100  # 'another hostage being held in Gaza is dead': who, not the news
    return len(gap) + penalty


_OF_THE_GROUP_WHO_RE = re.compile(
    r"\s+(?:out\s+)?of\s+(?:the|those|these)\s+(?:\d[\d,]*|(?:two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|hundreds?|thousands?|dozens?|many|several|few)\b)\s+[^,;]{0,40}?\b(?:who|that|which)\b",
    re.I,
)
"""'N of the M people who were detained': the relative clause tells the M. Only a number
or a quantity after 'of the': 'Eighteen members of the military who were abducted have
been released' tells the eighteen (the 'of' phrase is their own)."""
_OTHER_ANTECEDENT_RE = re.compile(
    r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}(?:who|that)\s+(?:was|had been|has been|is)\s+$",
    re.I,
)


def _not_its_subject(text: str, c: Counted, t: Hit, gap: str) -> bool:
    """Whether people told before a custody word cannot be what it tells: too far, another
    clause or sentence between, the agent, or another group the word is about."""
    limit = 220 if _AUX_AT_END_RE.search(gap) else 130
    if _RELATIVE_OPEN_RE.match(gap) and _COMMA_CLOSE_RE.search(gap):
        limit = 280
    if _BY_BEFORE_RE.search(text[max(0, c.start - 25) : c.start]):
        return True  # 'surrounded by some 600 people': the agent, not the people held
    if _OF_GROUP_OPENING_RE.match(text[: c.start]) and "," in gap:
        return True  # 'Of the 180 hostages seized, fewer than half have been freed': the group
    held_group = held_group_after(text, c, t, gap)
    if held_group and of_a_group(text, c):
        return True  # 'Thirty-five of the 59 hostages still in Gaza are dead': the 59 are held
    if (
        inner_group(text, c)
        and not held_group
        # ('... who were kidnapped in May have been freed': the group's clause ends before)
        and (not _CLAUSE_OF_ITS_OWN_RE.search(gap) or _RELATIVE_DONE_RE.search(gap))
        and not freed_then_told(text, c.end)
    ):
        return True  # 'seven out of the 317 students escaped': seven did (but 'eight of
        # the 28 bodies it is required to give back': the 28 are what is owed)
    # ('21 people (15 women and six children), kidnapped ...': the aside is theirs)
    aside = _ASIDE_RE.match(gap)
    if len(gap) - (aside.end() if aside else 0) > limit or ";" in gap:
        return True
    if _SENTENCE_END_IN_GAP_RE.search(gap):
        return True
    if a_crowd(text, c):
        return True  # '100 people were seen outside the prison hoping ... released'
    if _OF_THE_GROUP_WHO_RE.match(gap) or (
        of_a_group(text, c)
        and _RELATIVE_OPEN_RE.match(gap)
        and not gap.lstrip().startswith(",")
        and not _main_verb_after_group_clause(t, gap)
    ):
        return True  # 'the cases of 225 of the 2,400 people who were detained': the 2,400 were
        # (but 'nine of the kidnapped students, who were later rescued': the nine were)
    # '... guarded by a man who was arrested': the man was, not the people
    return bool(_AND_THAT_RE.search(gap) or _OTHER_ANTECEDENT_RE.search(gap))


# '21 people (15 women and six children)', 'the four women, all members of a unit':
# an aside on the people before the participle that describes them
_ASIDE_RE = re.compile(
    r"\s*\([^()]{1,80}\)|,\s+(?:all|both|mostly|most|many|some|each)\s+[^,;()]{1,80}\s$"
)


def _main_verb_after_group_clause(t: Hit, gap: str) -> bool:
    """'Five of the 40 villagers who were abducted in March have been freed': the group's
    relative clause is done, and the custody word with its own auxiliary is the main verb,
    the N's."""
    return bool(
        _RELATIVE_DONE_RE.search(gap)
        and (AUX_WORD_RE.match(t.text) or PASSIVE_AUX_AT_END_RE.search(gap))
        and not re.search(r"\b(?:and|or)\s+(?:\w+\s+)?$", gap)
    )


_OF_GROUP_OPENING_RE = re.compile(
    r"\s*(?:Of|Out\s+of)\s+(?:the|those|these)\s+(?:(?:about|around|some|nearly|more than|over)\s+)?$"
)
"""A sentence opening on the group some of whom the main clause tells about ('Out of the
120 hostages held, several are confirmed dead')."""
_RETURNED_AFTER_RE = re.compile(
    r"\b(?:were|was|have been|had been|has been)\s+(?:\w+\s+)?"
    r"(?:returned|repatriated|handed over|handed back|given back|sent back|exchanged|released)\b",
    re.I,
)
"""The main verb after 'the bodies of 563 soldiers who died in the war': their return."""
_KILLED_RE = re.compile(r"killed|executed|beheaded", re.I)
"""Death words that are participles: after bodies, without an auxiliary, 'the bodies of
300 soldiers killed fighting' describes the dead (a reduced relative), as a passive would."""
_CLAUSE_OF_ITS_OWN_RE = re.compile(r"\b(?:who|whom|that|which|it|they|he|she)\b", re.I)
_RELATIVE_DONE_RE = re.compile(
    r"\b(?:who|that)\s+(?:were|was|had been|have been|has been)\s+[a-z]+ed\b[^,;]*\S\s+$"
)
_CONTACT_RELATIVE_RE = re.compile(
    r"\s+(?:they|it|he|she|we|you)\s+(?:had|have|has|were|was|are|is)?\s*(?:been\s+)?", re.I
)
_HELD_BY_THEN_VERB_RE = re.compile(
    r"(?:held|kidnapped|abducted|detained|captured|seized|jailed)\s+by\s+[^,;:]{2,40}?\s+"
    r"(?:released|freed|rescued|returned|repatriated|swapped|exchanged|handed over|killed|executed|died)\b",
    re.I,
)
_AND_OTHERS_RE = re.compile(r"and \S+\s+(?:\w+\s+)?others?\b")
_WITH_BEFORE_RE = re.compile(
    r"\bwith\s+(?:(?:another|some|about|around|nearly|over|more than|at least)\s+)?$", re.I
)
_SENTENCE_CLOSERS = frozenset(".!?'\"”’)")


def _headline(text: str) -> bool:
    """No full stop at the end: a title. What '[^.!?'"”’)\\s]\\s*$' finds (searched, it was
    tried at every character): the last character but spaces closes no sentence."""
    body = text.rstrip()
    return bool(body) and body[-1] not in _SENTENCE_CLOSERS


_HELD_BY_GAP_RE = re.compile(
    r"\s+(?:held|kidnapped|abducted|detained|captured|seized|jailed)\s+by\s+[^,;:]{2,40}?\s+"
)
"""A title's reduced relative before its verb: '125 soldiers held by the RSF released'."""


def _came_back(c: Counted, t: Hit) -> bool:
    """'120 soldiers have returned home': a recipient's word ('Kyiv has returned home
    120 soldiers') read with its people before it tells that they came back; whoever is
    named before them is no receiver."""
    return t.voice == "recipient" and t.start >= c.end and bool(_HAVE_AT_START_RE.match(t.text))


def _released_after(text: str, t: Hit, triggers: list[Hit]) -> Hit:
    """'were transferred from several prisons and released': the release the transfer
    led to is the news."""
    for r in triggers:
        if r.type == "release" and r.start > t.end and _AND_THEN_RE.fullmatch(text, t.end, r.start):
            return r
    return t


_AND_THEN_RE = re.compile(r"[^.;]{0,80}?\band\s+(?:were\s+|was\s+|then\s+|later\s+)?")


def _reported_people_between(text: str, c: Counted, t: Hit, counted: list[Counted]) -> bool:
    """'A resident, Sani Aliyu, said 70 of the 85 victims were freed': the teller is not
    who was freed; the people told after the verb of saying are."""
    if t.start < c.end:
        return False
    said = _SAID_RE.search(text, c.end, t.start)
    return said is not None and any(said.end() <= o.start < t.start for o in counted)


def _reported_later(
    text: str, c: Counted, t: Hit, triggers: list[Hit], counted: list[Counted]
) -> Hit:
    """'60 farmers kidnapped from X have been released', '14 students believed to have been
    abducted ... were freed': a participle right after the people describes them (a reduced
    relative); the finite release later in the clause is the news."""
    if t.type not in ("detention", "holding") or t.voice != "passive" or t.start < c.end:
        return t
    gap = text[c.end : t.start]
    aside = _ASIDE_RE.match(gap)  # '21 people (15 women and six children), kidnapped ...'
    if not _REDUCED_GAP_RE.fullmatch(gap[aside.end() if aside else 0 :]) or inner_group(text, c):
        return t  # ('Five of the 40 villagers who were abducted ... have been freed': the five)
    of_group = _OF_GROUP_OPENING_RE.match(text[: c.start]) is not None
    for r in triggers:
        if r.start <= t.end:
            continue
        between = text[t.end : r.start]
        if (
            len(between) > 250
            or ";" in between
            or _SENTENCE_END_IN_GAP_RE.search(between)
            or _CLAUSE_OF_ITS_OWN_RE.search(between)
            or any(t.end < o.start < r.start for o in counted)
            # 'Of the 180 hostages seized, fewer than half have been freed': the group opens
            # the sentence; the release after its comma is some of them
            or (of_group and "," in between)
        ):
            return t
        if r.type == "release" and (
            _FINITE_RE.match(r.text)
            or _FINITE_BEFORE_RE.search(text[max(0, r.start - 30) : r.start])
            # a headline drops the auxiliary: '24 schoolgirls abducted in Kebbi freed'
            or (r.voice == "passive" and _headline(text))
            or (r.voice != "noun" and ("who " in gap or "that " in gap))  # (who were held)
        ):
            return r
    return t


_REDUCED_GAP_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:believed|said|thought|reported|known)\s+to\s+have\s+been\s+"
    # '5,600 people who were arrested over the protests would be freed'
    r"|(?:who|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+)?",
    re.I,
)
_FINITE_RE = re.compile(r"(?:have|has|had|were|was|are|is)\s", re.I)
_FINITE_BEFORE_RE = re.compile(
    r"\b(?:have|has|had|were|was|are|is|now|would|will)\s+(?:(?:been|be|all|also|since|finally|later|now)\s+){0,2}$"
    # '... were on their way home after being freed', 'were paraded before being handed over'
    r"|\b(?:after|before)\s+being\s+$",
    re.I,
)


def _best_trigger(facts: SentenceFacts, c: Counted) -> tuple[tuple[float, Hit] | None, list[Hit]]:
    """The custody word counted people ``c`` pair with best (score, word), and the words
    it may be among."""
    text = facts.sentence.text
    best: tuple[float, Hit] | None = None
    triggers = facts.triggers
    if _EXCHANGE_FOR_RE.search(text[max(0, c.start - 40) : c.start]):
        # 'freed five commanders in exchange for 55 Russian prisoners it was holding':
        # the other side's people are freed by the swap, whatever verb follows them
        triggers = [
            t for t in triggers if t.end <= c.start and t.type in ("release", "transfer")
        ] or triggers
    elif c.rules[1:2] in ([ELLIPTIC_RULE], [THE_N_RULE]):  # ('a further 1,000 will be')
        triggers = [t for t in triggers if t.start >= c.end]  # its verb follows it
    bare = OBJECT_RULE in c.rules  # (a count whose verb was left out)
    for t in triggers:
        if _reported_people_between(text, c, t, facts.counted):
            continue
        if any(
            c.end <= o.start
            and o.end <= t.start
            and (o.rules[1:2] == [ELLIPTIC_RULE] or participle_of(text, o, t))
            or (bare and o.start < t.start and t.end <= o.end)
            for o in facts.counted
        ):  # '20,000 were deported, and only 1,200 have been brought back'; 'the 49 freed ...
            continue  # are among 5,000 returned'; 'freed 21 captured fighters and 16 on Tuesday'
        score = _pair_score(text, c, t)
        if score is not None and (best is None or score < best[0]):
            best = (score, t)
    if best is not None and best[1].end <= c.start:
        own = next(
            (
                t
                for t in triggers
                if t.start >= c.end and _INSERTION_THEN_VERB_RE.fullmatch(text, c.end, t.start)
            ),
            None,
        )
        if own is not None:
            best = (0.0, own)  # '70 others – including ... – have been released': their own verb
    return best, triggers


def pair(facts: SentenceFacts) -> list[tuple[Counted, Hit]]:
    text = facts.sentence.text
    pairs: list[tuple[Counted, Hit]] = []
    previous: tuple[Counted, Hit] | None = None
    waiting: list[Counted] = []  # unpaired counts coordinated with the next one
    for c in facts.counted:
        best, triggers = _best_trigger(facts, c)
        own_verb = (
            best is not None
            and best[1].start >= c.end
            and (best[0] < 40 or _INSERTION_THEN_VERB_RE.fullmatch(text, c.end, best[1].start))
            # 'freed two Chinese and a Ghanaian kidnapped last month': a participle after
            # the last of coordinated people describes them; the verb before is theirs
            and not (
                best[1].voice == "passive"
                and not text[c.end : best[1].start].strip()
                and not AUX_WORD_RE.match(best[1].text)  # ('..., 120 are still held': a verb)
            )
        )
        if (
            previous
            and not own_verb
            and c.end > previous[0].end  # (not the M inside 'Five of the 40 villagers')
            and listed_with(facts, previous, c)
        ):
            # 'freed 13 Israelis and four Thais': coordinated people share the custody word,
            # unless one has its own ('..., and 78 prisoners have walked free')
            pairs.append((c, previous[1]))
            previous = (c, previous[1])
            continue
        if waiting and not COORD_RE.match(text[waiting[-1].end : c.start]):
            waiting = []
        if c.article and _REMAINS_BEFORE_RE.search(text, max(0, c.start - 12), c.start):
            continue  # 'X remains a hostage': who X is, no count (the name tells the record)
        if best and best[0] >= 200 and _ONE_OF_THE_RE.match(text, c.start):
            best = None  # 'called one of the men who were abducted': one of a group told of
        if best:
            best = (best[0], _reported_later(text, c, best[1], triggers, facts.counted))
        if best and best[1].type == "transfer":
            best = (best[0], _released_after(text, best[1], triggers))
        if best and _came_back(c, best[1]):
            best = (best[0], replace(best[1], voice="intrans"))
        if best:
            if own_verb:
                # 'who included 10 Americans and two Germans, were seized': the verb after
                # the last of coordinated people is all of theirs
                pairs.extend((w, best[1]) for w in waiting)
            waiting = []
            pairs.append((c, best[1]))
            previous = (c, best[1])
        else:
            waiting.append(c)
            previous = None
    pairs.sort(key=lambda p: p[0].start)
    return pairs


_REMAINS_BEFORE_RE = re.compile(r"\bremain(?:s|ed)?\s+$")


_INSERTION_THEN_VERB_RE = re.compile(
    r"\s*(?:,|\s[–—-])\s+(?:including|among them|mostly|many of them|all of them)\b[^.;:]{0,120}?"
    r"(?:,|\s[–—-])\s*(?:(?:have|has|had)\s+(?:also\s+)?been\s+|were\s+|was\s+|are\s+|is\s+)?"
)
"""'70 others – including those serving life terms – have been released': the people's
own verb after an insertion about them."""
_ONE_OF_THE_RE = re.compile(r"(?:one|some|two|three|several|many)\s+of\s+the\s+[a-z]+\b", re.I)
