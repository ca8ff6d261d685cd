"""Stage 1 of extraction: the mentions of each sentence.

One pass over the sentences of a document: the custody words of each (found
for the whole document at once), its counted people, its named people and the
pronouns that stand for them, turned into ``Mention``s (one counted group or
named person tied to one custody word, with status, holder, date and place).
Coordinated counts are summed or split here ('four soldiers and a police
officer', '13 Israelis and 10 Thais'), tallies without a custody verb are read
('the number of prisoners ... exceeded 9,500'), and relative clauses that tell a
capture give a detention of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import replace as dc_replace

from custody.extract.context import Scene, exchange_receiver, scenes_of
from custody.extract.continued import (
    continuation,
    continues,
    fragment,
    list_batches,
    list_line,
)
from custody.extract.coordinated import then_verb
from custody.extract.counted import of_a_group
from custody.extract.counterpart import OWN_SUBJECT
from custody.extract.counts import may_count_a_tally, may_count_events
from custody.extract.each_side import EACH_AFTER_RE, both_released, each_split, half_each
from custody.extract.figures import may_give_a_figure, other_figures
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import (
    Mention,
    SentenceFacts,
    clause_span,
    mention_for,
    sentence_facts,
)
from custody.extract.name_identified import (
    identified_names,
    may_name_after,
    named_after,
    unnamed_just_before,
)
from custody.extract.name_memory import remember
from custody.extract.named import is_speaker, name_mentions
from custody.extract.named_doc import (
    among_them,
    introduced_before,
    join_told_groups,
    list_head,
    list_item,
    list_names,
    named_as_many,
    named_as_one,
    share_holders,
)
from custody.extract.names import NameHit, find_names
from custody.extract.objects import series_item
from custody.extract.pairing import pair
from custody.extract.parts import breakdowns, subsets
from custody.extract.phrases import Counted, Hit, resolve_context, triggers_by_sentence
from custody.extract.pronouns import pronoun_mentions
from custody.extract.regex import compile_fast, contains_any, lower_of
from custody.extract.sense import capture_clause
from custody.extract.sides import sides_differ
from custody.extract.slots import NO_HOLDER
from custody.extract.status import is_each
from custody.extract.swapsides import given_in_return
from custody.extract.tallies import number_hint, snapshots, tally_trigger
from custody.extract.text import Sentence, sentences
from custody.extract.told_before import DAY_PART_RULE
from custody.record import Document

# words that put a death in custody (not a casualty); looked for in lower-cased text
_CUSTODY_WORDS = (
    *("custody", "captiv", "detain", "detention", "prison", "jail", "captive", "hostage"),
    *("abduct", "kidnap", "torture", "martyr", "in the hands of", "held by", "penal colon"),
    *("in its cells", "in its dungeons", "in their cells", "in their dungeons", "behead"),
    *("executed", "execution", "captors", "kidnappers", "abductors", "hanged", "put to death"),
)


@dataclass
class Reading:
    """What the sentence pass gives the document-wide passes."""

    sentences: list[Sentence]
    context: dict[str, str]
    mentions: list[Mention] = field(default_factory=list)
    scenes: list[Scene] = field(default_factory=list)


def _casualties_only(triggers: list[Hit], text: str) -> bool:
    """Whether a sentence's only custody words are deaths with no word of custody near."""
    return (
        bool(triggers)
        and all(t.type == "death_in_custody" for t in triggers)
        and not _custody_words(text)
    )


def _fragment_after(prev: SentenceFacts | None, head: SentenceFacts | None, sent: Sentence) -> bool:
    """Whether a verbless 'another N' goes on with the list's head, not the sentence before
    (which counts no one)."""
    return head is not None and not (prev and prev.counted) and fragment(sent.text)


