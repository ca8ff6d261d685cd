"""Which language a document is written in, from its own words (no model).

The table is data: ``custody/ingest/languages.tsv`` (each language's script
and, for the Latin script, its commonest words). A text written mostly in
another script's letters is in that script's language; a Latin-script text
is in the language whose common words it uses most, provided it uses at
least :data:`MIN_HITS` of them (else the language is not known from the
text, and the caller keeps what the page states).

The extractor reads English only: :data:`EXTRACTOR_LANGUAGES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from custody.errors import LexiconError
from custody.lexicon_files import package_text

EXTRACTOR_LANGUAGES = frozenset({"en"})
"""The languages custody's extractor reads (its lexicons and rules are English)."""
MIN_HITS = 5
"""Common words a Latin-script text must use for its language to be told."""
SAMPLE = 5000
"""Characters of a text looked at."""

_SCRIPTS = {
    "Latn": "A-Za-z\u00c0-\u024f",
    "Cyrl": "\u0400-\u04ff",
    "Arab": "\u0600-\u06ff\u0750-\u077f",
    "Hebr": "\u0590-\u05ff",
    "Grek": "\u0370-\u03ff",
    "Deva": "\u0900-\u097f",
    "Kana": "\u3040-\u30ff",
    "Hani": "\u4e00-\u9fff",
    "Hang": "\uac00-\ud7af",
    "Thai": "\u0e00-\u0e7f",
}
_LETTERS = {script: re.compile(f"[{chars}]") for script, chars in _SCRIPTS.items()}
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Languages:
    """The languages table: Latin-script words, and each other script's languages."""

    words: dict[str, frozenset[str]]
    scripts: dict[str, list[tuple[str, str]]]  # script -> [(code, telling letters)]


def parse_languages(text: str, where: str = "languages.tsv") -> Languages:
    words: dict[str, frozenset[str]] = {}
    scripts: dict[str, list[tuple[str, str]]] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if len(cells) != 3 or not cells[0].strip():
            raise LexiconError(f"{where}:{number}: expected 'code<TAB>script<TAB>words'")
        code, script, listed = (c.strip() for c in cells)
        if script not in _SCRIPTS:
            raise LexiconError(f"{where}:{number}: unknown script {script!r}")
        if script == "Latn":
            if not listed:
                raise LexiconError(f"{where}:{number}: a Latin-script language needs words")
            words[code] = frozenset(listed.split())
        else:
            scripts.setdefault(script, []).append((code, listed.replace(" ", "")))
    return Languages(words, scripts)


@cache
def languages() -> Languages:
    """The packaged table, loaded once."""
    return parse_languages(package_text("ingest/languages.tsv"), "custody/ingest/languages.tsv")


def _other_script(sample: str, table: Languages) -> str | None:
    """The language of a text written mostly in a non-Latin script, else None."""
    counts = {script: len(p.findall(sample)) for script, p in _LETTERS.items()}
    letters = sum(counts.values())
    if not letters or counts["Latn"] * 2 >= letters:
        return None
    if counts["Kana"] * 10 >= letters:  # kana among kanji: Japanese
        return table.scripts["Kana"][0][0]
    script = max((s for s in counts if s != "Latn"), key=counts.__getitem__)
    candidates = table.scripts.get(script, [])
    for code, telling in candidates:
        if telling and sum(sample.count(c) for c in telling) * 200 >= counts[script]:
            return code
    plain = [code for code, telling in candidates if not telling]
    return plain[0] if plain else None


def detect_language(text: str) -> str | None:
    """The language code of ``text``, or None when its words do not tell."""
    table = languages()
    sample = text[:SAMPLE]
    other = _other_script(sample, table)
    if other is not None:
        return other
    tokens = _WORD.findall(sample.lower())
    if not tokens:
        return None
    hits = {code: sum(1 for t in tokens if t in words) for code, words in table.words.items()}
    best = max(hits, key=hits.__getitem__)
    return best if hits[best] >= MIN_HITS else None
