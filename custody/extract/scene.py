"""Slots told in a later sentence about the same happening.

A report gives the release in its lead and the scene further down: 'Hamas
freed three hostages on Sunday. ... The three women were handed to the Red
Cross in Gaza City.' The second sentence gives the first record its place and
its intermediary. Which sentences may do so, and which slots they may fill, is
the cue table ``lexicons/scene.json`` (docs/event-record.md: 'Which sentence a
field comes from'): a sentence that names the record's people, repeats its
count, or refers back to its people or happening, within a few sentences,
told of no other record, and matched by one record only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Any

from custody.errors import LexiconError
from custody.extract.conveyed import conveyed_from
from custody.extract.counts import find_counted
from custody.extract.lexicon import Lexicon
from custody.extract.location import phrase_place
from custody.extract.mentions import Mention
from custody.extract.numbers import word_value
from custody.extract.phrases import SentenceFacts
from custody.extract.regex import Alternatives, compile_fast, may_hold
from custody.extract.slots import carried_by, date_for, location_for, mediators_for
from custody.extract.text import Sentence
from custody.lexicon_files import read_json


@dataclass(frozen=True)
class SceneCues:
    window: int
    window_before: int
    swap_reference: Alternatives
    slots: dict[str, frozenset[str]]
    back_reference: Alternatives
    anchor: re.Pattern[str]
    intermediary: tuple[tuple[str, str], ...]
    not_scene: Alternatives
    earlier_happening: Alternatives
    listed_categories: dict[str, tuple[str, ...]]
    caption: Alternatives
    type_words: dict[str, re.Pattern[str]]


@lru_cache(maxsize=1)
def scene_cues() -> SceneCues:
    """The cue table, validated: a broken entry names the file and the key."""
    where = "lexicons/scene.json"
    data = read_json("scene.json")
    return parse_scene_cues(data, where)


def parse_scene_cues(data: Any, where: str) -> SceneCues:
    """The cue table from its JSON; a broken entry raises LexiconError naming ``where``
    and the key."""
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: expected a JSON object at the top")

    def patterns(key: str) -> list[str]:
        """The entry's patterns, each checked on its own (an error names it)."""
        out = []
        for i, p in enumerate(data.get(key, [])):
            try:
                re.compile(p, re.I)
            except (re.error, TypeError) as exc:
                raise LexiconError(f"{where}: {key}[{i}]: {exc}") from None
            out.append(p)
        return out

    def one(found: list[str]) -> Alternatives:  # one search, tried where a cue may start
        return Alternatives(found, re.I)

    try:
        slots = {t: frozenset(s) for t, s in data["slots"].items()}
        anchor = re.compile(data["anchor"], re.I)
        window = int(data["window"])
        window_before = int(data.get("window_before", 0))
        intermediary = tuple((k, str(v)) for k, v in data["intermediary"].items())
        listed = {k: tuple(v) for k, v in data["listed_categories"].items()}
        types = {k: re.compile(v, re.I) for k, v in data.get("type_words", {}).items()}
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise LexiconError(f"{where}: {type(exc).__name__}: {exc}") from None
    earlier = patterns("earlier_happening")
    caption = patterns("caption")
    not_scene = one(patterns("not_scene") + earlier + caption)
    back = one(patterns("back_reference"))
    swap = one(patterns("swap_reference"))
    return SceneCues(
        window,
        window_before,
        swap,
        slots,
        back,
        anchor,
        intermediary,
        not_scene,
        one(earlier),
        listed,
        one(caption),
        types,
    )


def fill_from_scenes(
    lex: Lexicon,
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    context: dict[str, str],
) -> None:
    """Fill the missing slots of each occurred record from the later sentences that
    tell its happening (see the module's docstring), and foreign nationals."""
    _slots_from_scenes(lex, records, sents, published, context)
    parts_told_back(lex, records, sents)
    foreign_nationals(lex, records, sents)


def _slots_from_scenes(
    lex: Lexicon,
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    context: dict[str, str],
) -> None:
    cues = scene_cues()
    told: dict[int, list[Mention]] = {}
    for r in records:
        if r.count is not None or r.names:  # a record of its own, not a stray custody word
            for i in r.sentence_indexes():
                told.setdefault(i, []).append(r)
    candidates = [
        r for r in records if r.type in cues.slots and r.status == "occurred" and not r.aggregate
    ]
    for r in candidates:
        _intermediary_of_own_sentences(cues, r, told, sents)
        _place_of_own_sentences(lex, cues, r, told, sents)
    lasts = [(max(r.sentence_indexes()), r) for r in candidates]
    firsts = [(min(r.sentence_indexes()), r) for r in candidates]
    near = _near_a_record(cues, candidates)
    for index in range(len(sents)):
        if index in told or index not in near:
            continue  # a record's own sentence (its clauses were read), or far from any
        sent = sents[index]
        if cues.not_scene.search(sent.text):
            continue
        sides = _swap_sides(cues, sent, candidates)
        for r in sides:  # the swap's place and carrier; its date and brokers are the deal's
            _fill(lex, cues, r, sent, published, context, _SWAP_SLOTS)
        for r in [] if sides else _told_of(lex, cues, sent, lasts, firsts):
            _fill(lex, cues, r, sent, published, context)


