"""How news counts people in a sentence: the counted phrases ('39 Palestinian
prisoners', read by ``counted.py``) and the counts told without one: tallies ('the
number of prisoners ... exceeded 9,500'), groups counted before ('the 11 had been
held'), a number standing for people told before ('while over 9,100 remain
detained') and one person by an article ('a Filipino').
"""

from __future__ import annotations

import re

from custody.extract.counted import (
    _NUMBER_OF_RE,
    OF_THE_TAKEN_RE,
    TALLY_PARTICIPLES,
    Counted,
    _counted_at,
    _not_a_count,
    _qualifier,
)
from custody.extract.counted_after import uniq
from custody.extract.gate import words_of
from custody.extract.lexicon import Lexicon
from custody.extract.numbers import NUMBER_RE, find_numbers, is_year, match_value
from custody.extract.objects import object_counts
from custody.extract.one_person import article_counts
from custody.extract.regex import compile_fast, lower_of, lowered, may_hold
from custody.extract.told_before import (
    _ELLIPTIC_HINT_RE,
    _ELLIPTIC_WORDS,
    _SMALL_COUNT,
    ELLIPTIC_RULE,
    _bare_the_n,
    _elliptic_counts,
    _taken_after_and,
    among_counts,
    equal_number_counts,
    numbering_counts,
    opening_count,
)
from custody.extract.tracker import label_counts

_TAKEN_WORDS = ("abduct", "kidnapp", "seiz", "captur", "took", "taking")
_FREED_WORDS = ("releasing", "freeing", "released", "freed", "including")

_OF_THEM_HINT_RE = re.compile(r"\bof\s+(?:them|whom|(?:its|their|our)\s+own)\b")


def find_counted(lex: Lexicon, text: str) -> list[Counted]:
    """Numbers that count people, with qualifier, nationality and categories. A sentence's
    counts are kept as found (copies: later passes change a count's categories and rules)
    and given again, as new copies, when the same sentence of the same document is asked
    for again (``scene.parts_told_back`` reads sentences the sentence pass has read): the
    same string object, not an equal text of another document."""
    kept = _KEPT.get(text)
    if kept is not None and kept[0] is text and kept[1] is lex:
        return [copy_counted(c) for c in kept[2]]
    found = _find_counted(lex, text)
    if len(_KEPT) >= _KEPT_MOST:
        _KEPT.clear()
    _KEPT[text] = (text, lex, [copy_counted(c) for c in found])
    return found


_KEPT: dict[str, tuple[str, Lexicon, list[Counted]]] = {}
_KEPT_MOST = 256
"""The sentences kept (forgotten all at once past this many: a document's worth)."""


def copy_counted(c: Counted) -> Counted:
    """A count as it is, with lists of its own (tests/test_speed12.py checks every field)."""
    return Counted(
        c.value,
        c.qualifier,
        c.start,
        c.end,
        c.noun,
        list(c.nationality),
        list(c.categories),
        c.deceased,
        c.alive,
        c.article,
        list(c.rules),
    )


def _find_counted(lex: Lexicon, text: str) -> list[Counted]:
    found: list[Counted] = []
    low = lowered(text)
    any_low = low if low is not None else text.lower()
    # every counted group has a people noun, a demonym ('a Filipino') or 'of them' in it
    people = (
        lex.people_hint.search(any_low)
        or (
            ("them" in any_low or "whom" in any_low or " own" in any_low)
            and _OF_THEM_HINT_RE.search(any_low)
        )
        # 'two of the kidnapped were released': the participle names the people
        or ((" of the " in any_low or " of those " in any_low) and OF_THE_TAKEN_RE.search(any_low))
    )
    numbers = list(find_numbers(text, low)) if people else None
    for m in numbers or ():
        # the rules below look at most a few dozen characters around the number
        base = max(0, m.start() - 60)
        before = text[base : m.start()]
        after = text[m.end() : m.end() + 120]
        if not _not_a_count(text, m, before, after):
            counted = _counted_at(lex, text, m, base, before, after)
            if counted is not None:
                found.append(counted)
    if may_hold(text, _NUMBER_OF_WORDS, any_low) and _NUMBER_OF_HINT_RE.search(text):
        found.extend(_number_of(lex, text, found))
    found.extend(_bare_the_n(text, found))
    if may_count_events(any_low):
        found.extend(_event_counts(lex, text, found))
    if may_hold(text, _ELLIPTIC_WORDS, any_low) and _ELLIPTIC_HINT_RE.search(text):
        found.extend(_elliptic_counts(text, found))
    found.extend(opening_count(text, found))
    if people and ":" in text:  # 'Captives still held: 41': a tracker's line
        found.extend(label_counts(lex, text, found))
    found.extend(among_counts(text, found))
    found.extend(numbering_counts(lex, text, found))
    found.extend(object_counts(text, any_low, found, numbers))
    if people:
        found.extend(article_counts(lex, text, found))
    if found and (
        " and " in text
        and may_hold(text, _TAKEN_WORDS, any_low)
        or may_hold(text, _FREED_WORDS, any_low)
    ):
        found.extend(_taken_after_and(text, found))
    if found and " in " in text:
        found.extend(_more_by_place(text, found))
    if found and "number" in any_low:
        found.extend(equal_number_counts(text, found))
    found.sort(key=lambda c: c.start)
    return found


_WHOSE_NUMBER_RE = re.compile(
    r"\b(?:the\s+)?(?P<np>[^,;.]{2,90}?),?\s+whose (?:total )?number(?:\s+[^,;.]{0,30}?)?\s+(?:exceeds|exceeded|is|stands at|reached|has reached|reaches|totals)\s+$",
    re.I,
)


# 'the prisoners freed on Sunday numbered 153': the people, then a verb of their number
_NUMBERED_RE = re.compile(
    r"\b(?P<np>(?:the|those)\s+[^,;.]{2,80}?)\s+(?:numbered|totall?ed|totals)\s+$", re.I
)

_TALLY_REACH = 400  # characters: longer than any match of the two patterns above

_NUMBER_OF_HINT = (
    r"\b(?:numbers?|numbered|total|totals|totall?ed|tally|toll|count)\b|\bbring|\bbrought|\brais"
)
_NUMBER_OF_HINT_RE = compile_fast(_NUMBER_OF_HINT, re.I)
_NUMBER_OF_WORDS = words_of(_NUMBER_OF_HINT, re.I)
"""What every match of ``_NUMBER_OF_HINT_RE`` holds (a fast test before it)."""

_BRINGING_RE = compile_fast(
    r"\b(?:bringing|brings|brought|bring|raising|raises|raised|rise|rises|rose|risen|rising|"
    r"increase|increases|increased|increasing|climb|climbs|climbed|taking|takes|took|pushing|"
    r"pushes|pushed)\s+(?:the\s+total\s+)?to\s+$",
    re.I,
)

_BRINGING_TOTAL_RE = compile_fast(
    r"\b(?:bringing|brings|brought|bring|taking|takes|took|pushing|pushes|pushed|push|"
    r"raising|raises|raised|lifting|lifts|lifted)\s+"
    r"(?P<np>(?:the\s+)?(?:overall\s+|cumulative\s+)?(?:total|tally|toll|count|numbers?|figure)\b"
    r"(?:[^;:.]|\.(?=\S|\s+[\da-z])){0,120}?)\s+to\s+$",
    re.I,
)
"""'bringing the total number of villagers detained since Jan. 3 to', 'taking the total
to', 'pushing the numbers to': a running total's phrase before its number."""
_BARE_TOTAL_RE = re.compile(
    r"(?:the\s+)?(?:overall\s+|cumulative\s+)?(?:total|tally|count|numbers?|figure)"
    r"(?:\s+(?:released|freed|returned|repatriated|exchanged|so far|to date|now)"
    # 'bring the total that have been returned from Russian captivity so far to 3,135'
    r"|\s+(?:that|who)\s+(?:have|has)\s+(?:now\s+)?been\s+(?:released|freed|returned|repatriated"
    r"|exchanged)(?:\s+from\s+[\w\s-]{2,40}?)?(?:\s+(?:so far|to date))?)?",
    re.I,
)
"""A running total whose people were told before ('taking the total to 210', 'bringing the
total released to 65'): the people of the release or arrest the clause tells."""

_THOSE_HELD_RE = compile_fast(
    r"\bthose\b(?=\s+(?:who\s+(?:were|have been|had been)\s+)?(?:detained|arrested|abducted|kidnapped|held|freed|released)\b)",
    re.I,
)

_PARTICIPLE_RE = re.compile(rf"(?:{'|'.join(TALLY_PARTICIPLES)})\b")

_EVENT_NOUN_RE = compile_fast(
    r"\b(?:arrests|arrest|abductions|kidnappings|detentions|releases|deaths)\b", re.I
)

_TALLY_OF = ("number of ", "total of ", "tally of ", "toll of ", "count of ") + tuple(
    f"{head} {p}"
    for head in ("number", "total", "tally", "toll", "count")
    for p in TALLY_PARTICIPLES
)


def may_count_a_tally(text: str) -> bool:
    """Can ``find_counted`` give ``text`` a tally (a count whose first rule is
    'number-of')? Every rule that makes one needs 'number of', 'total of', 'tally of',
    'toll of' or 'count of', or 'whose ... number': a cheap test that spares a sentence
    with no custody word the whole search (tests/test_numbers.py checks it)."""
    low = lower_of(text)
    return (
        _holds_a_tally_phrase(low) or ("whose" in text and "number" in low) or may_count_events(low)
    )


_EVENT_COUNT_WORDS = ("arrests", "detentions", "abductions", "kidnappings")
"""What every match of ``_EVENT_COUNT_RE`` holds (a fast test before it)."""

# '146 new politically motivated detentions', 'more than 1,000 abductions': a number of
# custody happenings, not of people (at most three words between; not 'of')
# ('1,540 cases of arbitrary arrest', '96 cases of abduction': the noun of
# the happening after 'cases of', in the singular too)
_EVENT_COUNT_RE = re.compile(
    r"(?:\s+cases\s+of(?:\s+(?!and\b|or\b|in\b|on\b)[a-z][\w-]*){0,2}?\s+"
    r"(?P<case>arrest|detention|abduction|kidnapping)s?(?![\w-]|\s+warrants?\b)"
    r"|(?:\s+(?!of\b|and\b|or\b|in\b|on\b)[a-z][\w-]*){0,3}?\s+"
    rf"(?P<noun>{'|'.join(_EVENT_COUNT_WORDS)})\b"
    # '35 deaths in detention', '12 deaths in Israeli custody': deaths told with custody
    r"|(?:\s+(?!of\b|and\b|or\b|in\b|on\b)[a-z][\w-]*)?\s+(?P<death>deaths)"
    r"(?=\s+(?:in|inside|while\s+in)\s+(?:[\w-]+\s+)?(?:custody|detention|captivity|prisons?|jails?)\b))",
    re.I,
)


# the number ends a range ('two to four', 'between 10 and 20') or counts a rate
_RATE_OR_RANGE_RE = re.compile(
    r"(?:\b(?:average|rate|mean)\s+of\s+|\b(?:to|and|or)\s+|[-–])$", re.I
)


