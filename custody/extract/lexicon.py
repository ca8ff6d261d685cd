"""Load and validate the lexicon data files under custody/lexicons/.

Knowledge of wording lives in those files; this module turns them into
compiled patterns once (``load_lexicon()`` is cached) and raises
:class:`LexiconError` naming the file, entry and reason when one is malformed.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from custody import lexicon_files
from custody.errors import LexiconError
from custody.extract.gate import compile_gated
from custody.extract.regex import (
    Alternatives,
    PrefixIndex,
    WordStarts,
    alternation,
    compile_fast,
    literal_prefixes,
)

CATEGORIES = {
    "women",
    "children",
    "men",
    "elderly",
    "soldiers",
    "prisoners_of_war",
    "civilians",
    "foreign_nationals",
    "security_detainees",
    "political_detainees",
    "administrative_detainees",
    "life_sentence",
    "journalists",
    "medical_workers",
    "sick_wounded",
}
TYPES = ("release", "detention", "holding", "transfer", "hunger_strike", "death_in_custody")
VOICES = ("active", "passive", "intrans", "noun", "recipient")
# Demonyms that describe the people far more often than their holder
# ("Palestinian prisons" is rare, "Palestinian prisoners" everywhere).
NOT_HOLDER_ADJ = {"Palestinian"}

TRIGGER_PREFIX = 8
"""Letters of a custody word's literal prefix used to find where it may start."""


@dataclass(frozen=True)
class Trigger:
    type: str
    voice: str
    pattern: re.Pattern[str]
    source: str


