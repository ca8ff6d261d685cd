"""The persistent LSH index of near-duplicate documents (tables ``document_signatures``,
``document_bands``, ``document_copies``), kept up to date document by document.

A document is (re)signed when it has no signature or its text changed; its old
bands and copy links go first. Candidates come from shared bands, and each is
confirmed by the true Jaccard similarity of the two texts' shingles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, and_, bindparam, delete, exists, insert, or_, select

from custody.happenings.near_dup import bands, jaccard, shingles
from custody.happenings.rules import load_rules
from custody.happenings.tables import document_bands, document_copies, document_signatures
from custody.store import documents, events

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
    seen: dict[str, frozenset[int]] = {}  # shingles already made in this call
    for chunk in _chunks(stale):
        if len(seen) > _SEEN:  # a bounded cache: a store's worth of shingles is gigabytes
            seen.clear()
        partners |= _sign(conn, chunk, seen)
    return partners - set(stale)


def _texts(conn: Connection, ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(sorted(set(ids))):
        q = select(documents.c.id, documents.c.text, documents.c.content_hash).where(
            documents.c.id.in_(chunk)
        )
        found.update({i: (t, h) for i, t, h in conn.execute(q)})
    return found


def _sign(conn: Connection, chunk: list[str], seen: dict[str, frozenset[int]]) -> set[str]:
    nd = load_rules().near_duplicate
    texts = _texts(conn, chunk)
    sets = {i: shingles(t, nd.shingle_words) for i, (t, _) in texts.items()}
    seen.update(sets)
    keys = {i: bands(s, nd) for i, s in sets.items()}
    rows = [{"document_id": i, "band": b} for i in sorted(keys) for b in keys[i]]
    if rows:
        conn.execute(insert(document_bands), rows)
    conn.execute(
        insert(document_signatures),
        [{"document_id": i, "content_hash": h} for i, (_, h) in sorted(texts.items())],
    )
    owner: dict[int, list[str]] = defaultdict(list)
    for i in sorted(keys):
        for b in keys[i]:
            owner[b].append(i)
    pairs: set[tuple[str, str]] = set()
    all_bands = sorted(owner)
    for start in range(0, len(all_bands), 2000):
        part = all_bands[start : start + 2000]
        q = select(document_bands.c.band, document_bands.c.document_id).where(
            document_bands.c.band.in_(part)
        )
        for band, other in conn.execute(q):
            for mine in owner[band]:
                if other != mine and (other not in sets or other < mine):
                    pairs.add((mine, other))
    return _confirm(conn, sorted(pairs), sets, seen, nd.shingle_words, nd.threshold)


def _confirm(
    conn: Connection,
    pairs: list[tuple[str, str]],
    sets: dict[str, frozenset[int]],
    seen: dict[str, frozenset[int]],
    words: int,
    threshold: float,
) -> set[str]:
    sets.update({b: seen[b] for _, b in pairs if b not in sets and b in seen})
    missing = {b for _, b in pairs if b not in sets}
    for i, (t, _) in _texts(conn, missing).items():
        sets[i] = seen[i] = shingles(t, words)
    links = []
    for a, b in pairs:
        score = jaccard(sets[a], sets.get(b, frozenset()))
        if score >= threshold:
            links += [
                {"document_id": a, "copy_id": b, "jaccard": score},
                {"document_id": b, "copy_id": a, "jaccard": score},
            ]
    if links:
        conn.execute(insert(document_copies), links)
    return {str(link["copy_id"]) for link in links}


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
