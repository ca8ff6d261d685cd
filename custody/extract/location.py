"""Where a happening took place: the place (town, region, crossing) or facility
(prison, camp) of the clause that tells it, from the gazetteer and facility nouns of
``lexicons/places.json``, or a capitalised name right after the custody word."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract.country_place import country_after_verb, country_facility, transferred_to
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.phrases import Counted
from custody.extract.place_context import TOLD_AFTER_RE, not_the_happenings_place
from custody.extract.regex import alternation, compile_fast, contains_any, fewest_words, may_hold

_TAKEN = r"captured|abducted|kidnapped|arrested|seized|detained|taken (?:prisoner|captive|hostage)"
"""The verbs that take people into custody."""
_HELD_BEFORE_RE = compile_fast(
    rf"\b(?:held|kept|imprisoned|jailed|captivity|{_TAKEN})\b(?:\s+[\w'’-]+){{0,5}}\s*$",
    re.I,
)
_TAKEN_BEFORE_RE = re.compile(
    rf"\b(?:{_TAKEN})"
    r"(?:\s+(?:him|her|them|it|last|earlier|on|\w+ly))*"
    # ('kidnapped from a bus in X', 'seized at their school in X': where, then its town)
    r"(?:\s+(?:from|at|on|off|near|outside)\s+(?:a|an|the|their|his|her|its)\s+[\w-]+)?"
    r"(?:\s+(?:in|from|near|at|outside|off)(?:\s+the)?)?\s*$|\b(?:back|home)\s*$"
)
"""Where people were taken, right before a place: for a release it is not where they
were freed ('freed two soldiers abducted in Arauca'), nor is where they are 'back' or
'home' ('was freed and is back in France'); 'kidnapped hostages in Borno'
(the verb's own place) and 'held for two days in Guaviare' (where they were) may be."""


# 'across several areas of the West Bank', 'in parts of': the territory, not a town
_PARTS_OF = r"(?:(?:several|various|different|multiple|many)\s+)?(?:parts|areas|towns)\s+of\s+"
_CAPITAL_RUN = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}"


def _capital_in(lex: Lexicon, run: str) -> str | None:
    """The capital town a capitalised run starts with ('Bangkok', 'Abu Dhabi', 'Mexico
    City'), or None."""
    while run and run not in lex.capital_towns:
        run = run.rsplit(" ", 1)[0] if " " in run else ""
    return run or None


@lru_cache(maxsize=4)
def _location_patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    heads = alternation(lex.places["facility_heads"])  # (a trie: the longest first)
    word = r"['‘\"“]?(?:al-|el-)?[A-Z][\w'’-]*['’\"”]?\s+(?:\d{1,3}\s+)?"  # "'Ofer'", 'Yare 3', 'al-Hol'
    facility = re.compile(
        rf"(?<![\w'‘’\"“])((?:{word}){{1,3}}(?:and\s+{word})?)({heads})\b"
        r"(?!\s+(?:service|authority|administration|officials?|guards?|spokes\w+))"
    )
    places = alternation(lex.places["places"])
    directions = "|".join(lex.places["direction"])
    sites = "|".join(lex.places.get("site_nouns", ())) or "(?!)"

    def place(preps: str) -> re.Pattern[str]:
        return re.compile(
            rf"\b(?:{preps}|(?<![\w,] )(?:In|At|Near|Outside))\s+(?:both\s+|all\s+|{_PARTS_OF})?(?:the\s+)?"
            # 'in the east of Gezira state'
            r"(?:(?:north|south|east|west|centre|center)\s+of\s+(?:the\s+)?)?"
            r"(?:(?:[A-Z]\w+\s+)?capital,?\s+)?"  # 'in the capital Sanaa', 'the Yemeni capital, Sanaa'
            # 'in the northern town of', 'in the flashpoint region of Darfur'
            r"(?:(?:[a-z]+\s+){0,2}(?:town|city|village|municipality|province|region|district|state|governorate|airport|port|outskirts) of\s+(?:the\s+)?"
            # 'in a remote area of Choco', 'in a rural zone of the province of Cauca'
            r"|an?\s+(?:[a-z]+\s+){0,2}(?:area|zone|part|corner|region|town|village) of\s+(?:the\s+)?"
            r"(?:(?:province|region|department|state|district) of\s+)?)?"
            rf"(?:(?:(?:{directions})\s+)?[A-Z][a-z]+['’]s\s+)?"  # "in north Nigeria's Kaduna"
            # 'from Government Science Secondary School, Kankara': a place after a named site
            rf"(?:(?:[A-Z][\w'’-]*\s+){{0,4}}(?:{sites}),\s+)?"
            # a listed place, or a capitalised run that may start with a capital town
            rf"((?:(?:{directions})\s+)?(?:{places})|(?P<cap>{_CAPITAL_RUN}))(?![\w-])"
        )

    base = "in|at|near|outside|from|through|throughout|across|off|on"
    return facility, place(base), place(base + "|to|into")


