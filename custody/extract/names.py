"""Names of people in custody: 'the prisoner Maher Al-Akhras', 'Thomas Reilly, 66,'.

A capitalised run of two to four words is a person's name when news marks it
as one: a role word before it ('journalist', 'detainee', 'sergeant'), an age
after it, or 'among them' / 'including' before it. Names of actors, places,
months and organisations are never taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from custody.extract.lexicon import Lexicon
from custody.extract.name_cues import (
    around_cues,
    closed_after,
    kin_and_bystander_cues,
    kin_of_opening,
)
from custody.extract.name_lists import (
    LIST_GAP_RE,
    OF_PLACE_GAP_RE,
    couples,
    listed_after_couple,
    listed_before,
    semicolon_list,
)
from custody.extract.name_lists import NameHit as NameHit  # (read from here by others)
from custody.extract.name_runs import NAME_RE as NAME_RE  # (read from here by others)
from custody.extract.name_runs import NAME_SOURCE as NAME_SOURCE
from custody.extract.name_runs import name_runs as name_runs
from custody.extract.name_single import one_word_names
from custody.extract.regex import phrase_alternation as alternation
from custody.extract.text import opens_clause


@dataclass(frozen=True)
class _Cues:
    """The cue patterns of names.json (built once per lexicon)."""

    role_set: frozenset[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    role_apposition: re.Pattern[str]
    speaker_after: re.Pattern[str]
    """'X said', 'X, a rights activist in Y, said': after the name, the person speaks."""
    bystander_before: re.Pattern[str]
    """'X's lawyer, ', 'his spokesman ': before the name, someone's lawyer or spokesman."""
    kin: re.Pattern[str]
    """'his younger brother Eitan', 'the Bibas boys Ariel and Kfir': first names of kin."""
    kin_gate: re.Pattern[str]
    """A word of kin before a capital: what every match of ``kin`` holds, found fast."""
    kin_gap: re.Pattern[str]
    """'A and her husband B': between two names, a word of kin of the first."""
    subject_verb: re.Pattern[str]
    """'X was released', 'A and B were detained': after the name, a custody verb of which
    the person is the subject."""
    possessed: re.Pattern[str]
    """'X's arrest': after a name's possessive, what was done to that person."""
    official_after: re.Pattern[str]
    """'X, the president's special envoy,': after the name, a role of who acts for a side."""
    role_after: re.Pattern[str]
    """'Nobel Peace Prize laureate X': after a capitalised run, a role and a name."""
    possessor_of: re.Pattern[str]
    """'X's family', 'X's lawyer': after a name's possessive, whose the words are."""
    closed_after: re.Pattern[str]
    """'The coordinator of the committee, X, was released', 'X, from Beit Sira village, west
    of Ramallah, was set free': the name closes an apposition, or where the person comes
    from follows it, then a custody verb of which the person is the subject."""
    kin_of_opening: re.Pattern[str]
    """'The family of X', 'Relatives of X': an opening on X's people, who speak for X."""


_CUES: dict[int, tuple[Lexicon, _Cues]] = {}