def _heads_a_list(head: SentenceFacts | None, facts: SentenceFacts) -> bool:
    """Whether a custody sentence is the head the lines or verbless sentences below it go
    on with: one that tells people released, taken or transferred (or the first), counting
    them when the head before it did."""
    return head is None or (
        bool(facts.counted or not head.counted)
        and any(t.type in ("release", "detention", "transfer") for t in facts.triggers)
    )


def _line_batches(
    lex: Lexicon, sent: Sentence, reading: Reading, head: SentenceFacts, published: str | None
) -> list[Mention]:
    """The batches a list's line tells under its head (``continued.list_batches``)."""
    facts = sentence_facts(lex, sent, reading.context, [])
    around = reading.sentences[max(0, sent.index - 1) : sent.index + 2]
    return list_batches(lex, facts, head, published, around, reading.mentions)


def read_sentences(lex: Lexicon, document: Document) -> Reading:
    """Every mention of the document, sentence by sentence."""
    text = document.text
    reading = Reading(sentences(text), resolve_context(lex, text))
    mentions = reading.mentions
    known: dict[str, str] = {}
    prev: SentenceFacts | None = None
    name_log: list[tuple[int, int, str]] = []
    by_sentence = triggers_by_sentence(lex, text, reading.sentences)
    figures = may_give_a_figure(text)  # most reports give no other figure (as written)
    listed: list[tuple[int, list[str]]] = []  # lists of names after a colon: (head, names)
    batches_head: SentenceFacts | None = None  # a release whose batches may follow as lines
    for sent in reading.sentences:
        triggers = by_sentence[sent.index]
        list_item(lex, sent, listed, known)
        if _casualties_only(triggers, sent.text):
            triggers = []  # 'killed 36 people in shelling': a casualty, not a death in custody
        if not triggers:
            goes_on = batches_head if _fragment_after(prev, batches_head, sent) else prev
            new = []  # (a list's line first: 'Nov. 25 — another 13 Israelis and 39 Palestinians')
            if batches_head is not None and list_line(sent.text):
                new = _line_batches(lex, sent, reading, batches_head, document.published)
                batches_head = batches_head if new else None  # (a line that is no item ends it)
            new = new or _without_custody_word(lex, sent, reading, goes_on, known, document)
            mentions.extend(new + _figures(lex, sent, new, mentions) if figures else new)
            if prev is not None and (sent.text.startswith("Among them") or " them" in sent.text):
                mentions.extend(among_them(lex, sent, prev, mentions, known, name_log, document))
            if sent.text.startswith(("The ", "They ")):
                named_as_many(lex, sent, mentions, known)
            named_as_one(lex, sent, mentions, known)
            prev = goes_on if new and fragment(sent.text) else None  # (more such sentences)
            list_head(sent, listed)
            continue
        if sent.text.startswith(("The ", "They ")):
            named_as_many(lex, sent, mentions, known)  # (of the records told before)
        named_as_one(lex, sent, mentions, known)
        facts = sentence_facts(lex, sent, reading.context, triggers)
        reading.scenes.extend(scenes_of(facts, document.published))
        if prev is not None and sent.text.startswith("Among them"):
            # 'Among them were A and B, who were abducted from X': some of the batch before,
            # whatever this sentence's own custody word tells of them
            among_them(lex, sent, prev, mentions, known, name_log, document, own_record=False)
        prev = facts  # (and the head of a list, not '200 are still held' after a release)
        batches_head = facts if _heads_a_list(batches_head, facts) else batches_head
        introduced_before(lex, sent, reading.sentences, known)
        names = find_names(lex, sent.text, known)
        remember(lex, known, names, sent.text)
        new = _sentence_mentions(lex, facts, document.published, mentions, names)
        new.extend(name_mentions(lex, facts, names, new, mentions, document.published))
        name_log.extend(
            (sent.index, h.start, h.name) for h in names if not is_speaker(lex, sent.text, h)
        )
        before = reading.sentences[max(0, sent.index - 2) : sent.index]
        new.extend(
            pronoun_mentions(lex, facts, new, mentions, name_log, document.published, before)
        )
        if figures:
            new.extend(_figures(lex, sent, new, mentions))
        mentions.extend(new)
        list_head(sent, listed)
    for head, listed_names in listed:
        list_names(head if head >= 0 else -1 - head, listed_names, mentions)
    reading.mentions[:] = join_told_groups(mentions)
    share_holders(reading.mentions)
    return reading


