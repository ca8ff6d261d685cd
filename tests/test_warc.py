"""Web archives in: WARC/ARC records -> documents, and every fault a crawl can hold."""

from __future__ import annotations

import gzip
import io
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcs import (
    ARTICLES,
    FRENCH,
    Record,
    article_records,
    html_page,
    warc_bytes,
    write_warc,
)

from custody.cli import main
from custody.errors import InputError
from custody.extract import extract
from custody.ingest import Skipped, read_paths
from custody.ingest.language import detect_language
from custody.ingest.warc import read_archive, url_id
from custody.record import Document
from custody.settings import Settings


def read(path: Path) -> list[Document | InputError]:
    return list(read_paths([str(path)], Settings()))


def docs(items: list[Document | InputError]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def errors(items: list[Document | InputError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError) and not isinstance(i, Skipped)]


def skipped(items: list[Document | InputError]) -> list[Skipped]:
    return [i for i in items if isinstance(i, Skipped)]


@pytest.fixture
def warc(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "news.warc.gz"
    return path, write_warc(path, article_records())


# ---------------------------------------------------------------- documents


@pytest.mark.parametrize("gzipped", [True, False])
def test_each_html_response_is_a_document(tmp_path: Path, gzipped: bool) -> None:
    path = tmp_path / ("a.warc.gz" if gzipped else "a.warc")
    offsets = write_warc(path, article_records(), gzip=gzipped)
    found = read(path)
    assert len(found) == 3 and not errors(found)
    first = found[0]
    assert isinstance(first, Document)
    url, title, day, _ = ARTICLES[0]
    assert first.url == url
    assert first.source == "Al Jazeera"  # outlets.tsv: aljazeera.com
    assert first.title == title and first.published == day and first.language == "en"
    assert first.id == url_id(url) and first.path == f"{path}@{offsets[0]}"
    assert "Seventy-five Ukrainian soldiers returned home" in first.text
    other = found[1]
    assert isinstance(other, Document) and other.source == "news.example.org"  # the host
    assert [d.id for d in docs(read(path))] == [d.id for d in docs(found)]  # stable ids


def test_records_are_those_of_the_html_reader(warc: tuple[Path, list[int]]) -> None:
    path, _ = warc
    for doc in docs(read(path)):
        assert extract(doc) == extract(doc)  # deterministic: what Spark relies on
    assert extract(docs(read(path))[0]), "the swap article gives records"


def test_request_and_warcinfo_records_pass_silently(tmp_path: Path) -> None:
    path = tmp_path / "a.warc.gz"
    request = Record("https://www.aljazeera.com/x", b"GET /x HTTP/1.1\r\n\r\n", warc_type="request")
    write_warc(path, [request, *article_records()[:1]])
    found = read(path)
    assert len(found) == 1 and isinstance(found[0], Document)


def test_arc_files_are_read(tmp_path: Path) -> None:
    def arc(header: bytes, body: bytes) -> bytes:
        return header + b" " + str(len(body)).encode() + b"\n" + body + b"\n"

    desc = arc(
        b"filedesc://t.arc 0.0.0.0 20240601100000 text/plain",
        b"1 0 custody\nURL IP-address Archive-date Content-type Archive-length\n",
    )
    url, title, day, text = ARTICLES[1]
    page = html_page(title, day, text)
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    rec = arc(url.encode() + b" 10.0.0.1 20240601100000 text/html", http)
    (tmp_path / "t.arc.gz").write_bytes(gzip.compress(desc) + gzip.compress(rec))
    (tmp_path / "t.arc").write_bytes(desc + rec)
    for name in ("t.arc.gz", "t.arc"):
        (doc,) = read(tmp_path / name)
        assert isinstance(doc, Document) and doc.url == url and doc.published == day


def test_a_page_without_a_date_is_dated_by_the_address_it_was_fetched_from(
    tmp_path: Path,
) -> None:
    """No date in the tags or the text: the day of the record's URL, as a crawl dates a
    page; an address without a day gives none, and a day after the crawl is refused."""
    _, title, _, text = ARTICLES[0]
    page = html_page(title, None, text)
    cases = {
        "https://wire.example.net/2024/05/31/swap": "2024-05-31",
        "https://wire.example.net/world/swap": None,
        "https://wire.example.net/2024/06/20/swap": None,  # after the crawl of June 1
    }
    for url, expected in cases.items():
        path = tmp_path / f"{len(url)}-{expected}.warc.gz"
        write_warc(path, [Record(url, page)])
        (doc,) = read(path)
        assert isinstance(doc, Document) and doc.published == expected, url


def test_publication_date_never_after_the_crawl(tmp_path: Path) -> None:
    url, title, _, text = ARTICLES[0]
    page = html_page(title, "2024-06-02", text)
    cases = {
        "2024-06-01T12:00:00Z": "2024-06-02",  # 02:00 on June 2 in UTC+14: possible
        "2024-06-01T05:00:00Z": None,  # 19:00 on June 1 in UTC+14: June 2 is the future
        "2024-07-01T00:00:00Z": "2024-06-02",
    }
    for crawled, expected in cases.items():
        path = tmp_path / f"c{crawled[:13]}.warc.gz"
        write_warc(path, [Record(url, page, warc_date=crawled)])
        (doc,) = read(path)
        assert isinstance(doc, Document) and doc.published == expected, crawled


def test_folder_walks_and_stdin_take_archives(
    warc: tuple[Path, list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = warc
    assert len(docs(read(path.parent))) == 3
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
    assert len(docs(list(read_paths(["-"], Settings())))) == 3


# ---------------------------------------------------------------- skipped records


def test_non_html_non_200_and_other_languages_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    url, title, day, text = FRENCH
    offsets = write_warc(
        path,
        [
            Record("https://x.example/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
            Record(
                "https://x.example/gone", html_page("Gone", None, "Gone"), status="404 Not Found"
            ),
            Record(url, html_page(title, day, text, lang="fr")),
            *article_records()[:1],
        ],
    )
    found = read(path)
    assert len(docs(found)) == 1 and not errors(found)
    reasons = [str(s) for s in skipped(found)]
    assert reasons == [
        f"{path}: record at offset {offsets[0]} (https://x.example/logo.png): not HTML (image/png)",
        f"{path}: record at offset {offsets[1]} (https://x.example/gone): HTTP status 404, not 200",
        f"{path}: record at offset {offsets[2]} ({url}): language 'fr': "
        "the extractor reads only English",
    ]


def test_language_is_told_from_the_words() -> None:
    assert detect_language(ARTICLES[0][3]) == "en"
    assert detect_language(FRENCH[3]) == "fr"
    german = "Zwei Geiseln sind nach Angaben der Armee frei und wieder bei ihren Familien."
    assert detect_language(german) == "de"
    assert detect_language("Обмен пленными состоялся в пятницу на границе двух стран") == "ru"
    assert detect_language("Обмін полоненими відбувся в п'ятницю, повідомили в штабі") == "uk"
    assert detect_language("Hostages") is None  # too few words to tell


# ---------------------------------------------------------------- faults


def test_corrupt_gzip_member_loses_only_its_record(warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    data = bytearray(path.read_bytes())
    for i in range(offsets[1] + 30, offsets[1] + 70):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    found = read(path)
    assert [d.url for d in docs(found)] == [ARTICLES[0][0], ARTICLES[2][0]]
    (error,) = errors(found)
    assert str(error).startswith(f"{path}: record at offset {offsets[1]}: corrupt: ")


def test_file_cut_inside_the_last_record(warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    data = path.read_bytes()
    for cut in (offsets[2] + 20, offsets[2] + 200, len(data) - 40):
        path.write_bytes(data[:cut])
        found = read(path)
        assert len(docs(found)) == 2, cut
        (error,) = errors(found)
        assert f"record at offset {offsets[2]}" in str(error) and "truncated" in str(error)


def test_crawler_truncated_record_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.warc.gz"
    url, title, day, text = ARTICLES[0]
    write_warc(
        path, [Record(url, html_page(title, day, text), extra=[("WARC-Truncated", "length")])]
    )
    (error,) = read(path)
    assert isinstance(error, InputError) and not isinstance(error, Skipped)
    assert str(error) == f"{path}: record at offset 0 ({url}): truncated by the crawler " + (
        "(WARC-Truncated: length)"
    )


def test_uncompressed_damage_resumes_at_the_next_record(tmp_path: Path) -> None:
    path = tmp_path / "a.warc"
    offsets = write_warc(path, article_records(), gzip=False)
    data = bytearray(path.read_bytes())
    data[offsets[0] + 400 : offsets[0] + 420] = b"#" * 20  # the body: digest fails
    path.write_bytes(bytes(data))
    found = read(path)
    assert [d.url for d in docs(found)] == [ARTICLES[1][0], ARTICLES[2][0]]
    (error,) = errors(found)
    assert str(error).startswith(f"{path}: record at offset 0: corrupt: ")


def test_non_chunked_gzip_is_read_as_one_stream(tmp_path: Path) -> None:
    plain = tmp_path / "a.warc"
    write_warc(plain, article_records(), gzip=False)
    whole = gzip.compress(plain.read_bytes())
    path = tmp_path / "whole.warc.gz"
    path.write_bytes(whole)
    found = read(path)
    assert [d.url for d in docs(found)] == [a[0] for a in ARTICLES] and not errors(found)
    path.write_bytes(whole[:-200])
    found = read(path)
    assert len(docs(found)) == 2 and len(errors(found)) == 1


def test_not_an_archive_at_all(tmp_path: Path) -> None:
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08" + bytes(range(256)))
    (error,) = read(path)
    assert str(error).startswith(f"{path}: record at offset 0: corrupt: ")


def _corrupted(data: bytes, edits: list[tuple[int, int, int]], cut: int | None) -> bytes:
    out = bytearray(data)
    for where, kind, value in edits:
        i = where % max(len(out), 1)
        if kind == 0:
            out[i : i + 1] = bytes([value])
        elif kind == 1:
            del out[i : i + value % 64]
        else:
            out[i:i] = bytes([value]) * (value % 16 + 1)
    return bytes(out if cut is None else out[:cut])


SAMPLES = {z: warc_bytes(article_records()[:2], gzip=z)[0] for z in (True, False)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    gzipped=st.booleans(),
    edits=st.lists(
        st.tuples(st.integers(0, 10_000), st.integers(0, 2), st.integers(0, 255)), max_size=4
    ),
    cut=st.none() | st.integers(0, 3000),
)
def test_reader_never_raises_on_corrupted_bytes(
    gzipped: bool, edits: list[tuple[int, int, int]], cut: int | None
) -> None:
    data = _corrupted(SAMPLES[gzipped], edits, cut)
    for item in read_archive(io.BytesIO(data), "x.warc", Settings()):
        assert isinstance(item, Document | InputError)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_reader_never_raises_on_random_bytes(data: bytes) -> None:
    for prefix in (b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08"):
        for item in read_archive(io.BytesIO(prefix + data), "x.warc", Settings()):
            assert isinstance(item, Document | InputError)


# ---------------------------------------------------------------- commands


def test_extract_and_ingest_read_archives(tmp_path: Path, warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    mixed = tmp_path / "mixed.warc.gz"
    write_warc(mixed, [Record("https://x.example/a.css", b"p{}", content_type="text/css")])
    runner = CliRunner()
    out = runner.invoke(main, ["extract", str(path), str(mixed)])
    assert out.exit_code == 0, out.output
    assert len(out.stdout.splitlines()) == 3
    assert f"skipped: {mixed}: record at offset 0 (https://x.example/a.css): not HTML" in (
        out.stderr
    )
    db = str(tmp_path / "c.db")
    out = runner.invoke(main, ["--db", db, "ingest", str(path), str(mixed)])
    assert out.exit_code == 0, out.output
    tally = "3 ingested, 0 updated, 0 unchanged, 0 failed, 1 skipped"
    assert out.stdout.strip() == tally, out.output
    data = bytearray(path.read_bytes())
    data[offsets[1] + 30 : offsets[1] + 60] = b"\0" * 30
    path.write_bytes(bytes(data))
    out = runner.invoke(main, ["--db", db, "ingest", str(path)])
    assert out.exit_code == 1, out.output
    # the two whole records are read again (unchanged); the damaged one fails, or,
    # when its damaged bytes happen to inflate into a record, is refused as well
    assert out.stdout.strip() in (
        "0 ingested, 0 updated, 2 unchanged, 1 failed",
        "0 ingested, 0 updated, 2 unchanged, 1 failed, 1 skipped",
    ), out.output
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM documents").fetchone() == (3,)


def test_resource_records_without_http_headers_are_pages(tmp_path: Path) -> None:
    from warcio.warcwriter import WARCWriter

    url, title, day, text = ARTICLES[0]
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = io.BytesIO(html_page(title, day, text))
    writer.write_record(
        writer.create_warc_record(url, "resource", payload=page, warc_content_type="text/html")
    )
    (doc,) = read_archive(io.BytesIO(buffer.getvalue()), "r.warc.gz", Settings())
    assert isinstance(doc, Document) and doc.url == url and doc.title == title
