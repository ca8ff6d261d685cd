"""Shapes met while probing news wording in the fifteenth session: general mechanisms,
on sentences written for this project (never an article's).

Shares the helpers of test_extract.py (``run``, ``find``).
"""

from __future__ import annotations

from test_extract import find, run


def test_a_bare_participle_after_the_name_tells_the_background_not_the_news() -> None:
    # 'released X, kidnapped in Y in 2021, on Monday': the release is the news, the
    # participle (without 'who was') tells the earlier kidnapping
    for verb in ("kidnapped", "abducted"):
        events = run(
            "Hostages freed in the Sahel\n\n"
            f"Jihadists released Belgian engineer Pieter Claes, {verb} in Gao in 2021, on "
            "Monday, the government of Niger said."
        )
        find(events, dict(type="release", names={"Pieter Claes"}))
        find(events, dict(type="detention", names={"Pieter Claes"}, place="Gao"))