def person_cues(lex: Lexicon) -> _Cues:
    got = _CUES.get(id(lex))
    if got is not None and got[0] is lex:
        return got[1]
    words = lex.person_words
    plain = [*words["roles"], *words["role_plain_capitals"], *sorted(lex.person_titles)]
    # a role word, also plural: 'journalist X', 'hostages A, B' (not 'UN employees, Deputy X')
    role = rf"(?:{alternation(plain)})"
    officials = alternation([*words["official_roles"], "MP"])
    # (no official's role: 'the governor of X State, Y, received the boys')
    witness = alternation([w for w in words["roles"] if w not in words["official_roles"]])
    intro = alternation(words["introducers"])
    before = re.compile(
        rf"(?:\b(?:{role}|{intro})\b\.?[\s,]*(?:\d{{1,3}}-year-old\s+)?|\b(?:{role})(?:s|es)\s+|\b(?:(?:in |an |the |a |[\w-]+-brokered |[\w-]+-mediated )?exchange for|in return for|traded for|swapped for|(?:a |the )?swap for|exchanged for|the release of|the return of|the transfers? of|the executions? of|deaths? of|the bod(?:y|ies) of|the remains of|freed|frees|released|releases|handed over|handed back|rescued|liberated|repatriated|returned|returns|arrested|detained|arrests?|detains?|abducts?|kidnaps?|seizes?|captures?|jails?|pardons?|abducted|kidnapped|seized|captured|jailed|imprisoned|deported|pardoned|(?:amnesty|pardons?|clemency)\s+to|transferred|held|[\w]+-held|bring(?:s|ing)?|brought)\s+(?:\d{{1,3}}-year-old\s+)?|\b(?i:among them|among whom|including|include|includes|included|comprises|comprised|comprising|such as|among (?:those|the [\w-]+) \w+(?: [\w-]+){{0,4}}? (?:was|were|is|are)|(?:also )?(?:released|freed|pardoned|set free|rescued)(?: (?:on|last|early|late|this) [\w-]+)? (?:was|were|is|are))\s+(?:(?:the|a|an|{role}|[a-z-]+|[A-Z][a-z]+)\s+){{0,3}}|\b(?:identified|named)\s+(?:by\s+[^,.;]{{1,40}}?\s+|(?:the|them|those|these|all)\s+(?:[\w-]+\s+){{0,3}})as\s+|\b(?i:one) of (?:those|the) (?:[\w-]+\s+)?(?:freed|released|rescued|pardoned)(?:\s+[a-z]+)?,\s*)$"
    )
    subject_verb, possessed, official_after, role_after = around_cues(words, role)
    # ('X, the father of Y': X is Y's kin, told of for Y)
    kin_of = rf"(?!(?:{alternation(words['kin'])})\s+of\b)"
    after = re.compile(
        rf"^(?:,\s+who\s+(?:was|is|has|had|were|remains)\b|{subject_verb.pattern}|,\s*(?:a|an|the)\s+(?:[\w-]+\s+)?{kin_of}(?:{role})\b|,\s*(?:a|an|the)\s+(?:[\w.-]+\s+){{2}}(?!(?:{officials})\b)(?:{role})\b|,\s*\d{{1,3}}\s*(?:[,;–—-]|\.(?:\s|$)|$)|\s*\(\d{{1,3}}(?: years)?\)|,\s*(?:a|an)\s+\d{{1,3}}-year-old|,\s*\d{{1,3}}\s+and\b"
        # 'X, abducted by the group in 2020, ...', 'X, held captive since May, ...': the person taken
        r"|,\s+(?:abducted|kidnapped|detained|jailed|imprisoned|arrested|taken|held\s+(?:captive|hostage))"
        r"\s+(?:since|by|in|on|from|without)\b)"
    )
    # (not the titles: 'Mustapha Imam', 'John Major' end in one)
    role_set = frozenset(
        w.lower() for w in (*words["roles"], *words["role_plain_capitals"]) if " " not in w
    ) | frozenset(w for w in words["introducers"] if " " not in w)
    # 'the prisoner in X jails, ', 'the athlete, the winner of Z, ': a role, more of it, the name
    free = r"(?:(?!\b(?:said|says|was|were|is|are|has|have|had|who|which|that|when|and)\b)[^,;:.()\"“”])"
    role_apposition = re.compile(
        rf"(?:\b(?:{witness})(?:s|es)?(?:\s+and\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
        rf"(?:\s+(?:of|in|at|from|for|with)\s+{free}{{1,50}}?(?:,\s+(?:the|a|an)\s+{free}{{1,60}}?)?"
        rf"|,\s+(?:the|a|an)\s+{free}{{1,60}}?)"
        # an official who is the object of a custody verb: 'abducted the mayor of X, Y'
        rf"|\b{_TAKEN_OR_FREED}\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:{officials})"
        rf"(?:\s+of\s+{free}{{1,50}}?)?),\s*$"
    )
    speaker_after = re.compile(
        # ('X, a publisher, said', 'X, who negotiated their release, confirmed')
        rf"(?:,\s+(?:a|an|the)\s+[^,;.()]{{1,80}}?,|,\s+who\s+[^,;.()]{{1,120}}?,"
        # 'X, Chairman of Y (Z), said', 'X, secretary of the Y council, told reporters'
        rf"|,\s+[A-Za-z][a-z]+\s+of\s+[^,;.]{{1,100}}?,|,"
        r"|\s+of\s+(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)?\s+"  # 'Governor X of Y State has said'
        rf"(?:{alternation(words['speech_verbs'])}"
        # ('X accused soldiers of ...'; not 'X, accused of spying, was held')
        rf"|(?:{alternation(words['accusing_verbs'])})(?!\s+(?:of|for)\b)"
        # ('X has confirmed that', 'X had on Sunday raised the alarm'; not 'X had criticised')
        r"|(?:has|have|had)\s+(?:(?:also|earlier|already|on\s+[A-Z][a-z]+day)\s+)?"
        r"(?:confirmed|said|told|announced|stated|disclosed|revealed|raised the alarm))\b"
    )
    bystander_before, kin, kin_gate, kin_gap, possessor_of = kin_and_bystander_cues(words)
    cues = _Cues(
        *(role_set, before, after, role_apposition, speaker_after, bystander_before, kin),
        *(kin_gate, kin_gap, subject_verb, possessed, official_after, role_after),
        possessor_of,
        closed_after(subject_verb),
        kin_of_opening(words),
    )
    _CUES[id(lex)] = (lex, cues)
    return cues