def _figures(
    lex: Lexicon, sent: Sentence, new: list[Mention], earlier: list[Mention]
) -> list[Mention]:
    """'The rights group put the number at 206': another figure for the happening told last."""
    if not may_give_a_figure(lower_of(sent.text)):
        return []
    return other_figures(lex, sent, new, earlier)


_IDENTIFIED_RE = compile_gated(r"\b(?:identified|named)\b")


def _without_custody_word(
    lex: Lexicon,
    sent: Sentence,
    reading: Reading,
    prev: SentenceFacts | None,
    known: dict[str, str],
    document: Document,
) -> list[Mention]:
    """A sentence with no custody word: the people of the sentence before ('They
    included ...'), or a tally."""
    if prev is not None and continues(sent.text):
        facts = sentence_facts(lex, sent, reading.context, [])
        got = continuation(lex, facts, prev, document.published)
        if not got:  # 'They were A, B and C': the people just counted
            identified_names(
                lex, find_names(lex, sent.text, known), sent.text, reading.mentions, sent.index
            )
        return got
    if _IDENTIFIED_RE.search(sent.text):
        names = find_names(lex, sent.text, known)
        identified_names(lex, names, sent.text, reading.mentions, sent.index)
    elif may_name_after(sent.text) and unnamed_just_before(reading.mentions, sent.index):
        named_after(lex, sent.text, reading.mentions, sent.index)  # 'The nurse, X', 'A B and C D'

    low = lower_of(sent.text)
    if (number_hint(low) and may_count_a_tally(sent.text)) or may_count_events(low):
        facts = sentence_facts(lex, sent, reading.context, [])
        return snapshots(lex, facts, document.published)
    return []


def _sentence_mentions(
    lex: Lexicon,
    facts: SentenceFacts,
    published: str | None,
    earlier: list[Mention],
    names: list[NameHit] | None = None,
) -> list[Mention]:
    """The mentions of counted people in one sentence with custody words."""
    if not facts.counted:
        return []  # (every pass below reads a counted group; most sentences count none)
    text = facts.sentence.text
    out: list[Mention] = []
    pairs = pair(facts)
    paired = {id(c) for c, _ in pairs}
    unpaired_tallies = [
        c for c in facts.counted if id(c) not in paired and c.rules[0].startswith("number-of")
    ]
    records_of_their_own: set[int] = set()  # '12 hostages, including 10 Americans and 2 Germans'
    skip = breakdowns(lex, pairs, text, earlier, records_of_their_own) | (
        subsets(text, pairs, facts.counted) - records_of_their_own
    )
    for c, t in pairs:
        if id(c) in skip:
            continue
        t = tally_trigger(lex, c, t)
        m = mention_for(lex, facts, c, t, published)
        if m is None:
            continue
        _counted_with_others(text, c, t, m, names)
        _after_previous(lex, facts, c, t, m, out)
        half = half_each(text, c, m)
        if (
            half
            or is_each(text, t)
            or EACH_AFTER_RE.match(text, c.end)
            # ('the two sides freed a combined total of 300': both sides' sum, no split)
            or (both_released(text, t) and not m.aggregate)
        ):
            # (a swap's total stays a record of its own beside its halves)
            out.extend(([m] if half else []) + each_split(lex, facts, half or m))
            continue
        if m.aggregate and both_released(text, t):  # (neither side held them all)
            m.holder, m.holder_rule = None, f"{NO_HOLDER}both-sides-total"
        out.extend([m, *then_verb(lex, facts, c, t, pairs, published)])  # ('and later freed')
    out.extend(_capture_clauses(lex, facts, pairs, skip, published))
    out.extend(_still_held(lex, facts, skip, out, published))
    if unpaired_tallies:
        # 'the number of prisoners in occupation jails exceeded 9,500': a tally, no custody verb of its own
        out.extend(snapshots(lex, dc_replace(facts, counted=unpaired_tallies), published))
    return out


