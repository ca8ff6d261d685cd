"""A deal record's own slots: the day it was agreed and the place it was agreed or carried
out at, from the sentences that tell the deal (deals.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from custody.extract import dates
from custody.extract.gate import compile_gated
from custody.extract.lexicon import Lexicon
from custody.extract.location import phrase_place, place_named_at
from custody.extract.mentions import Mention
from custody.extract.place_context import not_the_happenings_place
from custody.extract.regex import compile_fast, may_hold
from custody.extract.scene import scene_cues
from custody.extract.text import Sentence

_AGREED_RE = compile_fast(
    r"\b(?:agreed|agreement|reached|brokered|signed|struck|understanding|truce|accord|negotiated|deal"
    r"|approved|ratified"
    r"|joint statement)\b",
    re.I,
)


def deal_date(deal: Mention, sents: list[Sentence], published: str | None) -> None:
    """When the deal was made: a date next to 'agreed' / 'reached' near its releases; for
    a named accord, next to 'reached' / 'signed' anywhere in the report ('the agreement
    was reached in Istanbul on June 2', paragraphs below the releases it provides); else
    the day its releases happened."""
    sides = deal.sides or deal.terms
    near = sorted({s.sentence.index for s in sides})
    if not near or not deal.sentence.text:
        return
    lo, hi = max(0, near[0] - 2), min(len(sents), near[-1] + 3)
    best = _agreed_date(sents[lo:hi], published, 100)
    if best is None and deal.rules.get("deal"):
        best = _agreed_date(sents, published, None)
    if best:
        deal.date, deal.date_rule = best[1], f"deal-date:{best[2]}"
        return
    dated = [s.date for s in sides if s.date and s.status == "occurred"]
    if dated:
        deal.date, deal.date_rule = min(dated), "deal-date:day of its releases"


def _agreed_date(
    sents: list[Sentence], published: str | None, weak: int | None
) -> tuple[int, str, str] | None:
    """The date told nearest a word of agreement in ``sents``: (distance, date, rule).
    A weak word ('deal', 'truce') counts ``weak`` characters farther; ``None``: only a
    strong one ('agreed', 'reached', 'signed') in a sentence that names an accord."""
    best: tuple[int, str, str] | None = None
    for sent in sents:
        if earlier_told(sent.text):
            continue  # 'the last swap, in September, was also mediated by ...'
        if weak is None and not _accord_word(sent.text):
            continue
        for cue in _AGREED_RE.finditer(sent.text):
            strong = cue.group(0).lower() in _STRONG_AGREED
            if not strong and weak is None:
                continue
            for h in dates.resolve(sent.text, published):
                d = abs(h.start - cue.start()) + (0 if strong else weak or 0)
                if d <= 160 and (best is None or d < best[0]):
                    best = (d, h.value, f"{h.rule} near '{cue.group(0)}'")
    return best


_STRONG_AGREED = ("agreed", "reached", "signed", "struck", "negotiated", "approved", "ratified")
_ACCORD_WORDS = ("agreement", "accord", "deal", "truce", "ceasefire")
_ACCORD_WORD_RE = re.compile(rf"\b(?:{'|'.join(_ACCORD_WORDS)})s?\b", re.I)


def _accord_word(text: str) -> bool:
    return may_hold(text, _ACCORD_WORDS) and _ACCORD_WORD_RE.search(text) is not None


_AGREED_AT_RE = compile_gated(
    r"\b(?:agreed|reached|signed|struck|negotiated|talks|meeting|negotiations|summit)\b", re.I
)
# where the words after an agreement stop telling where it was made: a clause, or what
# was agreed ('agreed to free 33 hostages in Gaza')
_AGREED_AT_STOP_RE = re.compile(r"[;.:]|\bto\s|,\s*(?:which|who|where|while|and|but)\b")
# a sentence telling how the report's deal was made: 'This agreement was reached at ...'
_THE_DEAL_MADE_RE = compile_gated(
    r"\b(?i:the|this|that)\s+(?:[\w-]+\s+){0,2}(?:agreement|deal|accord|arrangement)\s+"
    r"(?:was|had been)\s+(?:\w+ly\s+)?(?:reached|signed|struck|agreed|negotiated|brokered)\b"
)
_IN_AT_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?")


def deal_place(lex: Lexicon, deal: Mention, sents: list[Sentence]) -> None:
    """Where the deal was made: a place named after a word of agreement or talks ('the
    agreement was reached at the meeting in Türkiye', 'agreed during talks in Istanbul'),
    in the sentences around its releases; for a named accord, anywhere in the report.
    Where its releases happened is theirs, not the deal's."""
    near = sorted({i for s in deal.sides or deal.terms for i in s.sentence_indexes()})
    if not near or deal.place or deal.facility:
        return
    lo, hi = max(0, near[0] - 2), min(len(sents), near[-1] + 3)
    named = bool(deal.rules.get("deal"))
    for sent in sents:
        text = sent.text
        told = lo <= sent.index < hi or (named and _accord_word(text))
        if earlier_told(text) or not (told or _THE_DEAL_MADE_RE.search(text)):
            continue
        for cue in _AGREED_AT_RE.finditer(text):
            stop = _AGREED_AT_STOP_RE.search(text, cue.end(), cue.end() + 90)
            end = stop.start() if stop else min(len(text), cue.end() + 90)
            for prep in _IN_AT_RE.finditer(text, cue.end(), end):
                found = place_named_at(lex, text, prep.end())
                if found and not not_the_happenings_place(
                    text, prep.start(), cue.start(), False, deal=True
                ):
                    deal.place = found[0]
                    deal.location_rule = f"deal-place:{found[1]} after '{cue.group(0)}'"
                    return
    _swap_done_at(lex, deal, sents)


def _swap_done_at(lex: Lexicon, deal: Mention, sents: list[Sentence]) -> None:
    """Where the swap itself was carried out, told in its sides' own sentence ('in a swap
    coordinated by Türkiye and done on Turkish soil', 'the exchange took place in
    Abu Dhabi'): the deal's place too."""
    for i in sorted({i for s in deal.sides for i in s.sentence_indexes()}):
        text = sents[i].text
        for m in _SWAP_NOUN_RE.finditer(text):
            found = phrase_place(lex, text, m.end(), min(len(text), m.end() + 90), m.end())
            if found:
                deal.place = found[0]
                deal.location_rule = f"deal-place:{found[1]} (where the swap was done)"
                return


_SWAP_NOUN_RE = re.compile(r"\b(?:swap|exchange)\b")


@lru_cache(maxsize=256)
def earlier_told(text: str) -> bool:
    """A sentence about earlier happenings of the kind (lexicons/scene.json
    earlier_happening): 'the previous exchange took place in May', 'have swapped
    hundreds of prisoners since the war began, often in deals brokered by ...'. Cached:
    each deal asks it of every sentence."""
    return scene_cues().earlier_happening.search(text) is not None
