"""Sentences and clauses with exact offsets (custody.extract.text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.extract.text import clauses, sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def _check_offsets(text: str) -> None:
    out = sentences(text)
    previous_end = 0
    for i, s in enumerate(out):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.index == i
        assert s.start >= previous_end  # in order, no overlap
        previous_end = s.end
        for a, b in clauses(s):
            assert 0 <= a < b <= len(s.text)


def test_splits_on_full_stops() -> None:
    text = "Hamas freed 13 hostages. Israel released 39 prisoners! Was it enough? Yes."
    assert _texts(text) == [
        "Hamas freed 13 hostages.",
        "Israel released 39 prisoners!",
        "Was it enough?",
        "Yes.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "They were freed on Oct. 7 by the group.",
        "The U.S. State Department welcomed the release.",
        "He was held in St. Petersburg for a year.",
        "Mr. Smith and Dr. Jones were freed.",
        "Gen. Hassan said the U.N. would help.",
        "The talks in Jan. 2024 failed.",
        "A statement by John F. Kennedy Jr. was read.",
        "The chancellor, Fr. Paul Obi, said they were freed.",
        "Police Insp. Musa Bello and Cpl. Ada Eze were abducted.",
    ],
)
def test_abbreviations_do_not_split(text: str) -> None:
    assert _texts(text) == [text]


def test_abbreviation_then_real_sentence() -> None:
    text = "Talks were held in the U.S. on Monday. Then 13 were freed."
    assert _texts(text) == ["Talks were held in the U.S. on Monday.", "Then 13 were freed."]


def test_the_platform_x_ends_a_sentence_an_initial_does_not() -> None:
    text = "The minister wrote on X. Two others remain held. A note by Anna K. Berg was read."
    assert _texts(text) == [
        "The minister wrote on X.",
        "Two others remain held.",
        "A note by Anna K. Berg was read.",
    ]


def test_quotes_close_sentences() -> None:
    text = 'He said: "They are free." The ICRC confirmed it.'
    assert _texts(text) == ['He said: "They are free."', "The ICRC confirmed it."]


def test_lines_are_units_and_blank_lines_count_paragraphs() -> None:
    text = "Headline without stop\nFirst line. Second line.\n\n  Third paragraph.  \r\n"
    out = sentences(text)
    assert [s.text for s in out] == [
        "Headline without stop",
        "First line.",
        "Second line.",
        "Third paragraph.",
    ]
    assert [s.paragraph for s in out] == [0, 0, 0, 1]
    _check_offsets(text)


def test_numbers_with_decimals_do_not_split() -> None:
    assert _texts("Some 1.5 million people fled.") == ["Some 1.5 million people fled."]


def test_empty_and_blank() -> None:
    assert sentences("") == []
    assert sentences("   \n\n \t\n") == []


def test_clauses_cover_the_sentence() -> None:
    s = sentences("Hamas freed 13 hostages, while Israel released 39 prisoners; talks went on.")[0]
    parts = clauses(s)
    assert parts[0][0] == 0 and parts[-1][1] == len(s.text)
    assert len(parts) >= 3
    for (_, b), (a, _) in zip(parts, parts[1:], strict=False):
        assert a == b  # contiguous


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_offsets_exact_on_arbitrary_text(text: str) -> None:
    _check_offsets(text)


_PIECES = st.sampled_from(
    [
        "Hamas",
        "freed",
        "13",
        "U.S.",
        "Oct.",
        "St.",
        "Mr.",
        ".",
        "!",
        "?",
        '"',
        "'",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "  ",
        "\t",
        "\u2028",
        "\x85",
        "\x0c",
        "\u2019",
        ")",
        "(",
        "A",
        "e.g.",
        "No. 5",
        "prisoners",
        "were",
        "released",
        ";",
        ": ",
        " – ",
        ", while ",
        " date 2023-04-30 ",
        "date 2024-01-02 ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_offsets_exact_on_newsish_text(text: str) -> None:
    _check_offsets(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ._ ,!?'\"é-1)\n", max_size=14), st.integers(0, 14), st.integers(0, 14))
def test_last_word_read_backwards_is_what_the_pattern_finds(text: str, lo: int, hi: int) -> None:
    from custody.extract.text import _LAST_WORD_RE, last_word

    lo, hi = min(lo, len(text)), min(max(lo, hi), len(text))
    word = _LAST_WORD_RE.search(text[lo:hi])
    assert last_word(text, lo, hi) == (word.group(1) if word else "").lower().rstrip(".")


def _sentences_line_by_line(text: str) -> list[tuple[int, int, str, int, int]]:
    """The splitter as it was: the end-of-sentence pattern run over each line on its own."""
    import re

    from custody.extract.lexicon import word_lists
    from custody.extract.text import last_word

    # (a full stop glued to a capitalised word after a word of three letters ends one too)
    end_re = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9]|(?<=[a-z]{3}\.)[A-Z][a-z])")
    out: list[tuple[int, int, str, int, int]] = []
    pos = para = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if not body.strip():
            para, pos = para + 1, pos + len(line)
            continue
        spans, start = [], 0
        if stamp := re.match(r"\s*date \d{4}-\d{2}-\d{2}\s+(?=\S)", body):
            start = stamp.end()
        for m in end_re.finditer(body):
            token = last_word(body, max(start, m.start() - 24), m.start() + 1)
            if token in word_lists().abbreviations or (len(token) == 1 and token.isalpha()):
                continue
            spans.append((start, m.end()))
            start = m.end()
        spans.append((start, len(body)))
        for s, e in spans:
            chunk = body[s:e]
            lead, trail = len(chunk) - len(chunk.lstrip()), len(chunk.rstrip())
            if trail > lead:
                out.append((pos + s + lead, pos + s + trail, chunk[lead:trail], len(out), para))
        pos += len(line)
    return out


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_one_scan_of_the_text_splits_as_a_scan_of_each_line(text: str) -> None:
    got = [(s.start, s.end, s.text, s.index, s.paragraph) for s in sentences(text)]
    assert got == _sentences_line_by_line(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join), st.integers(0, 200), st.integers(0, 200))
def test_clause_span_is_the_clauses_around_the_words(text: str, start: int, end: int) -> None:
    from custody.extract.holder_slot import clause_span

    for s in sentences(text):
        lo, hi = min(start, end) % (len(s.text) + 1), max(start, end) % (len(s.text) + 1)
        spans = clauses(s)
        a = max((x for x, y in spans if x <= lo), default=0)
        b = min((y for x, y in spans if y >= hi), default=len(s.text))
        assert clause_span(s, lo, hi) == (a, b)