# 'A, a dual citizen, along with B': someone named with the person just named
_COMPANION_GAP_RE = re.compile(
    r"(?:,\s*\d{1,3})?(?:,\s+(?:a|an|the)\s+[^,;]{1,60})?,?\s+"
    r"(?:along with|together with|alongside|as well as)\s+"
)
# 'including A, the brother of a former president, and B, ...': the next name of a list
# after the first one's apposition
_APPOSITIVELIST_GAP_RE = re.compile(r"(?:,\s*\d{1,3})?,\s+(?:a|an|the)\s+[^,;()]{1,80},\s+and\s+")
# 'freed two Americans, Ryan Corbett and ...', 'the three detainees - A and B': names
# set beside the group of people just counted
_NUMBER_WORDS = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_GROUP_APPOSITION_RE = re.compile(
    rf"\b(?i:{_NUMBER_WORDS}|both|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:[A-Za-z]+s|men|women|children|people)(?:\s+on\s+\w+day)?"
    # ('two journalists jailed in Crimea - A and B'): where or since when they were held
    r"(?:\s+(?:captured|held|detained|freed|released|abducted|kidnapped|jailed)\s+"
    r"(?:in|by|from|at|since|near)\s+[^,;:()–—-]{1,40}?)?"
    r"\s*(?:,|:|[–—]|\s-)\s*(?:namely\s+)?$"
    # 'The three, A, B and C, were ...': the number alone stands for the people
    rf"|\b(?i:the)\s+(?i:{_NUMBER_WORDS})\s*(?:,|:|[–—]|\s-)\s*$"
    # 'a French couple, A and B': a word that stands for two people
    r"|\b(?i:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:couple|pair)\s*(?:,|:|[–—]|\s-)\s*$"
)
# a sentence's plural subject and its verb, then a list of names ('They were A, B and C')
_THEY_WERE_RE = re.compile(
    r"(?:^|[,;]\s+)(?:They|they|These|these|Those|those|The\s+(?:[\w-]+\s+){0,2}[\w-]+s)"
    r"\s+(?:were|are|included|include|"
    r"comprised|comprise|comprises)\s*:?\s*$"
)
# another name of a list right after a name ('A, 24, B', 'A and B')
_NEXT_IN_LIST_RE = re.compile(
    r"(?:,\s*\d{1,3})?(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)[A-Z][\w'’-]+\s+[A-Z]"
)


_NICKNAME_RE = re.compile(r"(?<=[a-z]) [\"“‘][A-Z][a-z]+[\"”’](?= [A-Z])")


_PLACES_LISTED_RE = re.compile(
    r"\b(?:camps|prisons|jails|facilities|centres|centers|sites|bases|towns|villages|cities)"
    r",?\s+(?:including|such as|among them|like)\s+(?:the\s+)?$"
)


