"""The cue patterns around a person's name that names.json's words make (the people around
the one held, and what is said of the one held right after the name), built once per
lexicon by ``names.person_cues``."""

from __future__ import annotations

import re

from custody.extract.regex import compile_fast
from custody.extract.regex import phrase_alternation as alternation


def kin_and_bystander_cues(
    words: dict[str, tuple[str, ...]],
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The cues of the people around the one held: a bystander or source before a name
    ('his lawyer, X', 'according to a resident, X', 'the father of X'), kin named by a
    first name ('his younger brother Eitan'), and whose words follow a possessive."""
    bystander_before = re.compile(
        rf"(?:['’]s?|\b(?:his|her|their|its))\s+(?:[\w-]+\s+)?"
        rf"(?:{alternation(words['bystander_roles'])})\b[\s,]*$"
        # the source of the report: 'according to his wife, X', 'according to activist X'
        # ('According to the statement, X was arrested': X is told of, not telling)
        r"|\baccording\s+to\s+(?:[\w-]+\s+){0,3}$"
        # the one a picket or a protest stood for: 'in support of jailed leader X'
        r"|\b(?:support|solidarity)\s+(?:of|to|for|with)\s+(?:[\w'’-]+\s+){0,4}$"
        r"|\baccording\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?[\w-]+,\s*$"
        # 'according to a resident, X, the gunmen ...': a witness named after the noun
        r"|\baccording\s+to\s+(?:a|an|one)\s+(?:[\w-]+\s+)?(?:resident|witness|eyewitness|villager"
        r"|relative|neighbou?r|local|survivor|source|elder|farmer|trader)s?,\s*$"
        # whose relative the person held is: 'freed the father of footballer X'
        # ('the father of detainee A and of former prisoner B': both)
        rf"|\b(?:{alternation(words['kin'])})\s+of\s+(?:[^,.;]{{1,60}}?\s+and\s+of\s+)?"
        r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$",
        re.I,
    )
    kin = re.compile(
        r"(?:\b(?P<family>[A-Z][\w'’-]+)\s+)?(?:(?:younger|older|elder|little|baby|infant|twin|"
        rf"teenage|\d{{1,2}}-year-old)\s+)*\b(?:{alternation(words['kin'])})\s+"
        # (not 'brothers Gali and Ziv Berman': two people of one family name, told whole)
        r"(?P<first>[A-Z][a-z]+)(?![\w-])(?!\s+[A-Z])(?!\s+and\s+[A-Z][a-z]+\s+[A-Z])(?:,\s*\d{1,3},?)?"
        r"(?:\s+and\s+(?P<second>[A-Z][a-z]+)(?![\w-])(?!\s+[A-Z]))?"
    )
    kin_gate = compile_fast(rf"\b(?:{alternation(words['kin'])})\s+[A-Z]")
    kin_gap = re.compile(
        rf",?\s+and\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{alternation(words['kin'])})\s+"
    )
    possessor_of = re.compile(
        rf"\s+(?:family|relatives|(?:[\w-]+\s+)?(?:{alternation(words['kin'])})|"
        rf"(?:{alternation(words['bystander_roles'])}))\b"
    )
    return bystander_before, kin, kin_gate, kin_gap, possessor_of


def around_cues(
    words: dict[str, tuple[str, ...]], role: str
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The cues of ``_Cues.subject_verb``, ``possessed``, ``official_after`` and
    ``role_after``."""
    subject_verb = re.compile(
        r"\s+(?:was|were|has been|have been|had been|is being|are being|is|are)\s+(?:\w+\s+)?"
        r"(?:[a-z]+(?:ed|en)\s+and\s+)?(?:being\s+)?"  # 'X was summoned and detained'
        r"(?:detained|arrested|abducted|kidnapped|released|freed|held(?!\s+to\s+a\b)|jailed|sentenced|taken|"
        r"seized|captured|pardoned|transferred|moved|deported|expelled|exchanged|swapped|handed|"
        r"returned|repatriated|rescued|imprisoned|extradited|shuttled|discharged|reunited\s+with|flown\s+(?:home|back)|out\s+of\s+(?:prison|jail|detention|custody|captivity)|among\s+(?:those|the|them|\d[\d,]*|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)(?=\s+[a-z]))\b"
        # ('X was killed in captivity': a death in custody only where its clause tells of
        # custody: sense.not_custody)
        r"|(?:killed|murdered|executed|hanged|beheaded)(?=\s+(?:\w+\s+){0,2}?(?:in|by)\s+(?:his\s+|her\s+|their\s+)?(?:captivity|custody|detention|prison|jail|captors|kidnappers))"
        r"|found\s+(?:alive|safe|unharmed)|set\s+free|let\s+go|granted\s+bail)\b"
        # 'X took back / regained / won his freedom'
        r"|\s+(?:took\s+back|regained|won|snatched|gained|attained|recovered)\s+(?:his|her)"
        r"\s+freedom\b"
        # ('X died in Y prison', 'X passed away on Sunday'; a death in custody only where
        # its clause tells of custody: sense.not_custody)
        r"|\s+(?:died|passed\s+away|breathed\s+(?:his|her|their)\s+last)\b"
        # 'X walked free', 'X walked out of Evin prison', 'X escaped from ...', 'X came home'
        r"|\s+(?:walked|walks)\s+(?:free|out\s+of)\b|\s+escaped\s+from\b|\s+(?:walked|stepped|ran|sprinted|raced|crossed|dashed)\b(?=(?:\s+[\w,'’-]+){0,5}?\s+to\s+freedom\b)"
        # 'X left prison on Friday'
        r"|\s+(?:left|leaves|has\s+left)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:prison|jail|penal\s+colony)\b"
        r"|\s+(?:returned|came|arrived|is|was)\s+(?:back\s+)?home\b"
        # 'X returned from captivity', 'X is back in Israel after 491 days in captivity'
        r"|\s+(?:returned|came\s+back|is\s+back|was\s+back|arrived|landed|flew|touched\s+down|reached|left)\b(?=\s+from\s+(?:[\w-]+\s+)?"
        r"(?:captivity|custody|detention|prison|jail)\b|[^.;]{0,60}?\bafter\s+(?:(?:being|having\s+been)\s+(?:held|detained|jailed|imprisoned|kidnapped|abducted)\b|[^.;]{0,40}?"
        r"\b(?:in|of)\s+(?:[\w-]+\s+){0,2}?(?:captivity|custody|detention|prison|jail)\b)"
        r"|[^.;]{0,60}?\b(?:after|following)\s+(?:his|her|their)\s+(?:release|liberation)\b)"
        # 'X, freed on Saturday, ...' ('X is finally free' was tried: the blind quarter's
        # place and date floors fell below theirs with the record it gained)
        r"|,\s+(?:freed|released|rescued)\s+(?:on|last|in|by|from|after|earlier)\b"
        r"|\s+(?:remains|remained|is\s+still|was\s+still)\s+(?:in\s+(?:detention|custody|jail|"
        r"prison|captivity)|held|detained|jailed|imprisoned|behind\s+bars|(?:a\s+)?(?:hostage|captive))\b"
        # 'X is also in Hamas captivity'
        r"|\s+(?:is|was|has\s+been)\s+(?:also\s+|now\s+)?in\s+(?:[A-Z][\w-]+\s+)?(?:detention|custody|captivity)\b"
        # 'X has been on hunger strike for 80 days', 'X began an open-ended hunger strike'
        r"|\s+(?:(?:has|had)\s+been|is|was|went|remains|remained|began|launched|started)"
        r"\s+(?:on\s+)?(?:an?\s+)?(?:[\w-]+\s+)?hunger\s+strike\b"
    )
    possessed = re.compile(
        r"\s+(?:(?:own|latest|initial|recent|sudden|wrongful|arbitrary|continued|early|"
        rf"eventual|unjust|alleged)\s+)?(?:{alternation(words['possessed_custody_words'])})\b",
        re.I,
    )
    official_after = re.compile(
        rf",\s+(?:[\w.’'-]+\s+){{0,5}}?(?:{alternation(words['appositive_officials'])})\b"
    )
    return subject_verb, possessed, official_after, re.compile(rf"\s+(?:{role})\s+[A-Z]")


def closed_after(subject_verb: re.Pattern[str]) -> re.Pattern[str]:
    """``_Cues.closed_after``: an apposition or where the person comes from, closed by a
    comma, then a custody verb of which the person is the subject."""
    return re.compile(
        r"(?:,\s+from\s+[^,;:.()]{1,60}?(?:,\s+[a-z]+\s+of\s+[^,;:.()]{1,40}?)?"
        r"|,\s+(?:the|a|an|one of the)\s+[^,;:.()]{1,100}?"  # 'X, the owner of Y, was detained'
        r"|,\s+(?:[A-Z][a-z]+\s+){1,2}of\s+[^,;:.()]{1,100}?"  # 'X, Deputy Head of Y, was held'
        # 'X, who runs a blog and works for Y, was detained'
        r"|,\s+who\s+(?!(?:was|were|is|are|had|has|have)\b)[^,;:.()]{1,100}?"
        # 'X, held since 2021, was freed': how long or where X was held
        r"|,\s+(?:held|detained|jailed|imprisoned|kidnapped|abducted|arrested|captured)"
        r"\s+(?:since|for|in|by|at|without)\s+[^,;:.()]{1,50}?"
        # 'A and B, (two) workers of a telecom firm, were freed'
        # ('A and B, teachers, were detained', 'A and B, farmers held since May,')
        r"|,\s+(?:(?:two|three|four|both|all)\s+)?[a-z]+s(?:\s+(?:working\s+|serving\s+)?"
        r"(?:of|at|for|with|from)\s+[^,;:.()]{1,60}?|\s+(?:held|detained|jailed|captured"
        r"|imprisoned|abducted|kidnapped)\s+[^,;:.()]{1,60}?)?)?,"
        rf"(?:{subject_verb.pattern})"
    )


def kin_of_opening(words: dict[str, tuple[str, ...]]) -> re.Pattern[str]:
    """``_Cues.kin_of_opening``: 'The family of X', 'Relatives of X'."""
    return re.compile(
        rf"(?:the\s+)?(?:family|families|relatives|parents|loved ones|(?:[\w-]+\s+)?"
        rf"(?:{alternation(words['kin'])}))\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){{0,2}}",
        re.I,
    )
