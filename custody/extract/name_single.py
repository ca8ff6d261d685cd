"""One-word names: a first name or a mononym told alone, where news marks the word as a
person held by what follows it ('Noga, 12, was handed over first', 'Taras, a 27-year-old
paratrooper captured in 2023', 'the father of Shira, who was freed in the exchange').

A capitalised word alone is taken only with two marks at once: an age or a 'who' clause
right after it, and a custody word told of the person in that clause or right after
the age. ``names.find_names`` calls ``one_word_names`` once it has read the runs."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from custody.extract.lexicon import Lexicon
from custody.extract.name_lists import NameHit
from custody.extract.regex import compile_fast

if TYPE_CHECKING:
    from custody.extract.names import _Cues

_TAKEN = (
    r"(?:captured|freed|released|held|detained|abducted|kidnapped|arrested|jailed|rescued"
    r"|imprisoned|taken\s+(?:hostage|captive|prisoner))"
)
_WHO_TAKEN = rf",?\s+who\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:\w+\s+)??{_TAKEN}\b"
WHO_TAKEN_RE = re.compile(_WHO_TAKEN)
"""', who was captured ...': right after a name, what was done to that person."""
# what every match of _SINGLE_RE holds after the word: a 'who', a '-year-old' or this age
_WHO_AUXILIARIES = (" who was ", " who were ", " who had been ", " who has been ", " who is ")
_AGE_GATE_RE = compile_fast(r",\s*\d{1,2}\s*,|\(\d{1,2}\)")
_SINGLE_RE = compile_fast(
    r"(?<![\w'’.-])(?P<word>[A-Z][a-z]{2,})(?![\w'’-])(?:"
    r"(?P<age>,\s*\d{1,2}\s*,|\s*\(\d{1,2}\),?)"  # 'Noga, 12,', 'Noga (12)'
    r"|(?P<old>,\s+(?:a|an)\s+\d{1,3}-year-old\s+)"  # 'Taras, a 27-year-old paratrooper'
    # 'Taras, who was captured near the town'
    rf"|(?P<who>{_WHO_TAKEN})"
    r")"
)
# after 'a 32-year-old': a few words of who the person is, then what was done to them
_TAKEN_AFTER_ROLE_RE = re.compile(rf"(?:[\w-]+\s+){{1,4}}?{_TAKEN}\b")
# a capitalised word right before: the word is part of a run of a name (read by the runs)
_CAPITAL_BEFORE_RE = re.compile(r"[A-Z][\w'’.-]*\s+$")
# 'the father of Shira, who was freed': the family name of the one named just before
_KIN_OF_RE = re.compile(
    r"\b(?:father|parents|brother|sister|son|daughter|grandfather|uncle)\s+of\s+$"
)


# 'Doron Almog, (the) father of Shira': the full name of the one whose kin is told
_FAMILY_BEFORE_RE = re.compile(r"[A-Z][\w'’-]+\s+([A-Z][\w'’-]+),\s+(?:the\s+)?$")


def one_word_names(
    lex: Lexicon, cues: _Cues, text: str, out: list[NameHit], known: dict[str, str]
) -> list[NameHit]:
    """The one-word names of a sentence that news marks as people held (see the module)."""
    if not (
        (" who " in text and any(w in text for w in _WHO_AUXILIARIES))
        or "-year-old" in text
        or _AGE_GATE_RE.search(text)
    ):
        return []
    found: list[NameHit] = []
    for m in _SINGLE_RE.finditer(text):
        word, start = m.group("word"), m.start()
        if any(h.start <= start < h.end for h in out) or not _may_be_one_word_name(lex, cues, word):
            continue
        if _CAPITAL_BEFORE_RE.search(text, max(0, start - 40), start):
            continue  # ('Mr Holt', 'Oke Ogun'): a run of capitals, read as such
        if not _taken_after(cues, text, m):
            continue
        name, rule = word, "names:one-word"
        kin = _KIN_OF_RE.search(text, max(0, start - 30), start)
        if kin is not None:
            family = _FAMILY_BEFORE_RE.search(text, max(0, kin.start() - 60), kin.start())
            if family is None:
                continue  # whose family, the sentence does not say
            surname = family.group(1)
            name, rule = f"{word} {surname}", f"names:kin-of:{surname}"
        elif known.get(word):
            name, rule = known[word], f"names:first-name-of:{known[word]}"
        found.append(NameHit(name, start, start + len(word), rule))
    return found


def _may_be_one_word_name(lex: Lexicon, cues: _Cues, word: str) -> bool:
    return not (
        word in lex.not_name_words
        or word in lex.clause_openers
        or word in lex.person_titles
        or word.lower() in lex.demonym
        or word.lower() in cues.role_set
        or word in lex.country_names
        or word in lex.place_names
        or lex.actor_re.fullmatch(word)
    )


def _taken_after(cues: _Cues, text: str, m: re.Match[str]) -> bool:
    """Whether a custody word is told of the person right after the mark of ``m``."""
    end = m.end()
    if m.group("age") is not None:  # 'Noga, 12, was handed over', 'Taras, 27, who was held'
        return bool(cues.subject_verb.match(text, end) or WHO_TAKEN_RE.match(text, end - 1))
    if m.group("old") is not None:
        return bool(_TAKEN_AFTER_ROLE_RE.match(text, end))
    return True  # ('who was captured': in the match)
