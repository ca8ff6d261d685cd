"""Names a sentence lists together: the run before a named subject ('A, B and C were
handed over'), a couple of one family name ('Peter and Barbie Reynolds'), the names
after a couple and the items of a list set apart by semicolons. ``names.find_names``
calls these once it has read the sentence's name runs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from custody.extract.lexicon import Lexicon
from custody.extract.regex import compile_fast

if TYPE_CHECKING:
    from custody.extract.names import _Cues


@dataclass(frozen=True)
class NameHit:
    name: str
    start: int
    end: int
    rule: str


# 'Romi Gonen, Emily Damari and Doron Steinbrecher', 'X, 24, Y': a name of a list after a name
LIST_GAP_RE = re.compile(r"(?:,\s*\d{1,3})?(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)")
# 'A of the Diocese of X, B of Y Diocese, and C': a list's name told with where it is from
OF_PLACE_GAP_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?[A-Z][\w'’.-]*"
    r"(?:[,;]\s*(?:and\s+)?|,?\s+and\s+)"
)
# people of one family named in apposition: 'a couple, A and B Surname'
_KIN_APPOSITION_RE = re.compile(
    r"\b(?:couple|pair|brothers|sisters|siblings|spouses|husband and wife)\s*(?:,|:|[–—])\s*$"
)
# no look-behind in front, so the engine can skip to capitals; the start is checked per match
_COUPLE_RE = compile_fast(
    r"([A-Z][a-z]+) and ([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])"
)


def listed_after_couple(text: str, bare: list[NameHit], out: list[NameHit]) -> list[NameHit]:
    """'comprises Gali and Ziv Berman, Matan Angrest and Alon Ohel': the names listed after
    a couple found once the sentence was read are of the same list."""
    out = sorted(out, key=lambda h: h.start)
    for b in bare:
        if any(o.start <= b.start < o.end for o in out):
            continue
        last = [o for o in out if o.end <= b.start]
        if (
            last
            and last[-1].rule in ("names:couple", "names:list-after-couple")
            and LIST_GAP_RE.fullmatch(text, last[-1].end, b.start)
        ):
            out.append(NameHit(b.name, b.start, b.end, "names:list-after-couple"))
            out.sort(key=lambda h: h.start)
    return out


def semicolon_list(text: str, bare: list[NameHit], out: list[NameHit]) -> list[NameHit]:
    """'Also freed were A, a former minister; B, an election official; and C, a student
    leader': each item of a list set apart by semicolons opens on a name, told of as the
    name opening the list is."""
    out = sorted(out, key=lambda h: h.start)
    for b in bare:
        last = [o for o in out if o.end <= b.start]
        if last and SEMICOLON_ITEM_RE.fullmatch(text, last[-1].end, b.start):
            out.append(NameHit(b.name, b.start, b.end, "names:semicolon-list"))
            out.sort(key=lambda h: h.start)
    return out


# the rest of a list's item after its name ('A, a former minister;'), up to the next name
SEMICOLON_ITEM_RE = re.compile(r",\s+[^;:.()]{1,120};\s*(?:and\s+)?")


def listed_before(cues: _Cues, text: str, bare: list[NameHit], out: list[NameHit]) -> list[NameHit]:
    """'Dana Levi, Yoni Ashkenazi and Tal Ben-Ami were handed over': the names listed
    before a name that is the subject of a custody verb are its fellow subjects."""
    found = list(out)
    for h in sorted(out, key=lambda h: h.start, reverse=True):
        if not (cues.subject_verb.match(text, h.end) or cues.closed_after.match(text, h.end)):
            continue  # ('A and B, the editor and owner of Y, were detained')
        end = h.start
        for b in reversed([b for b in bare if b.end <= end]):
            if not (
                LIST_GAP_RE.fullmatch(text, b.end, end) or cues.kin_gap.fullmatch(text, b.end, end)
            ) or any(o.start == b.start for o in found):
                break
            found.append(NameHit(b.name, b.start, b.end, "names:listed-before-name"))
            end = b.start
    return sorted(found, key=lambda h: h.start)


def couples(lex: Lexicon, cues: _Cues, text: str, out: list[NameHit]) -> list[NameHit]:
    """'released Peter and Barbie Reynolds': two people of one family name."""
    for m in _COUPLE_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
            continue
        first, second, surname = m.group(1), m.group(2), m.group(3)
        if re.search(r"[A-Z][\w'’.-]*\s+$", text[max(0, m.start() - 30) : m.start()]):
            continue  # 'Luke Denman and Eyvin Hernandez': two full names, not a couple
        if {first, second, surname} & lex.not_name_words or any(
            lex.actor_re.fullmatch(w) or w.lower() in lex.demonym for w in (first, second, surname)
        ):
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        cue = (
            cues.before.search(before)
            or cues.after.match(text[m.end() : m.end() + 25])
            # 'a British couple, Craig and Lindsay Foreman' (but 'two hostages, Ofer and
            # Yarden Bibas' may be two family names)
            or _KIN_APPOSITION_RE.search(before)
        )
        if not cue:
            continue
        # 'released Peter and Barbie Reynolds': two people of one family name
        out = [h for h in out if not (m.start() <= h.start < m.end())]
        out.append(
            NameHit(f"{first} {surname}", m.start(), m.start(1) + len(first), "names:couple")
        )
        out.append(NameHit(f"{second} {surname}", m.start(2), m.end(), "names:couple"))
    return out
