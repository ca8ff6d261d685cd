"""The persistent LSH index of near-duplicate documents (tables ``document_signatures``,
``document_bands``, ``document_copies``), kept up to date document by document.

A document is (re)signed when it has no signature or its text changed; its old
bands and copy links go first. Candidates come from shared bands, and each is
confirmed by the true Jaccard similarity of the two texts' shingles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, exists, or_, select

from custody.happenings.near_dup import bands, jaccard, shingles
from custody.happenings.rules import load_rules
from custody.happenings.tables import document_bands, document_copies, document_signatures
from custody.store import documents, events
from custody.store_write import insert_rows

_CHUNK = 400
_IN = 900  # values in one expanding IN (SQLite allows 32,766 parameters)
_SEEN = 8000  # shingle sets kept between chunks (about 10 kB each)


def _chunks(values: list[str], size: int = _CHUNK) -> Iterable[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _stale(conn: Connection, doc_ids: list[str] | None) -> tuple[list[str], list[str]]:
    """Documents to (re)sign, and signed documents to forget.

    Only documents with records are signed: a document without records is in no
    happening, so whether it is a copy changes no count (and it would otherwise
    link two copies of it that are not copies of each other).
    """
    sig = document_signatures.c
    has_records = exists().where(events.c.document_id == documents.c.id)
    query = (
        select(documents.c.id, has_records.label("used"))
        .outerjoin(document_signatures, sig.document_id == documents.c.id)
        .where(
            or_(
                and_(
                    has_records,
                    or_(sig.content_hash.is_(None), sig.content_hash != documents.c.content_hash),
                ),
                and_(~has_records, sig.content_hash.is_not(None)),
            )
        )
    )
    stale: list[str] = []
    unused: list[str] = []
    if doc_ids is None:
        rows = list(conn.execute(query))
    else:
        some = query.where(documents.c.id.in_(bindparam("ids", expanding=True)))
        rows = [
            r
            for chunk in _chunks(sorted(set(doc_ids)), _IN)
            for r in conn.execute(some, {"ids": chunk})
        ]
    for doc_id, used in rows:
        (stale if used else unused).append(doc_id)
    gone_q = select(sig.document_id).where(~exists().where(documents.c.id == sig.document_id))
    gone: list[str] = []
    if doc_ids is None:
        gone.extend(d for (d,) in conn.execute(gone_q))
    else:
        some = gone_q.where(sig.document_id.in_(bindparam("ids", expanding=True)))
        for chunk in _chunks(sorted(set(doc_ids)), _IN):
            gone.extend(d for (d,) in conn.execute(some, {"ids": chunk}))
    return sorted(stale), sorted(set(gone) | set(unused))


def pending(conn: Connection) -> list[str]:
    """Documents with records that were never resolved, or not since their text changed
    (an ingest stopped before its update): the next update takes them too."""
    sig = document_signatures.c
    query = (
        select(documents.c.id)
        .outerjoin(document_signatures, sig.document_id == documents.c.id)
        .where(
            exists().where(events.c.document_id == documents.c.id),
            or_(sig.content_hash.is_(None), sig.content_hash != documents.c.content_hash),
        )
    )
    return [d for (d,) in conn.execute(query)]


def _forget(conn: Connection, ids: list[str]) -> set[str]:
    partners: set[str] = set()
    c = document_copies.c
    for chunk in _chunks(ids):
        partners |= {d for (d,) in conn.execute(select(c.copy_id).where(c.document_id.in_(chunk)))}
        conn.execute(
            delete(document_copies).where(or_(c.document_id.in_(chunk), c.copy_id.in_(chunk)))
        )
        conn.execute(delete(document_bands).where(document_bands.c.document_id.in_(chunk)))
        conn.execute(
            delete(document_signatures).where(document_signatures.c.document_id.in_(chunk))
        )
    return partners


def refresh_signatures(conn: Connection, doc_ids: list[str] | None) -> set[str]:
    """Sign what needs it (all documents when ``doc_ids`` is None).

    Returns the other documents whose copy links changed.
    """
    stale, gone = _stale(conn, doc_ids)
    partners = _forget(conn, stale + gone)
    seen = _Shingles(conn)  # shingles already made in this call, by content hash
    for chunk in _chunks(stale):
        partners |= _sign(conn, chunk, seen)
    return partners - set(stale)


class _Shingles:
    """Shingle sets by content hash (one text, one set: copies share it), made once
    in a call, and the Jaccard similarity of two hashes' sets, computed once.

    Bounded: a store's worth of shingles is gigabytes."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.words = load_rules().near_duplicate.shingle_words
        self.sets: dict[str, frozenset[int]] = {}
        self.scores: dict[tuple[str, str], float] = {}

    def add(self, digest: str, text: str) -> frozenset[int]:
        found = self.sets.get(digest)
        if found is None:
            found = self.sets[digest] = shingles(text, self.words)
        return found

    def bound(self) -> None:
        if len(self.sets) > _SEEN:
            self.sets.clear()
        if len(self.scores) > 50 * _SEEN:
            self.scores.clear()

    def fetch(self, docs: dict[str, str]) -> None:
        """Make the sets of these documents (id: content hash) that are not made yet."""
        wanted: dict[str, str] = {}
        for doc, digest in docs.items():
            if digest not in self.sets:
                wanted.setdefault(digest, doc)
        for text, digest in _texts(self.conn, wanted.values()).values():
            self.add(digest, text)

    def score(self, a: str, b: str) -> float:
        """The Jaccard similarity of two texts by their hashes (a text's with itself: 1)."""
        if a == b:
            return 1.0  # jaccard(s, s), empty sets included
        key = (a, b) if a < b else (b, a)
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = jaccard(
                self.sets.get(a, frozenset()), self.sets.get(b, frozenset())
            )
        return found


