"""Reading documents: formats, paths, ids and every kind of bad input (custody/ingest/)."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st

from custody.errors import InputError
from custody.ingest import read_bytes, read_paths, read_text_document, sniff
from custody.record import Document
from custody.settings import Settings

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SETTINGS = Settings()

ARTICLE = (
    "Hamas frees 13 hostages; Israel releases 39 prisoners\n\n"
    "GAZA, Nov 25 (Meridian Wire) — Hamas freed 13 Israeli hostages on Saturday, handing them to"
    " the Red Cross at the Rafah crossing, while Israel released 39 Palestinian prisoners from"
    " Ofer prison, officials said.\n"
)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test Wire - World</title>
<item><title>First entry</title><link>https://t.example/1</link><guid>g-1</guid>
<pubDate>Tue, 09 Jul 2024 01:30:00 +0300</pubDate>
<description>&lt;p&gt;Forces arrested &lt;b&gt;31&lt;/b&gt; people.&lt;/p&gt;
&lt;p&gt;Second.&lt;/p&gt;</description></item>
<item><title>Second entry</title><link>https://t.example/2</link>
<description>Plain summary of the second entry.</description></item>
<item><title>Third entry</title>
<description>Third entry text, no id and no link.</description></item>
<item><title>Empty entry</title><guid>g-4</guid></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Atom one</title><id>urn:a:1</id><updated>2024-02-01T23:30:00-05:00</updated>
<content type="html">&lt;p&gt;Israel freed 114 detainees.&lt;/p&gt;</content></entry>
<entry><title>Atom two</title><id>urn:a:2</id><published>2024-02-02T08:00:00Z</published>
<summary>Second atom entry.</summary></entry>
<entry><title>Atom three</title><id>urn:a:1</id><summary>Same id as the first.</summary></entry>
</feed>
"""

HTML = """<!DOCTYPE html><html><head>
<title>Ignored title | Site</title>
<meta property="og:title" content="Israel frees 114 Gaza detainees">
<meta property="og:site_name" content="Middle East Observer">
<meta property="article:published_time" content="2024-02-01T23:10:00+02:00">
<link rel="canonical" href="https://meo.example/news/israel-frees-114">
</head><body><nav>Home | World | Sport</nav><article><h1>Israel frees 114 Gaza detainees</h1>
<p>Israeli authorities on Thursday released 114 Palestinians who had been detained in the Gaza
Strip during the war, handing them over to the Red Cross at the Kerem Shalom crossing.</p>
<p>The men were taken to a hospital in Rafah, where several were treated for bruises and
exhaustion, Palestinian officials said.</p></article><footer>Copyright Observer</footer>
</body></html>"""


def read(paths: list[str], settings: Settings = SETTINGS) -> list[Document | InputError]:
    return list(read_paths(paths, settings))


def docs(items: list[Document | InputError]) -> list[Document]:
    return [x for x in items if isinstance(x, Document)]