@dataclass(eq=False)
class Lexicon:
    actor_alias: dict[str, str] = field(default_factory=dict)
    """alias text (as written, or lowercased for case-insensitive ones) -> actor."""
    actor_re: re.Pattern[str] = re.compile(r"(?!)")
    actor_places: PrefixIndex | None = None
    """Where an alias of ``actor_re`` may start in lower-cased text (phrases.actor_matches);
    None when an alias matched in any case has a letter beyond ASCII."""
    actor_adj: dict[str, str] = field(default_factory=dict)
    context: dict[str, dict[str, str]] = field(default_factory=dict)
    mediation_only: frozenset[str] = frozenset()
    party_aliases: frozenset[str] = frozenset()  # lower-case ('Saudi-led coalition': a party)
    not_the_state_before: re.Pattern[str] = re.compile(r"(?!)")  # 'a Haiti gang': no actor
    unnamed_subject: re.Pattern[str] = re.compile(r"(?!)")
    """An unnamed captor as the subject right before a custody word ('Gunmen kidnapped')."""
    captors: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """demonym -> actors that may hold such people (actors.json holders_of_nationals)."""
    demonym: dict[str, str] = field(default_factory=dict)
    """any demonym form (lowercase) -> canonical demonym."""
    demonym_country: dict[str, str] = field(default_factory=dict)
    """canonical demonym -> country actor name."""
    country_names: dict[str, str] = field(default_factory=dict)
    capitals: tuple[str, ...] = ()
    """The capitals of countries.tsv (with its seats of government: 'the Kremlin')."""
    capital_towns: frozenset[str] = frozenset()
    """The capitals that are towns (no seat of government): places ('in Bangkok')."""
    place_names: frozenset[str] = frozenset()
    """The gazetteer of places.json and the capital towns."""
    noun_categories: dict[str, tuple[str, ...]] = field(default_factory=dict)
    deceased_nouns: frozenset[str] = frozenset()
    taker_nouns: frozenset[str] = frozenset()
    """people.json 'takes': nouns of those who take people ('kidnappers'), lower-case."""
    noun_side: dict[str, str] = field(default_factory=dict)
    noun_size: dict[str, int] = field(default_factory=dict)
    """people.json 'size': how many people one of them is ('a couple': 2), by lower-case form."""
    """people.json 'side': 'captives' or 'prisoners', by lower-case noun form."""
    noun_re: re.Pattern[str] = re.compile(r"(?!)")
    modifiers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    modifiers_as_nouns: frozenset[str] = frozenset()
    modifiers_before_release: frozenset[str] = frozenset()
    """Modifiers that stand for the people only right before a release ('14 wounded were freed')."""
    """Modifiers that may stand for the people themselves ('14 wounded were released')."""
    triggers: list[Trigger] = field(default_factory=list)
    trigger_index: PrefixIndex = field(default_factory=lambda: PrefixIndex([]))
    """Where a custody word may start: words beginning with one of its literal
    prefixes (up to TRIGGER_PREFIX letters); the candidates are indexes in
    ``triggers`` (phrases.find_triggers)."""
    trigger_always: list[Trigger] = field(default_factory=list)
    """Custody words whose first letters can't be told: searched everywhere."""
    status_before: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    status_around: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    aggregate: list[re.Pattern[str]] = field(default_factory=list)
    aggregate_any: Alternatives = field(default_factory=lambda: Alternatives([]))
    aggregate_wide: frozenset[str] = frozenset()
    """Aggregate cues that count anywhere before the custody word in the sentence."""
    aggregate_perfect: list[re.Pattern[str]] = field(default_factory=list)
    """cues.json aggregate_with_perfect: the cue words that need a perfect tense ('since')."""
    aggregate_ranked: list[re.Pattern[str]] = field(default_factory=list)
    """cues.json aggregate_ranked: a ranking before an aggregate cue ('the largest so far')."""
    swap_total: dict[str, re.Pattern[str]] = field(default_factory=dict)
    """cues.json swap_total: when a swap's count is both sides together."""
    aggregate_arrests: list[re.Pattern[str]] = field(default_factory=list)
    tally_types: dict[str, str] = field(default_factory=dict)
    """cues.json tally_types: a tally's noun -> the record type it counts."""
    tally_types_since: dict[str, str] = field(default_factory=dict)
    """cues.json tally_types_since: a tally's noun -> what it counts when told over a time."""
    """cues.json aggregate_arrests: running totals of arrests in a simple past."""
    released_thing_before: re.Pattern[str] = re.compile(r"(?!)")
    released_thing_after: re.Pattern[str] = re.compile(r"(?!)")
    """cues.json released_things: 'figures released by', 'released a video': no person freed;
    after, liberated_places too ('aims to liberate the eastern regions')."""
    own_people: re.Pattern[str] = re.compile(r"(?!)")
    """cues.json own_people: after a release word, people the subject calls its own."""
    taken_role_nouns: frozenset[str] = frozenset()
    """cues.json taken_role_nouns: nouns that name again any people taken ('the victims')."""
    new_batch: re.Pattern[str] = re.compile(r"(?!)")
    """cues.json new_batch: a sentence telling another batch, not a part of one told before."""
    not_custody: Alternatives = field(default_factory=lambda: Alternatives([]))
    status_before_any: dict[str, Alternatives] = field(default_factory=dict)
    reporting_re: re.Pattern[str] = re.compile(r"(?!)")
    places: dict[str, Any] = field(default_factory=dict)
    noun_heads: frozenset[str] = frozenset()
    named_actors: frozenset[str] = frozenset()
    """The actors of actors.json (not every country of countries.tsv)."""
    people_hint: WordStarts = field(default_factory=lambda: WordStarts([]))
    """People nouns and demonyms: a sentence with none of them (nor 'of them')
    counts no people, and is not scanned number by number."""
    compound_heads: frozenset[str] = frozenset()
    """Nouns after a people noun that make it a modifier ('prisoner exchange')."""
    function_words: frozenset[str] = frozenset()
    headline_verb_re: re.Pattern[str] = re.compile(r"(?!)")
    """A headline's custody verb before its object with no article ('frees', 'kidnap':
    people.json headline_verbs)."""
    vague_group_re: re.Pattern[str] = re.compile(r"(?!)")
    """A group of people with no count ('dozens of prisoners'; people.json vague_quantities)."""
    not_name_words: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    """Words that make a capitalised run no person's name (names.json)."""
    person_titles: frozenset[str] = frozenset()
    """Ranks and honorifics taken off the front of a name (names.json)."""
    person_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """names.json's word lists by key (roles, introducers, speech_verbs, kin, ...)."""


