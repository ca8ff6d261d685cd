"""Metadata detection from plain text (custody/documents/).

Each case is a header shape real news arrives in. The rule tested hardest:
a publication date is given only when the document states its year.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from custody.documents import Metadata, detect_metadata, parse_outlets, url_date, url_day
from custody.documents import datelines as d_datelines
from custody.documents import dates as d_dates
from custody.documents import header as d_header
from custody.documents import lines as d_lines
from custody.documents import source as d_source
from custody.errors import LexiconError
from custody.ingest import read_text_document

BODY = (
    "The two sides exchanged prisoners on the day, officials said, in an operation that took "
    "several hours and was overseen by the International Committee of the Red Cross, which "
    "sent buses and medical teams to the crossing.\n\n"
    "More exchanges are expected in the coming weeks, according to people familiar with the talks."
)


def meta(header: str, body: str = BODY, footer: str = "") -> Metadata:
    return detect_metadata(header + "\n\n" + body + ("\n\n" + footer if footer else ""))


# ------------------------------------------------------------ published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        (" date 2021-02-25 Hamas frees 45 detainees", "2021-02-25"),
        ("1/19/2024–|Last updated: 1/19/202407:51 PM (Local time)", "2024-01-19"),
        ("Last updated: 28/11/2023 - 10:42 |", "2023-11-28"),
        ("Published 25 November 2023, 23:58 GMT\n\nTitle of the story here", "2023-11-25"),
        ("Title of the story here\n\nRamallah – Tuesday, 9 July 2024", "2024-07-09"),
        ("Some Ministry of Things\n24.08.2024\n\nOur people are home", "2024-08-24"),
        ("Title of the story here\n\nBy Jane Roe | March 25, 2024", "2024-03-25"),
        ("Wednesday, January 22, 2025 | Frontline News", "2025-01-22"),
        ("Sunday 16 Rajab 1445 AH corresponding to 28 January 2024", "2024-01-28"),
        (
            "Title here today\n\nKYIV/MOSCOW, May 25, 2025 (Meridian Wire) – Russia and",
            "2025-05-25",
        ),
        ("ADEN, Sept 1, 2025 – Rebels detained eleven staff", "2025-09-01"),
        ("Title of the story here\n\nDnipro Daily | 15 February 2025", "2025-02-15"),
        ("Title of the story here\n\nMay 8, 2024", "2024-05-08"),
    ],
)
def test_published_from_header(header: str, published: str) -> None:
    assert meta(header).published == published


def test_dateline_in_first_paragraph() -> None:
    text = "Headline of the story\n\nBEIRUT, 23 October 2024 – " + BODY
    assert detect_metadata(text).published == "2024-10-23"


def test_a_top_bars_later_day_gives_way_to_the_articles_dateline() -> None:
    bar = "Home | World | Middle East | Sign in\nMonday, December 7, 2026\n"
    text = bar + "Headline of the story\n\nSANAA, Nov 30, 2025 - " + BODY
    assert detect_metadata(text).published == "2025-11-30"
    earlier = (
        bar.replace("December 7", "November 2") + "Headline of the story\n\nSANAA, Nov 30, 2026 - "
    )
    assert detect_metadata(earlier + BODY).published is None  # nothing tells which


@pytest.mark.parametrize(
    "header",
    [
        "JERUSALEM/GAZA, Nov 25 (Meridian Wire) — Hamas freed thirteen hostages",
        "Ramallah, November 24 (RHC)-- A total of 39 prisoners were released",
        "Message of the Ministry of Defence\n\n24 August",
        "Tel Aviv Dispatch | Saturday",
        "Some headline about a swap\n\nGAZA, Oct 15 (Levant Wire) – Israel handed over bodies",
    ],
)
def test_never_guesses_a_year(header: str) -> None:
    assert meta(header).published is None


def test_ambiguous_numeric_date_is_unknown() -> None:
    assert meta("3/12/2024–|Last updated: 3/12/2024 06:15 PM").published is None
    assert meta("12/3/2024 | Last updated").published is None
    assert meta("5/5/2024 | Last updated").published == "2024-05-05"


def test_weekday_that_disagrees_drops_the_date() -> None:
    # 9 July 2024 was a Tuesday.
    assert meta("Headline of the story\n\nRamallah – Monday, 9 July 2024").published is None
    assert meta("Headline of the story\n\nRamallah – Tuesday, 9 July 2024").published == (
        "2024-07-09"
    )


def test_impossible_dates_are_ignored() -> None:
    assert meta("Headline of the story\n\nPublished 31 February 2024").published is None
    assert meta("Headline of the story\n\n31.13.2024").published is None


def test_date_inside_a_sentence_is_not_the_publication_date() -> None:
    text = "Headline of the story\n\nThe deal was signed on 5 May 2024 in Doha.\n\n" + BODY
    assert detect_metadata(text).published is None
    text = "On October 7, 2023 – the day of the attack – " + BODY
    assert detect_metadata(text).published is None


def test_date_in_body_paragraph_is_ignored() -> None:
    text = "Headline of the story\n\n" + BODY + "\n\nSince 1 May 2024, 300 people were freed."
    assert detect_metadata(text).published is None


def test_url_gives_date_and_year_for_dateline() -> None:
    url = "<https://www.example.org/news/2023/11/24/first-group-released>"
    assert meta("Headline of the story", footer=url).published == "2023-11-24"
    monthly = "https://www.example.org/news/2023/11/first-group-released"
    lead = "Ramallah, November 24 (RHC)-- " + BODY
    assert detect_metadata("Headline\n\n" + lead + "\n\n" + monthly).published == "2023-11-24"
    other_month = "https://www.example.org/news/2023/12/first-group-released"
    assert detect_metadata("Headline\n\n" + lead + "\n\n" + other_month).published is None


def test_url_date() -> None:
    assert url_date("https://x.org/a/2024/02/01/story") == (2024, 2, 1)
    assert url_date("https://x.org/a/2024/02/story") == (2024, 2, None)
    assert url_date("https://x.org/a/2024/13/01/story") is None
    assert url_date("https://x.org/a/2024/02/30/story") is None
    assert url_date("https://x.org/story-2024") is None


def test_url_day() -> None:
    assert url_day("https://x.example/world/2025/Jan/25/story") == date(2025, 1, 25)
    assert url_day("https://x.example/videos/20221127-026") == date(2022, 11, 27)
    assert url_day("https://x.example/2025/02/30/story") is None  # no such day
    assert url_day("https://x.example/node/2588472/middle-east") is None
    assert url_day("https://20250101.example/story") is None  # a host is no date
    assert url_day(None) is None


def test_the_given_url_dates_a_text_that_shows_no_date() -> None:
    """The address an input gives with the text (a JSON line, a feed entry) is the
    date of last resort; the text's own date line and URL come first."""
    text = "Headline of the story\n\n" + BODY
    given = "https://www.example.org/2031/03/28/story"
    found = detect_metadata(text, url=given)
    assert (found.published, found.published_rule) == ("2031-03-28", "published:the-page-URL")
    assert found.url is None  # the text shows no URL of its own
    assert detect_metadata(text, url="https://www.example.org/story").published is None
    dated = "Headline of the story\nMarch 2, 2031\n\n" + BODY
    assert detect_metadata(dated, url=given).published == "2031-03-02"
    shown = text + "\n\nhttps://www.example.org/news/2031/04/01/story"
    assert detect_metadata(shown, url=given).published == "2031-04-01"
    # a yearless dateline takes its year from a given URL of the same month
    lead = "Headline\n\nKYIV, March 27 (Steppe Wire) -- " + BODY
    assert detect_metadata(lead, url="https://w.example/2031/03/swap").published == "2031-03-27"
    assert detect_metadata(lead, url="https://w.example/2031/04/swap").published is None


