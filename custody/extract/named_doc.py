"""Named people told across sentences: a named release told as one of a group joins
that group's batch; a person's records share the one holder the document tells; a
list of names after a colon names a batch; 'Among them, X' after a custody sentence;
'The three men, A, B and C, ...' names the batch of three told just before.
"""

from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, SentenceFacts, mention_for
from custody.extract.name_memory import remember, surname_map
from custody.extract.name_subjects import name_at, surname_subjects, surnames_in_custody
from custody.extract.names import (
    NameHit,
    find_names,
    is_speaking,
    may_be_first_name,
    name_runs,
    person_cues,
)
from custody.extract.numbers import word_value
from custody.extract.regex import compile_fast
from custody.extract.text import Sentence
from custody.record import Document, Evidence

# 'X ... upon arrival with others after their release': one of a group
_ONE_OF_A_GROUP_RE = compile_fast(
    r"\bwith (?:the )?others\b|\balong with (?:other|dozens|hundreds|scores)\b|"
    r"\b(?:their|the group['’]s) release\b"
    # 'X learned only after his release that ...': a release told before, as its echo
    r"|\b(?:after|following|upon|since)\s+(?:his|her)\s+release\b",
    re.I,
)


def join_told_groups(mentions: list[Mention]) -> list[Mention]:
    """A named release told as one of a group ('X, lifted by the crowd on arrival with
    others after their release by Israel') joins the document's one counted release of
    the same holder (of any, when its own is not told), told before or after; with none
    or several, it stays its own."""
    out: list[Mention] = []
    for m in mentions:
        if (
            m.type == "release"
            and m.status == "occurred"
            and m.count is None
            and m.names
            and _ONE_OF_A_GROUP_RE.search(m.sentence.text)
        ):
            batches = [
                b
                for b in mentions
                if b.type == "release"
                and b.status == "occurred"
                and b.count is not None
                and b.count.value > 1
                and not b.aggregate
                and (b.holder == m.holder or m.holder is None)
            ]
            if len({id(b.count) for b in batches}) == 1:
                batch = batches[0]
                batch.names.extend(n for n in m.names if n not in batch.names)
                batch.rules.setdefault("names", "names:one-of-a-group")
                continue
        out.append(m)
    return out


def share_holders(mentions: list[Mention]) -> None:
    """A named person's captivity has one holder: a record of a person with no holder of
    its own takes the one holder the document's other records of that person give ('X was
    freed by Hamas ... X was shot during her abduction')."""
    for m in mentions:
        if m.holder or not m.names or m.holder_ruled_out() or m.given_in_exchange():
            continue
        named = set(m.names)
        holders = {
            o.holder
            for o in mentions
            if o is not m
            and o.holder
            and named & set(o.names)
            and not o.given_in_exchange()
            and not o.holder_rule.startswith("recipient:")
        }
        if len(holders) == 1:
            m.holder = holders.pop()
            m.holder_rule = f"holder:same-person:{sorted(named)[0]}"


# a list item's mark: '- ', '• ', '3- ', '4. '
ITEM_RE = re.compile(r"\s*(?:[-•*–—]|\d{1,2}[-.)])\s+(?=[A-ZÀ-Þ])")


def item_names(lex: Lexicon, text: str, known: dict[str, str]) -> list[str]:
    """The people of one item of a list of names ('- Adina Moshe, 72', '2- Paul Whelan: A
    former US Marine'): the name the item opens with, and those it marks by a cue."""
    mark = ITEM_RE.match(text)
    if mark is None:
        return []
    cues = person_cues(lex)
    out = []
    first = name_at(lex, text, mark.end())
    if first is not None and " " in first:
        out.append(first)
    for h in find_names(lex, text, known):
        if h.name not in out and not is_speaking(cues, text, h):
            out.append(h.name)
    return out


def list_names(head: int, names: list[str], mentions: list[Mention]) -> None:
    """'The freed hostages are:' and a list of names, one an item ('- Adina Moshe, 72'): the
    people of the batch counted last in the list's head or the three sentences before (a
    release, detention or holding of more than one, with no fewer people than names)."""
    batch = next(
        (
            m
            for m in reversed(mentions)
            if m.count
            and m.count.value >= max(2, len(names))
            and not m.aggregate
            and m.type in ("release", "detention", "holding", "death_in_custody")
            and 0 <= head - m.sentence.index <= 3
        ),
        None,
    )
    if batch is None or not names:
        return
    batch.names.extend(n for n in names if n not in batch.names)
    batch.rules.setdefault("names", "names:list-item")


