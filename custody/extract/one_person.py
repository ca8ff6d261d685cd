"""One person counted by an article or a title's bare singular: 'a detainee', 'an American
citizen', 'another hostage', 'German priest freed in Mali'."""

from __future__ import annotations

import re

from custody.extract.counted import _REMAINS_BEFORE_RE, Counted, _scan_people
from custody.extract.counted_after import CITIZENSHIP_RE, uniq
from custody.extract.lexicon import Lexicon
from custody.extract.names import person_cues
from custody.extract.regex import compile_fast

_ARTICLE_RE = compile_fast(
    r"^(?:A|An)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"|(?<![\w-])(?:a|an|another)\s+",
    re.I,
)  # ('A fifth detainee will be freed': one more person, the sentence's subject)
_OF_AFTER_RE = re.compile(r"\s+of\b")

_AGE_WORD_RE = re.compile(r"\d{1,3}[- ]year[- ]old\s+(?!and\b)")
_NEXT_WORD_RE = re.compile(r"[“\"'‘]?([^\W\d_][\w'’.-]*)")


def _may_start_people(lex: Lexicon, word: str) -> bool:
    low = word.lower().strip("“\"'‘’.")
    return bool(
        low in lex.demonym or low in lex.modifiers or low in lex.noun_heads or word[:1].isupper()
    )


def _capitalised_before_comma(text: str, end: int) -> str | None:
    r"""What ``re.search(r"([A-Z][\w'’-]+),\s*$", text[:end]).group(1)`` gives, read
    backwards from ``end`` instead of trying every position of the text before it."""
    i = len(text[:end].rstrip())
    if i == 0 or text[i - 1] != ",":
        return None
    j = i - 1  # the comma
    k = j
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'’-"):
        k -= 1
    for start in range(k, j):  # the leftmost capital letter of the word starts the match
        if "A" <= text[start] <= "Z":
            return text[start:j] if j - start >= 2 else None
    return None


def _one_person_openers(lex: Lexicon, text: str) -> list[tuple[int, int, str]]:
    """Where one person's phrase may open: after 'a' or 'an' ('a detainee'), and in a
    headline, which drops its articles, right after a custody verb or at its start
    ('Gunmen kidnap Catholic priest', 'German priest freed in Mali'): (start, begin of
    the people phrase, rule)."""
    out = [
        (m.start(), m.end(), f"article:{m.group(0).strip()}") for m in _ARTICLE_RE.finditer(text)
    ]
    body = text.rstrip()
    if len(body) < 120 and body and body[-1] not in _TITLE_CLOSERS:
        opening = _TITLE_OPENING_RE.match(text)
        at = opening.end() if opening else 0
        out.append((at, at, "headline:bare singular"))
        out.extend(
            (m.end(), m.end(), "headline:bare singular")
            for m in lex.headline_verb_re.finditer(text)
        )
        out.sort()
    return out


_PLURAL_HEAD_RE = re.compile(r"[a-z]+[^s\W]s\b(?!['’])")
_TITLE_CLOSERS = frozenset(".!?'\"”’):")
# a headline's opening before its subject: 'In Mali, ', 'Nigeria: '
_TITLE_OPENING_RE = re.compile(r"(?:In\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?,\s+|[A-Z][\w-]+:\s+)")


def article_counts(lex: Lexicon, text: str, taken: list[Counted]) -> list[Counted]:
    """'a detainee', 'an American citizen', 'another hostage': one person."""
    out: list[Counted] = []
    for start, opened, rule in _one_person_openers(lex, text):
        if any(c.start <= start < c.end for c in taken):
            continue
        begin = _people_begin(lex, text, start, opened)
        scan = _scan_people(lex, text, begin) if begin >= 0 else None
        if scan is None:
            continue
        end, noun, nats, cats, deceased, alive = scan
        citizenship = CITIZENSHIP_RE.match(text, end)
        if citizenship and citizenship.group(1).lower() in lex.demonym:
            nats = uniq([*nats, lex.demonym[citizenship.group(1).lower()]])
        low = noun.lower()
        if _more_than_one(lex, text, rule, low, opened, begin, end):
            continue
        size = lex.noun_size.get(low, 1)
        if size > 1 and _OF_AFTER_RE.match(text, end):
            continue  # 'a couple of days': no people
        rules = [rule, f"people:{low}"]
        companion = _AND_COMPANION_RE.match(text, end)
        if companion and companion.group("noun") in person_cues(lex).role_set:
            # 'kidnapped a Chinese national and his driver': two people
            size, end = size + 1, companion.end()
            rules.append(f"count:one person and {companion.group(0).strip()}")
        # 'the body of a Palestinian woman': one dead
        deceased = deceased or bool(_REMAINS_BEFORE_RE.search(text, max(0, start - 40), start))
        out.append(
            Counted(
                size,
                "exact",
                start if rule.startswith("article") else begin,
                end,
                noun,
                uniq(nats),
                uniq(cats),
                deceased,
                alive,
                True,
                rules + ([f"people.json:size {size}"] if lex.noun_size.get(low, 1) > 1 else []),
            )
        )
    return out