def test_published_label_in_footer() -> None:
    assert meta("Headline of the story", footer="Published on 3 March 2022").published == (
        "2022-03-03"
    )


# --------------------------------------------------------------- source


@pytest.mark.parametrize(
    ("header", "source"),
    [
        ("JERUSALEM, Nov 25 (Meridian Wire) — Hamas freed thirteen hostages", "Meridian Wire"),
        ("Ramallah, November 24 (RHC)-- A total of 39 prisoners were freed", "Radio Habana Cuba"),
        ("Sanaa / Aden (ICRC) – 16 April 2023 – The ICRC completed", "ICRC"),
        ("Headline of the story\n\nTel Aviv Dispatch | Saturday", "Tel Aviv Dispatch"),
        ("Headline of the story\n\nHebron, Monday 22 August 2022 – Sanabel News", "Sanabel News"),
        ("Headline of the story\n\nWednesday, January 22, 2025 | Frontline News", "Frontline News"),
        ("Headline of the story\n\nAugust 2, 2024 | The Capitol Ledger | Foreign desk",
         "The Capitol Ledger"),
        ("Headline of the story\n\nBy Amina Yusuf, Minna | The Northern Courier",
         "The Northern Courier"),
        ("Headline of the story\n\nSaturday – Al-Mithaq Net", "Al-Mithaq Net"),
        ("Coordination Headquarters for the Treatment of Prisoners of War\n24.08.2024\n\n"
         "115 defenders are home!",
         "Coordination Headquarters for the Treatment of Prisoners of War"),
        ("Published 30 December 2024\n\nHome for New Year: 189 defenders freed\n\n"
         "Kyiv Frontline Bulletin", "Kyiv Frontline Bulletin"),
        ("Bandits release 21 passengers after ransom\n\nGusau Mirror — Zamfara news",
         "Gusau Mirror"),
        ("Message of the Ministry of Defense of the Russian Federation\n\n24 August",
         "Ministry of Defense of the Russian Federation"),
        ("PRESS RELEASE\n\nForces detain three journalists in Hebron\n\nBeirut, 23 October 2024 –"
         " The Committee for Media Safety (CMS) condemns the detention on Tuesday of three"
         " journalists in Hebron and calls for the release of all jailed media workers today.",
         "Committee for Media Safety"),
    ],
)  # fmt: skip
def test_source_from_header(header: str, source: str) -> None:
    assert meta(header).source == source


