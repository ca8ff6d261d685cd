"""Two custody words of one counted group: '643 prisoners were transferred from several
prisons and released', 'five journalists were detained and later released'."""

from __future__ import annotations

import re

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, mention_for
from custody.extract.phrases import Counted, Hit, SentenceFacts

_THEN_RE = re.compile(
    r"[^.;\d]{0,80}?\band\s+(?:(?:were|was)\s+)?(?:later\s+|then\s+|subsequently\s+)?$"
)


def then_verb(
    lex: Lexicon,
    facts: SentenceFacts,
    c: Counted,
    t: Hit,
    pairs: list[tuple[Counted, Hit]],
    published: str | None,
) -> list[Mention]:
    """'643 prisoners were transferred from several prisons and released': the people of a
    passive custody word that a second one of another kind tells next (no count between)
    went through both: a record for each."""
    if t.voice != "passive" or t.start < c.end:
        return []
    text = facts.sentence.text
    paired = {id(b) for _, b in pairs}
    for t2 in facts.triggers:
        if t2.type == t.type or id(t2) in paired or t2.voice != "passive":
            continue
        first, then = (t, t2) if t2.start > t.end else (t2, t)
        if first is t2 and t2.start < c.end:
            continue  # (the word before is the pair's own people's only when after them)
        if then.start - first.end > 90 or not _THEN_RE.match(text[first.end : then.start]):
            continue  # ('were transferred ... and released': the pair took the release)
        m = mention_for(lex, facts, c, t2, published)
        return [m] if m is not None else []
    return []
