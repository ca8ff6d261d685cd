"""Pronouns: 'demanded their release', 'his arrest', 'they were abducted'.

A pronoun takes the people just named or counted; a group counted before and
told again by a pronoun or the same noun is that group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as dc_replace

from custody.extract.counts import EVENT_COUNT_RULE
from custody.extract.lexicon import Lexicon
from custody.extract.mentions import Mention, SentenceFacts, mention_for
from custody.extract.name_subjects import possessor_names, subject_names
from custody.extract.numbers import word_value
from custody.extract.phrases import Counted, Hit
from custody.extract.regex import compile_fast
from custody.extract.text import Sentence

_POSSESSIVE_RE = compile_fast(
    r"\b(his|her|their)\s+(?:(?!to\b|not\b|of\b|on\b|that\b)[\w-]+\s+){0,2}$", re.I
)


_INNER_PRONOUN_RE = re.compile(r"\s(him|her)\s")
"""'urged the government to bring him home': the person inside the custody words, taken
only for a demand (a promise 'to bring them home' or work 'to bring him home' tells no
release)."""
_OBJECT_PRONOUN_RE = re.compile(
    r"^\s+(?:all\s+(?:of\s+)?|both\s+(?:of\s+)?)?(him|her|them)\b|^\s+of\s+(his|her|their)\s+bod(?:y|ies)\b",
    re.I,
)


def pronoun_mentions(
    lex: Lexicon,
    facts: SentenceFacts,
    here: list[Mention],
    earlier: list[Mention],
    name_log: list[tuple[int, int, str]],
    published: str | None,
    before: Sequence[Sentence] = (),
) -> list[Mention]:
    """'demanded their immediate release', 'Washington has demanded his release':
    the people are the ones just named or counted (``before``: the sentences just before,
    whose subject a 'he' may be when none is logged)."""
    text = facts.sentence.text
    out: list[Mention] = []
    # (a release told with no people of its own may still be a group's: 'the schoolboys
    # were released by their abductors')
    used = {id(m.trigger) for m in here if m.count is not None or m.names or m.type != "release"}
    for t in facts.triggers:
        if id(t) in used:
            continue
        if t.type == "holding":
            out.extend(_holding_one(lex, facts, t, name_log, published))
            continue
        pm, co = _pronoun_of(text, t)
        if pm:
            m = _told_by_pronoun(lex, facts, t, pm, co, here, earlier, name_log, published, before)
        else:
            m = _without_pronoun(lex, facts, t, here, earlier, name_log, published, before)
        if m is not None and not (pm and pm.re is _INNER_PRONOUN_RE and m.status != "demanded"):
            out.append(m)
    return out


def _without_pronoun(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    here: list[Mention],
    earlier: list[Mention],
    name_log: list[tuple[int, int, str]],
    published: str | None,
    before: Sequence[Sentence],
) -> Mention | None:
    """Custody word ``t`` with no pronoun: the one named by a role ('Journalist X ...
    The journalist was arrested at her home'), or a group just counted."""
    if t.voice == "passive" or (t.voice == "intrans" and _AUX_WORD_RE.match(t.text)):
        # ('The student was released': the auxiliary is part of the release word)
        named = _of_role(lex, facts, t, name_log, published, before)
        if named is not None:
            return named
    if t.type in ("detention", "release") and t.voice in ("passive", "active", "intrans"):
        return _group_taken(lex, facts, t, here, earlier, published)
    return None


def _told_by_pronoun(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    pm: re.Match[str],
    co: bool,
    here: list[Mention],
    earlier: list[Mention],
    name_log: list[tuple[int, int, str]],
    published: str | None,
    before: Sequence[Sentence],
) -> Mention | None:
    """Custody word ``t`` told of a pronoun ``pm`` ('his release', 'they were moved');
    ``co``: the pronoun is the subject of an earlier verb of the clause."""
    pron = (pm.group(1) or pm.group(2) or "").lower() if pm.lastindex else ""
    if pm.re is _AGED_SUBJECT_RE:
        pron = "he"  # 'The 48-year-old was freed': one person, as 'he' is
    elif pron.startswith(("the ", "all ")):
        pron = "they"  # (_MOVED_SUBJECT_RE: 'the detainees were transferred')
    if t.type == "transfer" and pron == "they":
        pass  # 'they were transferred to Sennar prison': the group just counted
    elif t.type != "release" and pron not in _ONE_PERSON:
        return None
    if pron in _ONE_PERSON:
        # (the one told by age: only when a single person was named before)
        only = pm.re is _AGED_SUBJECT_RE
        m = _of_person(lex, facts, t, name_log, published, before, only)
        if m is not None and co and m.holder_rule.startswith("holder:subject"):
            m.holder, m.holder_rule = None, ""  # 'He joined the army, was detained': he is held
    else:
        m = _of_group(lex, facts, t, here, earlier, published)
    if m is None:
        return None
    if re.search(r"\bbod(?:y|ies)\b", pm.group(0), re.I):
        m.condition = "deceased"
    if m.status == "occurred" and m.count is not None and m.type != "transfer":
        # 'handing them to the Red Cross' tells more of a release already recorded; not
        # 'kidnapped 12 farmers before releasing them': their release is news of its own
        value = m.count.value
        if (t.voice == "noun" and not _AFTER_OWN_RE.search(facts.sentence.text, 0, t.start)) or any(
            e.type == m.type and e.count is not None and e.count.value == value
            for e in earlier[-6:] + here
        ):
            return None
    return m


def _pronoun_of(text: str, t: Hit) -> tuple[re.Match[str] | None, bool]:
    """The pronoun that tells who custody word ``t`` is of ('his release', 'transferred
    him', 'she was freed'), and whether it is the subject of an earlier verb of the
    clause ('He joined the army in 2022, was detained in June')."""
    pm = _POSSESSIVE_RE.search(text[max(0, t.start - 40) : t.start]) if t.voice == "noun" else None
    if t.type in ("release", "transfer"):
        pm = pm or _OBJECT_PRONOUN_RE.match(text[t.end :])  # 'transferred him to'
        pm = pm or _INNER_PRONOUN_RE.search(t.text)  # 'bring him home'
    # ('He was freed': the auxiliary may be part of the custody word)
    aux = _AUX_WORD_RE.match(t.text) if t.voice in ("intrans", "passive") else None
    told = text[max(0, t.start - 40) : t.start] + (aux.group(0) if aux else "")
    pm = pm or _SUBJECT_PRONOUN_RE.search(told) or _AGED_SUBJECT_RE.search(told)
    if (
        not pm
        and (text.startswith(_FRONTED_STARTS) or text.find(" later ", 0, 40) >= 0)
        and (lead := _FRONTED_TIME_RE.match(text)) is not None
        and lead.end() < t.start
    ):
        said = text[lead.end() : t.start] + (aux.group(0) if aux else "")
        pm = _TIMED_PRONOUN_RE.fullmatch(said)
        if not pm and aux is None and t.voice == "intrans" and t.type == "release":
            pm = _TIMED_INTRANS_RE.fullmatch(said)
    if t.type == "death_in_custody" and t.voice == "intrans":  # 'He died in custody'
        pm = pm or _DIED_SUBJECT_RE.search(text, max(0, t.start - 40), t.start)
    if not pm and t.voice == "passive" and t.type in ("detention", "release", "transfer"):
        co = _COORDINATED_SUBJECT_RE.fullmatch(text, 0, t.start)
        if co and (co.group("aux") or co.group("aux2")):
            return co, True
    if t.type == "transfer":
        # 'They were transferred to Sennar prison', 'On Monday she was transferred'
        pm = pm or _MOVED_SUBJECT_RE.search(text[max(0, t.start - 40) : t.start])
    return pm, False


_FRONTED_RE = re.compile(
    r"(?:Following|After|Since|Upon|On|Before|Despite|Until)\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+,\s+"
)
_ROLE_SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|when|after|before|where|while|but)\s+"
    # a time told first, with no comma: 'In August the politician was freed'
    r"|^(?:In|On|Last|Earlier|Later|By)\s+(?:[\w-]+\s+){1,3}?)(?:the|The)\s+"
    r"(?:[\w-]+\s+)?(?P<role>[a-z]+|[A-Z][a-z]+)\s+(?:was|had been|has been|is)\s+(?:\w+\s+)?$"
)


