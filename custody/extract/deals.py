"""Deal records: two sides releasing in one exchange, a named accord freeing people,
or an exchange told with its broker; made from the merged records."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from custody.extract.deal_slots import deal_date, deal_place, earlier_told
from custody.extract.deal_words import (
    ACCORD_RE,
    CONCESSION_RE,
    accord_told_next,
    deal_name,
    sides_told_as_one,
)
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.phrases import SentenceFacts
from custody.extract.regex import compile_fast, lowered, occurrences
from custody.extract.slots import mediators_for
from custody.extract.text import Sentence
from custody.lexicon_files import read_json
from custody.record import Evidence

_SWAP_RE = re.compile(
    r"\b(?:in return|in turn|in exchange|exchange[ds]?|swap(?:s|ped)?|traded|trade"
    # 'the detainees were mutually released', 'Armenia reciprocated by releasing two'
    r"|mutually|reciprocal(?:ly)?|reciprocated)\b",
    re.I,
)
_DEAL_NAME_RE = compile_gated(
    r"\b((?:(?:[\w-]+|U\.S\.-brokered)\s+)?(?:truce|ceasefire agreement|ceasefire deal|ceasefire|deal|agreement|accord|arrangement|understanding|agreements))\b",
    re.I,
)
_DEAL_CUE_RE = compile_fast(
    r"\b(?:mediat\w*|intermediary|brokered|facilitated|agreed|agreement|deal|negotiat\w*|truce|accord|protocol|talks|auspices|joint statement"
    # 'completed a prisoner exchange', 'the exchange of prisoners': an exchange named as one
    r"|(?:prisoners?|POW|captives?)(?:['’]s?)? (?:exchange|swap)|(?:exchange|swap) of (?:the )?(?:prisoners|POWs|captives)"
    # 'a swap of 90 prisoners for 12 soldiers': the exchange named, its people counted
    r"|(?:exchange|swap) of (?:about |some |nearly |over |more than )?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?"
    r"(?:prisoners|POWs|captives|hostages|detainees|soldiers)\b[^.;]{0,60}?\bfor\b)\b",
    re.I,
)
_DEAL_MADE_RE = re.compile(
    r"\b(?:agreed|reached (?:an? |the )?(?:[\w-]+ ){0,2}(?:deal|agreement|accord|understanding)"
    r"|(?:struck|signed|clinched|sealed) (?:an? |the )?(?:[\w-]+ ){0,2}(?:deal|agreement|accord))\b",
    re.I,
)
"""The sides' own sentence tells the deal made: 'agreed to swap', 'reached an accord to
exchange' (a deal in force, its releases still to come)."""
_PROPOSAL_RE = compile_gated(
    r"\b(?:proposal|proposed|would see|discuss(?:ing|ed)?|negotiat\w+|draft|offer)\b", re.I
)


def deals(
    records: list[Mention],
    sents: list[Sentence],
    published: str | None = None,
    mediation: dict[int, list[str]] | None = None,
) -> list[Mention]:
    """Deal records: two sides releasing in one exchange, a named accord freeing people,
    or an exchange told with its broker."""
    releases = [
        r
        for r in records
        if r.type == "release"
        and r.count
        and (not r.aggregate or r.proposal)  # 'in total, the accord provides for ...'
        and (r.holder or r.proposal)
        and r.status in ("occurred", "planned")
    ]
    out = _two_sided(releases, sents)
    for deal in out:
        deal_date(deal, sents, published)
        _deal_mediators(deal, mediation or {})
    if not out:  # (a release in a deal's own words needs no holder: 'The government freed
        # 222 prisoners in a deal brokered by Washington')
        unheld = [
            r
            for r in records
            if r.type == "release"
            and r.count
            and not r.aggregate
            and r.holder is None
            and r.status in ("occurred", "planned")
        ]
        out.extend(_under_an_accord(releases or unheld, sents, published, mediation or {}))
    if not out:
        out.extend(_agreed_release(records, sents, published, mediation or {}))
    if not out:
        out.extend(_brokered_exchange(records, sents, published, mediation or {}))
    else:
        out.extend(_another_brokered_exchange(out, records, sents, published, mediation or {}))
    return out