def _texts(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(ids))):
        q = select(documents.c.id, documents.c.text, documents.c.content_hash).where(
            documents.c.id.in_(chunk)
        )
        found.update({i: (t, h) for i, t, h in conn.execute(q)})
    return found


def _sign(conn: Connection, chunk: list[str], seen: _Shingles) -> set[str]:
    """Sign the documents of ``chunk``; link them to the copies the index finds.

    Copies of one text (one content hash) share their shingles and bands: each
    text's are made once, and two texts' similarity is computed once.
    """
    nd = load_rules().near_duplicate
    seen.bound()
    texts = _texts(conn, chunk)
    digests = {i: h for i, (_, h) in texts.items()}
    keys: dict[str, list[int]] = {}
    for t, h in texts.values():
        if h not in keys:
            keys[h] = bands(seen.add(h, t), nd)
    rows = [(i, b) for i in sorted(digests) for b in keys[digests[i]]]
    insert_rows(conn, document_bands, ("document_id", "band"), rows)
    insert_rows(conn, document_signatures, ("document_id", "content_hash"), sorted(digests.items()))
    return _confirm(conn, _pairs(conn, digests, keys), digests, seen, nd.threshold)


def _pairs(
    conn: Connection, digests: dict[str, str], keys: dict[str, list[int]]
) -> dict[tuple[str, str], str]:
    """The candidate pairs (document, other) of a chunk's documents: the other's hash.

    Copies of one text have the same bands, hence the same candidates: the index
    is asked for one of them (the first), and the others take its answer and it.
    A pair inside the chunk is taken once (the other before the document).
    """
    copies: dict[str, list[str]] = {}
    for i in sorted(digests):
        copies.setdefault(digests[i], []).append(i)
    pairs: dict[tuple[str, str], str] = {}
    for digest, group in copies.items():
        if keys[digest]:  # a text without shingles has no bands and no candidates
            for mine in group[1:]:
                pairs[(mine, group[0])] = digest
    firsts = sorted(group[0] for group in copies.values())
    for part in _chunks(firsts, _IN):
        for first, other, found in conn.execute(_candidates(), {"ids": part}):
            for mine in copies[digests[first]]:
                if other != mine and (other not in digests or other < mine):
                    pairs[(mine, other)] = found
    return pairs


@cache
def _candidates() -> Any:
    """Each (document, other document, the other's content hash) sharing a band, once."""
    mine, other = document_bands.alias("mine"), document_bands.alias("other")
    sig = document_signatures.c
    return (
        select(mine.c.document_id, other.c.document_id, sig.content_hash)
        .join(other, other.c.band == mine.c.band)
        .join(document_signatures, sig.document_id == other.c.document_id)
        .where(
            mine.c.document_id.in_(bindparam("ids", expanding=True)),
            other.c.document_id != mine.c.document_id,
        )
        .distinct()
    )


def _confirm(
    conn: Connection,
    pairs: dict[tuple[str, str], str],
    digests: dict[str, str],
    seen: _Shingles,
    threshold: float,
) -> set[str]:
    seen.fetch({b: h for (_, b), h in pairs.items()})
    links: list[tuple[str, str, float]] = []
    for a, b in sorted(pairs):
        score = seen.score(digests[a], pairs[(a, b)])
        if score >= threshold:
            links += [(a, b, score), (b, a, score)]
    insert_rows(conn, document_copies, ("document_id", "copy_id", "jaccard"), links)
    return {copy for _, copy, _ in links}


def load_copies(conn: Connection) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in conn.execute(select(document_copies.c.document_id, document_copies.c.copy_id)):
        found[a].add(b)
    return found


def copies_of(
    conn: Connection, ids: Iterable[str], known: dict[str, set[str]] | None = None
) -> dict[str, set[str]]:
    """The copy links of these documents; ``known`` caches them across calls."""
    cache: dict[str, set[str]] = {} if known is None else known
    wanted = set(ids)
    c = document_copies.c
    for chunk in _chunks(sorted(wanted - cache.keys())):
        for doc in chunk:
            cache[doc] = set()
        for a, b in conn.execute(select(c.document_id, c.copy_id).where(c.document_id.in_(chunk))):
            cache[a].add(b)
    return {d: cache[d] for d in wanted if cache.get(d)}
