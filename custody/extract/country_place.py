"""A country told right after the custody word as where a happening took place
('detained in Cyprus', 'seized off the coast of Somalia') or, for a transfer, where the
people went ('moved 23 prisoners ... to Egypt'): the gazetteer of ``location`` holds towns
and regions, not states."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract.lexicon import Lexicon


@lru_cache(maxsize=4)
def _country_after_verb_re(lex: Lexicon) -> re.Pattern[str]:
    """'detained in Cyprus', 'abducted off eastern Malaysia', 'seized off the coast of
    Somalia'."""
    directions = "|".join(d for d in lex.places["direction"] if d.islower())  # 'South Sudan'
    return re.compile(
        # (the custody word may open on its auxiliaries: 'were released in central Mali')
        r"(?:(?:were|was|been|being|is|are|have|has|had)\s+){0,2}"
        r"\S+(?:\s+(?:over|back|home|out|on|later|then|first))?"
        # an unnamed agent between: 'released by jihadists in central Mali'
        r"(?:\s+by\s+(?:the\s+)?(?:suspected\s+)?[a-z][\w-]*)?"
        r"\s+(?P<prep>in|to|into|at|off)\s+"
        rf"(?:the\s+)?(?:(?:coast|{directions})\s+of\s+(?:the\s+)?)?(?:(?:{directions})\s+)?"
        r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
    )


_TO_COUNTRY_RE = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})")


def _country_name(lex: Lexicon, words: str) -> str:
    """The longest start of ``words`` that names a country ('Egypt on Saturday' -> 'Egypt')."""
    while words and words not in lex.country_names:
        words = words.rsplit(" ", 1)[0] if " " in words else ""
    return words


def _going_home(lex: Lexicon, name: str, text: str) -> bool:
    """'transferred to Ukraine 1,200 bodies of Ukrainian soldiers': sent home, no place."""
    country = lex.country_names[name]
    return any(d in text for d, c in lex.demonym_country.items() if c == country)


def transferred_to(lex: Lexicon, text: str, anchor: int, hi: int) -> tuple[str, int] | None:
    """A transfer's destination told after its people: the first country 'to' names."""
    m = _TO_COUNTRY_RE.search(text, anchor, hi)
    name = _country_name(lex, m.group(1)) if m and not _possessive(text, m, 1) else ""
    if not m or not name or _going_home(lex, name, text[anchor:hi]):
        return None
    return name, m.start() - anchor


def _possessive(text: str, m: re.Match[str], group: int | str) -> bool:
    """The country is the possessor of what follows ('El Salvador's prison'): no place."""
    return m.group(group).endswith(("'s", "’s")) or text.startswith(("'s", "’s"), m.end(group))


def country_after_verb(
    lex: Lexicon, text: str, anchor: int, hi: int, to_destination: bool
) -> tuple[str, int] | None:
    """A country right after the custody word: 'detained in Cyprus', 'transferred to
    Egypt' (the gazetteer holds towns and regions, not states), with how far from the
    custody word its preposition stands. 'Handed over to Ukraine' names who received the
    people, not where: only a transfer goes 'to'."""
    m = _country_after_verb_re(lex).match(text, anchor, hi)
    if not m or (m.group("prep") in ("to", "into") and not to_destination):
        return None
    if _possessive(text, m, "name"):
        return None  # 'deported to El Salvador's maximum-security prison': the prison's
    name = _country_name(lex, m.group("name"))
    if name and m.group("prep") in ("to", "into") and _going_home(lex, name, text[anchor:hi]):
        return None
    return (name, m.start("prep") - anchor) if name else None


@lru_cache(maxsize=4)
def _country_facility_re(lex: Lexicon) -> re.Pattern[str]:
    countries = sorted(lex.country_names, key=len, reverse=True)
    heads = sorted((h for h in lex.places["facility_heads"] if h.islower()), key=len, reverse=True)
    return re.compile(
        rf"\b(?:{'|'.join(re.escape(c) for c in countries)})['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}"
        rf"(?P<head>{'|'.join(re.escape(h) for h in heads)})\b"
        # (not 'Israel's prison service': the head is a noun's modifier there)
        r"(?!\s+(?:service|services|authority|authorities|system|officials?|administration"
        r"|guards?|staff|chief|director|population|conditions)\b)"
    )


def country_facility(lex: Lexicon, window: str, lo: int, anchor: int) -> tuple[str, str] | None:
    """A country's prison told by its description: 'deported to El Salvador's
    maximum-security prison' (the facility is the whole phrase, its place none)."""
    if "'s " not in window and "’s " not in window:
        return None
    found = [m for m in _country_facility_re(lex).finditer(window)]
    if not found:
        return None
    m = min(found, key=lambda x: abs(lo + x.start() - anchor))
    return m.group(0), f"places.json:facility_heads:{m.group('head')}-of-a-country"
