"""Another source's figure for a happening just told: 'The rights group put the number
at 206', 'a lawyers' committee says the figure is at least 17'.

Conflicting figures make one record each (docs/event-record.md): the figure is a
record of the happening told last, in its sentence or the two before, with the new
count; the sentence names no people of its own, so the happening's type, status and
slots are that record's.
"""

from __future__ import annotations

import re

from custody.extract.counted import Counted, _qualifier
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.numbers import find_numbers, match_value
from custody.extract.text import Sentence
from custody.record import Evidence

FIGURE_WORDS = (
    "put the",
    "puts the",
    "putting the",
    "placed the",
    "places the",
    "placing the",
    "estimated the",
    "estimates the",
    "estimating the",
    "figure is",
    "figure was",
    "figure st",
    "number is",
    "number was",
    "number st",
)
"""What every sentence with such a figure holds (a fast test before the search)."""

# the words before the number: 'put the number (taken) at', 'the figure is'
_FIGURE_BEFORE_RE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating)\s+the\s+"
    r"(?:total\s+)?(?:number|figure|toll|count|total)(?:\s+[a-z][\w-]*){0,2}\s+at\s+$"
    r"|\bthe\s+(?:real\s+|true\s+|actual\s+)?(?:figure|number)\s+(?:is|was|stands at|stood at)\s+$",
    re.I,
)
_OF_PEOPLE_RE = re.compile(r"\bof\b")
_WORD_AFTER_RE = re.compile(r"\s+([a-z][\w-]*)")
_CLAUSE_GOES_ON = frozenset(
    "including among in on at by and but while as according of with since from for".split()
)


def may_give_a_figure(low: str) -> bool:
    """Can ``other_figures`` find a figure in ``low`` (a lower-cased sentence, or a
    document as written: its cue words are lower-case but at a sentence's start)?
    Substring tests at C speed, before any search: every match holds one of
    ``FIGURE_WORDS`` (a cue is written with single spaces)."""
    for words in FIGURE_WORDS:
        if words in low:
            return True
    return False


def other_figures(
    lex: Lexicon, sent: Sentence, new: list[Mention], earlier: list[Mention]
) -> list[Mention]:
    """The records of the figures ``sent`` gives for the happening told last; ``new``:
    the sentence's own mentions (a figure one of them counts is theirs)."""
    text = sent.text
    out: list[Mention] = []
    for m in find_numbers(text):
        vq = match_value(m)
        if vq is None or vq[0] < 2:
            continue
        qualifier, qstart = _qualifier(text[: m.start()])
        cue = _FIGURE_BEFORE_RE.search(text, max(0, qstart - 80), qstart)
        if cue is None or _OF_PEOPLE_RE.search(cue.group(0)):
            continue  # 'put the number of freed inmates at 400': a count of its own
        after = _WORD_AFTER_RE.match(text, m.end())
        if (
            after
            and after.group(1) not in _CLAUSE_GOES_ON
            and not lex.noun_re.match(after.group(1))
        ):
            continue  # 'the figure is 2,000 homes': things, not people
        if any(o.count is not None and o.count.value == vq[0] for o in new + earlier[-6:]):
            continue  # the same figure, told again
        told = _happening_told_last(sent, new, earlier, cue.start())
        if told is None:
            continue
        out.append(_with_figure(told, sent, cue.start(), m.end(), vq[0], qualifier))
    return out


def _happening_told_last(
    sent: Sentence, new: list[Mention], earlier: list[Mention], before: int
) -> Mention | None:
    here = [o for o in new if o.count is not None and o.count.end <= before]
    pool = here or [
        o for o in earlier[-8:] if 0 < sent.index - o.sentence.index <= 2 and o.type != "deal"
    ]
    # a figure counts people taken, freed or held, not those a demand is for
    pool = [o for o in pool if o.status == "occurred"] or pool
    return pool[-1] if pool else None


def _with_figure(
    told: Mention, sent: Sentence, start: int, end: int, value: int, qualifier: str
) -> Mention:
    figure = Mention(**{k: getattr(told, k) for k in told.__dataclass_fields__})
    noun = told.count.noun if told.count is not None else "people"
    figure.count = Counted(
        value, qualifier, start, end, noun, rules=[f"figure:{sent.text[start:end]}"]
    )
    figure.names, figure.terms, figure.sides = [], [], []
    figure.nationality, figure.categories = list(told.nationality), list(told.categories)
    figure.evidence = [Evidence(sent.start + start, sent.start + end, sent.text[start:end])]
    figure.rules = dict(told.rules)
    figure.rules["count"] = "count:another-figure (the happening told last)"
    figure.told_in = {sent.index}
    return figure
