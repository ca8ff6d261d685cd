"""Resolution does not depend on the order documents arrive in (Hypothesis).

Two levels: the pure grouping of a block (many orders, cheap), and the store
(documents saved and resolved incrementally in a drawn order, against one
full resolve), on SQLite.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_happenings import corpus

from custody.happenings import list_happenings, resolve, update
from custody.happenings.consensus import build
from custody.happenings.group import Item, block_key, cluster_block
from custody.happenings.rules import load_rules
from custody.store import open_store

DAYS = ["2031-03-02", "2031-03-03", "2031-03-04", "2031-03-06", None]


@st.composite
def items(draw: st.DrawFn) -> list[Item]:
    n = draw(st.integers(min_value=1, max_value=14))
    out = []
    for i in range(n):
        out.append(
            Item(
                document=f"d{i}",
                index=draw(st.integers(0, 2)),
                type="release",
                status="occurred",
                holder="Northern Front",
                count=draw(st.sampled_from([None, 3, 10, 12, 13, 40])),
                qualifier="exact",
                nationality=frozenset(draw(st.sampled_from([(), ("Thai",), ("Israeli",)]))),
                categories=(),
                names=tuple(draw(st.sampled_from([(), ("Ana Ruiz",), ("Ana ruiz", "Li Wei")]))),
                condition=draw(st.sampled_from([None, "alive", "deceased"])),
                date=draw(st.sampled_from(DAYS + ["2031-03"])),
                place=None,
                facility=None,
                intermediary=None,
                mediators=(),
                deal=None,
                aggregate=False,
                source_actor=draw(st.sampled_from([None, "ICRC"])),
                terms=(),
                published=draw(st.sampled_from(DAYS)),
                outlet=draw(st.sampled_from(["A", "B", "C", None])),
            )
        )
    return out


def _grouped(given_items: list[Item]) -> list[tuple[object, ...]]:
    rules = load_rules()
    found = [build(c, {}, rules).to_dict() for c in cluster_block(given_items, rules)]
    return sorted((h["id"], repr(h)) for h in found)


@settings(max_examples=300, deadline=None)
@given(items(), st.randoms(use_true_random=False))
def test_grouping_a_block_ignores_order(drawn: list[Item], rnd: object) -> None:
    refs = {it.ref for it in drawn}
    drawn = [next(it for it in drawn if it.ref == r) for r in sorted(refs)]  # unique refs
    shuffled = list(drawn)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert _grouped(drawn) == _grouped(shuffled)
    assert {block_key(it) for it in drawn} == {"release|occurred|Northern Front|batch"}


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.permutations(list(range(len(corpus())))))
def test_store_resolution_ignores_arrival_order(tmp_path: Path, order: list[int]) -> None:
    docs = corpus()
    path = tmp_path / f"order-{'-'.join(map(str, order))}.db"
    with open_store(str(path)) as store:
        for i in order:
            doc, events = docs[i]
            store.save(doc, events, "test")
            update(store, [doc.id])
        incremental = [h.to_dict() for h in list_happenings(store)]
        resolve(store)
        assert [h.to_dict() for h in list_happenings(store)] == incremental
    reference = tmp_path / "reference.db"
    if not reference.exists():
        with open_store(str(reference)) as store:
            for doc, events in docs:
                store.save(doc, events, "test")
            resolve(store)
    with open_store(str(reference)) as store:
        assert [h.to_dict() for h in list_happenings(store)] == incremental
