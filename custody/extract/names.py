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
from custody.extract.regex import compile_fast

_PART = r"(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?|(?:Al|al|El|el|Abu|Abou|Bin|bin|Ibn|ibn|Ben|ben)-[A-Z][a-zà-ÿ'’]+|[A-Z]\.)"
_PARTICLE = r"(?:Abu|Abou|bin|Bin|ibn|Ibn|de|De|del|Del|da|van|von|al|Al|el|El)"
NAME_RE = re.compile(rf"(?<![\w-])({_PART}(?:\s+(?:{_PARTICLE}\s+)?{_PART}){{1,3}})(?![\w-])")

ROLE_WORDS = (
    "prisoner|detainee|captive|hostage|abductee|journalist|reporter|photojournalist|cameraman|"
    "photographer|blogger|activist|dissident|lawyer|doctor|medic|nurse|teacher|student|farmer|"
    "businessman|businesswoman|worker|aid worker|pilot|sergeant|soldier|officer|corporal|private|"
    "lieutenant|captain|colonel|commander|marine|Marine|star|dealer|veteran|citizen|national|"
    "leader|official|operative|member|man|woman|boy|girl|son|daughter|father|mother|brother|"
    "sister|husband|wife|tourist|mechanic|engineer|priest|pastor|nun|missionary|contractor|"
    "defender|serviceman|martyr|writer|poet|academic|professor|researcher|athlete|player|"
    "politician|lawmaker|MP|mayor|governor|Malam|Mr|Mrs|Ms|Dr|named|identified as"
)
_CUE_BEFORE_RE = re.compile(
    rf"(?:\b(?:{ROLE_WORDS})\b[\s,]*|\b(?:(?:in |an |the |a |[\w-]+-brokered |[\w-]+-mediated )?exchange for|in return for|traded for|swapped for|(?:a |the )?swap for|exchanged for|the release of|the return of|freed|released|arrested|detained|abducted|kidnapped|seized|captured|jailed|imprisoned|deported|pardoned|transferred)\s+|\b(?:among them|among whom|including|includes|included|such as|among those \w+(?: \w+)? (?:was|were|is|are))\s+(?:(?:the|a|an|{ROLE_WORDS}|[a-z-]+)\s+){{0,3}}|\b(?:identified|named)\s+(?:by\s+[^,.;]{{1,40}}?\s+|(?:the|them|those|these|all)\s+(?:[\w-]+\s+){{0,3}})as\s+)$"
)
_CUE_AFTER_RE = re.compile(
    rf"^(?:,\s+who\s+(?:was|is|has|had|were|remains)\b|\s+(?:was|has been|had been|is being|is)\s+(?:\w+\s+)?(?:detained|arrested|abducted|kidnapped|released|freed|held|jailed|sentenced|taken|seized|captured|pardoned|transferred|moved|deported|expelled|exchanged|swapped|handed|returned|repatriated|rescued|imprisoned)\b|,\s*(?:a|an)\s+(?:[\w-]+\s+)?(?:{ROLE_WORDS})\b|,\s*(?:a|an)\s+(?:[\w.-]+\s+){{2}}(?!(?:official|leader|politician|lawmaker|MP|mayor|governor|member|commander)\b)(?:{ROLE_WORDS})\b|,\s*\d{{1,3}}\s*[,–—-]|\s*\(\d{{1,3}}(?: years)?\)|,\s*(?:a|an)\s+\d{{1,3}}-year-old|,\s*\d{{1,3}}\s+and\b)"
)
# 'Romi Gonen, Emily Damari and Doron Steinbrecher': the names after a name of a list
# ('X, 24, Y' keeps an age between them)
_LIST_GAP_RE = re.compile(r"(?:,\s*\d{1,3})?(?:,\s*|,?\s+and\s+)")
# 'freed two Americans, Ryan Corbett and ...', 'the three detainees - A and B': names
# set beside the group of people just counted
_GROUP_APPOSITION_RE = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|the)\s+"
    r"(?:[\w-]+\s+){0,2}[A-Za-z]+s(?:\s+on\s+\w+day)?\s*(?:,|:|[–—]|\s-)\s*(?:namely\s+)?$"
)
# no look-behind in front, so the engine can skip to capitals; the start is checked per match
_COUPLE_RE = compile_fast(
    r"([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
)


_NICKNAME_RE = re.compile(r"(?<=[a-z]) [\"“‘][A-Z][a-z]+[\"”’](?= [A-Z])")
_ROLE_SET = {w.lower() for w in ROLE_WORDS.split("|") if " " not in w}


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int
    end: int
    rule: str