def _compile(
    name: str, where: str, pattern: str, flags: int = re.I, fast: bool = False, gated: bool = False
) -> re.Pattern[str]:
    """``pattern`` compiled (``fast``: through ``compile_fast``, for a pattern searched in
    every sentence; ``gated``: through ``gate.compile_gated``, for a cue of a list whose
    patterns are searched one after the other), or the lexicon file's error."""
    try:
        if gated:
            return compile_gated(pattern, flags)
        return compile_fast(pattern, flags) if fast else re.compile(pattern, flags)
    except re.error as exc:
        raise LexiconError(f"lexicons/{name}: {where}: bad pattern {pattern!r}: {exc}") from None


def _load_countries(lex: Lexicon) -> list[tuple[str, bool]]:
    """Fill demonyms and country names; return (alias, case_sensitive) pairs for actors."""
    aliases: list[tuple[str, bool]] = []
    rows = csv.DictReader(lexicon_files.read_text("countries.tsv").splitlines(), delimiter="\t")
    for n, row in enumerate(rows, start=2):
        country = (row.get("country") or "").strip()
        demonym = (row.get("demonym") or "").strip()
        if not country:
            raise LexiconError(f"lexicons/countries.tsv: line {n}: country required")
        if demonym:
            lex.demonym_country.setdefault(demonym, country)
            forms = [demonym, *filter(None, (row.get("demonym_aliases") or "").split("|"))]
            for form in forms:
                lex.demonym.setdefault(form.strip().lower(), demonym)
        names = [country, *filter(None, (row.get("aliases") or "").split("|"))]
        for name in names:
            lex.country_names.setdefault(name.strip(), country)
            aliases.append((name.strip(), True))
        lex.capitals += tuple(c.strip() for c in (row.get("capital") or "").split("|") if c.strip())
    return aliases


def _load_places(lex: Lexicon) -> None:
    """places.json; the capitals of countries.tsv are places too ('arrested in Bangkok'),
    less the seats of government ('the Kremlin', places.json capital_seats)."""
    lex.places = lexicon_files.read_json("places.json")
    seats = lex.places.get("capital_seats", [])
    if not isinstance(seats, list) or not all(isinstance(s, str) and s for s in seats):
        raise LexiconError("lexicons/places.json: 'capital_seats': expected a list of names")
    lex.capital_towns = frozenset(
        c for c in lex.capitals if c not in seats and not c.startswith("the ")
    )
    lex.place_names = frozenset(lex.places["places"]) | lex.capital_towns