def _another_brokered_exchange(
    out: list[Mention],
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
) -> list[Mention]:
    """A second exchange of the document told with its own broker ('... and six aid
    workers were let go in an exchange brokered by Qatar'), whose releases and sentence no
    deal found before holds."""
    taken = {id(side) for deal in out for side in deal.sides}
    told = {i for deal in out for side in deal.sides for i in side.sentence_indexes()}
    rest = [r for r in records if id(r) not in taken]
    found = _brokered_exchange(rest, sents, published, mediation, frozenset(told))
    if found:
        index = next(i for i, s in enumerate(sents) if s.start == found[0].evidence[0].start)
        own = set(mediation.get(index, ()))
        for deal in out:  # (the broker of the other exchange is not the first deal's)
            deal.mediators = [m for m in deal.mediators if m not in own]
    return found


_BROKERED_IN_IT_RE = compile_gated(
    r"\b(?:exchange|swap)\s+(?:mediated|brokered|facilitated|coordinated)\s+by\b", re.I
)


_AGREEMENT_BEFORE_RE = re.compile(
    r"\b(?:agreement|deal|accord|pact|ceasefire|cease-fire|truce)s?\b(?!\s+(?:schedule|timetable))"
    # 'X and Y agreed to', 'the two sides agreed on ...': two parties (one party that
    # agreed to free people makes a gesture, no deal)
    r"|\b(?:and\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*|(?:[\w-]+\s+){0,2}?(?:rebels|militants|government|army|insurgents))"
    r"|both(?:\s+sides)?|(?:the|two|warring)\s+(?:warring\s+|rival\s+|two\s+)?(?:sides|parties))"
    # ('agree to' in a headline's present)
    r"(?:\s+[\w-]+){0,3}\s+agree[sd]?\s+(?:[\w-]+\s+){0,4}?(?:to|that)\b"
    r"|\b(?:exchange|swap)s?\s+(?:was|were|has been|had been)\s+agreed\b",
    re.I,
)


# a sentence opening on the terms of a deal told just before
_UNDER_ITS_TERMS_RE = re.compile(
    r"(?:Under|In|During)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:phase|stage|terms|deal|agreement|accord|truce)\b"
)
_AGREEMENT_MADE_RE = re.compile(
    r"\b(?:have|has|had)\s+(?:[\w-]+\s+)?agreed\s+(?:to|on)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:truce|ceasefire|cease-fire|deal|agreement|accord)\b"
    # 'The deal took effect on January 19': an agreement in force
    r"|\b(?:truce|ceasefire|cease-fire|deal|agreement|accord)\s+(?:took|takes|came into|went into)\s+effect\b|"
    + _DEAL_MADE_RE.pattern,
    re.I,
)


def _agreed_release(
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
) -> list[Mention]:
    """'The government and the rebels agreed to release 900 detainees', 'signed an
    agreement to exchange 200 prisoners', 'a proposed truce would see Hamas release 40':
    a release an agreement provides, whoever holds the people, is the deal's term; the
    deal is in force unless the sentence tells a proposal."""
    for r in records:
        if r.type != "release" or r.status != "planned" or r.count is None or r.aggregate:
            continue
        t = r.trigger
        text = r.sentence.text
        if t is None:
            continue
        agreed: Sentence | None = r.sentence
        if not _AGREEMENT_BEFORE_RE.search(text[max(0, t.start - 160) : t.start]):
            agreed = _agreement_told_before(r, sents) or _agreed_in_evidence(r, sents)
        if agreed is None:
            continue
        status = "planned" if _PROPOSAL_RE.search(agreed.text) else "occurred"
        deal = _deal(r, None, status, None)
        deal.rules["type"] = "deal:a release an agreement provides"
        deal_date(deal, sents, published)
        _deal_mediators(deal, mediation)
        for actor in mediation.get(agreed.index, ()):  # who brokered the agreement told
            if actor not in deal.mediators:
                deal.mediators.append(actor)
        return [deal]
    return []


_AGREED_TO_SWAP_RE = re.compile(
    r"\b(?:agreement|deal|accord|agreed)\s+(?:[\w-]+\s+){0,2}?to\s+(?:exchange|swap|release|free)\b",
    re.I,
)


