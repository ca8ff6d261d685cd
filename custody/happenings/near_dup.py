"""Copies of one wire story: MinHash LSH over word shingles, re-checked by true Jaccard.

Each document gets a MinHash signature (datasketch) of its 5-word shingles,
cut into bands; the band hashes are kept in the store (``document_bands``),
which makes the LSH index persistent and incremental. A document's candidates
are the documents sharing a band with it; a candidate is a copy only when the
true Jaccard similarity of the two shingle sets reaches the threshold
(``rules.json`` ``near_duplicate``). Copies count as one outlet.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Any

from custody.happenings.rules import NearDuplicate

_WORD = re.compile(r"\w+")


def shingles(text: str, words: int) -> set[str]:
    """The document's word ``words``-grams (lowercased); a short text is one shingle."""
    tokens = _WORD.findall(text.casefold())
    if len(tokens) <= words:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


@cache
def _template(num_perm: int, seed: int) -> Any:
    from datasketch import MinHash  # type: ignore[import-untyped]

    return MinHash(num_perm=num_perm, seed=seed)


def bands(found: set[str], nd: NearDuplicate) -> list[int]:
    """The LSH band keys of a shingle set: signed 64-bit integers, one per band."""
    if not found:
        return []
    m = _template(nd.num_perm, nd.seed).copy()
    m.update_batch([s.encode("utf-8", "surrogatepass") for s in sorted(found)])
    values = m.hashvalues
    keys = []
    for b in range(nd.bands):
        chunk = values[b * nd.rows : (b + 1) * nd.rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys
