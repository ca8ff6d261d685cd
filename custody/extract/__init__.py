"""Records from text: ``extract(document) -> list[Event]``.

The stages: sentences -> phrases (counted people, custody words, actors) ->
mentions (one per counted group and custody word, with status, holder,
date, place) -> records (mentions of one happening merged; deals from
swaps). Every value keeps the rule or lexicon entry that produced it
(``Event.provenance``).
"""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon, load_lexicon
from custody.extract.mentions import (
    Mention,
    SentenceFacts,
    is_each,
    is_subset,
    mention_for,
    pair,
    sentence_facts,
)
from custody.extract.merge import deals, merge_mentions, to_event
from custody.extract.phrases import Counted, resolve_context
from custody.extract.text import sentences
from custody.record import Document, Event

EXTRACTOR_VERSION = "0.1.0"

# Cheap test that a document may be about custody at all; most news is not.
_PREFILTER_RE = re.compile(
    r"releas|freed|free |hostage|captiv|prisoner|detain|detention|arrest|abduct|kidnap|"
    r"custody|swap|exchange|hunger|jail|prison|held|holding|rescued|seized|captured|abductee",
    re.I,
)


def extract(document: Document) -> list[Event]:
    """All custody records of one document, reportable or not."""
    text = document.text
    if not text or not _PREFILTER_RE.search(text):
        return []
    lex = load_lexicon()
    context = resolve_context(lex, text)
    doc_actors = {a for a in lex.actor_alias.values() if a in text}
    mentions: list[Mention] = []
    for sent in sentences(text):
        facts = sentence_facts(lex, sent, context)
        if not facts.triggers or not facts.counted:
            continue
        doc_actors.update(a.actor for a in facts.actors)
        mentions.extend(_sentence_mentions(lex, facts, document.published, mentions))
    for m in mentions:
        if m.holder is None and m.type != "detention":
            _counterpart_holder(lex, m, doc_actors)
    records = merge_mentions(mentions)
    records.extend(deals(lex, records, text))
    return [to_event(r) for r in records]


def _sentence_mentions(
    lex: Lexicon, facts: SentenceFacts, published: str | None, earlier: list[Mention]
) -> list[Mention]:
    text = facts.sentence.text
    out: list[Mention] = []
    pairs = pair(facts)
    skip = _breakdowns(pairs, text, earlier)
    for c, t in pairs:
        if id(c) in skip or is_subset(text, c):
            continue
        m = mention_for(lex, facts, c, t, published)
        if m is None:
            continue
        if m.holder is None and out and out[-1].trigger is t and out[-1].holder:
            m.holder, m.holder_rule = out[-1].holder, "holder:coordinated-with-previous"
        if is_each(text, t):
            out.extend(_each_split(lex, facts, m))
            continue
        out.append(m)
    return out


def _breakdowns(pairs: list[tuple[Counted, object]], text: str, earlier: list[Mention]) -> set[int]:
    """Coordinated counts that add up to a total already given are its parts."""
    skip: set[int] = set()
    counted = [c for c, _ in pairs]
    i = 0
    while i < len(counted):
        run = [counted[i]]
        j = i + 1
        while j < len(counted) and re.fullmatch(
            r"\s*(?:,\s*|and\s+|,\s*and\s+)", text[counted[j - 1].end : counted[j].start]
        ):
            run.append(counted[j])
            j += 1
        if len(run) >= 2:
            total = sum(c.value for c in run)
            target: Counted | Mention | None = None
            if i > 0 and counted[i - 1].value == total:
                target = counted[i - 1]
            else:
                target = next(
                    (m for m in reversed(earlier[-6:]) if m.count and m.count.value == total),
                    None,
                )
            if target is not None:
                cats = target.categories
                for c in run:
                    skip.add(id(c))
                    for cat in c.categories:
                        if cat not in cats:
                            cats.append(cat)
        i = j
    return skip


def _each_split(lex: Lexicon, facts: SentenceFacts, m: Mention) -> list[Mention]:
    """'Russia and Ukraine each freed 303 soldiers': one record per side."""
    t = m.trigger
    assert t is not None
    sides = [a.actor for a in facts.actors if a.end <= t.start and a.actor not in lex.mediation_only]
    sides = list(dict.fromkeys(sides))
    if len(sides) != 2:
        return [m]
    out = []
    for holder, other in (sides, sides[::-1]):
        copy = Mention(**{k: getattr(m, k) for k in m.__dataclass_fields__})
        copy.nationality = [d for d, c in lex.demonym_country.items() if c == other][:1]
        copy.holder, copy.holder_rule = holder, "holder:each-side"
        copy.evidence = list(m.evidence)
        copy.rules = dict(m.rules)
        copy.categories = list(m.categories)
        out.append(copy)
    return out


_CAPTORS = {
    "Palestinian": ("Israel",),
    "Israeli": ("Hamas", "Palestinian Islamic Jihad", "Hezbollah"),
    "Thai": ("Hamas",),
    "Ukrainian": ("Russia",),
    "Russian": ("Ukraine",),
    "Armenian": ("Azerbaijan",),
    "Azerbaijani": ("Armenia",),
    "Iranian": ("United States",),
    "American": ("Russia", "Iran", "Venezuela", "Taliban", "Belarus", "China"),
}


def _counterpart_holder(lex: Lexicon, m: Mention, doc_actors: set[str]) -> None:
    """Who holds these people, from their nationality and who the document names."""
    for nat in m.nationality:
        candidates = [a for a in _CAPTORS.get(nat, ()) if a in doc_actors]
        if len(candidates) == 1:
            m.holder, m.holder_rule = candidates[0], f"holder:counterpart-of:{nat}"
            return


__all__ = ["EXTRACTOR_VERSION", "Lexicon", "extract"]