def _near_a_record(cues: SceneCues, candidates: list[Mention]) -> set[int]:
    """The sentences close enough to a record's own to tell its scene (within the window
    after one of its sentences, or before it): the others are not searched for cues."""
    near: set[int] = set()
    for r in candidates:
        for i in r.sentence_indexes():
            near.update(range(i + 1, i + cues.window + 1))
            near.update(range(i - cues.window_before, i))
    return near


_SWAP_SLOTS = frozenset({"place", "intermediary"})
"""What a sentence about a whole swap gives each side: where, and who carried them."""


def _swap_sides(cues: SceneCues, sent: Sentence, candidates: list[Mention]) -> list[Mention]:
    """'The exchange took place in Turkey': a sentence about a swap tells each of its
    sides' releases told shortly before it (two or more), not one of them."""
    if not cues.swap_reference.search(sent.text):
        return []
    sides = [
        r
        for r in candidates
        if r.type == "release"
        and any(0 < sent.index - i <= cues.window for i in r.sentence_indexes())
    ]
    return sides if len(sides) > 1 else []


def _told_of(
    lex: Lexicon,
    cues: SceneCues,
    sent: Sentence,
    lasts: list[tuple[int, Mention]],
    firsts: list[tuple[int, Mention]],
) -> list[Mention]:
    """The one record a later (or, when none is near before it, an earlier) sentence
    tells, by the people or happening it refers back to; none when it may tell two."""
    index = sent.index
    near = [
        r  # after its last sentence, or after one of its own before a later one
        for last, r in lasts
        if 0 < index - last <= cues.window
        or (index < last and any(0 < index - i <= cues.window for i in r.sentence_indexes()))
    ] or [
        # a scene told before the record's own sentence ('Buses carrying freed inmates
        # left Ofer Prison ... Israel confirmed it had freed 110'), when none is after one
        r
        for first, r in firsts
        if 0 < first - index <= cues.window_before
    ]
    if not near:
        return []
    told_again = _Sentence(lex, sent.text, cues.back_reference.search(sent.text) is not None)
    scored = [(s, r) for r in near if (s := _refers_to(sent.text, r, told_again)) > 0]
    if not scored:  # none near: one told farther back, if the sentence names its people
        # ('Israel released 600 Palestinian prisoners ... A bus carrying Palestinian
        # prisoners later arrived in Ramallah')
        far = [r for last, r in lasts if cues.window < index - last <= 3 * cues.window]
        scored = [(s, r) for r in far if (s := _refers_to(sent.text, r, told_again)) >= 3]
    if not scored:
        return []
    best = max(s for s, _ in scored)
    chosen = [r for s, r in scored if s == best]
    if len(chosen) > 1:  # 'the students were found after being released': the release
        chosen = _of_the_told_kind(cues, sent.text, chosen)
    if len(chosen) > 1:  # 'They were released ...': the group told nearest, if only one
        chosen = _nearest(chosen, ahead=min(r.sentence.index for r in chosen) > index)
    return chosen if len(chosen) == 1 else []  # told of two alike: neither for sure


def _of_the_told_kind(cues: SceneCues, text: str, records: list[Mention]) -> list[Mention]:
    """Of records the sentence may tell alike, those of the one kind of happening its
    words tell (scene.json type_words), when it tells one kind only."""
    told = {t for t, p in cues.type_words.items() if p.search(text)}
    kept = [r for r in records if r.type in told]
    return kept if len(told) == 1 and kept else records


def _nearest(records: list[Mention], ahead: bool) -> list[Mention]:
    """The records told nearest a scene: last told, before it; first told, after it."""
    if ahead:
        first = min(min(r.sentence_indexes()) for r in records)
        return [r for r in records if min(r.sentence_indexes()) == first]
    latest = max(max(r.sentence_indexes()) for r in records)
    return [r for r in records if max(r.sentence_indexes()) == latest]