_SITE_COMMA_RE = re.compile(
    r"\b(?:College|School|University|Academy|Institute|Seminary|Polytechnic|Hospital),\s+$"
)


def find_names(lex: Lexicon, text: str, known: dict[str, str]) -> list[NameHit]:
    """Person names in a sentence; ``known`` maps surnames seen before to full names."""
    out: list[NameHit] = []
    cues = person_cues(lex)
    if '"' in text or "“" in text or "‘" in text:
        # 'Alexander "Sasha" Trupanov': the nickname is blanked (offsets kept)
        text = _NICKNAME_RE.sub(lambda n: " " * len(n.group(0)), text)
    bare: list[NameHit] = []  # runs that may be names, with no cue of their own
    listed = "includ" in text or " such as " in text or " among them " in text or " like " in text
    for m in name_runs(text):
        got = _candidate(lex, cues, text, m)
        if got is None or (
            listed and _PLACES_LISTED_RE.search(text, max(0, m.start() - 60), m.start())
        ):
            continue  # ('detention camps, including Sde Teiman': a place's name)
        if _SITE_COMMA_RE.search(text, max(0, m.start() - 30), m.start()) or _LIVING_IN_RE.search(
            text, max(0, m.start() - 24), m.start()
        ):
            continue  # 'the Federal Science College, <Town>': the site's town ('residing in X')
        name, start, titled = got
        if " " not in name:
            name = known.get(name) or name  # 'Mr Tahbaz': Morad Tahbaz, named before
        elif known:  # 'San Miguel was freed' after 'Rocio San Miguel': the surname of two words
            name = next((f for f in known.values() if f.endswith(" " + name)), name)
        rule = "names:title-before" if titled else _cue_rule(lex, cues, text, start, m.end(), out)
        if rule:
            out.append(NameHit(name, start, m.end(), rule))
        else:
            bare.append(NameHit(name, start, m.end(), ""))
    if bare and out:
        out = listed_before(cues, text, bare, out)
        if ";" in text:
            out = semicolon_list(text, bare, out)
    if " and " in text:
        out = couples(lex, cues, text, out)
        if bare:
            out = listed_after_couple(text, bare, out)
    out.sort(key=lambda h: h.start)
    if known:
        taken = [(h.start, h.end) for h in out]
        out.extend(_named_before(lex, cues, text, known, taken))
    out.sort(key=lambda h: h.start)
    single = one_word_names(lex, cues, text, out, known)
    if single:  # 'Noga, 12, was handed over first'
        out = sorted(out + single, key=lambda h: h.start)
    if cues.kin_gate.search(text) and cues.kin.search(text):
        out = sorted(out + _kin_names(lex, cues, text, out, known), key=lambda h: h.start)
    return out


def _named_before(
    lex: Lexicon, cues: _Cues, text: str, known: dict[str, str], taken: list[tuple[int, int]]
) -> list[NameHit]:
    """People named before, told again by a surname or a first name ('Reed', 'Trevor')
    outside the runs ``taken`` as names already."""
    found: list[NameHit] = []
    for short, full in known.items():
        if not full or short not in text:
            continue  # most sentences name few of the people named before
        first = full.split()[0] == short  # 'Trevor was arrested in Moscow': Trevor Reed
        for m in _surname_re(short).finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            if first and not (
                (
                    (
                        _SUBJECT_AFTER_RE.match(text, m.end())
                        or cues.subject_verb.match(text, m.end())
                    )
                    and opens_clause(text, m.start())
                )
                or _FREED_OBJECT_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                or (  # 'Eitan's release'
                    text.startswith(("'s", "’s"), m.end())
                    and cues.possessed.match(text, m.end() + 2)
                )
            ):
                continue  # a first name alone is taken only as a clause's subject ('Eitan
                # came home'), or as the one whose release is told ('bring Eitan back')
            run = m.end() - len(full) if text.endswith(full, 0, m.end()) else m.start()
            if run == m.start() and _other_given_name(lex, text, m.start(), full, known):
                continue  # 'Their husbands, Oded Lifshitz and ...': another of the family
            if cues.bystander_before.search(text, max(0, run - 120), run) or (
                text.startswith(("'s", "’s"), m.end())
                and cues.possessor_of.match(text, m.end() + 2)
            ):  # 'freed the father of striker Luis Diaz', 'Bibas's wife': told of, not held
                continue
            rule = "first-name-of" if first else "surname-of"
            found.append(NameHit(full, m.start(), m.end(), f"names:{rule}:{full}"))
    return found