def list_head(sent: Sentence, listed: list[tuple[int, list[str]]]) -> None:
    """'The freed hostages are:', 'Here is the full list:': a sentence ending in a colon
    opens a list of names (unless one is open)."""
    if sent.text.rstrip().endswith(":") and not (listed and listed[-1][0] < 0):
        listed.append((-1 - sent.index, []))  # (negative: open)


def list_item(
    lex: Lexicon, sent: Sentence, listed: list[tuple[int, list[str]]], known: dict[str, str]
) -> None:
    """An item of an open list of names ('- Adina Moshe, 72') adds its people to it; the
    first sentence that is no item closes it."""
    if not listed or listed[-1][0] >= 0:
        return
    head, names = listed[-1]
    if not ITEM_RE.match(sent.text):
        listed[-1] = (-1 - head, names)  # closed
        return
    names.extend(n for n in item_names(lex, sent.text, known) if n not in names)


_AMONG_THEM_RE = re.compile(
    r"Among them(?:,[^,]{1,40},)?\s+(?:is|was|are|were)\b|Among them(?:,[^,]{1,40},)?\s+[A-Z]"
    # 'X, a British-Israeli, was among them', 'A and B were also among them'
    r"|[A-Z][^.;]{0,160}?\b(?:is|was|are|were)\s+(?:also\s+)?(?:among|one of|two of)\s+them\b"
)


def among_them(
    lex: Lexicon,
    sent: Sentence,
    prev: SentenceFacts,
    mentions: list[Mention],
    known: dict[str, str],
    name_log: list[tuple[int, int, str]],
    document: Document,
    own_record: bool = True,
) -> list[Mention]:
    """'Other Americans are still held there. Among them, officials say, is X' (or 'X was
    among them'): the
    people named are some of those the sentence before tells of (named in its counted
    record, or a record of their own told by its custody word), and a later 'his' is
    one of them."""
    if not _AMONG_THEM_RE.match(sent.text):
        return []
    names = [
        h
        for h in find_names(lex, sent.text, known)
        if not is_speaking(person_cues(lex), sent.text, h)
    ]
    if not names:
        return []
    if own_record:  # (else the sentence's own reading remembers and logs them)
        remember(lex, known, names, sent.text)
        name_log.extend((sent.index, h.start, h.name) for h in names)
    before = [m for m in mentions if m.sentence.index == prev.sentence.index and not m.aggregate]
    if before and before[-1].count is not None:
        told = before[-1]
        told.names.extend(h.name for h in names if h.name not in told.names)
        told.rules.setdefault("names", "names:among-them")
        return []
    if before or not prev.triggers or not own_record:
        return []  # (a sentence with custody words of its own tells their records itself)
    t = prev.triggers[-1]  # 'called the release a step but said others were still held'
    first = names[0]
    named = mention_for(
        lex, prev, None, t, document.published, (first.name, t.start, t.end, "names:among-them")
    )
    if named is None or named.status != "occurred":
        return []
    named.names = [h.name for h in names]
    named.evidence.append(Evidence(sent.start, sent.end, sent.text))
    return [named]


_THE_N_RE = re.compile(
    # (each word's run possessive: what may follow it, ',', a dash, ':', a space, cannot
    # continue it, so giving letters back never made a match; tests/test_speed12.py)
    r"The((?: [A-Za-z][\w-]*+){1,4}?)\s*(?:,|—|–|:)\s*(?=[A-Z])"
    # 'They are French journalist A and American aid worker B', 'The two were A and B'
    r"|(?:They|The((?: [a-z][\w-]*+){1,3}?))\s+(?:are|were)\s+(?=(?:the\s+|an?\s+)?[A-Za-z])"
)
_LISTED_TAIL_RE = re.compile(r"(?:,? and |, |,? \d{1,3},? )")
_ROLES_GAP_RE = re.compile(r"(?:the\s+|an?\s+)?(?:[A-Za-z-]+\s+){0,3}")
_ROLES_TAIL_RE = re.compile(r"(?:,[^,;]{1,60},)?(?:,?\s+and\s+|,\s+)" + _ROLES_GAP_RE.pattern)
_PLURAL_HEADS = frozenset(("men", "women", "children", "people"))


