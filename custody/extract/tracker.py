"""A tracker's line: a label naming people and what befell them, a colon, then their
number ('Captives freed in swaps so far: 112', 'Prisoners of war still held: 2,100').
Outlets sum up a long story with such a list under a line like 'The figures:';
each line is a running total (or, for people still held, a holding) with no verb after
its number, so ``counted.py`` (a number before its noun) never counts it.
"""

from __future__ import annotations

import re

from custody.extract.counted import Counted
from custody.extract.counted_after import uniq
from custody.extract.lexicon import Lexicon
from custody.extract.numbers import NUMBER_RE, is_year, match_value

_LABEL_RE = re.compile(r"^\s*(?P<label>[A-Z][^:\d\n]{2,80}?)\s*:\s*(?=\d)")
_LINE_END_RE = re.compile(r"\s*(?:$|[,;.(])")
"""The whole sentence is the line: a capitalised label with no digit (not 'Update 3:'
nor a time), a colon, and the number ending the line or followed by an aside ('41, of
them ...', '6 (alive)')."""

_NOT_A_TALLY_RE = re.compile(
    r"\b(?:said|says|told|added|wrote|asked|according|quoted|via|photo|source|read)\b", re.I
)
"""A label that introduces a quotation or a credit ('He said: 25.'), not a tally."""

TRACKER_RULE = "number-of:tracker line"


def label_counts(lex: Lexicon, text: str, found: list[Counted]) -> list[Counted]:
    """The number of a tracker's line, counting the people its label names before the
    colon (their nationality and categories read from the label). The first rule names the
    label, as a tally's does ('number-of:...'), so a line with no custody word of its own
    still makes a record and its type comes from the label's participle."""
    m = _LABEL_RE.match(text)
    if m is None or _NOT_A_TALLY_RE.search(m.group("label")):
        return []
    num = m.end()
    if any(c.start <= num < c.end for c in found):
        return []
    number = NUMBER_RE.match(text, num)
    if number is None or number.start() != num or not _LINE_END_RE.match(text, number.end()):
        return []
    vq = match_value(number)
    if vq is None or is_year(number.group("digits")):
        return []
    label = m.group("label")
    noun = lex.noun_re.search(label)
    if noun is None:
        return []
    word = noun.group(0)
    nats = [
        lex.demonym[w.lower()]
        for w in re.findall(r"[\w-]+", label[: noun.end()])
        if w.lower() in lex.demonym
    ]
    cats = list(lex.noun_categories.get(word.lower(), ()))
    for w in re.findall(r"[\w-]+", label):
        cats.extend(lex.modifiers.get(w.lower(), ()))
    return [
        Counted(
            vq[0],
            "exact",
            num,
            number.end(),
            word,
            uniq(nats),
            uniq(cats),
            word.lower() in lex.deceased_nouns,
            False,
            False,
            [f"{TRACKER_RULE}:{label.strip()}", f"number:{number.group(0)}"],
        )
    ]
