"""Which actors are states: the country names of countries.tsv as a set.

``name in lex.country_names.values()`` compares ``name`` with every country's name in
turn (some two hundred); the passes that ask it once a mention or a record ask this set.
"""

from __future__ import annotations

from functools import lru_cache

from custody.extract.lexicon import Lexicon


@lru_cache(maxsize=4)
def state_names(lex: Lexicon) -> frozenset[str]:
    """The actors of ``lex`` that are states: its ``country_names`` values."""
    return frozenset(lex.country_names.values())