@pytest.mark.parametrize(
    ("header", "footer", "source"),
    [
        ("Headline of the story", "---\n\n<https://www.radiohc.cu/en/noticias/1-x>\n\n"
         "**Radio Habana Cuba**", "Radio Habana Cuba"),
        ("Headline of the story", "https://www.observer.example/news/2024/02/01/x\n\n"
         "Middle East Observer", "Middle East Observer"),
        ("Headline of the story", "© Belarus Free Voice. All rights reserved.",
         "Belarus Free Voice"),
        ("Headline of the story", "https://www.aljazeera.com/news/2024/1/19/x", "Al Jazeera"),
    ],
)  # fmt: skip
def test_source_from_footer(header: str, footer: str, source: str) -> None:
    assert meta(header, footer=footer).source == source


def test_place_in_a_date_strip_is_not_a_source() -> None:
    assert meta("Headline of the story\n\nRamallah – Tuesday, 9 July 2024").source is None
    assert meta("Headline of the story\n\nKYIV, 18 September 2025 – Ukraine said").source is None
    assert meta("Headline of the story\n\nBy Jane Roe | March 25, 2024").source is None
    assert meta("Headline of the story\n\nMonday 13 October 2025 · Live coverage by the desk")\
        .source is None  # fmt: skip


def test_exclusive_statements_to_a_known_outlet() -> None:
    body = "the factions confirmed their support. In exclusive statements to Ma’an, leaders " + BODY
    assert detect_metadata(body).source == "Ma'an"
    assert detect_metadata(body.replace("Ma’an", "Some Person")).source is None


# ---------------------------------------------------------------- title


@pytest.mark.parametrize(
    ("header", "title"),
    [
        ("# *First group of prisoners released*\n\n---\n\n*Image not found or type unknown*",
         "First group of prisoners released"),
        (" date 2024-02-01 Israel frees 114 Gaza detainees at Kerem Shalom",
         "Israel frees 114 Gaza detainees at Kerem Shalom"),
        ("PRESS RELEASE\n\nForces detain three journalists in Hebron",
         "Forces detain three journalists in Hebron"),
        ("Last updated: 11.09.2025, 21:37 |\n\nBelarus Free Voice\n\nHome / News / Prisoners\n\n"
         "Regime frees 52 political prisoners", "Regime frees 52 political prisoners"),
        ("Last updated: 28/11/2023 - 10:42 |\n\nHome > Politics > Sudan\n\nMilitia frees 125",
         "Militia frees 125"),
        ("OPINION | The arithmetic of prisoner swaps has never been fair.\n\nBy A. Writer\n"
         "May 8, 2024", "OPINION | The arithmetic of prisoner swaps has never been fair."),
        ("Sunday 16 Rajab 1445 AH corresponding to 28 January 2024\n\nThe martyrdom of a prisoner",
         "The martyrdom of a prisoner"),
        ("Saturday – Al-Mithaq Net\n\nThe resistance hands over four captives",
         "The resistance hands over four captives"),
    ],
)  # fmt: skip
def test_title(header: str, title: str) -> None:
    assert meta(header).title == title


