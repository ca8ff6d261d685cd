"""The two sides of a swap told in one count: 'Russia and Ukraine each freed 303
soldiers' (a record per side), 'both sides released 115', 'swapped 300 POWs, 150 from
each side' (the halves of a total)."""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention
from custody.extract.numbers import WORD_COUNT, word_value
from custody.extract.objects import EACH_SIDE
from custody.extract.phrases import Counted, Hit, SentenceFacts
from custody.extract.regex import compile_fast
from custody.extract.slots import NO_HOLDER

_TWO_SIDES = r"(?:the two|both) (?:countries|sides|parties|nations|warring sides)"
_BOTH_SIDES_RE = re.compile(rf"\b(?:{_TWO_SIDES}|each side|apiece|per side)\b", re.I)
_BOTH_BEFORE_RE = re.compile(
    # (not 'N detainees from both sides were released': a total of the two, cues.json)
    rf"(?<!from )(?<!of )\b{_TWO_SIDES}\s+"
    r"(?:have\s+|had\s+|also\s+)?$",
    re.I,
)


def both_released(text: str, t: Hit) -> bool:
    """'Both sides released 115 prisoners': each side released them (a swap verb, 'both
    sides exchanged 230', tells the two together: cues.json swap_total)."""
    return (
        t.type == "release"
        and not t.text.lower().startswith(("exchang", "swap", "trad"))
        and _BOTH_BEFORE_RE.search(text, max(0, t.start - 30), t.start) is not None
    )


EACH_AFTER_RE = re.compile(
    r"\s+(?:each|apiece|per side)\b|(?:\s+[\w-]+){0,3}?\s+(?:on|for|to|from|by) each side\b",
    re.I,
)
"""'150 prisoners each', '150 POWs apiece', '150 prisoners returned to each side'."""


_N_WORD = rf"\d{{1,3}}(?:,\d{{3}})+|\d+|{WORD_COUNT}"
_HALF_EACH_RE = compile_fast(
    rf"[^.;:]{{0,60}}?(?:,\s+|\bin\s+an?\s+)(?:({_N_WORD})\s+(?:from|for|to|on|by|of)\s+each\s+side"
    rf"|({_N_WORD})[- ]for[- ]({_N_WORD})\b)",
    re.I,
)


def half_each(text: str, c: Counted, m: Mention) -> Mention | None:
    """'swapped 300 POWs on Saturday, 150 from each side', 'exchanged 300 prisoners in a
    150-for-150 swap': a swap's total told with its halves gives one side's count each
    (the split then makes a record of each side, the total kept as the swap's)."""
    h = _HALF_EACH_RE.match(text, c.end) if m.count is not None else None
    if h is None or (h.group(3) and h.group(2) != h.group(3)):
        return None
    told = h.group(1) or h.group(2)
    half = int(told.replace(",", "")) if told[0].isdigit() else word_value(told)
    if half is None or m.count is None or 2 * half != m.count.value:
        return None
    if not m.aggregate:  # ('exchanged 240 POWs in a 120-for-120 swap': both sides together)
        m.aggregate, m.rules["aggregate"] = True, "count:a swap's total told with its halves"
        m.holder, m.holder_rule = None, f"{NO_HOLDER}both-sides-of-a-swap"
    one = _copy(m)
    one.count = dc_replace(
        m.count,
        value=half,
        rules=[*m.count.rules, f"count:half of {m.count.value}, {half} each side"],
    )
    one.aggregate = False
    one.rules.pop("aggregate", None)
    return one


def each_split(lex: Lexicon, facts: SentenceFacts, m: Mention) -> list[Mention]:
    """'Russia and Ukraine each freed 303 soldiers': one record per side."""
    t = m.trigger
    assert t is not None
    sides = [
        a.actor for a in facts.actors if a.end <= t.start and a.actor not in lex.mediation_only
    ]
    sides = list(dict.fromkeys(sides))
    if len(sides) != 2:
        if not _BOTH_SIDES_RE.search(facts.sentence.text):
            return [m]
        # 'the two countries swapped 95 POWs each': two releases, sides not named here
        pair_ = [m, _copy(m)]
        for side in pair_:
            side.holder, side.holder_rule = None, f"{NO_HOLDER}each-of-two-sides-unnamed"
            side.rules["count"] = EACH_SIDE
        if m.count is not None:
            m.count.rules.append(EACH_SIDE)  # (one Counted, shared by both sides)
        return pair_
    out = []
    for holder, counterpart in (sides, sides[::-1]):
        copy = _copy(m)
        copy.nationality = [d for d, c in lex.demonym_country.items() if c == counterpart][:1]
        copy.holder, copy.holder_rule = holder, "holder:each-side"
        out.append(copy)
    return out


def _copy(m: Mention) -> Mention:
    """Another mention of the same people and words, with lists of its own."""
    copy = Mention(**{k: getattr(m, k) for k in m.__dataclass_fields__})
    copy.evidence, copy.rules = list(m.evidence), dict(m.rules)
    copy.categories, copy.nationality = list(m.categories), list(m.nationality)
    return copy
