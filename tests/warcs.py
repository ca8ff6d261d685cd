"""Small web archives for the tests, written with warcio (text written for custody's tests)."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLES = [
    (
        "https://www.aljazeera.com/news/2024/5/31/swap",
        "Ukraine and Russia swap 75 prisoners each",
        "2024-05-31",
        "Ukraine and Russia exchanged prisoners of war on Friday in a swap brokered by the "
        "United Arab Emirates. Seventy-five Ukrainian soldiers returned home, the Ukrainian "
        "coordination headquarters said, and 75 Russian servicemen were handed over to Moscow.",
    ),
    (
        "https://news.example.org/world/colombia-release",
        "Rebels free a kidnapped farmer in Colombia",
        "2023-11-09",
        "Colombia's National Liberation Army released a farmer on Thursday, twelve days after "
        "its fighters seized him near the border with Venezuela, a Church commission said. "
        "The commission said the man was in good health and was handed over to its delegates.",
    ),
    (
        "https://wire.example.net/2024/01/20/aid-convoy",
        "Aid convoy reaches the north after weeks of delay",
        "2024-01-20",
        "A convoy of forty trucks carrying flour and medicine reached the northern districts on "
        "Saturday, the agency said. Officials said the roads had been closed for three weeks by "
        "fighting and floods, and that more trucks would follow in the coming days.",
    ),
]

FRENCH = (
    "https://www.example.fr/monde/otages",
    "Libération de trois otages",
    "2024-02-02",
    "Les trois otages ont été libérés vendredi dans le nord du pays, selon le ministère. "
    "Ils sont arrivés dans la capitale avec les médiateurs et sont en bonne santé, a indiqué "
    "un responsable qui a demandé à ne pas être nommé. Les familles ont été prévenues.",
)


def html_page(title: str, published: str | None, body: str, lang: str = "en") -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split(". "))
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><title>{title}</title>{meta}</head>'
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    ).encode()


@dataclass
class Record:
    url: str
    body: bytes
    status: str = "200 OK"
    content_type: str = "text/html; charset=utf-8"
    warc_type: str = "response"
    warc_date: str = "2024-06-01T10:00:00Z"
    extra: list[tuple[str, str]] = field(default_factory=list)


def article_records(articles: Iterable[tuple[str, str, str, str]] = ARTICLES) -> list[Record]:
    return [Record(url, html_page(title, day, text)) for url, title, day, text in articles]


def warc_bytes(records: Iterable[Record], gzip: bool = True) -> tuple[bytes, list[int]]:
    """A web archive of ``records``, and the offset at which each one starts."""
    out = io.BytesIO()
    offsets = []
    writer = WARCWriter(out, gzip=gzip)
    for n, r in enumerate(records):
        offsets.append(out.tell())
        # a fixed record id (warcio draws a random one): the same archive every run, so
        # tests that damage its bytes damage the same compressed bytes every time
        record_id = f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{n}:{r.url}')}>"
        headers = [("Content-Type", r.content_type), ("Content-Length", str(len(r.body)))]
        http = StatusAndHeaders(r.status, headers, protocol="HTTP/1.1")
        record = writer.create_warc_record(
            r.url,
            r.warc_type,
            payload=io.BytesIO(r.body),
            http_headers=http if r.warc_type == "response" else None,
            warc_headers_dict={
                "WARC-Date": r.warc_date,
                "WARC-Record-ID": record_id,
                **dict(r.extra),
            },
        )
        writer.write_record(record)
    return out.getvalue(), offsets


def write_warc(path: Path, records: Iterable[Record], gzip: bool = True) -> list[int]:
    """Write ``records`` to ``path``; the offset at which each one starts."""
    data, offsets = warc_bytes(records, gzip)
    path.write_bytes(data)
    return offsets
