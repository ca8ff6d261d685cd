"""What a text tells right after counted people: their nationality ('two civilians with
Israeli citizenship', 'citizens of the United Arab Emirates', '1,000 bodies of Ukrainian
soldiers', 'servicemen of the Armenian armed forces') and categories (', all of them
women')."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon

CITIZENSHIP_RE = re.compile(
    r"\s+(?:holding|with|who holds?|who had|having)\s+(?:dual\s+)?([A-Z][\w-]+)\s+(?:citizenship|nationality|passports?)\b"
)
_CITIZENS_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*\s?){1,4})")
_NATIONALS_RE = re.compile(r"\b(?:citizens?|nationals?|subjects?)$")
_FORCES_OF_DEMONYM_RE = re.compile(
    r"\s+of\s+the\s+([A-Z][\w-]+)\s+(?:armed forces|Armed Forces|army|Army|military|navy|Navy|forces)\b"
)
_FORCES_OF_RE = re.compile(
    r"\s+of the (?:Armed Forces|armed forces|army|Army|military|National Guard|navy|Navy) of ([A-Z][\w ]+?)\b(?=[\s,.;]|$)"
)
_ALL_OF_THEM_RE = re.compile(r",?\s+(?:all|all of them|all of whom)\s+([^,;.]{3,60})")


_OF_DEMONYM_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:fallen|dead|slain|killed|late)\s+)?([A-Z][a-z]+)\s+(?:[a-z]+\s+)?"
)


def _of_their_people(lex: Lexicon, text: str, end: int) -> str | None:
    """'1,000 bodies of (fallen) Ukrainian soldiers': the demonym of the people after 'of'."""
    m = _OF_DEMONYM_RE.match(text, end)
    if m is None or m.group(1).lower() not in lex.demonym:
        return None
    noun = lex.noun_re.match(text, m.end()) or lex.noun_re.match(text, m.end(1) + 1)
    return lex.demonym[m.group(1).lower()] if noun else None


def told_after(
    lex: Lexicon, text: str, end: int, nats: list[str], cats: list[str]
) -> tuple[list[str], list[str]]:
    """Nationality and categories told right after the people: 'two civilians with
    Israeli citizenship', 'servicemen of the Armenian armed forces', ', all of them women'."""
    citizenship = CITIZENSHIP_RE.match(text, end)
    if citizenship and citizenship.group(1).lower() in lex.demonym:
        nats = uniq([*nats, lex.demonym[citizenship.group(1).lower()]])
    of_country = _CITIZENS_OF_RE.match(text, end) if not nats else None
    if of_country and _NATIONALS_RE.search(text, max(0, end - 12), end):
        words = of_country.group(1).split()  # 'two citizens of the United Arab Emirates'
        for n in range(len(words), 0, -1):
            country = lex.country_names.get(" ".join(words[:n]))
            if country:
                nats = [d for d, c in lex.demonym_country.items() if c == country][:1]
                break
    of_people = _of_their_people(lex, text, end) if not nats else None
    if of_people:
        nats = [of_people]
    forces_adj = _FORCES_OF_DEMONYM_RE.match(text, end)
    if forces_adj and forces_adj.group(1).lower() in lex.demonym and not nats:
        # 'two servicemen of the Armenian armed forces'
        nats = [lex.demonym[forces_adj.group(1).lower()]]
        cats = uniq([*cats, "soldiers"])
    forces = _FORCES_OF_RE.match(text, end)
    if forces and forces.group(1) in lex.country_names:
        country = lex.country_names[forces.group(1)]
        nats = uniq(
            [*nats, *(d for d, c in lex.demonym_country.items() if c == country)][:1]
            if not nats
            else nats
        )
        cats = uniq([*cats, "soldiers"])
    apposition = _ALL_OF_THEM_RE.match(text, end)
    if apposition:
        for noun_m in lex.noun_re.finditer(apposition.group(1)):
            cats.extend(lex.noun_categories.get(noun_m.group(0).lower(), ()))
        for w in re.findall(r"[\w-]+", apposition.group(1)):
            cats.extend(lex.modifiers.get(w.lower(), ()))
        cats = uniq(cats)
    return nats, cats


def uniq(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
