"""Who is no holder although the custody word's subject: who rescues the people (or tells
of their rescue), and a state that brings its own people home."""

from __future__ import annotations

import re

from custody.extract.phrases import Hit

# a state's arm acting before the custody word: 'Mexican troops have rescued', 'an
# operation by the French armed forces freed', 'the army said it had freed'
_ARM_BEFORE_RE = re.compile(
    r"\b(?i:forces|troops|army|military|soldiers|police|policemen|commandos|marines|"
    r"navy|security services|operations?|raids?)\b(?:\s+(?:have|has|had|on\s+\w+|\w+ly|confirmed|announced|the|"
    r"says|said|claims|claimed|it|they))*\s*$"
)
# the people were taken by someone: 'freed five aid workers who were taken hostage'
_TAKEN_RE = re.compile(r"\b(?:kidnapp\w*|abduct\w*|taken hostage|hostages?|captives?)\b", re.I)


def rescue(text: str, t: Hit, lo: int, hi: int) -> bool:
    """A rescue: who rescues holds no one ('Mexican troops have rescued 165 migrants'),
    nor a state's arm right before a release word that frees hostages or kidnapped people
    ('French forces freed five hostages'), nor who reunites them with their families."""
    told = t.voice == "noun" and _TOLD_BEFORE_RE.search(text, max(lo, t.start - 30), t.start)
    return t.text.lower().startswith(("rescu", "reunit")) or (
        (told or _ARM_BEFORE_RE.search(text, max(lo, t.start - 60), t.start) is not None)
        and _TAKEN_RE.search(text, t.end, hi) is not None
    )  # ('Mali confirms release of four kidnapped people': who tells it holds no one)


_TOLD_BEFORE_RE = re.compile(
    r"\b(?:confirm|confirms|confirmed|announc\w+|welcom\w+|hail\w*|report\w*)\s+(?:the\s+)?$"
)


# 'repatriated eight women and children from a camp', '... from Syria'
_FROM_AFTER_RE = re.compile(r"(?:,[^,.;]{1,40},)?,?\s+(?:[\w'’-]+\s+){0,3}?from\b")


_AUX_RE = re.compile(r"^(?:has|have|had)\s+")
_LET_BEFORE_RE = re.compile(r"\b(?:let|lets|allow|allows|allowed|permit|permits)\b[^.;]*$")
_FROM_CAPTIVITY_RE = re.compile(
    r"\s+(?:home\s+)?from\s+(?:enemy\s+)?captivity\b"
    # 'returned him home', 'returned the girl to her mother': brought back to their own
    r"|(?:,\s+\d{1,3},)?\s+(?:(?:back\s+)?home|to\s+(?:his|her|their)\s+(?:famil(?:y|ies)"
    r"|relatives|parents|mother|father|loved\s+ones|homeland))\b"
    # 'returned 11 children who had been deported to Russia': taken abroad, brought back
    r"|,?\s+who\s+(?:had|have)\s+been\s+(?:illegally\s+|forcibly\s+)?(?:deported|taken|abducted)\s+to\b"
)


def brought_home(text: str, t: Hit, lo: int, span: tuple[int, int]) -> bool:
    """'the US repatriated eight women from a camp in Syria', 'Russia returns 103
    servicemen from captivity', 'Ukraine announced the return home of 230': the subject
    brings its people home (unless it lets them go home: 'urged Moscow to let X come home')."""
    word = _AUX_RE.sub("", t.text.lower())  # ('has returned 11 children who had been ...')
    if t.end <= span[0] and word.startswith(("repatriat", "return")):
        after = _FROM_AFTER_RE if word.startswith("repatriat") else _FROM_CAPTIVITY_RE
        if after.match(text, span[1]):
            return True
    return (
        t.voice == "intrans"
        and "home" in word
        and not _LET_BEFORE_RE.search(text, max(lo, t.start - 50), t.start)
    )


# a verb of urging right before a pronoun, which stands for the party urged
URGED_BEFORE_RE = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|"
    r"implor(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to)\s+(?:\w+\s+)?$",
    re.I,
)
