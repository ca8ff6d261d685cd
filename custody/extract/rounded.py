"""A figure told again rounded ('nearly 900' in a headline over the body's 887, 'almost
2,000' beside the exact 1,968) or as the running total the body tells: one happening,
with the exact count."""

from __future__ import annotations

from collections.abc import Callable

from custody.extract.mentions import Mention


def rounded_headlines(
    records: list[Mention], absorb: Callable[[Mention, Mention], None]
) -> list[Mention]:
    """'... exchange of nearly 900 detainees' over a body that says 887: a headline
    rounds the figure the article gives; it is the same happening, with the body's count."""
    out: list[Mention] = []
    # the headline: the first sentence that tells a record (a page may open on its chrome)
    first = min((r.sentence.index for r in records), default=0)
    gone: set[int] = set()  # body records a headline took in
    for r in records:
        if id(r) in gone:
            continue
        body = None
        lead = r.sentence.index == first
        if r.count is not None and (
            r.count.qualifier != "exact" or (lead and _rounded_headline(records, r))
        ):
            # (a body sentence's 'almost 2,000' over its own exact 1,968 is that figure too;
            # a headline's bare '3,000' over the body's 3,015 is the body's figure rounded)
            body = next(
                (
                    b
                    for b in records
                    if b is not r
                    and b.count is not None
                    and (b.sentence.index > first if lead else b.count.qualifier == "exact")
                    # (two sources' figures are a record each: event-record.md; a body's
                    # rounding is close, and a running total is no batch)
                    and (lead or _rounded_in_body(r, b))
                    and (b.type, b.status) == (r.type, r.status)
                    and not (r.holder and b.holder and r.holder != b.holder)
                    and not (r.date and b.date and r.date[:7] != b.date[:7])
                    # a swap's two sides counted together are no one side's batch
                    and not (
                        r.rules.get("aggregate", "").startswith("cues.json:swap_total")
                        and not b.aggregate
                    )
                    and _rounds_to(r.count.value, r.count.qualifier, b.count.value)
                ),
                None,
            )
        if body is None and r.sentence.index == first:
            body = _running_total_told(records, r, first) or _singular_told(records, r, first)
        if body is None and lead and _took_same_figure(records, r, first, absorb, out, gone):
            continue
        if body is None:
            out.append(r)
            continue
        kept = body.count
        absorb(body, r)
        body.count = kept
        body.aggregate = body.aggregate or r.aggregate
    return out


def _took_same_figure(
    records: list[Mention],
    r: Mention,
    first: int,
    absorb: Callable[[Mention, Mention], None],
    out: list[Mention],
    gone: set[int],
) -> bool:
    """Merge headline ``r`` with the body's record of its figure (``_same_figure_told``):
    a sum of both sides the headline's words tell takes the body's record in (dropped from
    ``out``, marked in ``gone``); else the body's record takes the headline in, and True
    says so."""
    body = _same_figure_told(records, r, first)
    if body is None:
        return False
    if r.aggregate and _both_sides_told(r):
        holder = (r.holder, r.holder_rule)
        absorb(r, body)
        r.holder, r.holder_rule = holder  # (both sides' sum told: no one's batch)
        gone.add(id(body))
        out[:] = [o for o in out if o is not body]
        return False
    absorb(body, r)  # the body's sentence tells what the headline's words blur
    return True


def _same_figure_told(records: list[Mention], r: Mention, first: int) -> Mention | None:
    """'Authorities free 212 prisoners' over a body that tells 212 freed since Saturday: the
    headline's figure told again in the body as the only record of that kind and figure is
    that happening. Whether it is a total the words of one of them say ('since Saturday',
    'Russia and Ukraine swap 190'); a total only guessed ('150 prisoners were swapped')
    gives way to the other's batch."""
    if r.count is None or not _a_title(r):
        return None
    same = [
        b
        for b in records
        if b is not r
        and b.count is not None
        and b.count.value == r.count.value
        and b.type == r.type
        and not (r.holder and b.holder and r.holder != b.holder)
    ]
    if len(same) != 1 or same[0].sentence.index <= first:
        return None
    b = same[0]
    if b.status != r.status or b.aggregate == r.aggregate or len(r.sentence_indexes()) > 1:
        return None  # (a plan the headline tells as done may be two records: the plan and the
        # release; event-record.md)
    if b.aggregate and not _told_a_total(b):
        return None  # (a body's guessed total over a headline's batch: two readings)
    if r.aggregate and _told_a_total(r) and not _both_sides_told(r):
        return None  # (a headline's 'so far' over a body's batch of as many: two readings)
    return b


def _both_sides_told(m: Mention) -> bool:
    """'Russia, Ukraine swap 190': the words make the figure both sides' sum."""
    rule = m.rules.get("aggregate", "")
    return rule.startswith("cues.json:swap_total:") and not rule.endswith(":passive")