def _load_actors(lex: Lexicon, extra: list[tuple[str, bool]]) -> None:
    data = lexicon_files.read_json("actors.json")
    actors = data.get("actors")
    if not isinstance(actors, dict):
        raise LexiconError("lexicons/actors.json: 'actors' must be an object")
    sensitive: list[str] = []
    insensitive: list[str] = []
    for alias, _ in extra:
        country = lex.country_names[alias]
        lex.actor_alias.setdefault(alias, country)
        sensitive.append(alias)
    lex.named_actors = frozenset(actors)
    for name, entry in actors.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("aliases"), list):
            raise LexiconError(f"lexicons/actors.json: actor {name!r}: 'aliases' list required")
        aliases = entry["aliases"]  # (with a typographic apostrophe too: 'Jama’at Nusrat')
        for alias in [
            *aliases,
            *(a.replace("'", "’") for a in aliases if isinstance(a, str) and "'" in a),
        ]:
            if not isinstance(alias, str) or not alias:
                raise LexiconError(f"lexicons/actors.json: actor {name!r}: empty alias")
            if alias[0].islower():
                lex.actor_alias[alias.lower()] = name
                insensitive.append(alias)
            else:
                lex.actor_alias[alias] = name
                sensitive.append(alias)
        for adj in entry.get("adjectives", []):
            lex.actor_adj[adj] = name
            if name not in lex.country_names.values():  # 'Yemen's Houthi rebel group'
                for noun in _GROUP_NOUNS:
                    lex.actor_alias.setdefault(f"{adj} {noun}", name)
                    sensitive.append(f"{adj} {noun}")
    for demonym, country in lex.demonym_country.items():
        if demonym not in NOT_HOLDER_ADJ:
            lex.actor_adj.setdefault(demonym, country)
    lex.context = {k.lower(): v for k, v in data.get("context", {}).items()}
    insensitive.extend(lex.context)
    lex.mediation_only = frozenset(data.get("mediation_only", []))
    lex.party_aliases = frozenset(a.lower() for a in data.get("party_aliases", []))
    groups = data.get("not_the_state_before", [])
    if groups:
        lex.not_the_state_before = re.compile(rf"(?:['’]s)?\s+(?:{alternation(groups)})\b")
    captors = [*groups, *data.get("unnamed_captors", [])]
    if captors:  # at the clause's start, up to two words before it, a few words after
        lex.unnamed_subject = re.compile(
            r"(?:^|[,;:]\s*|\b(?:when|after|as|and|while|where)\s+)(?:[\w-]+\s+){0,2}?"
            rf"(?:{alternation(captors, ignore_case=True)})\s+(?:(?!that\b|who\b|which\b|said\b|says\b)[\w-]+\s+){{0,3}}$",
            re.I,
        )
    for demonym, holders in data.get("holders_of_nationals", {}).items():
        unknown = [h for h in holders if h not in actors and h not in lex.country_names.values()]
        if unknown:
            raise LexiconError(
                f"lexicons/actors.json: holders_of_nationals.{demonym}: unknown actor {unknown[0]!r}"
            )
        lex.captors[demonym] = tuple(holders)
    lex.actor_re = compile_fast(
        # (an actor leading others is that actor: 'Hamas-led militants took 250 hostages')
        rf"(?<![\w-])(?:(?P<cs>{alternation(sensitive)})|(?i:(?P<ci>{alternation(insensitive, ignore_case=True)})))(?![\w]|-(?!led\b))"
    )
    if all(c.isascii() or not c.isalpha() for a in insensitive for c in a):
        lex.actor_places = PrefixIndex([{a.lower()[:8] for a in [*sensitive, *insensitive]}], True)


_GROUP_NOUNS = ("group", "rebel group", "rebel movement", "militant group")
"""A group named by a movement's adjective is the movement ('Yemen's Houthi group
released 113 detainees': the Houthis, not Yemen); a people noun after the adjective
('Houthi fighters') stays people."""


def _size(key: str, size: object) -> int:
    if not isinstance(size, int) or isinstance(size, bool) or size < 2:
        raise LexiconError(
            f"lexicons/people.json: noun {key!r}: 'size' must be a whole number over 1"
        )
    return size