def _of_role(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    name_log: list[tuple[int, int, str]],
    published: str | None,
    before: Sequence[Sentence],
) -> Mention | None:
    """'Journalist Lena Varga ... The journalist was arrested at her home': a definite
    role as the subject of a custody verb is the person named last in this sentence or
    the two before whose own sentence gives that role."""
    text = facts.sentence.text
    aux = _AUX_WORD_RE.match(t.text) if t.voice == "intrans" else None
    subject = text[: t.start] + (aux.group(0) if aux else "")
    rm = _ROLE_SUBJECT_RE.search(subject, max(0, t.start - 60))
    role = rm.group("role") if rm is not None else ""
    nat = lex.demonym.get(role.lower()) if role[:1].isupper() else None  # 'the Briton'
    if rm is None or (role not in lex.person_words["roles"] and nat is None):
        return None
    if _HELD_FOR_RE.match(text, t.end) or re.match(r"\s+since\b", text[t.end :]):
        return None  # 'the captive had been detained since 2022': how long, not an arrest
    idx = facts.sentence.index
    word = re.compile(rf"\b{rm.group('role')}\b", re.I)
    logged = [(i, n) for i, _pos, n in name_log if idx - 2 <= i < idx or i == idx]
    told = {i for i, _n in logged}
    logged += [
        (s.index, h.name)
        for s in before
        if s.index not in told
        for h in subject_names(lex, s.text, {})
    ]
    texts = {s.index: s.text for s in before} | {idx: text[: rm.start()]}
    for i, name in sorted(logged, key=lambda x: x[0], reverse=True):
        if i in texts and (word.search(texts[i]) if nat is None else _told_of(lex, texts[i], nat)):
            rule = "names:role-antecedent"
            return mention_for(lex, facts, None, t, published, (name, t.start, t.end, rule))
    return None


