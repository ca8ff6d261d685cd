"""A place named for something other than the happening a custody word tells: the war
('the war in Gaza'), a party ('militants in Gaza'), where people come from ('a woman
from Gaza'), where someone speaks from, another clause's happening, or a clause about
the people that tells no custody ('who remains in Gaza')."""

from __future__ import annotations

import re

from custody.extract.gate import compile_gated
from custody.extract.regex import compile_fast

_EVENT_BEFORE_PLACE_RE = compile_fast(
    r"\b(?:war|wars|fighting|conflict|ceasefire|cease fire|truce|offensive|genocide|attack|attacks|"
    r"combat|battle|strikes?|bombardment|hostilities|invasion|incursion|defen[cs]e|siege|"
    # where people died, not where their bodies were handed back ('killed in Donetsk')
    r"died|killed|perished|fell|fallen)"
    r"\s+(?:\w+\s+)?$",
    re.I,
)
# 'under the agreements reached in Istanbul': where the deal was made (the deal's place)
_DEAL_MADE_BEFORE_RE = compile_fast(
    r"\b(?:agreements?|deals?|accords?|memorandum|exchanges?|swaps?|truce|ceasefire)\s+"
    r"(?:(?:was|were|had been|has been)\s+)?(?:first\s+)?"
    r"(?:reached|signed|struck|concluded|agreed|brokered|negotiated)\s+$",
    re.I,
)
# 'following the meeting of the leaders in Brussels': where the talks were held
_MEETING_BEFORE_RE = compile_fast(
    r"\b(?:meeting|meetings|talks|summit|conference|negotiations)"
    r"(?:\s+(?:of|between|with)\s+[^,;.]{1,40}?)?(?:\s+(?:in|at))?\s+$",
    re.I,
)
# a party named by where it is ('militants in Gaza'), people by where they come from
_PARTY_BEFORE_PLACE_RE = compile_fast(r"\b(?:militants|fighters|gunmen|factions)\s+$", re.I)
_PEOPLE_FROM_RE = compile_gated(
    r"\b(?:woman|women|man|men|people|family|families|natives?|residents?|civilians|"
    r"partisans|defenders|volunteers|snipers|workers|labou?rers|fishermen|traders|merchants)"
    r"\s+from\s"
    r"|\b\d{1,3},\s+from\s"  # 'Mohammad Ghawadra, 63, from Jenin in the northern West Bank'
    r"|\b(?:were|was|are|is|come|comes|came|hails?|hailed)\s+(?:\w+ly\s+)?from\s"  # 'were from Jenin'
    r"|(?-i:[A-Z])[\w'’-]*,\s+from\s",  # 'Ahmad al-Haj, from Beit Sira village, was set free'
    re.I,
)
# where people came from, not where they were freed: 'the plane arrived from Aden'
_ARRIVED_BEFORE_RE = compile_fast(
    r"\b(?:arrived|arriving|arrives?|landed|returned|returning|flown|flew|came|coming)"
    r"\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
# a teller named by where they are: 'officials in Gaza said', 'sources in Kyiv have confirmed'
TOLD_AFTER_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:have|has|had)\s+)?(?:said|says|told|reported|confirmed|announced|stated)\b"
    r"|\s+time\b"  # 'at 10 pm Beijing time', 'Moscow time': a clock, not a place
)
# where someone speaks from: 'his brother told us from Chernihiv'
_SPEAKER_BEFORE_RE = compile_fast(
    r"\b(?:said|says|told|tells|telling|speaking|spoke|reported|reporting|wrote)"
    r"(?:\s+(?:us|reporters|journalists|[A-Z]\w+))?\s+$"
    # 'told reporters at a press briefing in Gusau': where the teller spoke
    r"|\b(?:briefing|conference|interview|press event|news event)\s+$"
    # 'the Ministry of Foreign Affairs in Kabul said': where the telling office sits
    r"|\b(?:[Mm]inistry|Affairs|[Ee]mbassy|[Hh]eadquarters|[Pp]residency)\s+$"
)
# a time told by where someone else was: 'on June 4, when the US secretary of state was in
# Cairo' (not the people's own whereabouts: 'as they were travelling in Borno', 'as many as 40
# who were in Evin')
_WHEN_THERE_RE = compile_fast(
    r"\b(?:when|while|as)\s+(?:(?!(?:who|which|that|they|he|she|we|I)\b)[\w.'’-]+\s+){1,5}?"
    r"(?:was|were|is|are)\s+$"
)
_BE_ENDS = ("was", "were", "is", "are")  # (a cheap test before the search)
# where the freed are after it: 'has been freed and is now in Israel', 'are back in France'
_NOW_THERE_BEFORE_RE = compile_fast(
    r"\b(?:is|are|was|were)\s+(?:(?:now|back|safe|safely|already|finally)\s+){1,2}$", re.I
)
# where the freed live: 'returning to his home in Texas' (an arrest may happen there)
_HOME_BEFORE_RE = compile_fast(r"\b(?:home|homes|hometown|house)\s+$", re.I)
# the clause of another happening: 'freed three in Gaza, prompting Israel to free 369'
ANOTHER_CLAUSE_RE = re.compile(r",\s+(?!including\b|according\b)[a-z]+ing\s")
# a clause about the people, not their custody: 'commanders who led the defence of Mariupol'
_RELATIVE_RE = re.compile(r"\b(?:who|whom|which|whose)\b[^,;]*$")
# the people's taking told in a relative clause: 'freed two men whom they had kidnapped
# from a village in Wajir county' (where they were taken, not freed)
_TAKEN_RE = re.compile(r"\b(?:abduct|kidnapp|seiz|captur|arrest|taken)")
_STILL_THERE_RE = re.compile(r"(?:who|which)\s+(?:still\s+)?(?:remains?|lives?|stays?)\b")
# an earlier act of the people, no custody: 'who had expressed solidarity with ... in Gaza'
_EARLIER_ACT_RE = re.compile(
    r"(?:who|whom|which)\s+had\s+(?!been\b)(?:\w+ly\s+)?(?!(?:escaped|fled)\b)[a-z]+ed\b"
)
# a part of the people told after them: 'detained 141 journalists, including 33 journalists
# from Gaza' (where the part comes from, not where the happening took place)
_SUBSET_BEFORE_RE = re.compile(r"\b(?:including|included|includes|among them|of whom|of them)\b")
_AS_CLAUSE_RE = re.compile(r",\s+as\s+(?:a|an|the|(?-i:[A-Z]))\b(?!\s+(?:part|result|gesture)\b)")
_CUSTODY_VERB_RE = re.compile(
    r"\b(?:abduct|kidnapp|detain|arrest|captur|seiz|held|hold|freed|releas|rescu|jail|imprison)"
)


