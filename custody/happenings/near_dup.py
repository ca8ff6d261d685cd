"""Copies of one wire story: MinHash LSH over word shingles, re-checked by true Jaccard.

Each document gets a MinHash signature (datasketch's scheme) of its 5-word shingles,
cut into bands; the band hashes are kept in the store (``document_bands``),
which makes the LSH index persistent and incremental. A document's candidates
are the documents sharing a band with it; a candidate is a copy only when the
true Jaccard similarity of the two shingle sets reaches the threshold
(``rules.json`` ``near_duplicate``). Copies count as one outlet.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache
from typing import Any

from custody.happenings.rules import NearDuplicate

_WORD = re.compile(r"\w+")


MAX_WORDS = 600  # a copy of a wire story shares its opening: the rest adds time, not evidence


def shingles(text: str, words: int) -> set[str]:
    """The word ``words``-grams (lowercased) of the text's first MAX_WORDS words."""
    tokens = _WORD.findall(text[: MAX_WORDS * 12].casefold())[:MAX_WORDS]
    if len(tokens) <= words:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def _crc32(data: bytes) -> int:
    """The shingle hash: 32 bits, stable across processes (bands are stored), fast (C)."""
    return zlib.crc32(data)


_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1


@cache
def _permutations(num_perm: int, seed: int) -> tuple[Any, Any]:
    """datasketch's MinHash permutations (its legacy scheme), made the same way."""
    import numpy as np

    gen = np.random.RandomState(seed)
    pairs = [
        (gen.randint(1, _PRIME, dtype=np.uint64), gen.randint(0, _PRIME, dtype=np.uint64))
        for _ in range(num_perm)
    ]
    a, b = np.array(pairs, dtype=np.uint64).T
    return a, b


def minhash(found: set[str], num_perm: int, seed: int) -> Any:
    """The MinHash signature of a shingle set: what ``datasketch.MinHash(num_perm, seed,
    hashfunc=crc32).update_batch(...)`` gives (tests/test_happenings_near_dup.py checks
    it), computed here with numpy because importing datasketch loads its LSH and
    scipy (1.3 s), which every ``custody ingest`` would pay."""
    import numpy as np

    a, b = _permutations(num_perm, seed)
    hv = np.array([_crc32(s.encode("utf-8", "surrogatepass")) for s in found], dtype=np.uint64)
    phv = np.bitwise_and((hv[:, None] * a + b) % np.uint64(_PRIME), np.uint64(_MAX_HASH))
    return phv.min(axis=0)


def bands(found: set[str], nd: NearDuplicate) -> list[int]:
    """The LSH band keys of a shingle set: signed 64-bit integers, one per band."""
    if not found:
        return []
    values = minhash(found, nd.num_perm, nd.seed)
    keys = []
    for b in range(nd.bands):
        chunk = values[b * nd.rows : (b + 1) * nd.rows].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=b.to_bytes(2, "big")).digest()
        keys.append(int.from_bytes(digest, "big", signed=True))
    return keys
