"""Person timelines: one person's records across documents, under every spelling.

Names are compared in a normal form (accents, case, dashes and particles such
as 'al-' aside; spellings of one given name made one, persons.json ``same``).
Two full names are one person when their normal forms are equal, or when
rapidfuzz finds them close (whole name, first and last word each above the
``fuzzy`` scores): a shared surname alone never joins two people. A bare
surname ("Al-Akhras") is the person of that surname named in full in the same
document, else the only person of that surname in the store; when two people
share it, the bare surname stays on its own.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from custody.errors import CustodyError
from custody.happenings.model import Person, PersonEvent

if TYPE_CHECKING:
    from custody.store import Store

PERSONS_FILE = Path(__file__).with_name("persons.json")

# The order of a timeline: taken, held, on hunger strike, moved, freed or dead, on one day.
_STAGE = {
    "detention": 0,
    "holding": 1,
    "hunger_strike": 2,
    "transfer": 3,
    "deal": 4,
    "release": 5,
    "death_in_custody": 6,
}


@dataclass(frozen=True)
class Spelling:
    particles: frozenset[str]
    same: dict[str, str]
    name: float
    first: float
    last: float


@cache
def spelling(path: Path = PERSONS_FILE) -> Spelling:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        same = {v: group[0] for group in data["same"] for v in group}
        fuzzy = data["fuzzy"]
        return Spelling(
            frozenset(data["particles"]), same, fuzzy["name"], fuzzy["first"], fuzzy["last"]
        )
    except (OSError, json.JSONDecodeError, KeyError, TypeError, IndexError) as exc:
        raise CustodyError(f"{path}: cannot read the name spelling rules: {exc!r}") from None


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    for ch in "-‐–'’`.":
        text = text.replace(ch, " ")
    return text.split()


def normal_name(name: str) -> str:
    """'Maher Al-Akhras' and 'maher al akhras' -> 'maher akhras'."""
    rules = spelling()
    words = [rules.same.get(w, w) for w in _words(name) if w not in rules.particles]
    return " ".join(words) or " ".join(_words(name))


def same_person(a: str, b: str) -> bool:
    """Two normal full names (two words or more) of one person."""
    if a == b:
        return True
    from rapidfuzz import fuzz

    rules = spelling()
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    return (
        fuzz.ratio(wa[-1], wb[-1]) >= rules.last
        and fuzz.ratio(wa[0], wb[0]) >= rules.first
        and fuzz.ratio(a, b) >= rules.name
    )


@dataclass(frozen=True)
class Mention:
    """One name in one stored record."""

    name: str
    document: str
    index: int
    type: str
    status: str
    date: str | None
    published: str | None
    holder: str | None
    place: str | None
    facility: str | None
    evidence: str


def group_mentions(
    mentions: list[Mention], texts: dict[str, str] | None = None
) -> dict[str, list[Mention]]:
    """Mentions by person (key: the person's normal full name), whatever their order.

    ``texts`` (document id -> text) lets a bare surname find its full name in
    the text of its document when no record there names the person in full.
    """
    keys = sorted({normal_name(m.name) for m in mentions})
    full = [k for k in keys if len(k.split()) >= 2]
    person: dict[str, str] = {}
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in full:  # sorted: the first spelling met becomes the person's key
        last = key.split()[-1]
        home = next(
            (p for c in by_last for p in by_last[c] if _near(c, last) and same_person(p, key)),
            None,
        )
        person[key] = home or key
        if home is None:
            by_last[last].append(key)
    in_doc: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in mentions:
        key = normal_name(m.name)
        if key in person:
            in_doc[(m.document, key.split()[-1])].add(person[key])
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        key = normal_name(m.name)
        if key not in person:  # a bare surname (or one word)
            here = in_doc.get((m.document, key), set())
            if not here and texts and m.document in texts:
                here = _named_in(texts[m.document], by_last.get(key, []))
            anywhere = set(by_last.get(key, ()))
            pick = here if len(here) == 1 else anywhere if len(anywhere) == 1 else set()
            out[next(iter(pick)) if pick else key].append(m)
        else:
            out[person[key]].append(m)
    return dict(out)


def _named_in(text: str, persons: list[str]) -> set[str]:
    """The persons (normal full names) whose name the text spells out in full."""
    words = f" {normal_name(text)} "
    words = " ".join(w.strip(',.;:()"') for w in words.split())
    return {p for p in persons if f" {p} " in f" {words} "}


def _near(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return a == b or fuzz.ratio(a, b) >= spelling().last


def _order(m: Mention) -> tuple[Any, ...]:
    return (m.date or m.published or "9999", _STAGE.get(m.type, 9), m.document, m.index)


def _display(ms: list[Mention]) -> str:
    spellings = Counter(m.name for m in ms)
    full = [n for n in spellings if len(normal_name(n).split()) >= 2] or list(spellings)
    return min(full, key=lambda n: (-spellings[n], n))


def people_of(
    mentions: list[Mention], texts: dict[str, str] | None = None
) -> list[tuple[Person, list[Mention]]]:
    found = []
    for ms in group_mentions(mentions, texts).values():
        ms.sort(key=_order)
        last = ms[-1]
        person = Person(
            name=_display(ms),
            variants=tuple(sorted({m.name for m in ms})),
            records=len({(m.document, m.index) for m in ms}),
            last_status=f"{last.type} {last.status}",
            last_date=last.date or last.published,
        )
        found.append((person, ms))
    found.sort(key=lambda pm: (pm[0].name.casefold(), pm[0].name))
    return found


def _mentions(store: Store) -> list[Mention]:
    from sqlalchemy import and_, select

    from custody.store import documents, events, evidence, people

    query = (
        select(
            people.c.value,
            events.c.document_id,
            events.c.ordinal,
            events.c.type,
            events.c.status,
            events.c.date,
            documents.c.published,
            events.c.holder,
            events.c.place,
            events.c.facility,
            evidence.c.text,
        )
        .join(events, events.c.id == people.c.event_id)
        .join(documents, documents.c.id == events.c.document_id)
        .outerjoin(evidence, and_(evidence.c.event_id == events.c.id, evidence.c.ordinal == 0))
        .where(people.c.kind == "names")
    )
    with store.engine.connect() as conn:
        return [Mention(*row) for row in conn.execute(query)]


def _texts_of_bare(store: Store, mentions: list[Mention]) -> dict[str, str]:
    """The texts of the documents where a record names someone by one word only."""
    from sqlalchemy import select

    from custody.store import documents

    ids = sorted({m.document for m in mentions if len(normal_name(m.name).split()) < 2})
    found: dict[str, str] = {}
    with store.engine.connect() as conn:
        for start in range(0, len(ids), 500):
            query = select(documents.c.id, documents.c.text).where(
                documents.c.id.in_(ids[start : start + 500])
            )
            found.update({i: t for i, t in conn.execute(query)})
    return found


def _people(store: Store) -> list[tuple[Person, list[Mention]]]:
    mentions = _mentions(store)
    return people_of(mentions, _texts_of_bare(store, mentions))


def list_people(store: Store) -> list[Person]:
    return [p for p, _ in _people(store)]


def person_timeline(store: Store, name: str) -> list[PersonEvent]:
    """The records of the person ``name`` names (any known spelling, or a close one)."""
    found = _people(store)
    wanted = normal_name(name)
    match = []
    if len(wanted.split()) == 1:  # a surname: the people named in full who bear it
        match = [
            ms
            for p, ms in found
            if len(normal_name(p.name).split()) > 1 and normal_name(p.name).split()[-1] == wanted
        ]
    if not match:
        match = [
            ms
            for p, ms in found
            if any(normal_name(v) == wanted for v in p.variants)
            or same_person(normal_name(p.name), wanted)
        ]
    if len(match) > 1:
        names = "; ".join(sorted(_display(ms) for ms in match))
        raise CustodyError(f"{name!r} names more than one person: {names}")
    if not match:
        return []
    return [
        PersonEvent(
            m.name,
            m.type,
            m.status,
            m.date,
            m.published,
            m.holder,
            m.place,
            m.facility,
            m.document,
            m.index,
            m.evidence or "",
        )
        for m in match[0]
    ]
