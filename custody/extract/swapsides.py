"""The two sides of a swap told without their names, named by the report.

"The two countries each exchanged 115 prisoners" gives two releases, one a
side (``sentence._each_split``), with no holder: the sentence does not say
who the two countries are. When the report names the two sides of its swaps
elsewhere ("Russia and Ukraine each freed 103", a side told as
``holder:each-side``), those are the two: each release gets one of them as
its holder and the other's people as its nationality. A side whose holder
was already found keeps it, and the other release takes the other party.
Failing those, the two parties the report has holding or releasing people are the
two sides; failing those, the two a sentence tells exchanging ('Russia and Ukraine
carried out a prisoner exchange').
Nothing is done when the report names more or fewer than two such sides.
"""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import IN_RETURN, Mention
from custody.extract.objects import EACH_SIDE
from custody.extract.phrases import find_actors
from custody.extract.slots import NO_HOLDER
from custody.extract.text import Sentence

RULE = "holder:the-report's-two-sides"
_NAMED_SIDE = "holder:each-side"


def _each_side(r: Mention) -> bool:
    return r.count is not None and EACH_SIDE in r.count.rules


def _swapping_parties(lex: Lexicon, records: list[Mention]) -> list[str]:
    """The two parties a report's swap total names ('Russia and Ukraine have swapped more
    than 300 prisoners'), when every such total names the same two."""
    found: set[str] = set()
    for r in records:
        if r.rules.get("aggregate", "").startswith("cues.json:swap_total"):
            actors = {a.actor for a in find_actors(lex, r.sentence.text, {})}
            actors -= set(lex.mediation_only)
            if len(actors) != 2:
                continue  # 'says 150 prisoners were swapped': no parties told
            if found and actors != found:
                return []
            found = actors
    return sorted(found)


def _exchange_parties(lex: Lexicon, sentences: list[Sentence]) -> list[str]:
    """The two parties a sentence of the report tells exchanging ('Russia and Ukraine
    carried out a prisoner exchange'), when every such sentence names the same two."""
    found: set[str] = set()
    for sent in sentences:
        if not _EXCHANGE_RE.search(sent.text):
            continue
        actors = {a.actor for a in find_actors(lex, sent.text, {})} - set(lex.mediation_only)
        if len(actors) != 2:
            continue
        if found and actors != found:
            return []
        found = actors
    return sorted(found)


_EXCHANGE_RE = re.compile(r"\b(?:exchange[ds]?|swap(?:s|ped)?)\b", re.I)


def name_unnamed_sides(
    lex: Lexicon, records: list[Mention], sentences: list[Sentence] | None = None
) -> None:
    """Name the holders of the unnamed sides of a swap by the report's two sides."""
    _share_dates(records)
    parties = sorted({r.holder for r in records if r.holder_rule == _NAMED_SIDE and r.holder})
    if not parties:
        parties = _swapping_parties(lex, records)
    if not parties:  # the two parties the report has holding or releasing people
        parties = sorted(
            {r.holder for r in records if r.type in ("release", "holding") and r.holder}
        )
    if not parties and sentences and any(_each_side(r) and not r.holder for r in records):
        parties = _exchange_parties(lex, sentences)
    if len(parties) != 2:
        return
    pairs: dict[tuple[int, int | None, str], list[Mention]] = {}
    for r in records:
        if _each_side(r) and r.holder_rule != _NAMED_SIDE:
            key = (r.sentence.index, r.count.value if r.count else None, r.type)
            pairs.setdefault(key, []).append(r)
    for pair in pairs.values():
        if len(pair) != 2:
            continue
        known = [r.holder for r in pair if r.holder]
        if len(known) == 2 or any(k not in parties for k in known):
            continue
        free = [p for p in parties if p not in known]
        for r in pair:
            if r.holder is None:
                r.holder, r.holder_rule = free.pop(0), RULE
        for r in pair:
            other = next(p for p in parties if p != r.holder)
            if not r.nationality:
                r.nationality = [d for d, c in lex.demonym_country.items() if c == other][:1]


def _share_dates(records: list[Mention]) -> None:
    """The two sides of one swap told in one sentence ('an exchange: 75 people for 75
    people') happened on one day: a side with no day takes the other's."""
    pairs: dict[tuple[int, int | None], list[Mention]] = {}
    for r in records:
        if _each_side(r) and r.type == "release":
            pairs.setdefault((r.sentence.index, r.count.value if r.count else None), []).append(r)
    for pair in pairs.values():
        dated = [r for r in pair if r.date]
        if len(pair) == 2 and len(dated) == 1:
            other = next(r for r in pair if not r.date)
            other.date, other.date_rule = dated[0].date, "date:the-other-side-of-the-swap"


_IN_RETURN_AFTER_RE = re.compile(r"[^,;.]{0,60}?\bin (?:return|exchange)\b(?!\s+for\b)", re.I)


def given_in_return(
    lex: Lexicon, text: str, actors: list[str], m: Mention, prev: Mention | None
) -> None:
    """'Russia got back 120 soldiers, and 120 POWs were handed over in return': people
    given in return for a batch told just before in the sentence are held by the other
    of the two sides the sentence names (with the first batch's holder); failing that,
    by no one the sentence tells (not by that batch's holder)."""
    t = m.trigger
    if (
        prev is None
        or t is None
        or prev.type != "release"
        or m.type != "release"
        or (IN_RETURN not in m.rules.get("type", "") and not _IN_RETURN_AFTER_RE.match(text, t.end))
    ):
        return
    _captivity_of_the_batch_before(text, m, prev, t.start)
    if not prev.holder or m.holder not in (None, prev.holder):
        return
    sides = {a for a in actors if a not in lex.mediation_only} | {prev.holder}
    if len(sides) == 2:
        m.holder = next(s for s in sides if s != prev.holder)
        m.holder_rule = "holder:the-other-side-of-the-swap"
    else:
        m.holder, m.holder_rule = None, NO_HOLDER + "given-in-return-for-the-batch-before"


def _captivity_of_the_batch_before(text: str, m: Mention, prev: Mention, end: int) -> None:
    """'95 of its soldiers came back from Ukrainian captivity, and it handed over 95
    Ukrainian troops in return': the captivity told in the batch before's clause is that
    batch's holder, not the holder of the people given in return."""
    rule = "holder:captivity-adjective:"
    if prev.holder or prev.count is None or not m.holder_rule.startswith(rule):
        return
    adjective = m.holder_rule[len(rule) :]
    at = text.find(f"{adjective} captivity", prev.count.end, end)
    if at >= 0:
        prev.holder, prev.holder_rule = m.holder, m.holder_rule
        m.holder, m.holder_rule = None, ""