def _agreed_in_evidence(r: Mention, sents: list[Sentence]) -> Sentence | None:
    """A release first told in a headline ('Over 1,200 POWs to be exchanged') whose other
    sentence tells the agreement to exchange them ('announced a new agreement to exchange
    over 1,200 prisoners of war on each side'): that sentence, or None."""
    for e in r.evidence:
        if e.start >= r.sentence.start and e.end <= r.sentence.end:
            continue
        if _AGREED_TO_SWAP_RE.search(e.text):
            return next((x for x in sents if x.start <= e.start < x.end), None)
    return None


def _agreement_told_before(r: Mention, sents: list[Sentence]) -> Sentence | None:
    """'X and Y have agreed to a truce. Under its first phase, X will free 33', 'reached an
    agreement ... The USA will monitor it. In the first phase, X will release 33', '33
    hostages will be released in the first phase of the agreement': a release told as a
    phase or the terms of an agreement made in one of the three sentences before; that
    sentence, or None."""
    own, after = r.sentence.text, r.trigger.end if r.trigger else 0
    t = r.trigger
    # ('Each side will exchange 500', 'X, in return, was expected to free 1,900')
    swap = t is not None and bool(_SWAP_RE.fullmatch(t.text) or _SWAP_RE.search(own, 0, t.start))
    if not (swap or _UNDER_ITS_TERMS_RE.match(own) or _PHASE_OF_RE.search(own, after)):
        return None  # ('Each side will exchange 500 prisoners': what the agreement provides)
    i = r.sentence.index
    for before in sents[max(0, i - 5) : i][::-1]:
        if _AGREEMENT_MADE_RE.search(before.text):
            return before
    return None


def _two_sided(releases: list[Mention], sents: list[Sentence]) -> list[Mention]:
    """Two sides releasing in one exchange told near each other, with a deal cue."""
    groups: dict[frozenset[str], Mention] = {}
    the_deal: bool | None = None  # (found when first asked)
    for i, a in enumerate(releases):
        for b in releases[i + 1 :]:
            if (a.holder == b.holder and not (a.proposal and b.proposal)) or a.status != b.status:
                continue
            # the two sides as close as any of their sentences come ('189 freed' in the title
            # and the lead, 'In return, 150 ...' five sentences on)
            ia, ib = min(
                ((i, j) for i in a.sentence_indexes() for j in b.sentence_indexes()),
                key=lambda p: abs(p[0] - p[1]),
            )
            lo_i, hi_i = min(ia, ib), max(ia, ib)
            if hi_i - lo_i > 4:
                continue
            joined = " ".join(x.text for x in sents[max(0, lo_i - 1) : hi_i + 3])
            if not _SWAP_RE.search(joined):
                continue
            if not _DEAL_CUE_RE.search(joined):
                # 'The deal follows months of quiet talks': a later sentence takes the deal
                # up as its subject, however far from the two sides it is told
                if the_deal is None:
                    the_deal = any(_THE_DEAL_RE.match(x.text) for x in sents)
                if not the_deal:
                    continue
            status = a.status
            name = _exchange_deal_name(sents, lo_i, hi_i, (a.holder, b.holder))
            own = " ".join(e.text for e in a.evidence + b.evidence)
            if status == "occurred" and _framework_only(own) and not _OWN_DEAL_RE.search(joined):
                continue  # releases delivered under a truce: the truce is not told here
            if status == "planned" and name and not _PROPOSAL_RE.search(joined):
                status = "occurred"  # planned releases under an agreed truce: the deal is in force
            elif status == "planned" and _DEAL_MADE_RE.search(own) and not _PROPOSAL_RE.search(own):
                status = "occurred"  # 'reached an accord to exchange 1,000 each': agreed
            key = frozenset({a.holder or "", b.holder or ""})
            if key in groups:
                deal = groups[key]
                deal.sides.extend([a, b])
                if deal.status != "occurred" and status == "occurred":
                    deal.status = status
                deal.evidence.extend(e for e in a.evidence + b.evidence if e not in deal.evidence)
                continue
            groups[key] = _deal(a, b, status, name)
    return list(groups.values())


