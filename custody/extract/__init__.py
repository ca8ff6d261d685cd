"""Records from text: ``extract(document) -> list[Event]``.

The stages: sentences -> phrases (counted people, custody words, actors) ->
mentions (one per counted group and custody word, with status, holder,
date, place) -> records (mentions of one happening merged; deals from
swaps). Every value keeps the rule or lexicon entry that produced it
(``Event.provenance``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from custody.extract.lexicon import Lexicon, load_lexicon
from custody.extract.mentions import (
    Mention,
    SentenceFacts,
    clause_span,
    date_for,
    is_each,
    is_subset,
    mention_for,
    pair,
    sentence_facts,
)
from custody.extract.merge import deals, merge_mentions, to_event
from custody.extract.names import NameHit, find_names, surname_map
from custody.extract.phrases import (
    Counted,
    Hit,
    find_actors,
    find_counted,
    find_triggers,
    resolve_context,
)
from custody.extract.text import sentences
from custody.record import Document, Event, Evidence

EXTRACTOR_VERSION = "0.1.0"

# Cheap test that a document may be about custody at all; most news is not.
_PREFILTER_RE = re.compile(
    r"hostage|captiv|prison|detain|detention|abduct|kidnap|\bPOWs?\b|custody|arrest|jail|"
    r"hunger.strik|repatriat|\bswap|behind bars|pardon|bodies|remains of|coffin|rescued|"
    r"escaped|Red Cross|ICRC|walk(?:ed|s)? free|set free|\bin \w+ hands\b|"
    r"\b(?:releas\w*|freed|frees|free|hold|holds|holding|held|return\w*|handed)(?! up)\s+(?:\w+\s+){0,2}"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty|a dozen|dozens)\s+"
    r"(?:\w+\s+){0,2}(?:people|persons|prisoners|detainees|soldiers|servicemen|civilians|women|"
    r"children|men|journalists|workers|nationals|citizens|students|pupils|sailors|crew|members|"
    r"officers|\w+(?:ans|is|ese|ians|ards|ers)\b)",
    re.I,
)
"""Cheap test that a document may be about custody at all: most news is not."""


def extract(document: Document) -> list[Event]:
    """All custody records of one document, reportable or not."""
    text = document.text
    if not text or not _PREFILTER_RE.search(text):
        return []
    lex = load_lexicon()
    context = resolve_context(lex, text)
    doc_actors = {a for a in _actor_names(lex) if a in text}
    mentions: list[Mention] = []
    known: dict[str, str] = {}
    prev: SentenceFacts | None = None
    scenes: list[Scene] = []
    name_log: list[tuple[int, int, str]] = []
    sents = sentences(text)
    for sent in sents:
        triggers = find_triggers(lex, sent.text)
        if not triggers:
            if prev is not None and _CONTINUATION_RE.match(sent.text):
                facts = sentence_facts(lex, sent, context)
                mentions.extend(_continuation(lex, facts, prev, document.published))
            elif _NUMBER_HINT_RE.search(sent.text):
                facts = sentence_facts(lex, sent, context)
                mentions.extend(_snapshots(lex, facts, document.published))
            prev = None
            continue
        facts = SentenceFacts(
            sent, find_counted(lex, sent.text), triggers, find_actors(lex, sent.text, context)
        )
        scenes.extend(_scenes(facts, document.published))
        prev = facts
        names = find_names(lex, sent.text, known)
        known.update(surname_map([n for n in names if not n.rule.startswith("names:surname")]))
        doc_actors.update(a.actor for a in facts.actors)
        new = _sentence_mentions(lex, facts, document.published, mentions)
        new.extend(_name_mentions(lex, facts, names, new, mentions, document.published))
        name_log.extend((sent.index, h.start, h.name) for h in names)
        new.extend(_pronoun_mentions(lex, facts, new, mentions, name_log, document.published))
        mentions.extend(new)
    _inherit_dates(mentions, scenes, _live_day(text, document.published))
    for m in mentions:
        if m.holder is None and m.holder_rule.startswith("recipient:"):
            _receiver_counterpart(lex, m, doc_actors)
        elif m.holder is None and m.type != "detention":
            _place_holder(lex, m) or _counterpart_holder(lex, m, doc_actors)
    _document_holder(mentions)
    _aggregate_dates(mentions, document.published)
    records = merge_mentions(mentions)
    records.extend(deals(lex, records, sents, document.published))
    return [to_event(r) for r in records]


@lru_cache(maxsize=4)
def _actor_names(lex: Lexicon) -> frozenset[str]:
    return frozenset(lex.actor_alias.values())


def _sentence_mentions(
    lex: Lexicon, facts: SentenceFacts, published: str | None, earlier: list[Mention]
) -> list[Mention]:
    text = facts.sentence.text
    out: list[Mention] = []
    pairs = pair(facts)
    skip = _breakdowns(pairs, text, earlier)
    subsets: set[int] = set()
    for k, (c, _t) in enumerate(pairs):
        if is_subset(text, c, facts.counted) or (
            k
            and id(pairs[k - 1][0]) in subsets
            and re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?", text[pairs[k - 1][0].end : c.start])
        ):
            subsets.add(id(c))
    for c, t in pairs:
        if id(c) in skip or id(c) in subsets:
            continue
        m = mention_for(lex, facts, c, t, published)
        if m is None:
            continue
        if "aggregate:total-of-parts-by-nationality" in c.rules:
            m.aggregate, m.rules["aggregate"] = True, "aggregate:total-of-parts-by-nationality"
        if m.holder is None and out and out[-1].type == m.type and out[-1].holder:
            m.holder, m.holder_rule = out[-1].holder, "holder:same-sentence-as-previous"
        if out and re.match(
            r"\s*leaving\b", text[clause_span(facts.sentence, c.start, c.end)[0] :]
        ):
            m.status = out[-1].status  # '..., leaving 190 captives in Gaza' shares the outlook
            m.rules["status"] = "status:leaving-clause-follows-previous"
        if (
            out
            and out[-1].aggregate
            and out[-1].type == m.type
            and not m.aggregate
            and m.status == out[-1].status
            and "total-of-parts" not in out[-1].rules.get("aggregate", "")
        ):
            m.aggregate = True  # '41 hostages have now been freed since ..., and 78 prisoners have walked free'
            m.rules["aggregate"] = "aggregate:coordinated-with-running-total"
        if m.type == "transfer" and re.search(
            r"\b(?:in return|in exchange)\b", text[: t.start], re.I
        ):
            m.type = "release"  # 'In return were transferred 115 prisoners of war'
            m.rules["type"] += " (in an exchange: a release)"
        if is_each(text, t) or re.match(r"\s+each\b", text[c.end : c.end + 6]):
            out.extend(_each_split(lex, facts, m))
            continue
        out.append(m)
    return out


_POSSESSIVE_RE = re.compile(r"\b(his|her|their)\s+(?:[\w-]+\s+){0,3}$", re.I)
_OBJECT_PRONOUN_RE = re.compile(
    r"^\s+(him|her|them)\b|^\s+of\s+(his|her|their)\s+bod(?:y|ies)\b", re.I
)


def _pronoun_mentions(
    lex: Lexicon,
    facts: SentenceFacts,
    here: list[Mention],
    earlier: list[Mention],
    name_log: list[tuple[int, int, str]],
    published: str | None,
) -> list[Mention]:
    """'demanded their immediate release', 'Washington has demanded his release':
    the people are the ones just named or counted."""
    text = facts.sentence.text
    idx = facts.sentence.index
    out: list[Mention] = []
    used = {id(m.trigger) for m in here}
    for t in facts.triggers:
        if t.type != "release" or id(t) in used:
            continue
        pm = _POSSESSIVE_RE.search(text[: t.start]) or _OBJECT_PRONOUN_RE.match(text[t.end :])
        if not pm:
            continue
        pron = (pm.group(1) or pm.group(2) or "").lower() if pm.lastindex else ""
        body = bool(re.search(r"\bbod(?:y|ies)\b", pm.group(0), re.I))
        if pron in ("his", "her", "him"):
            names = [
                n for i, pos, n in name_log if idx - 2 <= i < idx or (i == idx and pos < t.start)
            ]
            if not names:
                continue
            m = mention_for(
                lex,
                facts,
                None,
                t,
                published,
                (names[-1], t.start, t.end, "names:pronoun-antecedent"),
            )
            if m is None:
                continue
        else:
            pool = [e for e in earlier[-6:] + here if e.count and idx - e.sentence.index <= 1]
            pool = [
                e for e in pool if e.sentence.index < idx or (e.count and e.count.end <= t.start)
            ]
            if not pool:
                continue
            ante = pool[-1]
            m = mention_for(lex, facts, None, t, published)
            if m is None:
                continue
            m.count = ante.count
            m.nationality, m.categories = list(ante.nationality), list(ante.categories)
            m.rules["count"] = "count:pronoun-antecedent"
            if m.holder is None and ante.holder:
                m.holder, m.holder_rule = ante.holder, "holder:pronoun-antecedent"
        if body:
            m.condition = "deceased"
        if m.status == "occurred":
            continue  # 'handing them to the Red Cross' tells more of a release already recorded
        out.append(m)
    return out


_LIST_CUE_RE = re.compile(
    r"\b(?:among them|among whom|including|includ(?:ed|es)|such as)\b[^.;]*$|[–—:]\s*(?:[A-Z][^–—]*)?$",
    re.I,
)
_AMONG_THOSE_RE = re.compile(
    r"\b(?:among|from) (?:those|the) (?:\w+\s+){0,3}?(?:released|freed|returned|liberated|rescued|detained|arrested|held)\b|\bfrom the liberated\b|\bamong (?:those|the) (?:released|freed|returned)\b",
    re.I,
)
_RELATIVE_TRIGGER_RE = re.compile(r"\b(?:who|whom)\s+(?:\w+\s+){0,3}$", re.I)


def _name_mentions(
    lex: Lexicon,
    facts: SentenceFacts,
    names: list[NameHit],
    here: list[Mention],
    earlier: list[Mention],
    published: str | None,
) -> list[Mention]:
    """Named people: added to their batch, or records of their own with no count."""
    text = facts.sentence.text
    out: list[Mention] = []
    for h in names:
        if any(h.name in m.names for m in here + out):
            continue
        batch = _batch_for(text, h, here, earlier)
        if batch is not None:
            batch.names.append(h.name)
            batch.rules.setdefault("names", h.rule)
        for t in _name_triggers(facts, h, batch is not None):
            same = next((o for o in out if o.trigger is t and o.count is None), None)
            if same is not None:
                same.names.append(h.name)  # 'Hamdan and Sharabati remain in custody'
                continue
            m = mention_for(lex, facts, None, t, published, (h.name, h.start, h.end, h.rule))
            if m is None:
                continue
            recent = next(
                (
                    e
                    for e in reversed(earlier[-8:])
                    if e.count
                    and e.count.value > 1
                    and not e.aggregate
                    and (e.type, e.status) == (m.type, m.status)
                    and 0 < facts.sentence.index - e.sentence.index <= 2
                ),
                None,
            )
            if recent is not None and not _RELATIVE_TRIGGER_RE.search(text[: t.start]):
                recent.names.append(h.name)
                continue
            out.append(m)
    return out


def _batch_for(
    text: str, h: NameHit, here: list[Mention], earlier: list[Mention]
) -> Mention | None:
    before = [m for m in here if m.count and m.count.end <= h.start]
    last = before[-1] if before else None
    if (
        last is not None
        and last.count is not None
        and _LIST_CUE_RE.search(text[last.count.end : h.start])
    ):
        return last
    among = _AMONG_THOSE_RE.search(text[: h.start])
    if among:
        word = among.group(0).lower()
        type_ = (
            "detention"
            if re.search(r"detained|arrested", word)
            else "holding"
            if "held" in word
            else "release"
        )
        return next((m for m in reversed(earlier[-8:] + here) if m.type == type_ and m.count), None)
    return None


def _name_triggers(facts: SentenceFacts, h: NameHit, in_batch: bool) -> list[Hit]:
    """The custody words a named person is the subject or object of."""
    text = facts.sentence.text
    found: list[Hit] = []
    for t in facts.triggers:
        if t.end <= h.start:
            gap = text[t.end : h.start]
            ok = len(gap) <= 60 and not re.search(r"[;.]\s", gap)
        else:
            gap = text[h.end : t.start]
            ok = len(gap) <= 110 and not re.search(r"[;]", gap)
        if ok:
            found.append(t)
    if not found:
        return []
    relative = [
        t
        for t in found
        if t.start > h.end
        and t.type in ("detention", "death_in_custody")
        and _RELATIVE_TRIGGER_RE.search(text[h.end : t.start])
    ]
    if in_batch:
        return relative[:1]
    nearest = min(found, key=lambda t: t.start - h.end if t.start >= h.end else h.start - t.end)
    main = next(
        (
            t
            for t in found
            if t.start > h.end
            and t is not nearest
            and (
                re.search(
                    r"\b(?:has|have|had|was|were|is|are)\s+(?:been\s+|now\s+)?$",
                    text[h.end : t.start],
                )
                or re.match(r"(?:has|have|had|was|were|is|are)\b", t.text, re.I)
            )
            and re.search(r",\s+", text[h.end : t.start])
        ),
        None,
    )
    extra = [main] if main is not None else []
    return [nearest] + extra + [t for t in relative if t is not nearest and t is not main][:1]


_NUMBER_HINT_RE = re.compile(r"\b(?:number|total|tally|toll)\b", re.I)
_SNAPSHOT_TYPES = {
    "prisoner": "holding",
    "prisoners": "holding",
    "detainee": "holding",
    "detainees": "holding",
    "hostages": "holding",
    "captives": "holding",
    "abductees": "holding",
    "martyrs": "death_in_custody",
    "deaths": "death_in_custody",
    "arrests": "detention",
    "abductions": "detention",
    "kidnappings": "detention",
}


def _snapshots(lex: Lexicon, facts: SentenceFacts, published: str | None) -> list[Mention]:
    """'The number of prisoners in occupation jails exceeded 9,500': a tally with no custody verb."""
    out: list[Mention] = []
    for c in facts.counted:
        if not c.rules[0].startswith("number-of"):
            continue
        type_ = _SNAPSHOT_TYPES.get(c.noun.lower())
        if type_ is None:
            continue
        hit = Hit(type_, "intrans", c.start, c.end, c.noun, f"number-of:{c.noun.lower()}")
        m = mention_for(lex, facts, c, hit, published)
        if m is None:
            continue
        if type_ != "holding":
            m.aggregate = True
            m.rules["aggregate"] = "aggregate:number-of tally"
        out.append(m)
    return out


_EACH_SIDE_RE = re.compile(r"\beach\b", re.I)
_CONTINUATION_RE = re.compile(
    r"^(?:They|These|Those|The (?:group|batch|released|freed|returned)|Among them)\s+(?:included|includes|include|were|are|comprised|comprise)\b"
)


def _continuation(
    lex: Lexicon, facts: SentenceFacts, prev: SentenceFacts, published: str | None
) -> list[Mention]:
    """'... were handed over to the Red Cross. They included 13 women and child captives.'"""
    t = next(
        (
            h
            for kind in ("release", "detention", "transfer")
            for h in prev.triggers
            if h.type == kind
        ),
        None,
    )
    if t is None or len(facts.counted) != 1:
        return []
    base = mention_for(lex, prev, None, t, published)
    if base is None or base.status != "occurred":
        return []
    c = facts.counted[0]
    base.count = c
    base.nationality = list(c.nationality)
    base.categories = list(c.categories)
    base.condition = "deceased" if c.deceased else base.condition
    base.rules["type"] += " (continued in the next sentence)"
    sent = facts.sentence
    base.evidence.append(
        Evidence(sent.start + c.start, sent.start + c.end, sent.text[c.start : c.end])
    )
    base.sentence = sent
    return [base]


_RUN_GAP_RE = re.compile(
    r"(?:\s+(?:of|from|in)\s+[^,;.\d]{0,40}?)?\s*(?:,\s*|and\s+|,\s*and\s+|as well as\s+)"
)
_RUN_AND_RE = re.compile(r"\band\b|\bas well as\b")


def _breakdowns(pairs: list[tuple[Counted, Hit]], text: str, earlier: list[Mention]) -> set[int]:
    """Coordinated counts of one batch: parts of a total already given ('39 prisoners,
    six women and 33 teenagers'), or one batch told in parts ('four soldiers and a police officer')."""
    skip: set[int] = set()
    counted = [c for c, _ in pairs]
    i = 0
    while i < len(counted):
        run = [counted[i]]
        j = i + 1
        while j < len(counted) and _RUN_GAP_RE.fullmatch(
            text[counted[j - 1].end : counted[j].start]
        ):
            run.append(counted[j])
            j += 1
        for k in range(1, len(run) - 1):
            if sum(c.value for c in run[k:]) == run[k - 1].value:
                parts, total_np = run[k:], run[k - 1]
                if len({tuple(c.nationality) for c in parts}) > 1:
                    # '24 hostages: 13 Israelis, 10 Thais and a Filipino': parts are records
                    total_np.rules.append("aggregate:total-of-parts-by-nationality")
                    run = []
                    break
                for c in parts:  # '39 prisoners, six women and 33 teenagers': one batch
                    skip.add(id(c))
                    total_np.categories.extend(
                        x for x in c.categories if x not in total_np.categories
                    )
                run = run[:k]
                break
        joined = len(run) >= 2 and _RUN_AND_RE.search(text[run[0].end : run[-1].start])
        if joined:
            total = sum(c.value for c in run)
            if i > 0 and counted[i - 1].value == total and len({tuple(c.nationality) for c in run}) > 1:
                # '24 hostages: 13 Israelis, 10 Thais and a Filipino': the parts are records
                counted[i - 1].rules.append("aggregate:total-of-parts-by-nationality")
            elif i > 0 and counted[i - 1].value == total and counted[i - 1] not in run:
                target = counted[i - 1]
                for c in run:
                    skip.add(id(c))
                    target.categories.extend(x for x in c.categories if x not in target.categories)
            elif len({tuple(sorted(c.nationality)) for c in run}) == 1 and not _EACH_SIDE_RE.search(
                text
            ):
                # 'four soldiers and a police officer': parts of one batch, counted together
                first = run[0]
                first.value = total
                first.qualifier = (
                    "exact" if all(c.qualifier == "exact" for c in run) else first.qualifier
                )
                first.end = run[-1].end
                first.rules.append("sum-of-coordinated:" + "+".join(str(c.value) for c in run))
                for c in run[1:]:
                    skip.add(id(c))
                    first.categories.extend(x for x in c.categories if x not in first.categories)
        i = j
    return skip


def _each_split(lex: Lexicon, facts: SentenceFacts, m: Mention) -> list[Mention]:
    """'Russia and Ukraine each freed 303 soldiers': one record per side."""
    t = m.trigger
    assert t is not None
    sides = [
        a.actor for a in facts.actors if a.end <= t.start and a.actor not in lex.mediation_only
    ]
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


def _document_holder(mentions: list[Mention]) -> None:
    """When every holder the text names is the same actor, it holds the rest too."""
    named = {
        m.holder
        for m in mentions
        if m.holder and not m.holder_rule.startswith(("holder:counterpart", "places.json:captor"))
    }
    if len(named) != 1:
        return
    holder = named.pop()
    for m in mentions:
        if m.holder is None and not m.holder_rule.startswith("recipient:"):
            m.holder, m.holder_rule = holder, f"holder:only-holder-in-document:{holder}"


def _aggregate_dates(mentions: list[Mention], published: str | None) -> None:
    """A running total of releases stands as of publication."""
    if not published:
        return
    for m in mentions:
        if (
            m.aggregate
            and m.date is None
            and m.status == "occurred"
            and m.type in ("release", "detention")
        ):
            if m.type == "detention" and not re.search(r"\bsince\b", m.sentence.text, re.I):
                continue
            if re.search(r"\bbetween\b|\b(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b", m.sentence.text):
                continue
            if not _AS_OF_NOW_RE.search(m.sentence.text):
                continue  # 'Over one week, Hamas freed 105': a past total, not today's
            m.date, m.date_rule = published, "date:running-total-as-of-publication"


@dataclass(frozen=True)
class Scene:
    """A dated custody sentence, counted or not: 'freed all the detainees at dawn yesterday'."""

    index: int
    type: str
    date: str
    rule: str
    back_reference: bool = False


def _scenes(facts: SentenceFacts, published: str | None) -> list[Scene]:
    out: list[Scene] = []
    for t in facts.triggers:
        if (
            t.type not in ("release", "detention", "transfer")
            or t.voice == "noun"
            and t.type != "release"
        ):
            continue
        lo, hi = clause_span(facts.sentence, t.start, t.end)
        value, rule = date_for(facts, published, "occurred", lo, hi, t.start, t.type)
        if value:
            if len(value) == 10 and _MULTI_DAY_RE.search(facts.sentence.text):
                value, rule = value[:7], rule + " (a several-day operation: the month)"
            back = bool(_BACK_REFERENCE_RE.match(facts.sentence.text))
            out.append(Scene(facts.sentence.index, t.type, value, rule, back))
    return out


def _inherit_dates(mentions: list[Mention], scenes: list[Scene], live_day: str | None) -> None:
    """An occurred happening with no date of its own, told right after a dated sentence
    about the same kind of happening, shares its day ('the prison service said soon afterwards')."""
    for m in mentions:
        if (
            m.date
            or m.status != "occurred"
            or m.aggregate
            or m.type not in ("release", "detention", "transfer")
        ):
            continue
        if _DATED_ELSEWHERE_RE.search(m.sentence.text):
            continue
        earlier = [
            s
            for s in scenes
            if (s.type == m.type or (m.type == "transfer" and s.type in ("detention", "release")))
            and (
                0 <= m.sentence.index - s.index <= 3
                or (0 < s.index - m.sentence.index <= 3 and s.back_reference)
            )
        ]
        if not earlier and _SAME_EVENT_RE.match(m.sentence.text):
            # 'The repatriation, carried out with ...': the happening told a few sentences back
            earlier = [
                s for s in scenes if s.type == m.type and 0 < m.sentence.index - s.index <= 10
            ]
        if earlier:
            scene = max(earlier, key=lambda s: s.index)
            m.date, m.date_rule = scene.date, f"date:same-scene-as:{scene.rule}"
        elif live_day:
            m.date, m.date_rule = live_day, "date:live-blog-entry-of-the-day"


_AS_OF_NOW_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so far\s+|also\s+)?(?:been\s+)?\w+(?:ed|en|n)\b|\bso far\b|\bto date\b|\bnow\b|\bbringing\b|\bbrings\b|\brisen\b",
    re.I,
)
_BACK_REFERENCE_RE = re.compile(
    r"^(?:Among (?:those|them|the)|The (?:freed|released|returned|group)|They|Those)\b"
)
_MULTI_DAY_RE = re.compile(
    r"\b(?:two|three|four|five|six|seven|\d)-day (?:operation|exchange|swap|release)\b|\bover (?:two|three|four|five|several) days\b",
    re.I,
)
_SAME_EVENT_RE = re.compile(
    r"^(?:The|This|That|Today's|Saturday's|Sunday's|Friday's)\s+(?:\w+\s+)?(?:repatriation|exchange|swap|release|handover|hand-over|operation)\b"
)
_LIVE_STAMP_RE = re.compile(r"^\s*\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|local time))?\s*$", re.M)


def _live_day(text: str, published: str | None) -> str | None:
    """A live blog (time-stamped entries) reports the publication day."""
    return published if published and len(_LIVE_STAMP_RE.findall(text)) >= 3 else None


_DATED_ELSEWHERE_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\bearlier\b|\blast\b|\bpreviously\b|\bago\b", re.I
)


def _place_holder(lex: Lexicon, m: Mention) -> bool:
    """Known prisons name their keeper; hostages 'in Gaza' are held by Hamas."""
    facilities: dict[str, str] = lex.places.get("facility_holders", {})
    if m.facility:
        for key, actor in facilities.items():
            if key in m.facility:
                m.holder, m.holder_rule = actor, f"places.json:facility_holders:{key}"
                return True
    captors: dict[str, str] = lex.places.get("captor_by_place", {})
    if m.count and m.count.noun.lower() in (
        "hostages",
        "captives",
        "abductees",
        "hostage",
        "captive",
    ):
        for key, actor in captors.items():
            if key.startswith("_"):
                continue
            if re.search(rf"\b(?:in|inside|from)\s+(?:the\s+)?{re.escape(key)}\b", m.sentence.text):
                m.holder, m.holder_rule = actor, f"places.json:captor_by_place:{key}"
                return True
    return False


def _receiver_counterpart(lex: Lexicon, m: Mention, doc_actors: set[str]) -> None:
    """'Ukraine received the bodies of 1,000 people': held by Ukraine's adversary."""
    receiver = m.holder_rule.split(":", 1)[1]
    demonym = next((d for d, c in lex.demonym_country.items() if c == receiver), None)
    candidates = [a for a in _CAPTORS.get(demonym or "", ()) if a in doc_actors]
    if len(candidates) == 1:
        m.holder, m.holder_rule = candidates[0], f"holder:adversary-of-receiver:{receiver}"


def _counterpart_holder(lex: Lexicon, m: Mention, doc_actors: set[str]) -> bool:
    """Who holds these people, from their nationality and who the document names."""
    for nat in m.nationality:
        candidates = [a for a in _CAPTORS.get(nat, ()) if a in doc_actors]
        if len(candidates) == 1:
            m.holder, m.holder_rule = candidates[0], f"holder:counterpart-of:{nat}"
            return True
    return False


__all__ = ["EXTRACTOR_VERSION", "Lexicon", "extract"]