def _told_of(lex: Lexicon, text: str, nat: str) -> bool:
    """Whether ``text`` gives nationality ``nat`` ('British engineer X' for 'the Briton')."""
    return any(lex.demonym.get(w.lower()) == nat for w in _CAPITAL_WORD_RE.findall(text))


_CAPITAL_WORD_RE = re.compile(r"\b[A-Z][a-z]+\b")


def _holding_one(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    name_log: list[tuple[int, int, str]],
    published: str | None,
) -> list[Mention]:
    """'The Taliban deny holding him': a holding word right before 'him' or 'her' holds
    the person named last (a group's 'them' is left: which group, it does not say)."""
    text = facts.sentence.text
    pm = _OBJECT_PRONOUN_RE.match(text[t.end :]) if t.voice == "active" else None
    if pm is None or (pm.group(1) or "").lower() not in _ONE_PERSON:
        return []
    if _HELD_FOR_RE.match(text, t.end + pm.end()) or _AFTER_RE.search(text, 0, t.start):
        return []  # 'freed X after holding him for a year': a past holding, told in passing
    m = _of_person(lex, facts, t, name_log, published)
    return [m] if m is not None else []


_HELD_FOR_RE = re.compile(r"\s+for\b")
_AFTER_RE = re.compile(r"\b(?:after|before|while|since)\s+$")
# 'were reunited with their families after their release on Sunday': a release told as what
# came before, of the people of the clause
_AFTER_OWN_RE = re.compile(
    r"\b(?:after|following|since|upon)\s+(?:their|his|her)\s+(?:[\w-]+\s+)?$"
)


def _told_in_parts(e: Mention, earlier: list[Mention]) -> bool:
    """Whether ``e``'s sentence tells another record of its kind: its people are a part."""
    return any(
        o is not e and o.type == e.type and o.sentence.index == e.sentence.index for o in earlier
    )


