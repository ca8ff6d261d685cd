"""A document's text cut into segments at every evidence boundary, for highlighting."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from custody.record import Event


@dataclass(frozen=True)
class Segment:
    """``text[start:end]`` and the records (indices) whose evidence covers it."""

    start: int
    end: int
    text: str
    records: tuple[int, ...]


def segments(text: str, events: Sequence[Event]) -> list[Segment]:
    """The text in order, split wherever an evidence span starts or ends.

    Spans that fall outside the text (a damaged record) are clipped to it.
    """
    spans = [
        (max(0, e.start), min(len(text), e.end), i)
        for i, ev in enumerate(events)
        for e in ev.evidence
        if e.end > e.start
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if end <= start or start >= len(text):
            continue
        covering = tuple(sorted({i for s, e, i in spans if s <= start and end <= e}))
        out.append(Segment(start, end, text[start:end], covering))
    return out