def test_no_title_when_text_opens_with_a_paragraph() -> None:
    assert detect_metadata(BODY).title is None
    assert detect_metadata(" date 2021-02-25 " + BODY).title is None
    assert detect_metadata("the factions confirmed their support for the prisoner.").title is None
    assert detect_metadata("Ninety soldiers came home on Tuesday.").title is None


def test_url_from_trailing_line() -> None:
    m = meta("Headline of the story", footer="<https://www.example.org/a/b-c>")
    assert m.url == "https://www.example.org/a/b-c"
    assert meta("Headline of the story").url is None


# ----------------------------------------------------- outlets table


def test_outlets_table_is_validated() -> None:
    good = parse_outlets("# comment\nabbr\tRHC\tRadio Habana Cuba\norgword\tNews\t-\n")
    assert good.abbr == {"RHC": "Radio Habana Cuba"} and "News" in good.orgwords
    with pytest.raises(LexiconError, match=r"x.tsv:2: expected"):
        parse_outlets("abbr\tA\tB\nabbr\tonly-two\n", "x.tsv")
    with pytest.raises(LexiconError, match=r"x.tsv:1: kind 'outlet'"):
        parse_outlets("outlet\tA\tB\n", "x.tsv")
    with pytest.raises(LexiconError, match=r"x.tsv:2: abbr 'A' is listed twice"):
        parse_outlets("abbr\tA\tB\nabbr\tA\tC\n", "x.tsv")


# ------------------------------------------------------ shared gold


GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold"
GOLD_SETS = [GOLD / "seeds.jsonl", GOLD / "dev.jsonl", Path(__file__).parent / "gold" / "own.jsonl"]


def _gold_documents() -> list[tuple[dict[str, str | None], str]]:
    found = []
    for gold in GOLD_SETS:
        if not gold.is_file():
            continue
        for line in gold.read_text(encoding="utf-8").splitlines():
            doc = json.loads(line)["document"]
            text_path = gold.parent / doc["path"]
            if text_path.is_file():
                found.append((doc, text_path.read_bytes().decode("utf-8-sig")))
    return found


def test_gold_published_dates_are_never_wrong() -> None:
    documents = _gold_documents()
    if not documents:
        pytest.skip("no annotated documents next to this checkout")
    wrong = [
        (doc["id"], doc["published"], found)
        for doc, text in documents
        if (found := detect_metadata(text).published) and found != doc["published"]
    ]
    assert wrong == []
    correct = sum(detect_metadata(text).published == doc["published"] for doc, text in documents)
    assert correct >= 0.9 * len(documents)


# ----------------------------------------------------- never crashes


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_detect_metadata_never_crashes(text: str) -> None:
    found = detect_metadata(text)
    assert found.published is None or len(found.published) == 10
    doc = read_text_document(text, "x")
    assert doc.text == text and doc.id == "x"