_RATE_AFTER_RE = re.compile(
    r"(?:\s+(?:in|inside|while\s+in)\s+(?:[\w-]+\s+)?(?:custody|detention|captivity|prisons?|jails?))?"
    r"(?:\s+(?:per|a|each|every)\s+(?:year|month|week|day)\b(?!\s+ago\b)|\s+(?:annually|yearly)\b)",
    re.I,
)
"""A rate after a count of happenings ('five deaths in custody per year')."""


EVENT_COUNT_RULE = "number-of:event-count"
"""The first rule of a count of happenings ('146 new detentions'): no people of their own."""


def may_count_events(low: str) -> bool:
    """Can ``_event_counts`` find a count in ``low`` (lower-cased)? A cheap test (the
    words of ``_EVENT_COUNT_WORDS``, spelt out: a generator costs more than the tests)."""
    return (
        "arrests" in low
        or "detentions" in low
        or "abductions" in low
        or "kidnappings" in low
        or "cases of" in low
        or "deaths in" in low
    )


def _event_counts(lex: Lexicon, text: str, taken: list[Counted]) -> list[Counted]:
    """'recorded 146 new politically motivated detentions in June', 'documented more than
    1,000 abductions over the past year': a tally of custody happenings. Read as a tally
    (first rule 'number-of'), so it makes a record even with no custody verb; its type
    is the noun's in cues.json tally_types."""
    out: list[Counted] = []
    for m in find_numbers(text):
        if any(c.start <= m.start() < c.end for c in taken):
            continue
        vq = match_value(m)
        if vq is None or vq[0] < 2 or is_year(m.group("digits")):
            continue
        e = _EVENT_COUNT_RE.match(text, m.end())
        noun = (e.group("noun") or e.group("death") or e.group("case") + "s").lower() if e else ""
        if e is None or noun not in lex.tally_types:
            continue
        if _RATE_OR_RANGE_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # 'an average of two to four abductions a year': a rate, not a tally
        if _RATE_AFTER_RE.match(text, e.end()):
            continue  # 'around five deaths in custody per year': a rate, not a tally
        qualifier, qstart = _qualifier(text[: m.start()])
        out.append(
            Counted(
                vq[0],
                qualifier,
                min(qstart, m.start()),
                e.end(),
                noun,
                rules=[f"{EVENT_COUNT_RULE}:{noun.lower()}", f"number:{m.group(0)}"],
            )
        )
    return out


def _names_a_tally(head: str) -> bool:
    """Can _NUMBER_OF_RE match at the end of ``head``? Only if its last _TALLY_REACH
    characters hold one of its literal words: a cheap test before the costly search."""
    return _holds_a_tally_phrase(head[-_TALLY_REACH:].lower())


_TALLY_HEADS = ("number ", "total ", "tally ", "toll ", "count ")


def _holds_a_tally_phrase(low: str) -> bool:
    """Whether lower-cased ``low`` holds one of _TALLY_OF (its heads tried first: most
    text holds none of them)."""
    return any(h in low for h in _TALLY_HEADS) and any(words in low for words in _TALLY_OF)