def _group_taken(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    here: list[Mention],
    earlier: list[Mention],
    published: str | None,
) -> Mention | None:
    """'All of them were abducted from the festival on October 7', 'the soldiers were
    captured by the paramilitary group': the capture of a group counted in the sentences
    just before, told by a pronoun or by the same noun, is a detention of that group;
    'the schoolboys were released by their abductors', told after their capture was
    counted, is the release of that group."""
    text = facts.sentence.text
    # 'were released': the auxiliary is in the release word
    aux = _AUX_WORD_RE.match(t.text) if t.type == "release" else None
    before = text[max(0, t.start - 60) : t.start] + (aux.group(0) if aux else "")
    subject = _GROUP_SUBJECT_RE.search(before)
    if subject is None and (t.voice == "active" or _PERFECT_BEFORE_RE.search(text, 0, t.start)):
        subject = _GROUP_OBJECT_RE.match(text, t.end)  # 'had arrested the Americans'
    if subject is None:
        return None
    idx = facts.sentence.index
    head = (subject.group("np") or "").lower().split()
    told_n = word_value(head[0]) if len(head) > 1 else None  # 'the three men'
    reach = 3 if told_n is None else 8  # (a count told again reaches further back)
    pool = [
        e
        for e in earlier[-12:]
        if _people_in(e, bool(head)) > 1
        and 0 < idx - e.sentence.index <= reach
        and not e.aggregate
        and (t.type == "detention" or (e.type == "detention" and e.status == "occurred"))
        and (told_n is None or _people_in(e, bool(head)) == told_n)
    ]
    if not head and t.type == "release" and (len(pool) != 1 or _told_in_parts(pool[0], earlier)):
        return None  # 'They were released ...': which group, a pronoun does not say (unless
        # one group only was taken in the sentences just before, and not told in parts:
        # 'The three, two Sudanese and a Kenyan, were seized. They were freed')
    if head:  # 'the soldiers', 'the Americans': the antecedent's own noun or people
        pool = [e for e in pool if head[-1] in _group_words(lex, e)]
    told = _THE_GROUP_SUBJECT_RE.match(facts.sentence.text, 0, t.start)
    kinds = set(lex.noun_categories.get(told.group("noun").lower(), ())) if told else set()
    if kinds:  # 'The foreigners will be deported after their release': those people only
        pool = [e for e in pool if kinds <= set(e.categories)]
    if not pool:
        return None
    ante = pool[-1]
    if t.type == "release" and _part_freed_since(ante, earlier):
        return None  # 'seized 80 pupils and let four of them go ... The pupils were freed
        # because they were sick': those just freed, not all the 80
    m = mention_for(lex, facts, None, t, published)
    if m is None or m.status != "occurred" or m.aggregate:
        return None
    count = ante.count and dc_replace(
        ante.count, rules=[*ante.count.rules, "count:group-told-before"]
    )
    _take_people(m, ante, count, "group-told-before")
    m.condition = None
    return m


def _people_in(e: Mention, by_noun: bool) -> int:
    """How many people ``e`` tells: its count, or its names when it names several and
    the group is told again by a pronoun ('A, B and C ... All of them were abducted')."""
    if e.count is not None:
        return e.count.value
    return 0 if by_noun else len(e.names)


def _part_freed_since(ante: Mention, earlier: list[Mention]) -> bool:
    """Whether a release of some of the group counted by ``ante`` is told since its
    capture (in its sentence or after it): the group named again is then ambiguous."""
    return any(
        e.type == "release"
        and e.count is not None
        and ante.count is not None
        and e.count.value < ante.count.value
        and e.sentence.index >= ante.sentence.index
        for e in earlier[-12:]
    )


def _take_people(m: Mention, ante: Mention, count: Counted | None, why: str) -> None:
    """``m`` tells of the people of ``ante``: their count, nationality, categories and,
    when ``m`` has none, their holder."""
    m.count = count
    m.nationality, m.categories = list(ante.nationality), list(ante.categories)
    m.names = m.names or list(ante.names)  # (the same people, named with the batch)
    if m.holder is None and ante.holder and not m.holder_ruled_out():
        m.holder, m.holder_rule = ante.holder, f"holder:{why}"


def _group_words(lex: Lexicon, e: Mention) -> set[str]:
    """The words that may name again the people of ``e``: its noun, and its nationality
    as a plural demonym ('the Americans')."""
    assert e.count is not None
    words = {e.count.noun.lower()}
    words.update(d.lower() for d, canon in lex.demonym.items() if canon in e.nationality)
    if e.type == "detention":  # 'the victims', 'the captives': any people taken
        words |= lex.taken_role_nouns
    return words | {"men", "women", "people"}  # ('the three men were among those taken')