def errors(items: list[Document | InputError]) -> list[InputError]:
    return [x for x in items if isinstance(x, InputError)]


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    """A small tree of mixed documents, with things a walk must skip."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    (sub / "b.md").write_text("# Heading line here\n\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "c.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "sub" / "feed.rss").write_text(RSS, encoding="utf-8")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "README.md").write_text("# About this folder\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


# ------------------------------------------------------------ plain text


def test_plain_text_is_kept_exactly(tmp_path: Path) -> None:
    raw = "  Headline here now\r\n\r\nBody\twith  spaces \u2014 and dashes.\r\n\n\n"
    (tmp_path / "story.txt").write_bytes(raw.encode("utf-8"))
    [doc] = read([str(tmp_path / "story.txt")])
    assert isinstance(doc, Document)
    assert doc.text == raw
    assert doc.id == "story" and doc.path == str(tmp_path / "story.txt")
    assert doc.language == "en"


def test_utf8_bom_is_the_only_thing_removed(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    [doc] = docs(read([str(tmp_path / "bom.txt")]))
    assert doc.text == ARTICLE


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    (tmp_path / "wide.txt").write_bytes(ARTICLE.encode("utf-16"))
    [doc] = docs(read([str(tmp_path / "wide.txt")]))
    assert doc.text == ARTICLE


def test_windows_1252_text_falls_back(tmp_path: Path) -> None:
    text = "Hamas frees 13 hostages\n\nThe Red Cross said \u201cthey are safe\u201d today.\n"
    (tmp_path / "cp.txt").write_bytes(text.encode("cp1252"))
    [doc] = docs(read([str(tmp_path / "cp.txt")]))
    assert doc.text == text


def test_metadata_detected_for_text(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(ARTICLE, encoding="utf-8")
    [doc] = docs(read([str(tmp_path / "wire.txt")]))
    assert doc.source == "Meridian Wire"
    assert doc.title == "Hamas frees 13 hostages; Israel releases 39 prisoners"
    assert doc.published is None  # "Nov 25" without a year


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    raw = "# *Prisoners released at Ofer*\n\n---\n\n" + ARTICLE
    (tmp_path / "page.md").write_text(raw, encoding="utf-8")
    [doc] = docs(read([str(tmp_path / "page.md")]))
    assert doc.text == raw and doc.title == "Prisoners released at Ofer"


def test_read_text_document() -> None:
    doc = read_text_document(ARTICLE, "doc-1", "some/where.txt")
    assert (doc.id, doc.text, doc.path, doc.source) == (
        "doc-1",
        ARTICLE,
        "some/where.txt",
        "Meridian Wire",
    )
    assert read_text_document("", "empty").text == ""


# ------------------------------------------------------------------ HTML


def test_html_text_and_meta_tags(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    [doc] = docs(read([str(tmp_path / "page.html")]))
    assert doc.id == "page"
    assert doc.title == "Israel frees 114 Gaza detainees"
    assert doc.source == "Middle East Observer"
    assert doc.published == "2024-02-01"  # the day as written, not converted to UTC
    assert doc.url == "https://meo.example/news/israel-frees-114"
    assert "released 114 Palestinians" in doc.text
    assert "Home | World" not in doc.text and "Copyright" not in doc.text


def test_html_without_meta_tags_falls_back(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Militia frees 125 detainees - Sudan Daily</title></head><body>"
        "<article><p>Last updated: 28/11/2023 - 10:42 |</p><p>Khartoum &ndash; The militia released"
        " 125 detainees in Khartoum on Monday after holding them for months, handing them over to"
        " the Red Cross in what it called a goodwill gesture, officials said.</p></article>"
        "</body></html>"
    )
    (tmp_path / "p.htm").write_text(page, encoding="utf-8")
    [doc] = docs(read([str(tmp_path / "p.htm")]))
    assert doc.title == "Militia frees 125 detainees - Sudan Daily"
    assert doc.published == "2023-11-28"


def test_html_example_file() -> None:
    [doc] = docs(read([str(EXAMPLES / "belarus-release.html")]))
    assert doc.source == "Baltic Free Review" and doc.published == "2025-06-21"
    assert "cookies" not in doc.text and "Tsikhanouski" in doc.text


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><div><p>unclosed <b>bold <i>mess</div></span></table>",
        b"<html><head><script>var x = 1;</script></head><body></body></html>",
        b"<!DOCTYPE html><html>",
        b"<html>\xff\xfe\xfa garbage bytes <<<<>>>> </html>",
    ],
)
def test_broken_html_never_crashes(tmp_path: Path, page: bytes) -> None:
    (tmp_path / "broken.html").write_bytes(page)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    items = read([str(tmp_path / "broken.html"), str(tmp_path / "ok.txt")])
    assert [d.id for d in docs(items)][-1] == "ok"
    for err in errors(items):
        assert err.path.endswith("broken.html") and err.reason


def test_html_without_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "app.html").write_bytes(
        b"<html><head><title>App</title><script>boot()</script></head><body></body></html>"
    )
    [err] = read([str(tmp_path / "app.html")])
    assert isinstance(err, InputError)
    assert err.path.endswith("app.html") and "no article text" in err.reason


# ----------------------------------------------------------------- feeds


def test_rss_entries(tmp_path: Path) -> None:
    (tmp_path / "world.rss").write_text(RSS, encoding="utf-8")
    items = read([str(tmp_path / "world.rss")])
    first, second, third = docs(items)
    assert first.text == "Forces arrested 31 people.\n\nSecond."
    assert first.title == "First entry" and first.url == "https://t.example/1"
    assert first.published == "2024-07-09"  # local day, not the UTC one (8 July)
    assert first.source == "Test Wire"
    assert second.text == "Plain summary of the second entry."
    assert third.url is None
    assert len({first.id, second.id, third.id}) == 3
    [err] = errors(items)
    assert "entry 4" in err.reason and "Empty entry" in err.reason


def test_feed_entry_without_a_date_is_dated_by_its_link(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Steppe Desk</title>'
        "<item><title>Swap at the border</title>"
        "<link>https://steppe.example/2031/05/16/swap</link>"
        "<description>Both sides freed 40 prisoners of war on Friday.</description></item>"
        "<item><title>Another swap</title><link>https://steppe.example/swap-2</link>"
        "<description>Both sides freed 12 prisoners of war on Friday.</description></item>"
        "</channel></rss>"
    )
    (tmp_path / "steppe.rss").write_text(feed, encoding="utf-8")
    dated, undated = docs(read([str(tmp_path / "steppe.rss")]))
    assert (dated.published, undated.published) == ("2031-05-16", None)


def test_feed_ids_are_stable_and_unique(tmp_path: Path) -> None:
    (tmp_path / "a.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "copy.xml").write_text(ATOM, encoding="utf-8")
    one = docs(read([str(tmp_path / "a.atom")]))
    two = docs(read([str(tmp_path / "copy.xml")]))
    assert [d.id for d in one] == [d.id for d in two]  # same entries, same ids, any file
    assert one[2].id == one[0].id + "#2"  # a repeated entry id is made unique
    assert one[0].published == "2024-02-01" and one[1].published == "2024-02-02"
    assert one[0].source == "Atom Desk" and one[0].text == "Israel freed 114 detainees."


def test_feed_example_file() -> None:
    found = docs(read([str(EXAMPLES / "feed-world-desk.xml")]))
    assert len(found) == 3
    assert all(d.source == "Harbour Line News" and d.published for d in found)


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    (tmp_path / "config.xml").write_text("<?xml version='1.0'?><config><a>1</a></config>")
    (tmp_path / "notes.rss").write_text("just some words, not a feed at all\n")
    items = read([str(tmp_path / "config.xml"), str(tmp_path / "notes.rss")])
    assert len(items) == 2
    for item, name in zip(items, ["config.xml", "notes.rss"], strict=True):
        assert isinstance(item, InputError)
        assert item.path.endswith(name) and "not an RSS or Atom feed" in item.reason


# ------------------------------------------------------------ JSON Lines


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_documents(tmp_path: Path) -> None:
    batch = _jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "a", "text": "Body A.", "url": "https://x.example/a", "source": "X",
             "title": "Title A", "published": "2024-05-01"},
            {"text": ARTICLE},
            {"id": 7, "text": "Body C.", "published": "2024-05-03T23:00:00-04:00"},
            "",
            {"id": "a", "text": "Same id again."},
        ],
    )  # fmt: skip
    a, b, c, a2 = docs(read([str(batch)]))
    assert (a.id, a.url, a.source, a.title, a.published) == (
        "a", "https://x.example/a", "X", "Title A", "2024-05-01",
    )  # fmt: skip
    assert b.text == ARTICLE and b.source == "Meridian Wire" and len(b.id) == 16
    assert c.id == "7" and c.published == "2024-05-03"
    assert a2.id == "a#2"
    again = docs(read([str(batch)]))
    assert [d.id for d in again] == [a.id, b.id, c.id, a2.id]


def test_jsonl_detection_runs_only_for_what_a_line_leaves_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import custody.ingest.jsonl as jsonl

    given = {"url": "https://y.example/b", "source": "Y", "title": "Given title",
             "published": "2024-05-02"}  # fmt: skip
    lines: list[Any] = [{"id": "all", "text": ARTICLE, **given}]
    for key in given:  # each field left out, blank or only spaces in turn
        lines += [
            {"id": f"no-{key}", "text": ARTICLE, **{k: v for k, v in given.items() if k != key}},
            {"id": f"blank-{key}", "text": ARTICLE, **given, key: " "},
        ]
    batch = _jsonl(tmp_path / "batch.jsonl", lines)
    scanned: list[str] = []
    real = jsonl.detect_metadata

    def counting(text: str, url: str | None = None) -> Any:
        scanned.append(text)
        return real(text, url=url)

    monkeypatch.setattr(jsonl, "detect_metadata", counting)
    found = docs(read([str(batch)]))
    assert len(scanned) == len(lines) - 1  # every line but the one that gives all four
    detected = real(ARTICLE)
    for doc in found:
        for key, value in given.items():
            expected = getattr(detected, key) if doc.id.endswith(f"-{key}") else value
            assert getattr(doc, key) == expected, (doc.id, key)


def test_jsonl_publication_day_from_the_lines_url(tmp_path: Path) -> None:
    """A line without a date whose text shows none is dated by its URL, as a crawl
    dates a page; a date the text shows comes first; a URL without a day gives none."""
    undated = (
        "Prisoners swapped at the border\n\n"
        "Kessia and Astrava exchanged 40 prisoners of war on Friday, officials said."
    )
    dated = undated.replace("\n\n", "\nMarch 2, 2031\n\n", 1)
    batch = _jsonl(
        tmp_path / "batch.jsonl",
        [
            {"id": "path", "text": undated, "url": "https://news.example/2031/03/28/swap"},
            {"id": "compact", "text": undated, "url": "https://tv.example/videos/20310329-014"},
            {"id": "month", "text": undated, "url": "https://news.example/2031/Mar/27/swap"},
            {"id": "none", "text": undated, "url": "https://news.example/node/2031"},
            {"id": "text", "text": dated, "url": "https://news.example/2031/03/28/swap"},
            {"id": "given", "text": undated, "url": "https://news.example/2031/03/28/x",
             "published": "2031-03-29"},
        ],
    )  # fmt: skip
    found = {d.id: d.published for d in docs(read([str(batch)]))}
    assert found == {
        "path": "2031-03-28",
        "compact": "2031-03-29",
        "month": "2031-03-27",
        "none": None,
        "text": "2031-03-02",
        "given": "2031-03-29",
    }


def test_jsonl_bad_lines_name_the_line_and_the_rest_still_come(tmp_path: Path) -> None:
    batch = _jsonl(
        tmp_path / "mixed.jsonl",
        [
            {"id": "ok-1", "text": "First."},
            '{"id": "cut", "text": "unterminated',
            {"id": "no-text"},
            '["a", "list"]',
            {"id": "num", "text": 42},
            {"id": "bad-date", "text": "x", "published": "25/11/2023"},
            {"id": "bad-title", "text": "x", "title": ["a"]},
            {"id": "ok-2", "text": "Last."},
        ],
    )
    items = read([str(batch)])
    assert [d.id for d in docs(items)] == ["ok-1", "ok-2"]
    found = [(e.line, e.reason) for e in errors(items)]
    assert [line for line, _ in found] == [2, 3, 4, 5, 6, 7]
    reasons = dict(found)
    assert "not valid JSON" in reasons[2]
    assert "missing required field 'text'" in reasons[3]
    assert "expected a JSON object" in reasons[4]
    assert "'text' must be a string" in reasons[5]
    assert "'published' must be YYYY-MM-DD" in reasons[6] and "25/11/2023" in reasons[6]
    assert "'title' must be a string" in reasons[7]
    assert all(str(e).startswith(f"{batch}:{e.line}: ") for e in errors(items))


def test_jsonl_example_files() -> None:
    found = docs(read([str(EXAMPLES / "batch-wire.jsonl")]))
    assert len(found) == 3 and found[0].id == "taliban-us-swap-2025-01-21"
    assert found[1].published == "2025-02-01"  # detected from the text's dateline
    items = read([str(EXAMPLES / "bad" / "mixed.jsonl")])
    assert [d.id for d in docs(items)] == ["good-1", "good-2"]
    assert [e.line for e in errors(items)] == [2, 4]


# ----------------------------------------------------------------- paths


def test_folder_is_walked_recursively_in_order(folder: Path) -> None:
    items = read([str(folder)])
    assert [e.reason for e in errors(items)] == ["feed entry 4 (Empty entry) has no text"]
    ids = [d.id for d in docs(items)]
    assert ids[0] == "a" and "b" in ids and "c" in ids
    assert len(ids) == 6  # a, b, c and three feed entries
    assert "README" not in ids and "photo" not in ids and ".hidden" not in ids


def test_glob(folder: Path) -> None:
    items = read([str(folder / "**" / "*.md")])
    assert [d.id for d in docs(items)] == ["README", "b"]  # a glob names files: README too
    items = read([str(folder / "sub" / "*")])
    assert {d.id for d in docs(items)} >= {"b", "c"}


def test_glob_matching_nothing(tmp_path: Path) -> None:
    items = read([str(tmp_path / "*.nothing"), str(tmp_path)])
    [err] = items
    assert isinstance(err, InputError)
    assert err.path.endswith("*.nothing") and "no files match" in err.reason


def test_nonexistent_path_and_the_rest_go_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    items = read([str(tmp_path / "missing.txt"), str(tmp_path / "ok.txt")])
    assert isinstance(items[0], InputError) and "no such file" in items[0].reason
    assert str(tmp_path / "missing.txt") in str(items[0])
    assert [d.id for d in docs(items)] == ["ok"]


def test_same_file_twice_is_read_once(folder: Path) -> None:
    items = read([str(folder / "a.txt"), str(folder)])
    assert [d.id for d in docs(items)].count("a") == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        [err] = read([str(locked)])
    finally:
        locked.chmod(0o644)
    assert isinstance(err, InputError) and "cannot read" in err.reason


def test_unreadable_file_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    real = Path.read_bytes
    real_open = os.open

    def refuse(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    def refuse_open(path: str, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.path.basename(path) == "a.txt":
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    # A file is read with os.open first; on an error, through Path, which reports it.
    monkeypatch.setattr(os, "open", refuse_open)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    items = read([str(tmp_path)])
    assert isinstance(items[0], InputError)
    assert items[0].path.endswith("a.txt") and "Permission denied" in items[0].reason
    assert [d.id for d in docs(items)] == ["b"]


# ----------------------------------------------------------------- stdin


class _Stdin(io.StringIO):
    pass


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    [doc] = read(["-"])
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE and doc.path == "<stdin>" and doc.source == "Meridian Wire"
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE))
    assert docs(read(["-"]))[0].id == doc.id  # a content id: stable


def test_stdin_bytes_and_sniffed_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n'
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    assert [d.id for d in docs(read(["-"]))] == ["s1", "s2"]


def test_stdin_empty_and_oversize(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    [err] = read(["-"])
    assert isinstance(err, InputError) and err.path == "<stdin>" and "empty" in err.reason
    monkeypatch.setattr(sys, "stdin", io.StringIO("x" * 200))
    [err] = read(["-"], Settings(max_bytes=100))
    assert isinstance(err, InputError) and "over the limit of 100" in err.reason


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (RSS.encode(), "feed"),
        (ATOM.encode(), "feed"),
        (HTML.encode(), "html"),
        (b'\n{"text": "a"}\n', "jsonl"),
        (b'{"not": "a document"}\n', "text"),
        (ARTICLE.encode(), "text"),
    ],
)
def test_sniff(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


def test_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "download").write_text(HTML, encoding="utf-8")
    [doc] = docs(read([str(tmp_path / "download")]))
    assert doc.title == "Israel frees 114 Gaza detainees"


# ------------------------------------------------------------- bad input


def _one_error(tmp_path: Path, name: str, data: bytes, settings: Settings = SETTINGS) -> InputError:
    """``name`` holding ``data`` gives one error, and a good file after it still reads."""
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz-good.txt").write_text(ARTICLE, encoding="utf-8")
    items = read([str(tmp_path / name), str(tmp_path / "zz-good.txt")], settings)
    assert len(items) == 2, items
    err, good = items
    assert isinstance(err, InputError) and isinstance(good, Document)
    assert err.path == str(tmp_path / name) and str(err).startswith(str(tmp_path / name))
    return err


@pytest.mark.parametrize("data", [b"", b"   \n\n\t  \n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    assert _one_error(tmp_path, "empty.txt", data).reason == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    err = _one_error(tmp_path, "blob.txt", b"PK\x03\x04" + bytes(range(256)))
    assert "binary file" in err.reason and "byte offset 4" in err.reason


def test_binary_file_with_html_extension(tmp_path: Path) -> None:
    err = _one_error(tmp_path, "blob.html", b"<html>\x00\x00\x00</html>")
    assert "binary file" in err.reason


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    err = _one_error(tmp_path, "ctl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text")
    assert "binary file" in err.reason


def test_undecodable_bytes_name_offset_and_line(tmp_path: Path) -> None:
    data = b"Line one\nLine two\n" + "Военнопленные вернулись домой".encode("koi8-r")
    err = _one_error(tmp_path, "koi.txt", data)
    assert err.line == 3
    assert "not UTF-8" in err.reason and "byte offset 18" in err.reason
    assert str(err).startswith(f"{tmp_path / 'koi.txt'}:3: ")


def test_oversize_file(tmp_path: Path) -> None:
    err = _one_error(tmp_path, "big.txt", b"word " * 100, Settings(max_bytes=400))
    assert "500 bytes" in err.reason and "limit of 400" in err.reason


def test_bad_examples_folder() -> None:
    items = read([str(EXAMPLES / "bad")])
    by_name = {Path(e.path).name: e for e in errors(items)}
    assert set(by_name) == {
        "binary.txt", "empty.txt", "mixed.jsonl", "no-text.html", "not-a-feed.xml",
        "undecodable.txt",
    }  # fmt: skip
    assert by_name["empty.txt"].reason == "empty file"
    assert len(errors(items)) == 7  # mixed.jsonl gives two
    assert [d.id for d in docs(items)] == ["good-1", "good-2"]


def test_examples_all_read() -> None:
    items = [x for x in read([str(EXAMPLES)]) if "bad" not in Path(str(_where(x))).parts]
    assert errors(items) == []
    found = docs(items)
    assert len(found) >= 20
    assert len({d.id for d in found}) == len(found)
    assert all(d.title for d in found if not d.id.startswith("good-"))


def _where(item: Document | InputError) -> str:
    return item.path if isinstance(item, InputError) else str(item.path)


def test_read_bytes_directly() -> None:
    items: Iterator[Document | InputError] = read_bytes(ARTICLE.encode(), "upload", SETTINGS)
    [doc] = list(items)
    assert isinstance(doc, Document) and doc.path == "upload" and doc.text == ARTICLE


@hyp_settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600), st.sampled_from([None, "text", "html", "feed", "jsonl"]))
def test_read_bytes_never_raises(data: bytes, kind: str | None) -> None:
    for item in read_bytes(data, "fuzz", SETTINGS, doc_id="fuzz", kind=kind):
        assert isinstance(item, Document | InputError)
        if isinstance(item, InputError):
            assert item.path == "fuzz" and item.reason


def test_walk_names_files_as_path_does(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from custody.ingest.paths import walk

    (folder / "link.txt").symlink_to(folder / "a.txt")
    monkeypatch.chdir(folder)
    names = ["a.txt", "link.txt", "sub/c.html", "sub/feed.rss", "sub/deeper/b.md"]
    assert [str(p) for p in walk(Path("."))] == names  # no "./" in front, as Path(".", name)
    assert [str(p) for p in walk(Path("sub"))] == names[2:]
    assert [str(p) for p in walk(folder)] == [str(folder / name) for name in names]
    ids = [d.id for d in docs(read(["."]))]
    assert ids.count("a") == 1 and "link" not in ids  # the link is the same file: read once


def test_walk_folders_is_os_walk_telling_links(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custody.ingest.paths import _walk_folders

    (folder / "link.txt").symlink_to(folder / "a.txt")
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    (folder / "sublink").symlink_to(folder / "sub")  # listed as a folder, not entered
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> Any:
        if os.path.basename(path) in ("locked", "deeper"):
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)  # what os.walk lists with, too
    ours: list[Any] = []
    our_errors: list[OSError] = []
    for root, dirs, files, links in _walk_folders(str(folder), our_errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # pruned in place
        assert links == {name: os.path.islink(os.path.join(root, name)) for name in files}
        ours.append((root, list(dirs), sorted(files)))
    theirs: list[Any] = []
    their_errors: list[OSError] = []
    for root, dirs, files in os.walk(str(folder), onerror=their_errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        theirs.append((root, list(dirs), sorted(files)))
    assert ours == theirs
    assert [e.filename for e in our_errors] == [e.filename for e in their_errors]
    assert {os.path.basename(e.filename) for e in our_errors} == {"locked", "deeper"}
    assert not any(".hidden" in root or "sublink" in root for root, _, _ in ours)


def test_walk_gives_real_paths_as_resolve_does(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from custody.ingest.paths import Found, expand_names

    (folder / "link.txt").symlink_to(folder / "README.md")  # a file a walk leaves out
    (folder / "alias").symlink_to(folder / "sub")
    monkeypatch.chdir(folder)
    for paths in (["."], ["sub"], [str(folder)], ["alias"], ["sub/../sub"]):
        found = [f for f in expand_names(paths) if isinstance(f, Found)]
        links = [os.path.basename(f.name) == "link.txt" for f in found]
        assert found and [f.is_link for f in found] == links
        assert any(links) == (paths[0] in (".", str(folder)))
        for f in found:
            assert f.real is None if f.is_link else f.real == str(Path(f.name).resolve())


@pytest.mark.parametrize("told", [0, 1, 4095, 4096, 4097, 10_000])  # the real size: 4096
def test_a_file_is_read_to_its_end_whatever_fstat_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, told: int
) -> None:
    from custody.ingest import _read_regular

    data = bytes(range(256)) * 16
    (tmp_path / "f.txt").write_bytes(data)
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:  # as if the file grew or shrank after it
        status = list(real_fstat(fd))
        status[6] = told  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(os, "fstat", fstat)
    assert _read_regular(str(tmp_path / "f.txt"), 1 << 20) == data
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _read_regular(str(tmp_path / "empty.txt"), 1 << 20) == b""


def test_a_failing_page_is_logged_under_the_package_logger(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    import trafilatura

    def fail(*args: Any, **kwargs: Any) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(trafilatura, "extract", fail)
    with caplog.at_level(logging.DEBUG, logger="custody"):
        [err] = list(read_bytes(HTML.encode(), "page.html", SETTINGS, doc_id="page"))
    assert isinstance(err, InputError) and "cannot extract text from HTML: boom" in err.reason
    assert [(r.name, r.getMessage()) for r in caplog.records] == [
        ("custody.ingest.html", "trafilatura failed on page.html")
    ]
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("custody").handlers)


@hyp_settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_byte_counts_count_what_they_name(data: bytes) -> None:
    from custody.ingest import text

    control = text._count_bytes(data, text._NOT_CONTROL_BYTES)
    high = text._count_bytes(data, text._NOT_HIGH_BYTES)
    assert control == sum(b in text._CONTROL_BYTES for b in data)
    assert text._count_controls(data) == control
    assert text._count_controls(b"plain text\n" + data) == control
    assert high == sum(b >= 0x80 for b in data)