HEADERISH = st.lists(
    st.sampled_from(
        [
            "Published 25 November 2023, 23:58 GMT", "KYIV, Nov 25 (Wire) — ", "24.08.2024",
            "1/19/2024–|Last updated: 1/19/202407:51 PM", " date 2021-02-25 ", "Outlet | Saturday",
            "# *Heading*", "<https://x.org/2023/11/24/a>", "**Outlet**", "Ramallah – ", "By X | ",
            "Monday", "31 February 2024", "3/4/2024", "\n", "\n\n", "(", ")", "–", "|", " ", "a",
        ]
    ),
    max_size=25,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(HEADERISH)
def test_detect_metadata_never_crashes_on_header_like_text(text: str) -> None:
    found = detect_metadata(text)
    if found.published:
        assert found.published[:4] in text or found.published[:4] in (found.url or "")


def test_a_period_in_a_title_is_not_the_publication_date() -> None:
    text = (
        "MINISTRY OF DEFENCE\n\n"
        "BRIEFING ON OPERATIONS FROM 3 - 9 MARCH 2025\n\n"
        "Monday, 10 March 2025\n\n"
        "Troops rescued 12 kidnapped travellers during the week under review.\n"
    )
    assert detect_metadata(text).published == "2025-03-10"


def test_a_period_alone_gives_no_publication_date() -> None:
    text = "SUMMARY OF OPERATIONS, 3 - 9 MARCH 2025\n\nTroops rescued 12 travellers.\n"
    assert detect_metadata(text).published is None


SEPARATED = st.lists(
    st.sampled_from([" ", "  ", "\t", "\u00a0", "-", "--", "–", "—", "|", "·", "•", "a", "Kyiv"]),
    max_size=14,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(SEPARATED)
def test_fast_separator_splits_split_as_re_does(text: str) -> None:
    for pattern, tokens in [
        (d_lines._SEPARATORS, d_lines._SEPARATOR_TOKENS),
        (d_source._STRIP_SPLIT, d_lines._SEPARATOR_TOKENS),
        (d_datelines._DATELINE_SPLIT, d_lines._DASH_TOKENS),
    ]:
        for maxsplit in (0, 2):
            assert d_lines._split(pattern, tokens, text, maxsplit) == pattern.split(text, maxsplit)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Monday", "sat.", "ſun", " ", ",", "\n", "x", "Fri"]), max_size=8))
def test_weekday_before_finds_what_a_whole_search_finds(parts: list[str]) -> None:
    text = "".join(parts)
    whole, fast = d_dates._WEEKDAY_BEFORE.search(text), d_dates._weekday_before(text)
    assert (whole and whole.span()) == (fast and fast.span())


@settings(max_examples=500, deadline=None)
@given(SEPARATED)
def test_text_after_a_dateline_dash_is_the_second_part_of_the_split(text: str) -> None:
    parts = d_datelines._DATELINE_SPLIT.split(text, 2)
    dash = d_lines._next_separator(d_datelines._DATELINE_SPLIT, d_lines._DASH_TOKENS, text, 0)
    assert (dash is None) == (len(parts) < 2)
    if dash is not None:
        assert d_datelines._after_dash(text, dash) == parts[1]


MARKED = st.lists(
    st.sampled_from(["", " ", "\t", "-", "*", "_", "=", "#", "**", "__", "a", "Kyiv", "\u00a0"]),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(MARKED)
def test_fast_line_tests_answer_as_the_plain_ones(text: str) -> None:
    stripped = text.strip()
    assert d_lines._is_rule(stripped) == (not stripped.strip(d_lines._RULE_CHARS))
    line = text.strip().lstrip("#").strip()  # what _clean did before its fast path
    for mark in ("**", "__", "*", "_"):
        if len(line) > 2 * len(mark) and line.startswith(mark) and line.endswith(mark):
            line = line[len(mark) : -len(mark)].strip()
    assert d_lines._clean(text) == line


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Wednesday, January 22, 2025", None),  # a date alone: no segment around it
        ("By Jane Doe", None),  # a byline without a strip
        ("Kyiv Frontline Bulletin", None),
        ("Kyiv Frontline Bulletin | Saturday", "Kyiv Frontline Bulletin"),
        ("Wednesday, January 22, 2025 | Gusau Mirror", "Gusau Mirror"),
        ("By Jane Doe, Kyiv | Meridian Wire", "Meridian Wire"),
    ],
)
def test_strip_outlet_needs_a_separator(line: str, outlet: str | None) -> None:
    assert d_source._strip_outlet(line) == outlet


@pytest.mark.parametrize(
    ("footer", "source"),
    [
        ("Plain closing line.\nAnother closing line.", None),
        ("Plain closing line.\n**Gusau Mirror**", "Gusau Mirror"),
        ("**Gusau Mirror**\nPlain closing line.", "Gusau Mirror"),
        ("Gusau Mirror\nhttps://gusau.example/a", "Gusau Mirror"),
    ],
)
def test_footer_name_needs_a_bold_line_or_a_url(footer: str, source: str | None) -> None:
    lines = footer.splitlines()
    assert d_source._footer_outlet(lines) == source
    if d_header._find_url([], lines) is None:  # then no line is a URL line: none is looked for
        assert not any(d_lines._url_line(line) for line in lines)
        assert d_source._footer_outlet(lines, url_lines=False) == source


HEADER_LINES = st.lists(
    st.sampled_from(
        ["", "  ", "---", "Kyiv, 3 May 2024", "Date: 2024-05-03 Title", "# Short title line",
         "A" * 170 + "  " + "b" * 20, "c" * 181, " " * 30 + "d" * 170 + " " * 30, "e" * 400]
    ),
    max_size=30,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(HEADER_LINES)
def test_header_skips_only_lines_that_cannot_count(lines: list[str]) -> None:
    """Short lines after the first paragraph (or after twelve header lines) are
    passed over unstripped: the header is what looking at every line gives."""
    text = "\n".join(lines)
    head = d_header._header(text)
    short: list[str] = []
    long: list[str] = []
    for raw in text.splitlines():  # every line looked at, as the header did before
        line = raw.strip()
        if not line.strip(d_lines._RULE_CHARS):
            continue
        label = d_header._LABEL_PREFIX.match(line) if not short and not long else None
        if label:
            line = line[label.end() + 10 :].strip()
            if not line:
                continue
        if len(line) > d_lines._LONG_LINE:
            long.append(line)
            if len(long) == 3:
                break
        elif not long and len(short) < 12:
            short.append(line)
    assert (head.lines, head.paragraphs) == (short, long)


DATEISH = st.lists(
    st.sampled_from(["May", "may", "Sept.", "Nov", "12", "31", "32", "0", "th", " ", ",", "of",
                     "2024", "Kyiv", "ſun", "Monday"]),
    max_size=8,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(DATEISH)
def test_first_partial_answers_as_searching_every_pattern(text: str) -> None:
    every = [m for p in d_dates._PARTIAL_DATES if (m := p.search(text))]
    dates = [found for m in every if (found := d_dates._partial_of(m))]
    first, partial = d_dates._first_partial(text)
    assert (first and first.span()) == (every[0].span() if every else None)
    assert partial == (dates[0] if dates else None)
    # the weekday prefilter of a dateline's place never hides a weekday
    assert d_dates._may_hold_weekday(text) or d_dates._weekday_before(text) is None


# ------------------------------------------------ page chrome (not the article's date)

LONG_CAPTION = (
    "Relatives wait outside the prison gate in the early morning as buses carrying freed "
    "detainees are expected to arrive later in the day, in a picture taken by a staff "
    "photographer of the agency"
)


@pytest.mark.parametrize(
    "header",
    [
        # a site's top bar: today's date above the site's name, then the headline
        "FRIDAY, June 6, 2025\nlakesidecourier\n\nEleven fishermen freed after a week in custody",
        "Friday 6 June 2025\nThe Lakeside Courier\nWorld\n\nEleven fishermen freed after a week",
        # a top bar that says what it is
        "Eleven fishermen freed after a week in custody\n\nFriday, June 6, 2025 | Today's Paper",
        "Karachi 31°C | Friday, June 6, 2025\n\nEleven fishermen freed after a week in custody",
        "Eleven fishermen freed after a week in custody\n\n6 June 2025 | Subscribe | Sign in",
        # a photo caption or credit
        "Eleven fishermen freed after a week in custody\n\nPhoto: Amal Haddad | 6 June 2025",
        "Eleven fishermen freed after a week in custody\n\nAFP PHOTO / 6 June 2025",
        "Eleven fishermen freed after a week in custody\n\nFile photo, 6 June 2025",
        # a list of other articles
        "Eleven fishermen freed after a week in custody\n\nMost read\n"
        "Talks on prisoner swap resume in Doha\n6 June 2025",
        "Eleven fishermen freed after a week in custody\n\n"
        "Related: Coast guard detains trawler crew | 6 June 2025",
        "Read more:\nFishermen's families appeal for help\nJune 6, 2025\n\n"
        "Eleven fishermen freed after a week in custody",
        # an embedded post quoted at the top
        "Eleven fishermen freed after a week in custody\n\n"
        "— Port Authority (@PortAuthority) June 6, 2025 pic.twitter.com/AbCdEf",
        # a caption's dateline
        "Eleven fishermen freed after a week in custody\n\nPhoto: Karachi, 6 June 2025 – "
        + LONG_CAPTION,
    ],
)
def test_dates_of_page_chrome_are_not_the_publication_date(header: str) -> None:
    assert meta(header).published is None


@pytest.mark.parametrize(
    ("header", "published"),
    [
        # a date line right above the headline is the article's
        ("FRIDAY, June 6, 2025\n\nEleven fishermen freed after a week in custody", "2025-06-06"),
        # ... and so is one with only date lines between it and the headline
        ("Friday 6 June 2025\n14:20\nLakeside Courier\nEleven fishermen freed this week", None),
        (
            "Friday 6 June 2025\nUpdated 7 June 2025\n\nEleven fishermen freed this week",
            "2025-06-06",
        ),
        # a stamped line counts wherever it stands above the headline
        ("Last updated: 7 June 2025\nThe Lakeside Courier\n\nEleven fishermen freed", "2025-06-07"),
        # a related list under the article's date line: its dates are left
        (
            "Eleven fishermen freed after a week in custody\n\nBy Sara Khan | 6 June 2025\n"
            "Most read\nTalks on prisoner swap resume in Doha\n5 June 2025",
            "2025-06-06",
        ),
        # above the headline, a list's first item reads as a headline: where the list
        # ends is not known, and no date under it is taken
        (
            "Most read\nTalks on prisoner swap resume in Doha\n5 June 2025\n\n"
            "Eleven fishermen freed after a week in custody\n\nBy Sara Khan | 6 June 2025",
            None,
        ),
    ],
)
def test_the_articles_own_date_line_still_counts(header: str, published: str | None) -> None:
    assert meta(header).published == published


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Eleven fishermen freed\n\nUpdated 7 June 2025\nPublished 6 June 2025", "2025-06-06"),
        ("Eleven fishermen freed\n\nUpdated 7 June 2025 | Published 6 June 2025", "2025-06-06"),
        ("Eleven fishermen freed\n\nPublished 6 June 2025 | Updated 7 June 2025", "2025-06-06"),
        ("Eleven fishermen freed\n\nLast modified: 7 June 2025", "2025-06-07"),
    ],
)
def test_published_before_updated(header: str, published: str) -> None:
    assert meta(header).published == published


def test_a_stamp_under_a_long_caption_counts() -> None:
    title = "Eleven fishermen freed after a week in custody"
    text = f"{title}\n\n{LONG_CAPTION}\nShare\nUpdated 7 June 2025\n\n{BODY}"
    assert detect_metadata(text).published == "2025-06-07"
    # under the second paragraph it is too far down to tell from a related list
    text = f"{title}\n\n{LONG_CAPTION}\n\n{LONG_CAPTION}.\nUpdated 7 June 2025\n\n{BODY}"
    assert detect_metadata(text).published is None
    # a caption's stamp is no stamp of the article
    text = f"{title}\n\n{LONG_CAPTION}\nPublished 7 June 2025 | Photo: Amal Haddad\n\n{BODY}"
    assert detect_metadata(text).published is None


def test_page_words_table_errors_name_file_and_line() -> None:
    from custody.documents.chrome import parse_page_words

    good = parse_page_words("# comment\nchrome\tsubscribe\nrelated\tmost read\n")
    assert good.is_around("Friday | SUBSCRIBE") and not good.is_around("subscribers")
    assert good.related_line("Most read:") == "heading"
    assert good.related_line("Most read: Talks resume") == "item"
    with pytest.raises(LexiconError, match=r"x\.tsv:2: expected 'kind<TAB>words'"):
        parse_page_words("chrome\ta\nchrome\n", "x.tsv")
    with pytest.raises(LexiconError, match=r"x\.tsv:1: kind 'nav'"):
        parse_page_words("nav\tmenu\n", "x.tsv")
    with pytest.raises(LexiconError, match=r"x\.tsv:2: chrome 'Menu' is listed twice"):
        parse_page_words("chrome\tmenu\nchrome\tMenu\n", "x.tsv")


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("Eleven fishermen freed\n\nWIRE18-07-2025", "2025-07-18"),
        ("Eleven fishermen freed\n\nCoast Radio | 07-18-2025", "2025-07-18"),
        ("Eleven fishermen freed\n\nCoast Radio | 07-08-2025", None),  # July 8 or August 7
        ("Eleven fishermen freed\n\n2025-07-18", "2025-07-18"),
        ("Eleven fishermen freed\n\nLa Voz (translated) – Cúcuta, July 18 of 2025", "2025-07-18"),
        ("Eleven fishermen freed\n\nCúcuta, 18 of July of 2025", "2025-07-18"),
    ],
)
def test_dashed_dates_and_years_after_of(header: str, published: str | None) -> None:
    assert meta(header).published == published


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        ("TRIPOLI (Coast Radio / Wire - 3rd March, 2024) " + BODY, "2024-03-03"),
        ("TRIPOLI, (CRN - Coast Radio News - 3rd Mar, 2024 ) : " + BODY, "2024-03-03"),
        ("TRIPOLI (as reported on 3 March 2024 by radio) " + BODY, None),  # a sentence
        ("Coast Radio, Tripoli, 3 March 2024 — " + BODY, "2024-03-03"),
        ("coastradio logo, Tripoli, 3 March 2024 — " + BODY, "2024-03-03"),
        ("The radio station said, Tripoli, 3 March 2024 — " + BODY, None),  # too long
    ],
)
def test_datelines_with_outlets(lead: str, published: str | None) -> None:
    assert detect_metadata("Eleven fishermen freed\n\n" + lead).published == published