# a release word's own deal: 'released under a separate accord with Nepal', 'released under
# the truce deal', 'handed over as part of the January ceasefire agreement'
_OWN_DEAL_AFTER_RE = re.compile(
    r"[^.;:]{0,60}?\b(?:in|under|as part of|through|via)\s+(?:a|an|the|this|that|its|their)\s+"
    r"(?=(?:[\w-]+\s+){0,3}(?:truce|ceasefire|deal|agreement|accord|arrangement)s?\b)",
    re.I,
)


def _own_deal(r: Mention) -> None:
    """The deal a release's own clause names right after its release word ('were
    released under a separate accord with Nepal'): the record's ``deal``, which a
    deal ledger reads (a separate track stays outside the deal told beside it)."""
    t = r.trigger
    if r.type != "release" or t is None or r.rules.get("deal"):
        return
    text = r.sentence.text
    m = _OWN_DEAL_AFTER_RE.match(text, t.end)
    name = _DEAL_NAME_RE.match(text, m.end()) if m else None
    if name:
        r.rules["deal"] = deal_name(name.group(1))
        r.rules["deal_rule"] = "deal:named after the release word"


def _exchange_deal_name(
    sents: list[Sentence], lo: int, hi: int, holders: tuple[str | None, str | None]
) -> str | None:
    """The deal named in the sentences around an exchange (from the sentence before its
    first to the third after its last, the nearest first): one told in a sentence of
    its sides, of a swap ('the swap went ahead to save the truce') or naming a side
    ('the Cairo truce that Egypt brokered between the two'), not in a headline of another
    story below it; and not one told as another deal ('under a separate accord with Nepal':
    cues.json ``other_deal``)."""
    other = _other_deal_words()
    parties = [h.casefold() for h in holders if h]
    around = range(max(0, lo - 1), min(len(sents), hi + 3))
    for i in sorted(
        around, key=lambda i: (0 if lo <= i <= hi else min(abs(i - lo), abs(i - hi)), i)
    ):
        text = sents[i].text
        if not (
            lo <= i <= hi or _SWAP_RE.search(text) or any(p in text.casefold() for p in parties)
        ):
            continue
        for m in _DEAL_NAME_RE.finditer(text):
            before = text[: m.start(1)].split()[-1:] + m.group(1).split()[:1]
            if not any(w.casefold().strip(",;:") in other for w in before):
                return deal_name(m.group(1))
    return None


@lru_cache(maxsize=1)
def _other_deal_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in read_json("cues.json").get("other_deal", []))


def _under_an_accord(
    releases: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
) -> list[Mention]:
    """A release told as part of a named accord ('released under the agreement')."""
    out: list[Mention] = []
    for r in releases:
        if out:
            break
        # the accord may be named in any sentence the record rests on
        own = [sents[i].text for i in sorted(r.sentence_indexes()) if i < len(sents)]
        accord = next(
            (e.text for e in r.evidence if ACCORD_RE.search(e.text)),
            r.sentence.text if ACCORD_RE.search(r.sentence.text) else None,
        ) or next((t for t in own if CONCESSION_RE.search(t)), accord_told_next(r, sents))
        if accord is None or (r.status == "occurred" and _framework_only(accord)):
            continue
        status = "planned" if r.status == "planned" and _PROPOSAL_RE.search(accord) else "occurred"
        name = _DEAL_NAME_RE.search(accord)
        single = _deal(r, None, status, deal_name(name.group(1)) if name else None)
        if accord not in {e.text for e in r.evidence} and accord not in own:
            at = next(x for x in sents if x.text == accord)  # (told in the next sentence)
            single.evidence.append(Evidence(at.start, at.end, at.text))
        deal_date(single, sents, published)
        _deal_mediators(single, mediation)
        out.append(single)
    return out


