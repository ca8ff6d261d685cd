"""Counts that tell no one happening: a practice ('kidnappers usually free their captives
once a ransom is paid'), a rate ('30 prisoners for each hostage') and a figure told of
several earlier happenings at once ('previous swaps involved up to 300 people each'):
cues.json ``habitual``, ``rate`` and ``several_happenings``."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract.gate import words_of
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import alternation, compile_fast, may_hold
from custody.lexicon_files import read_json


@lru_cache(maxsize=1)
def _several_happenings() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The pattern of cues.json ``several_happenings`` and the words each match needs."""
    pattern = "|".join(read_json("cues.json")["several_happenings"])
    return compile_fast(pattern, re.I), words_of(pattern, re.I)


def a_practice(text: str, clause_lo: int, t: Hit, c: Counted | None) -> bool:
    """A custody word told as a practice (not in a past form), or the count of several
    earlier happenings told together, whose subject they are."""
    lo = max(0, clause_lo, t.start - 120)
    if _habitual_re().search(text, lo, t.start) and not t.text.lower().endswith(("ed", "en")):
        return True
    if c is None:
        return False
    several_re, words = _several_happenings()
    if not may_hold(text, words):
        return False
    several = several_re.search(text, max(0, t.start - 120), c.start)
    return several is not None and several.start() <= t.start


_NUMBER_RE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)


@lru_cache(maxsize=1)
def _habitual_re() -> re.Pattern[str]:
    """A practice told, not an event (cues.json ``habitual``): 'gangs often hold captives for
    weeks' (not a past verb: 'had often been detained before he was freed again')."""
    return compile_fast(rf"\b(?:{alternation(read_json('cues.json')['habitual'])})\b", re.I)


@lru_cache(maxsize=1)
def _rate_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rate = read_json("cues.json")["rate"]
    return re.compile("|".join(rate["after"])), re.compile("|".join(rate["before"]))


def a_rate(text: str, c: Counted) -> bool:
    """A count told as a rate (cues.json ``rate``): '30 Palestinians will be freed for each
    hostage', 'for every hostage freed, 30 prisoners will be too', 'three a week'."""
    if not may_hold(text, ("each", "every", "per", "day", "week", "month", "daily", "weekly")):
        return False
    after_re, before_re = _rate_res()
    nxt = _NUMBER_RE.search(text, c.end)
    after = text[c.end : min(nxt.start() if nxt else len(text), c.end + 80)]
    after = re.split(r"[.;]|,\s+(?:and|but|while|as)\b", after, maxsplit=1)[0]
    if after_re.search(after):
        return True
    before = text[max(0, c.start - 100) : c.start]
    numbers = list(_NUMBER_RE.finditer(before))
    return before_re.search(before[numbers[-1].end() :] if numbers else before) is not None
