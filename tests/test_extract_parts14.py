"""Shapes met while probing real-news wording in the fourteenth session: general
mechanisms, on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``, ``reportable``).
"""

from __future__ import annotations

from custody.documents.datelines import dateline_end
from test_extract import find, run


def test_a_dateline_of_a_place_alone_is_no_party_to_the_story() -> None:
    events = run(
        "MAIDUGURI, Nigeria - Gunmen have freed 14 farmers they seized from their fields "
        "last week, police said on Monday."
    )
    freed = find(events, dict(type="release", value=14))
    assert freed.holder is None


def test_bare_datelines_end_at_their_dash() -> None:
    for text, rest in (
        ("MAIDUGURI, Nigeria - Gunmen freed", "Gunmen freed"),
        ("GOMA -- Rebels freed", "Rebels freed"),
        ("GAZA/JERUSALEM – Hamas freed", "Hamas freed"),
    ):
        assert text[dateline_end(text) :] == rest
    for text in ("Hamas - the group said", "UN-backed talks - a source", "Kyiv said"):
        assert dateline_end(text) == 0