def _demonyms(lex: Lexicon, text: str) -> set[str]:
    return {lex.demonym[w.lower()] for w in _WORD_RE.findall(text) if w.lower() in lex.demonym}


def _intermediary_of_own_sentences(
    cues: SceneCues, r: Mention, told: dict[int, list[Mention]], sents: list[Sentence]
) -> None:
    """The intermediary named anywhere in a sentence that tells this record alone ('...,
    who was handed over to officials from the Red Cross in Jabalia'): its clause may
    have left it out."""
    if r.intermediary is not None or "intermediary" not in cues.slots[r.type]:
        return
    for index in sorted(r.sentence_indexes()):
        if told.get(index) != [r] or index >= len(sents):
            continue
        for word, actor in cues.intermediary:
            if carried_by(sents[index].text, word):
                r.intermediary = actor
                r.rules["intermediary"] = (
                    f"own sentence {index + 1}: scene.json:intermediary:{word}"
                )
                return


def _place_of_own_sentences(
    lex: Lexicon, cues: SceneCues, r: Mention, told: dict[int, list[Mention]], sents: list[Sentence]
) -> None:
    """The place of an arrival or handover phrase anywhere in a sentence that tells this
    record alone ('..., who have arrived in Guatemala'): its clause may have left it out."""
    if r.place is not None or r.facility is not None or "place" not in cues.slots[r.type]:
        return
    for index in sorted(r.sentence_indexes()):
        if told.get(index) != [r] or index >= len(sents):
            continue
        text = sents[index].text
        found = phrase_place(lex, text, 0, len(text), 0, r.type == "transfer")
        found = found or (r.type == "release" and conveyed_from(lex, text)) or None
        if found:
            r.place, r.location_rule = found[0], f"own sentence {index + 1}: {found[1]}"
            return


class _Sentence:
    """What a candidate sentence says, found once for every record it may tell, and
    only when asked."""

    def __init__(self, lex: Lexicon, text: str, back: bool) -> None:
        self.lex = lex
        self.text = text
        self.back = back
        """It refers back to people or a happening ('the freed prisoners')."""

    @cached_property
    def demonyms(self) -> set[str]:
        return _demonyms(self.lex, self.text)

    @cached_property
    def of_the_dead(self) -> bool | None:
        """Whether the people it names are dead ('the bodies', 'coffins') or alive ('a bus
        carrying prisoners'); None when it names neither."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", self.text)}
        if words & self.lex.deceased_nouns or words & _DEAD_WORDS:
            return True
        return False if words & _LIVING_WORDS else None

    @cached_property
    def numbers(self) -> set[int]:
        """Counts it tells again ('the three women', 'all 183 prisoners', or a figure
        of ten or more: '120 escapees')."""
        found = {int(m.group(0).replace(",", "")) for m in _FIGURE_RE.finditer(self.text)}
        return _numbers_again(self.text) | {n for n in found if n >= 10}


def _refers_to(text: str, r: Mention, said: _Sentence) -> int:
    """How surely ``text`` tells record ``r``'s happening: 0 when it does not."""
    score = 0
    if r.names and any(_surname(n) in text for n in r.names):
        score += 3
    if r.count is not None and r.count.value in said.numbers:
        score += 2
    if said.back:
        score += 1
    if score == 0:
        return 0
    if r.condition == "deceased" and said.of_the_dead is False:
        return 0  # 'a bus carrying Palestinian prisoners' does not tell bodies handed back
    if r.condition == "deceased" and said.of_the_dead:
        score += 1  # 'the remains were carried across': the dead, not the living told near
    demonyms = said.demonyms
    if r.nationality and demonyms and not demonyms & set(r.nationality):
        return 0  # 'the freed Palestinians' do not tell the release of Israelis
    if r.nationality and demonyms & set(r.nationality):
        score += 1
    if r.count is not None and r.count.noun and r.count.noun.lower() in text.lower():
        score += 1
    return score


_WORD_RE = re.compile(r"[A-Z][\w-]+")
_FIGURE_RE = re.compile(
    r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?![\w.,]?\d)(?!\s*(?:%|per\s*cent|percent|years?|days?|months?|weeks?|hours?))"
)
_DEAD_WORDS = frozenset({"coffin", "coffins", "dead", "deceased", "funeral", "killed", "died"})
_LIVING_WORDS = frozenset({"prisoners", "detainees", "hostages", "captives", "inmates"})
_NUMBER_AFTER_THE_RE = compile_fast(r"\b(?:the|all|these|those)\s+([\w,-]+)\s+", re.I)


def _surname(name: str) -> str:
    return name.split()[-1]