def find_names(lex: Lexicon, text: str, known: dict[str, str]) -> list[NameHit]:
    """Person names in a sentence; ``known`` maps surnames seen before to full names."""
    out: list[NameHit] = []
    if '"' in text or "“" in text or "‘" in text:
        # 'Alexander "Sasha" Trupanov': the nickname is blanked (offsets kept)
        text = _NICKNAME_RE.sub(lambda n: " " * len(n.group(0)), text)
    for m in NAME_RE.finditer(text):
        name = " ".join(m.group(1).split())
        start = m.start()
        titled = False
        while re.fullmatch(r"[A-Z]\.", name.split()[0]) and text[start - 1 : start] == ".":
            first = name.split()[0]  # 'former U.S. Marine Trevor Reed': the rest of 'U.S.'
            name = name[len(first) :].lstrip()
            start = m.end() - len(name)
        while (
            name.split()[0].rstrip(".") in lex.person_titles
            or name.split()[0].lower() in _ROLE_SET
            # 'freed Norwegian Kjartan Sekkingstad', 'Israeli-American Keith Siegel'
            or all(p.lower() in lex.demonym for p in name.split()[0].split("-"))
        ) and len(name.split()) > 2:
            first = name.split()[0]
            name = name[len(first) :].lstrip()
            start = m.end() - len(name)
            titled = True  # 'Marine Trevor Reed', 'Malam Yusuf Danjuma', 'Sgt. ...'
        words = name.split()
        if any(w in lex.not_name_words or w.rstrip("'’s") in lex.not_name_words for w in words):
            continue
        if words[-1].lower() in _ROLE_SET or re.search(
            r"[A-Z]\.$", text[max(0, start - 2) : start]
        ):
            continue  # 'a former U.S. Marine': an abbreviation and a role, not a name
        if lex.actor_re.fullmatch(name) or any(w.lower() in lex.demonym for w in words):
            continue
        if name in lex.place_names or any(w in lex.country_names for w in words):
            continue
        before = text[max(0, start - 60) : start]
        after = text[m.end() : m.end() + 25]
        if titled:
            out.append(NameHit(name, start, m.end(), "names:title-before"))
        elif _CUE_BEFORE_RE.search(before):
            out.append(NameHit(name, start, m.end(), "names:role-or-list-before"))
        elif _CUE_AFTER_RE.match(after):
            out.append(NameHit(name, start, m.end(), "names:age-after"))
        elif out and _LIST_GAP_RE.fullmatch(text[out[-1].end : start]):
            out.append(NameHit(name, start, m.end(), "names:list-after-name"))
        elif _GROUP_APPOSITION_RE.search(before) and lex.noun_re.search(before[-40:]):
            out.append(NameHit(name, start, m.end(), "names:apposition-to-group"))
    if " and " in text:
        out = _couples(lex, text, out)
    out.sort(key=lambda h: h.start)
    taken = [(h.start, h.end) for h in out]
    for surname, full in known.items():
        if surname not in text:
            continue  # most sentences name few of the people named before
        for m in _surname_re(surname).finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            out.append(NameHit(full, m.start(), m.end(), f"names:surname-of:{full}"))
    out.sort(key=lambda h: h.start)
    return out


def _couples(lex: Lexicon, text: str, out: list[NameHit]) -> list[NameHit]:
    """'released Peter and Barbie Reynolds': two people of one family name."""
    for m in _COUPLE_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        first, second, surname = m.group(1), m.group(2), m.group(3)
        if re.search(r"[A-Z][\w'’.-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # 'Luke Denman and Eyvin Hernandez': two full names, not a couple
        if {first, second, surname} & lex.not_name_words or any(
            lex.actor_re.fullmatch(w) or w.lower() in lex.demonym for w in (first, second, surname)
        ):
            continue
        cue = _CUE_BEFORE_RE.search(
            text[max(0, m.start() - 60) : m.start()]
        ) or _CUE_AFTER_RE.match(text[m.end() : m.end() + 25])
        if not cue:
            continue
        # 'released Peter and Barbie Reynolds': two people of one family name
        out = [h for h in out if not (m.start() <= h.start < m.end())]
        out.append(
            NameHit(f"{first} {surname}", m.start(), m.start(1) + len(first), "names:couple")
        )
        out.append(NameHit(f"{second} {surname}", m.start(2), m.end(), "names:couple"))
    return out


@lru_cache(maxsize=1024)
def _surname_re(surname: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(surname)}(?![\w-])")


SURNAME_SUBJECT_RE = re.compile(
    r"(?:^|[.;,]\s+|\b(?:and|but|that)\s+)([A-Z][\w'’-]+)\s+(?:was|were|had been|has been|is)\b"
)
"""'Ghawadra was arrested': a capitalised word as the subject of a verb, at the start of a
sentence or clause. ``surname_subjects`` finds what it captures, faster."""
_SUBJECT_VERB_RE = re.compile(r"([A-Z][\w'’-]+)\s+(?:was|were|had been|has been|is)\b")


def surname_subjects(text: str) -> list[str]:
    """The words ``SURNAME_SUBJECT_RE`` captures in ``text``, in order: each capitalised
    word before 'was', 'is', ... is found by a pattern the engine can skip to (it starts
    with a capital), then what stands before it is checked (the plain pattern tries its
    three openings at every character)."""
    return [m.group(1) for m in _SUBJECT_VERB_RE.finditer(text) if _opens_clause(text, m.start())]


def _opens_clause(text: str, start: int) -> bool:
    r"""Does ``(?:^|[.;,]\s+|\b(?:and|but|that)\s+)`` end at ``start``?"""
    if start == 0:
        return True
    j = start
    while j and text[j - 1].isspace():
        j -= 1
    if j == start:
        return False
    if text[j - 1] in ".;,":
        return True
    for word in ("and", "but", "that"):
        k = j - len(word)
        if k >= 0 and text.startswith(word, k) and not (k and _is_word_char(text[k - 1])):
            return True
    return False


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what '\w' matches


def surname_map(hits: list[NameHit]) -> dict[str, str]:
    out: dict[str, str] = {}
    for h in hits:
        parts = h.name.split()
        if len(parts) >= 2:
            out.setdefault(parts[-1], h.name)
    return out
