"""The capitalised runs that may be people's names ('Maher Al-Akhras', 'Mohammed
al-Assad'): the pattern ``names`` reads every sentence with, and a faster scan for it."""

from __future__ import annotations

import re

from custody.extract.regex import compile_fast, contains_any

# capitals and small letters of the Latin alphabets ('Ekrem İmamoğlu', 'Łukasz Wróbel')
_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_LOW = "a-zß-öø-ÿā-žș-ț'’"
_HEADS = ("Al", "al", "El", "el", "Abu", "Abou", "Bin", "bin", "Ibn", "ibn", "Ben", "ben")
# (two may stand together: 'Pieter van der Berg', 'Juan Carlos de la Cruz')
_PARTICLE = (
    r"(?:Abu|Abou|bin|Bin|bint|ibn|Ibn|ben|de|De|del|Del|da|das|dos|di|du|van|von|der|den|la"
    r"|al|Al|el|El|St\.)"
)


# a romanised given name's second syllable ('Chow Hang-tung', 'Lee Cheuk-yan'), not a
# compound's second word ('Iran-backed', 'Kremlin-linked', 'Gaza-based')
_SMALL_AFTER_HYPHEN = (
    r"-(?!(?:backed|led|linked|based|born|run|controlled|held|affiliated|aligned|allied|owned"
    r"|style|era|old|year|made|speaking|dominated|funded|sponsored|supported|occupied|bound"
    r"|appointed|installed|friendly|leaning|majority|wide|level|class|type)\b)[a-z]{2,}"
)


def _name_source(heads: tuple[str, ...]) -> str:  # (heads: what opens a part before '-')
    part = rf"(?:(?:Mc|Mac|O['’]|D['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+|{_SMALL_AFTER_HYPHEN})?|(?:{'|'.join(heads)})-[{_UP}][{_LOW}]+|[A-Z]\.)"
    return rf"(?<![\w-])({part}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{part}){{1,3}})(?![\w-])"


NAME_SOURCE = _name_source(_HEADS)
NAME_RE = compile_fast(NAME_SOURCE)  # (the look-behind alone gets no scan for capitals)
_LOWER_HEADS = tuple(f"{h}-" for h in _HEADS if h[0].islower())
# NAME_RE without the parts opening in lower case ('al-Assad'): a scan for capitals only
_CAPITALS_RE = compile_fast(_name_source(tuple(h for h in _HEADS if h[0].isupper())))


def name_runs(text: str) -> list[re.Match[str]]:
    """``list(NAME_RE.finditer(text))``; a text with no part opening 'al-', 'bin-', ... is
    searched without them (NAME_RE's scan also stops at every 'a', 'b', 'e' and 'i').
    Kept for a sentence asked for again (names, their subjects, the names introduced
    before read the same sentence): forgotten all at once when ``_RUNS_KEPT`` are held."""
    runs = _RUNS.get(text)
    if runs is None:
        pattern = NAME_RE if contains_any(text, _LOWER_HEADS) else _CAPITALS_RE
        runs = list(pattern.finditer(text))
        if len(_RUNS) >= _RUNS_KEPT:
            _RUNS.clear()
        if len(text) <= 2000:  # (a sentence, not a page's long line)
            _RUNS[text] = runs
    return runs


_RUNS: dict[str, list[re.Match[str]]] = {}
_RUNS_KEPT = 256