def _load_people(lex: Lexicon) -> None:
    data = lexicon_files.read_json("people.json")
    forms: list[str] = []
    for key, entry in data.get("nouns", {}).items():
        if not isinstance(entry, dict) or not isinstance(entry.get("forms", []), list):
            raise LexiconError(
                f"lexicons/people.json: noun {key!r}: expected an object with 'forms' and 'categories'"
            )
        cats = tuple(entry.get("categories", []))
        bad = [c for c in cats if c not in CATEGORIES]
        if bad:
            raise LexiconError(f"lexicons/people.json: noun {key!r}: unknown category {bad[0]!r}")
        for form in entry.get("forms", []):
            lex.noun_categories[form.lower()] = cats
            forms.append(form)
            if entry.get("deceased"):
                lex.deceased_nouns = lex.deceased_nouns | {form.lower()}
            if entry.get("takes"):
                lex.taker_nouns = lex.taker_nouns | {form.lower()}
            if "side" in entry:
                lex.noun_side[form.lower()] = _side(key, entry["side"])
            if "size" in entry:
                lex.noun_size[form.lower()] = _size(key, entry["size"])
    lex.compound_heads = frozenset(w.lower() for w in data.get("compound_heads", []))
    lex.function_words = frozenset(w.lower() for w in data.get("function_words", []))
    verbs = data.get("headline_verbs", [])
    if verbs:
        lex.headline_verb_re = re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in verbs) + r")\s+(?=[A-Za-z])"
        )
    for mod, mod_cats in data.get("modifiers", {}).items():
        bad = [c for c in mod_cats if c not in CATEGORIES]
        if bad:
            raise LexiconError(
                f"lexicons/people.json: modifier {mod!r}: unknown category {bad[0]!r}"
            )
        lex.modifiers[mod.lower()] = tuple(mod_cats)
    lex.noun_heads = frozenset(f.split()[0].lower() for f in forms)
    plural_demonyms = [d for d in lex.demonym if d.endswith(("s", "is")) or d.endswith("men")]
    lex.noun_re = re.compile(
        rf"(?<![\w-])(?:{alternation(forms + plural_demonyms, ignore_case=True)})(?![\w-])", re.I
    )
    # every counted group has a people noun, a demonym ('a Filipino') or 'of them' in it:
    # a sentence without any of them is not scanned number by number
    standalone = [w.lower() for w in data.get("modifiers_as_nouns", [])]
    stray = [w for w in standalone if w not in lex.modifiers]
    if stray:
        raise LexiconError(f"lexicons/people.json: modifiers_as_nouns: {stray[0]!r} is no modifier")
    lex.modifiers_as_nouns = frozenset(standalone)
    before_release = [w.lower() for w in data.get("modifiers_as_nouns_before_release", [])]
    stray = [w for w in before_release if w not in lex.modifiers]
    if stray:
        raise LexiconError(
            f"lexicons/people.json: modifiers_as_nouns_before_release: {stray[0]!r} is no modifier"
        )
    lex.modifiers_before_release = frozenset(before_release)
    lex.people_hint = WordStarts([*forms, *lex.demonym, *standalone, *before_release])
    vague = alternation(data.get("vague_quantities", []), ignore_case=True)
    lex.vague_group_re = (
        re.compile(
            rf"\b(?:{vague})\s+(?:of\s+)?(?:[\w-]+\s+){{0,3}}?(?:{alternation(forms, ignore_case=True)})\b",
            re.I,
        )
        if vague
        else re.compile(r"(?!)")
    )


_SIDES = ("captives", "prisoners", "combatants")


def _side(key: str, side: object) -> str:
    if side not in _SIDES:
        raise LexiconError(
            f"lexicons/people.json: noun {key!r}: 'side' {side!r} is not one of {', '.join(_SIDES)}"
        )
    return str(side)


def _load_triggers(lex: Lexicon) -> None:
    data = lexicon_files.read_json("triggers.json")
    sources: list[str] = []
    for type_, entries in data.items():
        if type_.startswith("_"):
            continue
        if type_ not in TYPES:
            raise LexiconError(f"lexicons/triggers.json: unknown record type {type_!r}")
        if not isinstance(entries, list):
            raise LexiconError(f"lexicons/triggers.json: {type_}: expected a list of entries")
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict) or not isinstance(entry.get("re"), str):
                raise LexiconError(
                    f"lexicons/triggers.json: {type_}[{i}]: expected an object with a 're' pattern"
                )
            voice = entry.get("voice")
            if voice not in VOICES:
                raise LexiconError(f"lexicons/triggers.json: {type_}[{i}]: bad voice {voice!r}")
            pattern = _compile(
                "triggers.json", f"{type_}[{i}]", rf"(?<![\w-]){entry['re']}(?![\w-])"
            )
            lex.triggers.append(Trigger(type_, voice, pattern, f"triggers.json:{type_}[{i}]"))
            sources.append(entry["re"])
    # one pass finds the words that may start a custody word (by its first letters);
    # only the entries that can start that way are tried there
    always: list[Trigger] = []
    indexed: list[set[str]] = []
    for trig, source in zip(lex.triggers, sources, strict=True):
        heads = literal_prefixes(source, TRIGGER_PREFIX)
        if heads is None:
            always.append(trig)
            indexed.append(set())  # keeps the indexes of the others
        else:
            indexed.append(heads)
    lex.trigger_always = always
    lex.trigger_index = PrefixIndex(indexed, word_start=True, dfa=True, sources=sources)