_THE_GROUP_SUBJECT_RE = re.compile(
    r"\s*(?:The|These|Those)\s+(?:[\w-]+\s+)?(?P<noun>[a-z][\w-]*s)\b"
)
_PERFECT_BEFORE_RE = re.compile(r"\b(?:had|has|have)\s+$")
# an auxiliary the custody word opens on ("were released", "was freed")
_AUX_WORD_RE = re.compile(r"(?:was|were|has been|had been|have been)\s+", re.I)
_GROUP_OBJECT_RE = re.compile(
    r"\s+(?:the|these|those)\s+(?P<np>(?:[\w-]+\s+)?[\w-]+s)\b(?!\s+(?:of|who|whom|that)\b)"
)
_GROUP_SUBJECT_RE = compile_fast(
    r"(?:^|[,;]\s*|\b(?:and|when|after|said|says|that)\s+)(?:(?:all|both)\s+(?:of\s+)?)?"
    r"(?:they|them|these|those|(?:the|these|those)\s+(?P<np>(?:[\w-]+\s+)?[\w-]*(?:s|men)))"
    # ('The hostages, members of a surveillance unit, were captured', 'were among those taken')
    r"(?:,\s+[^,;]{1,60},)?\s+(?:were|had been|have been)\s+(?:\w+\s+|among\s+(?:those|the\s+[\w-]+)\s+)?$",
    re.I,
)


_ONE_PERSON = ("his", "her", "him", "he", "she")


def _of_person(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    name_log: list[tuple[int, int, str]],
    published: str | None,
    before: Sequence[Sentence] = (),
    only: bool = False,
) -> Mention | None:
    """'his release': the person named last, in this sentence or the four before (or, when
    none is logged, the subject of one of the two sentences before: 'Pavel Rusu spoke at
    the rally. He was detained on Sunday')."""
    idx = facts.sentence.index
    names = [n for i, pos, n in name_log if idx - 4 <= i < idx or (i == idx and pos < t.start)]
    fronted = _FRONTED_RE.match(facts.sentence.text)
    if fronted and fronted.end() > t.start:
        # 'Following his release, the 46-year-old X travelled to Vilnius': the subject after
        # the fronted phrase is who 'his' stands for
        after = [
            n for i, pos, n in name_log if i == idx and fronted.end() <= pos < fronted.end() + 40
        ]
        names = after[:1] or names
    if not names:  # 'X's family called for his release'
        names = [h.name for h in possessor_names(lex, facts.sentence.text[: t.start])][-1:]
    if not names:
        for sent in reversed(before[-2:]):
            names = [h.name for h in subject_names(lex, sent.text, {})]
            if names:
                break
    if not names or (only and len(set(names)) > 1):
        return None
    return mention_for(
        lex, facts, None, t, published, (names[-1], t.start, t.end, "names:pronoun-antecedent")
    )


def _of_group(
    lex: Lexicon,
    facts: SentenceFacts,
    t: Hit,
    here: list[Mention],
    earlier: list[Mention],
    published: str | None,
) -> Mention | None:
    """'their release': the group counted last, in this sentence or the two before (a
    count of happenings, '93 new detentions', counts no people a pronoun may stand for)."""
    idx = facts.sentence.index
    pool = [
        e
        for e in earlier[-6:] + here
        if e.count
        and idx - e.sentence.index <= 2
        and not e.count.rules[0].startswith(EVENT_COUNT_RULE)
    ]
    pool = [e for e in pool if e.sentence.index < idx or (e.count and e.count.end <= t.start)]
    told = _THE_GROUP_SUBJECT_RE.match(facts.sentence.text, 0, t.start)
    kinds = set(lex.noun_categories.get(told.group("noun").lower(), ())) if told else set()
    if kinds:  # 'The foreigners will be deported after their release': those people only
        pool = [e for e in pool if kinds <= set(e.categories)]
    if not pool:
        return None
    ante = pool[-1]
    if _other_side_between(lex, facts.sentence.text, ante, idx, t.start):
        return None
    m = mention_for(lex, facts, None, t, published)
    if m is None:
        return None
    _take_people(m, ante, ante.count, "pronoun-antecedent")
    m.rules["count"] = "count:pronoun-antecedent"
    return m