def named_as_many(
    lex: Lexicon, sent: Sentence, mentions: list[Mention], known: dict[str, str]
) -> None:
    """'The three men, A, B and C, looked pale', 'The women, A and B, were taken': a
    definite group (a count, or a plural noun of people) and names in apposition, as many
    as the count, name the last batch of that many told before (a release, detention or
    holding that happened, with no names yet); a name more or fewer, a name of one word,
    or a head noun that is not people ('The two leaders, ...') names no one."""
    m = _THE_N_RE.match(sent.text)
    if m is None:
        return
    copula = m.group(1) is None  # ('They are A and B': roles and appositives between)
    words = (m.group(1) or m.group(2) or "").split() or ["they"]
    word = words[0]
    n = int(word) if word.isdigit() else word_value(word)
    head = words[1:] if n is not None else [w for w in words if w != "they"]
    last = head[-1].lower() if head else ""
    if (n is not None and n < 2) or (head and last not in lex.noun_heads):
        return  # 'The two leaders, A and B': not people held
    if n is None and head and not (last.endswith("s") or last in _PLURAL_HEADS):
        return
    names = [h for h in find_names(lex, sent.text, known) if h.start >= m.end()]
    n = len(names) if n is None else n
    opening, tail = (_ROLES_GAP_RE, _ROLES_TAIL_RE) if copula else (None, _LISTED_TAIL_RE)
    if (
        len(names) != n
        or n < 2
        or not (
            opening.fullmatch(sent.text, m.end(), names[0].start)
            if opening
            else names[0].start == m.end()
        )
        or any(" " not in h.name for h in names)
    ):
        return
    for a, b in zip(names, names[1:], strict=False):
        if not tail.fullmatch(sent.text[a.end : b.start]):
            return  # not one list
    batch = next(
        (
            x
            for x in reversed(mentions)
            if x.type in ("release", "detention", "holding")
            and x.count is not None
            and x.count.value == n
            and not x.aggregate
            and x.status == "occurred"
        ),
        None,
    )
    if batch is None or batch.names:
        return
    batch.names.extend(h.name for h in names)
    batch.rules["names"] = f"names:the-{'-'.join(words)}-listed"


def named_as_one(
    lex: Lexicon, sent: Sentence, mentions: list[Mention], known: dict[str, str]
) -> None:
    """'Iran freed an American journalist on Friday. Jason Rezaian, 40, had been held for
    544 days', '... The man, identified as X, ...', 'He was named as X': one person told
    by a noun, then named at the head of the next sentence or two, is that person (the
    sentence names no one else, and tells of his custody or his return)."""
    near = []  # the mentions of the two sentences before (in order: read from the end)
    for m in reversed(mentions):
        if sent.index - m.sentence.index > 2:
            break
        if m.sentence.index < sent.index:
            near.append(m)
    one = next(
        (
            m
            for m in near
            if m.count is not None
            and m.count.article
            and m.count.value == 1
            and not m.names
            and m.type in ("release", "detention", "holding", "death_in_custody")
            and m.status == "occurred"
        ),
        None,
    )
    if one is None or any(m.names for m in near):
        return  # (most sentences: no one told by a noun just before; or someone named)
    text = sent.text
    cue = _NAMED_AS_ONE_RE.match(text) or _told_again_by_noun(text, one)
    if cue is None and not _CUSTODY_TOLD_RE.search(text):
        return
    names = find_names(lex, text, known)
    if len(names) != 1 or " " not in names[0].name:
        return
    h = names[0]
    if cue is not None:
        gap = _TITLE_GAP_RE if cue.re is _THE_NOUN_RE else _ROLE_GAP_RE
        if not gap.fullmatch(text, cue.end(), h.start):
            return
    else:
        head = _TITLE_AT_HEAD_RE if h.rule == "names:title-before" else _NAME_AT_HEAD_RE
        if not (head.fullmatch(text, 0, h.start) and _CUSTODY_TOLD_RE.match(text, h.end)):
            return
    if any(h.name in m.names for m in mentions if m.type == one.type):
        return  # (named already; a capture of the person told here is another record)
    one.names.append(h.name)
    one.rules["names"] = "names:one person told by a noun, named in the next sentence"