def _still_held(
    lex: Lexicon, facts: SentenceFacts, skip: set[int], told: list[Mention], published: str | None
) -> list[Mention]:
    """'to free the 100 remaining hostages': whatever the sentence says will happen to
    them, they are held now (a holding, as the snapshot 'still holds 100' is)."""
    out: list[Mention] = []
    text = facts.sentence.text
    sought = _sought(told)
    for c in facts.counted:
        if id(c) in skip:
            continue
        if not _REMAINING_RE.search(text, c.start, c.end) and not (
            id(c) in sought and _HELD_BY_AFTER_RE.match(text, c.end)
        ):
            continue
        if of_a_group(text, c):
            continue  # '33 of the 100 remaining hostages': the 100 are the remaining ones
        if _AT_LARGE_AFTER_RE.match(text, c.end):
            continue  # 'the remaining eight are being sought': still free, not held
        if any(m.count is c and (m.type == "holding" or _freed_now(m)) for m in told):
            continue  # ('the remaining 13 were handed over': the rest, now free)
        hit = Hit("holding", "passive", c.start, c.end, c.noun, "people:remaining")
        m = mention_for(lex, facts, c, hit, published)
        if m is not None:
            m.status, m.rules["status"] = "occurred", "people:remaining (held now)"
            same = next((o for o in told if o.count is c and o.holder), None)
            if m.holder is None and same is not None and not m.holder_ruled_out():
                m.holder, m.holder_rule = same.holder, "holder:the-release-of-the-same-people"
            m.aggregate = False
            m.rules.pop("aggregate", None)
            out.append(m)
    return out


_REMAINING_RE = re.compile(r"\bremaining\b", re.I)
_HELD_BY_AFTER_RE = re.compile(
    r"\s+(?:(?:who|that)\s+are\s+)?(?:still\s+(?:being\s+)?held\b|held\s+by\b)"
)


def _sought(told: list[Mention]) -> set[int]:
    """The counted people whose release is only demanded: told held by someone or still
    held ('efforts to secure the release of more than 40 others held by the group'), they
    are held now (_HELD_BY_AFTER_RE)."""
    return {id(m.count) for m in told if m.status == "demanded" and m.type == "release"}


_AT_LARGE_AFTER_RE = re.compile(
    r"\s+(?:are|were|is|was|remain|remained)\s+(?:still\s+)?(?:being\s+)?"
    r"(?:sought|hunted|searched for|at large|on the run|wanted|fugitives?)\b"
    r"|\s+(?:are|were)\s+(?:believed|thought|said)\s+to\s+(?:have\s+)?(?:fled|escaped)\b"
)


def _freed_now(m: Mention) -> bool:
    """'The remaining 13 were handed over': the people, subject of a release that happened."""
    return (
        m.type in ("release", "transfer")
        and m.status == "occurred"
        and m.count is not None
        and m.trigger is not None
        and m.trigger.start >= m.count.end
    )


def _counted_with_others(
    text: str, c: Counted, t: Hit, m: Mention, names: list[NameHit] | None
) -> None:
    """'X was released together with 13 other people': 14; 'released reporter Evan
    Gershkovich, Paul Whelan and 14 other prisoners': 16."""
    if (
        m.count is not None
        and _TOGETHER_WITH_RE.search(text[max(0, c.start - 30) : c.start])
        and _OTHERS_RE.search(text[c.start : c.end + 8])
        and not _GROUP_BEFORE_RE.search(text, 0, max(0, c.start - 12))
    ):  # (not after a counted group: '61 worshippers along with 9 other victims')
        m.count = dc_replace(m.count, value=m.count.value + 1)
        m.count.rules.append("count:plus-the-subject")
        subject = [
            h for h in names or [] if h.end <= t.start and not text[h.end : t.start].count(",") > 2
        ]
        if subject and subject[-1].name not in m.names:
            m.names.append(subject[-1].name)  # the subject is one of the batch
    named_too = _named_before_others(text, c, t, names)
    if named_too and m.count is not None:
        m.count = dc_replace(m.count, value=m.count.value + len(named_too))
        m.count.rules.append(f"count:plus-{len(named_too)}-named")
        m.names.extend(h.name for h in named_too)


_BATCH_AFTER_TOTAL_RE = re.compile(r"\b(?:after|following|when|once)\b", re.I)
"""'... has risen to 4,120 since March, after 23 more were arrested on Friday': the batch
that made the running total, not a total coordinated with it."""


_THE_REST_RE = re.compile(r"the\s+(?:remaining|last|other)\b", re.I)
"""'Five had already been freed, and the remaining 12 were found': those left out of the
running total before, a batch of their own."""


_CONTRAST_SUBJECT_RE = re.compile(
    r"\b(?:while|whereas)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:has|have|had)\s+(?:\w+\s+)?)?$",
    re.I,
)


# 'The Houthis freed 20 soldiers and the government released 20 fighters': a subject of
# its own before an active custody word (not a time: 'and the next day freed 10 more')
_AND_SUBJECT_RE = re.compile(
    r"\b(?:and|but)\s+(?:the|its|their)\s+(?!(?:same|next|following|previous|day|week|month"
    r"|night|morning|evening|rest|remaining|others?)\b)(?:[\w-]+\s+){0,2}?"
    r"(?!(?:was|were|been|being|is|are|be|has|have|had)\b)[\w-]+\s+(?:(?:has|have|had)\s+)?$",
    re.I,
)


def _end_of(m: Mention) -> int:
    return m.count.end if m.count is not None else 0


def _after_previous(
    lex: Lexicon, facts: SentenceFacts, c: Counted, t: Hit, m: Mention, out: list[Mention]
) -> None:
    """What a mention takes from the one before it in the sentence: the holder, the
    outlook ('..., leaving 190 captives'), a running total, the other side of a swap."""
    text = facts.sentence.text
    if "aggregate:total-of-parts-by-nationality" in c.rules:
        m.aggregate, m.rules["aggregate"] = True, "aggregate:total-of-parts-by-nationality"
    exchange_receiver(lex, m, out[-1] if out else None)
    prev = out[-1] if out else None
    given_in_return(lex, text, [a.actor for a in facts.actors], m, prev)
    if (
        m.holder is None
        and prev
        and prev.type == m.type
        and prev.holder
        and not m.holder_ruled_out()
        and not m.holder_rule.startswith("recipient:")
        and t.voice != "recipient"  # '... and received 19 bodies': the other side's people
        and not sides_differ(lex, prev, m)  # ('freed 110 prisoners, after three hostages ...')
        and m.destination != prev.holder  # ('..., while 8 were sent back to Russia')
    ):
        if _CONTRAST_SUBJECT_RE.search(text, _end_of(prev), t.start) or _AND_SUBJECT_RE.search(
            text, _end_of(prev), t.start
        ):
            # 'the army released 127 ..., while the paramilitary group freed 98': a contrast
            # clause with a subject of its own is another party's, not the one before
            m.holder_rule = NO_HOLDER + OWN_SUBJECT
        else:
            m.holder, m.holder_rule = prev.holder, "holder:same-sentence-as-previous"
    if prev and re.match(r"\s*leaving\b", text[clause_span(facts.sentence, c.start, c.end)[0] :]):
        m.status = prev.status  # '..., leaving 190 captives in Gaza' shares the outlook
        m.rules["status"] = "status:leaving-clause-follows-previous"
    if (
        prev
        and prev.aggregate
        and prev.type == m.type
        and not m.aggregate
        and m.status == prev.status
        and "total-of-parts" not in prev.rules.get("aggregate", "")
        and not _BATCH_AFTER_TOTAL_RE.search(text, _end_of(prev), c.start)
        and not _THE_REST_RE.match(text, c.start)
        and c.rules[1:2] != [DAY_PART_RULE]  # ('..., including 42 on Saturday': that day's)
        and not series_item(text, c)  # ('... since Friday, and another 11 on Monday')
    ):
        m.aggregate = (
            True  # '41 hostages have now been freed since ..., and 78 prisoners have walked free'
        )
        m.rules["aggregate"] = "aggregate:coordinated-with-running-total"
    if m.type == "transfer" and (
        re.search(r"\b(?:in return|in exchange)\b", text[: t.start], re.I)
        or re.match(
            r"\s+(?:[\w-]+\s+){0,3}?(?:in exchange for|in return for)\b", text[t.end :], re.I
        )
    ):
        m.type = "release"  # 'In return were transferred 115 prisoners of war', 'were
        # transferred in exchange for 15 Russian soldiers'
        m.rules["type"] += " (in an exchange: a release)"


def _capture_clauses(
    lex: Lexicon,
    facts: SentenceFacts,
    pairs: list[tuple[Counted, Hit]],
    skip: set[int],
    published: str | None,
) -> list[Mention]:
    """'freed three Israelis and five Thais who were captured in the October 7 attack':
    a relative clause that tells the capture itself (when, where, by whom) is a
    detention record of its own (docs/event-record.md, 'Settled in annotating real news');
    so is one telling a death in captivity ('..., alongside two Canadians who were
    beheaded')."""
    text = facts.sentence.text
    out: list[Mention] = []
    for c, t in pairs:
        if t.type == "detention" or id(c) in skip or of_a_group(text, c):
            continue  # ('five of the 40 villagers who were abducted': the 40 were)
        capture = next(
            (
                h
                for h in facts.triggers
                if h.type in ("detention", "death_in_custody")
                and h.voice in ("passive", "active")
                and 0 <= h.start - c.end <= 75
                and capture_clause(text, c.end, h)
            ),
            None,
        )
        m = mention_for(lex, facts, c, capture, published) if capture else None
        if m is None or m.status != "occurred" or m.aggregate:
            continue
        m.rules["type"] += " (a relative clause telling the capture)"
        out.append(m)
    return out


def _custody_words(text: str) -> bool:
    return contains_any(lower_of(text), _CUSTODY_WORDS)


_TOGETHER_WITH_RE = compile_fast(
    r"\b(?:together|along)\s+with\s+$|\balongside\s+$"
    r"|\b(?:freed|released|rescued|abducted|kidnapped|arrested|detained|seized)\s+with\s+$",
    re.I,
)
_GROUP_BEFORE_RE = re.compile(
    r"(?i:\b(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?))\s+(?:[\w-]+\s+)?"
    r"(?!(?:years|months|weeks|days|hours|minutes|miles|kilometres|kilometers)\b)[a-z]+s\b"
)
_OTHERS_RE = re.compile(r"\b(?:others?|compatriots|colleagues|companions|comrades|fellow)\b")


def _named_before_others(
    text: str, c: Counted, t: Hit, names: list[NameHit] | None
) -> list[NameHit]:
    """Names listed between a custody word and 'N other prisoners' belong to the batch."""
    if (
        not names
        or t.end > c.start
        or not re.match(r"\S+\s+(?:\w+\s+)?other\b", text[c.start : c.end])
    ):
        return []
    return [h for h in names if t.end <= h.start and h.end <= c.start]