_UNLISTED_PLACE_RE = re.compile(
    # up to eight words after the custody word, not into another act ('and conducted raids')
    r"[\w'’-]*\s+(?:(?!(?:and|but|then)\s+\w+ed\b)[\w'’-]+\s+){0,8}?"
    r"(?:in|near|from|outside|off)\s+(?:(?:the|an?)\s+(?:\w+\s+)?(?:town|village|city|district|region|province|area|zone|state|governorate|coast)\s+of\s+)?"
    r"((?:[A-Z][a-z][\w'’-]*)(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?=\s*(?:[,.;]|$|\s+(?:on|in|after|before|at|near|and|last|this|early|late)\b))"
)


@lru_cache(maxsize=4)
def _headed_place_re(lex: Lexicon) -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(lex.places["place_heads"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:in|at|near|outside|from|to|into|along)\s+(?:the\s+)?"
        rf"((?:[A-Z][\w'’-]+\s+){{1,3}})({heads})\b"
    )


def _may_be_place(lex: Lexicon, name: str, head: str) -> bool:
    """Not an actor ('Islamic State'), a nationality, a month or an institution; a
    border may be named by a nationality ('the Jordanian border')."""
    words = name.split()
    return not (
        lex.actor_re.fullmatch(name)
        or lex.actor_re.fullmatch(f"{name} {head}")
        or (head != "border" and any(w.lower() in lex.demonym or w in lex.actor_adj for w in words))
        or any(w in _not_place_words(lex) for w in words)
    )


_PREP_END_RE = re.compile(r"\b(?:in|near|from|outside|off)\s+(?:the\s+(?:\w+\s+){1,2}of\s+)?$")


def _unlisted_place(
    lex: Lexicon, text: str, anchor: int, hi: int, release: bool = False
) -> str | None:
    """A town the gazetteer lacks, named right after the custody word: 'abducted 25
    people in Kuriga on Thursday'. Not an actor, a nationality, a month or a person."""
    m = _UNLISTED_PLACE_RE.match(text, anchor, hi)
    if not m:
        return None
    prep = _PREP_END_RE.search(text, anchor, m.start(1))
    if prep and not_the_happenings_place(text, prep.start(), anchor, True, not release):
        return None
    name = m.group(1)
    words = name.split()
    if release and prep and _TAKEN_BEFORE_RE.search(text, max(0, prep.start() - 45), prep.start()):
        return None  # for a release, not where they were taken ('freed two soldiers abducted in Arauca')
    if name in lex.country_names and prep and not prep.group(0).startswith("from"):
        # 'kidnapped 5 sailors off the coast of Somalia'; for a release, not where they
        # were held ('the release of five prisoners held in Iran')
        held = release and _HELD_BEFORE_RE.search(text, max(0, prep.start() - 45), prep.start())
        return None if held else name
    if (
        lex.actor_re.fullmatch(name)
        or any(w.lower() in lex.demonym or w in lex.actor_adj for w in words)
        or any(w in _not_place_words(lex) for w in words)
        or any(w in key for key in lex.places.get("facility_holders", {}) for w in words)
    ):
        return None
    return name