def _brokered_exchange(
    records: list[Mention],
    sents: list[Sentence],
    published: str | None,
    mediation: dict[int, list[str]],
    skip: frozenset[int] | None = None,
) -> list[Mention]:
    """'The UAE said it mediated an exchange of 180 prisoners of war', 'there was an
    exchange, brokered by Turkey': an exchange told with its broker or as a deal of its
    own is a deal, whose terms are the releases told around it (or the exchange's total).
    With ``skip`` (the sentences of the deals found before), only an exchange its own
    sentence tells brokered ('in an exchange brokered by Qatar')."""
    for sent in sents:
        if skip is not None and (sent.index in skip or not _BROKERED_IN_IT_RE.search(sent.text)):
            continue
        low = sent.text.lower()
        if not ("exchang" in low or "swap" in low or "trade" in low or "in return" in low):
            continue  # (a cheap test first: most sentences tell no exchange)
        if (
            not _SWAP_RE.search(sent.text)
            or _FRAMEWORK_RE.search(sent.text)
            or _PHASE_OF_RE.search(sent.text)
        ):
            continue  # (an exchange under a truce, or a phase of an accord, is told by the
            # accord's deal, if at all)
        near = [
            r
            for r in records
            if r.type == "release"
            and r.count is not None
            and r.status == "occurred"
            and any(sent.index - 1 <= i <= sent.index + 3 for i in r.sentence_indexes())
        ]
        sides = [r for r in near if not r.aggregate][:2] or near[:1]
        if not sides:
            continue
        if not (
            _OWN_DEAL_RE.search(sent.text)
            or mediation.get(sent.index)
            or _broker_told_next(sents, sent.index, mediation)
            or any(r.mediators for r in sides)  # 'As a result of talks brokered by the UAE, 75 ...'
        ):
            continue
        deal = _deal(sides[0], sides[1] if len(sides) > 1 else None, "occurred", None)
        deal.rules["type"] = "deal:an exchange told with its broker"
        deal.evidence.insert(0, Evidence(sent.start, sent.end, sent.text))
        deal_date(deal, sents, published)
        if skip is not None:  # (another exchange of the document: its own sentence's broker)
            deal.mediators = list(mediation.get(sent.index, ()))
        else:
            _deal_mediators(deal, mediation)
        return [deal]
    return []


# 'The deal was brokered by Qatar.', 'The exchange was mediated by the UAE.': the sentence
# after an exchange names its broker by taking the exchange up again
_THE_EXCHANGE_RE = re.compile(
    r"(?:The|This|That|Their)\s+(?:[\w-]+\s+){0,2}?(?:deal|swap|exchange|trade|agreement)\b"
)


_THE_DEAL_RE = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord)\b")


def _broker_told_next(sents: list[Sentence], index: int, mediation: dict[int, list[str]]) -> bool:
    """The exchange of sentence ``index`` brokered, as the next sentence tells."""
    nxt = index + 1
    return (
        bool(mediation.get(nxt))
        and nxt < len(sents)
        and bool(_THE_EXCHANGE_RE.match(sents[nxt].text))
    )


_FRAMEWORK_RE = compile_gated(r"\b(?:ceasefire|cease-fire|truce)\b", re.I)
_OWN_DEAL_RE = re.compile(
    r"\b(?:mediat\w*|brokered|facilitated|coordinated by|auspices|negotiated|(?:exchange|swap|prisoner) (?:deal|agreement)|separate (?:deal|agreement))\b",
    re.I,
)


def _framework_only(text: str) -> bool:
    """'Israel released 200 prisoners as part of the ceasefire agreement': releases
    delivered under a truce that the text does not tell (no terms, no broker, no swap
    deal of its own) make no deal record: the truce is the frame, not the news."""
    if _PHASE_OF_RE.search(text):
        return True  # 'released as part of the latest phase of the exchange agreement'
    return bool(_FRAMEWORK_RE.search(text)) and not _OWN_DEAL_RE.search(text)


_PHASE_OF_RE = compile_gated(
    r"\b(?:phase|stage|round|batch|tranche)\s+(?:of|under)\s+(?:the|a|an|this|that)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:agreement|deal|accord|truce|ceasefire|arrangement)\b",
    re.I,
)