def _stretch_start(text: str, at: int) -> int:
    """Where the stretch of words before ``at`` with no comma begins (at most 60
    characters back): 'freed four women soldiers in Gaza City' is one."""
    lo = max(0, at - 60)
    comma = text.rfind(",", lo, at)
    return comma + 1 if comma >= 0 else lo


def not_the_happenings_place(
    text: str, at: int, anchor: int, release: bool, arrest: bool = False, deal: bool = False
) -> bool:
    """A place named for something else: the war ('the war in Gaza', 'died in combat in
    Donetsk'), a party or where people come from ('militants in Gaza', 'a woman from
    Gaza'), another clause's ('freed three in Gaza, prompting Israel to free
    369'), or, for a release or an arrest, a clause about the people that tells no custody
    ('commanders who led the defence of the plant in Mariupol', 'who remains in Gaza')."""
    if (
        _EVENT_BEFORE_PLACE_RE.search(text, max(0, at - 30), at)
        or (not deal and _DEAL_MADE_BEFORE_RE.search(text, max(0, at - 40), at))
        or (not deal and _MEETING_BEFORE_RE.search(text, max(0, at - 70), at))
        # 'seized by gunmen in Patikul': where the gunmen seized them
        or (
            not (arrest and anchor < at)
            and _PARTY_BEFORE_PLACE_RE.search(text, max(0, at - 30), at)
        )
        or _PEOPLE_FROM_RE.search(text, max(0, at - 30), at + 6)
        or (at < anchor and ANOTHER_CLAUSE_RE.search(text, at, anchor))
        # 'pardoned 18 on Wednesday, as a US envoy arrived in Minsk': the as-clause's place
        or (anchor < at and _AS_CLAUSE_RE.search(text, anchor, at))
        # 'seized in Mali, 27 women freed near Djibo, army frees 76': another custody
        # word's place, told before a comma
        or (
            at < anchor
            and "," in text[at:anchor]
            and _CUSTODY_VERB_RE.search(text, _stretch_start(text, at), at) is not None
        )
        or (not arrest and _HOME_BEFORE_RE.search(text, max(0, at - 20), at))
        or (release and _NOW_THERE_BEFORE_RE.search(text, max(0, at - 30), at))
        or _SPEAKER_BEFORE_RE.search(text, max(0, at - 25), at)
        or (
            text[max(0, at - 6) : at].rstrip().endswith(_BE_ENDS)
            and _WHEN_THERE_RE.search(text, max(0, at - 60), at) is not None
        )
        or (
            text.startswith("from", at)
            and (
                _ARRIVED_BEFORE_RE.search(text, max(0, at - 30), at)
                # (not after a comma: 'abducted 12, including four elders, from the village')
                or (
                    anchor < at
                    and not text[max(0, at - 4) : at].rstrip().endswith(",")
                    and _SUBSET_BEFORE_RE.search(text, anchor, at)
                )
            )
        )
    ):
        return True
    relative = _RELATIVE_RE.search(text, anchor, at) if release and anchor < at else None
    if relative is not None and _STILL_THERE_RE.match(text, relative.start()):
        return True  # 'taken captive with his brother, who remains in Gaza'
    if relative is not None and _EARLIER_ACT_RE.match(text, relative.start()):
        return True  # 'arrested 20 people who had voiced support for prisoners in Gaza'
    return (
        relative is not None
        and not arrest
        and (
            not _CUSTODY_VERB_RE.search(text, relative.start(), at)
            or _TAKEN_RE.search(text, relative.start(), at) is not None
        )
    )