def _load_cues(lex: Lexicon) -> None:
    data = lexicon_files.read_json("cues.json")
    for status, entry in data.get("status", {}).items():
        lex.status_before[status] = [
            _compile("cues.json", f"status.{status}", p) for p in entry.get("before", [])
        ]
        lex.status_around[status] = [  # (searched one by one: each behind its gate)
            _compile("cues.json", f"status.{status}", p, gated=True)
            for p in entry.get("around", [])
        ]
    _load_aggregate_cues(lex, data)
    not_custody = list(data.get("not_custody", []))
    for p in not_custody:
        _compile("cues.json", "not_custody", p)
    lex.not_custody = Alternatives(not_custody)
    lex.new_batch = _compile(
        "cues.json",
        "new_batch",
        "|".join(f"(?:{p})" for p in data.get("new_batch", [])) or "(?!)",
        fast=True,
    )
    things = alternation(data.get("released_things", []), ignore_case=True) or "(?!)"
    lex.released_thing_before = _compile(
        "cues.json",
        "released_things",  # 'a handout picture taken and released by the ministry'
        # (not a list's 'and': 'unfroze funds and released five Iranians')
        rf"\b(?:{things})\s+(?:(?!and\s|or\s)\w+\s+)?(?:(?:taken|shot|filmed|obtained) and\s+)?$",
        fast=True,
    )
    places = alternation(data.get("liberated_places", []), ignore_case=True) or "(?!)"
    lex.released_thing_after = _compile(  # (and 'liberate the eastern regions': a land)
        "cues.json",
        "released_things",
        rf"\s+(?:(?:a|an|the|its|their|new|further)\s+)*(?:[\w-]+\s+)?(?:{things})\b"
        r"|(?:(?<=liberate)|(?<=liberates)|(?<=liberated)|(?<=liberating)|(?<=liberation)"
        r"|(?<=liberation of))\s+(?:(?:the|its|their|our|all|of)\s+)*"  # (after 'liberate' only)
        rf"(?:(?!(?:from|in|into|to|at|on)\b)[\w'-]+\s+){{0,2}}?(?:{places})"
        r"(?=\s*[,.;:)]|\s*$|\s+(?:of|from|in|on|and|where|which|that|by|to|with|after)\b)",
    )
    lex.own_people = _compile(
        "cues.json",
        "own_people",
        "|".join(f"(?:{p})" for p in data.get("own_people", [])) or "(?!)",
    )
    lex.taken_role_nouns = frozenset(w.lower() for w in data.get("taken_role_nouns", []))
    lex.swap_total = {
        k: _compile("cues.json", f"swap_total.{k}", v)
        for k, v in data.get("swap_total", {}).items()
    }
    # each list searched as one alternation, fast (regex.Alternatives); each
    # pattern was checked on its own above
    for status, patterns in lex.status_before.items():
        if patterns:
            lex.status_before_any[status] = Alternatives([p.pattern for p in patterns])
    lex.reporting_re = _compile(
        "cues.json",
        "reporting",
        rf"\b(?:{alternation(data.get('reporting', []))})\b",
        fast=True,
    )


def _load_aggregate_cues(lex: Lexicon, data: dict[str, Any]) -> None:
    """cues.json's running-total cues: aggregate and its refinements, tally types."""
    # each cue of a list searched one after the other behind the gate of the words it
    # needs (gate.py): most clauses hold none of them (a third of the time these lists took)
    lex.aggregate = [
        _compile("cues.json", "aggregate", p, gated=True) for p in data.get("aggregate", [])
    ]
    lex.aggregate_wide = frozenset(data.get("aggregate_sentence_wide", []))
    stray = lex.aggregate_wide - {p.pattern for p in lex.aggregate}
    if stray:
        raise LexiconError(
            f"lexicons/cues.json: aggregate_sentence_wide: {sorted(stray)[0]!r} is not in 'aggregate'"
        )
    lex.aggregate_any = Alternatives([p.pattern for p in lex.aggregate])  # one search, fast
    for key in ("aggregate_with_perfect", "aggregate_ranked", "aggregate_arrests"):
        searched = key != "aggregate_with_perfect"  # (that one is only matched)
        patterns = [_compile("cues.json", key, p, gated=searched) for p in data.get(key, [])]
        setattr(lex, "aggregate_perfect" if key == "aggregate_with_perfect" else key, patterns)
    for key in ("tally_types", "tally_types_since"):
        table = getattr(lex, key)
        for type_, nouns in data.get(key, {}).items():
            if type_ not in TYPES:
                raise LexiconError(f"lexicons/cues.json: {key}: unknown record type {type_!r}")
            table.update((n.lower(), type_) for n in nouns)