_WORD_BEFORE_RE = re.compile(r"(?-i:[A-Z])[\w'’-]*\s+$")


def _other_given_name(lex: Lexicon, text: str, at: int, full: str, known: dict[str, str]) -> bool:
    """Whether a capitalised word of no title stands right before the short name at
    ``at``, and is no word of ``full``: the given name of another person of that family."""
    m = _WORD_BEFORE_RE.search(text, max(0, at - 30), at)
    if m is None:
        return False
    word = m.group(0).strip()
    return (
        word not in full.split()
        and word not in lex.not_name_words
        # (a sentence's or a quote's first word is capitalised anyway, unless it is the
        # given name of another person told before: 'Farid Tabrizi, in his fifties,' after
        # 'Kaveh Tabrizi, the brother of Farid Tabrizi')
        and (
            not _SENTENCE_HEAD_RE.fullmatch(text, 0, m.start())
            or known.get(word, full) not in (full, "")
        )
    )


_SENTENCE_HEAD_RE = re.compile(r".*?(?:^|[:\"“‘(—–-])\s*", re.S)


def _kin_names(
    lex: Lexicon, cues: _Cues, text: str, out: list[NameHit], known: dict[str, str]
) -> list[NameHit]:
    """'X was taken with his younger brother Eitan', 'the Bibas boys Ariel and Kfir': a
    first name alone after a family word is a relative's, and takes the family name of
    the one named just before it in the sentence (or the family named before the word)."""
    found: list[NameHit] = []
    surnames = {full.split()[-1] for full in known.values() if full}
    for m in cues.kin.finditer(text):
        family = m.group("family")
        if family not in surnames and family not in {h.name.split()[-1] for h in out}:
            before = [h for h in out if h.end <= m.start() and m.start() - h.end <= 150]
            if not before or is_speaking(cues, text, before[-1]):
                continue  # whose family, the sentence does not say
            family = before[-1].name.split()[-1]
        for key in ("first", "second"):
            first = m.group(key)
            if first is None or not may_be_first_name(lex, first, cues):
                continue
            full = f"{first} {family}"
            if any(h.name == full or h.start <= m.start(key) < h.end for h in out + found):
                continue
            found.append(NameHit(full, m.start(key), m.end(key), f"names:kin-of:{family}"))
    return found


def may_be_first_name(lex: Lexicon, word: str, cues: _Cues | None = None) -> bool:
    """Whether ``word`` may be a person's first name (no place, people, role or party)."""
    cues = cues or person_cues(lex)
    return not (
        word in lex.not_name_words
        or word.lower() in lex.demonym
        or word.lower() in cues.role_set
        or word in lex.country_names
        or word in lex.place_names
        or lex.actor_re.fullmatch(word)
    )


_TAKEN_RIGHT_BEFORE_RE = re.compile(
    r"\b(?:arrested|detained|abducted|kidnapped|seized|captured|jailed)\s+(?:[A-Z][a-z]{1,4}\.?\s+)?$"
)
_FREED_ROLE_RE = re.compile(
    r"\b(?i:freed|released|rescued)\s+(?:hostage|captive|prisoner|detainee|abductee)\s+$"
    # 'One of those freed, X, said ...': one of the batch, who speaks of it
    r"|\b(?i:one) of (?:those|the) (?:[\w-]+\s+)?(?:freed|released|rescued|pardoned)"
    r"(?:\s+[a-z]+)?,\s*$"
)


_ADVERB_RE = re.compile(r"\s+(?:also|later|earlier|then|publicly)(?=\s)")


