"""Headlines in Title Case are read as sentence case (extract/headcase.py), on
headlines written for this project."""

from __future__ import annotations

from test_extract import find, run

from custody.extract.headcase import sentence_cased
from custody.extract.lexicon import load_lexicon
from custody.record import Document


def test_a_title_case_headline_is_read_and_quoted_as_written() -> None:
    text = (
        "Israel Frees 90 Palestinian Prisoners After Hamas Releases Three Hostages "
        "in Gaza Strip\n\n"
        "The exchange went ahead late on Sunday, officials said."
    )
    events = run(text)
    hostages = find(events, dict(type="release", value=3, holder="Hamas"))
    prisoners = find(events, dict(type="release", value=90, holder="Israel"))
    for e in (hostages, prisoners):
        for ev in e.evidence:
            assert ev.text == text[ev.start : ev.end]  # the capitals as written
    assert "Prisoners" in prisoners.evidence[0].text


def test_only_common_words_lose_their_capitals() -> None:
    doc = Document(
        id="t",
        text="Red Cross Says Hostages Freed in May Were Held in the Gaza Strip by Hamas\n\nBody.",
    )
    read = sentence_cased(load_lexicon(), doc).text
    assert read.startswith(
        "Red Cross says hostages freed in May were held in the Gaza Strip by Hamas"
    )
    assert len(read) == len(doc.text)


def test_sentence_case_and_body_lines_are_left_alone() -> None:
    text = "Hamas frees three Israeli hostages\n\nThe Released Prisoners Arrived In Ramallah."
    doc = Document(id="t", text=text)
    assert sentence_cased(load_lexicon(), doc) is doc