def _people_begin(lex: Lexicon, text: str, start: int, opened: int) -> int:
    """Where the one person's people phrase begins after an opener (past an age: 'a
    12-year-old girl'), or -1 when what follows names no one counted there."""
    age = _AGE_WORD_RE.match(text, opened)
    begin = age.end() if age else opened
    nxt = _NEXT_WORD_RE.match(text, begin)
    if not nxt or not _may_start_people(lex, nxt.group(0)):
        return -1
    prev = _capitalised_before_comma(text, start)
    if prev and prev.lower() not in lex.demonym:
        # 'Lina Haddad, a journalist,': who she is, not a count ('two Germans, a Briton' is)
        return -1
    group = _GROUP_AND_RE.search(text, max(0, start - 50), start)
    if group and group.group(1).lower() in lex.noun_heads and group.group(1).endswith("s"):
        return -1  # 'seized the pupils and a teacher': one of an uncounted group's people
    return begin


def _more_than_one(
    lex: Lexicon, text: str, rule: str, low: str, opened: int, begin: int, end: int
) -> bool:
    """Whether the phrase read may tell more than one person: a title's demonym
    ('Palestinian Freed from Prison' may stand for many), plural or vague words ('Hundreds
    of prisoners of war freed'), a phrase too long, or a title's two people nouns."""
    if rule.startswith("headline") and (
        low in lex.demonym
        or _PLURAL_HEAD_RE.match(low)
        or lex.vague_group_re.match(text, begin)
        or _custody_nouns_after(lex, text, end)
    ):
        return True
    head = low.split()[-1]  # ('Military Personnel Freed': the head word tells)
    plural = (
        head.endswith("s")
        and not head.endswith("ss")
        or head.endswith("men")  # 'fishermen', 'gunmen', 'servicemen'
        or head in ("people", "children", "staff", "personnel", "remains", "elderly", "crew")
    )
    # ('Rebels free kidnapped officer and soldier': one or two, the title won't say)
    return (
        plural
        or end - opened > 40
        or (rule.startswith("headline") and _two_heads(lex, text, begin, end))
    )


def _custody_nouns_after(lex: Lexicon, text: str, end: int) -> bool:
    """'Detainee deaths', 'Hostage releases': a title's people word before a custody word
    in the plural names the kind of many happenings, not one person."""
    at = end + 1 if text.startswith(" ", end) else -1
    if at < 0 or not text[at : at + 1].isalpha():
        return False
    for trig in lex.triggers:
        m = trig.pattern.match(text, at)
        if m and _PLURAL_NOUN_RE.search(m.group(0)):
            return True
    return False


# a plural no verb ends so: 'deaths', 'detentions', 'kidnappings' ('releases' and
# 'returns' may be a verb after one person: 'Hostage returns home')
_PLURAL_NOUN_RE = re.compile(r"(?:th|ion|ing)s$")


_GROUP_AND_RE = re.compile(  # (an uncounted group: 'the three hostages and a soldier' are four)
    r"\b(?:the|their|its|those|these)\s+(?:(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|dozen)\b)[\w-]+\s+){0,2}?([a-z]+)\s+and\s+$"
)


def _two_heads(lex: Lexicon, text: str, begin: int, end: int) -> bool:
    """A title's bare people phrase joining two people nouns ('officer and soldier',
    'nurse and driver')."""
    at = text.rfind(" and ", begin, end)
    if at > 0:
        return text[begin:at].rsplit(None, 1)[-1].lower() in lex.noun_heads
    other = _AND_NOUN_RE.match(text, end)
    return other is not None and (
        other.group(1) in lex.noun_heads or other.group(1) in person_cues(lex).role_set
    )


_AND_NOUN_RE = re.compile(r"\s+and\s+([a-z]+)\b")


_AND_COMPANION_RE = re.compile(
    r"\s+and\s+(?:his|her)\s+(?:[\w-]+\s+)??(?P<noun>[a-z]+)\b(?!\s+of\b)"
)