def is_speaking(cues: _Cues, text: str, h: NameHit) -> bool:
    """'X said', 'X's lawyer, Y': a speaker, or someone's lawyer or spokesman."""
    if cues.kin_of_opening.fullmatch(text, 0, h.start) or _FREED_ROLE_RE.search(
        text, max(0, h.start - 40), h.start
    ):
        return False  # 'The family of X urged ...', 'Freed hostage X thanked ...': told of X
    if _TAKEN_RIGHT_BEFORE_RE.search(text, max(0, h.start - 30), h.start):
        return False  # 'arrested Dr. X, the director of Y hospital': taken, not telling
    adverb = _ADVERB_RE.match(text, h.end)  # 'X also confirmed', 'X later told'
    return bool(
        cues.speaker_after.match(text, h.end if adverb is None else adverb.end())
        or cues.bystander_before.search(text, max(0, h.start - 120), h.start)
        or cues.official_after.match(text, h.end)
    )


_INITIAL_RE = re.compile(r"[A-Z]\.")
_INITIAL_END_RE = re.compile(r"[A-Z]\.$")


def _candidate(
    lex: Lexicon, cues: _Cues, text: str, m: re.Match[str]
) -> tuple[str, int, bool] | None:
    """The person's name a capitalised run may be: (name, start, whether a title or role
    stood at its front), or None for the names of actors, places and things."""
    name, start = " ".join(m.group(1).split()), m.start()
    while _INITIAL_RE.fullmatch(name.split()[0]) and text[start - 1 : start] == ".":
        first = name.split()[0]  # 'former U.S. Marine Trevor Reed': the rest of 'U.S.'
        name = name[len(first) :].lstrip()
        start = m.end() - len(name)
    name, start, titled = _without_titles(lex, cues, name, start, m.end())
    if (
        len(name.split()) > 2
        and name.split()[0] in lex.clause_openers
        and not text[:start].strip(" \t\"“‘'(")
    ):
        # 'When Daniel Whitcomb ... was arrested': the sentence's first word is capitalised
        # as any first word is, not as a name's
        name = name[len(name.split()[0]) :].lstrip()
        start = m.end() - len(name)
    if name.endswith(("'s", "’s")):
        # 'X's arrest' is X's; 'X's husband Y', 'X's lawyer' are not X in custody
        if not cues.possessed.match(text, m.end()):
            return None
        name = name[:-2]
    parts = name.split()
    if len(parts) == 2 and parts[0].rstrip(".") in lex.person_words["honorifics"]:
        if parts[1].rstrip(".") in lex.person_titles:
            return None  # 'Rev Fr, X': two titles, the name after them
        name, titled = parts[1], True  # 'Mr Tahbaz': the surname
        start = m.start() + m.group(1).rindex(parts[1])
    elif cues.role_after.match(text, m.end()):
        return None  # 'Nobel Peace Prize laureate X': what the role is of, not a name
    words = name.split()
    if len(words) > 1 and _POSSESSIVE_END_RE.sub("", words[0]) in lex.country_names:
        # 'Russia's Alexei Navalny': the person; 'Nigeria's Zamfara': a place
        name, words = " ".join(words[1:]), words[1:]
        start = m.end() - len(name)
    elif len(words) > 2 and _country_opens(lex, name):
        # 'Saudi Arabia's Najran airport': a country of two words, then its place
        name, words = " ".join(words[2:]), words[2:]
        start = m.end() - len(name)
    if any(w in lex.not_name_words or w.rstrip("'’s") in lex.not_name_words for w in words):
        return None
    if _NAME_OF_A_BODY_BEFORE_RE.search(text, max(0, start - 30), start):
        return None  # 'the Committee to Protect Journalists': the rest of a body's name
    if words[-1].lower() in cues.role_set or _INITIAL_END_RE.search(
        text[max(0, start - 2) : start]
    ):
        return None  # 'a former U.S. Marine': an abbreviation and a role, not a name
    if lex.actor_re.fullmatch(name) or lex.actor_re.fullmatch(words[-1]) or name in lex.place_names:
        return None  # (a party, or a run ending on one: 'Masked Hamas fighters'; a place)
    country = any(w.lower() in lex.demonym or w in lex.country_names for w in words)
    return None if country else (name, start, titled)


def _without_titles(
    lex: Lexicon, cues: _Cues, name: str, start: int, end: int
) -> tuple[str, int, bool]:
    """A capitalised run without the titles, roles and demonyms at its front ('Marine
    Trevor Reed', 'Istanbul Mayor Ekrem Imamoglu'): the name, where it starts, and whether
    a title or role stood there."""
    titled = False
    words = name.split()
    cut = max((i for i, w in enumerate(words[1:-2], 1) if w.lower() in cues.role_set), default=0)
    if cut:  # 'Istanbul Mayor Ekrem Imamoglu': the name after the role inside the run
        name, titled = " ".join(words[cut + 1 :]), True
        start = end - len(name)
    while (
        (
            name.split()[0].rstrip(".") in lex.person_titles
            or name.split()[0].lower() in cues.role_set
            or name.split()[0].lower()[:-1] in cues.role_set  # 'Hostages A and B were ...'
            # 'freed Norwegian Kjartan Sekkingstad', 'Israeli-American Keith Siegel'
            or all(p.lower() in lex.demonym for p in name.split()[0].split("-"))
        )
        and len(name.split()) > 2
        and not _country_opens(lex, name)
    ):
        first = name.split()[0]
        name = name[len(first) :].lstrip()
        start = end - len(name)
        titled = True  # 'Marine Trevor Reed', 'Malam Yusuf Danjuma', 'Sgt. ...'
    return name, start, titled


_POSSESSIVE_END_RE = re.compile(r"['’]s$")
_LIVING_IN_RE = re.compile(r"\b(?:residing|living|based|resident|who lives|who lived)\s+in\s+$")


def _country_opens(lex: Lexicon, name: str) -> bool:
    """Whether a country's name of two words opens the run ('Saudi Arabia's Najran',
    'South Sudan's ...'): its first word is then no demonym before a person's name."""
    words = name.split()
    return len(words) > 2 and _POSSESSIVE_END_RE.sub("", " ".join(words[:2])) in lex.country_names


# one person told by their people's name, then their own in apposition: 'an American, X,'
_ONE_OF_A_PEOPLE_RE = re.compile(r"\b(?:a|an|one|another)\s+([A-Z][a-z]+),\s$")
_HANDED_BEFORE_RE = re.compile(r"\bhand(?:ed|s|ing)?\s+$")
_OVER_TO_AFTER_RE = re.compile(r"(?:\s+and(?:\s+[A-Z][\w’'-]*){1,4})?\s+(?:over|back)\s+to\b")
_NAME_OF_A_BODY_BEFORE_RE = re.compile(r"\b[A-Z][a-z]+ to $")