def _told_again_by_noun(text: str, one: Mention) -> re.Match[str] | None:
    """'... freed a soldier ... The soldier, Corporal X, was taken in May': the noun of
    the person counted before, told again with 'the' and named in apposition."""
    head = _THE_NOUN_RE.match(text)
    if head is None or one.count is None or head.group(1).lower() != one.count.noun.lower():
        return None
    return head


_TITLE_GAP_RE = re.compile(r"(?:[A-Z][a-z]+\.?\s+){0,2}")  # 'Corporal', 'Sgt.'
_THE_NOUN_RE = re.compile(r"\W*(?:The|This)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z]+),\s+")
# 'The man, identified as', 'He was later identified by officials as', 'The freed man
# was named as', 'A spokesman identified the man as'
_NAMED_AS_ONE_RE = re.compile(
    r"(?:(?:The|This)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z]+,?\s+(?:(?:was|has been)\s+)?"
    r"|(?:He|She)\s+(?:was|has been)\s+)"
    r"(?:later\s+)?(?:identified|named)\s+(?:[^,.;]{0,60}?\s+)?as\s+"
    # 'A spokesman for the ministry identified the man as'
    r"|[^.;]{0,120}?\b(?:identified|named)\s+(?:(?:the|this)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"[a-z]+|him|her)\s+as\s+"
)
_ROLE_GAP_RE = re.compile(r"(?:(?:the\s+|an?\s+)?(?:\d{1,3}-year-old\s+)?(?:[a-z][\w-]*\s+){0,2})?")
_NAME_AT_HEAD_RE = re.compile(r"\W*")
_TITLE_AT_HEAD_RE = re.compile(r"\W*(?:[A-Z][a-z]+\.?\s+){1,2}")  # 'Father X', 'Sgt. X'
# after the name (its age or appositive): how he was held, or his coming home
_CUSTODY_TOLD_RE = re.compile(
    r"(?:,\s*\d{1,3},|,[^,;.]{1,60},)?\s+(?:(?:had|has)\s+been\s+(?:held|detained|jailed|imprisoned"
    r"|kidnapped|abducted|arrested)|was\s+(?:arrested|detained|seized|abducted|kidnapped|sentenced|jailed"
    r"|held|flown|met|greeted|reunited)|landed|arrived|returned|spent|walked|stepped)\b"
)


def introduced_before(
    lex: Lexicon, sent: Sentence, sents: list[Sentence], known: dict[str, str]
) -> None:
    """'Ghawadra was arrested on Aug. 6', 'Mr Ansari, 68, was freed', 'police detained
    Orlov', 'Aksoy's arrest': a surname alone before a verb, after a title or told as the
    one held or freed, not known yet, is looked for in the sentences before
    ('Mohammad Ghawadra, 63, from Jenin, ...', 'the family of Farid Ansari'); a full name
    marked by no cue of its own is taken too, the later sentence being its cue."""
    subjects = surname_subjects(sent.text, lex)
    for surname in dict.fromkeys(surnames_in_custody(lex, sent.text)):
        if surname in known or surname in subjects or surname in lex.not_name_words:
            continue
        # (the one held or freed: only a surname the sentences before give one person)
        full = _only_full_name(lex, surname, sents[: sent.index])
        if full:
            known[surname] = full
            known.setdefault(full.split()[0], full)
    for surname in dict.fromkeys(subjects):
        if surname in known or surname in lex.not_name_words:
            continue
        for earlier in sents[: sent.index]:
            if surname in earlier.text:
                known.update(
                    (k, v)
                    for k, v in surname_map(find_names(lex, earlier.text, {})).items()
                    if k == surname
                )
                full = known.get(surname) or full_name_in(lex, surname, earlier.text)
                if full:
                    known[surname] = full
                    known.setdefault(full.split()[0], full)
            if surname in known:
                break
        if surname not in known and may_be_first_name(lex, surname):
            # 'Relatives of Noa Levin ... Noa was rescued': a first name as the subject
            full = _only_full_name(lex, surname, sents[: sent.index], first=True)
            if full:
                known[surname] = full