def word_list(name: str, data: dict[str, Any], key: str) -> list[str]:
    """``data[key]`` of lexicon file ``name``: a list of distinct single words."""
    words = data.get(key)
    if not isinstance(words, list):
        raise LexiconError(f"lexicons/{name}: {key!r}: expected a list of words")
    seen: set[str] = set()
    for i, word in enumerate(words):
        if not isinstance(word, str) or not word or word != word.strip() or " " in word:
            raise LexiconError(f"lexicons/{name}: {key}[{i}]: {word!r} is not a single word")
        if word in seen:
            raise LexiconError(f"lexicons/{name}: {key}[{i}]: {word!r} is listed twice")
        seen.add(word)
    return words


@dataclass(frozen=True)
class WordLists:
    """The word lists of words.json, read without the rest of the lexicon (the
    prefilter and the sentence splitter need them before any record is sought)."""

    abbreviations: frozenset[str]
    letter_names_after: frozenset[str]
    """After one of these, a single letter is a name ('on X'), not an initial."""
    custody_words: tuple[str, ...]
    prefilter_people: tuple[str, ...]
    """Plural nouns of people a counted group names ('14 hostages'), for the prefilter."""
    sentence_openers: frozenset[str]
    """Capitalised, they open a sentence: never inside a people phrase (as written, 'The')."""


def _pieces(name: str, data: dict[str, Any], key: str, single: bool = False) -> list[str]:
    """``data[key]``: distinct non-blank lower-case strings (spaces kept as written),
    each a single word if ``single``."""
    pieces = data.get(key)
    if not isinstance(pieces, list):
        raise LexiconError(f"lexicons/{name}: {key!r}: expected a list of strings")
    for i, piece in enumerate(pieces):
        if not isinstance(piece, str) or not piece.strip() or piece != piece.lower():
            raise LexiconError(
                f"lexicons/{name}: {key}[{i}]: {piece!r} is not a lower-case word or phrase"
            )
        if single and piece.split() != [piece]:
            raise LexiconError(f"lexicons/{name}: {key}[{i}]: {piece!r} is not a single word")
        if piece in pieces[:i]:
            raise LexiconError(f"lexicons/{name}: {key}[{i}]: {piece!r} is listed twice")
    return pieces


@lru_cache(maxsize=1)
def word_lists() -> WordLists:
    data = lexicon_files.read_json("words.json")
    return WordLists(
        abbreviations=frozenset(_pieces("words.json", data, "abbreviations", single=True)),
        letter_names_after=frozenset(
            _pieces("words.json", data, "letter_names_after", single=True)
        ),
        custody_words=tuple(_pieces("words.json", data, "custody_words")),
        prefilter_people=tuple(_pieces("words.json", data, "prefilter_people", single=True)),
        sentence_openers=frozenset(
            w.capitalize() for w in _pieces("words.json", data, "sentence_openers", single=True)
        ),
    )


def _load_names(lex: Lexicon) -> None:
    data = lexicon_files.read_json("names.json")
    lex.not_name_words = frozenset(word_list("names.json", data, "not_name_words"))
    lex.clause_openers = frozenset(word_list("names.json", data, "clause_openers"))
    lex.person_titles = frozenset(word_list("names.json", data, "titles"))
    lex.person_words = {
        key: tuple(_pieces("names.json", data, key))
        for key in (
            "roles",
            "introducers",
            "speech_verbs",
            "accusing_verbs",
            "kin",
            "bystander_roles",
            "official_roles",
            "possessed_custody_words",
            "appositive_officials",
        )
    }
    lex.person_words["honorifics"] = tuple(word_list("names.json", data, "honorifics"))
    lex.person_words["role_plain_capitals"] = tuple(
        word_list("names.json", data, "role_plain_capitals")
    )


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    lex = Lexicon()
    extra = _load_countries(lex)
    _load_actors(lex, extra)
    _load_people(lex)
    _load_triggers(lex)
    _load_cues(lex)
    _load_names(lex)
    _load_places(lex)
    return lex