def _numbers_again(text: str) -> set[int]:
    """'the three women', 'all 183 prisoners': counts told again, as a definite group."""
    out: set[int] = set()
    for m in _NUMBER_AFTER_THE_RE.finditer(text):
        word = m.group(1).replace(",", "")
        number = int(word) if word.isdigit() else word_value(word.lower())
        if number is not None:
            out.add(number)
    return out


def _fill(
    lex: Lexicon,
    cues: SceneCues,
    r: Mention,
    sent: Sentence,
    published: str | None,
    context: dict[str, str],
    only: frozenset[str] | None = None,
) -> None:
    slots = cues.slots[r.type] & only if only is not None else cues.slots[r.type]
    text = sent.text
    if _another_day(r, text):
        return  # 'The five were released on Thursday' and 'arrived home on Sunday'
    where = f"scene:sentence {sent.index + 1}"
    anchor_m = cues.anchor.search(text)
    anchor = anchor_m.start() if anchor_m else 0
    if "intermediary" in slots and r.intermediary is None:
        for word, actor in cues.intermediary:
            if carried_by(text, word):
                r.intermediary = actor
                r.rules["intermediary"] = f"{where}: scene.json:intermediary:{word}"
                break
    if ({"place", "facility"} & slots) and r.place is None and r.facility is None and anchor_m:
        place, facility, rule = location_for(
            lex,
            text,
            0,
            len(text),
            anchor,
            to_destination=True,  # where the freed arrive is the scene's place
            release_place=r.type == "release",
        )
        # the scene's place only from a phrase of arrival or handover ('arrived in
        # Ramallah'): any other place it names is too often where a crowd waited
        rules = [rule.split("; ")[0]] if facility else []
        found = (
            phrase_place(lex, text, 0, len(text), anchor, r.type == "transfer")
            or (r.type == "release" and conveyed_from(lex, text))
            or None
            if "place" in slots
            else None
        )
        place = found[0] if found and not (facility and found[0] in facility) else None
        if place and found:
            rules.append(found[1])
        if place or facility:
            r.place, r.facility, r.location_rule = place, facility, f"{where}: {'; '.join(rules)}"
    facts = SentenceFacts(sent, [], [], lex, context)
    if "date" in slots and r.date is None and anchor_m:
        value, rule = date_for(facts, published, "occurred", 0, len(text), anchor, r.type)
        if value:
            r.date, r.date_rule = value, f"{where}: {rule}"
    if "mediators" in slots and not r.mediators:
        brokers = mediators_for(lex, facts)
        if brokers:
            r.mediators = brokers
            r.rules["mediators"] = f"{where}: mediation"


_WEEKDAY_RE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


def _another_day(r: Mention, text: str) -> bool:
    """The scene's sentence names a weekday and the record's own sentences only others:
    a happening of another day (the freed arriving home days later)."""
    days = _happening_days(text)
    if not days:
        return False
    own = {d for e in r.evidence for d in _happening_days(e.text)}
    return bool(own) and not (own & days)


def _happening_days(text: str) -> set[str]:
    """The weekdays a sentence names, but the day a source spoke ('confirmed Monday')."""
    return {
        m.group(0)
        for m in _WEEKDAY_RE.finditer(text)
        if not _SAID_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
    }


_SAID_BEFORE_RE = re.compile(
    r"\b(?:said|says|confirmed|announced|insisted|told|reported|stated|added|denied)\s+(?:on\s+)?$"
)


_AND_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")


def listed_categories(lex: Lexicon, records: list[Mention]) -> None:
    """'120 women, men and children': people nouns listed after the counted one are
    the same batch, and give it their categories; so does what they are said to be
    ('75 servicemen who were POWs')."""
    cues = scene_cues()
    for r in records:
        c = r.count
        if c is None or r.type == "deal" or r.sentence.text[c.start : c.end].strip() == "":
            continue
        text, at = r.sentence.text, c.end
        added: list[str] = []
        while (sep := _AND_RE.match(text, at)) and (noun := lex.noun_re.match(text, sep.end())):
            word = noun.group(0).lower()
            added.extend(lex.noun_categories.get(word, ()) or cues.listed_categories.get(word, ()))
            at = noun.end()
        said = _CALLED_RE.match(text, at)  # '75 servicemen who were POWs'
        if said and (noun := lex.noun_re.match(text, said.end())):
            added.extend(lex.noun_categories.get(noun.group(0).lower(), ()))
        unit = _OF_THE_FORCES_RE.match(text, at)  # '90 prisoners from the Ukrainian armed forces'
        if unit:
            added.extend(cues.listed_categories.get(unit.group("forces").lower(), ()))
        fresh = [cat for cat in dict.fromkeys(added) if cat not in r.categories]
        if fresh:
            r.categories.extend(fresh)
            r.rules.setdefault("categories", "people nouns listed with the counted one")


