"""Copies of one wire story: MinHash LSH over word shingles, re-checked by true Jaccard.

Each document's 5-word shingles (of its first MAX_WORDS words, lowercased) are
hashed to 32 bits; a MinHash signature of that set (datasketch's scheme) is cut
into bands, and the band keys are kept in the store (``document_bands``), which
makes the LSH index persistent and incremental. A document's candidates are
the documents sharing a band with it; a candidate is a copy only when the true
Jaccard similarity of the two shingle sets reaches the threshold (``rules.json``
``near_duplicate``). Copies count as one outlet.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from functools import cache
from typing import Any

from custody.happenings.rules import NearDuplicate

_WORD = re.compile(r"\w+")
MAX_WORDS = 300  # a copy of a wire story shares its opening: the rest adds time, not evidence
_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 32) - 1
# Weights of the words of a shingle (each < 2**29, so that a sum of five products
# of 32-bit word hashes stays below 2**64).
_WEIGHTS = (1, 0x1B873593, 0x0CC9E2D5, 0x16A88000, 0x1E35A7BD, 0x0B4B82E5, 0x1D8E4E27)


def _mod_prime(x: Any) -> Any:
    """``x % (2**61 - 1)`` for a uint64 array, with shifts and masks (numpy's 64-bit
    modulo is ten times slower): x = hi * 2**61 + lo, and 2**61 = 1 modulo the prime."""
    import numpy as np

    prime = np.uint64(_PRIME)
    r = (x & prime) + (x >> np.uint64(61))
    return np.where(r >= prime, r - prime, r)


_WORD_HASHES: dict[str, int] = {}


def _word_hash(word: str) -> int:
    """CRC-32 of a word, remembered (words repeat: a lookup is cheaper than the hash)."""
    found = _WORD_HASHES.get(word)
    if found is None:
        if len(_WORD_HASHES) > 500_000:
            _WORD_HASHES.clear()
        found = _WORD_HASHES[word] = zlib.crc32(word.encode("utf-8", "surrogatepass"))
    return found


def shingles(text: str, words: int) -> frozenset[int]:
    """The 32-bit hashes of the text's word ``words``-grams (a short text: one shingle).

    A word is hashed with CRC-32 (stable across processes, as stored bands need);
    a shingle is a weighted sum of its words' hashes modulo 2**61 - 1, cut to 32 bits.
    """
    import numpy as np

    tokens = _WORD.findall(text[: MAX_WORDS * 12].casefold())[:MAX_WORDS]
    if not tokens:
        return frozenset()
    th = np.fromiter((_word_hash(t) for t in tokens), np.uint64, count=len(tokens))
    width = min(words, len(tokens), len(_WEIGHTS))
    count = len(tokens) - width + 1
    total = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        total += th[k : k + count] * np.uint64(_WEIGHTS[k])
    return frozenset((_mod_prime(total) & np.uint64(_MAX_HASH)).tolist())


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


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


def minhash(found: frozenset[int], num_perm: int, seed: int) -> Any:
    """The MinHash signature of a set of shingle hashes: what
    ``datasketch.MinHash(num_perm, seed, hashfunc=int, scheme="legacy").update_batch(...)``
    gives (tests/test_happenings_near_dup.py checks it), computed here with numpy
    because importing datasketch loads its LSH and scipy (1.3 s), which every
    ``custody ingest`` would pay."""
    import numpy as np

    a, b = _permutations(num_perm, seed)
    hv = np.fromiter(found, dtype=np.uint64, count=len(found))
    phv = np.bitwise_and(_mod_prime(hv[:, None] * a + b), np.uint64(_MAX_HASH))
    return phv.min(axis=0)


def bands(found: frozenset[int], nd: NearDuplicate) -> list[int]:
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