@pytest.mark.parametrize(
    ("footer", "published"),
    [
        ("Published 6 June 2025", "2025-06-06"),
        (
            "Published 6 June 2025\nRelated\nTalks resume in Doha\nPublished 2 June 2025",
            "2025-06-06",
        ),
        ("More stories\nTalks resume in Doha\nPublished 2 June 2025", None),
        ("Talks resume in Doha\nPublished 2 June 2025\nFamilies wait\nPublished 1 June 2025", None),
        ("Posted 6 June 2025 | Photo: Amal Haddad", None),
    ],
)
def test_footer_stamps_of_other_articles_are_left(footer: str, published: str | None) -> None:
    assert meta("Eleven fishermen freed", footer=footer).published == published


@pytest.mark.parametrize(
    "line",
    [
        "Accessed 6 June 2025",
        "Printed from coastradio.example on 6 June 2025",
        "Archived: 6 June 2025",
    ],
)
def test_the_day_a_copy_was_made_is_not_the_publication_date(line: str) -> None:
    assert meta("Eleven fishermen freed after a week in custody\n\n" + line).published is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Most read", "heading"),
        ("Most read:", "heading"),
        ("More from World", "heading"),
        ("Related Topics", "heading"),
        ("Related: Talks resume in Doha", "item"),
        ("Read more » Families wait at the crossing", "item"),
        ("Latest news from the coast and the islands today", "item"),
        ("Relatives of the fishermen", None),  # 'related' is a whole word
        ("Talks resume in Doha", None),
    ],
)
def test_related_lines(line: str, kind: str | None) -> None:
    from custody.documents.chrome import page_words

    assert page_words().related_line(line) == kind


def test_a_date_under_a_related_heading_with_words_is_left() -> None:
    header = (
        "Eleven fishermen freed after a week in custody\n\nMore from World\n"
        "Talks on prisoner swap resume in Doha\nJune 5, 2025"
    )
    assert meta(header).published is None
    assert meta("Kyiv 21° | Friday, June 6, 2025\n\nEleven fishermen freed").published is None


SCRAPED_PAGE = "\n".join(
    [
        "TUESDAY, 14 OCTOBER 2025",
        "Subscribe | Sign in | e-Paper",
        "The Harbour Gazette",
        "Home > World > Middle East",
        "Families gather as eleven fishermen return after a week in coast guard custody",
        "By Rania Odeh | Published 9 October 2025, 18:05 | Updated 10 October 2025",
        "Relatives wait at the port of Tyre for the fishermen's boat, in a photograph taken on "
        "the evening of their return by a photographer working for the newspaper.",
        "Photo: Hadi Mansour | 9 October 2025",
        "Eleven fishermen detained a week ago by the coast guard of a neighbouring state were "
        "released on Thursday and sailed home, their union said, after talks brokered by the "
        "port authority.",
        "Their boat was held at a naval base while the crew was questioned, the union's head "
        "told reporters at the harbour, where about two hundred relatives had gathered since "
        "the morning.",
        "More from World",
        "Talks on a prisoner exchange resume in Doha",
        "Published 13 October 2025",
        "Three journalists freed after a month in detention",
        "Published 12 October 2025",
        "Accessed 14 October 2025",
    ]
)


def test_a_whole_scraped_page_gives_the_articles_own_date() -> None:
    found = detect_metadata(SCRAPED_PAGE)
    assert found.published == "2025-10-09"
    assert found.title == (
        "Families gather as eleven fishermen return after a week in coast guard custody"
    )
    # without the byline's stamps, no line left is the article's date
    bare = SCRAPED_PAGE.replace(
        "By Rania Odeh | Published 9 October 2025, 18:05 | Updated 10 October 2025", "By Rania Odeh"
    )
    assert detect_metadata(bare).published is None


def test_two_plain_date_lines_that_disagree_leave_it_unknown() -> None:
    header = (
        "TUESDAY, 14 OCTOBER 2025\n"
        "Families gather as eleven fishermen return after a week in custody\n"
        "By Rania Odeh | 9 October 2025"
    )
    assert meta(header).published is None
    assert meta(header.replace("14 OCTOBER", "9 OCTOBER").replace("TUES", "THURS")).published == (
        "2025-10-09"
    )
    # a published stamp still comes first, whatever its date
    header = "Fishermen return home\n\n8 October 2025\nPublished 9 October 2025"
    assert meta(header).published == "2025-10-09"