def _told_a_total(m: Mention) -> bool:
    """Whether the text's words make ``m`` a running total or both sides' sum ('so far',
    'Russia and Ukraine swapped 190'), not a reading of a bare passive ('150 prisoners
    were swapped' may be one side's)."""
    rule = m.rules.get("aggregate", "")
    return rule.startswith((_CUE_RULE, "cues.json:swap_total:")) and not rule.endswith(":passive")


def _running_total_told(records: list[Mention], r: Mention, first: int) -> Mention | None:
    """'Militia abducted 70 civilians' over a body that says 'the number abducted has risen
    to 70': a headline gives the running total the body tells as one (by a cue of the
    text, not a period: a month's tally may be the batch the headline tells)."""
    if r.count is None or r.aggregate:
        return None
    return next(
        (
            b
            for b in records
            if b.sentence.index > first
            and b.aggregate
            and b.count is not None
            and _cue_before_count(b)
            and b.count.value == r.count.value
            and (b.type, b.status) == (r.type, r.status)
            and not (r.holder and b.holder and r.holder != b.holder)
        ),
        None,
    )


_BARE_SINGULAR = "headline:bare singular"


def _singular_told(records: list[Mention], r: Mention, first: int) -> Mention | None:
    """'Gang frees kidnapped nurse' over a body whose first record of that kind frees 'a
    nurse and a child': the headline names one of the people the body counts, not a
    release of one more."""
    if r.count is None or _BARE_SINGULAR not in r.count.rules:
        return None
    if any(i > first for i in r.sentence_indexes()):
        return None  # the body already told it again ('... an Israeli hostage'); a later
        # record of one person is another ('A second hostage was freed hours later')
    body = next(
        (
            b
            for b in records
            if b.sentence.index > first and (b.type, b.status) == (r.type, r.status)
        ),
        None,
    )
    if (
        body is None
        or body.count is None
        or body.aggregate
        # ('Priest kidnapped'; 'Journalist freed' over 'X, an editor, was among 16 freed':
        # the one person the body names)
        or (body.count.noun.lower() != r.count.noun.lower() and len(body.names) != 1)
        or (r.holder and body.holder and r.holder != body.holder)
    ):
        return None
    return body


def _a_title(r: Mention) -> bool:
    """Whether ``r``'s sentence is the page's title: its first, or one with no full stop
    (a lead sentence that tells a record first is no headline)."""
    return r.sentence.index == 0 or not r.sentence.text.rstrip().endswith(".")


def _cue_before_count(m: Mention) -> bool:
    """Whether the text cue that made ``m`` a running total stands right before its count
    ('has risen to 70'; not 'the agreements reached in Istanbul ... today 1,200')."""
    rule = m.rules.get("aggregate", "")
    if not rule.startswith(_CUE_RULE) or m.count is None:
        return False
    cue = rule[len(_CUE_RULE) :]
    at = m.sentence.text.rfind(cue, 0, m.count.start)
    return at >= 0 and m.count.start - (at + len(cue)) <= 25


_CUE_RULE = "cues.json:aggregate:"


def _rounded_in_body(r: Mention, b: Mention) -> bool:
    assert r.count is not None and b.count is not None
    return (
        (
            not r.source_actor
            or r.source_actor == b.source_actor
            # (an unsourced exact figure that 'nearly' rounds up: the one it rounds)
            or (not b.source_actor and r.count.qualifier == "at_most")
        )
        and r.aggregate == b.aggregate
        and abs(r.count.value - b.count.value) <= max(2, r.count.value // 10)
    )


def _rounded_headline(records: list[Mention], r: Mention) -> bool:
    """A headline's bare round figure that no other record tells as it is: it may be
    rounded ('Junta frees 3,000' over the body's 3,015; not '1,200 bodies' the body
    tells again as 1,200)."""
    value = r.count.value if r.count else 0
    return (
        _round_figure(value)
        and len(r.evidence) == 1  # (a body sentence telling it again was merged into it)
        and not any(b is not r and b.count is not None and b.count.value == value for b in records)
    )


def _round_figure(value: int) -> bool:
    """A figure in hundreds ('3,000', '1,200'): one a headline may have rounded."""
    return value >= 100 and value % 100 == 0


def _rounds_to(headline: int, qualifier: str, value: int) -> bool:
    """Whether a headline's 'nearly 900' / 'more than 50' / 'about 1,000' (or a bare
    '3,000' over a figure that is not round) is ``value`` rounded."""
    if value == headline or (headline > 12 and headline % 5):
        return False  # ('some 207' beside 195: no rounding, another source's own figure)
    if qualifier == "exact":
        return not _round_figure(value) and abs(value - headline) <= headline // 20
    if qualifier in ("more_than", "at_least"):
        # a headline rounds down to a round figure: 'more than 100' over a body's 112, or
        # to its leading round number ('more than 100' over 183: not 'more than 180')
        limit = 2 * headline - 1 if headline % 10 == 0 else headline + max(2, headline // 3)
        return headline < value <= limit
    if abs(value - headline) > max(2, headline // 10):
        return False
    if qualifier == "at_most":
        return value < headline
    return qualifier == "about"