def _only_full_name(
    lex: Lexicon, word: str, earlier: list[Sentence], first: bool = False
) -> str | None:
    """The one full name ending in ``word`` (with ``first``: opening with it) that the
    sentences ``earlier`` give (None when they give none, or two: 'Yarden Bibas ... Shiri
    Bibas')."""
    at = 0 if first else -1
    names = {
        got
        for sent in earlier
        if word in sent.text
        for m in name_runs(sent.text)
        if (got := name_at(lex, sent.text, m.start())) is not None
        and " " in got
        and got.split()[at] == word
    }
    return names.pop() if len(names) == 1 else None


def full_name_in(lex: Lexicon, surname: str, text: str) -> str | None:
    """The full name ending in ``surname`` that ``text`` gives, cue or not ('the family of
    Farid Ansari'), when it may be a person's."""
    for m in name_runs(text):
        got = name_at(lex, text, m.start())
        if got is not None and " " in got and got.split()[-1] == surname:
            return got
    return None


# a demonym and up to three lower-case words (a role, an adjective) right before a name:
# 'French citizens X', 'Israeli soldier X', 'the Swedish-Iranian doctor X'
_DEMONYM_BEFORE_RE = re.compile(
    r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)*)\s+(?:(?:[a-z-]+|[A-Z]{2,4})\s+){0,3}$"
)  # ('Swedish EU diplomat X', 'French-Israeli X')


_AGENT_OR_VERB_RE = re.compile(
    r"\b(?:forces|troops|army|military|police|authorities|soldiers|security|government|"
    r"officials|regime|court|judiciary|intelligence|agents|militants|gunmen|fighters|"
    r"arrested|detained|freed|released|abducted|kidnapped|seized|captured|jailed|held)\b"
)


def told_nationality(lex: Lexicon, m: Mention, start: int) -> None:
    """A named record's nationality when the words right before its first name
    (``start``) give one: 'Iran released French citizens A and B'. Of demonyms joined
    by hyphens the last ('French-Israeli' is Israeli, as annotated in the real set).
    """
    if m.nationality or m.count is not None or not m.names:
        return
    found = _DEMONYM_BEFORE_RE.search(m.sentence.text, max(0, start - 60), start)
    if found is None or _AGENT_OR_VERB_RE.search(m.sentence.text, found.end(1), start):
        return  # 'Israeli forces arrested X', 'Iranian authorities released X': the agent's
    said = [lex.demonym.get(w.lower()) for w in found.group(1).split("-")]
    if all(said) and said[-1]:
        m.nationality = [said[-1]]
        m.rules.setdefault(
            "nationality", f"countries.tsv:demonym before the name ({found.group(1)})"
        )


def by_nationality(lex: Lexicon, m: Mention, names: list[NameHit]) -> list[Mention]:
    """'the French journalist A and the American missionary B have been released': named
    people each told with another nationality are parts by nationality, a record each."""
    if m.count is not None or len(m.names) < 2:
        return [m]
    text = m.sentence.text
    hits = sorted((h for h in names if h.name in m.names), key=lambda h: h.start)
    said: list[str] = []
    end = 0
    for h in hits:
        told = [
            lex.demonym[w.lower()]
            for w in _CAPITAL_RE.findall(text[max(end, h.start - 40) : h.start])
            if w.lower() in lex.demonym
        ]
        if len(told) != 1:
            return [m]  # a name with no nationality, or several: the text does not part them
        said.append(told[0])
        end = h.end
    if len(set(said)) < 2 or len(hits) != len(m.names):
        return [m]
    parts = []
    for nationality in dict.fromkeys(said):
        part = dc_replace(
            m, names=[h.name for h, n in zip(hits, said, strict=True) if n == nationality]
        )
        part.nationality, part.rules = [nationality], {**m.rules, "names": "names:by-nationality"}
        part.evidence, part.mediators = list(m.evidence), list(m.mediators)
        parts.append(part)
    return parts


_CAPITAL_RE = re.compile(r"[A-Z][a-z]+")