def _deal_mediators(deal: Mention, mediation: dict[int, list[str]]) -> None:
    """'The humanitarian mediation was carried out by the UAE', a sentence or two from the
    releases: the deal's mediators, not each release's."""
    near = sorted({i for s in deal.sides or deal.terms for i in s.sentence_indexes()})
    if not near:
        return
    for index in range(near[0] - 1, near[-1] + 4):
        for actor in mediation.get(index, ()):
            if actor not in deal.mediators:
                deal.mediators.append(actor)
                deal.rules.setdefault("mediators", f"mediation told in sentence {index + 1}")


def _deal(a: Mention, b: Mention | None, status: str, name: str | None) -> Mention:
    deal = Mention("deal", status, None, a.sentence, a.trigger)
    sides = (a,) if b is None else (a, b)
    deal.mediators = list(dict.fromkeys(m for s in sides for m in s.mediators))
    deal.evidence = list(dict.fromkeys(e for s in sides for e in s.evidence))
    deal.rules["type"] = (
        "deal:two sides released in one exchange" if b else "deal:release under a named accord"
    )
    deal.rules["terms"] = "the releases of each side"
    if name:
        deal.rules["deal"] = name
    deal.terms = list(sides)
    deal.sides = list(sides)
    return deal


def with_deals(
    lex: Lexicon,
    records: list[Mention],
    text: str,
    sents: list[Sentence],
    published: str | None,
    context: dict[str, str],
) -> list[Mention]:
    """The records and the deal records made from them. A release told as what a
    deal provides ('the truce calls for 33 hostages to go free') is one of the
    deal's terms, not a record of its own."""
    found = deals(records, sents, published, _mediation(lex, text, sents, context))
    for deal in found:
        deal_place(lex, deal, sents)
    for r in records:
        _own_deal(r)
    terms = {id(s) for d in found for s in d.terms if s.rules.get("status", "").startswith(_TERMS)}
    if found:  # a deal's term told apart from the sides it pairs ('in total, the accord
        # anticipates 33 hostages for 1,900 prisoners') is that deal's, not a record
        terms |= {id(r) for r in records if r.rules.get("status", "").startswith(_TERMS)}
    terms |= {id(r) for r in records if _delivered_term(r, records)}
    terms |= {id(r) for r in records if sides_told_as_one(r, found)}
    return [r for r in records if id(r) not in terms] + found


def _delivered_term(term: Mention, records: list[Mention]) -> bool:
    """A deal's term that the report also tells delivered ('Azerbaijan undertook to
    release 32 servicemen' and '32 servicemen were freed'): the release is the record,
    the term is none of its own, even with no deal record to hold it."""
    if not term.rules.get("status", "").startswith(_TERMS) or term.count is None:
        return False
    return any(
        r.type == term.type
        and r.status == "occurred"
        and r.count is not None
        and r.count.value == term.count.value
        and (r.holder is None or term.holder is None or r.holder == term.holder)
        for r in records
    )


_TERMS = "cues.json:terms:"


_MEDIATION_CUES = (
    "mediat",
    "brokered",
    "facilitated",
    "auspices",
    "intermediar",
    "thank",
)  # found in lower-cased text
_MEDIATION_CUE_RE = re.compile("|".join(_MEDIATION_CUES), re.I)


def _mediation(
    lex: Lexicon, text: str, sents: list[Sentence], context: dict[str, str]
) -> dict[int, list[str]]:
    """Who each sentence says brokered something ('The mediation was carried out by the
    United Arab Emirates'), for the deal told around it."""
    out: dict[int, list[str]] = {}
    starts = [s.start for s in sents]
    low = lowered(text)  # None when lower-casing would move the offsets
    found_at = (
        [at for cue in _MEDIATION_CUES for at in occurrences(low, cue)]
        if low is not None
        else [m.start() for m in _MEDIATION_CUE_RE.finditer(text)]
    )
    cued = {bisect_right(starts, at) - 1 for at in found_at}
    for index in sorted(i for i in cued if i >= 0):
        sent = sents[index]
        if earlier_told(sent.text):
            continue  # another happening's broker ('the last swap was mediated by Turkey')
        found = mediators_for(lex, SentenceFacts(sent, [], [], lex, context), with_icrc=True)
        if found:
            out[sent.index] = found
    return out


__all__ = ["deals", "with_deals"]