def _cue_rule(
    lex: Lexicon, cues: _Cues, text: str, start: int, end: int, out: list[NameHit]
) -> str | None:
    """The cue that marks the run at ``start``-``end`` as a person's name, if any."""
    before = text[max(0, start - 80) : start]
    if cues.before.search(before) or (
        # a role opening the sentence: 'Hostages A and B were reunited with ...'
        start <= 80 and before[:1].isupper() and cues.before.search(before[:1].lower() + before[1:])
    ):
        return "names:role-or-list-before"
    if text[end - 2 : end] in ("'s", "’s") and cues.possessed.match(text, end):
        return "names:possessor-of-custody-word"  # 'X's release was confirmed'

    if start < 60 and cues.kin_of_opening.fullmatch(text, 0, start):
        return "names:whose-people-speak"
    if cues.after.match(text[end : end + 100]) and not _PLACE_BEFORE_RE.search(
        text, max(0, start - 9), start
    ):
        return "names:age-after"  # (not 'kidnapped at Umu Nneke was released': a place)
    dm = _ONE_OF_A_PEOPLE_RE.search(before) if before.endswith(", ") else None
    if dm and dm.group(1).lower() in lex.demonym and text.startswith(",", end):
        return "names:apposition-to-demonym"  # 'freed an American, X, on Thursday'
    if text.startswith((' "', " “"), end) and cues.subject_verb.match(
        " " + text[end + 2 : end + 100]
    ):
        return "names:subject-of-quoted-verb"  # 'said that X "was freed on Sunday"'
    if _HANDED_BEFORE_RE.search(before) and _OVER_TO_AFTER_RE.match(text, end):
        return "names:handed-over"  # 'handed X over to the embassy'
    if out and (
        LIST_GAP_RE.fullmatch(text[out[-1].end : start])
        or OF_PLACE_GAP_RE.fullmatch(text, out[-1].end, start)
        or _COMPANION_GAP_RE.fullmatch(text[out[-1].end : start])
        or _APPOSITIVELIST_GAP_RE.fullmatch(text[out[-1].end : start])
    ):
        return "names:list-after-name"
    if _GROUP_APPOSITION_RE.search(before) and lex.noun_re.search(before[-40:]):
        return "names:apposition-to-group"
    if _NEXT_IN_LIST_RE.match(text, end) and _THEY_WERE_RE.search(before):
        return "names:list-after-subject"  # 'They were A, B and C'
    if re.search(r"[a-z\d]:\s*$", before) and _NEXT_IN_LIST_RE.match(text, end):
        return "names:list-after-colon"  # 'The three freed were: A, B and C'
    if (
        before.endswith(", ")
        and cues.role_apposition.search(text, max(0, start - 130), start)
        and not cues.speaker_after.match(text, end)
    ):
        # 'the detained deputy of the X party, Y', 'the athlete, the winner of Z, Y'
        return "names:role-apposition"
    if (
        text.startswith(",", end)
        and not _PLACE_BEFORE_RE.search(text, max(0, start - 9), start)
        and cues.closed_after.match(text, end, end + 150)
        and not _relative_before(text, start)
    ):
        # (not the name inside a relative clause: 'Douma, a figure of the revolt that
        # toppled X, was detained', 'A, who was freed along with Y, has been detained')
        return "names:apposition-then-custody-verb"
    return None


# a run right after a preposition of place ('at X', 'in X'), or after 'the' ('the Union of
# the Oke Ogun People'), names a place or a body, never the subject of what follows
_PLACE_BEFORE_RE = re.compile(r"\b(?:at|in|near|from|into|outside|inside|the)\s+$")
_RELATIVE_BEFORE_RE = re.compile(r"\b(?:that|which|who|whom|whose)\b[^,;]*$")
# 'said on Monday that X, ...', 'confirmed that X': the 'that' of a report opens the
# clause X is the subject of, no relative clause
_REPORT_VERB = (
    r"\b(?:said|says|told|announced|stated|confirmed|reported|added|wrote|noted|claimed"
    r"|learned|learnt|knew|know|heard|believe[sd]?|understand|understood|revealed|disclosed"
    r"|tweeted|posted)\b(?:\s+(?:\w+\s+){0,4}?)?"
)
_REPORTED_THAT_RE = re.compile(rf"{_REPORT_VERB}\s*$")


def _relative_before(text: str, start: int) -> bool:
    """Whether the run at ``start`` stands inside a relative clause ('a figure of the revolt
    that toppled X'), not after the 'that' of a report ('said on Monday that X')."""
    m = _RELATIVE_BEFORE_RE.search(text, max(0, start - 80), start)
    if m is None:
        return False
    return not (
        text.startswith("that", m.start())
        and not text[m.start() + 4 : start].strip()
        and _REPORTED_THAT_RE.search(text, max(0, m.start() - 60), m.start())
    )


_TAKEN_OR_FREED = (
    r"(?:freed|released|rescued|abducted|kidnapped|seized|captured|arrested|detained|jailed"
    r"|imprisoned|pardoned)"
)


@lru_cache(maxsize=1024)
def _surname_re(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")


_SUBJECT_AFTER_RE = re.compile(r"\s+(?:was|were|had been|has been|is|remains|remained)\b")
_FREED_OBJECT_BEFORE_RE = re.compile(
    r"\b(?:(?:release|return|freedom|freeing)\s+of|bring|brings|bringing|brought|free|frees|freed"
    r"|released|releases|rescued|rescues|liberated)\s+$"
)