@lru_cache(maxsize=4)
def _not_place_words(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that make a name no place (places.json not_place_words)."""
    return frozenset(lex.places.get("not_place_words", ()))


_QUOTES_RE = re.compile(r"(?<!\w)['‘\"“]|['’\"”](?!\w)")


@lru_cache(maxsize=4)
def _facility_head_words(lex: Lexicon) -> tuple[str, ...]:
    """The facility heads (as written: the pattern is case-sensitive) that every match
    of the facility pattern holds one of."""
    return fewest_words(lex.places["facility_heads"])


def _facility_in(
    lex: Lexicon, window: str, lo: int, anchor: int, to_destination: bool
) -> tuple[str | None, str]:
    """The named prison or camp of the clause nearest the custody word (for a transfer,
    the one it goes to), with its rule."""
    facility_re = _location_patterns(lex)[0]
    best_f = None
    heads = _facility_head_words(lex)
    for m in facility_re.finditer(window) if contains_any(window, heads) else ():
        words = _QUOTES_RE.sub("", m.group(1)).split()  # "to 'Ofer' and 'Ktziot' prisons"
        while len(words) > 1 and (words[0] in lex.demonym_country or words[0] in lex.actor_adj):
            words = words[1:]  # 'the Israeli Ofer prison': whose, then which
        name, first = " ".join(words), words[0]
        if (
            first in lex.demonym_country
            or first in lex.actor_adj  # 'Zionist prisons': whose, not which
            or first in ("The", "A", "An", "Its", "Their", "Israel", "Gaza")
            or re.search(r"['’]s?$", name)
            or lex.actor_re.fullmatch(name)  # 'an ISIS camp': whose, not which
            or first.split("-")[0] in lex.demonym_country  # 'a Mozambican-Rwandan base'
        ):
            continue
        name = re.sub(r"^.*['’]s\s+", "", name)  # "the Prison Service's Ketziot prison"
        if not name:
            continue
        to_here = re.search(
            r"\bto\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$",
            window[max(0, m.start() - 30) : m.start()],
        )
        d = abs(lo + m.start() - anchor) - (80 if to_destination and to_here else 0)
        if best_f is None or d < best_f[0]:
            best_f = (d, f"{name} {m.group(2)}", m.group(2))
    if best_f:
        return best_f[1], f"places.json:facility_heads:{best_f[2]}"
    return _facility_of(lex, window, lo, anchor)


@lru_cache(maxsize=4)
def _facility_of_re(lex: Lexicon) -> re.Pattern[str]:
    heads = alternation(h for h in lex.places["facility_heads"] if h.islower())
    return re.compile(
        rf"\b(?P<head>{heads})\s+of\s+"
        rf"(?P<name>{_CAPITALISED_RUN_RE.pattern})"
    )


def _facility_of(lex: Lexicon, window: str, lo: int, anchor: int) -> tuple[str | None, str]:
    """A facility named after its noun, nearest the custody word: 'from the eastern
    Syrian camp of Al Hol'. Not a party's ('the camps of Hamas')."""
    best: tuple[int, str, str] | None = None
    for m in _facility_of_re(lex).finditer(window):
        name = m.group("name")
        if lex.actor_re.fullmatch(name) or not _may_be_place(lex, name, ""):
            continue
        d = abs(lo + m.start() - anchor)
        if best is None or d < best[0]:
            best = (d, name, m.group("head"))
    if best:
        return best[1], f"places.json:facility_heads:{best[2]}-of"
    return country_facility(lex, window, lo, anchor) or (None, "")


# a later custody of the people arrested: 'arrested on May 6 and has since been held in'
_HELD_LATER_RE = compile_gated(
    r"\b(?:and|then|since|later)\b[^.;]{0,30}?\b(?:held|kept|jailed|imprisoned|transferred)\b"
)


_TAKEN_AFTER_PEOPLE_RE = compile_fast(
    r"\s*(?:kidnapped|abducted|seized|captured|detained|taken hostage|taken captive)\b", re.I
)


def place_start(text: str, type_: str, c: Counted | None, lo: int, anchor: int) -> int:
    """Where a release's place (and day) may start in its clause ``lo``: after its verb when
    the people ``c`` before it are told by how they were taken ('137 pupils abducted from
    Kuriga have been freed': Kuriga is the abduction's place)."""
    if (
        type_ == "release"
        and c is not None
        and lo <= c.end < anchor
        and _TAKEN_AFTER_PEOPLE_RE.match(text, c.end)
    ):
        return anchor
    return lo


def location_for(
    lex: Lexicon,
    text: str,
    lo: int,
    hi: int,
    anchor: int,
    to_destination: bool = False,
    release_place: bool = False,
    release_or_arrest: bool = False,
) -> tuple[str | None, str | None, str]:
    """The place and facility of the happening told by the custody word at ``anchor`` in
    the clause ``lo:hi``, with the rules that found them."""
    later = _HELD_LATER_RE.search(text, anchor, hi)
    if later and release_or_arrest and not release_place:
        hi = later.start()  # 'arrested on May 6 and has since been held in Ganot Prison'
    facility, rule = _facility_in(lex, text[lo:hi], lo, anchor, to_destination)
    place = None
    best = _listed_place(
        lex, text, lo, hi, anchor, to_destination, release_place, release_or_arrest
    )
    country = country_after_verb(lex, text, anchor, hi, to_destination) if not facility else None
    if to_destination and country is None and not facility:
        country = transferred_to(lex, text, anchor, hi)  # 'moved 23 prisoners ... to Egypt'
    if best and not (country and best[2] > country[1]):
        place = best[0]
        rule = (rule + "; " if rule else "") + best[1]
    elif country:  # nearer than any listed place: 'arrested in Iran ..., landed in Stockholm'
        place, rule = country[0], "place:country-right-after-the-custody-word"
    elif facility is None and release_or_arrest:
        # (from the clause's start when it begins after the custody word: the people given
        # 'in exchange for' others were not freed where those were)
        place = _unlisted_place(lex, text, max(anchor, lo), hi, release_place)
        if place:
            rule = "place:capitalised-name-after-preposition"
    if place is None and facility is None:
        # 'who have arrived in Guatemala', 'kidnapped from a resort on the island of Samal'
        found = (release_place or to_destination) and phrase_place(
            lex, text, lo, hi, anchor, to_destination
        )
        found = found or (
            release_or_arrest and _named_as_place(lex, text, lo, hi, anchor, release_place)
        )
        found = found or (
            release_or_arrest and not release_place and _attacked(lex, text, anchor, hi)
        )
        if found:
            place, rule = found
    if facility and place and place in facility:
        place = None
    return place, facility, rule


_NAMED_BEFORE_RE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}),?\s+$"
)
_TOWN_OF_REGION_RE = re.compile(  # or 'southern Gaza's Khan Younis area'
    r"(?:\s+(?:city|town|village|refugee camp|camp)\s+of\s+|['’]s\s+(?=[^,;.]{3,40}?\s(?:area|city|town|"
    r"district|camp|refugee camp|neighbou?rhood)\b))"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+){0,2})"
)


def _named_before_region(lex: Lexicon, text: str, at: int) -> str | None:
    """The town named right before the listed place it lies in ('from Um Sumeima in North
    Kordofan'), when it may be a place and is no known prison."""
    m = _NAMED_BEFORE_RE.search(text, max(0, at - 40), at)
    name = m.group("name") if m else None
    if not name or not _may_be_place(lex, name, "") or name in lex.country_names:
        return None
    if name.split()[-1] in lex.places.get("site_nouns", ()):
        return None  # 'at Saraya Square in Gaza City': a site, not a town
    if any(w in key for key in lex.places.get("facility_holders", {}) for w in name.split()):
        return None
    return name


_CALLED_ON_RE = re.compile(r"\b(?:call(?:s|ed|ing)?|pressure|press(?:ed|es|ing)?)\s+on$", re.I)


def _listed_place(
    lex: Lexicon,
    text: str,
    lo: int,
    hi: int,
    anchor: int,
    to_destination: bool,
    release_place: bool,
    release_or_arrest: bool,
) -> tuple[str, str, int] | None:
    """The listed place ('in Gaza') or place with a place noun ('in Patikul town') of the
    clause nearest the custody word, unless named for something else: (place, rule,
    how far from the custody word)."""
    window = text[lo:hi]
    _, place_re, place_to_re = _location_patterns(lex)
    pattern = place_to_re if to_destination else place_re
    relative, arrest = release_place or release_or_arrest, not release_place
    best = None
    for m in pattern.finditer(window):
        name = m.group(1)
        if m.group("cap") is not None:  # a capital town, not a listed place
            capital = _capital_in(lex, m.group("cap"))
            if capital is None:
                continue
            name = name[: m.start("cap") - m.start(1)] + capital
        if TOLD_AFTER_RE.match(window, m.end()):
            continue  # 'health officials in Gaza said', 'officials in Kyiv have confirmed'
        if release_place and _HELD_BEFORE_RE.search(window[max(0, m.start() - 45) : m.start()]):
            continue  # 'who had been held for months in Arauca': where they were held, not freed
        if _CALLED_ON_RE.search(window, max(0, m.start() - 20), m.start() + 2):
            continue  # 'called on Baku to free them': whom she asked, not where
        if not_the_happenings_place(text, lo + m.start(), anchor, relative, arrest):
            continue
        d = abs(lo + m.start() - anchor)
        if best is None or d < best[0]:
            best = (d, name, "places.json:places")
            town = _named_before_region(lex, text, lo + m.start())
            if town:  # 'outside Gwoza in Borno State': the town, not its state
                best = (d, town, "place:named-before-its-region")
            within = _TOWN_OF_REGION_RE.match(window, m.end())
            if within and _may_be_place(lex, within.group("name"), ""):
                # 'the West Bank city of Ramallah': the town, not its region
                best = (d, within.group("name"), "place:town-of-its-region")
    for m in _headed_place_re(lex).finditer(window):
        # 'in Patikul town', 'from Gidan Dan Tudu village': a name the gazetteer lacks
        name = m.group(1).strip()
        d = abs(lo + m.start() - anchor)
        if release_place and _TAKEN_BEFORE_RE.search(window[max(0, m.start() - 45) : m.start()]):
            continue  # 'a police officer it had kidnapped in Arauca province'
        if (best is None or d < best[0]) and _may_be_place(lex, name, m.group(2)):
            if not not_the_happenings_place(text, lo + m.start(), anchor, relative, arrest):
                best = (d, f"{name} {m.group(2)}", f"places.json:place_heads:{m.group(2)}")
    return (best[1], best[2], best[0]) if best else None


# ---------------------------------------------------------------- place phrases

_CAPITALISED_RUN_RE = re.compile(  # 'Guatemala', 'Mocímboa da Praia', not a full stop
    r"[A-Z](?:[\w'’-]|\.(?=\w))*(?:\s+(?:(?:al|el|da|de|del|do|ez|es)[-\s])?[A-Z](?:[\w'’-]|\.(?=\w))*){0,3}"
)
# 'in Ramallah and Khan Younis', 'in Ramallah in the occupied West Bank and Khan Younis':
# the place named, where it lies, then another place
_ANOTHER_PLACE_AFTER_RE = re.compile(
    r"(?:\s*,?\s+(?:in\s+)?(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)*"
    r"\s*,?\s+(?:and|or)\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z]"
)


@lru_cache(maxsize=4)
def _phrase_patterns(lex: Lexicon) -> tuple[re.Pattern[str], ...]:
    """(a place word with its preposition, a listed place, 'the town of X', 'on Turkish soil',
    a place noun after a name, a place before 'where they were handed over')."""

    def words(key: str) -> str:
        found = sorted(lex.places.get(key, ()), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in found) or "(?!)"

    verb = re.compile(  # the verb and the words of its phrase, up to a clause word
        rf"\b(?i:{words('place_verbs')})\b"
        # ('and' may join the receivers: 'to the Red Cross and the Church in Arauca')
        r"(?:\s+(?!(?:and(?!\s+the\s)|but|who|which|while|after|before|when|where|as)\b)[\w'’-]+){0,12}"
    )
    where = re.compile(  # 'in Gaza City's main square, where they were handed over'
        r"\b(?P<prep>in|at)\s+(?:the\s+)?(?=[A-Z][^,;.]{0,60},\s+where\s+(?:they|he|she)\s+"
        rf"(?:were|was|had\s+been)\s+(?:\w+\s+)?(?i:{words('place_verbs')})\b)"
    )
    directions = "|".join(lex.places["direction"])
    listed = re.compile(rf"(?:(?:{directions})\s+)?(?:{words('places')})(?![\w-])")
    named = re.compile(
        rf"(?:{words('named_as_place')})\s+of\s+(?P<name>{_CAPITALISED_RUN_RE.pattern})"
    )
    land = re.compile(rf"(?P<adj>[A-Z][\w-]+)\s+(?:{words('land_words')})\b")
    head = re.compile(rf"\s+(?:{words('place_heads')})\b")
    return verb, listed, named, land, head, where


@lru_cache(maxsize=4)
def _place_verb_words(lex: Lexicon) -> tuple[str, ...]:
    """A word every match of a place verb holds (the longest of each verb's words, in
    lower case): when none is in a clause, the verb pattern is not searched there."""
    return fewest_words(max(v.lower().split(), key=len) for v in lex.places.get("place_verbs", ()))


def phrase_place(
    lex: Lexicon, text: str, lo: int, hi: int, anchor: int, destination: bool = False
) -> tuple[str, str] | None:
    """The place a phrase of arrival, handover or exchange names, nearest ``anchor``:
    'arrived in Ramallah', 'were handed over to the Red Cross in Khan Younis', 'the swap
    took place in Turkey', 'done on Turkish soil'. The place must be listed, a country,
    called a town ('the island of Samal') or followed by a place noun ('Patikul town');
    two places joined ('arrived in Ramallah and Khan Younis') are parts, not the place.
    Only a transfer (``destination``) takes the place it goes 'to': freed people 'flown to
    Moscow' were freed elsewhere."""
    patterns = _phrase_patterns(lex)
    best: tuple[int, str, str] | None = None
    named: set[str] = set()
    for m in _place_preps(patterns, _place_verb_words(lex), text, lo, hi):
        if m.group("prep") in ("to", "into") and not destination:
            continue
        if not_the_happenings_place(text, m.start("prep"), anchor, False):
            continue  # 'handed back by militants in Gaza': the party, not the place
        found = _place_named_at(lex, text, m.end(), m.group("prep"))
        if found:
            named.add(found[0])
        if found and not _ANOTHER_PLACE_AFTER_RE.match(text, found[2]):
            d = abs(m.start() - anchor)
            if best is None or d < best[0]:
                best = (d, found[0], found[1])
    if len(named) > 1:
        return None  # '150 arrived in Gaza while 32 got off a bus in Ramallah': parts
    return (best[1], best[2]) if best else None


_PREP_RE = re.compile(
    r"\s(?P<prep>in|at|into|to|via|through|on)\s+(?:the\s+(?:\w+ern\s+(?=(?:region|province) of\s))?"
    # 'handed over in a rural area of Arauca province': where in the place
    r"|an?\s+(?:[a-z]+\s+){0,2}(?:area|zone|part|corner) of\s+(?:the\s+)?)?"
)


def _place_preps(
    patterns: tuple[re.Pattern[str], ...],
    verb_words: tuple[str, ...],
    text: str,
    lo: int,
    hi: int,
) -> list[re.Match[str]]:
    """The prepositions of each place phrase ('handed over to the Red Cross in Khan
    Younis': 'to', then 'in'), and those of 'in X, where they were handed over'."""
    out: list[re.Match[str]] = []
    window = text[lo:hi]
    low = window.lower()
    if may_hold(window, verb_words, low):  # (most clauses have no verb of arrival)
        for verb in patterns[0].finditer(text, lo, hi):
            out.extend(_PREP_RE.finditer(text, verb.start(), min(hi, verb.end() + 1)))
    if "where" in window:
        out.extend(patterns[-1].finditer(text, lo, hi))
    return out


def _place_named_at(lex: Lexicon, text: str, at: int, prep: str) -> tuple[str, str, int] | None:
    """(place, rule, where it ends) of the place named at ``at``, or None."""
    _, listed, named, land, head, _ = _phrase_patterns(lex)
    if prep in ("via", "through", "on"):  # 'via the Kerem Shalom crossing', 'on Turkish soil'
        m = listed.match(text, at)
        if m and prep != "on":
            return m.group(0), "place-phrase:places.json:places", m.end()
        soil = land.match(text, at)
        country = lex.actor_adj.get(soil.group("adj")) if soil else None
        if soil and country in lex.country_names:
            return country, f"place-phrase:land:{soil.group('adj')}", soil.end()
        return None
    owner = _COUNTRY_OWNS_RE.match(text, at)  # "in Colombia's Cauca province": Cauca
    if owner and owner.group(1) in lex.country_names:
        at = owner.end()
    m = listed.match(text, at)
    within = _TOWN_OF_REGION_RE.match(text, m.end()) if m else None
    if m and within and _may_be_place(lex, within.group("name"), ""):
        return within.group("name"), "place-phrase:town-of-its-region", within.end()
    if m:
        return m.group(0), "place-phrase:places.json:places", m.end()
    capital = (
        _capital_in(lex, run.group(0)) if (run := _CAPITALISED_RUN_RE.match(text, at)) else None
    )
    if capital:
        return capital, "place-phrase:places.json:places", at + len(capital)
    m = named.match(text, at)
    if m and _may_be_place(lex, m.group("name"), ""):
        return m.group("name"), "place-phrase:named-as-a-place", m.end()
    run = _CAPITALISED_RUN_RE.match(text, at)
    if not run:
        return None
    name = run.group(0)
    while name and name not in lex.country_names:
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    if name and prep not in ("to", "into"):  # 'returned to Israel': home, not the handover
        return name, "place-phrase:countries.tsv", at + len(name)
    noun = head.match(text, run.end())
    if noun and _may_be_place(lex, run.group(0), ""):
        return text[at : noun.end()], "place-phrase:places.json:place_heads", noun.end()
    return None


_COUNTRY_OWNS_RE = re.compile(r"([A-Z][\w-]*(?:\s[A-Z][\w-]*)?)['’]s\s+(?=[A-Z])")


def place_named_at(lex: Lexicon, text: str, at: int) -> tuple[str, str, int] | None:
    """(place, rule, where it ends) of a place named at ``at`` after 'in' or 'at': a
    listed place, 'the town of X', a country, 'X town'."""
    return _place_named_at(lex, text, at, "in")


def _named_as_place(
    lex: Lexicon, text: str, lo: int, hi: int, anchor: int, release: bool
) -> tuple[str, str] | None:
    """A name the text calls a town, island or region, after the custody word and
    nearest it: 'kidnapped from a resort on the island of Samal' (before it, it is
    more often where the people live: 'a father from the town of Dura was arrested');
    for a release, not where the people were taken ('freed X, who was kidnapped from
    the island of Samal')."""
    named = _phrase_patterns(lex)[2]
    best: tuple[int, str] | None = None
    for m in _NAMED_PREP_RE.finditer(text, max(lo, anchor), hi):
        if release and _HELD_BEFORE_RE.search(text, max(0, m.start() - 45), m.start()):
            continue
        n = named.match(text, m.end())
        if not n or n.end() > hi or not _may_be_place(lex, n.group("name"), ""):
            continue
        if not_the_happenings_place(text, m.start(), anchor, True, True):
            continue
        d = abs(m.start() - anchor)
        if best is None or d < best[0]:
            best = (d, n.group("name"))
    return (best[1], "place:named-as-a-place") if best else None


_NAMED_PREP_RE = re.compile(r"\b(?:in|on|at|near|outside|from)\s+the\s+")
_ATTACK_ON_RE = re.compile(
    r"\b(?:attacks?|raids?|assaults?|incursions?|infiltration|rampage)\s+(?:on|into|in|against)"
    r"\s+(?:the\s+)?"
)
_DURING_RE = re.compile(r"\b(?:in|during|amid|amidst)\s+(?:[\w'’,-]+\s+){0,6}$")


def _attacked(lex: Lexicon, text: str, anchor: int, hi: int) -> tuple[str, str] | None:
    """People taken in an attack are taken where it struck: 'captured in Hamas's October
    7 attack on Israel', 'kidnapped amid the raids into southern Israel'."""
    m = _ATTACK_ON_RE.search(text, anchor, hi)
    if not m or m.start() - anchor > 80 or not _DURING_RE.search(text, anchor, m.start()):
        return None  # '... and conducted raids in Yemen': another act
    listed = _phrase_patterns(lex)[1].match(text, m.end())
    if listed:
        return listed.group(0), "place:attacked:places.json:places"
    run = _CAPITALISED_RUN_RE.match(text, m.end())
    name = run.group(0) if run else ""
    while name and name not in lex.country_names:
        name = name.rsplit(" ", 1)[0] if " " in name else ""
    return (name, "place:attacked:countries.tsv") if name else None
