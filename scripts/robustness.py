"""How much the extractor depends on the wording of the articles it was developed on.

The read real articles (``../shared/gold/real.jsonl`` without its blind quarter) are
rewritten in ways news also writes (small counts in words, another verb or noun for the
same act, another qualifier, '20 January' for 'January 20', a headline in Title Case,
lines cut at 72 characters, ...); the facts, and so the gold records, stay the same.
Each rewrite is scored with ``custody eval``'s rules; a rule keyed to the wording of
these articles shows as hits lost. The rewritten texts live in a temporary folder and
are deleted (the articles belong to their publishers: nothing is kept or committed).

    .venv/bin/python scripts/robustness.py [--only NAME ...]

Prints, per rewrite, event F1, release-count F1 and hits against the articles as written.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from custody.evaluate import evaluate_files, read_ids  # noqa: E402

REAL = ROOT.parent / "shared" / "gold" / "real.jsonl"
BLIND = ROOT / "tests" / "gold" / "real-blind.txt"

_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy"}
_TENS |= {80: "eighty", 90: "ninety"}
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_SMALL = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "as", "at", "by", "with"}


def _in_words(n: int) -> str:
    if n < 20:
        return _WORDS[n]
    tens, units = divmod(n, 10)
    return _TENS[tens * 10] + (f"-{_WORDS[units]}" if units else "")


def _swap(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    """One pass, so that two swaps never undo each other."""
    pattern = re.compile("|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(pairs)))

    def rewrite(text: str) -> str:
        return pattern.sub(
            lambda m: next(r for i, (_, r) in enumerate(pairs) if m.group(f"g{i}")), text
        )

    return rewrite


def _counts_in_words(text: str) -> str:
    # a count of people (a number before a word), not a date, a time or a year
    return re.sub(
        r"(?<![\d,.:/-])\b([1-9]\d?)\b(?![\d,.:/%-])(?=\s+[a-z])",
        lambda m: _in_words(int(m.group(1))),
        text,
    )


def _title_case(text: str) -> str:
    first, sep, rest = text.partition("\n")
    if len(first) > 120 or first.rstrip().endswith(".") or first.startswith("Date "):
        return text
    words = first.split(" ")
    cased = [
        w if (i and w.lower() in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    ]
    return " ".join(cased) + sep + rest


def _wrapped(text: str) -> str:
    return "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in text.split("\n\n"))


def _with_adverts(text: str) -> str:
    out = []
    for i, para in enumerate(text.split("\n\n")):
        out.append(para)
        if i % 2:
            out.append("Advertisement")
    return "\n\n".join(out)


REWRITES: dict[str, Callable[[str], str]] = {
    "counts in words": _counts_in_words,
    "verbs": _swap(
        [
            (r"\breleased\b", "freed"),
            (r"\bfreed\b", "released"),
            (r"\barrested\b", "detained"),  # ('remain detained' has no 'arrested' form)
            (r"\babducted\b", "kidnapped"),
            (r"\bkidnapped\b", "abducted"),
        ]
    ),
    "nouns": _swap([(r"\bhostages\b", "captives"), (r"\bcaptives\b", "hostages")]),
    "prisoners and detainees": _swap(
        [(r"\bprisoners\b(?! of war)", "detainees"), (r"\bdetainees\b", "prisoners")]
    ),
    "soldiers and servicemen": _swap(
        [(r"\bsoldiers\b", "servicemen"), (r"\bservicemen\b", "soldiers")]
    ),
    "abbreviations without stops": _swap([(r"\bU\.S\.", "US"), (r"\bU\.N\.", "UN")]),
    "British and American spelling": _swap(
        [
            (r"\bneighbouring\b", "neighboring"),
            (r"\bneighboring\b", "neighbouring"),
            (r"\bcentre\b", "center"),
            (r"\bcenter\b", "centre"),
            (r"\bdefence\b", "defense"),
            (r"\bdefense\b", "defence"),
            (r"\blabour\b", "labor"),
            (r"\borganization\b", "organisation"),
            (r"\borganisation\b", "organization"),
            (r"\bauthorized\b", "authorised"),
        ]
    ),
    "qualifiers": _swap(
        [
            (r"\bat least\b", "no fewer than"),
            (r"\bmore than\b", "over"),
            (r"\babout\b", "around"),
            (r"\bnearly\b", "almost"),
        ]
    ),
    "day before month": lambda t: re.sub(
        rf"\b({'|'.join(_MONTHS)}) (\d{{1,2}})\b(?!,? \d{{4}}\b)", r"\2 \1", t
    ),
    "no thousands comma": lambda t: re.sub(r"\b(\d{1,3}),(\d{3})\b", r"\1\2", t),
    "weekday without 'on'": lambda t: re.sub(
        r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", r"\1", t
    ),
    "straight quotes": lambda t: t.translate(str.maketrans("‘’“”", "''\"\"")),
    # scraped pages keep '&nbsp;' around figures ('1,968\u00a0prisoners'), translated ones
    # a thin space inside them
    "no-break spaces": lambda t: re.sub(r"(?<=\d) | (?=\d)", "\u00a0", t),
    "em dashes": lambda t: re.sub(r" [-–] ", " — ", t),
    "headline in Title Case": _title_case,
    "lines cut at 72": _wrapped,
    "'Advertisement' lines": _with_adverts,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", help="rewrites to run (default: all)")
    args = parser.parse_args()
    if not REAL.exists():
        print(f"skipped: {REAL} is missing (../shared holds the annotated real articles)")
        return 0
    blind = read_ids(BLIND)
    lines = [
        json.loads(line) for line in REAL.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    lines = [d for d in lines if d["document"]["id"] not in blind]
    base = evaluate_files(REAL, None, exclude=blind)
    print(f"| rewrite | event F1 | release-count F1 | hits (as written: {base.events.hits}) |")
    print("|---|---|---|---|")
    print(
        f"| as written | {base.events.f1:.3f} | {base.release_count.f1:.3f} | {base.events.hits} |"
    )
    for name, rewrite in REWRITES.items():
        if args.only and name not in args.only:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            gold = Path(tmp) / "real.jsonl"
            for d in lines:
                text = (REAL.parent / d["document"]["path"]).read_text(encoding="utf-8")
                out = Path(tmp) / d["document"]["path"]
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(rewrite(text), encoding="utf-8")
            gold.write_text("".join(json.dumps(d) + "\n" for d in lines), encoding="utf-8")
            report = evaluate_files(gold, None)
        lost = base.events.hits - report.events.hits
        print(
            f"| {name} | {report.events.f1:.3f} | {report.release_count.f1:.3f} | "
            f"{report.events.hits} ({-lost:+d}) |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