def _number_of(lex: Lexicon, text: str, taken: list[Counted]) -> list[Counted]:
    """'the number of prisoners ... has risen to 9,600'; 'bringing to 1,000 the number of prisoners'."""
    out: list[Counted] = []
    for m in find_numbers(text):
        here = next((c for c in taken if c.start <= m.start() < c.end), None)
        if here is not None and (here.rules[0].startswith("number-of") or here.article):
            continue
        vq = match_value(m)
        if vq is None or is_year(m.group("digits")):
            continue
        before = text[: m.start()]
        qualifier, qstart = _qualifier(before)
        np_text = _tally_phrase(text, m, before, before[:qstart])
        if here is not None:
            if np_text and lex.noun_re.search(np_text) and not _RELATIVE_RE.search(np_text):
                # 'the number of prisoners ... exceeded 10,100 prisoner': the count the
                # people noun after it gave is the tally's ('the number of detainees who
                # were freed exceeded 4000 detainee' stays the count of that release)
                here.rules.insert(0, f"number-of:{np_text.strip()}")
            continue
        noun = np_text and (
            lex.noun_re.search(np_text)
            or _EVENT_NOUN_RE.search(np_text)
            or _THOSE_HELD_RE.search(np_text)  # 'the number of those detained since ...'
            or _PARTICIPLE_RE.match(np_text)  # 'bringing the number freed to 900'
            or _BARE_TOTAL_RE.fullmatch(np_text.strip())  # 'taking the total to 210'
        )
        if not np_text or not noun:
            continue
        # a bare total counts the people told before it: no noun of its own
        word = "people" if noun.re is _BARE_TOTAL_RE else noun.group(0)
        # the people's own nationality, read up to their noun: not the agent's or the
        # jailer's ('the number of villagers detained by army units', 'of
        # Georgians returned from Russian captivity')
        own = np_text[: noun.end()] if noun.re is not _BARE_TOTAL_RE else np_text.split(" from ")[0]
        if noun.re is _EVENT_NOUN_RE:
            own = ""  # 'the number of Israeli detentions': whose acts, not whose people
        nats = [
            lex.demonym[w.lower()]
            for w in re.findall(r"[\w-]+", _BY_AGENT_RE.split(own, 1)[0])
            if w.lower() in lex.demonym
        ]
        cats = list(lex.noun_categories.get(word.lower(), ()))
        for w in re.findall(r"[\w“”-]+", np_text[: noun.start()]):
            cats.extend(lex.modifiers.get(w.lower(), ()))
        out.append(
            Counted(
                vq[0],
                qualifier,
                min(qstart, m.start()),
                m.end(),
                word,
                uniq(nats),
                uniq(cats),
                word.lower() in lex.deceased_nouns,
                False,
                False,
                [f"number-of:{np_text.strip()}", f"number:{m.group(0)}"],
            )
        )
    return out


_NUMBER_FREED_AFTER_RE = re.compile(
    rf"\s+(?:the\s+)?(?:(?:total\s+)?number|total)\s+((?:{'|'.join(TALLY_PARTICIPLES)})\b[^,;.]{{0,60}})"
)
"""'bringing to 1,777 the number (the total) freed during the first phase': the people left
out."""
_RELATIVE_RE = re.compile(r"\b(?:who|whom|that|which)\b", re.I)
_BY_AGENT_RE = re.compile(r"\bby\b")


_TALLY_WORD_RE = re.compile(r"\b(?:number|total|tally|toll|count)\b", re.I)


def _nearest_tally(head: str) -> re.Match[str] | None:
    """The match of _NUMBER_OF_RE that ends ``head`` and starts at the last tally word
    that can start one: 'the number of administrative detainees has risen to 3,400, ...
    and the total number of prisoners stands at 10,400' counts prisoners, not detainees."""
    lo = max(0, len(head) - _TALLY_REACH)
    for word in reversed(list(_TALLY_WORD_RE.finditer(head, lo))):
        start = max(lo, word.start() - 10)  # room for 'the total ' before the word
        found = _NUMBER_OF_RE.search(head, start)
        if found is not None and found.start() <= word.start():
            return found
    return None


def _tally_phrase(text: str, m: re.Match[str], before: str, head: str) -> str | None:
    """The people a tally counts, told before its number ('the number of prisoners ... has
    risen to', 'whose number exceeds') or after it ('bringing to 1,000 the number of ...')."""
    # these patterns end at the number and span at most a few hundred characters
    b = (
        (_names_a_tally(head) and _nearest_tally(head))
        # 'the number of prisoners ... exceeded 10,100': the verb was read as the qualifier
        or (len(head) < len(before) and _names_a_tally(before) and _nearest_tally(before))
        or ("whose" in before and _WHOSE_NUMBER_RE.search(head, len(head) - _TALLY_REACH))
        or (
            "whose" in before and _WHOSE_NUMBER_RE.search(before, len(before) - _TALLY_REACH)
        )  # 'whose number exceeds 1,200': the verb is the qualifier
    )
    if b:
        return b.group(0)[b.start("np") - b.start() :]
    numbered = _NUMBERED_RE.search(head, max(0, len(head) - 120))
    if numbered:  # 'the prisoners freed on Sunday numbered 153'
        return numbered.group("np")
    total = _BRINGING_TOTAL_RE.search(head, max(0, len(head) - 160))
    if total:  # 'bringing the total number of villagers detained ... to 2,310'
        return total.group("np")
    if _BRINGING_RE.search(head, len(head) - 60) or _BRINGING_RE.search(before, len(before) - 60):
        a = re.match(
            r"\s+(?:the\s+)?(?:total\s+)?(?:number|total) of (?:the\s+)?([^,;.]{2,60})",
            text[m.end() :],
        ) or _NUMBER_FREED_AFTER_RE.match(text, m.end())  # 'bringing to 1,777 the number freed'
        return a.group(1) if a else None
    return None


_BY_PLACE_RE = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z]")
_MORE_BY_PLACE_RE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<n>{_SMALL_COUNT})(?=\s+(?:in|from|at)\s+(?:the\s+)?[A-Z])"
)


def _more_by_place(text: str, found: list[Counted]) -> list[Counted]:
    """'120 protesters in Minsk and 40 in Gomel': the 40 are more of the people counted
    just before, told by place with their noun left out (the batch's parts: summed)."""
    out: list[Counted] = []
    for c in list(found):
        place = _BY_PLACE_RE.match(text, c.end)
        if place is None or c.noun == "people" and ELLIPTIC_RULE in c.rules:
            continue
        stop = re.search(r"[.;]", text[c.end :])
        end = c.end + stop.start() if stop else len(text)
        for m in _MORE_BY_PLACE_RE.finditer(text, place.end(), end):
            n = NUMBER_RE.match(text, m.start("n"))
            vq = match_value(n) if n else None
            if vq is None or any(o.start <= m.start("n") < o.end for o in found + out):
                continue
            rules = [f"number:{m.group('n')}", f"people:{c.noun} (told before, by place)"]
            out.append(
                Counted(
                    vq[0],
                    "exact",
                    m.start("n"),
                    n.end() if n else m.end("n"),
                    c.noun,
                    list(c.nationality),
                    list(c.categories),
                    c.deceased,
                    c.alive,
                    False,
                    rules,
                )
            )
    return out


_SINCE_RE = re.compile(
    r"(?<!highest )(?<!lowest )(?<!largest )(?<!most )(?<!time )"  # 'the highest since 2003'
    r"\b(?:since|so far|to date)\b",
    re.I,
)
_HELD_NOW_WORDS_RE = re.compile(
    r"\b(?:held|remain\w*|behind bars|in (?:\w+\s+){0,2}(?:jails?|prisons?|custody|detention))\b",
    re.I,
)


def tally_since(lex: Lexicon, text: str, c: Counted) -> str | None:
    """'the total number of detainees since October 7 has reached 9,200': a tally of
    detainees over a time counts the arrests of that time (cues.json tally_types_since);
    'the number of detainees in Israeli jails' is who is held now."""
    np_text = c.rules[0].split(":", 1)[1].lower()
    kind = next(
        (
            lex.tally_types_since[w]
            for w in (c.noun.lower(), *np_text.split())
            if w in lex.tally_types_since
        ),
        None,
    )
    if kind is None:
        return None
    stop = re.search(r"[;:]", text[c.end :])
    after = text[c.end : c.end + stop.start()] if stop else text[c.end :]
    if not (_SINCE_RE.search(np_text) or _SINCE_RE.search(after)):
        return None
    if _HELD_NOW_WORDS_RE.search(np_text) or _HELD_NOW_WORDS_RE.search(after):
        return None
    return kind