def _other_side_between(lex: Lexicon, text: str, ante: Mention, idx: int, end: int) -> bool:
    """'the release of 600 prisoners ... the treatment of hostages during their handover':
    people of the other side of a swap named in the sentence after the group counted last,
    before the pronoun, are whom it stands for; so are people the sentence tells with no
    count ('dozens of hostages') before a pronoun for a group counted in an earlier one."""
    assert ante.count is not None
    side = lex.noun_side.get(ante.count.noun.lower())
    if ante.sentence.index != idx:
        # 'Dozens of hostages remain held despite efforts to secure their release': the
        # uncounted people of the sentence, not a group counted before
        return lex.vague_group_re.search(text, 0, end) is not None
    words = re.findall(r"[A-Za-z]+", text[ante.count.end : end])[:-1]  # (not 'prisoner swap')
    return side in ("prisoners", "captives") and any(
        lex.noun_side.get(w.lower()) not in (None, side, "combatants") for w in words
    )


# the people of a transfer told by a pronoun: after a time or manner phrase, and in
# the plural ('After questioning, they were transferred'; 'On Monday she was moved')
_MOVED_SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s*|^(?:On|Last|Early|Late|Later|Then|In|By)\b[^,;]{0,25}?\s+)(he|she|they"
    # 'The detainees were handed over to the Shin Bet': the group just counted
    r"|(?:the|all(?: of)? the) (?:detainees|suspects|prisoners|detained|arrested|captives|hostages"
    r"|fighters|militants|soldiers|men|abductees|captured))\s+"
    r"(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?$",
    re.I,
)
_SUBJECT_PRONOUN_RE = compile_fast(
    r"(?:^|[,;]\s*|\b(?:and|when|after|before|where|until|once|because|as)\s+)(he|she|they)\s+"
    r"(?:was|had been|has been|is|is being)\s+(?:\w+\s+)?$",
    re.I,
)
# a time told first, with no comma: 'On Tuesday she was freed', 'Six years later he was
# released', 'On Monday he walked free' (an intransitive word with no auxiliary: one person)
_FRONTED_TIME_RE = re.compile(
    r"\s*(?:(?:On|Last|Later|Then|By|Earlier)\s+(?:[\w-]+\s+){0,2}?(?=(?:he|she|they)\s)"
    r"|(?:[\w-]+\s+){1,2}(?:days|weeks|months|years)\s+later\s+)"
)
_FRONTED_STARTS = ("On ", "Last ", "Later ", "Then ", "By ", "Earlier ")
_TIMED_PRONOUN_RE = re.compile(
    r"(?i:(he|she|they))\s+(?:was|had been|has been|is|is being)\s+(?:\w+\s+)?"
)
_TIMED_INTRANS_RE = re.compile(r"(?i:(he|she))\s+(?:\w+ly\s+)?")
# 'the 48-year-old was freed': one person told by age, the one named just before
_AGED_SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|when|after|before|where|until|once|because|as)\s+)[Tt]he\s+"
    r"(\d{1,3}-year-old)\s+(?:was|had been|has been|is|is being)\s+(?:\w+\s+)?$"
)
_DIED_SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|when|until|because)\s+)(he|she)\s+(?:later\s+)?$", re.I
)
# 'He joined the army in March 2022, was detained in June': the pronoun opening the
# sentence is the subject of a later verb of the same clause (no other subject between)
_COORDINATED_SUBJECT_RE = re.compile(
    r"(?:[^,;]{0,40},\s+)?(he|she)\s+(?P<aux>(?:was|had been|has been)\s+)?"
    r"(?:(?!\b(?:who|whom|which|that|when|while|where|after|before|because|said|says|told|"
    r"he|she|they|it)\b)[^.;:\"“”()])*?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<aux2>(?:was|had been|has been)\s+)?(?:\w+ly\s+)?$",
    re.I,
)
