"""Near-duplicate documents: shingles, the MinHash signature (checked against datasketch),
LSH bands, and copies found in the store by band and confirmed by true Jaccard."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from custody.happenings.near_dup import bands, jaccard, minhash, shingles
from custody.happenings.rules import load_rules

STORY = (
    "Hamas released 13 Israeli hostages on Friday, the first day of a four-day pause in the "
    "fighting, handing them to the Red Cross at the Rafah crossing. The freed Israelis were "
    "driven into Egypt and flown to hospitals in Israel, the military said."
)


def test_shingles_and_jaccard() -> None:
    six = shingles("One two three four five six", 5)
    assert len(six) == 2 and all(0 <= h < 2**32 for h in six)
    assert six == shingles("one, TWO three: four five six!", 5)  # words, not punctuation
    assert shingles("six five four three two one", 5).isdisjoint(six)  # order matters
    assert len(shingles("Too short", 5)) == 1
    assert shingles("", 5) == frozenset()
    assert jaccard(frozenset({1, 2}), frozenset({2, 3})) == 1 / 3
    assert jaccard(frozenset(), frozenset()) == 1.0


@settings(max_examples=50, deadline=None)
@given(st.frozensets(st.integers(0, 2**32 - 1), min_size=1, max_size=60))
def test_signature_is_datasketchs(found: frozenset[int]) -> None:
    from datasketch import MinHash  # type: ignore[import-untyped]

    nd = load_rules().near_duplicate
    reference = MinHash(num_perm=nd.num_perm, seed=nd.seed, hashfunc=int, scheme="legacy")
    reference.update_batch(list(found))
    assert list(reference.hashvalues) == list(minhash(found, nd.num_perm, nd.seed))


def test_a_copy_shares_bands_an_other_story_does_not() -> None:
    nd = load_rules().near_duplicate
    copy = "Harbor Courier, Saturday. " + STORY + " Reprinted by the Courier."
    other = "A court in Kyiv heard the case of three soldiers accused of desertion last spring."
    mine = set(bands(shingles(STORY, 5), nd))
    assert len(mine) == nd.bands
    assert mine & set(bands(shingles(copy, 5), nd))
    assert not mine & set(bands(shingles(other, 5), nd))
    assert jaccard(shingles(STORY, 5), shingles(copy, 5)) >= nd.threshold
    assert bands(shingles(STORY, 5), nd) == bands(shingles(STORY, 5), nd)  # stable


def test_only_documents_with_records_are_signed(tmp_path: object) -> None:
    from pathlib import Path

    from sqlalchemy import select

    from custody.happenings import update
    from custody.happenings.tables import document_copies, document_signatures
    from custody.record import Count, Document, Event
    from custody.store import open_store

    path = Path(str(tmp_path)) / "s.db"
    record = Event(type="release", holder="Hamas", count=Count(13), date="2023-11-24")
    with open_store(str(path)) as store:
        store.save(Document(id="wire", text=STORY, source="Wire"), [record], "v")
        store.save(Document(id="copy", text="Reprint. " + STORY, source="Courier"), [record], "v")
        store.save(Document(id="quiet", text=STORY + " More.", source="Other"), [], "v")
        update(store, ["wire", "copy", "quiet"])
        with store.engine.connect() as conn:
            signed = {d for (d,) in conn.execute(select(document_signatures.c.document_id))}
            links = set(
                conn.execute(select(document_copies.c.document_id, document_copies.c.copy_id))
            )
        assert signed == {"wire", "copy"}
        assert links == {("wire", "copy"), ("copy", "wire")}
        store.save(Document(id="copy", text="Reprint. " + STORY, source="Courier"), [], "v2")
        update(store, ["copy"])  # its records are gone: its signature and links too
        with store.engine.connect() as conn:
            signed = {d for (d,) in conn.execute(select(document_signatures.c.document_id))}
            assert not list(conn.execute(select(document_copies)))
        assert signed == {"wire"}
