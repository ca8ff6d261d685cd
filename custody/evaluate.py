"""Scoring extracted records against annotated gold (docs/event-record.md, "Scoring").

``evaluate_files(gold, pred)`` reads gold lines in the record format and
either reads predictions in the same format or runs the extractor on each
gold document's text. Per document, reportable predicted and gold records
are paired one-to-one by an optimal assignment (most hits first, then most
agreement on the other fields); the figures are computed from the hits.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from custody.errors import InputError, RecordError
from custody.record import EVENT_TYPES, Document, Event, parse_document_line

SLOTS = (
    "holder",
    "count.qualifier",
    "people.nationality",
    "people.categories",
    "date",
    "location",
    "intermediary",
    "mediators",
)
OUTCOMES = ("correct", "missing", "wrong", "extra")


# ---------------------------------------------------------------- figures


@dataclass
class Tally:
    """Slot outcomes. Missing: empty where gold has a value; wrong: any other
    disagreement where gold has a value; extra: a value where gold has none."""

    correct: int = 0
    missing: int = 0
    wrong: int = 0
    extra: int = 0

    def add(self, outcome: str | None) -> None:
        if outcome is not None:
            setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def accuracy(self) -> float | None:
        scored = self.correct + self.missing + self.wrong
        return self.correct / scored if scored else None

    def to_dict(self) -> dict[str, Any]:
        return {**{o: getattr(self, o) for o in OUTCOMES}, "accuracy": self.accuracy}


@dataclass
class Prf:
    """Precision, recall and F1 from hits, predicted and gold counts."""

    hits: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else float(self.gold == 0)

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else float(self.predicted == 0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "hits": self.hits,
            "predicted": self.predicted,
            "gold": self.gold,
        }


# ---------------------------------------------------------------- comparing


def _norm(text: str | None) -> str | None:
    return " ".join(text.split()).casefold() if text else None


def _norm_set(values: tuple[str, ...]) -> frozenset[str]:
    return frozenset(v for v in (_norm(x) for x in values) if v)


def _outcome(pred: Any, gold: Any, agree: Callable[[Any, Any], bool] | None = None) -> str | None:
    """Outcome of one slot; None when neither side has a value."""
    if not gold:
        return "extra" if pred else None
    if not pred:
        return "missing"
    same = agree(pred, gold) if agree else pred == gold
    return "correct" if same else "wrong"


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


def _dates_agree(pred: str, gold: str, occurred: bool) -> bool:
    if pred == gold:
        return True
    p, g = _day(pred), _day(gold)
    return occurred and p is not None and g is not None and abs((p - g).days) == 1


def _contains(a: str | None, b: str | None) -> bool:
    return bool(a and b and (a in b or b in a))


def _locations_agree(pred: Event, gold: Event) -> bool:
    p, g = pred.location, gold.location
    return _contains(_norm(p.place), _norm(g.place)) or _contains(
        _norm(p.facility), _norm(g.facility)
    )


def _location_value(e: Event) -> bool:
    return bool(e.location.place or e.location.facility)


def slot_outcome(slot: str, pred: Event, gold: Event) -> str | None:
    """correct / missing / wrong / extra for one slot of a hit (None: both empty)."""
    if slot == "holder":
        return _outcome(_norm(pred.holder), _norm(gold.holder))
    if slot == "count.qualifier":
        return _outcome(pred.count and pred.count.qualifier, gold.count and gold.count.qualifier)
    if slot == "people.nationality":
        return _outcome(_norm_set(pred.people.nationality), _norm_set(gold.people.nationality))
    if slot == "people.categories":
        return _outcome(_norm_set(pred.people.categories), _norm_set(gold.people.categories))
    if slot == "date":
        occurred = gold.status == "occurred"
        return _outcome(pred.date, gold.date, lambda p, g: _dates_agree(p, g, occurred))
    if slot == "location":
        return _outcome(
            _location_value(pred),
            _location_value(gold),
            lambda _p, _g: _locations_agree(pred, gold),
        )
    if slot == "intermediary":
        return _outcome(_norm(pred.intermediary), _norm(gold.intermediary))
    if slot == "mediators":
        return _outcome(_norm_set(pred.mediators), _norm_set(gold.mediators))
    raise ValueError(f"unknown slot {slot!r}")


def _names_meet(pred: tuple[str, ...], gold: tuple[str, ...]) -> bool:
    """Some name of one is a name of the other, case-insensitively, or its last
    words ("Abu Safiya" meets "Hussam Abu Safiya")."""
    for a in _norm_set(pred):
        for b in _norm_set(gold):
            short, long = (a, b) if len(a) <= len(b) else (b, a)
            if short == long or long.endswith(" " + short):
                return True
    return False


def is_hit(pred: Event, gold: Event) -> bool:
    """The spec's hit: same type, status and aggregate; the same count value
    when both records have one, otherwise names that meet; deals: same status."""
    if pred.type != gold.type or pred.status != gold.status:
        return False
    if gold.type == "deal":
        return True
    if pred.aggregate != gold.aggregate:
        return False
    p, g = pred.count, gold.count
    if p is not None and g is not None:
        return p.value == g.value
    return _names_meet(pred.people.names, gold.people.names)


def _jaccard(a: frozenset[Any], b: frozenset[Any]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def _span_chars(e: Event) -> frozenset[int]:
    return frozenset(i for s in e.evidence for i in range(s.start, s.end))


def _term_values(e: Event) -> frozenset[int]:
    return frozenset(t.count.value for t in e.terms if t.count is not None)


def agreement(pred: Event, gold: Event) -> float:
    """Tie-breaker between hits, in [0, 1]: a weighted share of agreeing fields.
    Names and evidence identify a record, so they weigh as much as two slots."""
    slots = [slot_outcome(s, pred, gold) in ("correct", None) for s in SLOTS]
    identity = [
        _jaccard(_norm_set(pred.people.names), _norm_set(gold.people.names)),
        _jaccard(_span_chars(pred), _span_chars(gold)) if gold.evidence else 0.0,
    ]
    other = [
        float(_norm(pred.source_actor) == _norm(gold.source_actor)),
        _jaccard(_term_values(pred), _term_values(gold)),
    ]
    total = sum(slots) + 2 * sum(identity) + sum(other)
    return total / (len(slots) + 2 * len(identity) + len(other))


# ---------------------------------------------------------------- pairing


def assign(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Rows paired to columns maximising the total weight (Hungarian algorithm,
    O(n²m)). Every row of the smaller side is paired; callers drop pairs they
    do not want."""
    if not weights or not weights[0]:
        return []
    if len(weights) > len(weights[0]):
        flipped = [list(col) for col in zip(*weights, strict=True)]
        return [(r, c) for c, r in assign(flipped)]
    n, m = len(weights), len(weights[0])
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)
    for row in range(1, n + 1):
        owner[0], j0 = row, 0
        slack, used = [float("inf")] * (m + 1), [False] * (m + 1)
        while owner[j0]:
            used[j0], i0, delta, j1 = True, owner[j0], float("inf"), 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = -weights[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < slack[j]:
                        slack[j], way[j] = cur, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:
            owner[j0] = owner[way[j0]]
            j0 = way[j0]
    return [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]


def pair(pred: list[Event], gold: list[Event]) -> list[tuple[int, int]]:
    """Hits as (pred index, gold index): most hits, then most agreement."""
    big = float(len(pred) + len(gold) + 1)  # one more hit outweighs any agreement
    weights = [[big + agreement(p, g) if is_hit(p, g) else 0.0 for g in gold] for p in pred]
    return sorted((i, j) for i, j in assign(weights) if weights[i][j] > 0)


# ---------------------------------------------------------------- one document


def is_release_count(e: Event) -> bool:
    return (
        e.type == "release" and e.status == "occurred" and not e.aggregate and e.count is not None
    )


def _label(e: Event) -> str:
    count = f" {e.count.value}" if e.count else ""
    names = f" [{', '.join(e.people.names)}]" if e.people.names else ""
    agg = " aggregate" if e.aggregate else ""
    return f"{e.type}/{e.status}{agg}{count}{names}"


def _record_dict(e: Event) -> dict[str, Any]:
    return {
        "type": e.type,
        "status": e.status,
        "aggregate": e.aggregate,
        "count": e.count.to_dict() if e.count else None,
        "names": list(e.people.names),
        "evidence": [s.text for s in e.evidence],
    }


def _slot_value(slot: str, e: Event) -> Any:
    if slot == "count.qualifier":
        return e.count.qualifier if e.count else None
    if slot == "location":
        return e.location.to_dict()
    value = e.to_dict()
    for key in slot.split("."):
        value = value[key]
    return value


@dataclass
class DocumentResult:
    """One gold document scored: its reportable records, hits and published date."""

    id: str
    gold: list[Event]
    pred: list[Event]
    hits: list[tuple[int, int]]
    gold_published: str | None
    pred_published: str | None

    @property
    def published(self) -> str | None:
        return _outcome(self.pred_published, self.gold_published)

    def hit_outcomes(self) -> Iterator[tuple[Event, Event, dict[str, str | None]]]:
        """(predicted, gold, slot outcomes) for each hit."""
        for i, j in self.hits:
            p, g = self.pred[i], self.gold[j]
            yield p, g, {slot: slot_outcome(slot, p, g) for slot in SLOTS}

    def to_dict(self) -> dict[str, Any]:
        hit_pred = {i for i, _ in self.hits}
        hit_gold = {j for _, j in self.hits}
        return {
            "id": self.id,
            "gold": len(self.gold),
            "predicted": len(self.pred),
            "hits": len(self.hits),
            "false_positives": [
                _record_dict(e) for i, e in enumerate(self.pred) if i not in hit_pred
            ],
            "misses": [_record_dict(e) for j, e in enumerate(self.gold) if j not in hit_gold],
            "slot_errors": [
                {
                    "record": _label(g),
                    "slot": slot,
                    "outcome": out,
                    "gold": _slot_value(slot, g),
                    "predicted": _slot_value(slot, p),
                }
                for p, g, outcomes in self.hit_outcomes()
                for slot, out in outcomes.items()
                if out in ("missing", "wrong", "extra")
            ],
            "published": {
                "gold": self.gold_published,
                "predicted": self.pred_published,
                "outcome": self.published,
            },
        }


def score_document(
    gold_doc: Document, gold: list[Event], pred_doc: Document | None, pred: list[Event]
) -> DocumentResult:
    g = [e for e in gold if e.is_reportable()]
    p = [e for e in pred if e.is_reportable()]
    return DocumentResult(
        id=gold_doc.id,
        gold=g,
        pred=p,
        hits=pair(p, g),
        gold_published=gold_doc.published,
        pred_published=pred_doc.published if pred_doc else None,
    )


# ---------------------------------------------------------------- the report


@dataclass
class Report:
    """All figures of one evaluation; ``to_dict()`` for JSON, ``format_text()``."""

    gold_path: str
    pred_path: str | None
    documents: list[DocumentResult]
    unknown_ids: list[str] = field(default_factory=list)
    events: Prf = field(default_factory=Prf)
    release_count: Prf = field(default_factory=Prf)
    per_type: dict[str, Prf] = field(default_factory=dict)
    slots: dict[str, Tally] = field(default_factory=dict)
    published: Tally = field(default_factory=Tally)
    published_both_empty: int = 0
    hits_with_wrong_slot: int = 0

    def __post_init__(self) -> None:
        self.slots = {s: Tally() for s in SLOTS}
        for doc in self.documents:
            self._add(doc)

    def _add(self, doc: DocumentResult) -> None:
        self.events.predicted += len(doc.pred)
        self.events.gold += len(doc.gold)
        self.events.hits += len(doc.hits)
        self.release_count.predicted += sum(map(is_release_count, doc.pred))
        self.release_count.gold += sum(map(is_release_count, doc.gold))
        for i, j in doc.hits:
            both = is_release_count(doc.pred[i]) and is_release_count(doc.gold[j])
            self.release_count.hits += both
            self._type(doc.gold[j].type).hits += 1
        for e in doc.pred:
            self._type(e.type).predicted += 1
        for e in doc.gold:
            self._type(e.type).gold += 1
        for _, _, outcomes in doc.hit_outcomes():
            for slot, outcome in outcomes.items():
                self.slots[slot].add(outcome)
            self.hits_with_wrong_slot += "wrong" in outcomes.values()
        self.published.add(doc.published)
        self.published_both_empty += doc.published is None

    def _type(self, name: str) -> Prf:
        return self.per_type.setdefault(name, Prf())

    @property
    def slots_total(self) -> Tally:
        total = Tally()
        for t in self.slots.values():
            for o in OUTCOMES:
                setattr(total, o, getattr(total, o) + getattr(t, o))
        return total

    @property
    def wrong_slot_rate(self) -> float | None:
        """Share of hits with at least one wrong slot value (records that mislead)."""
        return self.hits_with_wrong_slot / self.events.hits if self.events.hits else None

    def to_dict(self) -> dict[str, Any]:
        order = [t for t in EVENT_TYPES if t in self.per_type]
        return {
            "gold": self.gold_path,
            "predictions": self.pred_path,
            "events": self.events.to_dict(),
            "release_count": self.release_count.to_dict(),
            "per_type": {t: self.per_type[t].to_dict() for t in order},
            "slots": {s: t.to_dict() for s, t in self.slots.items()},
            "slots_total": self.slots_total.to_dict(),
            "wrong_slot_rate": self.wrong_slot_rate,
            "hits_with_wrong_slot": self.hits_with_wrong_slot,
            "published": {**self.published.to_dict(), "both_empty": self.published_both_empty},
            "unknown_prediction_ids": self.unknown_ids,
            "documents": [d.to_dict() for d in self.documents],
        }

    def format_text(self, verbose: bool = False) -> str:
        from custody.evaluate_text import format_report

        return format_report(self, verbose)


# ---------------------------------------------------------------- reading


Line = tuple[int, Document, list[Event]]


def read_record_lines(path: Path) -> Iterator[Line]:
    """(line number, document, events) for each non-blank line; errors name file:line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    with handle:
        for number, text in enumerate(handle, start=1):
            if not text.strip():
                continue
            try:
                doc, events = parse_document_line(json.loads(text), "line")
            except json.JSONDecodeError as exc:
                raise RecordError(
                    f"{path}:{number}: not JSON ({exc.msg}, column {exc.colno})"
                ) from None
            except RecordError as exc:
                raise RecordError(f"{path}:{number}: {exc}") from None
            yield number, doc, events


def _by_id(path: Path) -> dict[str, Line]:
    lines: dict[str, Line] = {}
    for number, doc, events in read_record_lines(path):
        if doc.id in lines:
            first = lines[doc.id][0]
            raise RecordError(f"{path}:{number}: document id {doc.id!r} repeats line {first}")
        lines[doc.id] = (number, doc, events)
    return lines


def _ingest(text: str, doc_id: str, path: Path) -> Document:
    """The Document the ingestion code would build: metadata detected, not copied from gold."""
    reader: Callable[[str, str, str], Document] | None
    try:
        reader = importlib.import_module("custody.ingest").read_text_document
    except (ImportError, AttributeError):
        return Document(id=doc_id, text=text, path=str(path))
    return reader(text, doc_id, str(path))


def _extract_line(gold_path: Path, number: int, gold_doc: Document) -> tuple[Document, list[Event]]:
    from custody.extract import extract

    if not gold_doc.path:
        raise RecordError(
            f"{gold_path}:{number}: document.path is missing; it is needed to run the"
            " extractor (or pass predictions with --pred)"
        )
    text_path = gold_path.parent / gold_doc.path
    try:
        text = text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise InputError(
            str(text_path), f"text of {gold_doc.id!r} ({gold_path}:{number}): {reason}"
        ) from None
    doc = _ingest(text, gold_doc.id, text_path)
    return doc, extract(doc)


def read_ids(path: Path) -> frozenset[str]:
    """Document ids, one a line; blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read ids: {exc.strerror}") from None
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))


def evaluate_files(
    gold: Path,
    pred: Path | None,
    only: frozenset[str] | None = None,
    exclude: frozenset[str] = frozenset(),
) -> Report:
    """Score predictions in ``pred`` (or the extractor, when None) against ``gold``,
    on the gold documents whose ids are in ``only`` (all when None) and not in
    ``exclude``."""
    gold_lines = {
        i: line
        for i, line in _by_id(gold).items()
        if (only is None or i in only) and i not in exclude
    }
    pred_lines = _by_id(pred) if pred is not None else {}
    results = []
    for number, gold_doc, gold_events in gold_lines.values():
        if pred is None:
            pred_doc, pred_events = _extract_line(gold, number, gold_doc)
        elif gold_doc.id in pred_lines:
            _, pred_doc, pred_events = pred_lines[gold_doc.id]
        else:
            pred_doc, pred_events = None, []
        results.append(score_document(gold_doc, gold_events, pred_doc, pred_events))
    skipped = (only or frozenset()) | exclude
    unknown = [i for i in pred_lines if i not in gold_lines and i not in skipped]
    return Report(str(gold), str(pred) if pred else None, results, unknown)