# the forces the counted people belong to: '103 prisoners of war of Ukraine's armed forces'
_OF_THE_FORCES_RE = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:['’]s)?\s+)?"
    r"(?P<forces>armed forces|army|navy|military|national guard)\b",
    re.I,
)


# what the counted people are said to be: '75 servicemen who were POWs', '1,348 soldiers
# and officers are held as prisoners of war'
_CALLED_RE = re.compile(
    r"[^,;.\d]{0,40}?\b(?:who\s+(?:are|were)|are|were)\s+(?:held\s+|kept\s+)?(?:as\s+)?"
)


def parts_told_back(lex: Lexicon, records: list[Mention], sents: list[Sentence]) -> None:
    """'Among those freed today are 3 women and 387 men': a later sentence of no record
    of its own, whose counts of people add up to the count of a release told just
    before it, tells that batch by its parts; their categories are the batch's (parts by
    category stay in the batch). Counts that do not add up may be a partial 'including',
    which adds no categories (docs/event-record.md)."""
    cues = scene_cues()
    told = {i for r in records if r.count is not None or r.names for i in r.sentence_indexes()}
    releases = [
        r
        for r in records
        if r.type == "release" and r.status == "occurred" and r.count and not r.aggregate
    ]
    for sent in sents if releases else []:
        if (
            sent.index in told
            or not may_hold(sent.text, _TOLD_BACK_WORDS)
            or not _TOLD_BACK_RE.search(sent.text)
        ):
            continue
        parts = [c for c in find_counted(lex, sent.text) if c.qualifier == "exact"]
        if len(parts) < 2:
            continue
        total = sum(c.value for c in parts)
        near = [
            r
            for r in releases
            if r.count is not None
            and r.count.value == total
            and 0 < sent.index - max(r.sentence_indexes()) <= cues.window
        ]
        chosen = _nearest(near, ahead=False) if near else []
        if len(chosen) != 1:
            continue
        added = [
            cat
            for c in parts
            for cat in (c.categories or cues.listed_categories.get(c.noun.lower(), ()))
        ]
        r = chosen[0]
        fresh = [cat for cat in dict.fromkeys(added) if cat not in r.categories]
        if fresh:
            r.categories = r.categories + fresh
            r.rules.setdefault("categories", f"scene:sentence {sent.index + 1}: parts of the batch")


# a sentence about people told before: 'among those freed', 'they included', 'of them'
_TOLD_BACK_WORDS = ("them", "those", "freed", "released", "returned", "liberated", "they", "these")
_TOLD_BACK_RE = re.compile(
    r"\b(?:among|of)\s+(?:them|those|the\s+(?:\w+\s+)?(?:freed|released|returned|liberated))\b"
    r"|\b(?:they|these|those)\s+(?:\w+\s+)?(?:include[ds]?|were|are)\b",
    re.I,
)


def foreign_nationals(lex: Lexicon, records: list[Mention], sents: list[Sentence]) -> None:
    """People of a nationality the report names far less than its main one, of no
    party to it, are foreign nationals ('five Thai workers' freed in a report on Israelis
    and Palestinians; 'a Norwegian' freed by Abu Sayyaf in the Philippines)."""
    if not any(r.nationality for r in records):
        return  # nothing to mark: the text need not be read
    counts: dict[str, int] = {}
    for w in _WORD_RE.findall(" ".join(s.text for s in sents)):
        if (d := lex.demonym.get(w.lower())) is not None:
            counts[d] = counts.get(d, 0) + 1
    if not counts:
        return
    top = max(counts.values())
    parties = {r.holder for r in records if r.holder} | {
        lex.demonym_country.get(d) for d, n in counts.items() if n * 3 > top
    }
    # the nationality of the largest batch is a side, however often the report names
    # another ('110 Palestinian prisoners' in a report that says 'Israeli' five times)
    sized = [r for r in records if r.nationality and r.count and r.type != "deal"]
    largest = max((r.count.value for r in sized if r.count), default=0)
    parties |= {
        lex.demonym_country.get(n)
        for r in sized
        if r.count and r.count.value == largest
        for n in r.nationality
    }
    for r in records:
        if r.type == "deal" or not r.nationality or "foreign_nationals" in r.categories:
            continue
        if all(lex.demonym_country.get(n) not in parties for n in r.nationality):
            r.categories.append("foreign_nationals")
            r.rules.setdefault(
                "categories", "scene:foreign-nationals:a minor nationality of no party"
            )
