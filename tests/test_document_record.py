"""custody.record.Document: its own __init__ takes the fields as dataclass would."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from custody.record import Document


def test_init_takes_the_fields_in_order_with_their_defaults() -> None:
    params = list(inspect.signature(Document).parameters.values())
    fields = dataclasses.fields(Document)
    assert [p.name for p in params] == [f.name for f in fields]
    for param, field in zip(params, fields, strict=True):
        want = inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        assert param.default == want, field.name
        assert param.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_a_document_is_frozen_equal_and_hashable_as_before() -> None:
    doc = Document("d1", "Hamas freed three hostages on Sunday.", path="d1.txt")
    assert vars(doc) == {
        "id": "d1",
        "text": "Hamas freed three hostages on Sunday.",
        "source": None,
        "url": None,
        "title": None,
        "published": None,
        "language": "en",
        "path": "d1.txt",
    }
    assert doc == Document(id="d1", text=doc.text, path="d1.txt")
    assert hash(doc) == hash(Document(id="d1", text=doc.text, path="d1.txt"))
    assert dataclasses.replace(doc, title="T").title == "T"
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.id = "d2"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Document()  # type: ignore[call-arg]
